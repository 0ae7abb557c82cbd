#pragma once

#include "ImportPreparer.h"
#include "ImportRepository.h"
#include "ImportTypes.h"
#include "Job.h"
#include "JobRepository.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Kontor {

class ContactRepository;
class ContactService;
class Database;

// The writing half of run(): one chunk of prepared rows at a time, each chunk one UnitOfWork under the
// import's session (origin import, batch = the job). Duplicates are looked up in the database (earlier chunks
// are committed there) and, within the chunk, in memory. New contacts go through ContactService::createMany,
// matched ones through ContactService::update with ImportMerge's rule; companies are found by
// CompanyNames::matchKey in a map loaded once and created when missing. Every row gets a job item, companies
// created for persons too (so undo removes them), and the job's counts are saved in the same transaction.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    struct Counts
    {
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0;
        qint64 failed = 0;
        qint64 companiesCreated = 0;
    };
    struct Setup
    {
        Session session; // origin import, batchId = the job
        QString region;
        DuplicatePolicy policy = DuplicatePolicy::Skip;
        QString tag; // also given to companies created for persons
        qint64 defaultOwnerId = 0;
        QHash<QString, qint64> companies; // CompanyNames::matchKey -> id of every existing company
    };

    ImportWriter(Database &db, Setup setup);
    ~ImportWriter();

    // Writes the chunk with its job items and saves `job`'s progress. On failure the chunk's transaction is
    // rolled back and the error returned; the writer must not be used after that (the import is over).
    Result<void> writeChunk(const QList<PreparedRow> &chunk, Job &job);
    const Counts &counts() const { return m_counts; }

private:
    enum class Action
    {
        Fail,
        Skip,
        Create,
        Update, // an existing contact (targetId)
        MergePending, // an earlier row of this chunk that creates a contact (pending)
    };
    struct Plan
    {
        Action action = Action::Create;
        qint64 targetId = 0;
        int pending = -1;
        QString reason;
        QString column;
    };

    Result<void> classify(QList<PreparedRow> &rows, QList<Plan> &plans);
    Result<qint64> findExisting(const PreparedRow &row, QString *reason);
    Result<QList<qint64>> createAll(const QList<PreparedRow> &rows, const QList<int> &indexes);
    Result<void> createCompanies(QList<PreparedRow> &rows, QList<Plan> &plans, QList<JobItem> &items);
    Result<JobItem> update(const PreparedRow &row, qint64 targetId);

    Database &m_db;
    Setup m_setup;
    std::unique_ptr<ContactService> m_contacts;
    std::unique_ptr<ContactRepository> m_references; // names and UUIDs for the job items' snapshots
    ImportRepository m_repo;
    JobRepository m_jobs;
    Counts m_counts;
    Counts m_chunkCounts;
    QList<qint64> m_ids; // contact id per row of the current chunk (0: none yet)
};

} // namespace Kontor
