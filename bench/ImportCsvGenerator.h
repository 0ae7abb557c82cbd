#pragma once

#include <QString>

namespace Kontor {

// Writes the CSV that kontor-bench-import imports: a hand-made German contact list ("Vorname", "Nachname",
// "E-Mail", "Telefon", "Firma", "Straße", "PLZ", "Ort", "Geburtstag"; comma, UTF-8, dd.mm.yyyy) of people
// of the origins DemoGenerator uses, working for `companies` companies (some without one). Deterministic:
// the same arguments give the same bytes. E-mail addresses and phone numbers are unique per row, so every row
// is a new contact and the benchmark measures creating, not duplicate skipping.
class ImportCsvGenerator
{
public:
    // Returns the number of bytes written, or -1 when the file could not be written.
    static qint64 write(const QString &path, int rows, int companies);
};

} // namespace Kontor
