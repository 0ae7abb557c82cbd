#include "ImportDates.h"

#include "HeaderSynonyms.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// The time part spreadsheets and ISO exports add ("1980-12-31T00:00:00", "31.12.1980 00:00").
const QString kTime = u"(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp][Mm])?(?:Z|[+-]\\d{2}:?\\d{2})?)?"_s;

const QRegularExpression &isoDate()
{
    static const QRegularExpression re(u"^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"_s + kTime + u'$');
    return re;
}

const QRegularExpression &numericDate()
{
    static const QRegularExpression re(u"^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2}|\\d{4})"_s + kTime + u'$');
    return re;
}

const QRegularExpression &numericNoYear()
{
    static const QRegularExpression re(u"^(\\d{1,2})([./])(\\d{1,2})\\.?$"_s);
    return re;
}

bool isEmptyMarker(const QString &t)
{
    // Outlook writes "0.0.00" (or "00.00.0000", "1/0/00" in some locales) for "no date".
    static const QRegularExpression re(u"^(0{1,2}[./-]0{1,2}[./-]0{2,4}|0{4}-0{2}-0{2}|1/0/00)$"_s);
    return re.match(t).hasMatch();
}

int monthFromName(const QString &name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char16_t *names[12][6] = {
            {u"januar", u"jan", u"january", u"janner", u"jänner", nullptr},
            {u"februar", u"feb", u"february", u"febr", nullptr, nullptr},
            {u"marz", u"mar", u"march", u"mrz", u"märz", nullptr},
            {u"april", u"apr", nullptr, nullptr, nullptr, nullptr},
            {u"mai", u"may", nullptr, nullptr, nullptr, nullptr},
            {u"juni", u"jun", u"june", nullptr, nullptr, nullptr},
            {u"juli", u"jul", u"july", nullptr, nullptr, nullptr},
            {u"august", u"aug", nullptr, nullptr, nullptr, nullptr},
            {u"september", u"sep", u"sept", nullptr, nullptr, nullptr},
            {u"oktober", u"okt", u"october", u"oct", nullptr, nullptr},
            {u"november", u"nov", nullptr, nullptr, nullptr, nullptr},
            {u"dezember", u"dez", u"december", u"dec", nullptr, nullptr},
        };
        for (int i = 0; i < 12; ++i) {
            for (const char16_t *n : names[i]) {
                if (n) {
                    m.insert(HeaderSynonyms::fold(QString::fromUtf16(n)), i + 1);
                }
            }
        }
        return m;
    }();
    return months.value(HeaderSynonyms::fold(name), 0);
}

int fullYear(const QString &digits, int pivot)
{
    const int y = digits.toInt();
    if (digits.size() != 2) {
        return y;
    }
    return y <= pivot ? 2000 + y : 1900 + y;
}

ImportDates::Outcome finish(int year, int month, int day, Birthday *out)
{
    const Birthday b{year, month, day};
    if (month < 1 || month > 12 || day < 1 || day > 31 || !b.isValid()) {
        return ImportDates::Outcome::NotInCalendar;
    }
    *out = b;
    return ImportDates::Outcome::Ok;
}

} // namespace

int ImportDates::birthdayPivot()
{
    return QDate::currentDate().year() % 100;
}

int ImportDates::futurePivot()
{
    return qMin(99, QDate::currentDate().year() % 100 + 20);
}

ImportDates::Outcome ImportDates::parse(const QString &text, DateOrder order, int pivot, Birthday *out)
{
    // "31. 12. 1980" as people type it in Word.
    static const QRegularExpression dotSpace(u"\\.\\s+(?=\\d)"_s);
    QString t = text.trimmed();
    t.replace(dotSpace, u"."_s);
    if (t.isEmpty() || isEmptyMarker(t)) {
        *out = {};
        return Outcome::Ok;
    }
    static const QRegularExpression noYearIso(u"^--(\\d{2})-?(\\d{2})$"_s);
    if (const auto m = noYearIso.match(t); m.hasMatch()) {
        return finish(0, m.captured(1).toInt(), m.captured(2).toInt(), out);
    }
    if (const auto m = isoDate().match(t); m.hasMatch()) {
        return finish(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), out);
    }
    const bool monthFirst = order == DateOrder::MonthDayYear;
    if (const auto m = numericDate().match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const bool swap = monthFirst && m.captured(2) != u"."_s;
        return finish(fullYear(m.captured(4), pivot), swap ? a : b, swap ? b : a, out);
    }
    if (const auto m = numericNoYear().match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const bool swap = monthFirst && m.captured(2) != u"."_s;
        return finish(0, swap ? a : b, swap ? b : a, out);
    }
    // Month names: "31. Dezember 1980", "31 Dec 1980", "December 31, 1980".
    static const QRegularExpression dayName(u"^(\\d{1,2})\\.?\\s*([^\\d\\s.,]+)\\.?,?\\s*(\\d{4})?$"_s);
    static const QRegularExpression nameDay(u"^([^\\d\\s.,]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})?$"_s);
    if (const auto m = dayName.match(t); m.hasMatch()) {
        if (const int month = monthFromName(m.captured(2))) {
            return finish(m.captured(3).toInt(), month, m.captured(1).toInt(), out);
        }
    }
    if (const auto m = nameDay.match(t); m.hasMatch()) {
        if (const int month = monthFromName(m.captured(1))) {
            return finish(m.captured(3).toInt(), month, m.captured(2).toInt(), out);
        }
    }
    return Outcome::NotADate;
}

bool RowConverter::parseDate(const QString &text, DateOrder order, Birthday *out)
{
    Birthday parsed;
    if (ImportDates::parse(text, order, ImportDates::birthdayPivot(), &parsed) != ImportDates::Outcome::Ok) {
        return false;
    }
    *out = parsed;
    return true;
}

void DateOrderDetector::add(const QString &value)
{
    const QString t = value.trimmed();
    if (t.isEmpty() || isEmptyMarker(t) || t.startsWith(u"--"_s)) {
        return;
    }
    if (isoDate().match(t).hasMatch()) {
        ++m_iso;
        return;
    }
    QRegularExpressionMatch m = numericDate().match(t);
    if (!m.hasMatch()) {
        m = numericNoYear().match(t);
    }
    if (!m.hasMatch()) {
        ++m_other;
        return;
    }
    const int a = m.captured(1).toInt();
    const int b = m.captured(3).toInt();
    if (m.captured(2) == u"."_s || (a > 12 && b <= 12)) {
        ++m_dayFirstEvidence;
    } else if (b > 12 && a <= 12) {
        ++m_monthFirstEvidence;
    } else {
        ++m_other; // 01/02/1980: either order
    }
}

DateOrder DateOrderDetector::result() const
{
    if (m_monthFirstEvidence > 0 && m_dayFirstEvidence == 0) {
        return DateOrder::MonthDayYear;
    }
    if (m_iso > 0 && m_dayFirstEvidence == 0 && m_monthFirstEvidence == 0 && m_other == 0) {
        return DateOrder::YearMonthDay;
    }
    return DateOrder::DayMonthYear;
}

} // namespace Kontor
