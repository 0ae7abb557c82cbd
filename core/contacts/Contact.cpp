#include "Contact.h"

#include <QDate>
#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

bool PostalAddress::isEmpty() const
{
    return street.isEmpty() && postalCode.isEmpty() && city.isEmpty() && region.isEmpty() && country.isEmpty();
}

bool Birthday::isValid() const
{
    if (isNull()) {
        return day == 0 && year == 0;
    }
    // Without a year, 29 February is a real birthday; 2000 is a leap year.
    return QDate::isValid(hasYear() ? year : 2000, month, day) && (!hasYear() || (year >= 1800 && year <= 9999));
}

QString Birthday::toIsoString() const
{
    if (isNull()) {
        return {};
    }
    const QString md = u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    return hasYear() ? u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(md) : u"--"_s + md;
}

bool Birthday::parseIso(const QString &text, Birthday *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *out = {};
        return true;
    }
    static const QRegularExpression full(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression noYear(u"^--(\\d{2})-?(\\d{2})$"_s);
    if (auto m = full.match(t); m.hasMatch()) {
        *out = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
        return true;
    }
    if (auto m = noYear.match(t); m.hasMatch()) {
        *out = {0, m.captured(1).toInt(), m.captured(2).toInt()};
        return true;
    }
    return false;
}

QStringList SocialNetwork::all()
{
    return {QString::fromUtf16(LinkedIn),
        QString::fromUtf16(Skype),
        QString::fromUtf16(Telegram),
        QString::fromUtf16(X),
        QString::fromUtf16(Facebook),
        QString::fromUtf16(Instagram),
        QString::fromUtf16(WhatsApp)};
}

QString Contact::primaryEmail() const
{
    for (const auto &e : emails) {
        if (e.primary) {
            return e.value;
        }
    }
    return emails.isEmpty() ? QString() : emails.first().value;
}

QString Contact::primaryPhone() const
{
    const PhoneNumber *chosen = phones.isEmpty() ? nullptr : &phones.first();
    for (const auto &p : phones) {
        if (p.primary) {
            chosen = &p;
            break;
        }
    }
    if (!chosen) {
        return {};
    }
    return chosen->e164.isEmpty() ? chosen->raw : chosen->e164;
}

} // namespace Kontor
