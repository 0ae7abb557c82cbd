#include "ImportCommands.h"

#include "CliContext.h"
#include "CliJobProgress.h"
#include "CliOutput.h"
#include "ContactPrinter.h"
#include "ImportPrinter.h"
#include "contacts/ContactService.h"
#include "importexport/ImportService.h"
#include "importexport/TextDecoder.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

Error fileError(Error::Code code, const QString &message, const QString &path, const QString &detail = {})
{
    ErrorLocation where;
    where.file = QDir::toNativeSeparators(path);
    return makeError(code, message, detail, where);
}

// "tab", "\t", or one character that is not a letter, a digit or a quote.
bool parseDelimiter(const QString &text, QChar *out)
{
    if (text == u"tab"_s || text == u"\\t"_s || text == u"\t"_s) {
        *out = u'\t';
        return true;
    }
    if (text.size() != 1 || text.at(0).isLetterOrNumber() || text.at(0) == u'"' || text.at(0) == u'\'') {
        return false;
    }
    *out = text.at(0);
    return true;
}

// The --mapping file (ImportMapping::toJson()'s form, or {"Header": "target"}), matched against the header of
// the file to import, which needs a probe.
Result<ImportMapping> readMapping(
    const ImportService &service, const QString &importPath, const QString &mappingPath, const TableOptions &table)
{
    QFile file(mappingPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(Error::Code::Io,
            ImportCommands::tr("The mapping file could not be read."),
            mappingPath,
            file.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fileError(Error::Code::Invalid,
            parseError.error != QJsonParseError::NoError
                //: %1 the JSON parser's message, %2 the character offset in the mapping file
                ? ImportCommands::tr("The mapping file is not valid JSON: %1 at character %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : ImportCommands::tr("The mapping file must hold one JSON object."),
            mappingPath);
    }
    auto probe = service.probe(importPath, table);
    if (!probe) {
        return probe.error();
    }
    ImportMapping mapping;
    QString problem;
    if (!ImportMapping::fromJson(doc.object(), probe->headers, &mapping, &problem)) {
        return fileError(Error::Code::Invalid, problem, mappingPath);
    }
    return mapping;
}

// The options of `import FILE` other than the mapping. Returns false with *problem (a usage error) or *error.
bool readOptions(CliContext &ctx, ImportOptions *options, QString *problem, std::optional<Error> *error)
{
    const ParsedArguments &args = ctx.args;
    if (args.isSet(u"format"_s) && !importFormatFromKey(args.value(u"format"_s), &options->table.format)) {
        *problem = ImportCommands::tr("\"--format\" is one of auto, csv, xlsx, xls, vcf");
        return false;
    }
    if (args.isSet(u"kind"_s)) {
        const QString kind = args.value(u"kind"_s);
        if (kind != u"person"_s && kind != u"company"_s) {
            *problem = ImportCommands::tr("\"--kind\" is \"person\" or \"company\"");
            return false;
        }
        options->kind = kind == u"company"_s ? ContactKind::Company : ContactKind::Person;
    }
    if (args.isSet(u"sheet"_s)
        && !ArgumentParser::parseCount(args.value(u"sheet"_s), 1, 65535, &options->table.sheet)) {
        *problem = ImportCommands::tr("\"--sheet\" needs the sheet's number, counted from 1");
        return false;
    }
    if (args.isSet(u"sheet"_s)) {
        --options->table.sheet;
    }
    if (args.isSet(u"encoding"_s)) {
        const QString encoding = args.value(u"encoding"_s).trimmed();
        if (!TextDecoder::isSupported(encoding)) {
            *problem = ImportCommands::tr("unknown encoding \"%1\" (try UTF-8, windows-1252, ISO-8859-15, UTF-16LE)")
                           .arg(encoding);
            return false;
        }
        options->table.dialect.encoding = encoding;
    }
    if (args.isSet(u"delimiter"_s) && !parseDelimiter(args.value(u"delimiter"_s), &options->table.dialect.delimiter)) {
        *problem = ImportCommands::tr("\"--delimiter\" is one character such as \",\" or \";\", or \"tab\"");
        return false;
    }
    if (args.isSet(u"on-duplicate"_s)
        && !duplicatePolicyFromKey(args.value(u"on-duplicate"_s), &options->onDuplicate)) {
        *problem = ImportCommands::tr("\"--on-duplicate\" is one of skip, update, create");
        return false;
    }
    if (args.isSet(u"owner"_s)) {
        auto owner = UserService(ctx.db).find(args.value(u"owner"_s).trimmed());
        if (!owner) {
            *error = owner.error();
            return false;
        }
        options->ownerId = owner->id;
    }
    options->skipInvalid = args.isSet(u"skip-invalid"_s);
    options->tag = args.value(u"tag"_s).trimmed();
    options->name = args.value(u"name"_s).trimmed();
    options->region = ctx.contacts.defaultRegion();
    return true;
}

} // namespace

QList<OptionSpec> ImportCommands::importOptions()
{
    return {{u"format"_s, true},
        {u"kind"_s, true},
        {u"sheet"_s, true},
        {u"encoding"_s, true},
        {u"delimiter"_s, true},
        {u"mapping"_s, true},
        {u"dry-run"_s, false},
        {u"skip-invalid"_s, false},
        {u"on-duplicate"_s, true},
        {u"tag"_s, true},
        {u"owner"_s, true},
        {u"name"_s, true},
        {u"failed-rows"_s, true},
        {u"json"_s, false}};
}

QList<OptionSpec> ImportCommands::undoOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> ImportCommands::listOptions()
{
    return {{u"json"_s, false}};
}

int ImportCommands::import(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(ctx.args.positionals.isEmpty()
                ? tr("give the file to import")
                : tr("unexpected argument \"%1\"").arg(ctx.args.positionals.at(1)));
    }
    const QString path = ctx.args.positionals.first();
    if (!QFileInfo(path).isFile()) {
        return ctx.output.fail(fileError(Error::Code::Io, tr("The file does not exist."), path));
    }
    const bool dryRun = ctx.args.isSet(u"dry-run"_s);
    if (dryRun && ctx.args.isSet(u"failed-rows"_s)) {
        return ctx.output.usageError(tr("\"--failed-rows\" needs a real import, not \"--dry-run\""));
    }
    ImportOptions options;
    QString problem;
    std::optional<Error> error;
    if (!readOptions(ctx, &options, &problem, &error)) {
        return error ? ctx.output.fail(*error) : ctx.output.usageError(problem);
    }
    ImportService service(ctx.db, ctx.session);
    service.setDefaultRegion(options.region);
    if (ctx.args.isSet(u"mapping"_s)) {
        auto mapping = readMapping(service, path, ctx.args.value(u"mapping"_s), options.table);
        if (!mapping) {
            return ctx.output.fail(mapping.error());
        }
        options.mapping = *mapping;
    }

    const bool json = ctx.args.isSet(u"json"_s);
    QTextStream &out = ctx.output.out();
    if (dryRun) {
        CliJobProgress progress(ctx.output, tr("%L1 of %L2 rows checked"), tr("%L1 rows checked"));
        auto review = service.review(path, options, progress.progress());
        progress.finish();
        if (!review) {
            return ctx.output.fail(review.error());
        }
        if (json) {
            ctx.output.printJson(ImportPrinter::reviewJson(*review));
        } else {
            ImportPrinter::printReview(out, QDir::toNativeSeparators(path), *review);
        }
        // The dry run exits as the import would: invalid rows refuse it unless --skip-invalid is given.
        return review->invalid > 0 && !options.skipInvalid ? int(ExitCode::Invalid) : int(ExitCode::Success);
    }

    CliJobProgress progress(ctx.output, tr("%L1 of %L2 rows imported"), tr("%L1 rows imported"));
    auto report = service.run(path, options, progress.progress());
    progress.finish();
    if (!report) {
        return ctx.output.fail(report.error());
    }
    if (report->cancelled) {
        return ctx.output.fail(
            makeError(Error::Code::Cancelled, tr("The import was cancelled; what it had written was undone.")));
    }
    QString jobName;
    if (report->jobId > 0) {
        auto job = JobService(ctx.db, ctx.session).byId(report->jobId);
        jobName = job ? job->name : QString();
    }
    if (json) {
        ctx.output.printJson(ImportPrinter::reportJson(*report));
    } else {
        ImportPrinter::printReport(out, *report, jobName);
    }
    if (report->rejected) {
        ctx.output.errorLine(tr("%n row(s) are invalid, so nothing was imported; fix them or add \"--skip-invalid\" "
                                "to import the valid rows",
            nullptr,
            int(report->failed)));
        return int(ExitCode::Invalid);
    }
    if (ctx.args.isSet(u"failed-rows"_s) && report->jobId > 0) {
        const QString failedPath = ctx.args.value(u"failed-rows"_s);
        auto saved = service.saveFailedRows(report->jobId, failedPath);
        if (!saved) {
            return ctx.output.fail(saved.error());
        }
        if (!json) {
            out << tr("Saved %n failed row(s) to %1.", nullptr, int(*saved)).arg(QDir::toNativeSeparators(failedPath))
                << Qt::endl;
        }
    }
    return int(ExitCode::Success);
}

namespace {

// BATCH is the job's number or its UUID; only import jobs are undone by `import undo`.
Result<Job> importJob(CliContext &ctx, const QString &text)
{
    JobService jobs(ctx.db, ctx.session);
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    Result<Job> job = makeError(Error::Code::NotFound, ImportCommands::tr("There is no import \"%1\".").arg(text));
    if (isNumber) {
        job = jobs.byId(id);
    } else {
        JobRepository::Filter filter;
        filter.type = QString::fromUtf16(JobType::Import);
        filter.limit = 100000;
        auto all = jobs.list(filter);
        if (!all) {
            return all.error();
        }
        for (const Job &j : std::as_const(*all)) {
            if (j.uuid.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
                job = j;
            }
        }
    }
    if (!job && job.error().code == Error::Code::NotFound) {
        return makeError(Error::Code::NotFound, ImportCommands::tr("There is no import \"%1\".").arg(text));
    }
    if (job && job->type != QString::fromUtf16(JobType::Import)) {
        //: %1 the job's number, %2 its type ("Export", "Add tag")
        return makeError(Error::Code::Invalid,
            ImportCommands::tr("Job %1 is not an import but \"%2\".").arg(job->id).arg(JobType::label(job->type)));
    }
    return job;
}

} // namespace

int ImportCommands::undo(CliContext &ctx)
{
    if (ctx.args.positionals.size() != 1) {
        return ctx.output.usageError(tr("give the number of one import (see \"kontor-cli import list\")"));
    }
    auto job = importJob(ctx, ctx.args.positionals.first());
    if (!job) {
        return ctx.output.fail(job.error());
    }
    CliJobProgress progress(ctx.output, tr("%L1 of %L2 contacts undone"), tr("%L1 contacts undone"));
    auto undone = JobService(ctx.db, ctx.session).undo(job->id, progress.progress());
    progress.finish();
    if (!undone) {
        return ctx.output.fail(undone.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(ImportPrinter::undoJson(job->id, *undone));
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    //: %1 the batch number, %2 its name
    out << tr("Undid import %1 (%2).").arg(job->id).arg(job->name) << u'\n'
        << tr("Removed: %L1 contact(s) it had created").arg(undone->removed) << u'\n'
        << tr("Reverted: %L1 contact(s) it had updated").arg(undone->reverted) << u'\n'
        << tr("Left alone: %L1 field(s) changed since the import").arg(undone->skipped) << u'\n';
    for (const JobItem &item : std::as_const(undone->skippedItems)) {
        //: %1 contact number, %2 field key, %3 why it was left alone
        out << u"  "_s << tr("contact %1, field %2: %3").arg(item.contactId).arg(item.column, item.reason) << u'\n';
    }
    out.flush();
    return int(ExitCode::Success);
}

int ImportCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    JobService jobs(ctx.db, ctx.session);
    JobRepository::Filter filter;
    filter.type = QString::fromUtf16(JobType::Import);
    auto all = jobs.list(filter);
    if (!all) {
        return ctx.output.fail(all.error());
    }
    const bool json = ctx.args.isSet(u"json"_s);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Job &job : std::as_const(*all)) {
        auto counts = jobs.counts(job.id);
        if (!counts) {
            return ctx.output.fail(counts.error());
        }
        if (json) {
            array.append(ImportPrinter::jobJson(job, *counts));
            continue;
        }
        rows << QStringList{QString::number(job.id),
            ContactPrinter::localTime(job.startedAt > 0 ? job.startedAt : job.createdAt),
            job.name,
            jobStatusLabel(job.status),
            QString::number(counts->created),
            QString::number(counts->updated),
            QString::number(counts->skipped + counts->unchanged),
            QString::number(counts->failed),
            job.userName};
    }
    if (json) {
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    TextTable table({tr("Batch"),
                        tr("Started"),
                        tr("Name"),
                        tr("Status"),
                        tr("Created"),
                        tr("Updated"),
                        tr("Skipped"),
                        tr("Failed"),
                        tr("User")},
        40);
    table.fitTo(rows);
    table.printHeader(ctx.output.out());
    for (const QStringList &row : std::as_const(rows)) {
        table.printRow(ctx.output.out(), row);
    }
    ctx.output.out().flush();
    return int(ExitCode::Success);
}

} // namespace Kontor
