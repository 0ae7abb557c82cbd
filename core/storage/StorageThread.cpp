#include "StorageThread.h"

#include <QAtomicInt>

namespace Kontor {

// Lives on the worker thread; owns the Database there.
class StorageWorker : public QObject
{
public:
    std::unique_ptr<Database> db;
    QAtomicInt opened; // 0 unknown, 1 open, -1 failed
};

StorageThread::StorageThread(QObject *parent)
    : QObject(parent)
    , m_worker(new StorageWorker)
{
    qRegisterMetaType<Kontor::ChangeSet>();
    m_thread.setObjectName(QStringLiteral("kontor-storage"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StorageThread::~StorageThread()
{
    auto *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StorageThread::open(const QString &path,
    const DatabaseOptions &options,
    QObject *context,
    std::function<void(const Result<void> &)> done)
{
    QPointer<QObject> guard(context);
    auto *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, path, options, guard, done] {
            auto opened = Database::open(path, options);
            Result<void> outcome;
            if (opened) {
                worker->db = std::move(*opened);
                worker->db->setCommitObserver([this](const ChangeSet &changes) {
                    QMetaObject::invokeMethod(
                        this, [this, changes] { Q_EMIT changesCommitted(changes); }, Qt::QueuedConnection);
                });
                worker->opened.storeRelease(1);
            } else {
                worker->opened.storeRelease(-1);
                outcome = opened.error();
            }
            QMetaObject::invokeMethod(
                this,
                [guard, done, outcome] {
                    if (guard && done) {
                        done(outcome);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool StorageThread::isOpen() const
{
    return m_worker->opened.loadAcquire() == 1;
}

void StorageThread::post(std::function<void(Database &)> task)
{
    auto *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, task = std::move(task)] {
            if (worker->db) {
                task(*worker->db);
            }
        },
        Qt::QueuedConnection);
}

void StorageThread::postBlocking(std::function<void(Database &)> task)
{
    auto *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, &task] {
            if (worker->db) {
                task(*worker->db);
            }
        },
        Qt::BlockingQueuedConnection);
}

} // namespace Kontor
