#pragma once

#include "Result.h"
#include "Session.h"
#include "Task.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// Tasks: add, change, delete, mark done or reopen, list. Each write is one UnitOfWork: audited (entity "task",
// record_id = the contact's id or 0, record_uuid = the task's uuid, as NoteService does for notes), logged for
// sync, a linked contact's last activity set, announced as ChangeSet::otherEntities "task" (plus
// updatedContacts for the linked contact).
// Refused with Error::Code::Invalid (location.field names it: "title", "description", "recurrence",
// "time_zone", "remind_minutes", "assignee"): empty or too long title, a recurrence without due date or with
// bad parts, unknown time zone, negative reminder lead (or more than a year), unknown assignee. NotFound: a
// missing task, or a linked contact that is missing or in the trash.
// Marking a recurring task done keeps it as done and creates the next occurrence (same series, title,
// contact, assignee, reminder lead) with Recurrence::next() of its due time; reopening does not remove it, and
// marking it done again creates no second one. The next occurrence's recurrence pins the anchor's day of the
// month (29-31) and a wall-clock time moved by a daylight-saving gap, so the series returns to them.
class TaskService
{
    Q_DECLARE_TR_FUNCTIONS(TaskService)

public:
    static constexpr int MaxTitleLength = 500;
    static constexpr int MaxDescriptionLength = 100000;

    TaskService(Database &db, Session session);

    Result<Task> add(const Task &task);
    // Writes every editable field of `task` (found by id); the status only changes by markDone()/reopen().
    Result<Task> update(const Task &task);
    Result<void> remove(qint64 taskId);
    Result<TaskCompletion> markDone(qint64 taskId);
    Result<Task> reopen(qint64 taskId);
    Result<Task> byId(qint64 taskId);
    // Sorted by due time (tasks without one last), then id.
    Result<QList<Task>> list(const TaskFilter &filter);
    Result<int> count(const TaskFilter &filter);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
