#pragma once

#include "JobService.h"
#include "Result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Kontor {

class Clock;
class Database;
class StorageThread;

// Runs one long piece of core work (an import, its review, an export, an undo) on a thread of its own with its
// own Database connection, so that the StorageThread stays free for the lists while it runs. Progress arrives
// through the queued progress() signal, cancel() sets the JobProgress flag the work checks at chunk
// boundaries, and the result comes back on this object's thread. Commits of the worker's connection are
// re-emitted as the StorageThread's changesCommitted, the one signal every model refreshes from, exactly as if
// the StorageThread had committed them. Destroying the task cancels the work and waits for it.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(StorageThread *storage, QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Starts `work` unless a task is running (then returns false). `done` runs on this object's thread.
    template <typename T>
    bool start(
        std::function<Result<T>(Database &, const JobProgress &)> work, std::function<void(const Result<T> &)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        return launch(
            [work = std::move(work), result](Database *db, const Error &openError, const JobProgress &progress) {
                if (db) {
                    result->emplace(work(*db, progress));
                } else {
                    result->emplace(openError);
                }
            },
            [done = std::move(done), result] {
                if (result->has_value()) {
                    done(**result);
                }
            });
    }

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancel->load(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void started();
    void finished();

private:
    using Work = std::function<void(Database *, const Error &, const JobProgress &)>;
    bool launch(Work work, std::function<void()> done);
    void runThread(const QString &path, const Clock *clock, Work work, std::function<void()> done);

    QPointer<StorageThread> m_storage;
    QThread *m_thread = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Kontor
