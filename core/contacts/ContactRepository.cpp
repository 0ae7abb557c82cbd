#include "ContactRepository.h"

#include "ContactFields.h"
#include "ContactValidator.h"
#include "Database.h"
#include "SearchIndex.h"
#include "TextFolding.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant nullableInt(int v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}

const QString kColumns = u"uuid, kind, salutation, title, first_name, middle_name, last_name, display_name,"
                         " display_name_manual, job_title, department, company_id, birthday_year, birthday_month,"
                         " birthday_day, website, source, contact_type, is_lead, owner_id, team_id, dnd,"
                         " description, sort_key, created_at, created_by, updated_at, updated_by, last_activity_at"_s;

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

void bindRow(QSqlQuery &q, const Contact &c)
{
    q.addBindValue(text(c.uuid));
    q.addBindValue(int(c.kind));
    q.addBindValue(text(c.salutation));
    q.addBindValue(text(c.title));
    q.addBindValue(text(c.firstName));
    q.addBindValue(text(c.middleName));
    q.addBindValue(text(c.lastName));
    q.addBindValue(text(c.displayName));
    q.addBindValue(c.displayNameManual ? 1 : 0);
    q.addBindValue(text(c.jobTitle));
    q.addBindValue(text(c.department));
    q.addBindValue(nullable(c.companyId));
    q.addBindValue(nullableInt(c.birthday.year));
    q.addBindValue(nullableInt(c.birthday.month));
    q.addBindValue(nullableInt(c.birthday.day));
    q.addBindValue(text(c.website));
    q.addBindValue(text(c.source));
    q.addBindValue(text(c.contactType));
    q.addBindValue(c.lead ? 1 : 0);
    q.addBindValue(nullable(c.ownerId));
    q.addBindValue(c.teamId);
    q.addBindValue(int(c.dnd));
    q.addBindValue(text(c.description));
    q.addBindValue(ContactValidator::sortKey(c));
    q.addBindValue(c.createdAt);
    q.addBindValue(nullable(c.createdBy));
    q.addBindValue(c.updatedAt);
    q.addBindValue(nullable(c.updatedBy));
    // Saving a contact is an activity on it; notes move the time on without a save (setLastActivity).
    q.addBindValue(c.updatedAt);
}

Error notFound(qint64 id)
{
    return makeError(Error::Code::NotFound,
        QCoreApplication::translate("ContactRepository", "There is no contact with id %1.").arg(id));
}
} // namespace

ContactRepository::ContactRepository(Database &db)
    : m_db(db)
{}

Result<qint64> ContactRepository::insert(const Contact &c)
{
    auto &q = m_db.prepared(u"INSERT INTO contacts("_s + kColumns
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRow(q, c);
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Contact stored = c;
    stored.id = id;
    if (auto ok = writeParts(stored, false); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> ContactRepository::update(const Contact &c)
{
    auto &q = m_db.prepared(u"UPDATE contacts SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            " ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?"_s.arg(kColumns));
    bindRow(q, c);
    q.addBindValue(c.id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return notFound(c.id);
    }
    return writeParts(c, true);
}

Result<void> ContactRepository::writeParts(const Contact &c, bool replace)
{
    if (replace) {
        for (const char16_t *table : {u"contact_emails",
                 u"contact_phones",
                 u"contact_addresses",
                 u"contact_social",
                 u"contact_tags",
                 u"contact_followers",
                 u"custom_field_values",
                 u"contact_photos"}) {
            auto &del = m_db.prepared(u"DELETE FROM %1 WHERE contact_id = ?"_s.arg(QString::fromUtf16(table)));
            del.addBindValue(c.id);
            if (!del.exec()) {
                return storageError(del);
            }
        }
    }
    int pos = 0;
    for (const auto &e : c.emails) {
        auto &q = m_db.prepared(u"INSERT INTO contact_emails(contact_id, position, value, value_folded, label,"
                                " is_primary) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(pos++);
        q.addBindValue(text(e.value));
        q.addBindValue(e.value.toCaseFolded());
        q.addBindValue(text(e.label));
        q.addBindValue(e.primary ? 1 : 0);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    pos = 0;
    for (const auto &p : c.phones) {
        auto &q = m_db.prepared(u"INSERT INTO contact_phones(contact_id, position, raw, e164, label, is_primary)"
                                " VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(pos++);
        q.addBindValue(text(p.raw));
        q.addBindValue(text(p.e164));
        q.addBindValue(text(p.label));
        q.addBindValue(p.primary ? 1 : 0);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    pos = 0;
    for (const auto &a : c.addresses) {
        auto &q = m_db.prepared(u"INSERT INTO contact_addresses(contact_id, position, street, postal_code, city,"
                                " region, country, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(pos++);
        q.addBindValue(text(a.street));
        q.addBindValue(text(a.postalCode));
        q.addBindValue(text(a.city));
        q.addBindValue(text(a.region));
        q.addBindValue(text(a.country));
        q.addBindValue(text(a.label));
        if (!q.exec()) {
            return storageError(q);
        }
    }
    for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
        auto &q = m_db.prepared(u"INSERT INTO contact_social(contact_id, network, handle) VALUES (?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec()) {
            return storageError(q);
        }
    }
    pos = 0;
    for (const auto &tag : c.tags) {
        auto &q = m_db.prepared(u"INSERT INTO contact_tags(contact_id, tag, position) VALUES (?, ?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(tag);
        q.addBindValue(pos++);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    for (const qint64 user : c.followerIds) {
        auto &q = m_db.prepared(u"INSERT INTO contact_followers(contact_id, user_id) VALUES (?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(user);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it) {
        auto &q = m_db.prepared(
            u"INSERT INTO custom_field_values(contact_id, field_id, value, value_num) SELECT ?, id, ?, ? FROM"
            " custom_field_defs WHERE id = ?"_s);
        q.addBindValue(c.id);
        q.addBindValue(it.value());
        // value_num by the canonical forms of CustomFieldValues: "2025-12-31", "1234.5 EUR", "1234.5", "1".
        const QString &v = it.value();
        const bool isDate = v.size() == 10 && v.at(4) == u'-' && v.at(7) == u'-';
        bool isNumber = false;
        const double number
            = isDate ? QString(v).remove(u'-').toDouble(&isNumber) : v.section(u' ', 0, 0).toDouble(&isNumber);
        q.addBindValue(isNumber ? QVariant(number) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(it.key());
        if (!q.exec()) {
            return storageError(q);
        }
    }
    if (!c.photo.isEmpty()) {
        auto &q = m_db.prepared(u"INSERT INTO contact_photos(contact_id, data) VALUES (?, ?)"_s);
        q.addBindValue(c.id);
        q.addBindValue(c.photo);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    return {};
}

Result<void> ContactRepository::updateSearchDocument(const Contact &c)
{
    return SearchIndex::write(
        m_db, c.id, SearchIndex::documentFor(c, c.companyId ? companyName(c.companyId) : QString()));
}

Result<void> ContactRepository::setTrashed(qint64 id, qint64 at, qint64 by)
{
    auto &q = m_db.prepared(u"UPDATE contacts SET deleted_at = ?, deleted_by = ? WHERE id = ?"_s);
    q.addBindValue(nullable(at));
    q.addBindValue(at ? nullable(by) : nullable(0));
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return notFound(id);
    }
    return {};
}

Result<void> ContactRepository::setCompany(qint64 id, qint64 companyId, qint64 at, qint64 by)
{
    auto &q = m_db.prepared(u"UPDATE contacts SET company_id = ?, updated_at = ?, updated_by = ?,"
                            " last_activity_at = ? WHERE id = ?"_s);
    q.addBindValue(nullable(companyId));
    q.addBindValue(at);
    q.addBindValue(nullable(by));
    q.addBindValue(at);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return notFound(id);
    }
    return {};
}

Result<void> ContactRepository::setLastActivity(qint64 id, qint64 at)
{
    auto &q = m_db.prepared(u"UPDATE contacts SET last_activity_at = ? WHERE id = ?"_s);
    q.addBindValue(at);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return notFound(id);
    }
    return {};
}

Result<void> ContactRepository::remove(qint64 id)
{
    if (auto ok = SearchIndex::remove(m_db, id); !ok) {
        return ok;
    }
    auto &q = m_db.prepared(u"DELETE FROM contacts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

QString ContactRepository::lookup(QHash<qint64, QString> &cache, const QString &sql, qint64 id)
{
    if (!id) {
        return {};
    }
    if (auto it = cache.constFind(id); it != cache.constEnd()) {
        return *it;
    }
    auto &q = m_db.prepared(sql);
    q.addBindValue(id);
    QString value;
    if (q.exec() && q.next()) {
        value = q.value(0).toString();
    }
    q.finish();
    cache.insert(id, value);
    return value;
}

QString ContactRepository::companyName(qint64 id)
{
    QHash<qint64, QString> none; // company names change; never cached
    return lookup(none, u"SELECT display_name FROM contacts WHERE id = ?"_s, id);
}

QString ContactRepository::companyUuid(qint64 id)
{
    return lookup(m_companyUuids, u"SELECT uuid FROM contacts WHERE id = ?"_s, id); // UUIDs never change
}

QString ContactRepository::userName(qint64 id)
{
    return lookup(m_userNames, u"SELECT name FROM users WHERE id = ?"_s, id);
}

QString ContactRepository::userUuid(qint64 id)
{
    return lookup(m_userUuids, u"SELECT uuid FROM users WHERE id = ?"_s, id);
}

QString ContactRepository::customFieldUuid(qint64 id)
{
    return lookup(m_fieldUuids, u"SELECT uuid FROM custom_field_defs WHERE id = ?"_s, id);
}

ContactFields::References ContactRepository::references()
{
    ContactFields::References refs;
    refs.companyName = [this](qint64 id) { return companyName(id); };
    refs.companyUuid = [this](qint64 id) { return companyUuid(id); };
    refs.userName = [this](qint64 id) { return userName(id); };
    refs.userUuid = [this](qint64 id) { return userUuid(id); };
    refs.customFieldUuid = [this](qint64 id) { return customFieldUuid(id); };
    return refs;
}

QString ContactRepository::customFieldName(const QString &uuid)
{
    auto &q = m_db.prepared(u"SELECT name FROM custom_field_defs WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    QString name;
    if (q.exec() && q.next()) {
        name = q.value(0).toString();
    }
    q.finish();
    return name;
}

Result<qint64> ContactRepository::findCompanyByName(const QString &name)
{
    auto &q = m_db.prepared(
        u"SELECT id FROM contacts WHERE kind = 1 AND deleted_at IS NULL AND sort_key = ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(TextFolding::sortKey(name));
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> ContactRepository::idForUuid(const QString &uuid)
{
    auto &q = m_db.prepared(u"SELECT id FROM contacts WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound,
            QCoreApplication::translate("ContactRepository", "There is no contact with id %1.").arg(uuid));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

} // namespace Kontor

namespace Kontor {

Result<Contact> ContactRepository::load(qint64 id)
{
    auto &q = m_db.prepared(u"SELECT id, "_s + kColumns + u", deleted_at, deleted_by FROM contacts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return notFound(id);
    }
    Contact c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.uuid = q.value(i++).toString();
    c.kind = q.value(i++).toInt() == 1 ? ContactKind::Company : ContactKind::Person;
    c.salutation = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.firstName = q.value(i++).toString();
    c.middleName = q.value(i++).toString();
    c.lastName = q.value(i++).toString();
    c.displayName = q.value(i++).toString();
    c.displayNameManual = q.value(i++).toInt() != 0;
    c.jobTitle = q.value(i++).toString();
    c.department = q.value(i++).toString();
    c.companyId = q.value(i++).toLongLong();
    c.birthday.year = q.value(i++).toInt();
    c.birthday.month = q.value(i++).toInt();
    c.birthday.day = q.value(i++).toInt();
    c.website = q.value(i++).toString();
    c.source = q.value(i++).toString();
    c.contactType = q.value(i++).toString();
    c.lead = q.value(i++).toInt() != 0;
    c.ownerId = q.value(i++).toLongLong();
    c.teamId = q.value(i++).toLongLong();
    c.dnd = DndChannels(q.value(i++).toInt());
    c.description = q.value(i++).toString();
    ++i; // sort_key
    c.createdAt = q.value(i++).toLongLong();
    c.createdBy = q.value(i++).toLongLong();
    c.updatedAt = q.value(i++).toLongLong();
    c.updatedBy = q.value(i++).toLongLong();
    c.lastActivityAt = q.value(i++).toLongLong();
    c.deletedAt = q.value(i++).toLongLong();
    c.deletedBy = q.value(i++).toLongLong();
    q.finish();
    if (auto ok = loadParts(c); !ok) {
        return ok.error();
    }
    c.companyName = companyName(c.companyId);
    return c;
}

Result<void> ContactRepository::loadParts(Contact &c)
{
    auto run = [&](const QString &sql, const std::function<void(QSqlQuery &)> &row) -> Result<void> {
        auto &q = m_db.prepared(sql);
        q.addBindValue(c.id);
        if (!q.exec()) {
            return storageError(q);
        }
        while (q.next()) {
            row(q);
        }
        q.finish();
        return {};
    };
    Result<void> ok
        = run(u"SELECT value, label, is_primary FROM contact_emails WHERE contact_id = ? ORDER BY position"_s,
            [&](QSqlQuery &q) {
                c.emails << EmailAddress{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
            });
    if (ok) {
        ok = run(u"SELECT raw, e164, label, is_primary FROM contact_phones WHERE contact_id = ? ORDER BY position"_s,
            [&](QSqlQuery &q) {
                c.phones << PhoneNumber{
                    q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
            });
    }
    if (ok) {
        ok = run(u"SELECT street, postal_code, city, region, country, label FROM contact_addresses"
                 " WHERE contact_id = ? ORDER BY position"_s,
            [&](QSqlQuery &q) {
                c.addresses << PostalAddress{q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toString(),
                    q.value(4).toString(),
                    q.value(5).toString()};
            });
    }
    if (ok) {
        ok = run(u"SELECT network, handle FROM contact_social WHERE contact_id = ?"_s,
            [&](QSqlQuery &q) { c.socialProfiles.insert(q.value(0).toString(), q.value(1).toString()); });
    }
    if (ok) {
        ok = run(u"SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY position"_s,
            [&](QSqlQuery &q) { c.tags << q.value(0).toString(); });
    }
    if (ok) {
        ok = run(u"SELECT user_id FROM contact_followers WHERE contact_id = ? ORDER BY user_id"_s,
            [&](QSqlQuery &q) { c.followerIds << q.value(0).toLongLong(); });
    }
    if (ok) {
        ok = run(u"SELECT field_id, value FROM custom_field_values WHERE contact_id = ?"_s,
            [&](QSqlQuery &q) { c.customValues.insert(q.value(0).toLongLong(), q.value(1).toString()); });
    }
    if (ok) {
        ok = run(u"SELECT data FROM contact_photos WHERE contact_id = ?"_s,
            [&](QSqlQuery &q) { c.photo = q.value(0).toByteArray(); });
    }
    return ok;
}

Result<QList<qint64>> ContactRepository::trashedBefore(qint64 cutoffMs)
{
    return m_db.selectIds(u"SELECT id FROM contacts WHERE deleted_at IS NOT NULL AND deleted_at < ?"_s, {cutoffMs});
}

Result<QList<qint64>> ContactRepository::personsOfCompany(qint64 companyId)
{
    return m_db.selectIds(u"SELECT id FROM contacts WHERE company_id = ?"_s, {companyId});
}

} // namespace Kontor
