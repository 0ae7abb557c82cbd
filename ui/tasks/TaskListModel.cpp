#include "TaskListModel.h"

#include "Clock.h"
#include "StorageThread.h"
#include "tasks/TaskService.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Breeze's "negative text": readable on light and dark backgrounds; Qt's palette has no such role.
const QColor OverdueColor(0xda, 0x44, 0x53);

struct Loaded
{
    Result<QList<Task>> tasks;
    QDateTime now;
};

QString formatDue(const QDateTime &due)
{
    return QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

TaskListModel::TaskListModel(StorageThread *storage, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
    , m_session(session)
{
    connect(m_storage, &StorageThread::changesCommitted, this, &TaskListModel::onChangesCommitted);
    reload();
}

void TaskListModel::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    reload();
}

const Task *TaskListModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks[row] : nullptr;
}

int TaskListModel::rowOfTask(qint64 taskId) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks[row].id == taskId) {
            return row;
        }
    }
    return -1;
}

void TaskListModel::reload()
{
    m_reloadQueued = false;
    m_loading = true;
    const int generation = ++m_generation;
    const Session session = m_session;
    const TaskFilter filter = m_filter;
    m_storage->run<Loaded>(
        this,
        [session, filter](Database &db) {
            return Loaded{TaskService(db, session).list(filter), db.clock().now()};
        },
        [this, generation](const Loaded &result) {
            if (generation != m_generation) {
                return; // a newer filter or commit asked again
            }
            m_loading = false;
            if (!result.tasks) {
                Q_EMIT failed(tr("The tasks could not be loaded: %1").arg(result.tasks.error().message));
                return;
            }
            beginResetModel();
            m_tasks = *result.tasks;
            m_now = result.now;
            endResetModel();
            Q_EMIT loaded();
        });
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    const Task *task = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!task) {
        return {};
    }
    const bool overdue = task->isOverdue(m_now);
    switch (role) {
    case TaskIdRole:
        return task->id;
    case OverdueRole:
        return overdue;
    case ContactIdRole:
        return task->contactId;
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn) {
            return task->status == Task::Status::Done ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue) {
            return OverdueColor;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TitleColumn && task->status == Task::Status::Done) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (index.column() == DueColumn && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !task->description.isEmpty()) {
            return task->description.left(500);
        }
        if (index.column() == DoneColumn) {
            return task->status == Task::Status::Done ? tr("Done: uncheck to reopen") : tr("Open: check to mark done");
        }
        return {};
    case Qt::AccessibleTextRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case DoneColumn:
            return role == Qt::AccessibleTextRole ? (task->status == Task::Status::Done ? tr("Done") : tr("Open"))
                                                  : QVariant();
        case TitleColumn:
            return task->title;
        case DueColumn:
            if (!task->due.isValid()) {
                return tr("No due date");
            }
            //: %1 is the due date and time of a task that is past it
            return overdue ? tr("%1 (overdue)").arg(formatDue(task->due)) : formatDue(task->due);
        case RecurrenceColumn:
            return task->recurrence.isNone() ? QString() : task->recurrence.describe();
        case ContactColumn:
            return task->contactName;
        case AssigneeColumn:
            return task->assigneeId ? task->assigneeName : tr("Unassigned");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case TitleColumn:
        return tr("Task");
    case DueColumn:
        return tr("Due");
    case RecurrenceColumn:
        return tr("Repeats");
    case ContactColumn:
        return tr("Contact");
    case AssigneeColumn:
        return tr("Assigned to");
    default:
        return {};
    }
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DoneColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

bool TaskListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Task *task = index.isValid() && index.row() < m_tasks.size() ? &m_tasks[index.row()] : nullptr;
    if (!task || index.column() != DoneColumn || role != Qt::CheckStateRole) {
        return false;
    }
    const bool done = value.toInt() == Qt::Checked;
    if (done == (task->status == Task::Status::Done)) {
        return false;
    }
    // Shown at once; the commit's ChangeSet reloads the list (with a recurring task's next occurrence).
    const Task::Status previous = task->status;
    task->status = done ? Task::Status::Done : Task::Status::Open;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    const Session session = m_session;
    const qint64 taskId = task->id;
    m_storage->run<Result<void>>(
        this,
        [session, taskId, done](Database &db) -> Result<void> {
            TaskService service(db, session);
            if (done) {
                auto completed = service.markDone(taskId);
                if (!completed) {
                    return completed.error();
                }
                return {};
            }
            auto reopened = service.reopen(taskId);
            if (!reopened) {
                return reopened.error();
            }
            return {};
        },
        [this, taskId, previous](const Result<void> &changed) {
            if (changed) {
                return;
            }
            if (const int row = rowOfTask(taskId); row >= 0) {
                m_tasks[row].status = previous;
                Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
            }
            Q_EMIT failed(changed.error().message);
        });
    return true;
}

void TaskListModel::onChangesCommitted(const ChangeSet &changes)
{
    bool affected = changes.otherEntities.contains(u"task"_s) || changes.otherEntities.contains(u"user"_s)
        || !changes.trashedContacts.isEmpty() || !changes.restoredContacts.isEmpty()
        || !changes.purgedContacts.isEmpty();
    for (const Task &task : std::as_const(m_tasks)) {
        if (affected) {
            break;
        }
        affected = task.contactId && changes.updatedContacts.contains(task.contactId); // a renamed contact
    }
    if (affected && !m_reloadQueued) {
        m_reloadQueued = true;
        QTimer::singleShot(0, this, &TaskListModel::reload);
    }
}

} // namespace Kontor
