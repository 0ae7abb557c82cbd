#pragma once

#include "Job.h"
#include "Result.h"

#include <functional>
#include <optional>

namespace Kontor {

class Database;

// The SQL of jobs and their items (tables `jobs`, `job_items`, schema 5). No permission checks and no
// transactions of its own: JobService and the services that run jobs call it inside their UnitOfWork.
class JobRepository
{
public:
    explicit JobRepository(Database &db);

    Result<Job> insert(Job job); // fills id, uuid (when empty) and returns the stored job
    Result<Job> byId(qint64 id) const;
    // Newest first. Empty filters match everything.
    struct Filter
    {
        QString type; // exact key, or a prefix ending in '.' ("bulk.")
        qint64 userId = 0;
        std::optional<JobStatus> status;
        int limit = 500;
    };
    Result<QList<Job>> list(const Filter &filter) const;

    // Writes status, counts, chunks_done, started/finished/undone times and error of `job`.
    Result<void> saveProgress(const Job &job);
    // Appends items; `seq` of each item is assigned in order after the job's last one.
    Result<void> addItems(qint64 jobId, const QList<JobItem> &items);
    // Items in seq order, optionally only some outcomes, from seq > afterSeq, at most `limit`.
    Result<QList<JobItem>> items(
        qint64 jobId, const QList<JobItemOutcome> &outcomes = {}, qint64 afterSeq = 0, int limit = 1000) const;
    Result<JobCounts> counts(qint64 jobId) const;
    // Running jobs (left by a crash or a quit) become Interrupted, except those `isLive` says are still being
    // run (their JobLock is held); returns how many.
    Result<int> markInterrupted(qint64 finishedAt, const std::function<bool(const Job &)> &isLive = {});

    // Undo bookkeeping (job_items.undone, undo_kept), written in the same unit as the undo of each chunk so that
    // a cancelled or crashed undo continues where it stopped.
    enum class UndoMark
    {
        Pending = 0,
        Removed = 1, // a created contact, deleted for good
        Reverted = 2, // an update, at least one field restored
        LeftAlone = 3, // nothing restored (changed since, in the trash, gone)
        Restored = 4, // a contact the job moved to the trash, restored
    };
    // Created, updated and trashed items not undone yet, newest first (an undo walks the job backwards),
    // seq < beforeSeq.
    Result<QList<JobItem>> itemsToUndo(qint64 jobId, qint64 beforeSeq, int limit) const;
    // `kept`: the fields left alone, each with column (field key; empty for the whole contact) and reason.
    Result<void> markUndone(qint64 jobId, qint64 seq, UndoMark mark, const QList<JobItem> &kept);
    struct UndoTally
    {
        qint64 pending = 0;
        qint64 removed = 0;
        qint64 reverted = 0;
        qint64 leftAlone = 0;
        qint64 restored = 0;
    };
    // Created, updated and trashed items by undo mark.
    Result<UndoTally> undoTally(qint64 jobId) const;
    // Every field an undo of the job left alone, in seq order (outcome Skipped, contactId, column, reason).
    Result<QList<JobItem>> undoKept(qint64 jobId) const;

private:
    Database &m_db;
};

} // namespace Kontor
