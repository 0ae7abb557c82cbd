#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace Kontor {

class Database;

// Tells a running job from one whose process died: whoever runs a job (import, export, bulk, undo) holds the
// job's lock file, a QLockFile in a folder beside the database ("<database>.jobs/<job uuid>.lock"; in the temp
// folder for in-memory databases). QLockFile notices a lock whose process is gone (same host) and takes it
// over. JobService::recoverInterrupted marks a running job as interrupted only when its lock can be taken, so
// a kontor-cli started while the desktop runs an import leaves that import alone.
class JobLock
{
public:
    ~JobLock();
    JobLock(const JobLock &) = delete;
    JobLock &operator=(const JobLock &) = delete;

    // Conflict when another live process holds the lock; Io when the folder cannot be written.
    static Result<std::unique_ptr<JobLock>> acquire(const Database &db, const QString &jobUuid);
    // True when a live process (possibly this one) holds the job's lock.
    static bool isHeld(const Database &db, const QString &jobUuid);

private:
    // The QLockFile lives in a process-wide table (JobLock.cpp) shared by every JobLock of the same job in this
    // process; the last one destroyed unlocks it.
    explicit JobLock(QString path);
    QString m_path;
};

} // namespace Kontor
