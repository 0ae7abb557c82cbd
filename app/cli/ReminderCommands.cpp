#include "ReminderCommands.h"

#include "ActivityArguments.h"
#include "ActivityPrinter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "reminders/ReminderService.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject reminderJson(const Reminder &r, const QHash<qint64, QString> &userNames)
{
    const bool task = r.kind == Reminder::Kind::Task;
    QJsonArray users;
    for (qint64 id : r.userIds) {
        users.append(userNames.value(id, QString::number(id)));
    }
    QJsonObject o{{u"kind"_s, task ? u"task"_s : u"birthday"_s},
        {u"key"_s, r.key},
        {u"fire_at"_s, ActivityPrinter::utc(r.fireAt)},
        {u"contact_id"_s, ActivityPrinter::idOrNull(r.contactId)},
        {u"title"_s, r.title},
        {u"contact"_s, ActivityPrinter::textOrNull(r.contactName)},
        {u"users"_s, users}};
    if (task) {
        o.insert(u"task_id"_s, r.taskId);
        o.insert(u"due"_s, ActivityPrinter::utc(r.due));
    } else {
        o.insert(u"birthday"_s, r.birthday.toString(Qt::ISODate));
        o.insert(u"age"_s, r.age > 0 ? QJsonValue(r.age) : QJsonValue(QJsonValue::Null));
    }
    return o;
}

QString reminderLine(const Reminder &r, const QTimeZone &zone, const QHash<qint64, QString> &userNames)
{
    QStringList users;
    for (qint64 id : r.userIds) {
        users << userNames.value(id, QString::number(id));
    }
    QString what;
    if (r.kind == Reminder::Kind::Task) {
        what = r.contactName.isEmpty()
            //: %1 the task's number, %2 its title, %3 its due date and time
            ? ReminderCommands::tr("Task %1 \"%2\", due %3")
                  .arg(r.taskId)
                  .arg(r.title, ActivityPrinter::local(r.due, zone))
            //: %1 the task's number, %2 its title, %3 its due date and time, %4 the contact's name
            : ReminderCommands::tr("Task %1 \"%2\", due %3, for %4")
                  .arg(r.taskId)
                  .arg(r.title, ActivityPrinter::local(r.due, zone), r.contactName);
    } else {
        const QString day = r.birthday.toString(Qt::ISODate);
        what = r.age > 0
            //: %1 the contact's name, %2 the age reached, %3 the day
            ? ReminderCommands::tr("Birthday of %1 (%2) on %3").arg(r.title).arg(r.age).arg(day)
            //: %1 the contact's name, %2 the day
            : ReminderCommands::tr("Birthday of %1 on %2").arg(r.title, day);
    }
    //: %1 the time the reminder fires, %2 what it is about, %3 who gets it
    return ReminderCommands::tr("%1  %2 (to %3)").arg(ActivityPrinter::local(r.fireAt, zone), what, users.join(u", "));
}

Result<ReminderOptions> options(const CliContext &ctx, const QTimeZone &zone)
{
    Settings settings;
    ReminderOptions options;
    options.timeZone = zone;
    options.birthdayDaysBefore = settings.birthdayReminderDays();
    options.birthdayTime = settings.birthdayReminderTime();
    if (ctx.args.isSet(u"birthday-days"_s)) {
        auto days = ActivityArguments::number(u"--birthday-days"_s, ctx.args.value(u"birthday-days"_s), 0, 60);
        if (!days) {
            return days.error();
        }
        options.birthdayDaysBefore = *days;
    }
    if (ctx.args.isSet(u"birthday-time"_s)) {
        auto time = ActivityArguments::time(u"--birthday-time"_s, ctx.args.value(u"birthday-time"_s));
        if (!time) {
            return time.error();
        }
        options.birthdayTime = *time;
    }
    return options;
}

} // namespace

QList<OptionSpec> ReminderCommands::dueOptions()
{
    return {{u"at"_s, true},
        {u"user"_s, true},
        {u"tz"_s, true},
        {u"birthday-days"_s, true},
        {u"birthday-time"_s, true},
        {u"json"_s, false}};
}

int ReminderCommands::due(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    if (!ctx.args.isSet(u"at"_s)) {
        return ctx.output.usageError(tr("\"--at\" is required"));
    }
    auto zone = ActivityArguments::zone(ctx);
    if (!zone) {
        return ctx.output.fail(zone.error());
    }
    auto at = ActivityArguments::dateTime(u"--at"_s, ctx.args.value(u"at"_s), *zone);
    if (!at) {
        return ctx.output.fail(at.error());
    }
    auto reminderOptions = options(ctx, *zone);
    if (!reminderOptions) {
        return ctx.output.fail(reminderOptions.error());
    }
    qint64 userId = ctx.session.userId;
    if (ctx.args.isSet(u"user"_s)) {
        const QString user = ctx.args.value(u"user"_s).trimmed();
        auto id = user.compare(u"all"_s, Qt::CaseInsensitive) == 0 ? Result<qint64>(qint64(0))
                                                                   : ActivityArguments::user(ctx, user, false);
        if (!id) {
            return ctx.output.fail(id.error());
        }
        userId = *id;
    }
    auto due = ReminderService(ctx.db, *reminderOptions).dueAt(*at, userId);
    if (!due) {
        return ctx.output.fail(due.error());
    }
    const QHash<qint64, QString> userNames = ActivityPrinter::userNames(ctx.db);
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Reminder &r : std::as_const(*due)) {
            array.append(reminderJson(r, userNames));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    if (due->isEmpty()) {
        out << tr("No reminders at %1.").arg(ActivityPrinter::local(*at, *zone)) << Qt::endl;
        return int(ExitCode::Success);
    }
    for (const Reminder &r : std::as_const(*due)) {
        out << reminderLine(r, *zone, userNames) << u'\n';
    }
    out.flush();
    return int(ExitCode::Success);
}

} // namespace Kontor
