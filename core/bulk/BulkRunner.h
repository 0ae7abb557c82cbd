#pragma once

#include "BulkAction.h"
#include "EmailCheck.h"
#include "Job.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

#include <memory>

namespace Kontor {

class BulkRepository;
class ContactRepository;
class ContactService;
class Database;
class DomainResolver;
class EmailVerifier;
class JobRepository;

// Applies one bulk action to chunks of contacts for BulkService: each chunk in one UnitOfWork that holds the
// contact changes (through ContactService), the chunk's job items and the job's progress, so that a chunk is
// either wholly applied and logged or not at all. One runner serves all chunks of a run (it keeps the
// verifier's DNS answers and the reference caches).
class BulkRunner
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunner)

public:
    // `session`: origin Bulk, batch id = the job.
    BulkRunner(Database &db, const Session &session, const BulkAction &action, const QString &region);
    ~BulkRunner();

    void setDomainResolver(DomainResolver *resolver) { m_resolver = resolver; }
    // Reads what every chunk needs (the user's name for reasons). Call once before the first chunk.
    Result<void> prepare();
    // Processes the contacts `ids` (one chunk) and, on commit, advances `job` (counts, processed, chunksDone).
    // Per-contact problems become Skipped or Failed items; an error means the chunk was rolled back.
    Result<void> runChunk(Job &job, const QList<qint64> &ids);

private:
    struct Chunk
    {
        QList<JobItem> items;
        qint64 succeeded = 0;
        qint64 skipped = 0;
        qint64 failed = 0;
    };
    void skip(Chunk &chunk, qint64 contactId, const QString &reason);
    Result<void> changeFields(Chunk &chunk, const QList<qint64> &ids);
    Result<void> changeCompany(Chunk &chunk, const QList<qint64> &ids);
    Result<void> trash(Chunk &chunk, const QList<qint64> &ids);
    // DNS answers are awaited before the chunk's unit begins, so the write lock is not held meanwhile.
    Result<QList<EmailCheck>> verify(Chunk &chunk, const QList<qint64> &ids);
    QJsonObject snapshot(const Contact &contact);

    Database &m_db;
    Session m_session;
    BulkAction m_action;
    QString m_userName;
    DomainResolver *m_resolver = nullptr;
    std::unique_ptr<ContactService> m_contacts;
    std::unique_ptr<ContactRepository> m_references;
    std::unique_ptr<BulkRepository> m_bulk;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<EmailVerifier> m_verifier;
};

} // namespace Kontor
