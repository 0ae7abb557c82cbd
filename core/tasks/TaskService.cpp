#include "TaskService.h"

#include "Clock.h"
#include "ContactRepository.h"
#include "Database.h"
#include "LinkedContact.h"
#include "TaskRepository.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonObject>
#include <QTimeZone>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"task"_s;
// A lead of more than a year is a typo, and ReminderService looks at most that far ahead of a due time.
constexpr int MaxRemindMinutes = 366 * 24 * 60;

Error invalid(const QString &field, const QString &message)
{
    return invalidField(field, message, TaskService::tr("Task"));
}

// The task's contact must exist and be out of the trash: a task on a trashed contact vanishes from every view.
Result<LinkedContact> liveOwner(Database &db, qint64 contactId)
{
    return LinkedContact::loadLive(
        db, contactId, TaskService::tr("The contact is in the trash; restore it before changing its tasks."));
}

// The day a pinned day of the month falls on in `date`'s month, as Recurrence::next() places it.
bool fitsDay(int day, const QDate &date)
{
    return date.day() == day || (day > date.daysInMonth() && date.day() == date.daysInMonth());
}

bool fitsTime(const QTime &time, const QDateTime &due)
{
    return due.time() == time || Recurrence::localDateTime(due.date(), time, due.timeZone()) == due;
}

// The day and time TaskService pins on later occurrences (month ends, daylight-saving gaps) survive an edit
// that leaves them out, and are dropped when the due time moved away from them: the due time is the anchor.
Recurrence keptPins(const Recurrence &old, Recurrence r, const QDateTime &due)
{
    if (r.isNone() || !due.isValid()) {
        return r;
    }
    Recurrence bareOld = old;
    Recurrence bareNew = r;
    bareOld.monthDay = bareNew.monthDay = 0;
    bareOld.time = bareNew.time = QTime();
    if (bareOld == bareNew) {
        if (r.monthDay == 0 && old.monthDay != 0) {
            r.monthDay = old.monthDay;
        }
        if (!r.time.isValid() && old.time.isValid()) {
            r.time = old.time;
        }
    }
    if (r.monthDay != 0 && r.month == 0 && !fitsDay(r.monthDay, due.date())) {
        r.monthDay = 0;
    }
    if (r.time.isValid() && !fitsTime(r.time, due)) {
        r.time = QTime();
    }
    return r;
}

// Checks and normalises what a caller wrote: trimmed title, a known zone (the system's when empty), the due
// time in that zone, a series id for a recurring task.
Result<Task> checked(Task t, TaskRepository &tasks)
{
    t.title = t.title.trimmed();
    if (t.title.isEmpty()) {
        return invalid(u"title"_s, TaskService::tr("A task needs a title."));
    }
    if (t.title.size() > TaskService::MaxTitleLength) {
        return invalid(
            u"title"_s, TaskService::tr("A title can hold at most %1 characters.").arg(TaskService::MaxTitleLength));
    }
    t.description = t.description.trimmed();
    if (t.description.size() > TaskService::MaxDescriptionLength) {
        return invalid(u"description"_s,
            TaskService::tr("A description can hold at most %1 characters.").arg(TaskService::MaxDescriptionLength));
    }
    t.timeZone = t.timeZone.trimmed();
    if (t.timeZone.isEmpty()) {
        t.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }
    const QTimeZone zone(t.timeZone.toUtf8());
    if (!zone.isValid()) {
        return invalid(u"time_zone"_s, TaskService::tr("The time zone \"%1\" is unknown.").arg(t.timeZone));
    }
    if (t.due.isValid()) {
        t.due = t.due.toTimeZone(zone);
    }
    if (!t.recurrence.isNone() && !t.due.isValid()) {
        return invalid(u"recurrence"_s, TaskService::tr("A repeating task needs a due date."));
    }
    if (const QString problem = t.recurrence.validationError(); !problem.isEmpty()) {
        return invalid(u"recurrence"_s, problem);
    }
    if (t.remindMinutes && (*t.remindMinutes < 0 || *t.remindMinutes > MaxRemindMinutes)) {
        return invalid(
            u"remind_minutes"_s, TaskService::tr("A reminder comes between 0 minutes and a year before the due time."));
    }
    if (t.assigneeId != 0) {
        auto exists = tasks.userExists(t.assigneeId);
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            return invalid(u"assignee"_s, TaskService::tr("There is no user with id %1.").arg(t.assigneeId));
        }
    }
    if (t.recurrence.isNone()) {
        t.seriesUuid.clear();
    }
    return t;
}

QString dueText(const QDateTime &due)
{
    return due.isValid() ? due.toString(Qt::ISODate) : QString();
}

QString remindText(const std::optional<int> &minutes)
{
    return minutes ? QString::number(*minutes) : QString();
}

QJsonValue remindJson(const std::optional<int> &minutes)
{
    return minutes ? QJsonValue(*minutes) : QJsonValue();
}

QJsonValue dueJson(const QDateTime &due)
{
    return due.isValid() ? QJsonValue(due.toMSecsSinceEpoch()) : QJsonValue();
}

// Writes a new task with its audit and change-log entries; `t` is checked already.
Result<qint64> insertTask(UnitOfWork &unit, TaskRepository &tasks, ContactRepository &contacts, Task &t)
{
    QString contactUuid;
    if (t.contactId != 0) {
        auto owner = liveOwner(unit.db(), t.contactId);
        if (!owner) {
            return owner.error();
        }
        contactUuid = owner->uuid;
    }
    t.uuid = Uuid::createV7(unit.db().clock());
    if (!t.recurrence.isNone() && t.seriesUuid.isEmpty()) {
        t.seriesUuid = t.uuid;
    }
    t.createdAt = t.updatedAt = unit.now();
    t.createdBy = t.updatedBy = unit.session().userId;
    if (t.status == Task::Status::Done) {
        t.doneAt = unit.now();
        t.doneBy = unit.session().userId;
    } else {
        t.doneAt = t.doneBy = 0;
    }
    auto id = tasks.insert(t);
    if (!id) {
        return id.error();
    }
    Result<void> ok = unit.audit(kEntity, t.contactId, t.uuid, u"create"_s, u"title"_s, {}, t.title);
    if (ok) {
        ok = unit.logChange(kEntity,
            t.uuid,
            u"*"_s,
            QJsonObject{{u"contact"_s, contactUuid},
                {u"title"_s, t.title},
                {u"description"_s, t.description},
                {u"due_at"_s, dueJson(t.due)},
                {u"time_zone"_s, t.timeZone},
                {u"recurrence"_s, t.recurrence.toText()},
                {u"remind_minutes"_s, remindJson(t.remindMinutes)},
                {u"assignee"_s, contacts.userUuid(t.assigneeId)},
                {u"status"_s, Task::statusKey(t.status)},
                {u"series_uuid"_s, t.seriesUuid},
                {u"created_at"_s, t.createdAt},
                {u"created_by"_s, contacts.userUuid(t.createdBy)}});
    }
    if (ok) {
        ok = LinkedContact::touch(unit, t.contactId, kEntity);
    }
    if (!ok) {
        return ok.error();
    }
    return *id;
}

struct FieldChange
{
    QString field;
    QString oldText; // audit, for people
    QString newText;
    QJsonValue value; // change log, for replicas
};

QList<FieldChange> changedFields(const Task &o, const Task &n, ContactRepository &contacts, Database &db)
{
    QList<FieldChange> out;
    if (o.contactId != n.contactId) {
        QString newName;
        QString newUuid;
        if (n.contactId) {
            if (auto owner = LinkedContact::load(db, n.contactId)) {
                newName = owner->displayName;
                newUuid = owner->uuid;
            }
        }
        out << FieldChange{u"contact"_s, o.contactName, newName, newUuid};
    }
    if (o.title != n.title) {
        out << FieldChange{u"title"_s, o.title, n.title, n.title};
    }
    if (o.description != n.description) {
        out << FieldChange{u"description"_s, o.description, n.description, n.description};
    }
    if (o.due != n.due || (o.due.isValid() != n.due.isValid())) {
        out << FieldChange{u"due_at"_s, dueText(o.due), dueText(n.due), dueJson(n.due)};
    }
    if (o.timeZone != n.timeZone) {
        out << FieldChange{u"time_zone"_s, o.timeZone, n.timeZone, n.timeZone};
    }
    if (o.recurrence != n.recurrence) {
        const QString text = n.recurrence.toText();
        out << FieldChange{u"recurrence"_s, o.recurrence.toText(), text, text};
    }
    if (o.remindMinutes != n.remindMinutes) {
        out << FieldChange{
            u"remind_minutes"_s, remindText(o.remindMinutes), remindText(n.remindMinutes), remindJson(n.remindMinutes)};
    }
    if (o.assigneeId != n.assigneeId) {
        out << FieldChange{u"assignee"_s,
            contacts.userName(o.assigneeId),
            contacts.userName(n.assigneeId),
            contacts.userUuid(n.assigneeId)};
    }
    if (o.seriesUuid != n.seriesUuid) {
        out << FieldChange{u"series_uuid"_s, o.seriesUuid, n.seriesUuid, n.seriesUuid};
    }
    return out;
}
} // namespace

TaskService::TaskService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<Task> TaskService::add(const Task &task)
{
    TaskRepository tasks(m_db);
    ContactRepository contacts(m_db);
    auto t = checked(task, tasks);
    if (!t) {
        return t.error();
    }
    t->seriesUuid.clear();
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto id = insertTask(unit, tasks, contacts, *t);
    if (!id) {
        return id.error();
    }
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return tasks.load(*id);
}

Result<Task> TaskService::update(const Task &task)
{
    TaskRepository tasks(m_db);
    ContactRepository contacts(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = tasks.load(task.id);
    if (!old) {
        return old.error();
    }
    if (old->contactId) {
        if (auto owner = liveOwner(m_db, old->contactId); !owner) {
            return owner.error();
        }
    }
    Task wanted = task;
    wanted.seriesUuid = old->seriesUuid;
    auto t = checked(wanted, tasks);
    if (!t) {
        return t.error();
    }
    if (t->contactId && t->contactId != old->contactId) {
        if (auto owner = liveOwner(m_db, t->contactId); !owner) {
            return owner.error();
        }
    }
    t->recurrence = keptPins(old->recurrence, t->recurrence, t->due);
    if (!t->recurrence.isNone() && t->seriesUuid.isEmpty()) {
        t->seriesUuid = old->uuid;
    }
    const QList<FieldChange> changes = changedFields(*old, *t, contacts, m_db);
    if (changes.isEmpty()) {
        return *old;
    }
    Result<void> ok = tasks.update(*t, unit.now(), m_session.userId);
    for (const auto &c : changes) {
        if (ok) {
            ok = unit.audit(kEntity, t->contactId, old->uuid, u"update"_s, c.field, c.oldText, c.newText);
        }
        if (ok) {
            ok = unit.logChange(kEntity, old->uuid, c.field, c.value);
        }
    }
    if (ok && old->contactId != t->contactId) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, t->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return tasks.load(task.id);
}

Result<void> TaskService::remove(qint64 taskId)
{
    TaskRepository tasks(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto old = tasks.load(taskId);
    if (!old) {
        return old.error();
    }
    if (old->contactId) {
        if (auto owner = liveOwner(m_db, old->contactId); !owner) {
            return owner.error();
        }
    }
    Result<void> ok = tasks.remove(taskId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"delete"_s, u"title"_s, old->title, {});
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"_purged"_s, true);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (!ok) {
        return ok;
    }
    return unit.commit();
}

Result<TaskCompletion> TaskService::markDone(qint64 taskId)
{
    TaskRepository tasks(m_db);
    ContactRepository contacts(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = tasks.load(taskId);
    if (!old) {
        return old.error();
    }
    if (old->status == Task::Status::Done) {
        return TaskCompletion{*old, std::nullopt};
    }
    if (old->contactId) {
        if (auto owner = liveOwner(m_db, old->contactId); !owner) {
            return owner.error();
        }
    }
    Result<void> ok
        = tasks.setStatus(taskId, Task::Status::Done, unit.now(), m_session.userId, unit.now(), m_session.userId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"update"_s, u"status"_s, u"open"_s, u"done"_s);
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"status"_s, u"done"_s);
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"done_at"_s, unit.now());
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (!ok) {
        return ok.error();
    }
    qint64 nextId = 0;
    if (!old->recurrence.isNone() && old->due.isValid()) {
        Task next = *old;
        Recurrence &r = next.recurrence;
        // Pin what the next due time cannot carry: the 31st after a short month, 02:30 after the spring gap.
        const QDate day = old->due.date();
        if ((r.frequency == Recurrence::Frequency::Monthly || r.frequency == Recurrence::Frequency::Yearly)
            && r.monthDay == 0 && day.day() > 28) {
            r.monthDay = day.day();
        }
        const QTime wallTime = r.time.isValid() ? r.time : old->due.time();
        next.due = r.next(old->due);
        if (!r.time.isValid() && next.due.time() != wallTime) {
            r.time = wallTime;
        }
        next.seriesUuid = old->seriesUuid.isEmpty() ? old->uuid : old->seriesUuid;
        next.status = Task::Status::Open;
        // A task reopened and done again finds its next occurrence there already.
        auto exists = tasks.seriesHasDue(next.seriesUuid, next.due.toMSecsSinceEpoch());
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            auto id = insertTask(unit, tasks, contacts, next);
            if (!id) {
                return id.error();
            }
            nextId = *id;
        }
    }
    if (auto committed = unit.commit(); !committed) {
        return committed.error();
    }
    TaskCompletion out;
    auto done = tasks.load(taskId);
    if (!done) {
        return done.error();
    }
    out.done = *done;
    if (nextId) {
        auto next = tasks.load(nextId);
        if (!next) {
            return next.error();
        }
        out.next = *next;
    }
    return out;
}

Result<Task> TaskService::reopen(qint64 taskId)
{
    TaskRepository tasks(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = tasks.load(taskId);
    if (!old) {
        return old.error();
    }
    if (old->status == Task::Status::Open) {
        return *old;
    }
    if (old->contactId) {
        if (auto owner = liveOwner(m_db, old->contactId); !owner) {
            return owner.error();
        }
    }
    Result<void> ok = tasks.setStatus(taskId, Task::Status::Open, 0, 0, unit.now(), m_session.userId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"update"_s, u"status"_s, u"done"_s, u"open"_s);
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"status"_s, u"open"_s);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return tasks.load(taskId);
}

Result<Task> TaskService::byId(qint64 taskId)
{
    return TaskRepository(m_db).load(taskId);
}

Result<QList<Task>> TaskService::list(const TaskFilter &filter)
{
    return TaskRepository(m_db).list(filter, m_db.clock().nowMs());
}

Result<int> TaskService::count(const TaskFilter &filter)
{
    return TaskRepository(m_db).count(filter, m_db.clock().nowMs());
}

} // namespace Kontor
