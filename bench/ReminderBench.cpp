// kontor-bench-reminders: the reads behind reminders and task lists (issue #7). On N generated contacts and T
// tasks (ReminderFixture) it times ReminderService::between for one day, nextFireTime and pending after 30 days
// away, and TaskService::list for one assignee's open tasks, the overdue ones and one contact's, each against
// hand-written SQL of the same answer (ReminderBaseline) in the same process, over several days or contacts.
// Prints p50/p95, the ratio, the statements per call, the peak RSS, and every full scan in the query plans of
// what the services ran (all plans with --plans). Time comes from a ManualClock. Not a test: run it by hand
// (bench/run-reminder-bench.sh).

#include "BenchReport.h"
#include "Clock.h"
#include "Database.h"
#include "Recurrence.h"
#include "ReminderBaseline.h"
#include "ReminderFixture.h"
#include "ReminderReport.h"
#include "ReminderService.h"
#include "SqlTrace.h"
#include "TaskService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ListLimit = 5000;

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

int fail(const QString &what)
{
    QTextStream(stderr) << u"kontor-bench-reminders: "_s << what << Qt::endl;
    return 1;
}

QString number(double value, int decimals = 0)
{
    return u"%L1"_s.arg(value, 0, 'f', decimals);
}

// The local days whose birthday reminder time falls in [from, to), as ReminderService::between walks them.
QList<QDate> remindDays(const QDateTime &from, const QDateTime &to, const ReminderOptions &options)
{
    QList<QDate> days;
    const QDate last = to.toTimeZone(options.timeZone).date().addDays(1);
    for (QDate day = from.toTimeZone(options.timeZone).date().addDays(-1); day <= last; day = day.addDays(1)) {
        const QDateTime fire = Recurrence::localDateTime(day, options.birthdayTime, options.timeZone);
        if (fire >= from && fire < to) {
            days << day;
        }
    }
    return days;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kontor-bench-reminders"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reminder and task reads against hand-written SQL."_s);
    parser.addHelpOption();
    const QCommandLineOption contactsOption(
        u"contacts"_s, u"Contacts to generate (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption tasksOption(u"tasks"_s, u"Tasks to generate (default N / 10)."_s, u"T"_s);
    const QCommandLineOption dbOption(u"db"_s,
        u"Database: generated there when missing, else reused as it is (the benchmark only reads)."_s,
        u"PATH"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Folder for a generated database without --db (default: a temporary one)."_s, u"DIR"_s);
    const QCommandLineOption samplesOption(
        u"samples"_s, u"Days, times or contacts per read (default 30)."_s, u"S"_s, u"30"_s);
    const QCommandLineOption plansOption(u"plans"_s, u"Print the query plan of every statement."_s);
    parser.addOptions({contactsOption, tasksOption, dbOption, dirOption, samplesOption, plansOption});
    parser.process(app);

    bool ok = false;
    const int contacts = parser.value(contactsOption).toInt(&ok);
    const int taskCount = !ok ? 0 : parser.isSet(tasksOption) ? parser.value(tasksOption).toInt(&ok) : contacts / 10;
    const int samples = ok ? parser.value(samplesOption).toInt(&ok) : 0;
    if (!ok || contacts < 1 || taskCount < 1 || samples < 1) {
        return fail(u"--contacts, --tasks and --samples need positive numbers"_s);
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    const QString path
        = parser.isSet(dbOption) ? parser.value(dbOption) : QDir(dir).filePath(u"reminder-bench.sqlite"_s);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return fail(u"cannot create the folder of %1"_s.arg(path));
    }

    ReminderOptions options; // the defaults of Settings: 3 days before, 05:30
    options.timeZone = QTimeZone("Europe/Berlin");
    // A fixed "now", so that a reused database meets the same days.
    const QDateTime start(QDate(2027, 1, 4), QTime(8, 0), options.timeZone);
    QString error;
    if (!QFile::exists(path)) {
        out() << u"Generating %L1 contacts and %L2 tasks into %3"_s.arg(contacts).arg(taskCount).arg(path) << Qt::endl;
        if (!ReminderFixture::generate(path, contacts, taskCount, start.toMSecsSinceEpoch(), out(), &error)) {
            return fail(error);
        }
    }
    ManualClock clock(start.toMSecsSinceEpoch());
    DatabaseOptions dbOptions; // as the application opens it
    dbOptions.clock = &clock;
    auto opened = Database::open(path, dbOptions);
    if (!opened) {
        return fail(opened.error().toString());
    }
    Database &db = **opened;
    const ReminderFixture::Summary data = ReminderFixture::describe(db);
    if (data.users.size() < 2 || data.tasks <= 0) {
        return fail(u"%1 has no benchmark users or tasks: delete it or pass another --db"_s.arg(path));
    }
    const qint64 me = data.localUser;
    out() << Qt::endl
          << u"Kontor reminder benchmark: %L1 contacts (%L2 with a birthday, %L3 follower rows, owners over %4"
             " users), %L5 tasks (%L6 open, %L7 overdue at %8), %9"_s.arg(data.contacts)
                 .arg(data.withBirthday)
                 .arg(data.followerRows)
                 .arg(data.users.size())
                 .arg(data.tasks)
                 .arg(data.openTasks)
                 .arg(data.overdueTasks)
                 .arg(start.toString(Qt::ISODate), path)
          << Qt::endl;

    ReminderService reminders(db, options);
    TaskService tasks(db, Session{me, 0, Origin::Ui, 0});
    ReminderBaseline baseline(db, data.maxLeadMs, options);
    SqlTrace trace(db);
    if (!trace.isValid()) {
        out() << u"(no sqlite3 handle: no statement counts or plans)"_s << Qt::endl;
    }

    // Sample i: the day start + 1 + 12 i (a year of days, from January), "now" at 08:00 local on it.
    QList<QDate> days;
    for (int i = 0; i < samples; ++i) {
        days << start.date().addDays(1 + (12 * i) % 365);
    }
    const auto dayStart = [&](int i) { return QDateTime(days.at(i), QTime(0, 0), options.timeZone); };
    const auto nowAt = [&](int i) { return QDateTime(days.at(i), QTime(8, 0), options.timeZone); };
    auto withTasks = db.selectIds(u"SELECT DISTINCT contact_id FROM tasks WHERE contact_id IS NOT NULL"
                                  " ORDER BY contact_id"_s,
        {});
    if (!withTasks || withTasks->isEmpty()) {
        return fail(u"no task has a contact"_s);
    }
    const auto contactAt = [&](int i) { return withTasks->at(qsizetype(i) * withTasks->size() / samples); };
    const auto size = [&error](const auto &result) -> qint64 {
        if (!result) {
            error = result.error().toString();
            return -1;
        }
        return result->size();
    };
    const auto rawRows = [&baseline, &error](int rows) -> qint64 {
        error = baseline.lastError();
        return rows;
    };

    ReminderReport report(out(), trace);
    const auto run = [&](const QString &label,
                         bool rows,
                         const std::function<qint64(int)> &kontor,
                         const std::function<qint64(int)> &raw) {
        return report.measure(label, rows, samples, kontor, raw, &error);
    };
    QElapsedTimer total;
    total.start();
    const bool all = run(
                         u"between, one day, all users"_s,
                         true,
                         [&](int i) { return size(reminders.between(dayStart(i), dayStart(i).addDays(1), 0)); },
                         [&](int i) {
                             return rawRows(baseline.between(dayStart(i).toMSecsSinceEpoch(),
                                 dayStart(i).addDays(1).toMSecsSinceEpoch(),
                                 remindDays(dayStart(i), dayStart(i).addDays(1), options),
                                 0));
                         })
        && run(
            u"between, one day, the local user"_s,
            true,
            [&](int i) { return size(reminders.between(dayStart(i), dayStart(i).addDays(1), me)); },
            [&](int i) {
                return rawRows(baseline.between(dayStart(i).toMSecsSinceEpoch(),
                    dayStart(i).addDays(1).toMSecsSinceEpoch(),
                    remindDays(dayStart(i), dayStart(i).addDays(1), options),
                    me));
            })
        && run(
            u"nextFireTime, the local user"_s,
            false,
            [&](int i) -> qint64 {
                auto next = reminders.nextFireTime(me, nowAt(i));
                if (!next) {
                    error = next.error().toString();
                    return -1;
                }
                return next->isValid() ? next->toMSecsSinceEpoch() : 0;
            },
            [&](int i) {
                const qint64 next = baseline.nextFire(nowAt(i).toMSecsSinceEpoch(), me);
                error = baseline.lastError();
                return next;
            })
        && run(
            u"pending after 30 days away, the local user"_s,
            true,
            [&](int i) {
                clock.setMs(nowAt(i).toMSecsSinceEpoch());
                return size(reminders.pending(me, nowAt(i)));
            },
            [&](int i) {
                // pending() looks at (now - 30 days, now]: [now - 30 days + 1 ms, now + 1 ms).
                const QDateTime from
                    = nowAt(i).addMSecs(1 - qint64(ReminderService::MaxCatchUpDays) * 24 * 3600 * 1000);
                const QDateTime to = nowAt(i).addMSecs(1);
                return rawRows(baseline.pending(
                    from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), remindDays(from, to, options), me));
            })
        && run(
            u"TaskService::list, open of the local user"_s,
            true,
            [&](int) {
                TaskFilter filter;
                filter.assigneeId = me;
                filter.status = Task::Status::Open;
                filter.limit = ListLimit;
                return size(tasks.list(filter));
            },
            [&](int) { return rawRows(baseline.openTasksOf(me, ListLimit)); })
        && run(
            u"TaskService::list, overdue"_s,
            true,
            [&](int i) {
                clock.setMs(nowAt(i).toMSecsSinceEpoch());
                TaskFilter filter;
                filter.overdueOnly = true;
                filter.limit = ListLimit;
                return size(tasks.list(filter));
            },
            [&](int i) { return rawRows(baseline.overdue(nowAt(i).toMSecsSinceEpoch(), ListLimit)); })
        && run(
            u"TaskService::list, one contact"_s,
            true,
            [&](int i) {
                TaskFilter filter;
                filter.contactId = contactAt(i);
                filter.limit = ListLimit;
                return size(tasks.list(filter));
            },
            [&](int i) { return rawRows(baseline.tasksOfContact(contactAt(i), ListLimit)); });
    if (!all) {
        return fail(error);
    }
    out() << Qt::endl;
    report.printTable();
    const double peak = BenchReport::peakRssMiB();
    out() << u"Peak RSS: %1 MiB; all reads took %2 s"_s.arg(peak < 0 ? u"n/a"_s : number(peak))
                 .arg(number(double(total.elapsed()) / 1000.0, 1))
          << Qt::endl;
    if (trace.isValid()) {
        report.printPlans(parser.isSet(plansOption));
    }
    return 0;
}
