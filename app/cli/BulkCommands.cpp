#include "BulkCommands.h"

#include "CliContext.h"
#include "CliJobProgress.h"
#include "CliOutput.h"
#include "JobPrinter.h"
#include "ListCommands.h"
#include "bulk/BulkService.h"
#include "contacts/ContactService.h"
#include "contacts/ContactTypeService.h"
#include "jobs/JobService.h"
#include "users/UserService.h"

#include <QSet>

#include <optional>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// The action words of the command line and how many arguments each takes after it.
struct ActionWord
{
    const char16_t *word;
    BulkActionKind kind;
    int arguments;
};

const ActionWord kActions[] = {
    {u"tag-add", BulkActionKind::TagAdd, 1},
    {u"tag-remove", BulkActionKind::TagRemove, 1},
    {u"owner", BulkActionKind::Owner, 1},
    {u"follower-add", BulkActionKind::FollowerAdd, 1},
    {u"follower-remove", BulkActionKind::FollowerRemove, 1},
    {u"company", BulkActionKind::Company, 1},
    {u"company-remove", BulkActionKind::CompanyRemove, 0},
    {u"type", BulkActionKind::ContactType, 1},
    {u"lead", BulkActionKind::Lead, 1},
    {u"dnd", BulkActionKind::Dnd, 2},
    {u"verify-email", BulkActionKind::VerifyEmail, 0},
    {u"delete", BulkActionKind::Delete, 0},
};

const QStringList kSelectors{u"list"_s, u"search"_s, u"filter"_s, u"ids"_s};

QString actionWords()
{
    QStringList words;
    for (const ActionWord &a : kActions) {
        words << QString::fromUtf16(a.word);
    }
    return words.join(u", "_s);
}

// What the action needs after its word, for a usage error.
QString argumentsWanted(BulkActionKind kind)
{
    switch (kind) {
    case BulkActionKind::TagAdd:
    case BulkActionKind::TagRemove:
        return BulkCommands::tr("give the tag, for example \"tag-add VIP\"");
    case BulkActionKind::Owner:
        return BulkCommands::tr("give the owner's name or number, or \"none\" to remove the owner");
    case BulkActionKind::FollowerAdd:
    case BulkActionKind::FollowerRemove:
        return BulkCommands::tr("give the follower's name or number");
    case BulkActionKind::Company:
        return BulkCommands::tr("give the company's name");
    case BulkActionKind::ContactType:
        return BulkCommands::tr("give the contact type, or \"none\" to clear it");
    case BulkActionKind::Lead:
        return BulkCommands::tr("\"lead\" needs on or off");
    case BulkActionKind::Dnd:
        return BulkCommands::tr("\"dnd\" needs a channel (all, email, sms, calls, whatsapp) and on or off");
    case BulkActionKind::CompanyRemove:
    case BulkActionKind::VerifyEmail:
    case BulkActionKind::Delete:
        break;
    }
    return {};
}

bool parseOnOff(const QString &text, bool *on)
{
    const QString t = text.trimmed().toLower();
    if (t != u"on"_s && t != u"off"_s) {
        return false;
    }
    *on = t == u"on"_s;
    return true;
}

// A user by number or by name or e-mail; "none" is 0 where allowed (removing the owner).
Result<qint64> userId(CliContext &ctx, const QString &text, bool noneAllowed)
{
    const QString t = text.trimmed();
    if (noneAllowed && t.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        return qint64(0);
    }
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    auto user = isNumber ? UserService(ctx.db).byId(id) : UserService(ctx.db).find(t);
    if (!user) {
        return user.error();
    }
    return user->id;
}

// The stored name of a contact type typed in either language; "none" or "" clears the type.
Result<QString> contactType(CliContext &ctx, const QString &text)
{
    const QString t = text.trimmed();
    auto known = ContactTypeService(ctx.db, ctx.session).list();
    if (!known) {
        return known.error();
    }
    const QString stored = ContactTypeService::storedName(t, *known);
    if (!stored.isEmpty() || t.isEmpty()) {
        return stored;
    }
    if (t.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        return QString();
    }
    QStringList names;
    for (const QString &k : std::as_const(*known)) {
        names << ContactTypeService::displayName(k);
    }
    //: %1 what the user typed, %2 the known contact types
    return makeError(Error::Code::Invalid,
        BulkCommands::tr("There is no contact type \"%1\"; the types are: %2.").arg(t, names.join(u", "_s)));
}

// Reads ACTION [ARG…] into the action. Returns a usage problem, or an error (unknown user or type), or neither.
bool readAction(CliContext &ctx, BulkAction *action, QString *problem, std::optional<Error> *error)
{
    const QStringList &words = ctx.args.positionals;
    if (words.isEmpty()) {
        *problem = BulkCommands::tr("say what to do; the actions are: %1").arg(actionWords());
        return false;
    }
    QString word = words.first().trimmed().toLower();
    word.replace(u'_', u'-');
    const auto *found = std::find_if(
        std::begin(kActions), std::end(kActions), [&word](const ActionWord &a) { return word == QStringView(a.word); });
    if (found == std::end(kActions)) {
        //: %1 what the user typed, %2 the list of actions
        *problem = BulkCommands::tr("unknown action \"%1\"; the actions are: %2").arg(words.first(), actionWords());
        return false;
    }
    action->kind = found->kind;
    const QStringList arguments = words.mid(1);
    if (arguments.size() > found->arguments) {
        *problem = BulkCommands::tr("unexpected argument \"%1\"").arg(arguments.at(found->arguments));
        return false;
    }
    if (arguments.size() < found->arguments) {
        *problem = argumentsWanted(found->kind);
        return false;
    }
    const QString arg = arguments.value(0);
    switch (found->kind) {
    case BulkActionKind::TagAdd:
    case BulkActionKind::TagRemove:
    case BulkActionKind::Company:
        action->text = arg.trimmed();
        break;
    case BulkActionKind::Owner:
    case BulkActionKind::FollowerAdd:
    case BulkActionKind::FollowerRemove:
        if (auto id = userId(ctx, arg, found->kind == BulkActionKind::Owner); id) {
            action->userId = *id;
        } else {
            *error = id.error();
            return false;
        }
        break;
    case BulkActionKind::ContactType:
        if (auto type = contactType(ctx, arg); type) {
            action->text = *type;
        } else {
            *error = type.error();
            return false;
        }
        break;
    case BulkActionKind::Lead:
        if (!parseOnOff(arg, &action->on)) {
            *problem = argumentsWanted(found->kind);
            return false;
        }
        break;
    case BulkActionKind::Dnd:
        if (!dndChannelFromKey(arg.trimmed().toLower(), &action->channel)
            || !parseOnOff(arguments.at(1), &action->on)) {
            *problem = argumentsWanted(found->kind);
            return false;
        }
        break;
    case BulkActionKind::CompanyRemove:
    case BulkActionKind::VerifyEmail:
    case BulkActionKind::Delete:
        break;
    }
    return true;
}

// The typed confirmation of a delete, refused here already so that the message can say what to type.
Result<void> checkConfirmation(CliContext &ctx, BulkAction *action)
{
    const bool given = ctx.args.isSet(u"confirm"_s);
    if (action->kind != BulkActionKind::Delete) {
        if (given) {
            return makeError(Error::Code::Invalid, BulkCommands::tr("\"--confirm\" belongs to the delete action only"));
        }
        return {};
    }
    // macOS terminals may pass "Ö" decomposed; the word is compared as the user sees it.
    action->confirmation = ctx.args.value(u"confirm"_s).trimmed().normalized(QString::NormalizationForm_C);
    if (!given || action->confirmation.isEmpty()) {
        //: %1 the confirmation word of the current language (DELETE, LÖSCHEN)
        return makeError(Error::Code::Invalid,
            BulkCommands::tr("a bulk delete must be confirmed: add \"--confirm %1\"; nothing was deleted")
                .arg(BulkAction::deleteWord()));
    }
    if (!deleteConfirmationWords().contains(action->confirmation)) {
        //: %1 what the user typed, %2 the confirmation word of the current language
        return makeError(Error::Code::Invalid,
            BulkCommands::tr("\"%1\" is not the confirmation word; type \"--confirm %2\" exactly; nothing was deleted")
                .arg(action->confirmation, BulkAction::deleteWord()));
    }
    return {};
}

// The contacts: the ids given, or the query of a list, a search or a filter.
Result<BulkTarget> readTarget(CliContext &ctx)
{
    BulkTarget target;
    if (ctx.args.isSet(u"ids"_s)) {
        QStringList ids;
        for (const QString &part : ctx.args.value(u"ids"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty()) {
                ids << part.trimmed();
            }
        }
        if (ids.isEmpty()) {
            return makeError(Error::Code::Invalid, BulkCommands::tr("\"--ids\" needs contact numbers or UUIDs"));
        }
        auto contacts = ctx.resolveAll(ids);
        if (!contacts) {
            return contacts.error();
        }
        QSet<qint64> seen;
        for (const Contact &c : std::as_const(*contacts)) {
            if (!seen.contains(c.id)) {
                seen.insert(c.id);
                target.ids << c.id;
            }
        }
        return target;
    }
    target.useQuery = true;
    target.query.scope = ContactScope::Alive;
    if (ctx.args.isSet(u"search"_s)) {
        target.query.search = ctx.args.value(u"search"_s).trimmed();
        if (target.query.search.isEmpty()) {
            return makeError(Error::Code::Invalid, BulkCommands::tr("\"--search\" needs a text to search for"));
        }
        return target;
    }
    if (ctx.args.isSet(u"filter"_s) && ctx.args.value(u"filter"_s).trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, BulkCommands::tr("\"--filter\" needs a filter expression"));
    }
    // --list NAME (the list's kind and filter) or --filter EXPR.
    if (auto applied = ListCommands::applyToQuery(ctx, &target.query); !applied) {
        return applied.error();
    }
    target.query.columns.clear();
    return target;
}

} // namespace

QList<OptionSpec> BulkCommands::options()
{
    return {{u"list"_s, true},
        {u"search"_s, true},
        {u"filter"_s, true},
        {u"ids"_s, true},
        {u"name"_s, true},
        {u"confirm"_s, true},
        {u"chunk-size"_s, true},
        {u"json"_s, false}};
}

int BulkCommands::run(CliContext &ctx)
{
    const qsizetype selectors
        = std::count_if(kSelectors.cbegin(), kSelectors.cend(), [&ctx](const QString &s) { return ctx.args.isSet(s); });
    if (selectors != 1) {
        return ctx.output.usageError(
            tr("choose the contacts with exactly one of --list NAME, --search TEXT, --filter EXPR, --ids ID,…"));
    }
    int chunkSize = BulkService::ChunkSize;
    if (ctx.args.isSet(u"chunk-size"_s)
        && !ArgumentParser::parseCount(ctx.args.value(u"chunk-size"_s), 1, 1'000'000, &chunkSize)) {
        return ctx.output.usageError(tr("\"--chunk-size\" needs a positive whole number"));
    }
    BulkRequest request;
    QString problem;
    std::optional<Error> error;
    if (!readAction(ctx, &request.action, &problem, &error)) {
        return error ? ctx.output.fail(*error) : ctx.output.usageError(problem);
    }
    if (auto confirmed = checkConfirmation(ctx, &request.action); !confirmed) {
        return ctx.output.fail(confirmed.error());
    }
    auto target = readTarget(ctx);
    if (!target) {
        return ctx.output.fail(target.error());
    }
    request.target = *target;
    request.name = ctx.args.value(u"name"_s).trimmed();

    BulkService service(ctx.db, ctx.session);
    service.setDefaultRegion(ctx.contacts.defaultRegion());
    service.setChunkSize(chunkSize);
    auto job = service.create(request);
    if (!job) {
        return ctx.output.fail(job.error());
    }
    CliJobProgress progress(ctx.output, tr("%L1 of %L2 contacts done"), tr("%L1 contacts done"));
    auto ran = service.run(job->id, progress.progress());
    progress.finish();
    return report(ctx, job->id, ran);
}

int BulkCommands::report(CliContext &ctx, qint64 jobId, const Result<Job> &ran)
{
    const bool cancelled = !ran && ran.error().code == Error::Code::Cancelled;
    if (!ran && !cancelled) {
        return ctx.output.fail(ran.error());
    }
    // The stored job, with the counts of every chunk committed (also after a cancel).
    auto job = JobService(ctx.db, ctx.session).byId(jobId);
    if (!job) {
        return ctx.output.fail(job.error());
    }
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(JobPrinter::jobJson(*job));
    } else {
        JobPrinter::printSummary(ctx.output.out(), *job);
    }
    if (cancelled) {
        //: %L1 contacts done, %L2 all contacts of the job, %3 the job's number
        return ctx.output.fail(makeError(Error::Code::Cancelled,
            tr("Cancelled after %L1 of %L2 contacts (whole chunks only); continue with \"kontor-cli jobs resume "
               "%3\" or revert with \"kontor-cli jobs undo %3\".")
                .arg(job->processed)
                .arg(job->total)
                .arg(job->id)));
    }
    if (job->status == JobStatus::Failed) {
        //: %1 the job's number, %2 why it failed
        return ctx.output.fail(makeError(Error::Code::Storage, tr("Job %1 failed: %2").arg(job->id).arg(job->error)));
    }
    return int(ExitCode::Success);
}

} // namespace Kontor
