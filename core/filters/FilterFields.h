#pragma once

#include "FilterExpression.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kontor {

class Database;

// What a field holds, which decides the operators a filter may use on it, how a list sorts it and how a
// column shows it.
enum class FilterFieldType
{
    Text, // names, e-mail, phone, city, job title, custom text/url/e-mail/phone fields
    Number, // custom number and money fields
    Date, // created, updated, last activity (timestamps), custom date fields
    Birthday, // day and month with an optional year
    Boolean, // lead flag, custom checkbox
    Choice, // contact type, custom single select: one of `choices`
    Tags, // tags, custom multi select: a set of values
    User, // owner, created by: one user
    Users, // followers: a set of users
};

// One field a filter can test and a list can show and sort by: built-in ("city") or custom ("custom.Branche",
// named by the custom field's name so that the text form stays readable and survives a database copy).
struct FilterField
{
    QString key; // "city", "tags", "custom.Branche"
    QString label; // translated, for the filter builder and column headers ("Ort")
    FilterFieldType type = FilterFieldType::Text;
    QStringList choices; // Choice / Tags of custom fields, contact types; empty for free values
    qint64 customFieldId = 0; // 0 for built-in fields
    bool sortable = true;
    // Translated labels of `choices` for the filter builder, by index, where the values are keys
    // ("invalid" / "ungültig"); empty where the choices are shown as they are.
    QStringList choiceLabels = {};
};

// The catalogue of fields: built-in ones in a fixed order, then the custom fields of the database.
class FilterFields
{
    Q_DECLARE_TR_FUNCTIONS(FilterFields)

public:
    // Built-in keys: name, first_name, last_name, company, job_title, department, email, phone, street,
    // postal_code, city, region, country, website, source, description, type, lead, tags, owner, followers,
    // birthday, created, updated, last_activity, kind ("person" / "company"), created_by, email_status ("valid",
    // "invalid", "unknown", "unchecked": a contact with at least one address whose last check says so).
    static QList<FilterField> builtIn();
    // builtIn() plus one field per custom field definition, in folder and position order.
    static Result<QList<FilterField>> all(Database &db);
    // The field with that key from all(db); Error::Code::Invalid "Unknown field \"x\"." when there is none.
    static Result<FilterField> find(Database &db, const QString &key);
    // The operators that make sense for a type, in the order the filter builder offers them.
    static QList<FilterOperator> operatorsFor(FilterFieldType type);
    // Translated operator name for the builder ("is", "ist"; "in the next N days", "in den nächsten N Tagen").
    static QString operatorLabel(FilterOperator op, FilterFieldType type);
};

} // namespace Kontor
