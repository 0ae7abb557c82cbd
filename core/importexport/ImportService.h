#pragma once

#include "ImportMapping.h"
#include "ImportTypes.h"
#include "JobService.h"
#include "Result.h"
#include "RowConverter.h"
#include "Session.h"

#include <QCoreApplication>

#include <optional>

namespace Kontor {

class Database;

// Everything an import is asked to do. Empty members mean: detect, guess, or the service's default.
struct ImportOptions
{
    TableOptions table; // format, dialect, sheet, header row
    ContactKind kind = ContactKind::Person; // what the file holds
    std::optional<ImportMapping> mapping; // none: the remembered mapping for this header, else AutoMapper
    bool rememberMapping = false; // store `mapping` for files with the same header (the user adjusted it)
    QString region; // default region for phone numbers; empty: the service's
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool skipInvalid = false; // false: any invalid row makes run() write nothing
    QString tag; // added to every contact created or updated
    qint64 ownerId = 0; // owner of created contacts without an owner column value; 0: the importing user
    QString name; // the job's name in the Bulk Actions log; empty: "Import of <file name>"
    QList<CellFix> fixes; // cells corrected in the review
    QList<int> skipRows; // file rows the user chose to skip in the review
};

// The dry run: what run() would do, with every problem.
struct ImportReview
{
    ProbeResult probe;
    ImportMapping mapping; // the one used (given, remembered or guessed)
    DateOrder dateOrder = DateOrder::DayMonthYear;
    qint64 rows = 0; // data rows read (without header and empty rows)
    qint64 toCreate = 0;
    qint64 toUpdate = 0; // rows matching an existing contact that the policy updates
    qint64 duplicates = 0; // rows matching an existing contact or an earlier row of the file
    qint64 invalid = 0; // rows with at least one problem
    qint64 skipped = 0; // rows skipped by the user or by the duplicate policy
    qint64 companiesToCreate = 0; // company names that match no existing company
    QList<ImportProblem> problems; // every problem, in file order
};

// What run() did.
struct ImportReport
{
    qint64 jobId = 0; // the batch; 0 when nothing was written
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0; // duplicates skipped, rows skipped by the user, rows without changes
    qint64 failed = 0; // invalid rows left out (skipInvalid)
    qint64 companiesCreated = 0;
    QList<ImportProblem> problems;
    bool cancelled = false;
    // skipInvalid was off and some rows are invalid: nothing was written (jobId 0); `failed` counts the invalid
    // rows and `problems` lists them, as review() would.
    bool rejected = false;
};

// Imports contacts from a CSV/TSV/XLSX/XLS/vCard file as one job ("batch") that can be undone as a whole.
//
// run() streams the file twice at most with bounded memory: unless skipInvalid is set, a first pass converts
// and validates every row and, if any row is invalid, returns a report with `rejected` set, having written
// nothing. The writing pass commits chunks of
// ChunkRows rows, each in one UnitOfWork (session origin Import, batch id = the job), recording one job item
// per row: created / updated (with the fields before and after) / skipped / failed (with reason and cells).
// Duplicates are matched by e-mail, else by phone (E.164), against the database and earlier rows of the file.
// Companies are matched with CompanyNames::matchKey and created when missing. Cancelling or a storage failure
// undoes the chunks already written, so no half-written batch remains; the job is then Cancelled / Failed.
// A crash mid-import leaves the job Running, which JobService::recoverInterrupted() turns into Interrupted
// (undoable). Bad files fail with the reader's error (file, row, column).
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    static constexpr int ChunkRows = 1000;

    ImportService(Database &db, Session session);
    ~ImportService();

    void setDefaultRegion(const QString &region) { m_region = region; }

    // Format, dialect, sheets, headers and sample rows (step 1 and 2 of the wizard). Also vCard.
    Result<ProbeResult> probe(const QString &path, const TableOptions &options = {}) const;
    // The mapping to start from: remembered for this header, else guessed. vCard files need none.
    Result<ImportMapping> suggestMapping(const ProbeResult &probe, ContactKind kind) const;

    Result<ImportReview> review(const QString &path, const ImportOptions &options, const JobProgress &progress = {});
    Result<ImportReport> run(const QString &path, const ImportOptions &options, const JobProgress &progress = {});

    // Writes the failed rows of an import job as CSV (UTF-8 with BOM, the original header plus a "Reason"
    // column, translated), readable by Excel and by this importer. Returns the number of rows written.
    Result<qint64> saveFailedRows(qint64 jobId, const QString &outPath) const;

private:
    Database &m_db;
    Session m_session;
    QString m_region;
};

} // namespace Kontor
