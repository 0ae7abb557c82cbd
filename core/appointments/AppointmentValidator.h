#pragma once

#include "Appointment.h"
#include "Result.h"

#include <QCoreApplication>

namespace Kontor {

class AppointmentRepository;
class Database;

// The rules an appointment must meet before AppointmentService writes it, and its normal form: trimmed texts,
// UTC times, all-day spans as local midnights, the time zone (empty = the system's), the calendar (0 = the
// first), attendees without empty or repeated entries. Failures are Error::Code::Invalid naming the field
// (title, start, end, timeZone, calendarId, attendees).
class AppointmentValidator
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentValidator)

public:
    struct Checked
    {
        Appointment appointment;
        Calendar calendar;
    };

    static Result<Checked> check(Database &db, const Appointment &appointment);

private:
    static Result<void> checkTimes(Appointment &a);
    static Result<void> checkAttendees(AppointmentRepository &repo, Appointment &a);
};

} // namespace Kontor
