#pragma once

#include "Result.h"
#include "Task.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

namespace Kontor {

class Database;

// The SQL of tasks. Only TaskService writes, inside its UnitOfWork; reads skip tasks of trashed contacts
// where the header says so. Times are stored as UTC ms, the due time read back in the task's own zone.
class TaskRepository
{
public:
    explicit TaskRepository(Database &db);

    Result<qint64> insert(const Task &task);
    // The editable fields (contact, title, description, due, zone, recurrence, reminder, assignee, series).
    Result<void> update(const Task &task, qint64 at, qint64 by);
    // doneAt == 0 reopens.
    Result<void> setStatus(qint64 taskId, Task::Status status, qint64 doneAt, qint64 doneBy, qint64 at, qint64 by);
    Result<void> remove(qint64 taskId);

    Result<Task> load(qint64 taskId);
    // Tasks of the filter with the contact out of the trash, by due time (none last), then id. `nowMs` decides
    // what is overdue. The search is matched in C++ on folded text (TextFolding), so it reads all candidates.
    Result<QList<Task>> list(const TaskFilter &filter, qint64 nowMs);
    Result<int> count(const TaskFilter &filter, qint64 nowMs);
    // Whether the series already has a task due at that time (a reopened and again done task creates no twin).
    Result<bool> seriesHasDue(const QString &seriesUuid, qint64 dueMs);

    Result<bool> userExists(qint64 userId);

    // The zone of an IANA id; the system's zone for an empty or unknown id.
    QTimeZone zone(const QString &id);

private:
    QString whereClause(const TaskFilter &filter, qint64 nowMs, QVariantList *binds) const;

    Database &m_db;
    QHash<QString, QTimeZone> m_zones;
};

} // namespace Kontor
