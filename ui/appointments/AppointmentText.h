#pragma once

#include "appointments/Appointment.h"

#include <QCoreApplication>
#include <QString>

namespace Kontor {

// How an appointment's time reads in lists and cards, in the user's locale: timed ones in local time, all-day
// ones with their first and last day (inclusive) in the appointment's zone.
class AppointmentText
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentText)

public:
    // "12.05.26 10:00 – 11:00", "12.05.26 – 14.05.26 (all day)".
    static QString when(const Appointment &appointment);
};

} // namespace Kontor
