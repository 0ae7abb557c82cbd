#pragma once

#include "BulkAction.h"
#include "ContactSummary.h"
#include "Job.h"
#include "JobService.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

#include <functional>

namespace Kontor {

class Database;
class DomainResolver;

// Which contacts a bulk action works on: the selected ids, or every contact a list's query finds (its filter,
// quick search, scope and kind; cursor and limit are ignored). The ids are fixed when the job is created, so a
// job that is resumed after a crash works on exactly the contacts it started with.
struct BulkTarget
{
    QList<qint64> ids;
    bool useQuery = false;
    ContactListQuery query;
};

struct BulkRequest
{
    BulkAction action;
    BulkTarget target;
    QString name; // the user's name or description of the job; empty: BulkAction::describe()
};

// Bulk actions as jobs (STYLE.md, "One write path"): every contact change goes through ContactService inside
// one UnitOfWork per chunk of ChunkSize targets, which also writes the chunk's job items (before/after of the
// changed fields, the reason of each skipped or failed contact) and the job's progress. A crash or a cancel
// therefore leaves whole chunks only; chunks_done says how many, and resume() continues with the next one.
// Undo is JobService::undo (Updated items get their `before` back, Trashed ones are restored).
//
// Per contact: a change that changes nothing (the tag is there already) is Skipped with a reason; a contact
// deleted or moved to the trash since the job was created is Skipped; a change the validation refuses is
// Failed with its message. Failures are reported as Result errors with translated messages: Invalid for a bad
// request (empty tag, unknown user or contact type, a delete without the confirmation word), NotFound for an
// unknown job, Conflict for a job that cannot run or resume in its state, Cancelled after a cancel.
class BulkService
{
    Q_DECLARE_TR_FUNCTIONS(BulkService)

public:
    static constexpr int ChunkSize = 500;

    BulkService(Database &db, Session session);
    ~BulkService();

    void setDefaultRegion(const QString &region) { m_region = region; }
    // For VerifyEmail: where domains are looked up; nullptr (the default) uses DNS (DnsDomainResolver). The
    // resolver must outlive the service.
    void setDomainResolver(DomainResolver *resolver) { m_resolver = resolver; }
    // Targets per chunk (one transaction each) for jobs created from now on; stored in the job's params
    // ("chunk_size") so that a resume continues on the same boundaries. Default ChunkSize.
    void setChunkSize(int size) { m_chunkSize = size > 0 ? size : ChunkSize; }
    // Test hook: called after each committed chunk with the chunk's index (0-based), from the worker's thread.
    void setAfterChunk(std::function<void(qint64 chunk)> afterChunk) { m_afterChunk = std::move(afterChunk); }

    // Checks the request and creates the job (status Queued, type "bulk.<key>", params = action JSON plus the
    // target description) with its targets in one unit. Nothing is written when the request is invalid.
    Result<Job> create(const BulkRequest &request);
    // Runs a queued job, or continues an interrupted or cancelled one from its first chunk not done. Holds the
    // job's JobLock while it runs. Returns the job as it ended (Done, or Failed with `error`); Cancelled as an
    // error after a cancel, the job then being resumable and undoable.
    Result<Job> run(qint64 jobId, const JobProgress &progress = {});
    // create() then run().
    Result<Job> start(const BulkRequest &request, const JobProgress &progress = {});
    // Conflict unless the job is an interrupted or cancelled bulk job; then run().
    Result<Job> resume(qint64 jobId, const JobProgress &progress = {});

private:
    // The request's contacts, each once, in the order given (ids) or listed (query).
    Result<QList<qint64>> targetIds(const BulkTarget &target) const;
    // The action as it is stored (tag trimmed, contact type by its stored name), or why it cannot run;
    // `userName` gets the name of action.userId.
    Result<BulkAction> checkedAction(BulkAction action, qint64 targets, QString *userName) const;

    Database &m_db;
    Session m_session;
    QString m_region;
    DomainResolver *m_resolver = nullptr;
    int m_chunkSize = ChunkSize;
    std::function<void(qint64)> m_afterChunk;
};

} // namespace Kontor
