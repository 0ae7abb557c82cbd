#pragma once

#include "Contact.h"

#include <QString>

namespace Kontor {

// Names as people write them in one cell, German and English.
namespace PersonNames {

// "Herr Prof. Dr. med. Anna Maria Müller" -> salutation, title, first, middle, last; "Müller, Anna" -> last,
// first; particles (von, van, de la, zu ...) go with the last name ("Ludwig van Beethoven"); a lone word is a
// first name unless a salutation says it is a last name ("Frau Müller"). Sets only the parts it finds.
void split(const QString &fullName, Contact &contact);

// A salutation or title cell that may hold both ("Herr Dr."). Returns false, setting nothing, when some word is
// neither a salutation nor a title: the caller then keeps the cell as it is.
bool splitPrefix(const QString &cell, QString *salutation, QString *title);

} // namespace PersonNames

} // namespace Kontor
