#include "DocumentCommands.h"

#include "ActivityArguments.h"
#include "ActivityPrinter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "contacts/Contact.h"
#include "documents/DocumentService.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? ActivityPrinter::utc(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))
                  : QJsonValue(QJsonValue::Null);
}

QJsonObject documentJson(const Document &d)
{
    return {{u"id"_s, d.id},
        {u"uuid"_s, d.uuid},
        {u"contact_id"_s, d.contactId},
        {u"contact"_s, d.contactName},
        {u"name"_s, d.name},
        {u"category"_s, Document::categoryKey(d.category)},
        {u"size"_s, d.size},
        {u"mime_type"_s, ActivityPrinter::textOrNull(d.mimeType)},
        {u"sha256"_s, d.sha256},
        {u"created_at"_s, msOrNull(d.createdAt)},
        {u"created_by"_s, ActivityPrinter::textOrNull(d.createdByName)},
        {u"deleted_at"_s, msOrNull(d.deletedAt)}};
}

DocumentService service(CliContext &ctx)
{
    return DocumentService(ctx.db, ctx.session, Settings().documentMaxSizeBytes());
}

int wrongId(CliContext &ctx)
{
    return ctx.output.usageError(
        DocumentCommands::tr("give the number of one document (see \"kontor-cli documents list\")"));
}

int printDocument(CliContext &ctx, const Document &d, const QString &line)
{
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(documentJson(d));
    } else {
        ctx.output.out() << line << Qt::endl;
    }
    return int(ExitCode::Success);
}

} // namespace

QList<OptionSpec> DocumentCommands::addOptions()
{
    return {{u"contact"_s, true}, {u"category"_s, true}, {u"name"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> DocumentCommands::listOptions()
{
    return {{u"contact"_s, true}, {u"search"_s, true}, {u"trashed"_s, false}, {u"json"_s, false}};
}

QList<OptionSpec> DocumentCommands::changeOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> DocumentCommands::getOptions()
{
    return {{u"output"_s, true}};
}

int DocumentCommands::add(CliContext &ctx)
{
    if (!ctx.args.isSet(u"contact"_s) || ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("give \"--contact ID\" and at least one file"));
    }
    if (ctx.args.isSet(u"name"_s) && ctx.args.positionals.size() > 1) {
        return ctx.output.usageError(tr("\"--name\" names one file; give only one file with it"));
    }
    Document::Category category = Document::Category::Internal;
    if (ctx.args.isSet(u"category"_s)) {
        const QString key = ctx.args.value(u"category"_s).trimmed().toLower();
        if (!Document::categoryFromKey(key, &category)) {
            return ctx.output.fail(
                ActivityArguments::invalid(u"--category"_s, tr("is internal, sent or received, not \"%1\"").arg(key)));
        }
    }
    auto contact = ActivityArguments::contact(ctx);
    if (!contact) {
        return ctx.output.fail(contact.error());
    }
    DocumentService documents = service(ctx);
    QList<Document> added;
    // One file after the other: a failure stops here and names its file; the files before it stay attached.
    for (const QString &path : std::as_const(ctx.args.positionals)) {
        auto document = documents.add(contact->id, path, category, ctx.args.value(u"name"_s));
        if (!document) {
            // Name the file when the message does not, so that the failing one of several is known.
            Error error = ActivityArguments::namingOption(document.error(), addOptions());
            const QString file = QDir::toNativeSeparators(path);
            if (error.location.file.isEmpty() && !error.message.contains(QFileInfo(path).fileName())) {
                error.location.file = file;
            }
            return ctx.output.fail(error);
        }
        added << *document;
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Document &d : std::as_const(added)) {
            array.append(documentJson(d));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    for (const Document &d : std::as_const(added)) {
        //: %1 the document's number, %2 its name, %3 its size, %4 the contact's name
        ctx.output.out() << tr("Added document %1 \"%2\" (%3) to %4.")
                                .arg(d.id)
                                .arg(d.name, ActivityPrinter::size(d.size), contact->displayName)
                         << u'\n';
    }
    ctx.output.out().flush();
    return int(ExitCode::Success);
}

int DocumentCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    DocumentFilter filter;
    if (ctx.args.isSet(u"contact"_s)) {
        auto contact = ActivityArguments::contact(ctx);
        if (!contact) {
            return ctx.output.fail(contact.error());
        }
        filter.contactId = contact->id;
    }
    filter.search = ctx.args.value(u"search"_s).trimmed();
    filter.trashed = ctx.args.isSet(u"trashed"_s);
    auto found = service(ctx).list(filter);
    if (!found) {
        return ctx.output.fail(found.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Document &d : std::as_const(*found)) {
            array.append(documentJson(d));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const auto local = [&zone](qint64 ms) {
        return ms > 0 ? ActivityPrinter::local(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), zone) : QString();
    };
    QList<QStringList> rows;
    for (const Document &d : std::as_const(*found)) {
        QStringList row{QString::number(d.id),
            d.name,
            Document::categoryLabel(d.category),
            ActivityPrinter::size(d.size),
            d.contactName,
            local(d.createdAt)};
        if (filter.trashed) {
            row << local(d.deletedAt);
        }
        rows << row;
    }
    QStringList headers{tr("ID"), tr("Name"), tr("Category"), tr("Size"), tr("Contact"), tr("Added")};
    if (filter.trashed) {
        headers << tr("Deleted");
    }
    ActivityPrinter::printTable(
        ctx.output.out(), headers, rows, filter.trashed ? tr("No documents in the trash.") : tr("No documents."));
    return int(ExitCode::Success);
}

int DocumentCommands::remove(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return wrongId(ctx);
    }
    auto document = service(ctx).moveToTrash(id);
    if (!document) {
        return ctx.output.fail(document.error());
    }
    //: %1 the document's number, %2 its name
    return printDocument(ctx, *document, tr("Moved document %1 \"%2\" to the trash.").arg(id).arg(document->name));
}

int DocumentCommands::restore(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return wrongId(ctx);
    }
    auto document = service(ctx).restore(id);
    if (!document) {
        return ctx.output.fail(document.error());
    }
    //: %1 the document's number, %2 its name
    return printDocument(ctx, *document, tr("Restored document %1 \"%2\" from the trash.").arg(id).arg(document->name));
}

int DocumentCommands::get(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return wrongId(ctx);
    }
    const QString output = ctx.args.value(u"output"_s);
    if (output.isEmpty()) {
        return ctx.output.usageError(tr("\"--output FILE\" is required (\"-\" writes to the standard output)"));
    }
    DocumentService documents = service(ctx);
    auto document = documents.byId(id);
    if (!document) {
        return ctx.output.fail(document.error());
    }
    auto stored = documents.filePath(id);
    if (!stored) {
        return ctx.output.fail(stored.error());
    }
    QFile source(*stored);
    QFile target(output);
    const bool toStdout = output == u"-"_s;
    const bool opened = source.open(QIODevice::ReadOnly)
        && (toStdout ? target.open(stdout, QIODevice::WriteOnly) : target.open(QIODevice::WriteOnly));
    bool copied = opened;
    while (copied && !source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        copied = !chunk.isEmpty() && target.write(chunk) == chunk.size();
    }
    if (!copied || !target.flush()) {
        ErrorLocation where;
        where.file = QDir::toNativeSeparators(toStdout ? *stored : output);
        const QString detail = source.error() != QFileDevice::NoError ? source.errorString() : target.errorString();
        return ctx.output.fail(makeError(Error::Code::Io, tr("The document could not be copied."), detail, where));
    }
    if (!toStdout) {
        //: %1 the document's name, %2 the file written
        ctx.output.out() << tr("Saved \"%1\" as %2.").arg(document->name, QDir::toNativeSeparators(output)) << Qt::endl;
    }
    return int(ExitCode::Success);
}

} // namespace Kontor
