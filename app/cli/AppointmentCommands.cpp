#include "AppointmentCommands.h"

#include "ActivityArguments.h"
#include "ActivityPrinter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "appointments/AppointmentService.h"
#include "appointments/CalendarService.h"
#include "appointments/IcsFormat.h"
#include "contacts/Contact.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultMinutes = 60;

QJsonObject appointmentJson(const Appointment &a)
{
    QJsonArray attendees;
    for (const Attendee &at : a.attendees) {
        attendees.append(QJsonObject{{u"user_id"_s, ActivityPrinter::idOrNull(at.userId)},
            {u"contact_id"_s, ActivityPrinter::idOrNull(at.contactId)},
            {u"name"_s, ActivityPrinter::textOrNull(at.name)},
            {u"email"_s, ActivityPrinter::textOrNull(at.email)}});
    }
    const QTimeZone zone = a.zone();
    return {{u"id"_s, a.id},
        {u"uuid"_s, a.uuid},
        {u"contact_id"_s, a.contactId},
        {u"contact"_s, a.contactName},
        {u"calendar"_s, a.calendarName},
        {u"title"_s, a.title},
        {u"start"_s, ActivityPrinter::utc(a.start)},
        {u"end"_s, ActivityPrinter::utc(a.end)},
        {u"start_local"_s, ActivityPrinter::localIso(a.start, zone)},
        {u"end_local"_s, ActivityPrinter::localIso(a.end, zone)},
        {u"all_day"_s, a.allDay},
        {u"time_zone"_s, ActivityPrinter::textOrNull(a.timeZone)},
        {u"location"_s, ActivityPrinter::textOrNull(a.location)},
        {u"notes"_s, ActivityPrinter::textOrNull(a.notes)},
        {u"attendees"_s, attendees},
        {u"ical_uid"_s, a.icalUid},
        {u"organizer"_s, ActivityPrinter::textOrNull(a.organizer)}};
}

// An all-day appointment shows its first and last day (it is stored up to the midnight after the last day).
QStringList whenCells(const Appointment &a, const QTimeZone &zone)
{
    if (a.allDay) {
        const QDate first = a.firstDay();
        const QDate last = a.lastDay();
        return {first.toString(Qt::ISODate), last > first ? last.toString(Qt::ISODate) : QString()};
    }
    return {ActivityPrinter::local(a.start, zone), ActivityPrinter::local(a.end, zone)};
}

// The times of `appointments add`: --start with --end or --duration, dates with --all-day.
// The appointment's timeZone is set already.
Result<void> readTimes(const CliContext &ctx, const QTimeZone &zone, Appointment *a)
{
    const QString start = ctx.args.value(u"start"_s);
    if (a->allDay) {
        auto first = ActivityArguments::date(u"--start"_s, start);
        if (!first) {
            return first.error();
        }
        auto last = ctx.args.isSet(u"end"_s) ? ActivityArguments::date(u"--end"_s, ctx.args.value(u"end"_s))
                                             : Result<QDate>(*first);
        if (!last) {
            return last.error();
        }
        if (*last < *first) {
            return ActivityArguments::invalid(u"--end"_s, AppointmentCommands::tr("is before the start"));
        }
        a->setDays(*first, *last);
        return {};
    }
    auto begin = ActivityArguments::dateTime(u"--start"_s, start, zone);
    if (!begin) {
        return begin.error();
    }
    a->start = *begin;
    if (ctx.args.isSet(u"end"_s)) {
        auto end = ActivityArguments::dateTime(u"--end"_s, ctx.args.value(u"end"_s), zone);
        if (!end) {
            return end.error();
        }
        a->end = *end;
    } else {
        auto minutes = ctx.args.isSet(u"duration"_s)
            ? ActivityArguments::number(u"--duration"_s, ctx.args.value(u"duration"_s), 1, 366 * 24 * 60)
            : Result<int>(DefaultMinutes);
        if (!minutes) {
            return minutes.error();
        }
        a->end = a->start.addSecs(qint64(*minutes) * 60);
    }
    if (a->end <= a->start) {
        return ActivityArguments::invalid(u"--end"_s, AppointmentCommands::tr("must be after the start"));
    }
    return {};
}

Result<Appointment> appointmentFromOptions(const CliContext &ctx, const QTimeZone &zone)
{
    auto contact = ActivityArguments::contact(ctx);
    if (!contact) {
        return contact.error();
    }
    Appointment a;
    a.contactId = contact->id;
    a.title = ctx.args.value(u"title"_s);
    a.allDay = ctx.args.isSet(u"all-day"_s);
    a.timeZone = QString::fromUtf8(zone.id());
    a.location = ctx.args.value(u"location"_s);
    a.notes = ctx.args.value(u"notes"_s);
    if (auto times = readTimes(ctx, zone, &a); !times) {
        return times.error();
    }
    if (ctx.args.isSet(u"calendar"_s)) {
        auto calendar = CalendarService(ctx.db, ctx.session).find(ctx.args.value(u"calendar"_s).trimmed());
        if (!calendar) {
            return calendar.error();
        }
        a.calendarId = calendar->id;
    }
    // The contact takes part, as in an accepted invitation (AppointmentService::importIcs).
    Attendee self;
    self.contactId = contact->id;
    self.name = contact->displayName;
    a.attendees << self;
    for (const QString &user : ctx.args.values(u"attendee"_s)) {
        auto id = ActivityArguments::user(ctx, user, false);
        if (!id) {
            return id.error();
        }
        Attendee attendee;
        attendee.userId = *id;
        if (!a.attendees.contains(attendee)) {
            a.attendees << attendee;
        }
    }
    return a;
}

// The appointments `export-ics` writes: the numbers given, a contact's, or all.
Result<QList<Appointment>> selection(CliContext &ctx)
{
    AppointmentService service(ctx.db, ctx.session);
    if (ctx.args.isSet(u"contact"_s)) {
        auto contact = ActivityArguments::contact(ctx);
        if (!contact) {
            return contact.error();
        }
        return service.forContact(contact->id);
    }
    if (ctx.args.isSet(u"all"_s)) {
        return service.list();
    }
    QList<Appointment> chosen;
    for (const QString &text : std::as_const(ctx.args.positionals)) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        auto a = ok && id > 0 ? service.byId(id)
                              : Result<Appointment>(makeError(Error::Code::NotFound,
                                  AppointmentCommands::tr("There is no appointment \"%1\".").arg(text)));
        if (!a) {
            return a.error();
        }
        chosen << *a;
    }
    return chosen;
}

Result<void> writeOutput(const QString &path, const QByteArray &data)
{
    if (path == u"-"_s) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(data) == data.size() && out.flush()) {
            return {};
        }
        return makeError(Error::Code::Io, AppointmentCommands::tr("The calendar could not be written."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        ErrorLocation where;
        where.file = QDir::toNativeSeparators(path);
        return makeError(
            Error::Code::Io, AppointmentCommands::tr("The file could not be written."), file.errorString(), where);
    }
    return {};
}

} // namespace

QList<OptionSpec> AppointmentCommands::addOptions()
{
    return {{u"contact"_s, true},
        {u"title"_s, true},
        {u"start"_s, true},
        {u"end"_s, true},
        {u"duration"_s, true},
        {u"all-day"_s, false},
        {u"calendar"_s, true},
        {u"location"_s, true},
        {u"notes"_s, true},
        {u"attendee"_s, true},
        {u"tz"_s, true},
        {u"json"_s, false}};
}

QList<OptionSpec> AppointmentCommands::listOptions()
{
    return {{u"contact"_s, true}, {u"from"_s, true}, {u"to"_s, true}, {u"tz"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> AppointmentCommands::exportOptions()
{
    return {{u"contact"_s, true}, {u"all"_s, false}, {u"output"_s, true}};
}

QList<OptionSpec> AppointmentCommands::importOptions()
{
    return {{u"contact"_s, true}, {u"json"_s, false}};
}

int AppointmentCommands::add(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    for (const QString &required : {u"contact"_s, u"title"_s, u"start"_s}) {
        if (!ctx.args.isSet(required)) {
            return ctx.output.usageError(tr("\"--%1\" is required").arg(required));
        }
    }
    if (ctx.args.isSet(u"end"_s) && ctx.args.isSet(u"duration"_s)) {
        return ctx.output.usageError(tr("give \"--end\" or \"--duration\", not both"));
    }
    if (ctx.args.isSet(u"all-day"_s) && ctx.args.isSet(u"duration"_s)) {
        return ctx.output.usageError(tr("an all-day appointment takes \"--end\" as a date, not \"--duration\""));
    }
    auto zone = ActivityArguments::zone(ctx);
    if (!zone) {
        return ctx.output.fail(zone.error());
    }
    auto appointment = appointmentFromOptions(ctx, *zone);
    if (!appointment) {
        return ctx.output.fail(appointment.error());
    }
    auto added = AppointmentService(ctx.db, ctx.session).add(*appointment);
    if (!added) {
        return ctx.output.fail(ActivityArguments::namingOption(added.error(), addOptions()));
    }
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(appointmentJson(*added));
        return int(ExitCode::Success);
    }
    //: %1 the new appointment's number, %2 its title, %3 the contact's name, %4 its start
    ctx.output.out() << tr("Added appointment %1 \"%2\" with %3 (%4).")
                            .arg(added->id)
                            .arg(added->title, added->contactName, whenCells(*added, *zone).constFirst())
                     << Qt::endl;
    return int(ExitCode::Success);
}

int AppointmentCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    auto zone = ActivityArguments::zone(ctx);
    if (!zone) {
        return ctx.output.fail(zone.error());
    }
    auto from = ActivityArguments::dayStart(ctx, u"from"_s, *zone);
    auto to = ActivityArguments::dayStart(ctx, u"to"_s, *zone, 1); // --to is the last day listed
    if (!from || !to) {
        return ctx.output.fail(!from ? from.error() : to.error());
    }
    AppointmentService service(ctx.db, ctx.session);
    Result<QList<Appointment>> found = QList<Appointment>();
    if (ctx.args.isSet(u"contact"_s)) {
        auto contact = ActivityArguments::contact(ctx);
        if (!contact) {
            return ctx.output.fail(contact.error());
        }
        found = service.forContact(contact->id);
        if (found) {
            found->removeIf([&](const Appointment &a) {
                return (from->isValid() && a.end <= *from) || (to->isValid() && a.start >= *to);
            });
        }
    } else {
        found = service.list(*from, *to);
    }
    if (!found) {
        return ctx.output.fail(found.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Appointment &a : std::as_const(*found)) {
            array.append(appointmentJson(a));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    QList<QStringList> rows;
    for (const Appointment &a : std::as_const(*found)) {
        rows << (QStringList{QString::number(a.id)} + whenCells(a, *zone)
            + QStringList{a.title, a.contactName, a.calendarName, a.location});
    }
    ActivityPrinter::printTable(ctx.output.out(),
        {tr("ID"), tr("Start"), tr("End"), tr("Title"), tr("Contact"), tr("Calendar"), tr("Location")},
        rows,
        tr("No appointments."));
    return int(ExitCode::Success);
}

int AppointmentCommands::exportIcs(CliContext &ctx)
{
    const int ways
        = int(!ctx.args.positionals.isEmpty()) + int(ctx.args.isSet(u"contact"_s)) + int(ctx.args.isSet(u"all"_s));
    if (ways != 1) {
        return ctx.output.usageError(tr("give appointment numbers, \"--contact ID\" or \"--all\" (one of them)"));
    }
    if (!ctx.args.isSet(u"output"_s) || ctx.args.value(u"output"_s).isEmpty()) {
        return ctx.output.usageError(tr("\"--output FILE\" is required (\"-\" writes to the standard output)"));
    }
    auto chosen = selection(ctx);
    if (!chosen) {
        return ctx.output.fail(chosen.error());
    }
    const QString path = ctx.args.value(u"output"_s);
    ctx.output.out().flush();
    if (auto written = writeOutput(path, IcsFormat::write(*chosen)); !written) {
        return ctx.output.fail(written.error());
    }
    if (path != u"-"_s) {
        //: %1 the file written
        ctx.output.out()
            << tr("Wrote %n appointment(s) to %1.", nullptr, int(chosen->size())).arg(QDir::toNativeSeparators(path))
            << Qt::endl;
    }
    return int(ExitCode::Success);
}

int AppointmentCommands::importIcs(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1 || !ctx.args.isSet(u"contact"_s)) {
        return ctx.output.usageError(tr("give \"--contact ID\" and one .ics file"));
    }
    auto contact = ActivityArguments::contact(ctx);
    if (!contact) {
        return ctx.output.fail(contact.error());
    }
    const QString path = ctx.args.positionals.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ErrorLocation where;
        where.file = QDir::toNativeSeparators(path);
        return ctx.output.fail(
            makeError(Error::Code::Io, tr("The file could not be opened."), file.errorString(), where));
    }
    auto imported = AppointmentService(ctx.db, ctx.session)
                        .importIcs(contact->id, file.readAll(), QDir::toNativeSeparators(path));
    if (!imported) {
        return ctx.output.fail(imported.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Appointment &a : std::as_const(*imported)) {
            array.append(appointmentJson(a));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    //: %1 the contact's name
    ctx.output.out()
        << tr("Took %n appointment(s) from the file for %1.", nullptr, int(imported->size())).arg(contact->displayName)
        << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
