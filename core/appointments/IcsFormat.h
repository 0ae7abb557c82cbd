#pragma once

#include "Appointment.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Kontor {

// iCalendar (RFC 5545) through libical: a VCALENDAR with one VEVENT per appointment and back. Timed events
// are written in UTC, all-day ones as DATE values (DTEND the day after the last day). Reading resolves TZID
// through the file's VTIMEZONE or the system's zone database, and DATE values as all-day in `localZone`.
class IcsFormat
{
    Q_DECLARE_TR_FUNCTIONS(IcsFormat)

public:
    // PRODID "-//Kontor//Kontor CRM//EN", METHOD:PUBLISH. Attendees with an e-mail become ATTENDEE lines.
    static QByteArray write(const QList<Appointment> &appointments);

    struct Event
    {
        Appointment appointment; // contactId/calendarId unset; icalUid, organizer and attendees filled
        bool cancelled = false; // METHOD:CANCEL or STATUS:CANCELLED
    };
    // Invalid, naming `fileName`, when libical cannot parse the text or there is no VEVENT; an event without
    // DTSTART is refused naming its UID.
    static Result<QList<Event>> read(const QByteArray &ics, const QString &fileName, const QString &localZone = {});
};

} // namespace Kontor
