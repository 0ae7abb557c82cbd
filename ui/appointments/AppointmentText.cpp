#include "AppointmentText.h"

#include <QLocale>

namespace Kontor {

QString AppointmentText::when(const Appointment &appointment)
{
    const QLocale locale;
    if (appointment.allDay) {
        const QDate first = appointment.firstDay();
        const QDate last = appointment.lastDay();
        if (first == last) {
            //: %1 is a date
            return tr("%1 (all day)").arg(locale.toString(first, QLocale::ShortFormat));
        }
        //: %1 and %2 are the first and the last day
        return tr("%1 – %2 (all day)")
            .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    }
    const QDateTime start = appointment.start.toLocalTime();
    const QDateTime end = appointment.end.toLocalTime();
    if (start.date() == end.date()) {
        //: %1 is the date, %2 and %3 the start and end time
        return tr("%1 %2 – %3")
            .arg(locale.toString(start.date(), QLocale::ShortFormat),
                locale.toString(start.time(), QLocale::ShortFormat),
                locale.toString(end.time(), QLocale::ShortFormat));
    }
    //: %1 and %2 are the start and the end, each with date and time
    return tr("%1 – %2").arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
}

} // namespace Kontor
