#include "SpreadsheetValues.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString SpreadsheetValues::formatNumber(double value)
{
    if (!std::isfinite(value)) {
        return {};
    }
    if (std::floor(value) == value && std::fabs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    return QString::number(value, 'g', 15);
}

QString SpreadsheetValues::formatSerial(double serial, Kind kind, bool date1904)
{
    if (kind == Kind::Number || !std::isfinite(serial) || serial < 0 || serial >= 2958466) {
        return formatNumber(serial);
    }
    double days = std::floor(serial);
    // Round to the second: 0.5 / 86400 is below a double's noise for these magnitudes.
    qint64 seconds = qint64(std::llround((serial - days) * 86400.0));
    if (seconds >= 86400) {
        days += 1;
        seconds -= 86400;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
    if (kind == Kind::Time) {
        return time;
    }
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(qint64(days)).toString(Qt::ISODate);
    } else if (days < 1) {
        return kind == Kind::DateTime ? time : formatNumber(serial); // Excel shows "1900-01-00"
    } else if (days == 60) {
        date = u"1900-02-29"_s; // the leap day 1900 never had; a real date cannot hold it
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(qint64(days)).toString(Qt::ISODate);
    }
    if (kind == Kind::DateTime && seconds != 0) {
        return date + u' ' + time;
    }
    return date;
}

SpreadsheetValues::Kind SpreadsheetValues::kindOfFormat(int numFmtId, const QString &formatCode)
{
    // Built-in ids (ECMA-376 part 1, 18.8.30): 14-17 dates, 22 date and time, 18-21 and 45-47 times; 27-36
    // and 50-58 are East Asian date formats.
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) || (numFmtId >= 34 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58)) {
        return Kind::Date;
    }
    if (numFmtId == 22) {
        return Kind::DateTime;
    }
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47) || numFmtId == 32 || numFmtId == 33) {
        return Kind::Time;
    }
    if (numFmtId < 164 || formatCode.isEmpty()) {
        return Kind::Number;
    }
    // Only the first section (positive numbers) matters; literals in quotes, escaped characters and [..]
    // parts (colours, locales like [$-407], conditions) are not format letters; [h] is an elapsed time.
    bool date = false;
    bool time = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i).toLower();
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i);
            if (close < 0) {
                break;
            }
            const QString inner = formatCode.mid(i + 1, close - i - 1).toLower();
            if (inner == u"h" || inner == u"hh" || inner == u"m" || inner == u"mm" || inner == u"s" || inner == u"ss") {
                time = true;
            }
            i = close;
        } else if (c == u';') {
            break;
        } else if (c == u'd' || c == u'y') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            // "m" is a month unless it stands with hours or seconds ("h:mm", "mm:ss"): judged below.
            date = date
                || (!formatCode.contains(u'h', Qt::CaseInsensitive) && !formatCode.contains(u's', Qt::CaseInsensitive));
        }
    }
    if (date && time) {
        return Kind::DateTime;
    }
    if (date) {
        return Kind::Date;
    }
    return time ? Kind::Time : Kind::Number;
}

QString SpreadsheetValues::trimMidnight(const QString &dateTime)
{
    if (dateTime.size() == 19 && dateTime.endsWith(u" 00:00:00")) {
        return dateTime.left(10);
    }
    return dateTime;
}

} // namespace Kontor
