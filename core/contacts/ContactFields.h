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

// How to turn the references of a Sync snapshot back into local ids. Unset functions or unknown UUIDs yield 0.
struct Resolvers
{
    std::function<qint64(const QString &)> companyId;
    std::function<qint64(const QString &)> userId;
    std::function<qint64(const QString &)> customFieldId;
};
// The inverse of snapshot(Sync) for one key: sets that field of `contact` to `value` (undefined or null: the
// field's empty value). Used to revert a job's changes and, later, to apply synced changes. Returns false for
// an unknown key or a value of the wrong shape, leaving the contact unchanged.
bool applyValue(Contact &contact, const QString &key, const QJsonValue &value, const Resolvers &resolvers);

} // namespace ContactFields

} // namespace Kontor
