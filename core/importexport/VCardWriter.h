#pragma once

#include "Contact.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Kontor {

// Writes one contact as a vCard 4.0 or 3.0 card (CRLF lines folded at 75 octets, UTF-8, escaped values):
// every field Kontor stores, the photo inline (4.0 data: URI, 3.0 ENCODING=b), birthday without year as
// "--MMDD", tags as CATEGORIES, company name as ORG, company cards with KIND:org (4.0) and X-ABShowAs:COMPANY,
// and what vCard has no property for as X-KONTOR-* (owner, followers, contact type, lead, source, dnd, custom
// fields by name). VCardReader reads it back to the same contact.
namespace VCardWriter {
enum class Version
{
    V3,
    V4,
};

struct Names
{
    QString companyName;
    QString ownerName;
    QStringList followerNames;
    QList<QPair<QString, QString>> customValues; // field name -> canonical value
};

QByteArray write(const Contact &contact, const Names &names, Version version);
} // namespace VCardWriter

} // namespace Kontor
