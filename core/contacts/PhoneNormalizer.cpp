#include "PhoneNormalizer.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

namespace Kontor {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::Parsed PhoneNormalizer::normalize(const QString &raw, const QString &defaultRegion)
{
    Parsed out;
    const QString trimmed = raw.trimmed();
    int digits = 0;
    for (const QChar c : trimmed) {
        digits += c.isDigit() ? 1 : 0;
    }
    if (digits < 3) {
        return out;
    }
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error = util->Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        return out;
    }
    out.parsed = true;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    out.e164 = QString::fromStdString(e164);
    return out;
}

bool PhoneNormalizer::isValidNumber(const QString &e164)
{
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    return !e164.isEmpty() && util->Parse(e164.toStdString(), "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util->IsValidNumber(number);
}

QStringList PhoneNormalizer::nationalDigits(const QString &e164)
{
    if (e164.size() < 4 || !e164.startsWith(u'+')) {
        return {};
    }
    const auto *util = PhoneNumberUtil::GetInstance();
    // Country calling codes are prefix-free and one to three digits long: the first that names a region wins.
    for (int length = 1; length <= 3; ++length) {
        bool ok = false;
        const int code = e164.mid(1, length).toInt(&ok);
        if (!ok) {
            return {};
        }
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ") {
            continue;
        }
        const QString significant = e164.mid(1 + length);
        std::string trunk;
        util->GetNddPrefixForRegion(region, true, &trunk);
        if (trunk.empty()) {
            return {significant};
        }
        return {QString::fromStdString(trunk) + significant, significant};
    }
    return {};
}

QString PhoneNormalizer::formatInternational(const QString &e164)
{
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (e164.isEmpty() || util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return e164;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNormalizer::regionFromSystemLocale()
{
    const QString name = QLocale::system().name(); // "de_DE"
    const QString region = name.section(u'_', 1, 1).toUpper();
    return isKnownRegion(region) ? region : QStringLiteral("DE");
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    if (region.size() != 2) {
        return false;
    }
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

} // namespace Kontor
