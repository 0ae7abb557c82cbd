#include "JobListModel.h"

#include "JobService.h"
#include "StorageThread.h"

#include <QDateTime>
#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString formatTime(qint64 ms)
{
    if (ms <= 0) {
        return {};
    }
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

JobListModel::JobListModel(StorageThread *storage, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
    , m_session(session)
{}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Job &job = m_jobs.at(index.row());
    if (role == IdRole) {
        return job.id;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ProcessedColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return job.name;
    case TypeColumn:
        return JobType::label(job.type);
    case UserColumn:
        return job.userName;
    case StartedColumn:
        return formatTime(job.startedAt > 0 ? job.startedAt : job.createdAt);
    case FinishedColumn:
        return formatTime(job.finishedAt);
    case StatusColumn:
        if (role == Qt::ToolTipRole && !job.error.isEmpty()) {
            return job.error;
        }
        return jobStatusLabel(job.status);
    case ProcessedColumn:
        // Running, cancelled and interrupted jobs say how far they got.
        return job.total > job.processed
                && (job.status == JobStatus::Running || job.status == JobStatus::Cancelled
                    || job.status == JobStatus::Interrupted)
            ? tr("%1 of %2").arg(job.processed).arg(job.total)
            : QString::number(job.processed);
    case SucceededColumn:
        return job.succeeded;
    case SkippedColumn:
        return job.skipped;
    case FailedColumn:
        return job.failed;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case UserColumn:
        return tr("User");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case StatusColumn:
        return tr("Status");
    case ProcessedColumn:
        return tr("Processed");
    case SucceededColumn:
        return tr("Succeeded");
    case SkippedColumn:
        return tr("Skipped");
    case FailedColumn:
        return tr("Failed");
    case ColumnCount:
        break;
    }
    return {};
}

void JobListModel::setFilter(const JobRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void JobListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    const Session session = m_session;
    const JobRepository::Filter filter = m_filter;
    m_storage->run<Result<QList<Job>>>(
        this,
        [session, filter](Database &db) { return JobService(db, session).list(filter); },
        [this, generation](const Result<QList<Job>> &jobs) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            if (!jobs) {
                Q_EMIT loadFailed(jobs.error().message);
                return;
            }
            beginResetModel();
            m_jobs = *jobs;
            endResetModel();
            Q_EMIT loaded();
        });
}

int JobListModel::rowOf(qint64 jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId) {
            return row;
        }
    }
    return -1;
}

bool JobListModel::hasRunningJobs() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Running || job.status == JobStatus::Queued;
    });
}

void JobListModel::retranslate()
{
    if (!m_jobs.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Kontor
