#pragma once

#include "Contact.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kontor {

// Where one column of a file goes. Target keys:
//   "" (ignored), "full_name" (split into parts), "salutation", "title", "first_name", "middle_name",
//   "last_name", "name" (company name on company imports; display name otherwise), "company", "job_title",
//   "department", "email", "phone", "street", "postal_code", "city", "region", "country", "address" (one
//   multi-line address cell), "birthday", "website", "social.<network>", "source", "contact_type", "lead",
//   "tags", "owner", "followers", "dnd", "kind" (person/company per row, overriding the import's kind),
//   "description", "note" (appended to the description), "custom.<id>" (an existing custom
//   field) and "custom.new" (a new text custom field named `label`, created when the import runs).
//   "email_label", "phone_label", "address_label" (a cell holding the label of the value in the same group).
// `label` is the e-mail/phone/address label ("work", "home", "mobile", "other" or the user's own text); a
// non-empty *_label cell overrides it. For "custom.new" it is the new field's name.
// `group` numbers the values of multi-valued targets (1, 2, ...): address parts with the same group form one
// address, and "email_label" of group 2 labels the "email" of group 2. Group 0 means "its own value": each
// such e-mail or phone column is a value of its own, and address parts of group 0 form one address per label.
// A cell of an e-mail, phone or tags column may hold several values (" ::: ", ";", newline; tags also ",").
struct ColumnMapping
{
    QString target;
    QString label;
    int group = 0;

    bool operator==(const ColumnMapping &) const = default;
    bool isIgnored() const { return target.isEmpty(); }
};

// One ColumnMapping per column of the file, in column order.
struct ImportMapping
{
    QList<ColumnMapping> columns;

    bool operator==(const ImportMapping &) const = default;
    QJsonObject toJson() const; // {"columns": [{"target", "label"}...]}: also the --mapping file format
    // Accepts toJson()'s form and the hand-written {"Header name": "target" or {"target", "label"}} form
    // (matched against `headers`, case-insensitive). Unknown targets are an error naming the column.
    static bool fromJson(const QJsonObject &json, const QStringList &headers, ImportMapping *out, QString *error);
    // A key identifying a file's columns for the remembered mapping: folded header names in order, joined.
    static QString headerKey(const QStringList &headers);
};

// The catalogue of targets the mapping step offers, with translated labels.
namespace ImportTargets {
struct Target
{
    QString key;
    QString label; // translated
    bool hasLabel = false; // e-mail, phone and address parts take a label
};
QList<Target> all(ContactKind kind); // built-in targets for persons or companies, without custom fields
QString label(const QString &key); // translated label of a built-in target key
bool isKnown(const QString &key); // built-in, "custom.<digits>" or "custom.new"
// The header Kontor's CSV/XLSX export writes for a column, in the current translation ("E-mail 2",
// "E-mail 2 label", "Address 1 city"; custom fields by their name). AutoMapper recognises these headers in
// English and in German whatever the UI language, so an export always maps back to the same columns.
QString exportHeader(const ColumnMapping &column, const QString &customFieldName = {});
} // namespace ImportTargets

// Recognises the headers of the exports people bring (Outlook classic CSV in German and English, Google
// Contacts, Apple Contacts, HubSpot, Pipedrive, Salesforce, Zoho, and hand-made lists such as "Vorname",
// "Nachname", "Firma", "E-Mail-Adresse", "Telefon geschäftlich", "PLZ", "Ort", "Geburtstag"). Matching folds
// case, umlauts, punctuation and spacing. Custom fields are matched by name. Unknown columns stay ignored.
class AutoMapper
{
    Q_DECLARE_TR_FUNCTIONS(AutoMapper)

public:
    struct CustomFieldName
    {
        qint64 id = 0;
        QString name;
    };
    static ImportMapping guess(const QStringList &headers,
        ContactKind kind,
        const QList<CustomFieldName> &customFields = {});
};

} // namespace Kontor
