#include "ContactListFields.h"

#include "Database.h"
#include "EmailCheck.h"

#include <QDate>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPrimaryEmail = u"(SELECT e.value FROM contact_emails e WHERE e.contact_id = c.id"
                              " ORDER BY e.is_primary DESC, e.position LIMIT 1)"_s;
const QString kPrimaryEmailFolded = u"(SELECT e.value_folded FROM contact_emails e WHERE e.contact_id = c.id"
                                    " ORDER BY e.is_primary DESC, e.position LIMIT 1)"_s;
// The last check of the primary address (EmailCheckRepository), "unchecked" without one, NULL without an address.
const QString kPrimaryEmailStatus = u"(SELECT coalesce((SELECT k.status FROM email_checks k WHERE k.email ="
                                    " e.value_folded), 'unchecked') FROM contact_emails e WHERE e.contact_id = c.id"
                                    " ORDER BY e.is_primary DESC, e.position LIMIT 1)"_s;
const QString kPrimaryPhone = u"(SELECT CASE WHEN p.e164 <> '' THEN p.e164 ELSE p.raw END FROM contact_phones p"
                              " WHERE p.contact_id = c.id ORDER BY p.is_primary DESC, p.position LIMIT 1)"_s;
const QString kTags = u"(SELECT group_concat(t.tag, char(31)) FROM (SELECT tag FROM contact_tags"
                      " WHERE contact_id = c.id ORDER BY position) t)"_s;
const QString kFollowers = u"(SELECT group_concat(u.name, char(31)) FROM (SELECT us.name FROM contact_followers f"
                           " JOIN users us ON us.id = f.user_id WHERE f.contact_id = c.id ORDER BY us.name) u)"_s;
const QString kOwner = u"(SELECT name FROM users WHERE id = c.owner_id)"_s;
const QString kCompany = u"(SELECT display_name FROM contacts co WHERE co.id = c.company_id)"_s;
const QString kCompanySort = u"(SELECT sort_key FROM contacts co WHERE co.id = c.company_id)"_s;
const QString kPersons = u"(SELECT count(*) FROM contacts p WHERE p.company_id = c.id AND p.deleted_at IS NULL)"_s;

QString address(const QString &column)
{
    return u"(SELECT a.%1 FROM contact_addresses a WHERE a.contact_id = c.id ORDER BY a.position LIMIT 1)"_s.arg(
        column);
}

QString emptyIsNull(const QString &expr)
{
    return u"NULLIF(%1, '')"_s.arg(expr);
}

ListFieldSql text(const QString &key, const QString &value)
{
    ListFieldSql f;
    f.key = key;
    f.valueExpr = value;
    f.sortExpr = emptyIsNull(ContactListFields::foldSql(value));
    return f;
}

ListFieldSql plain(const QString &key, FilterFieldType type, const QString &value, bool neverEmpty)
{
    ListFieldSql f;
    f.key = key;
    f.type = type;
    f.valueExpr = value;
    f.sortExpr = value;
    f.neverEmpty = neverEmpty;
    return f;
}

// "custom.Branche" or custom."Name with spaces" (the filter language's quoting).
QString customName(const QString &key)
{
    QString name = key.mid(7).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
        name = name.mid(1, name.size() - 2).replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
    }
    return name;
}

Result<ListFieldSql> custom(Database &db, const QString &key)
{
    auto &q = db.prepared(u"SELECT id, type FROM custom_field_defs WHERE name = ? COLLATE NOCASE"_s);
    q.addBindValue(customName(key));
    if (!q.exec()) {
        return storageError(q);
    }
    const bool found = q.next();
    const qint64 id = found ? q.value(0).toLongLong() : 0;
    const QString typeKey = found ? q.value(1).toString() : QString();
    q.finish();
    CustomFieldType type = CustomFieldType::Text;
    if (!found || !customFieldTypeFromKey(typeKey, &type)) {
        return invalidField(key, ContactListFields::tr("Unknown field \"%1\".").arg(key));
    }
    ListFieldSql f;
    f.key = key;
    f.customFieldId = id;
    f.customType = type;
    const QString value
        = u"(SELECT v.value FROM custom_field_values v WHERE v.contact_id = c.id AND v.field_id = %1)"_s.arg(id);
    switch (type) {
    case CustomFieldType::Number:
    case CustomFieldType::Money:
        f.type = FilterFieldType::Number;
        f.valueExpr
            = u"(SELECT v.value_num FROM custom_field_values v WHERE v.contact_id = c.id AND v.field_id = %1)"_s.arg(
                id);
        f.sortExpr = f.valueExpr;
        return f;
    case CustomFieldType::Date:
        f.type = FilterFieldType::Date;
        break;
    case CustomFieldType::Checkbox:
        f.type = FilterFieldType::Boolean;
        break;
    case CustomFieldType::SingleSelect:
        f.type = FilterFieldType::Choice;
        break;
    case CustomFieldType::MultiSelect:
        f.type = FilterFieldType::Tags;
        break;
    default:
        f.type = FilterFieldType::Text;
    }
    // The stored value as it is: the index (field_id, value) then serves the order (ContactListRepository).
    f.valueExpr = value;
    f.sortExpr = emptyIsNull(value);
    return f;
}

} // namespace

QString ContactListFields::foldSql(const QString &expr)
{
    static const QList<std::pair<QString, QString>> pairs = {
        {u"ä"_s, u"a"_s},
        {u"ö"_s, u"o"_s},
        {u"ü"_s, u"u"_s},
        {u"Ä"_s, u"a"_s},
        {u"Ö"_s, u"o"_s},
        {u"Ü"_s, u"u"_s},
        {u"ß"_s, u"ss"_s},
        {u"é"_s, u"e"_s},
        {u"è"_s, u"e"_s},
        {u"É"_s, u"e"_s},
        {u"á"_s, u"a"_s},
        {u"à"_s, u"a"_s},
        {u"ç"_s, u"c"_s},
        {u"ñ"_s, u"n"_s},
    };
    QString out = u"lower(%1)"_s.arg(expr);
    for (const auto &[from, to] : pairs) {
        out = u"replace(%1, '%2', '%3')"_s.arg(out, from, to);
    }
    return out;
}

Result<ListFieldSql> ContactListFields::resolve(Database &db, const QString &key)
{
    if (key.startsWith(u"custom."_s)) {
        return custom(db, key);
    }
    if (key == u"name"_s) {
        ListFieldSql f = plain(key, FilterFieldType::Text, u"c.display_name"_s, true);
        f.sortExpr = u"c.sort_key"_s;
        return f;
    }
    static const QStringList columns = {
        u"first_name"_s, u"last_name"_s, u"job_title"_s, u"department"_s, u"website"_s, u"source"_s, u"description"_s};
    if (columns.contains(key)) {
        return text(key, u"c."_s + key);
    }
    if (key == u"company"_s) {
        ListFieldSql f = text(key, kCompany);
        f.sortExpr = kCompanySort;
        return f;
    }
    if (key == u"email"_s) {
        ListFieldSql f = text(key, kPrimaryEmail);
        f.sortExpr = kPrimaryEmailFolded;
        return f;
    }
    if (key == u"email_status"_s) {
        return plain(key, FilterFieldType::Choice, kPrimaryEmailStatus, false);
    }
    if (key == u"phone"_s) {
        ListFieldSql f = text(key, kPrimaryPhone);
        f.sortExpr = emptyIsNull(kPrimaryPhone);
        return f;
    }
    static const QStringList addressParts = {u"street"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s};
    if (addressParts.contains(key)) {
        return text(key, address(key));
    }
    if (key == u"type"_s) {
        ListFieldSql f = text(key, u"c.contact_type"_s);
        f.type = FilterFieldType::Choice;
        return f;
    }
    if (key == u"owner"_s) {
        ListFieldSql f = text(key, kOwner);
        f.type = FilterFieldType::User;
        return f;
    }
    if (key == u"tags"_s) {
        ListFieldSql f = text(key, kTags);
        f.type = FilterFieldType::Tags;
        return f;
    }
    if (key == u"followers"_s) {
        ListFieldSql f = text(key, kFollowers);
        f.type = FilterFieldType::Users;
        return f;
    }
    if (key == u"lead"_s) {
        return plain(key, FilterFieldType::Boolean, u"c.is_lead"_s, true);
    }
    if (key == u"kind"_s) {
        ListFieldSql f = plain(key, FilterFieldType::Choice, u"c.kind"_s, true);
        f.valueExpr = u"CASE c.kind WHEN 1 THEN 'company' ELSE 'person' END"_s;
        return f;
    }
    if (key == u"created"_s || key == u"updated"_s) {
        return plain(key, FilterFieldType::Date, u"c.%1_at"_s.arg(key), true);
    }
    if (key == u"last_activity"_s) {
        return plain(key, FilterFieldType::Date, u"c.last_activity_at"_s, false);
    }
    if (key == u"persons"_s) {
        return plain(key, FilterFieldType::Number, kPersons, true);
    }
    if (key == u"birthday"_s) {
        ListFieldSql f;
        f.key = key;
        f.type = FilterFieldType::Birthday;
        // Sorted by day and month: the order of the year's birthdays, whatever the year of birth.
        f.sortExpr = u"CASE WHEN c.birthday_month IS NULL THEN NULL"
                     " ELSE printf('%02d-%02d', c.birthday_month, c.birthday_day) END"_s;
        f.valueExpr = u"CASE WHEN c.birthday_month IS NULL THEN NULL"
                      " WHEN c.birthday_year IS NULL THEN printf('--%02d-%02d', c.birthday_month, c.birthday_day)"
                      " ELSE printf('%04d-%02d-%02d', c.birthday_year, c.birthday_month, c.birthday_day) END"_s;
        return f;
    }
    return invalidField(key, tr("Unknown field \"%1\".").arg(key));
}

QVariant ContactListFields::columnValue(const ListFieldSql &field, const QVariant &raw)
{
    if (raw.isNull()) {
        switch (field.type) {
        case FilterFieldType::Tags:
        case FilterFieldType::Users:
            return QStringList();
        case FilterFieldType::Boolean:
            return false;
        default:
            return QVariant();
        }
    }
    if (field.key == u"email_status"_s) {
        EmailCheckStatus status = EmailCheckStatus::Unknown;
        return emailCheckStatusFromKey(raw.toString(), &status) ? emailCheckStatusLabel(status)
                                                                : tr("not checked", "e-mail check");
    }
    switch (field.type) {
    case FilterFieldType::Number:
        return field.key == u"persons"_s ? QVariant(raw.toInt()) : QVariant(raw.toDouble());
    case FilterFieldType::Date:
        if (field.customFieldId) {
            return QDate::fromString(raw.toString(), Qt::ISODate);
        }
        return raw.toLongLong();
    case FilterFieldType::Boolean:
        return field.customFieldId ? raw.toString() == u"1"_s : raw.toInt() != 0;
    case FilterFieldType::Tags:
    case FilterFieldType::Users: {
        const QString joined = raw.toString();
        if (joined.isEmpty()) {
            return QStringList();
        }
        return joined.split(field.customFieldId ? QChar(u'\n') : QChar(31));
    }
    default:
        return raw.toString();
    }
}

} // namespace Kontor
