#pragma once

#include "Reminder.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// Which reminders fire when, computed from tasks and birthdays on demand (nothing is precomputed, so edits
// need no rescheduling), and which ones a user has already been shown (reminders_delivered). Works offline on
// the local database. Tasks: open, with due time and reminder lead, of contacts out of the trash or without
// contact. Birthdays: contacts out of the trash with birthday month and day; a 29 February birthday is
// celebrated on 28 February in other years. Read failures are Error::Code::Storage.
class ReminderService
{
    Q_DECLARE_TR_FUNCTIONS(ReminderService)

public:
    // How far back pending() looks when the user was never checked (or the app was away longer).
    static constexpr int MaxCatchUpDays = 30;

    ReminderService(Database &db, ReminderOptions options = {});

    // Reminders whose fire time is in [from, to), for the user (0 = everybody), by fire time then key.
    // Birthdays are looked up day by day through the index contacts_birthday; for them a window longer than
    // 366 days is cut to 366 days (each birthday comes once a year anyway).
    Result<QList<Reminder>> between(const QDateTime &from, const QDateTime &to, qint64 userId);
    // What would fire at that minute: between(at rounded down to the minute, + 60 s).
    Result<QList<Reminder>> dueAt(const QDateTime &at, qint64 userId);
    // Reminders that fell due up to `now` (at most MaxCatchUpDays back) and were not yet delivered to the
    // user - also those that fell due while the app was not running. Looks only after the user's last check
    // (markDelivered's `at`), so a task added with a due time in the past does not pop up. userId must be > 0
    // (Error::Code::Invalid).
    Result<QList<Reminder>> pending(qint64 userId, const QDateTime &now);
    // Records the reminders as shown to the user (one transaction; again is harmless) and `at` as the user's
    // last check: pass everything pending() returned, an empty list when there was nothing.
    Result<void> markDelivered(qint64 userId, const QList<Reminder> &reminders, const QDateTime &at);
    // The first fire time after `now` for the user within the next 400 days; invalid if none.
    Result<QDateTime> nextFireTime(qint64 userId, const QDateTime &now);

    // The day a birthday (month, day) is celebrated in `year`.
    static QDate celebratedOn(int year, int month, int day);

private:
    // The birthday reminder time on that local day (options' zone), in UTC.
    QDateTime birthdayFireAt(const QDate &remindDay) const;

    Database &m_db;
    ReminderOptions m_options;
};

} // namespace Kontor
