#include "SmartListRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSelect = u"SELECT l.id, l.uuid, l.kind, l.name, l.filter, l.columns, l.sort, l.owner_id, u.name,"
                        " l.position, l.builtin, l.created_at, l.updated_at,"
                        " (SELECT group_concat(user_id) FROM smart_list_shares s WHERE s.list_id = l.id)"
                        " FROM smart_lists l LEFT JOIN users u ON u.id = l.owner_id"_s;

QList<ListColumn> parseColumns(const QString &json)
{
    QList<ListColumn> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << ListColumn{o.value(u"key"_s).toString(), o.value(u"width"_s).toInt()};
    }
    return out;
}

SmartList readList(const QSqlQuery &q)
{
    SmartList l;
    l.id = q.value(0).toLongLong();
    l.uuid = q.value(1).toString();
    l.kind = q.value(2).toInt();
    l.name = q.value(3).toString();
    l.filter = q.value(4).toString();
    l.columns = parseColumns(q.value(5).toString());
    l.sort = q.value(6).toString();
    l.ownerId = q.value(7).toLongLong();
    l.ownerName = q.value(8).toString();
    l.position = q.value(9).toInt();
    l.builtin = q.value(10).toString();
    l.createdAt = q.value(11).toLongLong();
    l.updatedAt = q.value(12).toLongLong();
    for (const QString &id : q.value(13).toString().split(u',', Qt::SkipEmptyParts)) {
        l.sharedWith << id.toLongLong();
    }
    std::sort(l.sharedWith.begin(), l.sharedWith.end());
    return l;
}

Result<QList<SmartList>> readAll(QSqlQuery &q)
{
    if (!q.exec()) {
        return storageError(q);
    }
    QList<SmartList> out;
    while (q.next()) {
        out << readList(q);
    }
    q.finish();
    return out;
}

// A null QString binds as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

Result<void> run(QSqlQuery &q)
{
    if (!q.exec()) {
        return storageError(q);
    }
    q.finish();
    return {};
}

} // namespace

SmartListRepository::SmartListRepository(Database &db)
    : m_db(db)
{}

Result<QList<SmartList>> SmartListRepository::visibleTo(qint64 userId, int kind)
{
    auto &own = m_db.prepared(kSelect + u" WHERE l.owner_id = ? AND l.kind = ? ORDER BY l.position, l.id"_s);
    own.addBindValue(userId);
    own.addBindValue(kind);
    auto lists = readAll(own);
    if (!lists) {
        return lists;
    }
    auto &shared = m_db.prepared(kSelect
        + u" WHERE l.kind = ? AND l.owner_id <> ? AND l.id IN (SELECT list_id FROM smart_list_shares"
          " WHERE user_id = ?) ORDER BY l.name COLLATE NOCASE, l.id"_s);
    shared.addBindValue(kind);
    shared.addBindValue(userId);
    shared.addBindValue(userId);
    auto others = readAll(shared);
    if (!others) {
        return others;
    }
    return *lists + *others;
}

Result<SmartList> SmartListRepository::load(qint64 id)
{
    auto &q = m_db.prepared(kSelect + u" WHERE l.id = ?"_s);
    q.addBindValue(id);
    auto lists = readAll(q);
    if (!lists) {
        return lists.error();
    }
    return lists->isEmpty() ? SmartList() : lists->first();
}

Result<bool> SmartListRepository::ownerHasName(qint64 ownerId, int kind, const QString &name, qint64 exceptId)
{
    // Case-insensitive beyond ASCII ("Übersicht" = "übersicht"): compared in C++, a user has few lists.
    auto &q = m_db.prepared(u"SELECT name FROM smart_lists WHERE owner_id = ? AND kind = ? AND id <> ?"_s);
    q.addBindValue(ownerId);
    q.addBindValue(kind);
    q.addBindValue(exceptId);
    if (!q.exec()) {
        return storageError(q);
    }
    bool found = false;
    while (!found && q.next()) {
        found = q.value(0).toString().compare(name, Qt::CaseInsensitive) == 0;
    }
    q.finish();
    return found;
}

Result<int> SmartListRepository::ownedCount(qint64 ownerId, int kind)
{
    auto &q = m_db.prepared(u"SELECT count(*) FROM smart_lists WHERE owner_id = ? AND kind = ?"_s);
    q.addBindValue(ownerId);
    q.addBindValue(kind);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<int> SmartListRepository::nextPosition(qint64 ownerId, int kind)
{
    auto &q
        = m_db.prepared(u"SELECT coalesce(max(position) + 1, 0) FROM smart_lists WHERE owner_id = ? AND kind = ?"_s);
    q.addBindValue(ownerId);
    q.addBindValue(kind);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<qint64> SmartListRepository::insert(const SmartList &l)
{
    auto &q = m_db.prepared(u"INSERT INTO smart_lists(uuid, kind, name, filter, columns, sort, owner_id, position,"
                            " builtin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList{l.uuid,
             l.kind,
             text(l.name),
             text(l.filter),
             columnsJson(l.columns),
             text(l.sort),
             l.ownerId,
             l.position,
             text(l.builtin),
             l.createdAt,
             l.updatedAt}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Result<void> SmartListRepository::update(const SmartList &l)
{
    auto &q = m_db.prepared(
        u"UPDATE smart_lists SET name = ?, filter = ?, columns = ?, sort = ?, updated_at = ? WHERE id = ?"_s);
    for (const QVariant &v :
        QVariantList{text(l.name), text(l.filter), columnsJson(l.columns), text(l.sort), l.updatedAt, l.id}) {
        q.addBindValue(v);
    }
    return run(q);
}

Result<void> SmartListRepository::setPosition(qint64 id, int position)
{
    auto &q = m_db.prepared(u"UPDATE smart_lists SET position = ? WHERE id = ?"_s);
    q.addBindValue(position);
    q.addBindValue(id);
    return run(q);
}

Result<void> SmartListRepository::setShares(qint64 id, const QList<qint64> &userIds)
{
    auto &clear = m_db.prepared(u"DELETE FROM smart_list_shares WHERE list_id = ?"_s);
    clear.addBindValue(id);
    if (auto ok = run(clear); !ok) {
        return ok;
    }
    for (const qint64 user : userIds) {
        auto &q = m_db.prepared(u"INSERT OR IGNORE INTO smart_list_shares(list_id, user_id) VALUES (?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(user);
        if (auto ok = run(q); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> SmartListRepository::remove(qint64 id)
{
    auto &q = m_db.prepared(u"DELETE FROM smart_lists WHERE id = ?"_s);
    q.addBindValue(id);
    return run(q);
}

QString SmartListRepository::columnsJson(const QList<ListColumn> &columns)
{
    QJsonArray array;
    for (const ListColumn &c : columns) {
        array.append(QJsonObject{{u"key"_s, c.key}, {u"width"_s, c.width}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject SmartListRepository::snapshot(const SmartList &l)
{
    return {{u"kind"_s, l.kind},
        {u"name"_s, l.name},
        {u"filter"_s, l.filter},
        {u"columns"_s, QJsonDocument::fromJson(columnsJson(l.columns).toUtf8()).array()},
        {u"sort"_s, l.sort},
        {u"position"_s, l.position},
        {u"builtin"_s, l.builtin}};
}

} // namespace Kontor
