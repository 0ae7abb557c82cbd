#pragma once

#include "ChangeSet.h"
#include "Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace Kontor {

class StorageWorker;

// Runs database work off the GUI thread (STYLE.md, "Threads"): one worker QThread owns one Database
// connection; jobs run in the order they are submitted and their results come back, queued, on the thread
// of the StorageThread object - but only while the given context object still exists (KeePassXC's AsyncTask).
class StorageThread : public QObject
{
    Q_OBJECT

public:
    explicit StorageThread(QObject *parent = nullptr);
    ~StorageThread() override; // finishes the running job, closes the database on its thread

    // Opens (and migrates) the database on the worker thread. `done` receives the outcome.
    void open(const QString &path,
        const DatabaseOptions &options,
        QObject *context,
        std::function<void(const Result<void> &)> done);

    // Queues `job`; `done(result)` runs on this object's thread if `context` is still alive. Jobs submitted
    // before the database is open wait for it; if opening failed they are dropped.
    template <typename R>
    void run(QObject *context, std::function<R(Database &)> job, std::function<void(const R &)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](Database &db) {
            auto result = std::make_shared<R>(job(db));
            QMetaObject::invokeMethod(
                this,
                [guard, done, result] {
                    if (guard) {
                        done(*result);
                    }
                },
                Qt::QueuedConnection);
        });
    }

    // Runs `job` and waits for it; for shutdown paths and tests only, never in an event handler. When the
    // database is not open, R() comes back: wrap a Result in std::optional to tell the two apart.
    template <typename R> R runBlocking(std::function<R(Database &)> job)
    {
        static_assert(std::is_default_constructible_v<R>, "runBlocking needs a default value: use std::optional<R>");
        std::shared_ptr<R> result;
        postBlocking([&](Database &db) { result = std::make_shared<R>(job(db)); });
        return result ? *result : R();
    }

    bool isOpen() const;

Q_SIGNALS:
    // Emitted on this object's thread after every commit on the worker's connection.
    void changesCommitted(const Kontor::ChangeSet &changes);

private:
    void post(std::function<void(Database &)> task);
    void postBlocking(std::function<void(Database &)> task);

    QThread m_thread;
    StorageWorker *m_worker;
};

} // namespace Kontor
