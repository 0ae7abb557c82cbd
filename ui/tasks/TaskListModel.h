#pragma once

#include "Session.h"
#include "tasks/Task.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Kontor {

class StorageThread;
struct ChangeSet;

// Tasks for a table: title, due (overdue ones in the theme's negative colour with "overdue"), recurrence,
// contact, assignee, status; a checkbox in the Done column marks a task done or reopens it. Loads
// TaskService::list(filter) on the StorageThread (a task list is short: at most TaskFilter::limit rows), and
// reloads when a commit touches tasks (otherEntities "task") or trashes/restores a contact.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DoneColumn,
        TitleColumn,
        DueColumn,
        RecurrenceColumn,
        ContactColumn,
        AssigneeColumn,
        ColumnCount
    };
    static constexpr int TaskIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int ContactIdRole = Qt::UserRole + 3;

    TaskListModel(StorageThread *storage, const Session &session, QObject *parent = nullptr);

    void setFilter(const TaskFilter &filter); // reloads
    TaskFilter filter() const { return m_filter; }
    const Task *taskAt(int row) const;
    int rowOfTask(qint64 taskId) const;
    bool isLoading() const { return m_loading; }
    // The database clock's time of the last load.
    QDateTime now() const { return m_now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Checking DoneColumn calls TaskService::markDone/reopen on the StorageThread.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    // A load or a done/reopen failed; the message is translated.
    void failed(const QString &message);

private:
    void onChangesCommitted(const ChangeSet &changes);

    StorageThread *m_storage;
    Session m_session;
    TaskFilter m_filter;
    QList<Task> m_tasks;
    QDateTime m_now; // the database clock's time of the last load: what "overdue" compares with
    bool m_loading = false;
    bool m_reloadQueued = false; // many commits in a row reload once
    int m_generation = 0;
};

} // namespace Kontor
