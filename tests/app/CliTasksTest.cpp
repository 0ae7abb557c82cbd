// kontor-cli tasks and reminders, run as the real binary: recurrence through `tasks done`, the overdue mark, the
// refusal of malformed times, and `reminders due` for birthdays and tasks. Times are given with --tz so the
// results do not depend on the machine's zone.

#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Berlin = u"Europe/Berlin"_s;

QJsonArray tasks(const CliFixture &f, const QStringList &extra = {})
{
    return f.runArray(QStringList{u"tasks"_s, u"list"_s, u"--tz"_s, Berlin, u"--json"_s} + extra);
}

QJsonArray remindersAt(const CliFixture &f, const QString &at, const QStringList &extra = {})
{
    return f.runArray(QStringList{u"reminders"_s, u"due"_s, u"--at"_s, at, u"--tz"_s, Berlin, u"--json"_s} + extra);
}

} // namespace

TEST_CASE_METHOD(CliFixture,
    "tasks add, list and done on a weekly task create the next occurrence on the next chosen weekday",
    "[cli][tasks]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    // 7 January 2030 is a Monday.
    const QJsonObject added = runObject({u"tasks"_s,
        u"add"_s,
        u"--title"_s,
        u"Call Anna"_s,
        u"--contact"_s,
        anna,
        u"--due"_s,
        u"2030-01-07 09:00"_s,
        u"--tz"_s,
        Berlin,
        u"--repeat"_s,
        u"weekly"_s,
        u"--weekdays"_s,
        u"mo,we"_s,
        u"--json"_s});
    CHECK(added.value(u"title"_s).toString() == u"Call Anna"_s);
    CHECK(added.value(u"contact"_s).toString() == u"Anna Berg"_s);
    CHECK(added.value(u"due"_s).toString() == u"2030-01-07T08:00:00.000Z"_s);
    CHECK(added.value(u"due_local"_s).toString() == u"2030-01-07T09:00"_s);
    CHECK(added.value(u"time_zone"_s).toString() == Berlin);
    CHECK(added.value(u"repeat"_s).toString() == u"weekly"_s);
    CHECK(added.value(u"status"_s).toString() == u"open"_s);
    CHECK(added.value(u"overdue"_s).toBool() == false);
    const int id = added.value(u"id"_s).toInt();
    REQUIRE(id > 0);

    const QJsonArray listed = tasks(*this, {u"--contact"_s, anna});
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(u"id"_s).toInt() == id);

    const QJsonObject done = runObject({u"tasks"_s, u"done"_s, QString::number(id), u"--json"_s});
    CHECK(done.value(u"done"_s).toObject().value(u"status"_s).toString() == u"done"_s);
    const QJsonObject next = done.value(u"next"_s).toObject();
    CHECK(next.value(u"due_local"_s).toString() == u"2030-01-09T09:00"_s);
    CHECK(next.value(u"title"_s).toString() == u"Call Anna"_s);
    CHECK(next.value(u"status"_s).toString() == u"open"_s);
    const int nextId = next.value(u"id"_s).toInt();
    CHECK(nextId != id);

    // The default lists open tasks only; --status all shows the done one too.
    const QJsonArray open = tasks(*this);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).toObject().value(u"id"_s).toInt() == nextId);
    CHECK(tasks(*this, {u"--status"_s, u"all"_s}).size() == 2);
    CHECK(tasks(*this, {u"--status"_s, u"done"_s}).size() == 1);

    const CliRun text = run({u"tasks"_s, u"done"_s, QString::number(nextId), u"--tz"_s, Berlin});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Task %1 is done."_s.arg(nextId)));
    CHECK(text.out.contains(u"due 2030-01-14 09:00."_s));
}

TEST_CASE_METHOD(CliFixture, "tasks list marks an overdue task and --status overdue lists only it", "[cli][tasks]")
{
    REQUIRE(run({u"tasks"_s,
                    u"add"_s,
                    u"--title"_s,
                    u"Send the offer"_s,
                    u"--due"_s,
                    u"2020-01-06 08:00"_s,
                    u"--tz"_s,
                    Berlin})
                .exitCode
        == 0);
    REQUIRE(run({u"tasks"_s,
                    u"add"_s,
                    u"--title"_s,
                    u"Plan the fair"_s,
                    u"--due"_s,
                    u"2099-05-04 10:00"_s,
                    u"--tz"_s,
                    Berlin,
                    u"--assignee"_s,
                    u"me"_s})
                .exitCode
        == 0);

    const CliRun table = run({u"tasks"_s, u"list"_s, u"--tz"_s, Berlin});
    REQUIRE(table.exitCode == 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // header, rule, two tasks sorted by due date
    CHECK(lines.at(2).contains(u"2020-01-06 08:00  !  Send the offer"_s));
    CHECK(lines.at(3).contains(u"Plan the fair"_s));
    CHECK(!lines.at(3).contains(u'!'));

    const QJsonArray overdue = tasks(*this, {u"--status"_s, u"overdue"_s});
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).toObject().value(u"title"_s).toString() == u"Send the offer"_s);
    CHECK(overdue.at(0).toObject().value(u"overdue"_s).toBool());

    const QJsonArray mine = tasks(*this, {u"--assignee"_s, u"me"_s});
    REQUIRE(mine.size() == 1);
    CHECK(mine.at(0).toObject().value(u"title"_s).toString() == u"Plan the fair"_s);
    CHECK(tasks(*this, {u"--assignee"_s, u"none"_s}).size() == 1);
    CHECK(tasks(*this, {u"--from"_s, u"2099-05-04"_s, u"--to"_s, u"2099-05-04"_s}).size() == 1);
    CHECK(tasks(*this, {u"--search"_s, u"offer"_s}).size() == 1);
}

TEST_CASE_METHOD(CliFixture,
    "tasks add with a malformed --due or --tz exits with 2, names the option and writes nothing",
    "[cli][tasks]")
{
    const CliRun badDate
        = run({u"tasks"_s, u"add"_s, u"--title"_s, u"T"_s, u"--due"_s, u"2030-02-30 09:00"_s, u"--tz"_s, Berlin});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(u"tasks add"_s));
    CHECK(badDate.err.contains(u"\"--due\""_s));
    CHECK(badDate.err.contains(u"2030-02-30 09:00"_s));

    const CliRun badZone = run(
        {u"tasks"_s, u"add"_s, u"--title"_s, u"T"_s, u"--due"_s, u"2030-02-03 09:00"_s, u"--tz"_s, u"Mars/Olympus"_s});
    CHECK(badZone.exitCode == 2);
    CHECK(badZone.err.contains(u"\"--tz\""_s));

    const CliRun badRepeat = run({u"tasks"_s, u"add"_s, u"--title"_s, u"T"_s, u"--repeat"_s, u"hourly"_s});
    CHECK(badRepeat.exitCode == 2);
    CHECK(badRepeat.err.contains(u"\"--repeat\""_s));

    const CliRun noTitle = run({u"tasks"_s, u"add"_s, u"--due"_s, u"2030-02-03 09:00"_s});
    CHECK(noTitle.exitCode == 1);
    CHECK(noTitle.err.contains(u"--title"_s));

    CHECK(tasks(*this, {u"--status"_s, u"all"_s}).isEmpty());
}

TEST_CASE_METHOD(CliFixture, "tasks add on an unknown contact says so in German with --lang de", "[cli][tasks][de]")
{
    const CliRun r = run({u"tasks"_s, u"add"_s, u"--title"_s, u"Anrufen"_s, u"--contact"_s, u"4711"_s}, u"de"_s);
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"Es gibt keinen Kontakt mit der ID „4711“."_s));
}

TEST_CASE_METHOD(CliFixture,
    "reminders due lists a birthday three days before at 05:30 local time and not a minute later",
    "[cli][reminders]")
{
    addPerson(u"Anna"_s, u"Berg"_s, {u"--birthday"_s, u"1980-03-15"_s});
    addPerson(u"Ben"_s, u"Kurz"_s, {u"--birthday"_s, u"1975-07-01"_s});

    const QJsonArray due = remindersAt(*this, u"2025-03-12 05:30"_s);
    REQUIRE(due.size() == 1);
    const QJsonObject birthday = due.at(0).toObject();
    CHECK(birthday.value(u"kind"_s).toString() == u"birthday"_s);
    CHECK(birthday.value(u"title"_s).toString() == u"Anna Berg"_s);
    CHECK(birthday.value(u"birthday"_s).toString() == u"2025-03-15"_s);
    CHECK(birthday.value(u"age"_s).toInt() == 45);
    CHECK(birthday.value(u"fire_at"_s).toString() == u"2025-03-12T04:30:00.000Z"_s); // CET is UTC+1
    CHECK(isUtcTimestamp(birthday.value(u"fire_at"_s)));
    CHECK(birthday.value(u"users"_s).toArray().size() == 1);

    CHECK(remindersAt(*this, u"2025-03-12 05:31"_s).isEmpty());
    CHECK(remindersAt(*this, u"2025-03-12 05:29"_s).isEmpty());

    // The settings' days and time can be overridden for the question.
    const QJsonArray overridden
        = remindersAt(*this, u"2025-03-14 08:00"_s, {u"--birthday-days"_s, u"1"_s, u"--birthday-time"_s, u"08:00"_s});
    REQUIRE(overridden.size() == 1);
    CHECK(overridden.at(0).toObject().value(u"title"_s).toString() == u"Anna Berg"_s);

    const CliRun text = run({u"reminders"_s, u"due"_s, u"--at"_s, u"2025-03-12 05:30"_s, u"--tz"_s, Berlin});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Birthday of Anna Berg (45) on 2025-03-15"_s));
    const CliRun none = run({u"reminders"_s, u"due"_s, u"--at"_s, u"2025-03-12 05:31"_s, u"--tz"_s, Berlin});
    CHECK(none.out.contains(u"No reminders at 2025-03-12 05:31."_s));
}

TEST_CASE_METHOD(CliFixture,
    "reminders due reminds a 29 February birthday on 25 February in a year without 29 February",
    "[cli][reminders]")
{
    addPerson(u"Lea"_s, u"Schalt"_s, {u"--birthday"_s, u"1988-02-29"_s});

    const QJsonArray plain = remindersAt(*this, u"2025-02-25 05:30"_s);
    REQUIRE(plain.size() == 1);
    CHECK(plain.at(0).toObject().value(u"birthday"_s).toString() == u"2025-02-28"_s);
    CHECK(plain.at(0).toObject().value(u"age"_s).toInt() == 37);
    CHECK(remindersAt(*this, u"2025-02-26 05:30"_s).isEmpty());

    const QJsonArray leap = remindersAt(*this, u"2028-02-26 05:30"_s);
    REQUIRE(leap.size() == 1);
    CHECK(leap.at(0).toObject().value(u"birthday"_s).toString() == u"2028-02-29"_s);
}

TEST_CASE_METHOD(CliFixture, "reminders due lists a task at its due time minus the reminder lead", "[cli][reminders]")
{
    const QJsonObject task = runObject({u"tasks"_s,
        u"add"_s,
        u"--title"_s,
        u"Visit the fair"_s,
        u"--due"_s,
        u"2030-07-01 09:00"_s,
        u"--tz"_s,
        Berlin,
        u"--remind"_s,
        u"15"_s,
        u"--json"_s});
    CHECK(task.value(u"remind_minutes"_s).toInt() == 15);

    const QJsonArray due = remindersAt(*this, u"2030-07-01 08:45"_s);
    REQUIRE(due.size() == 1);
    const QJsonObject r = due.at(0).toObject();
    CHECK(r.value(u"kind"_s).toString() == u"task"_s);
    CHECK(r.value(u"task_id"_s).toInt() == task.value(u"id"_s).toInt());
    CHECK(r.value(u"due"_s).toString() == u"2030-07-01T07:00:00.000Z"_s); // CEST is UTC+2
    CHECK(remindersAt(*this, u"2030-07-01 09:00"_s).isEmpty());
    CHECK(remindersAt(*this, u"2030-07-01 08:45"_s, {u"--user"_s, u"all"_s}).size() == 1);

    const CliRun badAt = run({u"reminders"_s, u"due"_s, u"--at"_s, u"tomorrow"_s});
    CHECK(badAt.exitCode == 2);
    CHECK(badAt.err.contains(u"\"--at\""_s));
}
