#include "JobLock.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLockFile>
#include <QMutex>

#include <map>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JobLock)
};

// The lock files this process holds, by path, with how many JobLock objects share each. A process may take
// the lock of a job it already runs (an import that undoes its own chunks after a failure); QLockFile would
// refuse that as it refuses every other live holder.
struct HeldLock
{
    std::unique_ptr<QLockFile> file;
    int count = 0;
};

struct HeldLocks
{
    QMutex mutex;
    std::map<QString, HeldLock> locks;
};

HeldLocks &held()
{
    static HeldLocks s_held;
    return s_held;
}

QString folderOf(const Database &db)
{
    const QString path = db.path();
    if (path.isEmpty() || path == u":memory:"_s || path.startsWith(u"file::memory:"_s)) {
        return QDir::temp().filePath(u"kontor-jobs"_s);
    }
    return path + u".jobs"_s;
}

QString lockPath(const Database &db, const QString &jobUuid)
{
    return QDir(folderOf(db)).filePath(jobUuid + u".lock"_s);
}

std::unique_ptr<QLockFile> lockFile(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path);
    // A job runs for minutes or hours: only a lock whose process is gone is stale, never an old one.
    file->setStaleLockTime(0);
    return file;
}
} // namespace

JobLock::JobLock(QString path)
    : m_path(std::move(path))
{}

JobLock::~JobLock()
{
    HeldLocks &h = held();
    QMutexLocker locker(&h.mutex);
    auto it = h.locks.find(m_path);
    if (it != h.locks.end() && --it->second.count <= 0) {
        h.locks.erase(it); // unlocks and removes the file
    }
}

Result<std::unique_ptr<JobLock>> JobLock::acquire(const Database &db, const QString &jobUuid)
{
    const QString path = lockPath(db, jobUuid);
    HeldLocks &h = held();
    QMutexLocker locker(&h.mutex);
    if (auto it = h.locks.find(path); it != h.locks.end()) {
        ++it->second.count;
        return std::unique_ptr<JobLock>(new JobLock(path));
    }
    if (!QDir().mkpath(folderOf(db))) {
        return makeError(Error::Code::Io,
            Tr::tr("The folder for job locks \"%1\" cannot be created.").arg(QDir::toNativeSeparators(folderOf(db))));
    }
    auto file = lockFile(path);
    if (!file->tryLock(0)) {
        if (file->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            file->getLockInfo(&pid, &host, &app);
            return makeError(Error::Code::Conflict,
                Tr::tr("The job is being run by another program (%1, process %2 on %3).").arg(app).arg(pid).arg(host));
        }
        return makeError(Error::Code::Io,
            Tr::tr("The job's lock file \"%1\" cannot be written.").arg(QDir::toNativeSeparators(path)));
    }
    h.locks[path] = HeldLock{std::move(file), 1};
    return std::unique_ptr<JobLock>(new JobLock(path));
}

bool JobLock::isHeld(const Database &db, const QString &jobUuid)
{
    const QString path = lockPath(db, jobUuid);
    HeldLocks &h = held();
    QMutexLocker locker(&h.mutex);
    if (h.locks.count(path)) {
        return true;
    }
    if (!QFile::exists(path)) {
        return false;
    }
    auto file = lockFile(path);
    if (file->tryLock(0)) {
        file->unlock(); // a stale lock, taken over and removed
        return false;
    }
    return file->error() == QLockFile::LockFailedError;
}

} // namespace Kontor
