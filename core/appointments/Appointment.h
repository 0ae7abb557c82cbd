#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Kontor {

// A calendar appointments are filed in; a small list the user configures, each with a default location.
struct Calendar
{
    qint64 id = 0;
    QString uuid;
    QString name; // as stored; CalendarService::displayName() translates the built-in one
    QString color; // "#rrggbb" or empty
    QString defaultLocation;
    int position = 0;
    QString builtin; // "default" for the calendar that exists from the start, else empty
};

// Someone taking part: a user of this database, a contact, or only a name and e-mail (from an invitation).
struct Attendee
{
    qint64 userId = 0;
    qint64 contactId = 0;
    QString name;
    QString email;
    bool operator==(const Attendee &other) const = default;
};

// An appointment with a contact. Timed appointments have start <= end; all-day ones cover whole days from
// start's date to end's date (inclusive in the UI; stored as local midnights, end exclusive) in timeZone.
// Times are UTC when loaded. On add/update an all-day appointment runs from start's date to the day before end's
// date when end is a local midnight after start (the stored form, so a loaded appointment saves unchanged),
// else to end's date; setDays() and firstDay()/lastDay() spare the UI that rule.
struct Appointment
{
    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0;
    QString contactName; // read only
    qint64 calendarId = 0; // 0 on add = the default calendar
    QString calendarName; // read only, translated
    QString title;
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QString timeZone; // IANA id; empty = the system's zone when saved
    QString location; // empty on add = the calendar's default location
    QString notes;
    QList<Attendee> attendees;
    QString icalUid; // empty on add = generated
    QString organizer; // from an imported invitation: "Name <mail>"
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;

    QTimeZone zone() const
    {
        const QTimeZone tz(timeZone.toUtf8());
        return tz.isValid() ? tz : QTimeZone::systemTimeZone();
    }
    // All-day: the first and the last day (inclusive) in timeZone, as the UI shows them.
    QDate firstDay() const { return start.toTimeZone(zone()).date(); }
    QDate lastDay() const
    {
        const QDateTime local = end.toTimeZone(zone());
        return local.time() == QTime(0, 0) && local.date() > firstDay() ? local.date().addDays(-1) : local.date();
    }
    // Makes this an all-day appointment from `first` to `last` (inclusive) in timeZone, in the stored form.
    void setDays(const QDate &first, const QDate &last)
    {
        allDay = true;
        start = QDateTime(first, QTime(0, 0), zone()).toUTC();
        end = QDateTime(last.addDays(1), QTime(0, 0), zone()).toUTC();
    }
};

} // namespace Kontor
