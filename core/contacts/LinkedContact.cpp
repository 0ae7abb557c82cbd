#include "LinkedContact.h"

#include "ContactRepository.h"
#include "Database.h"
#include "UnitOfWork.h"

#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

Result<LinkedContact> LinkedContact::load(Database &db, qint64 contactId)
{
    auto &q = db.prepared(u"SELECT id, uuid, deleted_at, display_name FROM contacts WHERE id = ?"_s);
    q.addBindValue(contactId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        q.finish();
        return makeError(Error::Code::NotFound, tr("There is no contact with id %1.").arg(contactId));
    }
    LinkedContact c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.deletedAt = q.value(2).toLongLong();
    c.displayName = q.value(3).toString();
    q.finish();
    return c;
}

Result<LinkedContact> LinkedContact::loadLive(Database &db, qint64 contactId, const QString &trashedMessage)
{
    auto contact = load(db, contactId);
    if (contact && contact->deletedAt) {
        return makeError(Error::Code::NotFound, trashedMessage);
    }
    return contact;
}

Result<void> LinkedContact::touch(UnitOfWork &unit, qint64 contactId, const QString &entity, bool activity)
{
    unit.changes().otherEntities.insert(entity);
    if (contactId == 0) {
        return {};
    }
    if (activity) {
        if (auto ok = ContactRepository(unit.db()).setLastActivity(contactId, unit.now()); !ok) {
            return ok;
        }
    }
    unit.changes().updatedContacts.insert(contactId);
    return {};
}

} // namespace Kontor
