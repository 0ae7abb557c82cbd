#pragma once

#include "Reminder.h"
#include "Result.h"

#include <QList>
#include <QSet>

namespace Kontor {

class Database;

// The SQL behind ReminderService: open tasks with a reminder, contacts by birthday (index contacts_birthday)
// with owner and followers, and the reminders_delivered rows. userId 0 reads for everybody.
class ReminderRepository
{
public:
    // A contact whose birthday is celebrated on a given day.
    struct BirthdayRow
    {
        qint64 contactId = 0;
        QString uuid;
        QString name;
        int year = 0; // 0 = unknown
        QList<qint64> userIds; // owner, then followers
    };

    explicit ReminderRepository(Database &db);

    // Task reminders firing in [fromMs, toMs): title, due, contact and the recipient filled; key not.
    // Both task queries walk the index tasks_remind_at on (status, fire time).
    Result<QList<Reminder>> taskReminders(qint64 fromMs, qint64 toMs, qint64 userId);
    // The earliest task reminder firing in (afterMs, untilMs]; 0 if none.
    Result<qint64> firstTaskFire(qint64 afterMs, qint64 untilMs, qint64 userId);
    // Contacts out of the trash with that birthday; `alsoLeapDay` adds those born on 29 February.
    Result<QList<BirthdayRow>> birthdays(int month, int day, bool alsoLeapDay, qint64 userId);
    Result<bool> hasBirthday(int month, int day, bool alsoLeapDay, qint64 userId);
    // Whether the user has any contact with a birthday at all.
    Result<bool> hasAnyBirthday(qint64 userId);

    Result<bool> isDelivered(qint64 userId, const QString &key);
    Result<void> insertDelivered(qint64 userId, const QString &key, qint64 fireMs, qint64 atMs);

private:
    Database &m_db;
};

} // namespace Kontor
