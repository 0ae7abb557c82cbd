#include "BulkService.h"

#include "BulkRepository.h"
#include "BulkRunner.h"
#include "ContactService.h"
#include "ContactTypeService.h"
#include "Database.h"
#include "JobLock.h"
#include "JobRepository.h"
#include "UnitOfWork.h"
#include "UserService.h"

#include <QJsonArray>
#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kJobEntity = u"job"_s;
// Rows per page when a query's contacts are collected: ids only, so large pages are cheap.
constexpr int kTargetPage = 5000;

QString jobTitle(const Job &job)
{
    return job.name.isEmpty() ? JobType::label(job.type) : job.name;
}

QJsonObject targetParams(const BulkTarget &target, qint64 count)
{
    if (!target.useQuery) {
        return {{u"ids"_s, count}};
    }
    const ContactListQuery &q = target.query;
    QJsonObject query{{u"scope"_s, q.scope == ContactScope::Trash ? u"trash"_s : u"alive"_s}};
    if (q.kind >= 0) {
        query.insert(u"kind"_s, q.kind == int(ContactKind::Company) ? u"company"_s : u"person"_s);
    }
    if (q.companyId) {
        query.insert(u"company_id"_s, q.companyId);
    }
    if (!q.search.isEmpty()) {
        query.insert(u"search"_s, q.search);
    }
    if (!q.searchFields.isEmpty()) {
        query.insert(u"search_fields"_s, QJsonArray::fromStringList(q.searchFields));
    }
    if (!q.filter.isEmpty()) {
        query.insert(u"filter"_s, q.filter);
    }
    return {{u"query"_s, query}, {u"count"_s, count}};
}
} // namespace

BulkService::BulkService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

BulkService::~BulkService() = default;

Result<QList<qint64>> BulkService::targetIds(const BulkTarget &target) const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    auto add = [&](qint64 id) {
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    };
    if (target.useQuery) {
        ContactListQuery query = target.query;
        query.columns.clear();
        query.limit = kTargetPage;
        query.afterSortKey.clear();
        query.afterSortValue = {};
        query.afterId = 0;
        query.afterDeletedAt = 0;
        auto rows = ContactService(m_db, m_session).listAll(query);
        if (!rows) {
            return rows.error();
        }
        ids.reserve(rows->size());
        for (const ContactSummary &row : std::as_const(*rows)) {
            add(row.id);
        }
    } else {
        ids.reserve(target.ids.size());
        for (const qint64 id : target.ids) {
            add(id);
        }
    }
    return ids;
}

Result<BulkAction> BulkService::checkedAction(BulkAction action, qint64 targets, QString *userName) const
{
    switch (action.kind) {
    case BulkActionKind::TagAdd:
    case BulkActionKind::TagRemove:
        action.text = action.text.simplified();
        if (action.text.isEmpty()) {
            return invalidField(u"tags"_s, tr("Enter the tag."));
        }
        if (action.text.size() > ContactLimits::TagChars) {
            return invalidField(u"tags"_s,
                tr("The tag \"%1\" is longer than %2 characters.").arg(action.text).arg(ContactLimits::TagChars));
        }
        break;
    case BulkActionKind::Owner:
    case BulkActionKind::FollowerAdd:
    case BulkActionKind::FollowerRemove:
        if (action.userId == 0 && action.kind != BulkActionKind::Owner) {
            return invalidField(u"followers"_s, tr("Choose the user."));
        }
        if (action.userId) {
            auto user = UserService(m_db).byId(action.userId);
            if (!user) {
                if (user.error().code != Error::Code::NotFound) {
                    return user.error();
                }
                return invalidField(action.kind == BulkActionKind::Owner ? u"owner"_s : u"followers"_s,
                    tr("There is no user with id %1.").arg(action.userId));
            }
            *userName = user->name;
        }
        break;
    case BulkActionKind::Company:
        action.text = action.text.simplified();
        if (action.text.isEmpty()) {
            return invalidField(u"company"_s, tr("Enter the company's name."));
        }
        break;
    case BulkActionKind::ContactType:
        if (!action.text.trimmed().isEmpty()) {
            auto types = ContactTypeService(m_db, m_session).list();
            if (!types) {
                return types.error();
            }
            const QString stored = ContactTypeService::storedName(action.text.trimmed(), *types);
            if (stored.isEmpty()) {
                QStringList shown;
                for (const QString &k : std::as_const(*types)) {
                    shown << ContactTypeService::displayName(k);
                }
                return invalidField(u"contact_type"_s,
                    tr("\"%1\" is not a contact type (known: %2).").arg(action.text.trimmed(), shown.join(u", "_s)));
            }
            action.text = stored;
        } else {
            action.text.clear();
        }
        break;
    case BulkActionKind::Dnd:
        if (action.channel == DndChannel::None) {
            return invalidField(u"dnd"_s, tr("Choose the channel."));
        }
        break;
    case BulkActionKind::Delete:
        if (!deleteConfirmationWords().contains(action.confirmation.trimmed())) {
            return invalidField(u"confirmation"_s,
                tr("Type %1 to move %n contact(s) to the trash.", nullptr, int(targets)).arg(BulkAction::deleteWord()));
        }
        break;
    case BulkActionKind::CompanyRemove:
    case BulkActionKind::Lead:
    case BulkActionKind::VerifyEmail:
        break;
    }
    return action;
}

Result<Job> BulkService::create(const BulkRequest &request)
{
    if (!request.target.useQuery && request.target.ids.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("Select at least one contact."));
    }
    auto ids = targetIds(request.target);
    if (!ids) {
        return ids.error();
    }
    if (ids->isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The list finds no contacts; there is nothing to do."));
    }
    QString userName;
    auto action = checkedAction(request.action, ids->size(), &userName);
    if (!action) {
        return action.error();
    }

    Job job;
    job.type = QString::fromUtf16(JobType::BulkPrefix) + bulkActionKey(action->kind);
    job.name = request.name.trimmed().isEmpty() ? action->describe(userName) : request.name.trimmed();
    job.userId = m_session.userId;
    job.status = JobStatus::Queued;
    job.params = action->toJson();
    job.params.insert(u"chunk_size"_s, m_chunkSize);
    job.params.insert(u"target"_s, targetParams(request.target, ids->size()));
    job.total = ids->size();

    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    job.createdAt = unit.now();
    auto inserted = JobRepository(m_db).insert(job);
    if (!inserted) {
        return inserted.error();
    }
    if (auto ok = BulkRepository(m_db).addTargets(inserted->id, *ids); !ok) {
        return ok.error();
    }
    unit.changes().otherEntities.insert(kJobEntity);
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return inserted;
}

Result<Job> BulkService::start(const BulkRequest &request, const JobProgress &progress)
{
    auto job = create(request);
    if (!job) {
        return job;
    }
    return run(job->id, progress);
}

Result<Job> BulkService::resume(qint64 jobId, const JobProgress &progress)
{
    auto job = JobRepository(m_db).byId(jobId);
    if (!job) {
        return job;
    }
    if (job->type == QStringView(JobType::Import)) {
        return makeError(Error::Code::Conflict,
            tr("An import cannot be resumed; undo \"%1\" and import the file again.").arg(jobTitle(*job)));
    }
    if (!JobType::isBulk(job->type)) {
        return makeError(Error::Code::Conflict, tr("\"%1\" cannot be resumed.").arg(jobTitle(*job)));
    }
    if (job->status != JobStatus::Interrupted && job->status != JobStatus::Cancelled) {
        return makeError(Error::Code::Conflict,
            tr("\"%1\" is %2; only interrupted or cancelled jobs can be resumed.")
                .arg(jobTitle(*job), jobStatusLabel(job->status).toLower()));
    }
    return run(jobId, progress);
}

Result<Job> BulkService::run(qint64 jobId, const JobProgress &progress)
{
    JobRepository jobs(m_db);
    auto loaded = jobs.byId(jobId);
    if (!loaded) {
        return loaded;
    }
    Job job = *loaded;
    if (!JobType::isBulk(job.type)) {
        return makeError(Error::Code::Conflict, tr("\"%1\" is not a bulk action.").arg(jobTitle(job)));
    }
    if (job.status != JobStatus::Queued && job.status != JobStatus::Interrupted && job.status != JobStatus::Cancelled) {
        return makeError(Error::Code::Conflict,
            tr("\"%1\" is %2 and cannot be run.").arg(jobTitle(job), jobStatusLabel(job.status).toLower()));
    }
    auto action = BulkAction::fromJson(job.params);
    if (!action) {
        return action.error();
    }
    auto lock = JobLock::acquire(m_db, job.uuid);
    if (!lock) {
        return lock.error();
    }
    const int chunkSize = job.params.value(u"chunk_size"_s).toInt(ChunkSize) > 0
        ? job.params.value(u"chunk_size"_s).toInt(ChunkSize)
        : ChunkSize;

    Session session = m_session;
    session.origin = Origin::Bulk;
    session.batchId = job.id;
    auto mark = [&](JobStatus status, const QString &error) -> Result<void> {
        UnitOfWork unit(m_db, session);
        if (auto ok = unit.begin(); !ok) {
            return ok;
        }
        job.status = status;
        job.error = error;
        if (status == JobStatus::Running) {
            job.startedAt = job.startedAt ? job.startedAt : unit.now();
            job.finishedAt = 0;
        } else {
            job.finishedAt = unit.now();
        }
        if (auto ok = jobs.saveProgress(job); !ok) {
            return ok;
        }
        unit.changes().otherEntities.insert(kJobEntity);
        return unit.commit();
    };
    if (auto ok = mark(JobStatus::Running, {}); !ok) {
        return ok.error();
    }
    // A storage error ends the job as Failed, with the chunks committed so far (undoable).
    auto fail = [&](const Error &e) -> Result<Job> {
        if (auto ok = mark(JobStatus::Failed, e.message.isEmpty() ? e.toString() : e.message); !ok) {
            return ok.error();
        }
        return job;
    };

    BulkRunner runner(m_db, session, *action, m_region);
    runner.setDomainResolver(m_resolver);
    if (auto ok = runner.prepare(); !ok) {
        return fail(ok.error());
    }
    BulkRepository targets(m_db);
    progress(job.processed, job.total);
    for (;;) {
        auto ids = targets.targets(job.id, job.chunksDone * chunkSize, chunkSize);
        if (!ids) {
            return fail(ids.error());
        }
        if (ids->isEmpty()) {
            break;
        }
        if (progress.cancelled()) {
            if (auto ok = mark(JobStatus::Cancelled, {}); !ok) {
                return ok.error();
            }
            return makeError(Error::Code::Cancelled,
                tr("\"%1\" was cancelled after %2 of %3 contacts; resume it to go on or undo it.")
                    .arg(jobTitle(job))
                    .arg(job.processed)
                    .arg(job.total));
        }
        const qint64 chunk = job.chunksDone;
        if (auto ok = runner.runChunk(job, *ids); !ok) {
            return fail(ok.error());
        }
        progress(job.processed, job.total);
        if (m_afterChunk) {
            m_afterChunk(chunk);
        }
    }
    if (auto ok = mark(JobStatus::Done, {}); !ok) {
        return ok.error();
    }
    return job;
}

} // namespace Kontor
