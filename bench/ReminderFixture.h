#pragma once

#include <QList>
#include <QString>

class QTextStream;

namespace Kontor {

class Database;

// The database of kontor-bench-reminders. generate() writes N demo contacts through the write path
// (DemoGenerator::populate), ten users besides the local one, and T tasks through TaskService::add (due times
// spread over a year around `nowMs`, assignees, reminder leads; some marked done with TaskService::markDone).
// The demo data gives every contact a birthday with 75 % probability but the generating user as owner and no
// followers, so owners and followers are spread over the eleven users with SQL afterwards (not audited).
class ReminderFixture
{
public:
    struct Summary
    {
        qint64 contacts = 0;
        qint64 withBirthday = 0;
        qint64 followerRows = 0;
        qint64 tasks = 0;
        qint64 openTasks = 0;
        qint64 overdueTasks = 0;
        qint64 localUser = 0;
        QList<qint64> users; // ids, the local user first
        qint64 maxLeadMs = 0; // the longest reminder lead in the data
    };

    // Writes into a new database at `path` with a ManualClock at `nowMs`. Progress goes to `log`.
    static bool generate(const QString &path, int contacts, int tasks, qint64 nowMs, QTextStream &log, QString *error);
    // What is in an open database.
    static Summary describe(Database &db);
};

} // namespace Kontor
