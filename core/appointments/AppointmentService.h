#pragma once

#include "Appointment.h"
#include "Result.h"
#include "Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// Appointments of contacts. Each write is one UnitOfWork: audited (entity "appointment", record_id = the
// contact's id, record_uuid = the appointment's uuid; create/delete with field "title", update one row per
// changed field: title, start, end, time_zone, location, notes, calendar, attendees, organizer, contact),
// logged for sync ("*", then the changed columns, "_purged"), the contact's last activity set, announced as
// otherEntities "appointment" + updatedContacts. On add, calendarId 0 means the first calendar, an empty
// location the calendar's default location, an empty icalUid "<uuid>@kontor"; an empty time zone is the
// system's (AppointmentValidator has the rules). Invalid (field named): empty title, no start, end before start
// (equal is allowed), unknown calendar or time zone, an attendee user or contact that does not exist.
// NotFound: missing appointment, or a contact missing or (for writes) in the trash.
class AppointmentService
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)

public:
    AppointmentService(Database &db, Session session);

    Result<Appointment> add(const Appointment &appointment);
    Result<Appointment> update(const Appointment &appointment);
    Result<void> remove(qint64 appointmentId);
    Result<Appointment> byId(qint64 appointmentId);
    // The contact's appointments by start, oldest first (the UI splits them at now into upcoming and past);
    // a trashed contact's too, for its read-only profile.
    Result<QList<Appointment>> forContact(qint64 contactId);
    // All appointments (of contacts out of the trash) overlapping [from, to), by start; invalid = open end.
    Result<QList<Appointment>> list(const QDateTime &from = {}, const QDateTime &to = {}, int limit = 5000);

    // Adds the VEVENTs of an .ics file (e.g. a dropped invitation) to the contact, all or nothing: an event
    // whose UID the contact already has replaces that appointment (an updated invitation), a METHOD:CANCEL
    // removes it. The contact itself is added as an attendee; the organizer and other attendees are kept as
    // name/e-mail (a user of this database whose e-mail matches is linked). A file without events, or one
    // libical cannot read, is refused with Error::Code::Invalid naming `fileName` (and the event's UID
    // where known). Floating and all-day times are read in the system's time zone.
    Result<QList<Appointment>> importIcs(qint64 contactId, const QByteArray &ics, const QString &fileName);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
