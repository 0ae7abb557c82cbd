#include "ReminderBaseline.h"

#include "Database.h"
#include "Recurrence.h"
#include "ReminderService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr qint64 HorizonMs = 400 * DayMs; // as ReminderService::nextFireTime

const QString kFire = u"(t.due_at - t.remind_minutes * 60000)"_s;
const QString kUserTask = u" AND COALESCE(t.assignee_id, t.created_by) = ?"_s;
const QString kUserContact = u" AND (c.owner_id = ? OR EXISTS (SELECT 1 FROM contact_followers g"
                             " WHERE g.contact_id = c.id AND g.user_id = ?))"_s;
const QString kTaskColumns
    = u"SELECT t.id, t.uuid, t.contact_id, c.display_name, t.title, t.description, t.due_at, t.time_zone,"
      " t.recurrence, t.remind_minutes, t.assignee_id, au.name, t.status, t.done_at, t.done_by, t.series_uuid,"
      " t.created_at, t.created_by, cu.name, t.updated_at, t.updated_by"
      " FROM tasks t LEFT JOIN contacts c ON c.id = t.contact_id"
      " LEFT JOIN users au ON au.id = t.assignee_id LEFT JOIN users cu ON cu.id = t.created_by"
      " WHERE (t.contact_id IS NULL OR c.deleted_at IS NULL) AND "_s;
} // namespace

ReminderBaseline::ReminderBaseline(Database &db, qint64 maxLeadMs, ReminderOptions options)
    : m_db(db)
    , m_maxLeadMs(maxLeadMs)
    , m_options(std::move(options))
{}

int ReminderBaseline::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = m_db.prepared(sql);
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    m_rows.clear();
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row << q.value(i);
        }
        m_rows << row;
    }
    q.finish();
    return int(m_rows.size());
}

qint64 ReminderBaseline::birthdayFire(const QDate &remindDay) const
{
    return Recurrence::localDateTime(remindDay, m_options.birthdayTime, m_options.timeZone).toMSecsSinceEpoch();
}

int ReminderBaseline::reminders(
    qint64 fromMs, qint64 toMs, const QList<QDate> &remindDays, qint64 userId, bool undelivered)
{
    QVariantList binds{fromMs, toMs + m_maxLeadMs, fromMs, toMs};
    QString sql = u"SELECT t.id, t.uuid, t.title, t.due_at, "_s + kFire
        + u", t.contact_id, c.display_name, COALESCE(t.assignee_id, t.created_by)"
          " FROM tasks t LEFT JOIN contacts c ON c.id = t.contact_id"
          " WHERE t.status = 'open' AND t.remind_minutes IS NOT NULL AND t.due_at >= ? AND t.due_at < ?"
          " AND "_s
        + kFire + u" >= ? AND "_s + kFire + u" < ? AND (t.contact_id IS NULL OR c.deleted_at IS NULL)"_s;
    if (userId) {
        sql += kUserTask;
        binds << userId;
    }
    if (undelivered) {
        sql += u" AND NOT EXISTS (SELECT 1 FROM reminders_delivered r WHERE r.user_id = ?"
               " AND r.reminder_key = 'task:' || t.uuid || ':' || "_s
            + kFire + u")"_s;
        binds << userId;
    }
    const int taskRows = run(sql, binds);
    if (taskRows < 0 || remindDays.isEmpty()) {
        return taskRows;
    }
    // All birthdays of the window in one statement: (month, day, year celebrated) per reminder day, plus
    // 29 February on a 28 February of a year without it.
    QStringList values;
    binds.clear();
    for (const QDate &day : remindDays) {
        const QDate celebrated = day.addDays(m_options.birthdayDaysBefore);
        values << u"(?, ?, ?)"_s;
        binds << celebrated.month() << celebrated.day() << celebrated.year();
        if (celebrated.month() == 2 && celebrated.day() == 28 && !QDate::isLeapYear(celebrated.year())) {
            values << u"(?, ?, ?)"_s;
            binds << 2 << 29 << celebrated.year();
        }
    }
    sql = u"WITH days(m, d, y) AS (VALUES "_s + values.join(u", "_s)
        + u") SELECT c.id, c.uuid, c.display_name, c.birthday_year, days.y, c.owner_id,"
          " (SELECT group_concat(f.user_id) FROM contact_followers f WHERE f.contact_id = c.id)"
          " FROM days JOIN contacts c ON c.birthday_month = days.m AND c.birthday_day = days.d"
          " WHERE c.birthday_month IS NOT NULL AND c.deleted_at IS NULL"_s;
    if (userId) {
        sql += kUserContact;
        binds << userId << userId;
    }
    if (undelivered) {
        sql += u" AND NOT EXISTS (SELECT 1 FROM reminders_delivered r WHERE r.user_id = ?"
               " AND r.reminder_key = 'birthday:' || c.uuid || ':' || days.y)"_s;
        binds << userId;
    }
    const int birthdayRows = run(sql, binds);
    return birthdayRows < 0 ? -1 : taskRows + birthdayRows;
}

int ReminderBaseline::between(qint64 fromMs, qint64 toMs, const QList<QDate> &remindDays, qint64 userId)
{
    return reminders(fromMs, toMs, remindDays, userId, false);
}

int ReminderBaseline::pending(qint64 fromMs, qint64 toMs, const QList<QDate> &remindDays, qint64 userId)
{
    return reminders(fromMs, toMs, remindDays, userId, true);
}

qint64 ReminderBaseline::nextFire(qint64 nowMs, qint64 userId)
{
    const qint64 horizon = nowMs + HorizonMs;
    QVariantList binds{nowMs, horizon + m_maxLeadMs, nowMs, horizon};
    QString sql = u"SELECT MIN("_s + kFire
        + u") FROM tasks t LEFT JOIN contacts c ON c.id = t.contact_id"
          " WHERE t.status = 'open' AND t.remind_minutes IS NOT NULL AND t.due_at > ? AND t.due_at <= ? AND "_s
        + kFire + u" > ? AND "_s + kFire + u" <= ? AND (t.contact_id IS NULL OR c.deleted_at IS NULL)"_s;
    if (userId) {
        sql += kUserTask;
        binds << userId;
    }
    if (run(sql, binds) != 1) {
        return -1;
    }
    qint64 best = m_rows.first().first().isNull() ? horizon + 1 : m_rows.first().first().toLongLong();

    // Birthdays: the first (month, day) at or after the first reminder day still to come, walking the index.
    QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, m_options.timeZone).date().addDays(-1);
    while (birthdayFire(day) <= nowMs) {
        day = day.addDays(1);
    }
    const QDate first = day.addDays(m_options.birthdayDaysBefore);
    sql = u"SELECT c.birthday_month, c.birthday_day FROM contacts c WHERE c.birthday_month IS NOT NULL"
          " AND c.deleted_at IS NULL AND (c.birthday_month, c.birthday_day) >= (?, ?)"_s
        + (userId ? kUserContact : QString()) + u" ORDER BY c.birthday_month, c.birthday_day LIMIT 1"_s;
    for (int year = first.year(); year <= first.year() + 1; ++year) {
        binds = year == first.year() ? QVariantList{first.month(), first.day()} : QVariantList{1, 1};
        if (userId) {
            binds << userId << userId;
        }
        const int found = run(sql, binds);
        if (found < 0) {
            return -1;
        }
        if (found == 1) {
            const QDate celebrated
                = ReminderService::celebratedOn(year, m_rows.first().at(0).toInt(), m_rows.first().at(1).toInt());
            best = std::min(best, birthdayFire(celebrated.addDays(-m_options.birthdayDaysBefore)));
            break;
        }
    }
    return best > horizon ? 0 : best;
}

int ReminderBaseline::tasks(const QString &where, const QVariantList &binds, int limit, bool alsoWithoutDue)
{
    // Tasks with a due time in the order of the index (due_at, then the rowid), those without one after them.
    const int dated = run(kTaskColumns + where + u" AND t.due_at IS NOT NULL ORDER BY t.due_at, t.id LIMIT ?"_s,
        binds + QVariantList{limit});
    if (dated < 0 || dated >= limit || !alsoWithoutDue) {
        return dated;
    }
    const QList<QVariantList> first = m_rows;
    const int undated = run(
        kTaskColumns + where + u" AND t.due_at IS NULL ORDER BY t.id LIMIT ?"_s, binds + QVariantList{limit - dated});
    m_rows = first + m_rows;
    return undated < 0 ? -1 : dated + undated;
}

int ReminderBaseline::openTasksOf(qint64 assigneeId, int limit)
{
    return tasks(u"t.assignee_id = ? AND t.status = 'open'"_s, {assigneeId}, limit, true);
}

int ReminderBaseline::overdue(qint64 nowMs, int limit)
{
    return tasks(u"t.status = 'open' AND t.due_at < ?"_s, {nowMs}, limit, false);
}

int ReminderBaseline::tasksOfContact(qint64 contactId, int limit)
{
    return tasks(u"t.contact_id = ?"_s, {contactId}, limit, true);
}

} // namespace Kontor
