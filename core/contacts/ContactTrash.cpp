// ContactService: the trash (move, restore, purge) and the history. Split from ContactService.cpp by topic.
#include "Clock.h"
#include "ContactFields.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "Database.h"
#include "SearchIndex.h"
#include "UnitOfWork.h"

#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"contact"_s;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
} // namespace

Result<void> ContactService::moveToTrash(const QList<qint64> &ids)
{
    return writeTrashState(ids, true);
}

Result<void> ContactService::restore(const QList<qint64> &ids)
{
    return writeTrashState(ids, false);
}

Result<void> ContactService::writeTrashState(const QList<qint64> &ids, bool trashed)
{
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    for (const qint64 id : ids) {
        auto c = m_repo->load(id);
        if (!c) {
            return c.error();
        }
        if ((c->deletedAt != 0) == trashed) {
            continue; // already where it should be
        }
        Result<void> ok = m_repo->setTrashed(id, trashed ? unit.now() : 0, m_session.userId);
        if (ok) {
            ok = unit.audit(kEntity, id, c->uuid, trashed ? u"trash"_s : u"restore"_s, {}, {}, c->displayName);
        }
        if (ok) {
            ok = unit.logChange(kEntity, c->uuid, u"_deleted"_s, trashed);
        }
        if (!ok) {
            return ok;
        }
        (trashed ? unit.changes().trashedContacts : unit.changes().restoredContacts).insert(id);
    }
    return unit.commit();
}

Result<int> ContactService::purgeExpired()
{
    auto expired = m_repo->trashedBefore(m_db.clock().nowMs() - qint64(TrashRetentionDays) * kDayMs);
    if (!expired) {
        return expired.error();
    }
    return purge(*expired);
}

Result<int> ContactService::purge(const QList<qint64> &ids)
{
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    int purged = 0;
    for (const qint64 id : ids) {
        auto c = m_repo->load(id);
        if (!c) {
            return c.error();
        }
        if (!c->deletedAt) {
            return makeError(Error::Code::Conflict,
                tr("\"%1\" is not in the trash; move it to the trash before deleting it for good.")
                    .arg(c->displayName));
        }
        // Persons of a purged company lose the link (ON DELETE SET NULL): record that as their change too.
        auto persons = m_repo->personsOfCompany(id);
        if (!persons) {
            return persons.error();
        }
        for (const qint64 person : std::as_const(*persons)) {
            auto p = m_repo->load(person);
            if (!p) {
                return p.error();
            }
            Result<void> ok = unit.audit(kEntity, person, p->uuid, u"update"_s, u"company"_s, c->displayName, {});
            if (ok) {
                ok = unit.logChange(kEntity, p->uuid, u"company"_s, QJsonValue());
            }
            if (!ok) {
                return ok.error();
            }
            unit.changes().updatedContacts.insert(person);
        }
        Result<void> ok = m_repo->remove(id);
        if (ok) {
            ok = unit.audit(kEntity, id, c->uuid, u"purge"_s, {}, c->displayName, {});
        }
        if (ok) {
            ok = unit.logChange(kEntity, c->uuid, u"_purged"_s, true); // the tombstone
        }
        if (ok && !persons->isEmpty()) {
            ok = SearchIndex::refresh(m_db, *persons);
        }
        if (!ok) {
            return ok.error();
        }
        unit.changes().purgedContacts.insert(id);
        ++purged;
    }
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return purged;
}

Result<QList<ContactService::AuditEntry>> ContactService::history(qint64 contactId, int limit) const
{
    auto &q = m_db.prepared(u"SELECT a.at, u.name, a.origin, a.action, a.field, a.old_value, a.new_value"
                            " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
                            " WHERE a.entity = 'contact' AND a.record_id = ? ORDER BY a.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.at = q.value(0).toLongLong();
        e.userName = q.value(1).toString();
        e.origin = q.value(2).toString();
        e.action = q.value(3).toString();
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        out << e;
    }
    q.finish();
    for (auto &e : out) {
        if (e.field.startsWith(u"custom."_s)) {
            const QString name = m_repo->customFieldName(e.field.mid(7));
            e.field = name.isEmpty() ? e.field : name;
        } else if (!e.field.isEmpty()) {
            e.field = ContactFields::label(e.field);
        }
    }
    return out;
}

} // namespace Kontor
