#include "ContactCommands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ContactEditor.h"
#include "ContactPrinter.h"
#include "ListCommands.h"
#include "contacts/ContactJson.h"
#include "contacts/ContactService.h"
#include "customfields/CustomFieldService.h"
#include "users/UserService.h"

#include <QJsonDocument>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PageSize = 500;

Result<ContactPrinter::Names> loadNames(CliContext &ctx)
{
    ContactPrinter::Names names;
    auto users = UserService(ctx.db).list();
    if (!users) {
        return users.error();
    }
    for (const User &u : *users) {
        names.users.insert(u.id, u.name);
    }
    auto fields = CustomFieldService(ctx.db, ctx.session).fields();
    if (!fields) {
        return fields.error();
    }
    for (const CustomField &f : *fields) {
        names.customFields.insert(f.id, f.name);
    }
    return names;
}

// Prints the contact as `contacts show` does, in JSON or as text.
int printContact(CliContext &ctx, const Contact &contact)
{
    if (ctx.args.isSet(u"json"_s)) {
        auto json = ContactJson(ctx.db, ctx.session).toJson(contact);
        if (!json) {
            return ctx.output.fail(json.error());
        }
        ctx.output.printJson(*json);
        return int(ExitCode::Success);
    }
    auto names = loadNames(ctx);
    if (!names) {
        return ctx.output.fail(names.error());
    }
    ContactPrinter::printDetails(ctx.output.out(), contact, *names);
    return int(ExitCode::Success);
}

// Validates, links the company, then writes: a rejected contact creates no company and writes nothing.
Result<Contact> save(CliContext &ctx, ContactEditor &editor, Contact contact, bool create)
{
    if (auto prepared = ctx.contacts.prepare(contact); !prepared) {
        return prepared.error();
    }
    if (auto linked = editor.linkCompany(contact); !linked) {
        return linked.error();
    }
    auto saved = create ? ctx.contacts.create(contact) : ctx.contacts.update(contact);
    if (!saved) {
        return saved.error();
    }
    // Reload for what the service filled in (company name, timestamps, normalised phones).
    return ctx.contacts.load(saved->id);
}

} // namespace

QList<OptionSpec> ContactCommands::listOptions()
{
    return {{u"search"_s, true},
        {u"limit"_s, true},
        {u"json"_s, false},
        {u"list"_s, true},
        {u"filter"_s, true},
        {u"sort"_s, true},
        {u"columns"_s, true}};
}

QList<OptionSpec> ContactCommands::showOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> ContactCommands::deleteOptions()
{
    return {};
}

int ContactCommands::add(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    Contact contact;
    ContactEditor editor(ctx);
    if (auto applied = editor.apply(contact, ctx.args.options); !applied) {
        return ctx.output.fail(applied.error());
    }
    auto saved = save(ctx, editor, contact, true);
    if (!saved) {
        return ctx.output.fail(saved.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        return printContact(ctx, *saved);
    }
    //: %1 is the new contact's number, %2 its name
    ctx.output.out() << tr("Created contact %1 (%2).").arg(saved->id).arg(saved->displayName) << Qt::endl;
    return int(ExitCode::Success);
}

int ContactCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    int remaining = std::numeric_limits<int>::max();
    if (ctx.args.isSet(u"limit"_s)
        && !ArgumentParser::parseCount(ctx.args.value(u"limit"_s), 1, remaining, &remaining)) {
        return ctx.output.usageError(tr("\"--limit\" needs a positive whole number"));
    }
    const bool json = ctx.args.isSet(u"json"_s);
    ContactListQuery query;
    query.scope = ContactScope::Alive;
    query.search = ctx.args.value(u"search"_s).trimmed();
    if (auto applied = ListCommands::applyToQuery(ctx, &query); !applied) {
        return ctx.output.fail(applied.error());
    }
    // With columns (--columns or a list's), the table and the JSON objects hold just those fields.
    const bool byColumns = !query.columns.isEmpty();
    QStringList headers;
    if (byColumns) {
        auto named = ListCommands::headers(ctx, query.columns);
        if (!named) {
            return ctx.output.fail(named.error());
        }
        headers = QStringList{tr("ID")} + *named;
    }

    // Page by keyset and print as the rows arrive: a million contacts never sit in memory at once.
    ContactJson toJson(ctx.db, ctx.session);
    TextTable table = byColumns ? TextTable(headers) : ContactPrinter::listTable();
    QTextStream &out = ctx.output.out();
    int printed = 0;
    bool more = true;
    while (more && remaining > 0) {
        query.limit = std::min(remaining, PageSize);
        auto page = ctx.contacts.list(query);
        if (!page) {
            return ctx.output.fail(page.error());
        }
        more = page->hasMore && !page->rows.isEmpty();
        remaining -= int(page->rows.size());
        if (!page->rows.isEmpty()) {
            query.continueAfter(page->rows.last());
        }
        QList<QStringList> cells;
        for (const ContactSummary &row : std::as_const(page->rows)) {
            if (!json && byColumns) {
                QStringList line{QString::number(row.id)};
                for (const QString &key : std::as_const(query.columns)) {
                    line << ListCommands::cellText(row.values.value(key));
                }
                cells << line;
                continue;
            }
            if (!json) {
                cells << ContactPrinter::listRow(row);
                continue;
            }
            Result<QJsonObject> object = QJsonObject{{u"id"_s, row.uuid}, {u"number"_s, row.id}};
            if (byColumns) {
                for (const QString &key : std::as_const(query.columns)) {
                    object->insert(key, ListCommands::cellJson(row.values.value(key)));
                }
            } else {
                auto contact = ctx.contacts.load(row.id);
                object = contact ? toJson.toJson(*contact) : Result<QJsonObject>(contact.error());
            }
            if (!object) {
                return ctx.output.fail(object.error());
            }
            // One contact per line keeps the array greppable and valid JSON.
            out << (printed == 0 ? u"[\n  "_s : u",\n  "_s)
                << QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
            ++printed;
        }
        if (!json && !cells.isEmpty()) {
            if (printed == 0) {
                table.fitTo(cells);
                table.printHeader(out);
            }
            for (const QStringList &row : std::as_const(cells)) {
                table.printRow(out, row);
            }
            printed += int(cells.size());
        }
    }
    if (json) {
        out << (printed == 0 ? u"[]\n"_s : u"\n]\n"_s);
    } else if (printed == 0) {
        out << tr("No contacts found.") << u'\n';
    }
    out.flush();
    return int(ExitCode::Success);
}

int ContactCommands::show(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(tr("give exactly one contact id"));
    }
    auto contact = ctx.resolve(ctx.args.positionals.first());
    if (!contact) {
        return ctx.output.fail(contact.error());
    }
    return printContact(ctx, *contact);
}

int ContactCommands::edit(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(tr("give exactly one contact id"));
    }
    auto contact = ctx.resolve(ctx.args.positionals.first());
    if (!contact) {
        return ctx.output.fail(contact.error());
    }
    if (contact->deletedAt != 0) {
        return ctx.output.fail(makeError(Error::Code::NotFound,
            tr("Contact %1 is in the trash; restore it first (kontor-cli trash restore %1).").arg(contact->id)));
    }
    ContactEditor editor(ctx);
    if (auto applied = editor.apply(*contact, ctx.args.options); !applied) {
        return ctx.output.fail(applied.error());
    }
    if (!editor.changesSomething()) {
        return ctx.output.usageError(tr("say what to change, for example \"--last-name Meier\""));
    }
    auto saved = save(ctx, editor, *contact, false);
    if (!saved) {
        return ctx.output.fail(saved.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        return printContact(ctx, *saved);
    }
    //: %1 is the contact's number, %2 its name
    ctx.output.out() << tr("Updated contact %1 (%2).").arg(saved->id).arg(saved->displayName) << Qt::endl;
    return int(ExitCode::Success);
}

int ContactCommands::remove(CliContext &ctx)
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
        if (c.deletedAt == 0 && !ids.contains(c.id)) {
            ids << c.id;
        }
    }
    if (!ids.isEmpty()) {
        if (auto moved = ctx.contacts.moveToTrash(ids); !moved) {
            return ctx.output.fail(moved.error());
        }
    }
    ctx.output.out() << tr("Moved %n contact(s) to the trash.", nullptr, int(ids.size())) << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
