#pragma once

#include "Contact.h"
#include "DemoPlaces.h"

#include <QString>

namespace Kontor {

class DemoRandom;

// How DemoGenerator writes the parts of a contact: e-mail-safe names, telephone numbers in the forms people
// type them, addresses and birthdays.
namespace DemoFormat {

// Lower-case ASCII as in e-mail addresses and domains: "Müller" -> "mueller", "Łukasz" -> "lukasz",
// "Yılmaz" -> "yilmaz". Spaces and '&' become `separator` (none when null); other punctuation but '-' is dropped.
QString asciiFold(QStringView text, QChar separator = {});

// Replaces '#' by a digit and 'N' by a digit 1-9.
QString fillPattern(DemoRandom &rng, QStringView pattern);

// A German number from a national pattern ("0171 #######"), written as "0171 2345678", "0171/2345678" or
// "+49 171 2345678".
QString germanNumber(DemoRandom &rng, QStringView nationalPattern);
// A landline number in `city`: German ones in the German forms, others international.
QString landline(DemoRandom &rng, const DemoPlaces::City &city, const DemoPlaces::Country &country);
QString mobile(DemoRandom &rng, const DemoPlaces::Country &country);
// A German switchboard base "0711 12345-" (extensions appended), from a city's area code.
QString switchboardBase(DemoRandom &rng, const DemoPlaces::City &city);

PostalAddress address(DemoRandom &rng, const DemoPlaces::Country &country, const DemoPlaces::City &city);

// 75 % have one; some without year; a few on 29 February, then in a leap year or without a year.
Birthday birthday(DemoRandom &rng);

} // namespace DemoFormat

} // namespace Kontor
