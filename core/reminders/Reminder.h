#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Kontor {

// One reminder occurrence: a task's (at its due time minus its lead) or a birthday's (X days before, at a set
// local time, for the contact's owner and followers).
struct Reminder
{
    enum class Kind
    {
        Task,
        Birthday,
    };

    Kind kind = Kind::Task;
    // Unique per occurrence: "task:<uuid>:<fire ms>", "birthday:<contact uuid>:<year of the birthday>".
    QString key;
    QDateTime fireAt; // UTC
    qint64 taskId = 0; // Kind::Task
    qint64 contactId = 0; // the task's contact (0 = none) or the birthday's contact
    QString contactName;
    QString title; // the task's title; for a birthday the contact's name
    QDateTime due; // Kind::Task: the due time (UTC)
    QDate birthday; // Kind::Birthday: the day it is celebrated this time (28 Feb for 29 Feb in other years)
    int age = 0; // Kind::Birthday: the age reached that day, 0 when the year of birth is unknown
    QList<qint64> userIds; // who gets it: a task's assignee (or its creator when unassigned), a contact's
                           // owner and followers
};

// What birthday reminders depend on (Settings: reminders/birthdayDaysBefore, reminders/birthdayTime).
struct ReminderOptions
{
    int birthdayDaysBefore = 3;
    QTime birthdayTime = QTime(5, 30);
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

} // namespace Kontor
