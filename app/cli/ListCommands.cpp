#include "ListCommands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ContactPrinter.h"
#include "contacts/ContactService.h"
#include "filters/FilterFields.h"
#include "smartlists/SmartListService.h"
#include "users/UserService.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList splitKeys(const QString &text)
{
    QStringList keys;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            keys << part.trimmed();
        }
    }
    return keys;
}

QList<ListColumn> columnsOf(const QStringList &keys)
{
    QList<ListColumn> out;
    for (const QString &key : keys) {
        out << ListColumn{key, 0};
    }
    return out;
}

QStringList keysOf(const QList<ListColumn> &columns)
{
    QStringList out;
    for (const ListColumn &c : columns) {
        out << c.key;
    }
    return out;
}

Result<QHash<qint64, QString>> userNames(CliContext &ctx)
{
    auto users = UserService(ctx.db).list();
    if (!users) {
        return users.error();
    }
    QHash<qint64, QString> names;
    for (const User &u : std::as_const(*users)) {
        names.insert(u.id, u.name);
    }
    return names;
}

QJsonObject listJson(const SmartList &l, const QHash<qint64, QString> &users)
{
    QJsonArray shared;
    for (const qint64 id : l.sharedWith) {
        shared.append(users.value(id, QString::number(id)));
    }
    return {{u"id"_s, l.uuid},
        {u"number"_s, l.id},
        {u"name"_s, SmartListService::displayName(l)},
        {u"filter"_s, l.filter},
        {u"sort"_s, l.sort},
        {u"columns"_s, QJsonArray::fromStringList(keysOf(l.columns))},
        {u"owner"_s, l.ownerName},
        {u"builtin"_s, l.builtin},
        {u"shared_with"_s, shared}};
}

// The local user's lists, with the default ones made on first use (as the desktop does on its first start).
Result<void> ensureDefaults(CliContext &ctx)
{
    return SmartListService(ctx.db, ctx.session).ensureDefaults();
}

Result<SmartList> named(CliContext &ctx, const QString &name)
{
    if (auto ok = ensureDefaults(ctx); !ok) {
        return ok.error();
    }
    return SmartListService(ctx.db, ctx.session).byName(name);
}

int wrongArguments(CliContext &ctx, int wanted)
{
    return ctx.output.usageError(wanted == 1 ? ListCommands::tr("give the name of one list")
                                             : ListCommands::tr("give the list's name and a new name"));
}

} // namespace

QList<OptionSpec> ListCommands::listOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> ListCommands::createOptions()
{
    return {{u"name"_s, true}, {u"filter"_s, true}, {u"columns"_s, true}, {u"sort"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> ListCommands::editOptions()
{
    return {{u"filter"_s, true}, {u"columns"_s, true}, {u"sort"_s, true}};
}

QList<OptionSpec> ListCommands::showOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> ListCommands::shareOptions()
{
    return {{u"users"_s, true}};
}

QList<OptionSpec> ListCommands::noOptions()
{
    return {};
}

int ListCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    if (auto ok = ensureDefaults(ctx); !ok) {
        return ctx.output.fail(ok.error());
    }
    auto lists = SmartListService(ctx.db, ctx.session).list();
    auto users = userNames(ctx);
    if (!lists || !users) {
        return ctx.output.fail(!lists ? lists.error() : users.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SmartList &l : std::as_const(*lists)) {
            array.append(listJson(l, *users));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    TextTable table({tr("Name"), tr("Filter"), tr("Sort"), tr("Owner")}, 48);
    QList<QStringList> rows;
    for (const SmartList &l : std::as_const(*lists)) {
        rows << QStringList{SmartListService::displayName(l), l.filter, l.sort, l.ownerName};
    }
    table.fitTo(rows);
    table.printHeader(ctx.output.out());
    for (const QStringList &row : std::as_const(rows)) {
        table.printRow(ctx.output.out(), row);
    }
    ctx.output.out().flush();
    return int(ExitCode::Success);
}

int ListCommands::create(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    if (!ctx.args.isSet(u"name"_s)) {
        return ctx.output.usageError(tr("\"--name\" is required"));
    }
    SmartListService lists(ctx.db, ctx.session);
    if (auto ok = lists.ensureDefaults(); !ok) {
        return ctx.output.fail(ok.error());
    }
    const QList<ListColumn> columns = columnsOf(splitKeys(ctx.args.value(u"columns"_s)));
    auto created
        = lists.create(ctx.args.value(u"name"_s), ctx.args.value(u"filter"_s), columns, ctx.args.value(u"sort"_s));
    if (!created) {
        return ctx.output.fail(created.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        auto saved = lists.byId(created->id);
        auto users = userNames(ctx);
        if (!saved || !users) {
            return ctx.output.fail(!saved ? saved.error() : users.error());
        }
        ctx.output.printJson(listJson(*saved, *users));
        return int(ExitCode::Success);
    }
    ctx.output.out() << tr("Created list \"%1\".").arg(created->name) << Qt::endl;
    return int(ExitCode::Success);
}

int ListCommands::edit(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return wrongArguments(ctx, 1);
    }
    if (!ctx.args.isSet(u"filter"_s) && !ctx.args.isSet(u"columns"_s) && !ctx.args.isSet(u"sort"_s)) {
        return ctx.output.usageError(tr("say what to change: --filter, --columns or --sort"));
    }
    auto l = named(ctx, ctx.args.positionals.first());
    if (!l) {
        return ctx.output.fail(l.error());
    }
    SmartListService lists(ctx.db, ctx.session);
    Result<void> ok;
    if (ctx.args.isSet(u"filter"_s)) {
        ok = lists.setFilter(l->id, ctx.args.value(u"filter"_s));
    }
    if (ok && ctx.args.isSet(u"columns"_s)) {
        ok = lists.setColumns(l->id, columnsOf(splitKeys(ctx.args.value(u"columns"_s))));
    }
    if (ok && ctx.args.isSet(u"sort"_s)) {
        ok = lists.setSort(l->id, ctx.args.value(u"sort"_s));
    }
    if (!ok) {
        return ctx.output.fail(ok.error());
    }
    ctx.output.out() << tr("Updated list \"%1\".").arg(SmartListService::displayName(*l)) << Qt::endl;
    return int(ExitCode::Success);
}

int ListCommands::rename(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 2) {
        return wrongArguments(ctx, 2);
    }
    auto l = named(ctx, ctx.args.positionals.first());
    if (!l) {
        return ctx.output.fail(l.error());
    }
    if (auto ok = SmartListService(ctx.db, ctx.session).rename(l->id, ctx.args.positionals.at(1)); !ok) {
        return ctx.output.fail(ok.error());
    }
    ctx.output.out() << tr("Renamed list \"%1\" to \"%2\".")
                            .arg(SmartListService::displayName(*l), ctx.args.positionals.at(1).simplified())
                     << Qt::endl;
    return int(ExitCode::Success);
}

int ListCommands::copy(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 2) {
        return wrongArguments(ctx, 2);
    }
    auto l = named(ctx, ctx.args.positionals.first());
    if (!l) {
        return ctx.output.fail(l.error());
    }
    auto copied = SmartListService(ctx.db, ctx.session).copy(l->id, ctx.args.positionals.at(1));
    if (!copied) {
        return ctx.output.fail(copied.error());
    }
    ctx.output.out() << tr("Copied list \"%1\" to \"%2\".").arg(SmartListService::displayName(*l), copied->name)
                     << Qt::endl;
    return int(ExitCode::Success);
}

int ListCommands::remove(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return wrongArguments(ctx, 1);
    }
    auto l = named(ctx, ctx.args.positionals.first());
    if (!l) {
        return ctx.output.fail(l.error());
    }
    if (auto ok = SmartListService(ctx.db, ctx.session).remove(l->id); !ok) {
        return ctx.output.fail(ok.error());
    }
    ctx.output.out() << tr("Deleted list \"%1\".").arg(SmartListService::displayName(*l)) << Qt::endl;
    return int(ExitCode::Success);
}

int ListCommands::show(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return wrongArguments(ctx, 1);
    }
    auto l = named(ctx, ctx.args.positionals.first());
    auto users = userNames(ctx);
    if (!l || !users) {
        return ctx.output.fail(!l ? l.error() : users.error());
    }
    ContactListQuery query;
    query.filter = l->filter;
    query.kind = l->kind;
    auto count = ctx.contacts.count(query);
    if (!count) {
        return ctx.output.fail(count.error());
    }
    QJsonObject json = listJson(*l, *users);
    json.insert(u"count"_s, *count);
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(json);
        return int(ExitCode::Success);
    }
    QStringList shared;
    for (const auto &v : json.value(u"shared_with"_s).toArray()) {
        shared << v.toString();
    }
    QTextStream &out = ctx.output.out();
    out << tr("Name: %1").arg(json.value(u"name"_s).toString()) << u'\n'
        << tr("Filter: %1").arg(l->filter.isEmpty() ? tr("(none: every contact)") : l->filter) << u'\n'
        << tr("Sort: %1").arg(l->sort.isEmpty() ? u"name"_s : l->sort) << u'\n'
        << tr("Columns: %1").arg(keysOf(l->columns).join(u", "_s)) << u'\n' << tr("Owner: %1").arg(l->ownerName)
        << u'\n';
    if (!shared.isEmpty()) {
        out << tr("Shared with: %1").arg(shared.join(u", "_s)) << u'\n';
    }
    out << tr("Contacts: %1").arg(*count) << Qt::endl;
    return int(ExitCode::Success);
}

int ListCommands::share(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return wrongArguments(ctx, 1);
    }
    if (!ctx.args.isSet(u"users"_s)) {
        return ctx.output.usageError(tr("\"--users\" is required (\"\" shares with nobody)"));
    }
    auto l = named(ctx, ctx.args.positionals.first());
    if (!l) {
        return ctx.output.fail(l.error());
    }
    QList<qint64> ids;
    for (const QString &name : splitKeys(ctx.args.value(u"users"_s))) {
        auto user = UserService(ctx.db).find(name);
        if (!user) {
            return ctx.output.fail(user.error());
        }
        ids << user->id;
    }
    if (auto ok = SmartListService(ctx.db, ctx.session).share(l->id, ids); !ok) {
        return ctx.output.fail(ok.error());
    }
    ctx.output.out()
        << tr("Shared list \"%1\" with %n user(s).", nullptr, int(ids.size())).arg(SmartListService::displayName(*l))
        << Qt::endl;
    return int(ExitCode::Success);
}

Result<void> ListCommands::applyToQuery(CliContext &ctx, ContactListQuery *query)
{
    QStringList filters;
    if (ctx.args.isSet(u"list"_s)) {
        auto l = named(ctx, ctx.args.value(u"list"_s));
        if (!l) {
            return l.error();
        }
        query->kind = l->kind;
        query->sort = l->sort;
        query->columns = keysOf(l->columns);
        if (!l->filter.trimmed().isEmpty()) {
            filters << l->filter;
        }
    }
    if (!ctx.args.value(u"filter"_s).trimmed().isEmpty()) {
        filters << ctx.args.value(u"filter"_s);
    }
    if (filters.size() == 2) {
        query->filter = u"(%1) and (%2)"_s.arg(filters.at(0), filters.at(1));
    } else if (filters.size() == 1) {
        query->filter = filters.first();
    }
    if (ctx.args.isSet(u"sort"_s)) {
        query->sort = ctx.args.value(u"sort"_s).trimmed();
    }
    if (ctx.args.isSet(u"columns"_s)) {
        query->columns = splitKeys(ctx.args.value(u"columns"_s));
    }
    return {};
}

Result<QStringList> ListCommands::headers(CliContext &ctx, const QStringList &keys)
{
    auto fields = FilterFields::all(ctx.db);
    if (!fields) {
        return fields.error();
    }
    QStringList out;
    for (const QString &key : keys) {
        auto it = std::find_if(fields->cbegin(), fields->cend(), [&key](const FilterField &f) { return f.key == key; });
        out << (it != fields->cend() ? it->label : key == u"persons"_s ? tr("Persons") : key);
    }
    return out;
}

QString ListCommands::cellText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(u", "_s);
    case QMetaType::LongLong:
        return value.toLongLong() ? ContactPrinter::localTime(value.toLongLong()) : QString();
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

QJsonValue ListCommands::cellJson(const QVariant &value)
{
    if (!value.isValid()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::LongLong:
        return value.toLongLong()
            ? QJsonValue(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs))
            : QJsonValue::Null;
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Int:
        return value.toInt();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

} // namespace Kontor
