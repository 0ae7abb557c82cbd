#pragma once

#include <QString>
#include <QStringList>

namespace Kontor {

// Phone numbers through libphonenumber. Its 2022 metadata does not know every new range (FIELD-NOTES.md),
// so a number that parses is kept, normalised, even when libphonenumber does not call it valid; only text
// that is not a phone number at all is rejected. Parsing runs ICU regular expressions and is the costliest
// step of saving a contact: parse once, and derive everything else from the E.164 form.
namespace PhoneNormalizer {
struct Parsed
{
    bool parsed = false; // false: not a phone number
    QString e164;
};

Parsed normalize(const QString &raw, const QString &defaultRegion);
// Whether libphonenumber's metadata knows the number's range; for warnings, not for rejecting.
bool isValidNumber(const QString &e164);
// The digit strings a person may type for the number inside its country, without parsing again:
// "+4930123456" -> {"030123456", "30123456"} (trunk prefix and national significant number).
QStringList nationalDigits(const QString &e164);
// "+4930123456" -> "+49 30 123456".
QString formatInternational(const QString &e164);
// ISO region from the system locale ("DE" for de_DE), "DE" when the locale names none.
QString regionFromSystemLocale();
bool isKnownRegion(const QString &region);
} // namespace PhoneNormalizer

} // namespace Kontor
