#pragma once

#include "Job.h"
#include "JobRepository.h"
#include "Session.h"

#include <QAbstractTableModel>

namespace Kontor {

class StorageThread;

// The Bulk Actions log: jobs newest first, as JobService::list() returns them for the filter (at most a few
// hundred, so the model holds them all and reloads the whole list). Loads on the StorageThread; replies of an
// older reload are dropped.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        UserColumn,
        StartedColumn,
        FinishedColumn,
        StatusColumn,
        ProcessedColumn,
        SucceededColumn,
        SkippedColumn,
        FailedColumn,
        ColumnCount,
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    JobListModel(StorageThread *storage, const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const JobRepository::Filter &filter);
    const JobRepository::Filter &filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }

    const Job &jobAt(int row) const { return m_jobs.at(row); }
    int rowOf(qint64 jobId) const; // -1 when not listed
    bool hasRunningJobs() const;
    void retranslate();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    StorageThread *m_storage;
    Session m_session;
    JobRepository::Filter m_filter;
    QList<Job> m_jobs;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Kontor
