#include "CompanyCommands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ContactEditor.h"
#include "ContactPrinter.h"
#include "contacts/ContactJson.h"
#include "contacts/ContactService.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PageSize = 500;
const QString kWebsite = u"website"_s;

// A company by number, UUID or name. Persons and unknown names are NotFound, naming what was typed.
Result<Contact> resolveCompany(CliContext &ctx, const QString &text)
{
    Result<Contact> found = ctx.resolve(text);
    if (!found && found.error().code == Error::Code::NotFound) {
        auto byName = ctx.contacts.findCompany(text);
        if (!byName) {
            return byName.error();
        }
        if (*byName == 0) {
            return makeError(Error::Code::NotFound,
                CompanyCommands::tr("There is no company with the name or id \"%1\".").arg(text));
        }
        found = ctx.contacts.load(*byName);
    }
    if (found && !found->isCompany()) {
        return makeError(Error::Code::NotFound,
            CompanyCommands::tr("Contact %1 (%2) is a person, not a company.").arg(found->id).arg(found->displayName));
    }
    return found;
}

QJsonObject companyRowJson(const ContactSummary &row)
{
    return {{u"id"_s, row.uuid},
        {u"number"_s, row.id},
        {u"name"_s, row.displayName},
        {u"email"_s, row.primaryEmail},
        {u"phone"_s, row.primaryPhone},
        {u"website"_s, row.values.value(kWebsite).toString()},
        {u"city"_s, row.city},
        {u"created_at"_s, ContactJson::timestamp(row.createdAt)},
        {u"persons"_s, row.personCount}};
}

QJsonObject personRowJson(const ContactSummary &row)
{
    return {{u"id"_s, row.uuid},
        {u"number"_s, row.id},
        {u"name"_s, row.displayName},
        {u"job_title"_s, row.jobTitle},
        {u"email"_s, row.primaryEmail},
        {u"phone"_s, row.primaryPhone}};
}

// The persons linked to the company that are not in the trash, by name.
Result<QList<ContactSummary>> personsOf(CliContext &ctx, qint64 companyId)
{
    ContactListQuery query;
    query.kind = int(ContactKind::Person);
    query.companyId = companyId;
    query.limit = PageSize;
    return ctx.contacts.listAll(query);
}

Result<QList<qint64>> personIds(CliContext &ctx, const QStringList &ids)
{
    auto persons = ctx.resolveAll(ids);
    if (!persons) {
        return persons.error();
    }
    QList<qint64> out;
    for (const Contact &p : std::as_const(*persons)) {
        if (!out.contains(p.id)) {
            out << p.id;
        }
    }
    return out;
}

} // namespace

QList<OptionSpec> CompanyCommands::listOptions()
{
    return {{u"search"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> CompanyCommands::addOptions()
{
    return {{u"email"_s, true}, {u"phone"_s, true}, {u"website"_s, true}, {u"city"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> CompanyCommands::showOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> CompanyCommands::assignOptions()
{
    return {};
}

int CompanyCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    const bool json = ctx.args.isSet(u"json"_s);
    ContactListQuery query;
    query.kind = int(ContactKind::Company);
    query.search = ctx.args.value(u"search"_s).trimmed();
    query.columns = {kWebsite};
    query.limit = PageSize;
    TextTable table({tr("ID"),
        tr("Name"),
        tr("E-mail"),
        tr("Phone"),
        tr("Website"),
        tr("City"),
        tr("Created"),
        //: column of "companies list": how many persons work for the company
        tr("Persons")});
    QTextStream &out = ctx.output.out();
    int printed = 0;
    for (bool more = true; more;) {
        auto page = ctx.contacts.list(query);
        if (!page) {
            return ctx.output.fail(page.error());
        }
        more = page->hasMore && !page->rows.isEmpty();
        if (!page->rows.isEmpty()) {
            query.continueAfter(page->rows.last());
        }
        QList<QStringList> cells;
        for (const ContactSummary &row : std::as_const(page->rows)) {
            if (json) {
                out << (printed++ == 0 ? u"[\n  "_s : u",\n  "_s)
                    << QString::fromUtf8(QJsonDocument(companyRowJson(row)).toJson(QJsonDocument::Compact));
                continue;
            }
            cells << QStringList{QString::number(row.id),
                row.displayName,
                row.primaryEmail,
                row.primaryPhone,
                row.values.value(kWebsite).toString(),
                row.city,
                ContactPrinter::localTime(row.createdAt),
                QString::number(row.personCount)};
        }
        if (!cells.isEmpty()) {
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
        out << tr("No companies found.") << u'\n';
    }
    out.flush();
    return int(ExitCode::Success);
}

int CompanyCommands::add(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(tr("give the company's name (in quotes if it has spaces)"));
    }
    const QString name = ctx.args.positionals.first().simplified();
    auto existing = ctx.contacts.findCompany(name);
    if (!existing) {
        return ctx.output.fail(existing.error());
    }
    if (*existing) {
        return ctx.output.fail(makeError(Error::Code::Conflict,
            tr("There is a company named \"%1\" already (id %2).").arg(name).arg(*existing),
            {},
            {{}, -1, u"name"_s, {}}));
    }
    Contact company;
    ContactEditor editor(ctx);
    const QList<ParsedOption> options
        = QList<ParsedOption>{{u"kind"_s, u"company"_s}, {u"name"_s, name}} + ctx.args.options;
    if (auto applied = editor.apply(company, options); !applied) {
        return ctx.output.fail(applied.error());
    }
    auto saved = ctx.contacts.create(company);
    if (!saved) {
        return ctx.output.fail(saved.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        auto object = ContactJson(ctx.db, ctx.session).toJson(*saved);
        if (!object) {
            return ctx.output.fail(object.error());
        }
        ctx.output.printJson(*object);
        return int(ExitCode::Success);
    }
    //: %1 is the new company's number, %2 its name
    ctx.output.out() << tr("Created company %1 (%2).").arg(saved->id).arg(saved->displayName) << Qt::endl;
    return int(ExitCode::Success);
}

int CompanyCommands::show(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(tr("give exactly one company: its name, number or UUID"));
    }
    auto company = resolveCompany(ctx, ctx.args.positionals.first());
    if (!company) {
        return ctx.output.fail(company.error());
    }
    auto persons = personsOf(ctx, company->id);
    if (!persons) {
        return ctx.output.fail(persons.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        auto object = ContactJson(ctx.db, ctx.session).toJson(*company);
        if (!object) {
            return ctx.output.fail(object.error());
        }
        QJsonArray people;
        for (const ContactSummary &p : std::as_const(*persons)) {
            people.append(personRowJson(p));
        }
        object->insert(u"persons"_s, people);
        ctx.output.printJson(*object);
        return int(ExitCode::Success);
    }
    ContactPrinter::Names names;
    auto users = UserService(ctx.db).list();
    if (!users) {
        return ctx.output.fail(users.error());
    }
    for (const User &u : std::as_const(*users)) {
        names.users.insert(u.id, u.name);
    }
    QTextStream &out = ctx.output.out();
    ContactPrinter::printDetails(out, *company, names);
    out << u'\n';
    if (persons->isEmpty()) {
        out << tr("No persons work for this company.") << Qt::endl;
        return int(ExitCode::Success);
    }
    out << tr("Persons (%1):").arg(persons->size()) << u'\n';
    TextTable table({tr("ID"), tr("Name"), tr("Job title"), tr("E-mail"), tr("Phone")});
    QList<QStringList> cells;
    for (const ContactSummary &p : std::as_const(*persons)) {
        cells << QStringList{QString::number(p.id), p.displayName, p.jobTitle, p.primaryEmail, p.primaryPhone};
    }
    table.fitTo(cells);
    table.printHeader(out);
    for (const QStringList &row : std::as_const(cells)) {
        table.printRow(out, row);
    }
    out.flush();
    return int(ExitCode::Success);
}

int CompanyCommands::assign(CliContext &ctx)
{
    if (ctx.args.positionals.size() < 2) {
        return ctx.output.usageError(tr("give a company and at least one person id"));
    }
    auto company = resolveCompany(ctx, ctx.args.positionals.first());
    if (!company) {
        return ctx.output.fail(company.error());
    }
    auto ids = personIds(ctx, ctx.args.positionals.mid(1));
    if (!ids) {
        return ctx.output.fail(ids.error());
    }
    if (auto linked = ctx.contacts.setCompany(*ids, company->id); !linked) {
        return ctx.output.fail(linked.error());
    }
    //: %1 is the company's name
    ctx.output.out() << tr("Linked %n person(s) to %1.", nullptr, int(ids->size())).arg(company->displayName)
                     << Qt::endl;
    return int(ExitCode::Success);
}

int CompanyCommands::unassign(CliContext &ctx)
{
    if (ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("give at least one person id"));
    }
    auto ids = personIds(ctx, ctx.args.positionals);
    if (!ids) {
        return ctx.output.fail(ids.error());
    }
    if (auto unlinked = ctx.contacts.setCompany(*ids, 0); !unlinked) {
        return ctx.output.fail(unlinked.error());
    }
    ctx.output.out() << tr("Unlinked %n person(s) from their company.", nullptr, int(ids->size())) << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
