#include "ContactTypeService.h"

#include "ContactService.h"
#include "Database.h"
#include "UnitOfWork.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"contact_type"_s;

struct DefaultType
{
    const char16_t *stored;
    const char *label;
};
const DefaultType kDefaults[] = {
    {u"Lead", QT_TRANSLATE_NOOP("ContactTypeService", "Lead")},
    {u"Customer", QT_TRANSLATE_NOOP("ContactTypeService", "Customer")},
    {u"Partner", QT_TRANSLATE_NOOP("ContactTypeService", "Partner")},
    {u"Supplier", QT_TRANSLATE_NOOP("ContactTypeService", "Supplier")},
    {u"Other", QT_TRANSLATE_NOOP("ContactTypeService", "Other")},
};
} // namespace

ContactTypeService::ContactTypeService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

QString ContactTypeService::displayName(const QString &stored)
{
    for (const auto &d : kDefaults) {
        if (stored == QString::fromUtf16(d.stored)) {
            return tr(d.label);
        }
    }
    return stored;
}

QString ContactTypeService::storedName(const QString &typed, const QStringList &known)
{
    const QString t = typed.simplified();
    for (const QString &k : known) {
        if (k.compare(t, Qt::CaseInsensitive) == 0 || displayName(k).compare(t, Qt::CaseInsensitive) == 0) {
            return k;
        }
    }
    return {};
}

Result<QStringList> ContactTypeService::list() const
{
    auto &q = m_db.prepared(u"SELECT name FROM contact_types ORDER BY position, id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    q.finish();
    return out;
}

Result<void> ContactTypeService::add(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > 100) {
        return invalidField(u"name"_s, tr("A contact type needs a name of at most 100 characters."));
    }
    auto known = list();
    if (!known) {
        return known.error();
    }
    if (!storedName(n, *known).isEmpty()) {
        return invalidField(u"name"_s, tr("The contact type \"%1\" exists already.").arg(n));
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto &q = m_db.prepared(
        u"INSERT INTO contact_types(name, position) SELECT ?, coalesce(max(position) + 1, 0) FROM contact_types"_s);
    q.addBindValue(n);
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto ok = unit.audit(kEntity, id, n, u"create"_s, {}, {}, n); !ok) {
        return ok;
    }
    if (auto ok = unit.logChange(kEntity, n, u"*"_s, n); !ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<void> ContactTypeService::rename(const QString &from, const QString &to)
{
    const QString n = to.simplified();
    if (n.isEmpty() || n.size() > 100) {
        return invalidField(u"name"_s, tr("A contact type needs a name of at most 100 characters."));
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto &q = m_db.prepared(u"UPDATE contact_types SET name = ? WHERE name = ?"_s);
    q.addBindValue(n);
    q.addBindValue(from);
    if (!q.exec()) {
        return makeError(Error::Code::Conflict, tr("The contact type \"%1\" exists already.").arg(n));
    }
    if (q.numRowsAffected() != 1) {
        return makeError(Error::Code::NotFound, tr("There is no contact type \"%1\".").arg(from));
    }
    // Contacts of that type follow the new name through the contact write path, so each is audited.
    auto affected = m_db.selectIds(u"SELECT id FROM contacts WHERE contact_type = ?"_s, {from});
    if (!affected) {
        return affected.error();
    }
    ContactService contacts(m_db, m_session);
    for (const qint64 id : std::as_const(*affected)) {
        auto c = contacts.load(id);
        if (!c) {
            return c.error();
        }
        if (c->deletedAt) {
            continue;
        }
        c->contactType = n;
        if (auto saved = contacts.update(*c); !saved) {
            return saved.error();
        }
    }
    if (auto ok = unit.audit(kEntity, 0, n, u"update"_s, u"name"_s, from, n); !ok) {
        return ok;
    }
    if (auto ok = unit.logChange(kEntity, from, u"name"_s, n); !ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<void> ContactTypeService::remove(const QString &name)
{
    auto &used = m_db.prepared(u"SELECT count(*) FROM contacts WHERE contact_type = ?"_s);
    used.addBindValue(name);
    if (!used.exec() || !used.next()) {
        return storageError(used);
    }
    const qint64 count = used.value(0).toLongLong();
    used.finish();
    if (count > 0) {
        return makeError(Error::Code::Conflict,
            tr("The contact type \"%1\" is used by %n contact(s); give them another type first.", nullptr, int(count))
                .arg(displayName(name)));
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto &q = m_db.prepared(u"DELETE FROM contact_types WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return makeError(Error::Code::NotFound, tr("There is no contact type \"%1\".").arg(name));
    }
    if (auto ok = unit.audit(kEntity, 0, name, u"delete"_s, {}, name, {}); !ok) {
        return ok;
    }
    if (auto ok = unit.logChange(kEntity, name, u"_purged"_s, true); !ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<void> ContactTypeService::reorder(const QStringList &names)
{
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    int position = 0;
    for (const QString &name : names) {
        auto &q = m_db.prepared(u"UPDATE contact_types SET position = ? WHERE name = ?"_s);
        q.addBindValue(position++);
        q.addBindValue(name);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    if (auto ok = unit.logChange(kEntity, u"*"_s, u"order"_s, QJsonArray::fromStringList(names)); !ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

} // namespace Kontor
