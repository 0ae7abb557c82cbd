#pragma once

#include "ImportMapping.h"

#include <QString>

namespace Kontor {

// The header names of the exports people bring, in English and German, and what each one means. AutoMapper
// asks here first and then settles what a header alone cannot decide (see the placeholders below).
namespace HeaderSynonyms {

// "Name" is a display name next to first/last name columns, a full name to split without them, and the company
// name in a company import.
inline constexpr char16_t AmbiguousName[] = u"?name";
// "Title" is a job title in Salesforce and Zoho exports (which name the company "Account Name"), an academic
// title ("Dr.") elsewhere, Outlook included.
inline constexpr char16_t AmbiguousTitle[] = u"?title";

// Case, umlauts in both spellings (ä and ae -> a), ß -> ss, accents, punctuation and spacing folded away:
// "E-Mail 2: Adresse" -> "email2adresse", "Straße geschäftlich" -> "strassegeschaftlich".
QString fold(const QString &text);

// What the header alone says, ignoring custom fields: a target (maybe one of the ambiguous markers above) with label and
// group, or an ignored mapping for an unknown header. Headers of another kind's record ("Organization - Name"
// in a person import) map to the field that record stands for there (the company).
ColumnMapping lookup(const QString &header, ContactKind kind);

} // namespace HeaderSynonyms

} // namespace Kontor
