#include "ReminderService.h"

#include "Clock.h"
#include "Database.h"
#include "Recurrence.h"
#include "ReminderRepository.h"
#include "UnitOfWork.h"

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int MaxBirthdayWindowDays = 366;
constexpr int NextFireHorizonDays = 400;

QString lastCheckKey(qint64 userId)
{
    return u"reminders.last_check.%1"_s.arg(userId);
}

void sortReminders(QList<Reminder> &list)
{
    std::sort(list.begin(), list.end(), [](const Reminder &a, const Reminder &b) {
        if (a.fireAt != b.fireAt) {
            return a.fireAt < b.fireAt;
        }
        return a.key < b.key;
    });
}
} // namespace

ReminderService::ReminderService(Database &db, ReminderOptions options)
    : m_db(db)
    , m_options(std::move(options))
{
    m_options.birthdayDaysBefore = std::clamp(m_options.birthdayDaysBefore, 0, 365);
    if (!m_options.birthdayTime.isValid()) {
        m_options.birthdayTime = QTime(5, 30);
    }
    if (!m_options.timeZone.isValid()) {
        m_options.timeZone = QTimeZone::systemTimeZone();
    }
}

QDate ReminderService::celebratedOn(int year, int month, int day)
{
    if (month == 2 && day == 29 && !QDate::isLeapYear(year)) {
        return QDate(year, 2, 28);
    }
    return QDate(year, month, day);
}

QDateTime ReminderService::birthdayFireAt(const QDate &remindDay) const
{
    return Recurrence::localDateTime(remindDay, m_options.birthdayTime, m_options.timeZone).toUTC();
}

Result<QList<Reminder>> ReminderService::between(const QDateTime &from, const QDateTime &to, qint64 userId)
{
    QList<Reminder> out;
    if (!from.isValid() || !to.isValid() || from >= to) {
        return out;
    }
    ReminderRepository repo(m_db);
    auto tasks = repo.taskReminders(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), userId);
    if (!tasks) {
        return tasks.error();
    }
    for (Reminder &r : *tasks) {
        r.key = u"task:%1:%2"_s.arg(r.key).arg(r.fireAt.toMSecsSinceEpoch());
        out << r;
    }
    // Birthdays: one indexed look-up per calendar day of the window, never a scan of all contacts.
    const QDateTime end = std::min(to, from.addDays(MaxBirthdayWindowDays));
    const QDate firstDay = from.toTimeZone(m_options.timeZone).date().addDays(-1);
    const QDate lastDay = end.toTimeZone(m_options.timeZone).date().addDays(1);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        const QDateTime fire = birthdayFireAt(day);
        if (fire < from || fire >= end) {
            continue;
        }
        const QDate celebrated = day.addDays(m_options.birthdayDaysBefore);
        const bool alsoLeapDay
            = celebrated.month() == 2 && celebrated.day() == 28 && !QDate::isLeapYear(celebrated.year());
        auto rows = repo.birthdays(celebrated.month(), celebrated.day(), alsoLeapDay, userId);
        if (!rows) {
            return rows.error();
        }
        for (const auto &row : std::as_const(*rows)) {
            Reminder r;
            r.kind = Reminder::Kind::Birthday;
            r.key = u"birthday:%1:%2"_s.arg(row.uuid).arg(celebrated.year());
            r.fireAt = fire;
            r.contactId = row.contactId;
            r.contactName = row.name;
            r.title = row.name;
            r.birthday = celebrated;
            r.age = (row.year > 0 && celebrated.year() > row.year) ? celebrated.year() - row.year : 0;
            r.userIds = row.userIds;
            out << r;
        }
    }
    sortReminders(out);
    return out;
}

Result<QList<Reminder>> ReminderService::dueAt(const QDateTime &at, qint64 userId)
{
    if (!at.isValid()) {
        return QList<Reminder>();
    }
    const qint64 ms = at.toMSecsSinceEpoch();
    const QDateTime minute = QDateTime::fromMSecsSinceEpoch(ms - ((ms % 60000) + 60000) % 60000, QTimeZone::utc());
    return between(minute, minute.addSecs(60), userId);
}

Result<QList<Reminder>> ReminderService::pending(qint64 userId, const QDateTime &now)
{
    if (userId <= 0) {
        return makeError(Error::Code::Invalid, tr("Reminders are delivered to a user; choose one."));
    }
    if (!now.isValid()) {
        return QList<Reminder>();
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 lastCheck = m_db.meta(lastCheckKey(userId), u"0"_s).toLongLong();
    const qint64 after = std::max(lastCheck, nowMs - MaxCatchUpDays * DayMs);
    if (after >= nowMs) {
        return QList<Reminder>();
    }
    // (after, now]: what fell due since the last check, including this very millisecond.
    auto all = between(QDateTime::fromMSecsSinceEpoch(after + 1, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(nowMs + 1, QTimeZone::utc()),
        userId);
    if (!all) {
        return all.error();
    }
    ReminderRepository repo(m_db);
    QList<Reminder> out;
    for (const Reminder &r : std::as_const(*all)) {
        auto delivered = repo.isDelivered(userId, r.key);
        if (!delivered) {
            return delivered.error();
        }
        if (!*delivered) {
            out << r;
        }
    }
    return out;
}

Result<void> ReminderService::markDelivered(qint64 userId, const QList<Reminder> &reminders, const QDateTime &at)
{
    if (userId <= 0) {
        return makeError(Error::Code::Invalid, tr("Reminders are delivered to a user; choose one."));
    }
    const qint64 atMs = at.isValid() ? at.toMSecsSinceEpoch() : m_db.clock().nowMs();
    Session session;
    session.userId = userId;
    UnitOfWork unit(m_db, session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    ReminderRepository repo(m_db);
    for (const Reminder &r : reminders) {
        if (auto ok = repo.insertDelivered(userId, r.key, r.fireAt.toMSecsSinceEpoch(), atMs); !ok) {
            return ok;
        }
    }
    const qint64 lastCheck = m_db.meta(lastCheckKey(userId), u"0"_s).toLongLong();
    if (atMs > lastCheck) {
        if (auto ok = m_db.setMeta(lastCheckKey(userId), QString::number(atMs)); !ok) {
            return ok;
        }
    }
    return unit.commit();
}

Result<QDateTime> ReminderService::nextFireTime(qint64 userId, const QDateTime &now)
{
    if (!now.isValid()) {
        return QDateTime();
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 horizonMs = nowMs + NextFireHorizonDays * DayMs;
    ReminderRepository repo(m_db);
    auto task = repo.firstTaskFire(nowMs, horizonMs, userId);
    if (!task) {
        return task.error();
    }
    qint64 best = *task ? *task : horizonMs + 1;
    auto any = repo.hasAnyBirthday(userId);
    if (!any) {
        return any.error();
    }
    if (*any) {
        // Day by day until a birthday is found or the earliest task reminder comes first.
        for (QDate day = now.toTimeZone(m_options.timeZone).date().addDays(-1);; day = day.addDays(1)) {
            const qint64 fire = birthdayFireAt(day).toMSecsSinceEpoch();
            if (fire >= best || fire > horizonMs) {
                break;
            }
            if (fire <= nowMs) {
                continue;
            }
            const QDate celebrated = day.addDays(m_options.birthdayDaysBefore);
            const bool alsoLeapDay
                = celebrated.month() == 2 && celebrated.day() == 28 && !QDate::isLeapYear(celebrated.year());
            auto found = repo.hasBirthday(celebrated.month(), celebrated.day(), alsoLeapDay, userId);
            if (!found) {
                return found.error();
            }
            if (*found) {
                best = fire;
                break;
            }
        }
    }
    if (best > horizonMs) {
        return QDateTime();
    }
    return QDateTime::fromMSecsSinceEpoch(best, QTimeZone::utc());
}

} // namespace Kontor
