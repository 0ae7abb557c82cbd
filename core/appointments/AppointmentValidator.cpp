#include "AppointmentValidator.h"

#include "AppointmentRepository.h"
#include "CalendarRepository.h"
#include "CalendarService.h"

#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

Result<void> AppointmentValidator::checkTimes(Appointment &a)
{
    a.timeZone = a.timeZone.trimmed();
    if (a.timeZone.isEmpty()) {
        a.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    } else if (!QTimeZone(a.timeZone.toUtf8()).isValid()) {
        return invalidField(u"timeZone"_s, tr("The time zone \"%1\" is unknown.").arg(a.timeZone), tr("Time zone"));
    }
    if (!a.start.isValid()) {
        return invalidField(u"start"_s, tr("An appointment needs a start."), tr("Start"));
    }
    if (!a.end.isValid() && !a.allDay) {
        return invalidField(u"end"_s, tr("An appointment needs an end."), tr("End"));
    }
    if (a.end.isValid() && a.end < a.start) {
        return invalidField(u"end"_s, tr("The appointment ends before it starts."), tr("End"));
    }
    if (a.allDay) {
        // Whole days in the appointment's zone: local midnight of the first day to local midnight after the last.
        if (!a.end.isValid()) {
            a.end = a.start;
        }
        a.setDays(a.firstDay(), a.lastDay());
    } else {
        a.start = a.start.toUTC();
        a.end = a.end.toUTC();
    }
    return {};
}

Result<void> AppointmentValidator::checkAttendees(AppointmentRepository &repo, Appointment &a)
{
    QList<Attendee> out;
    QSet<QString> seen;
    for (Attendee at : std::as_const(a.attendees)) {
        at.name = at.name.trimmed();
        at.email = at.email.trimmed();
        if (at.userId && !repo.userExists(at.userId)) {
            return invalidField(u"attendees"_s, tr("There is no user with id %1.").arg(at.userId), tr("Attendees"));
        }
        if (at.contactId && !repo.contactExists(at.contactId)) {
            return invalidField(
                u"attendees"_s, tr("There is no contact with id %1.").arg(at.contactId), tr("Attendees"));
        }
        const QString key = u"%1/%2/%3"_s.arg(at.userId).arg(at.contactId).arg(at.email.toLower());
        if ((!at.userId && !at.contactId && at.name.isEmpty() && at.email.isEmpty()) || seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        out << at;
    }
    a.attendees = out;
    return {};
}

Result<AppointmentValidator::Checked> AppointmentValidator::check(Database &db, const Appointment &in)
{
    AppointmentRepository repo(db);
    Checked out{in, {}};
    Appointment &a = out.appointment;
    a.title = a.title.trimmed();
    a.location = a.location.trimmed();
    a.notes = a.notes.trimmed();
    a.icalUid = a.icalUid.trimmed();
    a.organizer = a.organizer.trimmed();
    if (a.title.isEmpty()) {
        return invalidField(u"title"_s, tr("An appointment needs a title."), tr("Title"));
    }
    if (auto ok = checkTimes(a); !ok) {
        return ok.error();
    }
    CalendarRepository calendars(db);
    if (a.calendarId == 0) {
        auto all = calendars.list();
        if (!all) {
            return all.error();
        }
        if (all->isEmpty()) {
            return makeError(Error::Code::NotFound, tr("There is no calendar."));
        }
        out.calendar = all->constFirst();
    } else if (auto calendar = calendars.load(a.calendarId)) {
        out.calendar = *calendar;
    } else {
        return invalidField(u"calendarId"_s, tr("There is no calendar with id %1.").arg(a.calendarId), tr("Calendar"));
    }
    a.calendarId = out.calendar.id;
    a.calendarName = CalendarService::displayName(out.calendar);
    if (auto ok = checkAttendees(repo, a); !ok) {
        return ok.error();
    }
    return out;
}

} // namespace Kontor
