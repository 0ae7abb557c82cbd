#include "Recurrence.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxInterval = 999;

// RFC 5545 weekday codes, index 0 = Monday (Qt::Monday == 1).
const QStringList &dayCodes()
{
    static const QStringList s_codes{u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    return s_codes;
}

struct FrequencyName
{
    Recurrence::Frequency frequency;
    QString key; // frequencyKey()
    QString rule; // FREQ= value
};

const QList<FrequencyName> &frequencyNames()
{
    static const QList<FrequencyName> s_names{
        {Recurrence::Frequency::None, u"none"_s, QString()},
        {Recurrence::Frequency::Daily, u"daily"_s, u"DAILY"_s},
        {Recurrence::Frequency::Weekly, u"weekly"_s, u"WEEKLY"_s},
        {Recurrence::Frequency::Monthly, u"monthly"_s, u"MONTHLY"_s},
        {Recurrence::Frequency::Yearly, u"yearly"_s, u"YEARLY"_s},
    };
    return s_names;
}

// The day `day` of the month, or the month's last day when it is shorter.
QDate clampedDate(int year, int month, int day)
{
    const int last = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(day, last));
}

Error partError(const QString &part, const QString &why)
{
    return invalidField(u"recurrence"_s,
        Recurrence::tr("The repetition \"%1\" is not understood: %2").arg(part, why),
        Recurrence::tr("Repeat"));
}

bool parseNumber(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        return false;
    }
    *out = value;
    return true;
}
} // namespace

QDateTime Recurrence::localDateTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QDateTime local(date, time, zone);
    if (local.isValid() || !date.isValid() || !time.isValid()) {
        return local;
    }
    // In the gap: read the wall-clock time with the offset in force before the switch, which lands the same
    // distance after the switch (02:30 CET = 03:30 CEST).
    const QDateTime asUtc(date, time, QTimeZone::utc());
    const int offsetBefore = zone.offsetFromUtc(asUtc.addSecs(-24 * 3600));
    return asUtc.addSecs(-offsetBefore).toTimeZone(zone);
}

QDateTime Recurrence::next(const QDateTime &current) const
{
    if (isNone() || !current.isValid()) {
        return {};
    }
    const QTimeZone zone = current.timeZone();
    const QDate date = current.date();
    const QTime wallTime = time.isValid() ? time : current.time();
    const int every = std::clamp(interval, 1, MaxInterval);
    QDate nextDate;
    switch (frequency) {
    case Frequency::None:
        return {};
    case Frequency::Daily:
        nextDate = date.addDays(every);
        break;
    case Frequency::Weekly: {
        QList<int> days = weekdays;
        days.removeIf([](int d) { return d < 1 || d > 7; });
        std::sort(days.begin(), days.end());
        if (days.isEmpty()) {
            days << date.dayOfWeek();
        }
        const int today = date.dayOfWeek();
        const auto later = std::find_if(days.cbegin(), days.cend(), [today](int d) { return d > today; });
        if (later != days.cend()) {
            nextDate = date.addDays(*later - today);
        } else {
            // After the week's last chosen day: the first chosen day of the week `interval` weeks on.
            const QDate monday = date.addDays(1 - today);
            nextDate = monday.addDays(7 * every + days.first() - 1);
        }
        break;
    }
    case Frequency::Monthly: {
        const int day = monthDay > 0 ? monthDay : date.day();
        const QDate first = QDate(date.year(), date.month(), 1).addMonths(every);
        nextDate = clampedDate(first.year(), first.month(), day);
        break;
    }
    case Frequency::Yearly: {
        const int m = month > 0 ? month : date.month();
        const int day = monthDay > 0 ? monthDay : date.day();
        nextDate = clampedDate(date.year() + every, m, day);
        break;
    }
    }
    return localDateTime(nextDate, wallTime, zone);
}

QString Recurrence::toText() const
{
    if (isNone()) {
        return {};
    }
    QStringList parts;
    for (const auto &name : frequencyNames()) {
        if (name.frequency == frequency) {
            parts << u"FREQ="_s + name.rule;
        }
    }
    if (interval != 1) {
        parts << u"INTERVAL=%1"_s.arg(interval);
    }
    if (!weekdays.isEmpty()) {
        QStringList codes;
        for (int d : weekdays) {
            codes << ((d >= 1 && d <= 7) ? dayCodes().at(d - 1) : QString::number(d));
        }
        parts << u"BYDAY="_s + codes.join(u',');
    }
    if (month != 0) {
        parts << u"BYMONTH=%1"_s.arg(month);
    }
    if (monthDay != 0) {
        parts << u"BYMONTHDAY=%1"_s.arg(monthDay);
    }
    if (time.isValid()) {
        parts << u"BYHOUR=%1"_s.arg(time.hour()) << u"BYMINUTE=%1"_s.arg(time.minute());
    }
    return parts.join(u';');
}

Result<Recurrence> Recurrence::parse(const QString &text)
{
    Recurrence r;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return r;
    }
    QStringList seen;
    int hour = -1;
    int minute = -1;
    for (const QString &rawPart : trimmed.split(u';', Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            return partError(part, tr("expected NAME=value"));
        }
        const QString key = part.left(eq).trimmed().toUpper();
        const QString value = part.mid(eq + 1).trimmed().toUpper();
        if (seen.contains(key)) {
            return partError(part, tr("given twice"));
        }
        seen << key;
        if (key == u"FREQ"_s) {
            const auto &names = frequencyNames();
            const auto it = std::find_if(names.cbegin(), names.cend(), [&value](const FrequencyName &n) {
                return !n.rule.isEmpty() && n.rule == value;
            });
            if (it == names.cend()) {
                return partError(part, tr("use DAILY, WEEKLY, MONTHLY or YEARLY"));
            }
            r.frequency = it->frequency;
        } else if (key == u"INTERVAL"_s) {
            if (!parseNumber(value, 1, MaxInterval, &r.interval)) {
                return partError(part, tr("the interval must be a number from 1 to %1").arg(MaxInterval));
            }
        } else if (key == u"BYDAY"_s) {
            for (const QString &code : value.split(u',')) {
                const int index = int(dayCodes().indexOf(code.trimmed()));
                if (index < 0) {
                    return partError(part, tr("weekdays are MO, TU, WE, TH, FR, SA, SU"));
                }
                if (!r.weekdays.contains(index + 1)) {
                    r.weekdays << index + 1;
                }
            }
            std::sort(r.weekdays.begin(), r.weekdays.end());
        } else if (key == u"BYMONTH"_s) {
            if (!parseNumber(value, 1, 12, &r.month)) {
                return partError(part, tr("the month must be a number from 1 to 12"));
            }
        } else if (key == u"BYMONTHDAY"_s) {
            if (!parseNumber(value, 1, 31, &r.monthDay)) {
                return partError(part, tr("the day must be a number from 1 to 31"));
            }
        } else if (key == u"BYHOUR"_s) {
            if (!parseNumber(value, 0, 23, &hour)) {
                return partError(part, tr("the hour must be a number from 0 to 23"));
            }
        } else if (key == u"BYMINUTE"_s) {
            if (!parseNumber(value, 0, 59, &minute)) {
                return partError(part, tr("the minute must be a number from 0 to 59"));
            }
        } else {
            return partError(part, tr("unknown part"));
        }
    }
    if (r.frequency == Frequency::None) {
        return partError(trimmed, tr("FREQ is missing"));
    }
    if ((hour < 0) != (minute < 0)) {
        return partError(trimmed, tr("BYHOUR and BYMINUTE go together"));
    }
    if (hour >= 0) {
        r.time = QTime(hour, minute);
    }
    if (const QString problem = r.validationError(); !problem.isEmpty()) {
        return partError(trimmed, problem);
    }
    return r;
}

Recurrence Recurrence::fromText(const QString &text, bool *ok)
{
    auto parsed = parse(text);
    if (ok) {
        *ok = parsed.has_value();
    }
    return parsed ? *parsed : Recurrence();
}

QString Recurrence::validationError() const
{
    if (isNone()) {
        return {};
    }
    if (interval < 1 || interval > MaxInterval) {
        return tr("Repeat every 1 to %1 units.").arg(MaxInterval);
    }
    if (std::any_of(weekdays.cbegin(), weekdays.cend(), [](int d) { return d < 1 || d > 7; })) {
        return tr("Choose weekdays from Monday to Sunday.");
    }
    if (!weekdays.isEmpty() && frequency != Frequency::Weekly) {
        return tr("Weekdays can only be chosen for a weekly repetition.");
    }
    if (monthDay < 0 || monthDay > 31) {
        return tr("The day of the month must be from 1 to 31.");
    }
    if (month < 0 || month > 12) {
        return tr("The month must be from 1 to 12.");
    }
    if (month != 0 && frequency != Frequency::Yearly) {
        return tr("A month can only be chosen for a yearly repetition.");
    }
    if (monthDay != 0 && frequency != Frequency::Monthly && frequency != Frequency::Yearly) {
        return tr("A day of the month can only be chosen for a monthly or yearly repetition.");
    }
    if (month != 0 && monthDay > QDate(2000, month, 1).daysInMonth()) {
        return tr("The month %1 has no day %2.").arg(month).arg(monthDay);
    }
    return {};
}

QString Recurrence::describe() const
{
    const QLocale locale;
    QString text;
    switch (frequency) {
    case Frequency::None:
        return tr("Does not repeat");
    case Frequency::Daily:
        text = interval == 1 ? tr("Daily") : tr("Every %n days", nullptr, interval);
        break;
    case Frequency::Weekly: {
        QStringList names;
        for (int d : weekdays) {
            if (d >= 1 && d <= 7) {
                names << locale.dayName(d);
            }
        }
        if (names.isEmpty()) {
            text = interval == 1 ? tr("Weekly") : tr("Every %n weeks", nullptr, interval);
        } else {
            const QString days = names.join(tr(", ", "list separator"));
            text = interval == 1 ? tr("Weekly on %1").arg(days)
                                 : tr("Every %n weeks on %1", nullptr, interval).arg(days);
        }
        break;
    }
    case Frequency::Monthly:
        if (monthDay > 0) {
            text = interval == 1 ? tr("Monthly on day %1").arg(monthDay)
                                 : tr("Every %n months on day %1", nullptr, interval).arg(monthDay);
        } else {
            text = interval == 1 ? tr("Monthly") : tr("Every %n months", nullptr, interval);
        }
        break;
    case Frequency::Yearly:
        if (month > 0 && monthDay > 0) {
            const QString monthName = locale.monthName(month);
            text = interval == 1
                ? tr("Yearly on %1 %2", "%1 = month name, %2 = day").arg(monthName).arg(monthDay)
                : tr("Every %n years on %1 %2", "%1 = month name, %2 = day", interval).arg(monthName).arg(monthDay);
        } else {
            text = interval == 1 ? tr("Yearly") : tr("Every %n years", nullptr, interval);
        }
        break;
    }
    if (time.isValid()) {
        text = tr("%1 at %2", "repetition, time").arg(text, locale.toString(time, QLocale::ShortFormat));
    }
    return text;
}

QString Recurrence::frequencyKey(Frequency frequency)
{
    for (const auto &name : frequencyNames()) {
        if (name.frequency == frequency) {
            return name.key;
        }
    }
    return {};
}

bool Recurrence::frequencyFromKey(const QString &key, Frequency *frequency)
{
    const QString lower = key.trimmed().toLower();
    for (const auto &name : frequencyNames()) {
        if (name.key == lower) {
            if (frequency) {
                *frequency = name.frequency;
            }
            return true;
        }
    }
    return false;
}

} // namespace Kontor
