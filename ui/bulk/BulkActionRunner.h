#pragma once

#include "BulkService.h"
#include "Session.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Kontor {

class BackgroundTask;
class StorageThread;

// Runs one bulk job at a time - a new one (BulkService::start) or an interrupted or cancelled one
// (BulkService::resume) - in a BackgroundTask, with a non-modal progress dialog whose Cancel stops the job at
// the next chunk boundary: the lists stay usable meanwhile. The lists refresh by themselves from the commits
// of each chunk (changesCommitted). When the job ends, finished() carries a one-line summary for the user.
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Done, // every chunk ran; some contacts may have been skipped or failed
        Failed, // the request was refused or the job failed
        Cancelled, // stopped by the user; the chunks done stay applied, the job can be resumed or undone
    };
    Q_ENUM(Outcome)

    BulkActionRunner(StorageThread *storage, const Session &session, QWidget *window);
    ~BulkActionRunner() override;

    void setDefaultRegion(const QString &region) { m_region = region; }
    // Chunk size of new jobs (BulkService::setChunkSize); tests use small ones to see several chunks.
    void setChunkSize(int size) { m_chunkSize = size; }

    // False (and nothing starts) while another job of this runner runs.
    bool start(const BulkRequest &request);
    bool resume(qint64 jobId, const QString &jobName);
    bool isRunning() const;
    QProgressDialog *progressDialog() const;

    // "\"Add tag Kunde\" is done: 120 changed, 3 skipped, 0 failed." and the like.
    static QString summary(const Job &job);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(const QString &jobName);
    void progress(qint64 done, qint64 total);
    // jobId is 0 when the request was refused before a job was created.
    void finished(qint64 jobId, Kontor::BulkActionRunner::Outcome outcome, const QString &summary);

private:
    using Work = std::function<Result<Job>(BulkService &, const JobProgress &, qint64 *jobId)>;
    bool run(const QString &jobName, Work work);
    void showProgress(const QString &jobName);

    StorageThread *m_storage;
    Session m_session;
    QPointer<QWidget> m_window;
    BackgroundTask *m_task;
    QPointer<QProgressDialog> m_dialog;
    QString m_region;
    int m_chunkSize = BulkService::ChunkSize;
    qint64 m_lastDone = 0;
};

} // namespace Kontor
