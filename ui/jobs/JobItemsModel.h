#pragma once

#include "Job.h"
#include "Session.h"

#include <QAbstractTableModel>

namespace Kontor {

class StorageThread;

// The items of one job (what happened to each row or contact), in pages of PageSize by seq through
// canFetchMore()/fetchMore() on the StorageThread: an import of a million rows has a million items. The names
// of the contacts are looked up with each page, so data() does no I/O.
class JobItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    enum Column
    {
        OutcomeColumn,
        RowColumn,
        ContactColumn,
        ReasonColumn,
        ColumnCount,
    };

    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
    };

    JobItemsModel(StorageThread *storage, const Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Shows the items of `jobId` (0: none), only those with the given outcomes (empty: all).
    void setJob(qint64 jobId, const QList<JobItemOutcome> &outcomes = {});
    qint64 jobId() const { return m_jobId; }
    bool isLoading() const { return m_loading; }
    const JobItem &itemAt(int row) const { return m_rows.at(row).item; }
    void retranslate();

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    struct Row
    {
        JobItem item;
        QString contactName; // empty when the contact is gone (an undone import) or there is none
    };

    StorageThread *m_storage;
    Session m_session;
    qint64 m_jobId = 0;
    QList<JobItemOutcome> m_outcomes;
    QList<Row> m_rows;
    bool m_hasMore = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Kontor
