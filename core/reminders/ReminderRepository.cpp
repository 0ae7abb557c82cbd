#include "ReminderRepository.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// The fire time of a task's reminder, in SQL: exactly the expression of the index tasks_remind_at.
const QString kFire = u"(t.due_at - t.remind_minutes * 60000)"_s;

const QString kTaskWhere = u" FROM tasks t LEFT JOIN contacts c ON c.id = t.contact_id"
                           " WHERE t.status = 'open' AND t.remind_minutes IS NOT NULL"
                           " AND (t.contact_id IS NULL OR c.deleted_at IS NULL)"_s;

const QString kTaskUser = u" AND COALESCE(t.assignee_id, t.created_by) = ?"_s;

// The partial index contacts_birthday covers exactly these terms (birthday_month = ? implies IS NOT NULL).
const QString kBirthdayWhere = u" WHERE c.birthday_month = ? AND c.birthday_day IN (?, ?) AND c.deleted_at IS NULL"_s;

const QString kBirthdayUser = u" AND (c.owner_id = ? OR EXISTS (SELECT 1 FROM contact_followers g"
                              " WHERE g.contact_id = c.id AND g.user_id = ?))"_s;

void bindBirthday(QSqlQuery &q, int month, int day, bool alsoLeapDay, qint64 userId)
{
    q.addBindValue(month);
    q.addBindValue(day);
    q.addBindValue(alsoLeapDay ? 29 : day);
    if (userId) {
        q.addBindValue(userId);
        q.addBindValue(userId);
    }
}
} // namespace

ReminderRepository::ReminderRepository(Database &db)
    : m_db(db)
{}

Result<QList<Reminder>> ReminderRepository::taskReminders(qint64 fromMs, qint64 toMs, qint64 userId)
{
    auto &q = m_db.prepared(u"SELECT t.id, t.uuid, t.title, t.due_at, "_s + kFire
        + u", t.contact_id, c.display_name, COALESCE(t.assignee_id, t.created_by)"_s + kTaskWhere + u" AND "_s + kFire
        + u" >= ? AND "_s + kFire + u" < ?"_s + (userId ? kTaskUser : QString()));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (userId) {
        q.addBindValue(userId);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Reminder> out;
    while (q.next()) {
        Reminder r;
        r.kind = Reminder::Kind::Task;
        r.taskId = q.value(0).toLongLong();
        r.key = q.value(1).toString(); // the task's uuid; the service makes the key
        r.title = q.value(2).toString();
        r.due = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
        r.fireAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
        r.contactId = q.value(5).toLongLong();
        r.contactName = q.value(6).toString();
        if (const qint64 user = q.value(7).toLongLong()) {
            r.userIds << user;
        }
        out << r;
    }
    q.finish();
    return out;
}

Result<qint64> ReminderRepository::firstTaskFire(qint64 afterMs, qint64 untilMs, qint64 userId)
{
    auto &q = m_db.prepared(u"SELECT MIN("_s + kFire + u")"_s + kTaskWhere + u" AND "_s + kFire + u" > ? AND "_s + kFire
        + u" <= ?"_s + (userId ? kTaskUser : QString()));
    q.addBindValue(afterMs);
    q.addBindValue(untilMs);
    if (userId) {
        q.addBindValue(userId);
    }
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const qint64 first = q.value(0).toLongLong();
    q.finish();
    return first;
}

Result<QList<ReminderRepository::BirthdayRow>> ReminderRepository::birthdays(
    int month, int day, bool alsoLeapDay, qint64 userId)
{
    auto &q = m_db.prepared(u"SELECT c.id, c.uuid, c.display_name, c.birthday_year, c.owner_id, f.user_id"
                            " FROM contacts c LEFT JOIN contact_followers f ON f.contact_id = c.id"_s
        + kBirthdayWhere + (userId ? kBirthdayUser : QString()) + u" ORDER BY c.id, f.user_id"_s);
    bindBirthday(q, month, day, alsoLeapDay, userId);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<BirthdayRow> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().contactId != id) {
            BirthdayRow row;
            row.contactId = id;
            row.uuid = q.value(1).toString();
            row.name = q.value(2).toString();
            row.year = q.value(3).toInt();
            if (const qint64 owner = q.value(4).toLongLong()) {
                row.userIds << owner;
            }
            out << row;
        }
        const qint64 follower = q.value(5).toLongLong();
        if (follower && !out.last().userIds.contains(follower)) {
            out.last().userIds << follower;
        }
    }
    q.finish();
    return out;
}

Result<bool> ReminderRepository::hasBirthday(int month, int day, bool alsoLeapDay, qint64 userId)
{
    auto &q = m_db.prepared(
        u"SELECT 1 FROM contacts c"_s + kBirthdayWhere + (userId ? kBirthdayUser : QString()) + u" LIMIT 1"_s);
    bindBirthday(q, month, day, alsoLeapDay, userId);
    if (!q.exec()) {
        return storageError(q);
    }
    const bool found = q.next();
    q.finish();
    return found;
}

Result<bool> ReminderRepository::hasAnyBirthday(qint64 userId)
{
    auto &q = m_db.prepared(u"SELECT 1 FROM contacts c WHERE c.birthday_month IS NOT NULL AND c.deleted_at IS NULL"_s
        + (userId ? kBirthdayUser : QString()) + u" LIMIT 1"_s);
    if (userId) {
        q.addBindValue(userId);
        q.addBindValue(userId);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    const bool found = q.next();
    q.finish();
    return found;
}

Result<bool> ReminderRepository::isDelivered(qint64 userId, const QString &key)
{
    auto &q = m_db.prepared(u"SELECT 1 FROM reminders_delivered WHERE user_id = ? AND reminder_key = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(key);
    if (!q.exec()) {
        return storageError(q);
    }
    const bool found = q.next();
    q.finish();
    return found;
}

Result<void> ReminderRepository::insertDelivered(qint64 userId, const QString &key, qint64 fireMs, qint64 atMs)
{
    auto &q = m_db.prepared(u"INSERT OR IGNORE INTO reminders_delivered(user_id, reminder_key, fire_at, delivered_at)"
                            " VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(userId);
    q.addBindValue(key);
    q.addBindValue(fireMs);
    q.addBindValue(atMs);
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

} // namespace Kontor
