#include "JobCommands.h"

#include "BulkCommands.h"
#include "CliContext.h"
#include "CliJobProgress.h"
#include "CliOutput.h"
#include "JobPrinter.h"
#include "bulk/BulkService.h"
#include "contacts/ContactService.h"
#include "jobs/JobService.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Jobs left "running" by a process that is gone become interrupted before anything is shown or done.
Result<void> recover(CliContext &ctx)
{
    auto recovered = JobService(ctx.db, ctx.session).recoverInterrupted();
    if (!recovered) {
        return recovered.error();
    }
    return {};
}

// --type: "import", "export", "bulk" (every bulk action), a bulk action ("tag-add", "tag_add") or a stored
// type ("bulk.tag_add"). Empty on an unknown type.
QString typeFilter(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QStringView(JobType::Import) || t == QStringView(JobType::Export)) {
        return t;
    }
    const QString prefix = QString::fromUtf16(JobType::BulkPrefix);
    if (t == u"bulk"_s) {
        return prefix;
    }
    QString key = t.startsWith(prefix) ? t.mid(prefix.size()) : t;
    key.replace(u'-', u'_');
    return bulkActionFromKey(key, nullptr) ? prefix + key : QString();
}

int wrongId(CliContext &ctx)
{
    return ctx.output.usageError(JobCommands::tr("give the number of one job (see \"kontor-cli jobs list\")"));
}

// All skipped and failed items of a job, in order, page by page.
Result<QList<JobItem>> problemItems(JobService &jobs, qint64 jobId)
{
    const QList<JobItemOutcome> outcomes{JobItemOutcome::Skipped, JobItemOutcome::Failed};
    QList<JobItem> all;
    qint64 after = 0;
    for (;;) {
        auto page = jobs.items(jobId, outcomes, after);
        if (!page) {
            return page.error();
        }
        all += *page;
        if (page->size() < 1000) {
            return all;
        }
        after = page->last().seq;
    }
}

} // namespace

QList<OptionSpec> JobCommands::listOptions()
{
    return {{u"json"_s, false}, {u"type"_s, true}, {u"status"_s, true}, {u"user"_s, true}};
}

QList<OptionSpec> JobCommands::showOptions()
{
    return {{u"json"_s, false}, {u"items"_s, false}};
}

QList<OptionSpec> JobCommands::undoOptions()
{
    return {{u"json"_s, false}};
}

QList<OptionSpec> JobCommands::resumeOptions()
{
    return {{u"json"_s, false}};
}

Result<Job> JobCommands::find(CliContext &ctx, const QString &text)
{
    const QString wanted = text.trimmed();
    const Error notFound = makeError(Error::Code::NotFound, tr("There is no job \"%1\".").arg(wanted));
    JobService jobs(ctx.db, ctx.session);
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber) {
        auto job = jobs.byId(id);
        if (!job && job.error().code == Error::Code::NotFound) {
            return notFound;
        }
        return job;
    }
    JobRepository::Filter filter;
    filter.limit = std::numeric_limits<int>::max();
    auto all = jobs.list(filter);
    if (!all) {
        return all.error();
    }
    for (const Job &job : std::as_const(*all)) {
        if (job.uuid.compare(wanted, Qt::CaseInsensitive) == 0) {
            return job;
        }
    }
    return notFound;
}

namespace {
// The job named by the command's one argument, after recover(); nothing, with the exit code of the printed
// problem in *exitCode, when there is no such job.
std::optional<Job> jobArgument(CliContext &ctx, int *exitCode)
{
    if (ctx.args.positionals.size() != 1) {
        *exitCode = wrongId(ctx);
        return {};
    }
    if (auto ok = recover(ctx); !ok) {
        *exitCode = ctx.output.fail(ok.error());
        return {};
    }
    auto job = JobCommands::find(ctx, ctx.args.positionals.first());
    if (!job) {
        *exitCode = ctx.output.fail(job.error());
        return {};
    }
    return *job;
}
} // namespace

int JobCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    JobRepository::Filter filter;
    if (ctx.args.isSet(u"type"_s)) {
        filter.type = typeFilter(ctx.args.value(u"type"_s));
        if (filter.type.isEmpty()) {
            return ctx.output.usageError(
                tr("\"--type\" is import, export, bulk or a bulk action such as tag-add, not \"%1\"")
                    .arg(ctx.args.value(u"type"_s)));
        }
    }
    if (ctx.args.isSet(u"status"_s)) {
        JobStatus status;
        if (!jobStatusFromKey(ctx.args.value(u"status"_s).trimmed().toLower(), &status)) {
            return ctx.output.usageError(
                tr("\"--status\" is one of queued, running, done, failed, cancelled, interrupted, undone"));
        }
        filter.status = status;
    }
    if (auto ok = recover(ctx); !ok) {
        return ctx.output.fail(ok.error());
    }
    if (ctx.args.isSet(u"user"_s)) {
        auto user = UserService(ctx.db).find(ctx.args.value(u"user"_s).trimmed());
        if (!user) {
            return ctx.output.fail(user.error());
        }
        filter.userId = user->id;
    }
    auto all = JobService(ctx.db, ctx.session).list(filter);
    if (!all) {
        return ctx.output.fail(all.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Job &job : std::as_const(*all)) {
            array.append(JobPrinter::jobJson(job));
        }
        ctx.output.printJson(array);
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    if (all->isEmpty()) {
        out << tr("No jobs.") << Qt::endl;
        return int(ExitCode::Success);
    }
    QList<QStringList> rows;
    for (const Job &job : std::as_const(*all)) {
        rows << JobPrinter::tableRow(job);
    }
    TextTable table(JobPrinter::tableHeaders(), 40);
    table.fitTo(rows);
    table.printHeader(out);
    for (const QStringList &row : std::as_const(rows)) {
        table.printRow(out, row);
    }
    out.flush();
    return int(ExitCode::Success);
}

int JobCommands::show(CliContext &ctx)
{
    int exitCode = 0;
    const std::optional<Job> job = jobArgument(ctx, &exitCode);
    if (!job) {
        return exitCode;
    }
    JobService jobs(ctx.db, ctx.session);
    auto counts = jobs.counts(job->id);
    if (!counts) {
        return ctx.output.fail(counts.error());
    }
    const bool withItems = ctx.args.isSet(u"items"_s);
    QList<JobItem> items;
    if (withItems) {
        auto found = problemItems(jobs, job->id);
        if (!found) {
            return ctx.output.fail(found.error());
        }
        items = *found;
    }
    if (ctx.args.isSet(u"json"_s)) {
        QJsonObject object = JobPrinter::jobJson(*job);
        object.insert(u"params"_s, job->params);
        object.insert(u"statistics"_s, JobPrinter::countsJson(*counts));
        if (withItems) {
            QJsonArray array;
            for (const JobItem &item : std::as_const(items)) {
                array.append(JobPrinter::itemJson(item));
            }
            object.insert(u"items"_s, array);
        }
        ctx.output.printJson(object);
        return int(ExitCode::Success);
    }
    QTextStream &out = ctx.output.out();
    JobPrinter::printDetails(out, *job, *counts);
    if (withItems) {
        out << (items.isEmpty() ? tr("No contacts were skipped or failed.") : tr("Skipped and failed:")) << u'\n';
        JobPrinter::printItems(out, items);
    }
    out.flush();
    return int(ExitCode::Success);
}

int JobCommands::undo(CliContext &ctx)
{
    int exitCode = 0;
    const std::optional<Job> job = jobArgument(ctx, &exitCode);
    if (!job) {
        return exitCode;
    }
    JobService jobs(ctx.db, ctx.session);
    jobs.setDefaultRegion(ctx.contacts.defaultRegion());
    CliJobProgress progress(ctx.output, tr("%L1 of %L2 contacts undone"), tr("%L1 contacts undone"));
    auto undone = jobs.undo(job->id, progress.progress());
    progress.finish();
    if (!undone) {
        if (undone.error().code == Error::Code::Cancelled) {
            return ctx.output.fail(makeError(Error::Code::Cancelled,
                tr("The undo was cancelled after whole chunks; run \"kontor-cli jobs undo %1\" again to finish it.")
                    .arg(job->id)));
        }
        return ctx.output.fail(undone.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(JobPrinter::undoJson(*job, *undone));
        return int(ExitCode::Success);
    }
    JobPrinter::printUndo(ctx.output.out(), *job, *undone);
    return int(ExitCode::Success);
}

int JobCommands::resume(CliContext &ctx)
{
    int exitCode = 0;
    const std::optional<Job> job = jobArgument(ctx, &exitCode);
    if (!job) {
        return exitCode;
    }
    if (!JobType::isBulk(job->type)) {
        //: %1 the job's number, %2 its type ("Import", "Export")
        return ctx.output.fail(makeError(Error::Code::Conflict,
            tr("Job %1 is not a bulk action but \"%2\"; only bulk actions can be resumed.")
                .arg(job->id)
                .arg(JobType::label(job->type))));
    }
    BulkService service(ctx.db, ctx.session);
    service.setDefaultRegion(ctx.contacts.defaultRegion());
    CliJobProgress progress(ctx.output, tr("%L1 of %L2 contacts done"), tr("%L1 contacts done"));
    auto ran = service.resume(job->id, progress.progress());
    progress.finish();
    return BulkCommands::report(ctx, job->id, ran);
}

} // namespace Kontor
