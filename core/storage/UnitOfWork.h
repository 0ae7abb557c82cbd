#pragma once

#include "ChangeSet.h"
#include "Result.h"
#include "Session.h"

#include <QJsonValue>
#include <QString>

namespace Kontor {

class Database;

// One user action = one UnitOfWork = one transaction (STYLE.md, "One write path"). Repositories write the
// rows; the unit records each change once, into the audit log (for people) and the change log (for sync
// replicas), inside the same transaction, and after commit tells the Database's observer what changed.
// Destroying an uncommitted unit rolls everything back, so a failed write leaves no trace in any table.
// Units nest: an inner unit joins the outer transaction and only the outermost commits.
class UnitOfWork
{
public:
    UnitOfWork(Database &db, const Session &session);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    Result<void> begin();
    Result<void> commit();

    Database &db() { return m_db; }
    const Session &session() const { return m_session; }
    // One timestamp for everything the unit writes (UTC ms, from the database clock).
    qint64 now() const { return m_now; }
    ChangeSet &changes();

    // The audit entry a person reads: "who changed what, when, old -> new". Values are display text.
    Result<void> audit(const QString &entity,
        qint64 recordId,
        const QString &recordUuid,
        const QString &action,
        const QString &field,
        const QString &oldValue,
        const QString &newValue);
    // The change-log entry a sync client ships: record, field, new value (JSON), HLC timestamp, device.
    // Field "*" carries a whole record (create); "_deleted" the trash state; "_purged" a tombstone.
    Result<void> logChange(
        const QString &entity, const QString &recordUuid, const QString &field, const QJsonValue &value);

private:
    Database &m_db;
    Session m_session;
    qint64 m_now = 0;
    bool m_begun = false;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace Kontor
