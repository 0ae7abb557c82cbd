#include "BulkActionRunner.h"

#include "StorageThread.h"
#include "jobs/BackgroundTask.h"

#include <QLocale>
#include <QProgressDialog>

#include <algorithm>
#include <atomic>
#include <climits>
#include <memory>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Jobs of a few hundred contacts end before the dialog would appear: no flicker for them.
constexpr int ProgressDelayMs = 400;

QString number(qint64 value)
{
    return QLocale().toString(value);
}
} // namespace

BulkActionRunner::BulkActionRunner(StorageThread *storage, const Session &session, QWidget *window)
    : QObject(window)
    , m_storage(storage)
    , m_session(session)
    , m_window(window)
    , m_task(new BackgroundTask(storage, this))
{
    connect(m_task, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
        m_lastDone = done;
        if (m_dialog) {
            m_dialog->setMaximum(int(std::min<qint64>(total, INT_MAX)));
            m_dialog->setValue(int(std::min<qint64>(done, INT_MAX)));
            m_dialog->setLabelText(
                tr("%1\n%2 of %3 contacts").arg(m_dialog->property("jobName").toString(), number(done), number(total)));
        }
        Q_EMIT progress(done, total);
    });
}

BulkActionRunner::~BulkActionRunner()
{
    delete m_dialog;
}

bool BulkActionRunner::isRunning() const
{
    return m_task->isRunning();
}

QProgressDialog *BulkActionRunner::progressDialog() const
{
    return m_dialog;
}

void BulkActionRunner::cancel()
{
    m_task->cancel();
    if (m_dialog) {
        m_dialog->setLabelText(tr("Stopping after the current chunk..."));
    }
}

bool BulkActionRunner::start(const BulkRequest &request)
{
    const QString name = request.name.isEmpty() ? request.action.describe() : request.name;
    const QString region = m_region;
    const int chunkSize = m_chunkSize;
    return run(name, [request, region, chunkSize](BulkService &service, const JobProgress &progress, qint64 *jobId) {
        service.setDefaultRegion(region);
        service.setChunkSize(chunkSize);
        auto job = service.create(request);
        if (!job) {
            return Result<Job>(job.error());
        }
        *jobId = job->id;
        return service.run(job->id, progress);
    });
}

bool BulkActionRunner::resume(qint64 jobId, const QString &jobName)
{
    const QString region = m_region;
    return run(jobName, [jobId, region](BulkService &service, const JobProgress &progress, qint64 *id) {
        service.setDefaultRegion(region);
        *id = jobId;
        return service.resume(jobId, progress);
    });
}

bool BulkActionRunner::run(const QString &jobName, Work work)
{
    if (m_task->isRunning()) {
        return false;
    }
    // The worker writes the id once the job exists; read after the task's thread has ended.
    auto jobId = std::make_shared<std::atomic<qint64>>(0);
    const Session session = m_session;
    m_lastDone = 0;
    const bool launched = m_task->start<Job>(
        [session, work, jobId](Database &db, const JobProgress &progress) {
            BulkService service(db, session);
            qint64 id = 0;
            auto result = work(service, progress, &id);
            jobId->store(id);
            return result;
        },
        [this, jobId, jobName](const Result<Job> &job) {
            delete m_dialog;
            if (!job) {
                if (job.error().code == Error::Code::Cancelled) {
                    Q_EMIT finished(jobId->load(),
                        Outcome::Cancelled,
                        tr("\"%1\" was stopped after %2 contacts. The chunks done stay applied: resume or undo the "
                           "job in Bulk Actions.")
                            .arg(jobName, number(m_lastDone)));
                } else {
                    Q_EMIT finished(
                        jobId->load(), Outcome::Failed, tr("\"%1\" failed: %2").arg(jobName, job.error().message));
                }
                return;
            }
            Q_EMIT finished(job->id, job->status == JobStatus::Done ? Outcome::Done : Outcome::Failed, summary(*job));
        });
    if (launched) {
        showProgress(jobName);
        Q_EMIT started(jobName);
    }
    return launched;
}

void BulkActionRunner::showProgress(const QString &jobName)
{
    auto *dialog = new QProgressDialog(jobName, tr("Cancel"), 0, 0, m_window);
    dialog->setObjectName(u"bulkProgressDialog"_s);
    dialog->setProperty("jobName", jobName);
    dialog->setWindowTitle(tr("Bulk action"));
    // Not modal: thousands of contacts take a while, and the lists stay usable meanwhile.
    dialog->setWindowModality(Qt::NonModal);
    dialog->setMinimumDuration(ProgressDelayMs);
    dialog->setMinimumWidth(380);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, &BulkActionRunner::cancel);
    m_dialog = dialog;
}

QString BulkActionRunner::summary(const Job &job)
{
    switch (job.status) {
    case JobStatus::Done:
        if (job.type == u"bulk."_s + bulkActionKey(BulkActionKind::Delete)) {
            return tr("\"%1\" is done: %2 moved to the trash, %3 skipped, %4 failed.")
                .arg(job.name, number(job.succeeded), number(job.skipped), number(job.failed));
        }
        if (job.type == u"bulk."_s + bulkActionKey(BulkActionKind::VerifyEmail)) {
            return tr("\"%1\" is done: %2 checked, %3 skipped, %4 failed.")
                .arg(job.name, number(job.succeeded), number(job.skipped), number(job.failed));
        }
        return tr("\"%1\" is done: %2 changed, %3 skipped, %4 failed.")
            .arg(job.name, number(job.succeeded), number(job.skipped), number(job.failed));
    case JobStatus::Cancelled:
    case JobStatus::Interrupted:
        return tr("\"%1\" was stopped after %2 contacts. The chunks done stay applied: resume or undo the job in "
                  "Bulk Actions.")
            .arg(job.name, number(job.processed));
    case JobStatus::Failed:
        return tr("\"%1\" failed: %2").arg(job.name, job.error);
    case JobStatus::Queued:
    case JobStatus::Running:
    case JobStatus::Undone:
        break;
    }
    return tr("\"%1\": %2").arg(job.name, jobStatusLabel(job.status));
}

} // namespace Kontor
