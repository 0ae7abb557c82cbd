#pragma once

#include "Job.h"
#include "JobRepository.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Kontor {

class Database;

// Progress of long work (import, export, bulk, undo): `report` is called from the worker's thread after each
// chunk (done, total; total 0 when unknown) and the work stops at the next chunk boundary once `cancel` is set.
struct JobProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void operator()(qint64 done, qint64 total) const
    {
        if (report) {
            report(done, total);
        }
    }
};

// What an undo did: contacts removed (created by the job), reverted (updated by it), restored (moved to the
// trash by it), and fields or contacts left alone because someone changed them after the job, with a reason each.
struct UndoReport
{
    qint64 removed = 0;
    qint64 reverted = 0;
    qint64 restored = 0;
    qint64 skipped = 0;
    QList<JobItem> skippedItems; // contactId, column (field key) and reason of each field left alone
};

// The log of jobs and their undo. Starting, progress and items of a running job are written by the service
// that runs it (ImportService, ExportService, bulk actions) through JobRepository inside its own units.
class JobService
{
    Q_DECLARE_TR_FUNCTIONS(JobService)

public:
    JobService(Database &db, Session session);

    // Region for phone numbers without a country code when an undo saves restored numbers (as ContactService).
    void setDefaultRegion(const QString &region) { m_region = region; }

    Result<QList<Job>> list(const JobRepository::Filter &filter) const;
    Result<Job> byId(qint64 id) const;
    Result<QList<JobItem>> items(
        qint64 jobId, const QList<JobItemOutcome> &outcomes = {}, qint64 afterSeq = 0, int limit = 1000) const;
    Result<JobCounts> counts(qint64 jobId) const;

    // At start-up: jobs still marked running were cut off; they become Interrupted, except those whose JobLock
    // a live process holds (they are still running there). Returns how many.
    Result<int> recoverInterrupted();

    // Reverts a finished, failed, cancelled or interrupted job in chunks (each one UnitOfWork, origin of the
    // session, batch id = the job): contacts it created are deleted for good (leaving tombstones for sync),
    // fields it updated get their `before` value back where the contact still holds the job's `after` value;
    // contacts it moved to the trash are restored if they are still there from the job; a field changed since
    // is left alone and reported in UndoReport::skippedItems. The job becomes Undone. Holds the job's JobLock.
    // Fails with Conflict when the job is running (or its lock is held elsewhere) or already undone, NotFound for
    // an unknown id, Unsupported for exports and e-mail verifications (they change no contacts), and with
    // Cancelled (having reverted whole chunks only, the job staying undoable) when progress.cancel is set.
    Result<UndoReport> undo(qint64 jobId, const JobProgress &progress = {});

private:
    Database &m_db;
    Session m_session;
    JobRepository m_repo;
    QString m_region;
};

} // namespace Kontor
