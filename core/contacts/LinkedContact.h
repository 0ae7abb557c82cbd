#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Kontor {

class Database;
class UnitOfWork;

// The contact a note, task, appointment, document or payment hangs on, as the services of those records need
// it: its uuid for their change-log entries, its trash state, its name; and the one way they mark it as
// touched.
struct LinkedContact
{
    Q_DECLARE_TR_FUNCTIONS(LinkedContact)

public:
    qint64 id = 0;
    QString uuid;
    qint64 deletedAt = 0; // UTC ms, 0 = not in the trash
    QString displayName;

    // NotFound naming the id when there is no such contact (trashed ones are found); Storage when reading fails.
    static Result<LinkedContact> load(Database &db, qint64 contactId);
    // As load(), and NotFound with `trashedMessage` for a contact in the trash: its records are out of every
    // view, so changing them would change what nobody sees.
    static Result<LinkedContact> loadLive(Database &db, qint64 contactId, const QString &trashedMessage);
    // After a write about the contact's record: sets the contact's last activity to the unit's time (unless
    // `activity` is false) and announces the contact and `entity` in the unit's ChangeSet. contactId 0 (a task
    // without contact) announces only the entity.
    static Result<void> touch(UnitOfWork &unit, qint64 contactId, const QString &entity, bool activity = true);
};

} // namespace Kontor
