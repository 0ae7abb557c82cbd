#include "FilterFields.h"

#include "CustomField.h"
#include "Database.h"
#include "EmailCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
FilterFieldType typeOfCustom(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Number:
    case CustomFieldType::Money:
        return FilterFieldType::Number;
    case CustomFieldType::Date:
        return FilterFieldType::Date;
    case CustomFieldType::Checkbox:
        return FilterFieldType::Boolean;
    case CustomFieldType::SingleSelect:
        return FilterFieldType::Choice;
    case CustomFieldType::MultiSelect:
        return FilterFieldType::Tags;
    default:
        return FilterFieldType::Text;
    }
}
} // namespace

QList<FilterField> FilterFields::builtIn()
{
    const auto field = [](const char16_t *key, const QString &label, FilterFieldType type, bool sortable = true) {
        FilterField f;
        f.key = QString::fromUtf16(key);
        f.label = label;
        f.type = type;
        f.sortable = sortable;
        return f;
    };
    using T = FilterFieldType;
    QList<FilterField> out = {
        field(u"name", tr("Name"), T::Text),
        field(u"first_name", tr("First name"), T::Text),
        field(u"last_name", tr("Last name"), T::Text),
        field(u"company", tr("Company"), T::Text),
        field(u"job_title", tr("Job title"), T::Text),
        field(u"department", tr("Department"), T::Text),
        field(u"email", tr("E-mail"), T::Text),
        field(u"phone", tr("Phone"), T::Text),
        field(u"street", tr("Street"), T::Text),
        field(u"postal_code", tr("Postal code"), T::Text),
        field(u"city", tr("City"), T::Text),
        field(u"region", tr("Region"), T::Text),
        field(u"country", tr("Country"), T::Text),
        field(u"website", tr("Website"), T::Text),
        field(u"source", tr("Source"), T::Text),
        field(u"description", tr("Description"), T::Text, false),
        field(u"type", tr("Contact type"), T::Choice),
        field(u"lead", tr("Lead"), T::Boolean),
        field(u"tags", tr("Tags"), T::Tags),
        field(u"owner", tr("Owner"), T::User),
        field(u"followers", tr("Followers"), T::Users, false),
        field(u"birthday", tr("Birthday"), T::Birthday),
        field(u"created", tr("Created"), T::Date),
        field(u"updated", tr("Updated"), T::Date),
        field(u"last_activity", tr("Last activity"), T::Date),
        field(u"kind", tr("Kind"), T::Choice),
        field(u"created_by", tr("Created by"), T::User),
        field(u"email_status", tr("E-mail check"), T::Choice, false),
    };
    for (auto &f : out) {
        if (f.key == u"kind"_s) {
            f.choices = {u"person"_s, u"company"_s};
        } else if (f.key == u"email_status"_s) {
            f.choices = {u"valid"_s, u"invalid"_s, u"unknown"_s, u"unchecked"_s};
            f.choiceLabels = {emailCheckStatusLabel(EmailCheckStatus::Valid),
                emailCheckStatusLabel(EmailCheckStatus::Invalid),
                emailCheckStatusLabel(EmailCheckStatus::Unknown),
                tr("not checked", "e-mail check")};
        }
    }
    return out;
}

Result<QList<FilterField>> FilterFields::all(Database &db)
{
    QList<FilterField> out = builtIn();
    auto &types = db.prepared(u"SELECT name FROM contact_types ORDER BY position, id"_s);
    if (!types.exec()) {
        return storageError(types);
    }
    QStringList typeNames;
    while (types.next()) {
        typeNames << types.value(0).toString();
    }
    types.finish();
    for (auto &f : out) {
        if (f.key == u"type"_s) {
            f.choices = typeNames;
        }
    }
    // The same order as CustomFieldService::fields(): fields without a folder first.
    auto &q = db.prepared(u"SELECT d.id, d.name, d.type, d.options FROM custom_field_defs d"
                          " LEFT JOIN custom_field_folders f ON f.id = d.folder_id"
                          " ORDER BY f.position IS NOT NULL, f.position, d.position, d.id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    while (q.next()) {
        FilterField f;
        f.customFieldId = q.value(0).toLongLong();
        f.label = q.value(1).toString();
        f.key = u"custom."_s + f.label;
        CustomFieldType type = CustomFieldType::Text;
        customFieldTypeFromKey(q.value(2).toString(), &type);
        f.type = typeOfCustom(type);
        f.sortable = type != CustomFieldType::LongText && type != CustomFieldType::MultiSelect;
        for (const auto &o : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
            f.choices << o.toString();
        }
        out << f;
    }
    q.finish();
    return out;
}

Result<FilterField> FilterFields::find(Database &db, const QString &key)
{
    auto fields = all(db);
    if (!fields) {
        return fields.error();
    }
    const bool custom = key.startsWith(u"custom."_s, Qt::CaseInsensitive);
    for (const auto &f : *fields) {
        if (custom ? (f.customFieldId && f.label.compare(key.mid(7), Qt::CaseInsensitive) == 0)
                   : f.key.compare(key, Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return invalidField(key, tr("Unknown field \"%1\".").arg(key));
}

QList<FilterOperator> FilterFields::operatorsFor(FilterFieldType type)
{
    using O = FilterOperator;
    switch (type) {
    case FilterFieldType::Text:
        return {O::Is, O::IsNot, O::Contains, O::StartsWith, O::IsAnyOf, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::Number:
        return {O::Is, O::IsNot, O::Less, O::Greater, O::Between, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::Date:
        return {
            O::Is, O::IsNot, O::Before, O::After, O::Between, O::InLastDays, O::InNextDays, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::Birthday:
        return {
            O::InNextDays, O::InLastDays, O::Is, O::IsNot, O::Before, O::After, O::Between, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::Boolean:
        return {O::Is, O::IsNot};
    case FilterFieldType::Choice:
        return {O::Is, O::IsNot, O::IsAnyOf, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::Tags:
        return {O::HasAny, O::HasAll, O::HasNone, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::User:
        return {O::IsMe, O::Is, O::IsNot, O::IsAnyOf, O::IsEmpty, O::IsNotEmpty};
    case FilterFieldType::Users:
        return {O::IsMe, O::HasAny, O::HasAll, O::HasNone, O::IsEmpty, O::IsNotEmpty};
    }
    return {};
}

QString FilterFields::operatorLabel(FilterOperator op, FilterFieldType type)
{
    const bool dates = type == FilterFieldType::Date || type == FilterFieldType::Birthday;
    switch (op) {
    case FilterOperator::Is:
        return dates ? tr("is on") : tr("is");
    case FilterOperator::IsNot:
        return dates ? tr("is not on") : tr("is not");
    case FilterOperator::Contains:
        return tr("contains");
    case FilterOperator::StartsWith:
        return tr("starts with");
    case FilterOperator::IsEmpty:
        return tr("is empty");
    case FilterOperator::IsNotEmpty:
        return tr("is not empty");
    case FilterOperator::Less:
        return tr("is less than");
    case FilterOperator::Greater:
        return tr("is greater than");
    case FilterOperator::Before:
        return tr("is before");
    case FilterOperator::After:
        return tr("is after");
    case FilterOperator::Between:
        return tr("is between");
    case FilterOperator::InLastDays:
        return tr("in the last N days");
    case FilterOperator::InNextDays:
        return tr("in the next N days");
    case FilterOperator::HasAny:
        return tr("has any of");
    case FilterOperator::HasAll:
        return tr("has all of");
    case FilterOperator::HasNone:
        return tr("has none of");
    case FilterOperator::IsMe:
        return type == FilterFieldType::Users ? tr("include me") : tr("is me");
    case FilterOperator::IsAnyOf:
        return tr("is any of");
    }
    return {};
}

} // namespace Kontor
