#pragma once

#include "Result.h"
#include "SmartList.h"

#include <QJsonObject>

namespace Kontor {

class Database;

// The SQL of smart lists and their shares; SmartListService decides who may do what and records the changes.
class SmartListRepository
{
public:
    explicit SmartListRepository(Database &db);

    // Own lists by position, then the ones shared with the user by name.
    Result<QList<SmartList>> visibleTo(qint64 userId, int kind);
    // Any list, whoever owns it; NotFound is the caller's to phrase (an empty optional id 0).
    Result<SmartList> load(qint64 id);
    Result<bool> ownerHasName(qint64 ownerId, int kind, const QString &name, qint64 exceptId);
    Result<int> ownedCount(qint64 ownerId, int kind);
    Result<int> nextPosition(qint64 ownerId, int kind);

    Result<qint64> insert(const SmartList &list);
    // Writes name, filter, columns, sort and updated_at.
    Result<void> update(const SmartList &list);
    Result<void> setPosition(qint64 id, int position);
    Result<void> setShares(qint64 id, const QList<qint64> &userIds);
    Result<void> remove(qint64 id);

    static QString columnsJson(const QList<ListColumn> &columns);
    static QJsonObject snapshot(const SmartList &list); // the change-log form of a whole list

private:
    Database &m_db;
};

} // namespace Kontor
