#pragma once

#include <QString>

namespace Kontor {

// Company names as import matches them: "Müller GmbH", "Mueller GmbH", "müller gmbh" and "Müller" are the
// same company. The key folds case, umlauts in both spellings (ü and ue -> u, ß -> ss), accents, punctuation
// and spacing, and drops a trailing legal form (GmbH, GmbH & Co. KG, AG, KG, OHG, UG (haftungsbeschränkt),
// e.K., e.V., SE, Ltd, Limited, LLC, Inc, Corp, Co, PLC, S.A., S.à r.l., SARL, B.V., N.V., AB, Oy, ApS, S.p.A.,
// S.r.l.). A name that is nothing but a legal form keeps it, so "AG" does not become empty.
namespace CompanyNames {
QString matchKey(const QString &name);
} // namespace CompanyNames

} // namespace Kontor
