#include "TaskCommands.h"

#include "ActivityArguments.h"
#include "ActivityPrinter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "common/Clock.h"
#include "contacts/Contact.h"
#include "storage/Database.h"
#include "tasks/TaskService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject taskJson(const Task &t, const QDateTime &now)
{
    const QTimeZone zone = t.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(t.timeZone.toUtf8());
    return {{u"id"_s, t.id},
        {u"uuid"_s, t.uuid},
        {u"title"_s, t.title},
        {u"description"_s, ActivityPrinter::textOrNull(t.description)},
        {u"contact_id"_s, ActivityPrinter::idOrNull(t.contactId)},
        {u"contact"_s, ActivityPrinter::textOrNull(t.contactName)},
        {u"due"_s, ActivityPrinter::utc(t.due)},
        {u"due_local"_s, ActivityPrinter::localIso(t.due, zone)},
        {u"time_zone"_s, ActivityPrinter::textOrNull(t.timeZone)},
        {u"repeat"_s, Recurrence::frequencyKey(t.recurrence.frequency)},
        {u"recurrence"_s, ActivityPrinter::textOrNull(t.recurrence.toText())},
        {u"remind_minutes"_s, t.remindMinutes ? QJsonValue(*t.remindMinutes) : QJsonValue(QJsonValue::Null)},
        {u"assignee_id"_s, ActivityPrinter::idOrNull(t.assigneeId)},
        {u"assignee"_s, ActivityPrinter::textOrNull(t.assigneeName)},
        {u"status"_s, Task::statusKey(t.status)},
        {u"overdue"_s, t.isOverdue(now)},
        {u"done_at"_s,
            t.doneAt > 0 ? ActivityPrinter::utc(QDateTime::fromMSecsSinceEpoch(t.doneAt, QTimeZone::utc()))
                         : QJsonValue(QJsonValue::Null)},
        {u"series"_s, ActivityPrinter::textOrNull(t.seriesUuid)}};
}

// "mo,we,fr" (English or German two-letter names, or 1-7) -> sorted Qt::DayOfWeek numbers.
Result<QList<int>> weekdays(const QString &text)
{
    static const QStringList english{u"mo"_s, u"tu"_s, u"we"_s, u"th"_s, u"fr"_s, u"sa"_s, u"su"_s};
    static const QStringList german{u"mo"_s, u"di"_s, u"mi"_s, u"do"_s, u"fr"_s, u"sa"_s, u"so"_s};
    QList<int> days;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower().left(2);
        int day = int(english.indexOf(p)) + 1;
        if (day == 0) {
            day = int(german.indexOf(p)) + 1;
        }
        if (day == 0 && p.size() == 1 && p.at(0) >= u'1' && p.at(0) <= u'7') {
            day = p.toInt();
        }
        if (day == 0) {
            return ActivityArguments::invalid(u"--weekdays"_s,
                TaskCommands::tr("\"%1\" is not a weekday; use mo, tu, we, th, fr, sa, su").arg(part.trimmed()));
        }
        if (!days.contains(day)) {
            days << day;
        }
    }
    if (days.isEmpty()) {
        return ActivityArguments::invalid(u"--weekdays"_s, TaskCommands::tr("needs at least one weekday"));
    }
    std::sort(days.begin(), days.end());
    return days;
}

Result<Recurrence> recurrence(const CliContext &ctx)
{
    Recurrence r;
    if (ctx.args.isSet(u"repeat"_s)) {
        const QString key = ctx.args.value(u"repeat"_s).trimmed().toLower();
        if (!Recurrence::frequencyFromKey(key, &r.frequency)) {
            return ActivityArguments::invalid(
                u"--repeat"_s, TaskCommands::tr("is none, daily, weekly, monthly or yearly, not \"%1\"").arg(key));
        }
    } else if (ctx.args.isSet(u"weekdays"_s)) {
        r.frequency = Recurrence::Frequency::Weekly;
    } else if (ctx.args.isSet(u"every"_s)) {
        return ActivityArguments::invalid(u"--every"_s, TaskCommands::tr("needs --repeat"));
    }
    if (ctx.args.isSet(u"every"_s)) {
        auto every = ActivityArguments::number(u"--every"_s, ctx.args.value(u"every"_s), 1, 999);
        if (!every) {
            return every.error();
        }
        r.interval = *every;
    }
    if (ctx.args.isSet(u"weekdays"_s)) {
        if (r.frequency != Recurrence::Frequency::Weekly) {
            return ActivityArguments::invalid(u"--weekdays"_s, TaskCommands::tr("only goes with --repeat weekly"));
        }
        auto days = weekdays(ctx.args.value(u"weekdays"_s));
        if (!days) {
            return days.error();
        }
        r.weekdays = *days;
    }
    return r;
}

// The task described by the options of `tasks add`.
Result<Task> taskFromOptions(const CliContext &ctx, const QTimeZone &zone)
{
    Task task;
    task.title = ctx.args.value(u"title"_s);
    task.description = ctx.args.value(u"description"_s);
    task.timeZone = QString::fromUtf8(zone.id());
    if (ctx.args.isSet(u"contact"_s)) {
        auto contact = ActivityArguments::contact(ctx);
        if (!contact) {
            return contact.error();
        }
        task.contactId = contact->id;
    }
    if (ctx.args.isSet(u"due"_s)) {
        auto due = ActivityArguments::dateTime(u"--due"_s, ctx.args.value(u"due"_s), zone);
        if (!due) {
            return due.error();
        }
        task.due = *due;
    }
    auto repeat = recurrence(ctx);
    if (!repeat) {
        return repeat.error();
    }
    task.recurrence = *repeat;
    if (ctx.args.isSet(u"remind"_s)) {
        const QString remind = ctx.args.value(u"remind"_s).trimmed();
        if (remind.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            task.remindMinutes.reset();
        } else {
            auto minutes = ActivityArguments::number(u"--remind"_s, remind, 0, 366 * 24 * 60);
            if (!minutes) {
                return minutes.error();
            }
            task.remindMinutes = *minutes;
        }
    }
    if (ctx.args.isSet(u"assignee"_s)) {
        auto assignee = ActivityArguments::user(ctx, ctx.args.value(u"assignee"_s), true);
        if (!assignee) {
            return assignee.error();
        }
        task.assigneeId = *assignee;
    }
    return task;
}

Result<TaskFilter> filterFromOptions(const CliContext &ctx, const QTimeZone &zone)
{
    TaskFilter filter;
    filter.status = Task::Status::Open;
    if (ctx.args.isSet(u"status"_s)) {
        const QString status = ctx.args.value(u"status"_s).trimmed().toLower();
        filter.status.reset();
        if (status == u"overdue"_s) {
            filter.overdueOnly = true;
        } else if (status != u"all"_s) {
            Task::Status s;
            if (!Task::statusFromKey(status, &s)) {
                return ActivityArguments::invalid(
                    u"--status"_s, TaskCommands::tr("is open, done, overdue or all, not \"%1\"").arg(status));
            }
            filter.status = s;
        }
    }
    if (ctx.args.isSet(u"contact"_s)) {
        auto contact = ActivityArguments::contact(ctx);
        if (!contact) {
            return contact.error();
        }
        filter.contactId = contact->id;
    }
    if (ctx.args.isSet(u"assignee"_s)) {
        auto assignee = ActivityArguments::user(ctx, ctx.args.value(u"assignee"_s), true);
        if (!assignee) {
            return assignee.error();
        }
        filter.assigneeId = *assignee == 0 ? -1 : *assignee;
    }
    auto from = ActivityArguments::dayStart(ctx, u"from"_s, zone);
    auto to = ActivityArguments::dayStart(ctx, u"to"_s, zone, 1); // --to is the last day listed
    if (!from || !to) {
        return !from ? from.error() : to.error();
    }
    filter.dueFrom = *from;
    filter.dueTo = *to;
    filter.search = ctx.args.value(u"search"_s).trimmed();
    return filter;
}

QStringList taskRow(const Task &t, const QTimeZone &zone, const QDateTime &now)
{
    return {QString::number(t.id),
        ActivityPrinter::local(t.due, zone),
        //: the mark of an overdue task in "tasks list"
        t.isOverdue(now) ? TaskCommands::tr("!") : QString(),
        t.title,
        t.contactName,
        t.assigneeName,
        t.recurrence.isNone() ? QString() : t.recurrence.describe(),
        t.status == Task::Status::Done ? TaskCommands::tr("done") : TaskCommands::tr("open")};
}

int printTask(CliContext &ctx, const Task &task, const QString &line)
{
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(taskJson(task, ctx.db.clock().now()));
    } else {
        ctx.output.out() << line << Qt::endl;
    }
    return int(ExitCode::Success);
}

} // namespace

QList<OptionSpec> TaskCommands::addOptions()
{
    return {{u"title"_s, true},
        {u"contact"_s, true},
        {u"due"_s, true},
        {u"tz"_s, true},
        {u"repeat"_s, true},
        {u"every"_s, true},
        {u"weekdays"_s, true},
        {u"remind"_s, true},
        {u"assignee"_s, true},
        {u"description"_s, true},
        {u"json"_s, false}};
}

QList<OptionSpec> TaskCommands::listOptions()
{
    return {{u"contact"_s, true},
        {u"assignee"_s, true},
        {u"status"_s, true},
        {u"from"_s, true},
        {u"to"_s, true},
        {u"search"_s, true},
        {u"tz"_s, true},
        {u"json"_s, false}};
}

QList<OptionSpec> TaskCommands::changeOptions()
{
    return {{u"tz"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> TaskCommands::removeOptions()
{
    return {};
}

int TaskCommands::add(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    if (!ctx.args.isSet(u"title"_s)) {
        return ctx.output.usageError(tr("\"--title\" is required"));
    }
    auto zone = ActivityArguments::zone(ctx);
    if (!zone) {
        return ctx.output.fail(zone.error());
    }
    auto task = taskFromOptions(ctx, *zone);
    if (!task) {
        return ctx.output.fail(task.error());
    }
    auto added = TaskService(ctx.db, ctx.session).add(*task);
    if (!added) {
        return ctx.output.fail(ActivityArguments::namingOption(added.error(), addOptions()));
    }
    const QString due = added->due.isValid() ? ActivityPrinter::local(added->due, *zone) : tr("no due date");
    //: %1 the new task's number, %2 its title, %3 its due date and time or "no due date"
    return printTask(ctx, *added, tr("Added task %1 \"%2\" (%3).").arg(added->id).arg(added->title, due));
}

int TaskCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    auto zone = ActivityArguments::zone(ctx);
    if (!zone) {
        return ctx.output.fail(zone.error());
    }
    auto filter = filterFromOptions(ctx, *zone);
    if (!filter) {
        return ctx.output.fail(filter.error());
    }
    auto tasks = TaskService(ctx.db, ctx.session).list(*filter);
    if (!tasks) {
        return ctx.output.fail(tasks.error());
    }
    const QDateTime now = ctx.db.clock().now();
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Task &t : std::as_const(*tasks)) {
            array.append(taskJson(t, now));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    QList<QStringList> rows;
    for (const Task &t : std::as_const(*tasks)) {
        rows << taskRow(t, *zone, now);
    }
    ActivityPrinter::printTable(ctx.output.out(),
        {tr("ID"), tr("Due"), tr("!"), tr("Title"), tr("Contact"), tr("Assignee"), tr("Repeats"), tr("Status")},
        rows,
        tr("No tasks."));
    return int(ExitCode::Success);
}

int TaskCommands::done(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return ctx.output.usageError(tr("give the number of one task (see \"kontor-cli tasks list\")"));
    }
    auto zone = ActivityArguments::zone(ctx);
    if (!zone) {
        return ctx.output.fail(zone.error());
    }
    auto completion = TaskService(ctx.db, ctx.session).markDone(id);
    if (!completion) {
        return ctx.output.fail(completion.error());
    }
    const QDateTime now = ctx.db.clock().now();
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(QJsonObject{{u"done"_s, taskJson(completion->done, now)},
            {u"next"_s, completion->next ? QJsonValue(taskJson(*completion->next, now)) : QJsonValue()}});
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    out << tr("Task %1 is done.").arg(id) << Qt::endl;
    if (completion->next) {
        //: %1 the number of the task created for the next occurrence, %2 its due date and time
        out << tr("Next occurrence: task %1, due %2.")
                   .arg(completion->next->id)
                   .arg(ActivityPrinter::local(completion->next->due, *zone))
            << Qt::endl;
    }
    return int(ExitCode::Success);
}

int TaskCommands::reopen(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return ctx.output.usageError(tr("give the number of one task (see \"kontor-cli tasks list\")"));
    }
    auto task = TaskService(ctx.db, ctx.session).reopen(id);
    if (!task) {
        return ctx.output.fail(task.error());
    }
    return printTask(ctx, *task, tr("Task %1 is open again.").arg(id));
}

int TaskCommands::remove(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return ctx.output.usageError(tr("give the number of one task (see \"kontor-cli tasks list\")"));
    }
    if (auto removed = TaskService(ctx.db, ctx.session).remove(id); !removed) {
        return ctx.output.fail(removed.error());
    }
    ctx.output.out() << tr("Deleted task %1.").arg(id) << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
