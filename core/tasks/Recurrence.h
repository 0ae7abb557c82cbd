#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Kontor {

// How a task repeats: every N days, weeks (on chosen weekdays), months or years. Occurrences keep their
// wall-clock time in the task's time zone, so a 09:00 task stays at 09:00 across the daylight-saving switch;
// a time that does not exist on the switch day (02:30 in Europe/Berlin in spring) moves forward by the gap.
// A monthly task on the 29th-31st falls on the last day of shorter months and returns to its day afterwards
// (31 Jan -> 28/29 Feb -> 31 Mar); a yearly task on 29 February falls on 28 February in other years.
struct Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)

public:
    enum class Frequency
    {
        None,
        Daily,
        Weekly,
        Monthly,
        Yearly,
    };

    Frequency frequency = Frequency::None;
    int interval = 1; // every N units, >= 1
    // Weekly: the days, 1 = Monday ... 7 = Sunday (Qt::DayOfWeek), sorted; empty = the weekday of the anchor.
    QList<int> weekdays;
    // Monthly and yearly: the day of the month the series is anchored on (1-31), 0 = the anchor's day.
    int monthDay = 0;
    // Yearly: the month (1-12), 0 = the anchor's month.
    int month = 0;
    // The wall-clock time of the series, invalid = the time of `current`. TaskService sets it only when an
    // occurrence had to move out of a daylight-saving gap, so the ones after it return to the planned time.
    QTime time;

    bool isNone() const { return frequency == Frequency::None; }
    bool operator==(const Recurrence &other) const = default;

    // The occurrence after `current` (which is an occurrence, in its own time zone); invalid when isNone().
    // The series' first due date is the anchor: `monthDay`/`month` left 0 are taken from `current`.
    QDateTime next(const QDateTime &current) const;

    // Stored form, RFC 5545 RRULE-like: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "FREQ=MONTHLY;BYMONTHDAY=31",
    // "FREQ=DAILY;BYHOUR=2;BYMINUTE=30" (with `time`), "" for none. fromText() refuses unknown text with
    // Error::Code::Invalid naming the part.
    QString toText() const;
    static Recurrence fromText(const QString &text, bool *ok = nullptr);
    // As fromText(), with the refused part named in the error's message (field "recurrence").
    static Result<Recurrence> parse(const QString &text);
    // The problem of an edited recurrence for people (interval, weekdays, day, month), empty when valid.
    QString validationError() const;
    // For people: "Every 2 weeks on Monday, Wednesday", "Monthly on day 31", "Does not repeat".
    QString describe() const;
    // "none", "daily", "weekly", "monthly", "yearly" <-> Frequency (CLI and settings).
    static QString frequencyKey(Frequency frequency);
    static bool frequencyFromKey(const QString &key, Frequency *frequency);

    // `time` on `date` in `zone`; a time in the daylight-saving gap moves forward by the gap (02:30 -> 03:30
    // CEST), in the repeated hour of autumn the zone's choice applies. Qt 6.4 returns an invalid QDateTime
    // for gap times, hence this helper.
    static QDateTime localDateTime(const QDate &date, const QTime &time, const QTimeZone &zone);
};

} // namespace Kontor
