#pragma once

#include "Reminder.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace Kontor {

class Database;

// The hand-written SQL of kontor-bench-reminders: for each read the benchmark times, statements that give the
// same answer, written for this data and its indexes (the real longest reminder lead instead of a year, an
// ORDER BY the index can deliver, one statement for all birthdays of a window), with every column read into
// plain QVariants - no QDateTime, Task or Reminder per row. The floor for each read. Each method returns the
// rows of its answer, -1 on failure (lastError()).
class ReminderBaseline
{
public:
    ReminderBaseline(Database &db, qint64 maxLeadMs, ReminderOptions options);

    // Task reminders firing in [fromMs, toMs) and the birthday reminders of the local `remindDays` (birthdays
    // celebrated birthdayDaysBefore days later), for the user (0 = everybody).
    int between(qint64 fromMs, qint64 toMs, const QList<QDate> &remindDays, qint64 userId);
    // As between(), without what reminders_delivered holds for the user.
    int pending(qint64 fromMs, qint64 toMs, const QList<QDate> &remindDays, qint64 userId);
    // The first reminder after `nowMs` within 400 days, in UTC ms; 0 if none.
    qint64 nextFire(qint64 nowMs, qint64 userId);

    // TaskService::list's answers: by due time (none last), then id.
    int openTasksOf(qint64 assigneeId, int limit);
    int overdue(qint64 nowMs, int limit);
    int tasksOfContact(qint64 contactId, int limit);

    QString lastError() const { return m_error; }

private:
    int reminders(qint64 fromMs, qint64 toMs, const QList<QDate> &remindDays, qint64 userId, bool undelivered);
    int tasks(const QString &where, const QVariantList &binds, int limit, bool alsoWithoutDue);
    // Runs the cached statement and keeps every row (all columns) in m_rows; -1 on failure.
    int run(const QString &sql, const QVariantList &binds);
    qint64 birthdayFire(const QDate &remindDay) const;

    Database &m_db;
    qint64 m_maxLeadMs;
    ReminderOptions m_options;
    QList<QVariantList> m_rows;
    QString m_error;
};

} // namespace Kontor
