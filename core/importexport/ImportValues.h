#pragma once

#include "Contact.h"

#include <QString>

namespace Kontor {

// Reading the cells of imported files that are not free text, in German and English. Each parser returns false
// (leaving *out alone) for text it does not understand; RowConverter turns that into a problem for the cell.
namespace ImportValues {

// "ja", "x", "1", "true", "yes", "✓" / "nein", "0", "false", "no", "-"; empty is no.
bool parseYesNo(const QString &text, bool *out);
// "person", "Kontakt" / "company", "Firma", "Unternehmen", "Organisation".
bool parseKind(const QString &text, ContactKind *out);
// "email, sms", "E-Mail, SMS", "calls", "WhatsApp", "all" / "alle" / "ja"; empty or "nein" is none.
bool parseDnd(const QString &text, DndChannels *out);
// The label of an e-mail, phone or address: "work" for "Business", "geschäftlich", "* Work"; "home" for
// "privat"; "mobile" for "Handy", "Mobil", "cell"; "other" for "Sonstige"; anything else as written.
QString labelKey(const QString &text);
// ISO 3166-1 alpha-2 of a country name or code (CountryCodes::fromName); empty when unknown.
QString countryCode(const QString &text);
// One address cell as people write it: lines (or comma-separated parts) with the street first, then
// "12345 Ort" or "City, ST 12345", then maybe a country. `label` is left empty.
PostalAddress parseAddress(const QString &cell);
// Kontor's export puts an apostrophe before cells starting with = + - @, a tab or a carriage return so that
// spreadsheets show them as text; this takes it away again. Other apostrophes stay.
QString stripFormulaGuard(const QString &cell);

} // namespace ImportValues

} // namespace Kontor
