#include "BackgroundTask.h"

#include "Clock.h"
#include "Database.h"
#include "StorageThread.h"

#include <QThread>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// FIELD-NOTES.md: a large cache speeds up bulk writes several times.
constexpr int WorkerCacheMiB = 256;

struct WorkerPlace
{
    QString path;
    const Clock *clock = nullptr;
};
} // namespace

BackgroundTask::BackgroundTask(StorageThread *storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::cancel()
{
    m_cancel->store(true);
}

bool BackgroundTask::launch(Work work, std::function<void()> done)
{
    if (m_running || !m_storage) {
        return false;
    }
    m_running = true;
    m_cancel->store(false);
    // The worker opens the database the StorageThread has open, with the same clock (tests inject one).
    m_storage->run<WorkerPlace>(
        this,
        [](Database &db) {
            return WorkerPlace{db.path(), &db.clock()};
        },
        [this, work = std::move(work), done = std::move(done)](
            const WorkerPlace &place) { runThread(place.path, place.clock, work, done); });
    Q_EMIT started();
    return true;
}

void BackgroundTask::runThread(const QString &path, const Clock *clock, Work work, std::function<void()> done)
{
    StorageThread *storage = m_storage;
    auto cancel = m_cancel;
    JobProgress progress;
    progress.cancel = cancel.get();
    progress.report = [this](qint64 doneCount, qint64 total) {
        // Queued to this object's thread; dropped with the object if it is gone by then.
        QMetaObject::invokeMethod(
            this, [this, doneCount, total] { Q_EMIT this->progress(doneCount, total); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([path, clock, storage, cancel, progress, work = std::move(work)] {
        DatabaseOptions options;
        options.clock = clock;
        options.cacheMiB = WorkerCacheMiB;
        auto opened = Database::open(path, options);
        if (!opened) {
            work(nullptr, opened.error(), progress);
            return;
        }
        // The StorageThread outlives every window and task (it is destroyed last), so the raw pointer is safe;
        // the signal is emitted on its own thread, as its own commits are.
        (*opened)->setCommitObserver([storage](const ChangeSet &changes) {
            QMetaObject::invokeMethod(
                storage, [storage, changes] { Q_EMIT storage->changesCommitted(changes); }, Qt::QueuedConnection);
        });
        work(opened->get(), Error{}, progress);
        opened->reset(); // closes the connection on the thread that opened it
    });
    m_thread->setObjectName(u"kontor-task"_s);
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->wait();
        m_thread->deleteLater(); // this slot runs from its queued finished() signal
        m_thread = nullptr;
        m_running = false;
        done();
        Q_EMIT finished();
    });
    m_thread->start();
}

} // namespace Kontor
