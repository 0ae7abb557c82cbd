#pragma once

#include "Result.h"
#include "Session.h"
#include "SmartList.h"

#include <QCoreApplication>

#include <functional>

namespace Kontor {

class Database;
class UnitOfWork;

// Saved smart lists of the session's user: create, copy, rename, edit filter/columns/sort, reorder, share,
// delete. Every change runs in one UnitOfWork (audited as entity "smart_list", logged for sync) and is
// announced in ChangeSet::otherEntities as "smart_list". A filter is checked with FilterCompiler before it is
// saved. Names are unique per user and kind (case-insensitive); errors are Error::Code::Invalid / NotFound /
// Conflict with translated messages.
class SmartListService
{
    Q_DECLARE_TR_FUNCTIONS(SmartListService)

public:
    SmartListService(Database &db, Session session);

    // Creates the default lists of the session's user when they have none yet (first start, new user).
    Result<void> ensureDefaults();
    // The lists the user sees in the tabs: their own in their order, then those shared with them by name.
    Result<QList<SmartList>> list(int kind = 0);
    Result<SmartList> byId(qint64 id);
    // By name, case-insensitive, among the lists the user sees (also finds the translated default names).
    Result<SmartList> byName(const QString &name, int kind = 0);

    Result<SmartList> create(const QString &name, const QString &filter, int kind = 0);
    // The same with the columns and sort given at once (one change, as `kontor-cli lists create` makes it).
    Result<SmartList> create(const QString &name,
        const QString &filter,
        const QList<ListColumn> &columns,
        const QString &sort,
        int kind = 0);
    Result<SmartList> copy(qint64 id, const QString &newName);
    Result<void> rename(qint64 id, const QString &name);
    Result<void> setFilter(qint64 id, const QString &filter);
    Result<void> setColumns(qint64 id, const QList<ListColumn> &columns);
    Result<void> setSort(qint64 id, const QString &sort);
    Result<void> share(qint64 id, const QList<qint64> &userIds); // replaces the set
    // The new order of the user's own lists of that kind; ids not given keep their relative order at the end.
    Result<void> reorder(const QList<qint64> &ids);
    // Removes the list; default lists can be removed too and come back with ensureDefaults() only on request.
    Result<void> remove(qint64 id);

    // The name to show: translated for an unrenamed default list.
    static QString displayName(const SmartList &list);
    // Default columns of a new list: Name, Phone, E-mail, Company, Created, Last activity, Tags (persons);
    // Name, E-mail, Phone, Website, City, Created, Persons (companies).
    static QList<ListColumn> defaultColumns(int kind);

private:
    // The list, when the session's user owns it; Conflict for a list only shared with them.
    Result<SmartList> owned(qint64 id);
    Result<void> checkName(const SmartList &list);
    Result<void> checkFilter(const QString &filter);
    Result<void> checkSort(const QString &sort);
    Result<void> checkColumns(const QList<ListColumn> &columns);
    Result<SmartList> createList(SmartList list);
    Result<qint64> insert(UnitOfWork &unit, const SmartList &list);
    // Applies `change` (which names the field it changed) to an owned list and records it.
    Result<void> edit(qint64 id, const std::function<Result<QString>(SmartList &)> &change);

    Database &m_db;
    Session m_session;
};

} // namespace Kontor
