#pragma once

#include "ContactSummary.h"
#include "JobService.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

namespace Kontor {

class Database;

enum class ExportFormat
{
    Csv, // "Standard": UTF-8 without BOM, ',' delimiter, CRLF
    CsvExcel, // "Excel (German)": UTF-8 with BOM, ';' delimiter, CRLF
    Xlsx, // libxlsxwriter, every cell a string (no formulas), header row bold and frozen
    VCard4,
    VCard3,
    Json, // an array of ContactJson objects (docs/cli.md)
};

QString exportFormatKey(ExportFormat format); // "csv", "csv-excel", "xlsx", "vcf", "vcf3", "json"
bool exportFormatFromKey(const QString &key, ExportFormat *out);
QString exportFormatLabel(ExportFormat format); // translated
QString exportFormatSuffix(ExportFormat format); // "csv", "xlsx", "vcf", "json"

// A column of a CSV/XLSX export. Keys: the import target keys of ImportMapping (first_name, company, ...,
// custom.<id>) where "email", "phone" and "address" expand to numbered columns ("E-mail 1", "E-mail 1 label",
// ... as many as the exported contacts need); headers are ImportTargets::exportHeader(), so an export imports
// back with the same mapping.
struct ExportColumn
{
    QString key;
    QString label; // translated, for the column chooser
};

// What to export: a selection of ids, else every contact the query finds (a smart list's filter, search and
// kind, or everything), in the query's order.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QList<qint64> ids; // non-empty: exactly these contacts (in this order)
    ContactListQuery query; // used when ids is empty; its limit is the page size
    QStringList columns; // CSV/XLSX: column keys in order; empty: all (defaultColumns)
    QString name; // the job's name; empty: "Export to <file name>"
};

struct ExportReport
{
    qint64 jobId = 0;
    qint64 written = 0;
    bool cancelled = false;
};

// Writes contacts to a file page by page (never all in memory), as one job in the Bulk Actions log. CSV and
// XLSX cells that start with '=', '+', '-', '@', a tab or a carriage return get a leading apostrophe so that
// spreadsheets show them as text (formula injection); the importer strips it again. vCard and JSON are
// written unchanged. The file is written to a temporary name and renamed when complete: cancelling
// (progress.cancel, checked per page) or a failure leaves no partial file and returns Cancelled / Io.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    ExportService(Database &db, Session session);

    // Every column Kontor can export, custom fields included, in form order; and the default choice (all).
    Result<QList<ExportColumn>> availableColumns() const;

    Result<ExportReport> run(const ExportOptions &options, const QString &path, const JobProgress &progress = {});

    // '=1+2' -> "'=1+2"; other text unchanged.
    static QString neutralizeFormula(const QString &cell);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
