#include "DemoFormat.h"

#include "DemoRandom.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString germanInternational(const QString &national)
{
    // "0171 2345678" -> "+49 171 2345678"
    return u"+49 "_s + national.mid(1);
}
} // namespace

QString DemoFormat::asciiFold(QStringView text, QChar separator)
{
    QString out;
    out.reserve(text.size() + 4);
    auto separate = [&] {
        if (!separator.isNull() && !out.isEmpty() && !out.endsWith(separator)) {
            out += separator;
        }
    };
    for (const QChar original : text) {
        const QChar c = original.toLower();
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            out += c;
            continue;
        }
        switch (u) {
        case u'ä':
            out += u"ae"_s;
            continue;
        case u'ö':
            out += u"oe"_s;
            continue;
        case u'ü':
            out += u"ue"_s;
            continue;
        case u'ß':
            out += u"ss"_s;
            continue;
        case u'æ':
            out += u"ae"_s;
            continue;
        case u'œ':
            out += u"oe"_s;
            continue;
        case u'ł':
            out += u'l';
            continue;
        case u'ı':
            out += u'i';
            continue;
        case u'ø':
            out += u'o';
            continue;
        case u'đ':
            out += u'd';
            continue;
        case u'-':
            if (!out.isEmpty() && !out.endsWith(u'-')) {
                out += u'-';
            }
            continue;
        case u' ':
        case u'&':
            separate();
            continue;
        default:
            break;
        }
        if (u > 127) {
            // é, ç, ş, ń, ż...: the base letter of the canonical decomposition.
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            const char16_t base = decomposed.isEmpty() ? 0 : decomposed.at(0).unicode();
            if (base >= u'a' && base <= u'z') {
                out += QChar(base);
            }
        }
    }
    while (out.endsWith(u'-') || (!separator.isNull() && out.endsWith(separator))) {
        out.chop(1);
    }
    return out;
}

QString DemoFormat::fillPattern(DemoRandom &rng, QStringView pattern)
{
    QString out;
    out.reserve(pattern.size());
    for (const QChar c : pattern) {
        if (c == u'#') {
            out += QChar(char16_t(u'0' + rng.below(10)));
        } else if (c == u'N') {
            out += QChar(char16_t(u'1' + rng.below(9)));
        } else {
            out += c;
        }
    }
    return out;
}

QString DemoFormat::germanNumber(DemoRandom &rng, QStringView nationalPattern)
{
    const QString national = fillPattern(rng, nationalPattern);
    const int style = rng.below(100);
    if (style < 45) {
        return national;
    }
    if (style < 65) {
        QString slashed = national;
        return slashed.replace(u' ', u'/');
    }
    return germanInternational(national);
}

QString DemoFormat::landline(DemoRandom &rng, const DemoPlaces::City &city, const DemoPlaces::Country &country)
{
    if (country.code != u"DE") {
        return fillPattern(rng, city.phone);
    }
    // Area code and subscriber number make 10 or 11 digits: Berlin 030 1234567(8), Görlitz 03581 12345(6).
    const int subscriber = std::clamp(int(11 - city.phone.size() - rng.below(2)), 5, 8);
    QString pattern = city.phone.toString() + u" N"_s + QString(subscriber - 1, u'#');
    if (rng.percent(5)) {
        const QString national = fillPattern(rng, pattern);
        const int space = national.indexOf(u' ');
        return u"("_s + national.left(space) + u")"_s + national.mid(space);
    }
    return germanNumber(rng, pattern);
}

QString DemoFormat::mobile(DemoRandom &rng, const DemoPlaces::Country &country)
{
    const QStringView pattern = country.mobiles[std::size_t(rng.below(int(country.mobiles.size())))];
    return country.code == u"DE" ? germanNumber(rng, pattern) : fillPattern(rng, pattern);
}

QString DemoFormat::switchboardBase(DemoRandom &rng, const DemoPlaces::City &city)
{
    const int subscriber = std::clamp(int(9 - city.phone.size() + rng.below(2)), 3, 6);
    const QString national = fillPattern(rng, city.phone.toString() + u" N"_s + QString(subscriber - 1, u'#'));
    return (rng.percent(30) ? germanInternational(national) : national) + u'-';
}

PostalAddress DemoFormat::address(DemoRandom &rng, const DemoPlaces::Country &country, const DemoPlaces::City &city)
{
    PostalAddress a;
    const QString street = rng.pick(country.streets);
    QString number = QString::number(rng.between(1, rng.percent(70) ? 60 : 220));
    if (rng.percent(8)) {
        number += QChar(char16_t(u'a' + rng.below(3)));
    }
    a.street = country.numberFirst ? number + u' ' + street : street + u' ' + number;
    bool allDigits = true;
    for (const QChar c : city.postalCode) {
        allDigits = allDigits && c.isDigit();
    }
    if (allDigits) {
        // Codes above the city's first one, keeping its width ("01067" -> "01089").
        const int code = city.postalCode.toInt() + rng.below(10) * (city.postalCode.size() == 5 ? 3 : 10);
        a.postalCode = u"%1"_s.arg(code, int(city.postalCode.size()), 10, QChar(u'0'));
    } else {
        a.postalCode = city.postalCode.toString();
    }
    a.city = city.name.toString();
    a.region = city.region.toString();
    a.country = country.code.toString();
    return a;
}

Birthday DemoFormat::birthday(DemoRandom &rng)
{
    if (!rng.percent(75)) {
        return {};
    }
    const bool withYear = !rng.percent(12);
    if (rng.perMille(4)) {
        // 29 February: only in a leap year, or without a year.
        const int leapYear = 1952 + 4 * rng.below(13);
        return {withYear ? leapYear : 0, 2, 29};
    }
    static constexpr int s_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int month = rng.between(1, 12);
    return {withYear ? rng.between(1950, 2004) : 0, month, rng.between(1, s_days[month - 1])};
}

} // namespace Kontor
