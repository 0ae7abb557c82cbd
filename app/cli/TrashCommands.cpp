#include "TrashCommands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ContactPrinter.h"
#include "contacts/ContactJson.h"
#include "contacts/ContactService.h"
#include "documents/DocumentService.h"

#include <QJsonArray>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PageSize = 500;

// Every trashed contact, newest first, paged by keyset.
Result<QList<ContactSummary>> allTrashed(CliContext &ctx)
{
    ContactListQuery query;
    query.scope = ContactScope::Trash;
    query.limit = PageSize;
    return ctx.contacts.listAll(query);
}

} // namespace

QList<OptionSpec> TrashCommands::listOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> TrashCommands::restoreOptions()
{
    return {};
}

QList<OptionSpec> TrashCommands::purgeOptions()
{
    return {{u"all"_s, false}};
}

int TrashCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    auto rows = allTrashed(ctx);
    if (!rows) {
        return ctx.output.fail(rows.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        ContactJson toJson(ctx.db, ctx.session);
        QJsonArray array;
        for (const ContactSummary &row : std::as_const(*rows)) {
            auto contact = ctx.contacts.load(row.id);
            auto object = contact ? toJson.toJson(*contact) : Result<QJsonObject>(contact.error());
            if (!object) {
                return ctx.output.fail(object.error());
            }
            array.append(*object);
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    if (rows->isEmpty()) {
        out << tr("The trash is empty.") << Qt::endl;
        return int(ExitCode::Success);
    }
    QList<QStringList> cells;
    for (const ContactSummary &row : std::as_const(*rows)) {
        cells << ContactPrinter::trashRow(row);
    }
    TextTable table = ContactPrinter::trashTable();
    table.fitTo(cells);
    table.printHeader(out);
    for (const QStringList &row : std::as_const(cells)) {
        table.printRow(out, row);
    }
    out.flush();
    return int(ExitCode::Success);
}

int TrashCommands::restore(CliContext &ctx)
{
    if (ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("give at least one contact id"));
    }
    auto contacts = ctx.resolveAll(ctx.args.positionals);
    if (!contacts) {
        return ctx.output.fail(contacts.error());
    }
    QList<qint64> ids;
    for (const Contact &c : std::as_const(*contacts)) {
        if (c.deletedAt == 0) {
            return ctx.output.fail(makeError(Error::Code::NotFound, tr("Contact %1 is not in the trash.").arg(c.id)));
        }
        if (!ids.contains(c.id)) {
            ids << c.id;
        }
    }
    if (auto restored = ctx.contacts.restore(ids); !restored) {
        return ctx.output.fail(restored.error());
    }
    ctx.output.out() << tr("Restored %n contact(s).", nullptr, int(ids.size())) << Qt::endl;
    return int(ExitCode::Success);
}

int TrashCommands::purge(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    Result<int> purged = 0;
    if (ctx.args.isSet(u"all"_s)) {
        auto rows = allTrashed(ctx);
        if (!rows) {
            return ctx.output.fail(rows.error());
        }
        QList<qint64> ids;
        for (const ContactSummary &row : std::as_const(*rows)) {
            ids << row.id;
        }
        purged = ids.isEmpty() ? Result<int>(0) : ctx.contacts.purge(ids);
    } else {
        purged = ctx.contacts.purgeExpired();
    }
    if (!purged) {
        return ctx.output.fail(purged.error());
    }
    ctx.output.out() << tr("Deleted %n contact(s) for good.", nullptr, *purged) << Qt::endl;
    // Documents have their own trash; this also deletes the stored files of the contacts just purged.
    auto documents = DocumentService(ctx.db, ctx.session).purgeExpired();
    if (!documents) {
        return ctx.output.fail(documents.error());
    }
    if (*documents > 0) {
        ctx.output.out() << tr("Deleted %n document(s) for good.", nullptr, *documents) << Qt::endl;
    }
    return int(ExitCode::Success);
}

} // namespace Kontor
