#include "ExportCommands.h"

#include "CliContext.h"
#include "CliJobProgress.h"
#include "CliOutput.h"
#include "ListCommands.h"
#include "importexport/ExportService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// "-o FILE" is a short option, which ArgumentParser leaves among the positionals; "--output FILE" is its
// long form.
bool takeOutput(const ParsedArguments &args, QString *path, QString *problem)
{
    const QStringList &p = args.positionals;
    if (args.isSet(u"output"_s)) {
        *path = args.value(u"output"_s);
        if (!p.isEmpty()) {
            *problem = ExportCommands::tr("unexpected argument \"%1\"").arg(p.first());
            return false;
        }
    } else if (p.size() == 2 && p.first() == u"-o"_s) {
        *path = p.at(1);
    } else if (p.isEmpty() || (p.size() == 1 && p.first() == u"-o"_s)) {
        *problem = ExportCommands::tr("say where to write with \"-o FILE\"");
        return false;
    } else {
        *problem = ExportCommands::tr("unexpected argument \"%1\"").arg(p.first() == u"-o"_s ? p.last() : p.first());
        return false;
    }
    if (path->trimmed().isEmpty()) {
        *problem = ExportCommands::tr("\"-o\" needs a file name");
        return false;
    }
    return true;
}

// Without --format, the file's suffix says it (".csv" is the standard CSV, ".vcf" vCard 4.0).
bool takeFormat(const ParsedArguments &args, const QString &path, ExportFormat *format, QString *problem)
{
    const QString key
        = args.isSet(u"format"_s) ? args.value(u"format"_s).trimmed().toLower() : QFileInfo(path).suffix().toLower();
    if (exportFormatFromKey(key, format)) {
        return true;
    }
    *problem = args.isSet(u"format"_s)
        ? ExportCommands::tr("\"--format\" is one of csv, csv-excel, xlsx, vcf, vcf3, json")
        : ExportCommands::tr("say the format with \"--format csv|csv-excel|xlsx|vcf|vcf3|json\"");
    return false;
}

QStringList splitColumns(const QString &text)
{
    QStringList keys;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            keys << part.trimmed();
        }
    }
    return keys;
}

} // namespace

QList<OptionSpec> ExportCommands::options()
{
    return {{u"format"_s, true},
        {u"list"_s, true},
        {u"search"_s, true},
        {u"filter"_s, true},
        {u"sort"_s, true},
        {u"columns"_s, true},
        {u"output"_s, true},
        {u"name"_s, true},
        {u"json"_s, false}};
}

int ExportCommands::run(CliContext &ctx)
{
    QString path;
    QString problem;
    ExportOptions options;
    if (!takeOutput(ctx.args, &path, &problem) || !takeFormat(ctx.args, path, &options.format, &problem)) {
        return ctx.output.usageError(problem);
    }
    const bool tabular = options.format == ExportFormat::Csv || options.format == ExportFormat::CsvExcel
        || options.format == ExportFormat::Xlsx;
    if (ctx.args.isSet(u"columns"_s)) {
        if (!tabular) {
            return ctx.output.usageError(tr("\"--columns\" applies to csv, csv-excel and xlsx only"));
        }
        options.columns = splitColumns(ctx.args.value(u"columns"_s));
        auto available = ExportService(ctx.db, ctx.session).availableColumns();
        if (!available) {
            return ctx.output.fail(available.error());
        }
        QStringList known;
        for (const ExportColumn &c : std::as_const(*available)) {
            known << c.key;
        }
        for (const QString &key : std::as_const(options.columns)) {
            if (!known.contains(key)) {
                //: %1 the unknown column, %2 the list of known ones
                return ctx.output.fail(invalidField(
                    u"columns"_s, tr("There is no export column \"%1\". Columns: %2").arg(key, known.join(u", "_s))));
            }
        }
    }
    // The list's filter, kind and sort (and --search, --filter, --sort) choose and order the contacts; its
    // visible columns are list columns, not export columns, so they are not used.
    options.query.scope = ContactScope::Alive;
    options.query.search = ctx.args.value(u"search"_s).trimmed();
    if (auto applied = ListCommands::applyToQuery(ctx, &options.query); !applied) {
        return ctx.output.fail(applied.error());
    }
    options.query.columns.clear();
    options.query.limit = 1000;
    options.name = ctx.args.value(u"name"_s).trimmed();

    CliJobProgress progress(ctx.output, tr("%L1 of %L2 contacts exported"), tr("%L1 contacts exported"));
    auto report = ExportService(ctx.db, ctx.session).run(options, path, progress.progress());
    progress.finish();
    if (!report) {
        return ctx.output.fail(report.error());
    }
    if (report->cancelled) {
        return ctx.output.fail(makeError(Error::Code::Cancelled, tr("The export was cancelled; no file was written.")));
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(QJsonObject{{u"batch"_s, report->jobId},
            {u"written"_s, report->written},
            {u"format"_s, exportFormatKey(options.format)},
            {u"file"_s, shown}});
        return int(ExitCode::Success);
    }
    //: %2 the file name, %3 the format ("Excel (German)")
    ctx.output.out() << tr("Exported %n contact(s) to %1 (%2).", nullptr, int(report->written))
                            .arg(shown, exportFormatLabel(options.format))
                     << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
