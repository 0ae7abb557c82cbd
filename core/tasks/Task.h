#pragma once

#include "Recurrence.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kontor {

// A to-do, usually on a contact: due date and time in a time zone, optional recurrence and reminder, an
// assignee, open or done.
struct Task
{
    enum class Status
    {
        Open,
        Done,
    };

    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0; // 0 = not linked to a contact
    QString contactName; // read only: the contact's display name
    QString title;
    QString description;
    QDateTime due; // invalid = no due date; otherwise in timeZone
    QString timeZone; // IANA id; empty = the system's zone when saved
    Recurrence recurrence;
    // Minutes before the due time the reminder fires (0 = at the due time); nullopt = no reminder.
    std::optional<int> remindMinutes = 0;
    qint64 assigneeId = 0; // 0 = nobody
    QString assigneeName; // read only
    Status status = Status::Open;
    qint64 doneAt = 0;
    qint64 doneBy = 0;
    QString seriesUuid; // the first task's uuid of a recurring series, else empty
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString createdByName; // read only
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;

    // Open with a due time before `now`.
    bool isOverdue(const QDateTime &now) const { return status == Status::Open && due.isValid() && due < now; }
    // The reminder's time, invalid without due time or reminder.
    QDateTime reminderAt() const
    {
        return (due.isValid() && remindMinutes) ? due.addSecs(-60 * qint64(*remindMinutes)) : QDateTime();
    }
    static QString statusKey(Status status); // "open", "done"
    static bool statusFromKey(const QString &key, Status *status);
};

// What TaskService::list returns. Every part is optional; tasks of trashed contacts never appear.
struct TaskFilter
{
    qint64 contactId = 0; // 0 = any
    qint64 assigneeId = 0; // 0 = any, -1 = unassigned
    std::optional<Task::Status> status;
    bool overdueOnly = false; // open and due before the clock's now
    QDateTime dueFrom; // inclusive; invalid = open end
    QDateTime dueTo; // exclusive; invalid = open end
    QString search; // part of title or description, case- and accent-insensitive
    int limit = 5000;
};

// The result of marking a task done: the task, and for a recurring one the next occurrence it created.
struct TaskCompletion
{
    Task done;
    std::optional<Task> next;
};

} // namespace Kontor
