#include "SmartListService.h"

#include "ContactListFields.h"
#include "Database.h"
#include "FilterCompiler.h"
#include "SmartListRepository.h"
#include "UnitOfWork.h"
#include "UserService.h"
#include "Uuid.h"

#include <QJsonArray>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kEntity = u"smart_list"_s;

struct Default
{
    int kind;
    const char *builtin;
    const char *name; // stored in English, shown through displayName()
    const char *filter;
    const char *sort;
};

// "Leads" are contacts of the type Lead, the first of ContactTypeService's defaults, as the contact form shows it.
const Default kDefaults[] = {
    {0, "all", QT_TRANSLATE_NOOP("SmartListService", "All"), "", ""},
    {0, "mine", QT_TRANSLATE_NOOP("SmartListService", "My contacts"), "owner is me", ""},
    {0, "leads", QT_TRANSLATE_NOOP("SmartListService", "Leads"), "type = \"Lead\"", "-created"},
    {0,
        "birthdays",
        QT_TRANSLATE_NOOP("SmartListService", "Birthdays in the next 14 days"),
        "birthday in next 14 days",
        "birthday"},
    {0,
        "recent",
        QT_TRANSLATE_NOOP("SmartListService", "Added in the last 7 days"),
        "created in last 7 days",
        "-created"},
    {1, "all", QT_TRANSLATE_NOOP("SmartListService", "All"), "", ""},
};

QString columnsText(const QList<ListColumn> &columns)
{
    QStringList keys;
    for (const ListColumn &c : columns) {
        keys << c.key;
    }
    return keys.join(u", "_s);
}

} // namespace

SmartListService::SmartListService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

QString SmartListService::displayName(const SmartList &list)
{
    for (const Default &d : kDefaults) {
        if (list.kind == d.kind && list.builtin == QLatin1String(d.builtin) && list.name == QLatin1String(d.name)) {
            return tr(d.name);
        }
    }
    return list.name;
}

QList<ListColumn> SmartListService::defaultColumns(int kind)
{
    const QStringList keys = kind == 1
        ? QStringList{u"name"_s, u"email"_s, u"phone"_s, u"website"_s, u"city"_s, u"created"_s, u"persons"_s}
        : QStringList{u"name"_s, u"phone"_s, u"email"_s, u"company"_s, u"created"_s, u"last_activity"_s, u"tags"_s};
    QList<ListColumn> out;
    for (const QString &key : keys) {
        out << ListColumn{key, 0};
    }
    return out;
}

Result<void> SmartListService::ensureDefaults()
{
    SmartListRepository repo(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    bool created = false;
    for (int kind : {0, 1}) {
        auto count = repo.ownedCount(m_session.userId, kind);
        if (!count) {
            return count.error();
        }
        if (*count > 0) {
            continue;
        }
        int position = 0;
        for (const Default &d : kDefaults) {
            if (d.kind != kind) {
                continue;
            }
            SmartList l;
            l.uuid = Uuid::createV7(m_db.clock());
            l.kind = kind;
            l.name = QString::fromLatin1(d.name);
            l.filter = QString::fromLatin1(d.filter);
            l.sort = QString::fromLatin1(d.sort);
            l.columns = defaultColumns(kind);
            l.ownerId = m_session.userId;
            l.position = position++;
            l.builtin = QString::fromLatin1(d.builtin);
            l.createdAt = l.updatedAt = unit.now();
            if (auto ok = insert(unit, l); !ok) {
                return ok.error();
            }
            created = true;
        }
    }
    if (!created) {
        return {}; // nothing written: the unit rolls back its empty transaction
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<QList<SmartList>> SmartListService::list(int kind)
{
    return SmartListRepository(m_db).visibleTo(m_session.userId, kind);
}

Result<SmartList> SmartListService::byId(qint64 id)
{
    auto l = SmartListRepository(m_db).load(id);
    if (!l) {
        return l.error();
    }
    if (l->id == 0 || (l->ownerId != m_session.userId && !l->sharedWith.contains(m_session.userId))) {
        return makeError(Error::Code::NotFound, tr("There is no list with the number %1.").arg(id));
    }
    return l;
}

Result<SmartList> SmartListService::byName(const QString &name, int kind)
{
    auto all = list(kind);
    if (!all) {
        return all.error();
    }
    const QString wanted = name.simplified();
    for (const SmartList &l : std::as_const(*all)) {
        if (l.name.compare(wanted, Qt::CaseInsensitive) == 0
            || displayName(l).compare(wanted, Qt::CaseInsensitive) == 0) {
            return l;
        }
    }
    return makeError(Error::Code::NotFound, tr("There is no list \"%1\".").arg(wanted));
}

Result<SmartList> SmartListService::create(const QString &name, const QString &filter, int kind)
{
    return create(name, filter, defaultColumns(kind), {}, kind);
}

Result<SmartList> SmartListService::create(
    const QString &name, const QString &filter, const QList<ListColumn> &columns, const QString &sort, int kind)
{
    if (kind != 0 && kind != 1) {
        return invalidField(u"kind"_s, tr("A list shows persons (0) or companies (1), not %1.").arg(kind));
    }
    SmartList l;
    l.kind = kind;
    l.name = name.simplified();
    l.filter = filter.trimmed();
    l.columns = columns.isEmpty() ? defaultColumns(kind) : columns;
    l.sort = sort.trimmed();
    return createList(l);
}

Result<SmartList> SmartListService::copy(qint64 id, const QString &newName)
{
    auto source = byId(id);
    if (!source) {
        return source.error();
    }
    SmartList l = *source;
    l.name = newName.simplified();
    return createList(l);
}

Result<void> SmartListService::rename(qint64 id, const QString &name)
{
    return edit(id, [this, &name](SmartList &l) -> Result<QString> {
        l.name = name.simplified();
        if (auto ok = checkName(l); !ok) {
            return ok.error();
        }
        return u"name"_s;
    });
}

Result<void> SmartListService::setFilter(qint64 id, const QString &filter)
{
    return edit(id, [this, &filter](SmartList &l) -> Result<QString> {
        l.filter = filter.trimmed();
        if (auto ok = checkFilter(l.filter); !ok) {
            return ok.error();
        }
        return u"filter"_s;
    });
}

Result<void> SmartListService::setColumns(qint64 id, const QList<ListColumn> &columns)
{
    return edit(id, [this, &columns](SmartList &l) -> Result<QString> {
        if (auto ok = checkColumns(columns); !ok) {
            return ok.error();
        }
        l.columns = columns;
        return u"columns"_s;
    });
}

Result<void> SmartListService::setSort(qint64 id, const QString &sort)
{
    return edit(id, [this, &sort](SmartList &l) -> Result<QString> {
        l.sort = sort.trimmed();
        if (auto ok = checkSort(l.sort); !ok) {
            return ok.error();
        }
        return u"sort"_s;
    });
}

Result<void> SmartListService::share(qint64 id, const QList<qint64> &userIds)
{
    auto l = owned(id);
    if (!l) {
        return l.error();
    }
    QList<qint64> users;
    QJsonArray uuids;
    for (const qint64 user : userIds) {
        if (user == m_session.userId || users.contains(user)) {
            continue;
        }
        auto found = UserService(m_db).byId(user);
        if (!found) {
            return found.error();
        }
        users << user;
        uuids.append(found->uuid);
    }
    std::sort(users.begin(), users.end());
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    SmartListRepository repo(m_db);
    QStringList before;
    QStringList after;
    for (const qint64 u : std::as_const(l->sharedWith)) {
        before << QString::number(u);
    }
    for (const qint64 u : std::as_const(users)) {
        after << QString::number(u);
    }
    Result<void> ok = repo.setShares(id, users);
    if (ok) {
        ok = unit.audit(kEntity, id, l->uuid, u"update"_s, u"shared_with"_s, before.join(u","_s), after.join(u","_s));
    }
    if (ok) {
        ok = unit.logChange(kEntity, l->uuid, u"shared_with"_s, uuids);
    }
    if (!ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<void> SmartListService::reorder(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    auto first = owned(ids.first());
    if (!first) {
        return first.error();
    }
    auto mine = SmartListRepository(m_db).visibleTo(m_session.userId, first->kind);
    if (!mine) {
        return mine.error();
    }
    QList<SmartList> ordered;
    for (const qint64 id : ids) {
        auto it = std::find_if(mine->cbegin(), mine->cend(), [id](const SmartList &l) { return l.id == id; });
        if (it == mine->cend() || it->ownerId != m_session.userId) {
            return makeError(Error::Code::NotFound, tr("There is no list with the number %1.").arg(id));
        }
        ordered << *it;
    }
    for (const SmartList &l : std::as_const(*mine)) {
        if (l.ownerId == m_session.userId && !ids.contains(l.id)) {
            ordered << l;
        }
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    SmartListRepository repo(m_db);
    for (int position = 0; position < ordered.size(); ++position) {
        const SmartList &l = ordered.at(position);
        if (l.position == position) {
            continue;
        }
        Result<void> ok = repo.setPosition(l.id, position);
        if (ok) {
            ok = unit.audit(kEntity,
                l.id,
                l.uuid,
                u"update"_s,
                u"position"_s,
                QString::number(l.position),
                QString::number(position));
        }
        if (ok) {
            ok = unit.logChange(kEntity, l.uuid, u"position"_s, position);
        }
        if (!ok) {
            return ok;
        }
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<void> SmartListService::remove(qint64 id)
{
    auto l = owned(id);
    if (!l) {
        return l.error();
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    Result<void> ok = SmartListRepository(m_db).remove(id);
    if (ok) {
        ok = unit.audit(kEntity, id, l->uuid, u"delete"_s, {}, l->name, {});
    }
    if (ok) {
        ok = unit.logChange(kEntity, l->uuid, u"_purged"_s, true);
    }
    if (!ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

Result<SmartList> SmartListService::owned(qint64 id)
{
    auto l = byId(id);
    if (!l) {
        return l.error();
    }
    if (l->ownerId != m_session.userId) {
        return makeError(Error::Code::Conflict,
            tr("The list \"%1\" belongs to %2; copy it to change it.").arg(displayName(*l), l->ownerName));
    }
    return l;
}

Result<void> SmartListService::checkName(const SmartList &l)
{
    if (l.name.isEmpty()) {
        return invalidField(u"name"_s, tr("A list needs a name."));
    }
    auto taken = SmartListRepository(m_db).ownerHasName(m_session.userId, l.kind, l.name, l.id);
    if (!taken) {
        return taken.error();
    }
    if (*taken) {
        return makeError(Error::Code::Conflict, tr("You already have a list named \"%1\".").arg(l.name));
    }
    return {};
}

Result<void> SmartListService::checkFilter(const QString &filter)
{
    if (auto compiled = FilterCompiler(m_db, m_session.userId).compile(filter); !compiled) {
        return compiled.error();
    }
    return {};
}

Result<void> SmartListService::checkSort(const QString &sort)
{
    if (sort.isEmpty()) {
        return {};
    }
    auto field = ContactListFields::resolve(m_db, sort.startsWith(u'-') ? sort.mid(1) : sort);
    if (!field) {
        Error e = field.error();
        e.location.field = u"sort"_s;
        return e;
    }
    return {};
}

Result<void> SmartListService::checkColumns(const QList<ListColumn> &columns)
{
    for (const ListColumn &c : columns) {
        if (auto field = ContactListFields::resolve(m_db, c.key); !field) {
            Error e = field.error();
            e.location.field = u"columns"_s;
            return e;
        }
    }
    return {};
}

Result<SmartList> SmartListService::createList(SmartList l)
{
    l.id = 0;
    l.builtin.clear();
    l.sharedWith.clear();
    l.ownerId = m_session.userId;
    if (auto ok = checkName(l); !ok) {
        return ok.error();
    }
    if (auto ok = checkFilter(l.filter); !ok) {
        return ok.error();
    }
    if (auto ok = checkSort(l.sort); !ok) {
        return ok.error();
    }
    if (auto ok = checkColumns(l.columns); !ok) {
        return ok.error();
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto position = SmartListRepository(m_db).nextPosition(m_session.userId, l.kind);
    if (!position) {
        return position.error();
    }
    l.position = *position;
    l.uuid = Uuid::createV7(m_db.clock());
    l.createdAt = l.updatedAt = unit.now();
    auto id = insert(unit, l);
    if (!id) {
        return id.error();
    }
    unit.changes().otherEntities.insert(kEntity);
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return byId(*id);
}

Result<qint64> SmartListService::insert(UnitOfWork &unit, const SmartList &l)
{
    auto id = SmartListRepository(m_db).insert(l);
    if (!id) {
        return id.error();
    }
    Result<void> ok = unit.audit(kEntity, *id, l.uuid, u"create"_s, {}, {}, l.name);
    if (ok) {
        ok = unit.logChange(kEntity, l.uuid, u"*"_s, SmartListRepository::snapshot(l));
    }
    if (!ok) {
        return ok.error();
    }
    return *id;
}

Result<void> SmartListService::edit(qint64 id, const std::function<Result<QString>(SmartList &)> &change)
{
    auto old = owned(id);
    if (!old) {
        return old.error();
    }
    SmartList l = *old;
    auto field = change(l);
    if (!field) {
        return field.error();
    }
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    l.updatedAt = unit.now();
    const QJsonObject before = SmartListRepository::snapshot(*old);
    const QJsonObject after = SmartListRepository::snapshot(l);
    if (before.value(*field) == after.value(*field)) {
        return {};
    }
    auto text = [&field](const SmartList &s) {
        return *field == u"columns"_s ? columnsText(s.columns)
                                      : SmartListRepository::snapshot(s).value(*field).toString();
    };
    Result<void> ok = SmartListRepository(m_db).update(l);
    if (ok) {
        ok = unit.audit(kEntity, id, l.uuid, u"update"_s, *field, text(*old), text(l));
    }
    if (ok) {
        ok = unit.logChange(kEntity, l.uuid, *field, after.value(*field));
    }
    if (!ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

} // namespace Kontor
