#pragma once

#include <QString>

namespace Kontor {

// Syntax check of an e-mail address as people type them: one "@", a local part of RFC 5322 atoms
// (plus-addressing allowed), a domain of at least two labels that may be internationalised (checked in its
// ACE form). Rejects "max@@example", "a@b" and any white space. Returns an empty string when valid,
// otherwise the translated reason.
namespace EmailValidator {
QString problem(const QString &address);
inline bool isValid(const QString &address)
{
    return problem(address).isEmpty();
}
} // namespace EmailValidator

} // namespace Kontor
