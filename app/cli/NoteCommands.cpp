#include "NoteCommands.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ContactPrinter.h"
#include "contacts/ContactJson.h"
#include "contacts/ContactService.h"
#include "notes/NoteService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject noteJson(const Note &n, const QString &contactUuid)
{
    return {{u"id"_s, n.id},
        {u"uuid"_s, n.uuid},
        {u"contact"_s, contactUuid},
        {u"text"_s, n.body},
        {u"created_at"_s, ContactJson::timestamp(n.createdAt)},
        {u"created_by"_s, n.createdByName},
        {u"updated_at"_s, ContactJson::timestamp(n.updatedAt)},
        {u"updated_by"_s, n.updatedByName}};
}

// The rest of the command line is the text, so an unquoted sentence works too.
QString textOf(const QStringList &words)
{
    return words.join(u' ');
}

bool parseNoteId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.trimmed().toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

QList<OptionSpec> NoteCommands::jsonOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> NoteCommands::noOptions()
{
    return {};
}

int NoteCommands::add(CliContext &ctx)
{
    if (ctx.args.positionals.size() < 2) {
        return ctx.output.usageError(tr("give a contact id and the note's text"));
    }
    auto contact = ctx.resolve(ctx.args.positionals.first());
    if (!contact) {
        return ctx.output.fail(contact.error());
    }
    auto note = NoteService(ctx.db, ctx.session).add(contact->id, textOf(ctx.args.positionals.mid(1)));
    if (!note) {
        return ctx.output.fail(note.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(noteJson(*note, contact->uuid));
        return int(ExitCode::Success);
    }
    //: %1 is the new note's number, %2 the contact's name
    ctx.output.out() << tr("Added note %1 to %2.").arg(note->id).arg(contact->displayName) << Qt::endl;
    return int(ExitCode::Success);
}

int NoteCommands::list(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(tr("give exactly one contact id"));
    }
    auto contact = ctx.resolve(ctx.args.positionals.first());
    if (!contact) {
        return ctx.output.fail(contact.error());
    }
    auto notes = NoteService(ctx.db, ctx.session).forContact(contact->id);
    if (!notes) {
        return ctx.output.fail(notes.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Note &n : std::as_const(*notes)) {
            array.append(noteJson(n, contact->uuid));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    if (notes->isEmpty()) {
        out << tr("No notes.") << Qt::endl;
        return int(ExitCode::Success);
    }
    // Whole texts: a note is read here, not skimmed in a table.
    for (const Note &n : std::as_const(*notes)) {
        //: header line of a note in "notes list": %1 its number, %2 date and time, %3 the author
        QString header = tr("Note %1, %2, %3").arg(n.id).arg(ContactPrinter::localTime(n.createdAt), n.createdByName);
        if (n.updatedAt != n.createdAt) {
            //: appended to a note's header when it was edited: %1 date and time, %2 who
            header += u' ' + tr("(edited %1 by %2)").arg(ContactPrinter::localTime(n.updatedAt), n.updatedByName);
        }
        QString body = n.body;
        out << header << u'\n' << u"  "_s << body.replace(u'\n', u"\n  "_s) << u"\n\n"_s;
    }
    out.flush();
    return int(ExitCode::Success);
}

int NoteCommands::edit(CliContext &ctx)
{
    qint64 id = 0;
    if (ctx.args.positionals.size() < 2 || !parseNoteId(ctx.args.positionals.first(), &id)) {
        return ctx.output.usageError(tr("give a note's number and its new text"));
    }
    auto note = NoteService(ctx.db, ctx.session).edit(id, textOf(ctx.args.positionals.mid(1)));
    if (!note) {
        return ctx.output.fail(note.error());
    }
    ctx.output.out() << tr("Updated note %1.").arg(note->id) << Qt::endl;
    return int(ExitCode::Success);
}

int NoteCommands::remove(CliContext &ctx)
{
    qint64 id = 0;
    if (ctx.args.positionals.size() != 1 || !parseNoteId(ctx.args.positionals.first(), &id)) {
        return ctx.output.usageError(tr("give exactly one note number"));
    }
    if (auto removed = NoteService(ctx.db, ctx.session).remove(id); !removed) {
        return ctx.output.fail(removed.error());
    }
    ctx.output.out() << tr("Deleted note %1.").arg(id) << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
