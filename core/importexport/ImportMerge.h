#pragma once

#include "Contact.h"

#include <QList>
#include <QString>

namespace Kontor {

// The import's rules for rows that match a contact: how a match is found and how the row updates it.
namespace ImportMerge {

enum class MatchBy
{
    Email,
    Phone,
    CompanyName,
};

// One value a duplicate is recognised by. `key` is unique across kinds and contact kinds ("0e:anna@x.de").
struct DuplicateKey
{
    QString key;
    MatchBy by = MatchBy::Email;
    QString value; // the folded e-mail, the E.164 number or the company's match key
};

// In order of precedence: the e-mail addresses (case-folded), then the phone numbers (E.164), then for a
// company its name (CompanyNames::matchKey), so that importing a company list twice does not double it.
QList<DuplicateKey> duplicateKeys(const Contact &contact);

// The update rule: the row's non-empty values replace the contact's (names, job, company, birthday, website,
// source, type, description, photo, social profiles, custom values, do-not-disturb; lead only to "yes"; the
// owner only when the file named one); e-mails, phone numbers, addresses, tags and followers are added when
// the contact lacks them. Nothing is ever removed.
void mergeInto(Contact &target, const Contact &row, bool replaceOwner);

} // namespace ImportMerge

} // namespace Kontor
