#pragma once

#include "Contact.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kontor {

// The field registry of contacts: stable keys ("first_name", "emails", "custom.<uuid>"), their translated
// labels, and the values the audit log (display text) and the change log (JSON, references by UUID) store.
// Diffs, audit, sync and later filters, columns and import mapping all use these keys.
namespace ContactFields {

enum class Purpose
{
    Audit, // names a person can read (company name, user name); photo summarised
    Sync, // what another replica needs to rebuild the record (UUIDs, base64 photo)
};

// How to name the records a contact refers to. Unset functions yield empty strings.
struct References
{
    std::function<QString(qint64)> companyName;
    std::function<QString(qint64)> companyUuid;
    std::function<QString(qint64)> userName;
    std::function<QString(qint64)> userUuid;
    std::function<QString(qint64)> customFieldUuid;
};

// Built-in keys in form order (custom fields come after, as "custom.<uuid>").
QStringList builtInKeys();
// Translated label of a built-in key; for "custom.<uuid>" the caller supplies the field's name.
QString label(const QString &key);

// Every field with a non-empty value, keyed by field key.
QJsonObject snapshot(const Contact &contact, const References &refs, Purpose purpose);
// The display text of a snapshot value for the audit log and the Activity tab.
QString displayText(const QJsonValue &value);

} // namespace ContactFields

} // namespace Kontor
