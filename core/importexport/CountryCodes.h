#pragma once

#include <QString>

namespace Kontor {

// Turns the country of an imported address into the ISO 3166-1 alpha-2 code Kontor stores: the code itself
// ("de", "DE"), the English names Qt knows for every territory ("Germany", "United Kingdom"), German names
// ("Deutschland", "Österreich", "Oesterreich", "Großbritannien") and common short forms ("USA", "UK",
// "Holland", "DEU"). Case, accents, dots and extra spaces are ignored. Returns an empty string when the text
// names no country it knows, so that the caller can report it instead of storing a wrong code.
namespace CountryCodes {
QString fromName(const QString &text);
} // namespace CountryCodes

} // namespace Kontor
