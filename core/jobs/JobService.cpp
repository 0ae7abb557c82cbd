#include "JobService.h"

#include "BulkAction.h"
#include "BulkRepository.h"
#include "Clock.h"
#include "ContactFields.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "CustomFieldService.h"
#include "Database.h"
#include "JobLock.h"
#include "PhoneNormalizer.h"
#include "UnitOfWork.h"
#include "UserService.h"

#include <limits>
#include <optional>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kJobEntity = u"job"_s;
// Items per undo chunk: one transaction each, short enough that a cancel answers quickly.
constexpr int kUndoChunk = 500;

using UndoMark = JobRepository::UndoMark;

// A snapshot holds no key for an empty field; a job's `after` may say null. Both mean "empty".
QJsonValue normalised(const QJsonValue &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

JobItem keptField(const JobItem &item, const QString &column, const QString &reason)
{
    JobItem k;
    k.jobId = item.jobId;
    k.seq = item.seq;
    k.contactId = item.contactId;
    k.sourceRow = item.sourceRow;
    k.outcome = JobItemOutcome::Skipped;
    k.column = column;
    k.reason = reason;
    return k;
}

// How the change log names what a contact refers to (as ContactService does), and the way back from those
// UUIDs to this database's ids. Users and custom fields are few: read once per undo.
struct ReferenceMaps
{
    ContactFields::References refs;
    ContactFields::Resolvers resolvers;
};

Result<ReferenceMaps> referenceMaps(Database &db, const Session &session, ContactRepository &repo)
{
    auto users = UserService(db).list();
    if (!users) {
        return users.error();
    }
    auto fields = CustomFieldService(db, session).fields();
    if (!fields) {
        return fields.error();
    }
    QHash<QString, qint64> userIds;
    for (const User &u : std::as_const(*users)) {
        userIds.insert(u.uuid, u.id);
    }
    QHash<QString, qint64> fieldIds;
    for (const CustomField &f : std::as_const(*fields)) {
        fieldIds.insert(f.uuid, f.id);
    }
    ReferenceMaps maps;
    maps.refs = repo.references();
    maps.resolvers.companyId = [&repo](const QString &uuid) {
        auto id = repo.idForUuid(uuid);
        return id ? *id : qint64(0);
    };
    maps.resolvers.userId = [userIds](const QString &uuid) { return userIds.value(uuid); };
    maps.resolvers.customFieldId = [fieldIds](const QString &uuid) { return fieldIds.value(uuid); };
    return maps;
}

// Undoes one chunk of items (newest first) inside the caller's unit and marks each item with what it did.
class ChunkUndo
{
public:
    ChunkUndo(Database &db, JobRepository &jobs, ContactService &contacts, const ReferenceMaps &maps, qint64 jobEnd)
        : m_jobs(jobs)
        , m_contacts(contacts)
        , m_bulk(db)
        , m_maps(maps)
        , m_jobEnd(jobEnd)
    {}

    Result<void> run(const QList<JobItem> &items)
    {
        if (auto ok = readTrashStates(items); !ok) {
            return ok;
        }
        for (const JobItem &item : items) {
            if (item.outcome == JobItemOutcome::Created) {
                if (auto ok = flushRestores(); !ok) {
                    return ok;
                }
                if (auto ok = collectRemoval(item); !ok) {
                    return ok;
                }
            } else if (item.outcome == JobItemOutcome::Trashed) {
                if (auto ok = flushRemovals(); !ok) {
                    return ok;
                }
                if (auto ok = collectRestore(item); !ok) {
                    return ok;
                }
            } else {
                // Removals and restores queued so far come later in the job than this update: they go first.
                if (auto ok = flushRemovals(); !ok) {
                    return ok;
                }
                if (auto ok = flushRestores(); !ok) {
                    return ok;
                }
                if (auto ok = revert(item); !ok) {
                    return ok;
                }
            }
        }
        if (auto ok = flushRestores(); !ok) {
            return ok;
        }
        return flushRemovals();
    }

private:
    // The contact of an item as it is now; nothing (and the item marked as left alone) when it is gone.
    Result<std::optional<Contact>> current(const JobItem &item)
    {
        auto c = m_contacts.load(item.contactId);
        if (!c && c.error().code != Error::Code::NotFound) {
            return c.error();
        }
        // A contact id could since have been given to a new contact (SQLite reuses the highest rowid after a
        // delete): only a contact that existed when the job ended is the job's.
        if (!c || c->createdAt > m_jobEnd) {
            const QString reason = item.outcome == JobItemOutcome::Created
                ? JobService::tr("The contact had already been deleted.")
                : JobService::tr("The contact has been deleted since the job.");
            if (auto ok = m_jobs.markUndone(item.jobId, item.seq, UndoMark::LeftAlone, {keptField(item, {}, reason)});
                !ok) {
                return ok.error();
            }
            return std::optional<Contact>();
        }
        return std::optional<Contact>(std::move(*c));
    }

    Result<void> collectRemoval(const JobItem &item)
    {
        if (m_removeIds.contains(item.contactId)) {
            m_toRemove << item; // the job listed the contact twice
            return {};
        }
        auto c = current(item);
        if (!c) {
            return c.error();
        }
        if (*c) {
            m_removeIds << item.contactId;
            m_toRemove << item;
        }
        return {};
    }

    // Where the contacts a bulk delete moved to the trash are now: one query for the chunk, not a load each.
    Result<void> readTrashStates(const QList<JobItem> &items)
    {
        QList<qint64> ids;
        for (const JobItem &item : items) {
            if (item.outcome == JobItemOutcome::Trashed) {
                ids << item.contactId;
            }
        }
        if (ids.isEmpty()) {
            return {};
        }
        auto states = m_bulk.states(ids);
        if (!states) {
            return states.error();
        }
        m_trashStates = std::move(*states);
        return {};
    }

    // A contact the job moved to the trash comes back only if it is still there from the job: not when it was
    // restored, purged, or trashed again by someone after the job.
    Result<void> collectRestore(const JobItem &item)
    {
        const auto state = m_trashStates.constFind(item.contactId);
        QString reason;
        if (state == m_trashStates.cend() || state->createdAt > m_jobEnd) {
            reason = JobService::tr("The contact has been deleted for good since the job.");
        } else if (!state->deletedAt) {
            reason = JobService::tr("The contact has been restored already.");
        } else if (state->deletedAt > m_jobEnd) {
            reason = JobService::tr("The contact was moved to the trash again after the job: left alone.");
        } else if (!m_restoreIds.contains(item.contactId)) {
            m_restoreIds << item.contactId;
        }
        if (!reason.isEmpty()) {
            return m_jobs.markUndone(item.jobId, item.seq, UndoMark::LeftAlone, {keptField(item, {}, reason)});
        }
        m_toRestore << item;
        return {};
    }

    Result<void> flushRestores()
    {
        if (m_toRestore.isEmpty()) {
            return {};
        }
        if (auto ok = m_contacts.restore(m_restoreIds); !ok) {
            return ok;
        }
        for (const JobItem &item : std::as_const(m_toRestore)) {
            if (auto ok = m_jobs.markUndone(item.jobId, item.seq, UndoMark::Restored, {}); !ok) {
                return ok;
            }
        }
        m_restoreIds.clear();
        m_toRestore.clear();
        return {};
    }

    // Created contacts are deleted for good, through the trash so that the change log and the audit log tell
    // the same story as a user's delete (_deleted, then the _purged tombstone). Persons the job did not create
    // but that were linked to a removed company lose the link (recorded by the purge as their change).
    Result<void> flushRemovals()
    {
        if (m_removeIds.isEmpty()) {
            return {};
        }
        if (auto ok = m_contacts.moveToTrash(m_removeIds); !ok) {
            return ok;
        }
        if (auto ok = m_contacts.purge(m_removeIds); !ok) {
            return ok.error();
        }
        for (const JobItem &item : std::as_const(m_toRemove)) {
            if (auto ok = m_jobs.markUndone(item.jobId, item.seq, UndoMark::Removed, {}); !ok) {
                return ok;
            }
        }
        m_removeIds.clear();
        m_toRemove.clear();
        return {};
    }

    // The field key a validation error names, in the UUID form of the job's snapshots.
    QString snapshotKey(const QString &field) const
    {
        bool numeric = false;
        const qint64 id = field.startsWith(u"custom."_s) ? field.mid(7).toLongLong(&numeric) : 0;
        return numeric ? u"custom."_s + m_maps.refs.customFieldUuid(id) : field;
    }

    Result<void> revert(const JobItem &item)
    {
        auto loaded = current(item);
        if (!loaded) {
            return loaded.error();
        }
        if (!*loaded) {
            return {};
        }
        const Contact &contact = **loaded;
        if (contact.deletedAt) {
            return m_jobs.markUndone(item.jobId,
                item.seq,
                UndoMark::LeftAlone,
                {keptField(item, {}, JobService::tr("The contact is in the trash: left alone."))});
        }
        const QJsonObject now = ContactFields::snapshot(contact, m_maps.refs, ContactFields::Purpose::Sync);
        // Keys in either snapshot: a field the job emptied is only in `before`, one it filled only in `after`.
        // The display name goes last: whether it is generated depends on the other fields.
        QStringList keys = item.after.keys();
        for (const QString &key : item.before.keys()) {
            if (!keys.contains(key)) {
                keys << key;
            }
        }
        if (keys.removeAll(u"display_name"_s)) {
            keys << u"display_name"_s;
        }
        Contact target = contact;
        QStringList restored;
        QList<JobItem> kept;
        for (const QString &key : std::as_const(keys)) {
            if (key == u"display_name"_s && !target.isCompany() && !target.displayNameManual) {
                continue; // generated from the name parts on save
            }
            const QJsonValue value = normalised(now.value(key));
            if (value != normalised(item.after.value(key))) {
                kept << keptField(item, key, JobService::tr("Changed since the job: kept"));
            } else if (value == normalised(item.before.value(key))) {
                continue;
            } else if (ContactFields::applyValue(target, key, item.before.value(key), m_maps.resolvers)) {
                restored << key;
            } else {
                kept << keptField(item, key, JobService::tr("The earlier value cannot be restored: kept"));
            }
        }
        // A restored value the rules of today refuse (a contact type since removed, ...) stays as it is now;
        // the others are still restored. Validation fails before anything is written, so retrying is safe; an
        // error from the database (it carries a detail) may follow a partial write and ends the chunk instead.
        while (!restored.isEmpty()) {
            auto saved = m_contacts.update(target);
            if (saved) {
                break;
            }
            const Error e = saved.error();
            const QString key = snapshotKey(e.location.field);
            if (!e.detail.isEmpty()) {
                return e;
            }
            if (e.code == Error::Code::Invalid && restored.contains(key)) {
                ContactFields::applyValue(target, key, now.value(key), m_maps.resolvers);
                restored.removeAll(key);
                kept << keptField(item, key, e.message);
            } else if (e.code == Error::Code::Invalid || e.code == Error::Code::Conflict) {
                for (const QString &k : std::as_const(restored)) {
                    kept << keptField(item, k, e.message);
                }
                restored.clear();
            } else {
                return e;
            }
        }
        return m_jobs.markUndone(
            item.jobId, item.seq, restored.isEmpty() ? UndoMark::LeftAlone : UndoMark::Reverted, kept);
    }

    JobRepository &m_jobs;
    ContactService &m_contacts;
    BulkRepository m_bulk;
    const ReferenceMaps &m_maps;
    qint64 m_jobEnd;
    QList<qint64> m_removeIds;
    QList<JobItem> m_toRemove;
    QHash<qint64, BulkRepository::ContactState> m_trashStates;
    QList<qint64> m_restoreIds;
    QList<JobItem> m_toRestore;
};
} // namespace

JobService::JobService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
    , m_repo(db)
    , m_region(PhoneNormalizer::regionFromSystemLocale())
{}

Result<QList<Job>> JobService::list(const JobRepository::Filter &filter) const
{
    return m_repo.list(filter);
}

Result<Job> JobService::byId(qint64 id) const
{
    return m_repo.byId(id);
}

Result<QList<JobItem>> JobService::items(
    qint64 jobId, const QList<JobItemOutcome> &outcomes, qint64 afterSeq, int limit) const
{
    return m_repo.items(jobId, outcomes, afterSeq, limit);
}

Result<JobCounts> JobService::counts(qint64 jobId) const
{
    return m_repo.counts(jobId);
}

Result<int> JobService::recoverInterrupted()
{
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    // A job whose lock a live process holds is still running there (the desktop, while kontor-cli starts).
    auto n = m_repo.markInterrupted(unit.now(), [this](const Job &job) { return JobLock::isHeld(m_db, job.uuid); });
    if (!n) {
        return n;
    }
    if (*n > 0) {
        unit.changes().otherEntities.insert(kJobEntity);
    }
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return n;
}

Result<UndoReport> JobService::undo(qint64 jobId, const JobProgress &progress)
{
    auto job = m_repo.byId(jobId);
    if (!job) {
        return job.error();
    }
    if (job->type == QStringView(JobType::Export)) {
        return makeError(Error::Code::Unsupported, tr("An export changes no contacts; there is nothing to undo."));
    }
    if (job->type == QString::fromUtf16(JobType::BulkPrefix) + bulkActionKey(BulkActionKind::VerifyEmail)) {
        return makeError(
            Error::Code::Unsupported, tr("An e-mail verification changes no contacts; there is nothing to undo."));
    }
    switch (job->status) {
    case JobStatus::Queued:
    case JobStatus::Running:
        return makeError(Error::Code::Conflict,
            tr("\"%1\" is still running; it can be undone when it has ended.")
                .arg(job->name.isEmpty() ? JobType::label(job->type) : job->name));
    case JobStatus::Undone:
        return makeError(Error::Code::Conflict,
            tr("\"%1\" has already been undone.").arg(job->name.isEmpty() ? JobType::label(job->type) : job->name));
    case JobStatus::Done:
    case JobStatus::Failed:
    case JobStatus::Cancelled:
    case JobStatus::Interrupted:
        break;
    }

    auto lock = JobLock::acquire(m_db, job->uuid);
    if (!lock) {
        return lock.error();
    }
    Session session = m_session;
    session.batchId = jobId;
    ContactService contacts(m_db, session);
    contacts.setDefaultRegion(m_region);
    ContactRepository repo(m_db);
    auto maps = referenceMaps(m_db, session, repo);
    if (!maps) {
        return maps.error();
    }
    auto tally = m_repo.undoTally(jobId);
    if (!tally) {
        return tally.error();
    }
    const qint64 total = tally->pending + tally->removed + tally->reverted + tally->leftAlone + tally->restored;
    qint64 done = total - tally->pending;
    const qint64 jobEnd = job->finishedAt ? job->finishedAt : m_db.clock().nowMs();

    // Backwards through the job, as an undo stack: a contact updated twice gets its first `before` back, and a
    // person the job linked to a company it created is reverted before that company is removed.
    qint64 cursor = std::numeric_limits<qint64>::max();
    for (;;) {
        auto chunk = m_repo.itemsToUndo(jobId, cursor, kUndoChunk);
        if (!chunk) {
            return chunk.error();
        }
        if (chunk->isEmpty()) {
            break; // a cancel after the last chunk still completes the undo
        }
        if (progress.cancelled()) {
            return makeError(Error::Code::Cancelled,
                tr("The undo was cancelled after %1 of %2 contacts; undo the job again to continue.")
                    .arg(done)
                    .arg(total));
        }
        UnitOfWork unit(m_db, session);
        if (auto ok = unit.begin(); !ok) {
            return ok.error();
        }
        if (auto ok = ChunkUndo(m_db, m_repo, contacts, *maps, jobEnd).run(*chunk); !ok) {
            return ok.error();
        }
        if (auto ok = unit.commit(); !ok) {
            return ok.error();
        }
        cursor = chunk->last().seq;
        done += chunk->size();
        progress(done, total);
    }

    UnitOfWork unit(m_db, session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    job->status = JobStatus::Undone;
    job->undoneAt = unit.now();
    if (auto ok = m_repo.saveProgress(*job); !ok) {
        return ok.error();
    }
    // The report covers the whole undo, also the chunks of an earlier, cancelled call.
    auto finalTally = m_repo.undoTally(jobId);
    if (!finalTally) {
        return finalTally.error();
    }
    auto kept = m_repo.undoKept(jobId);
    if (!kept) {
        return kept.error();
    }
    unit.changes().otherEntities.insert(kJobEntity);
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    UndoReport report;
    report.removed = finalTally->removed;
    report.reverted = finalTally->reverted;
    report.restored = finalTally->restored;
    report.skippedItems = *kept;
    report.skipped = kept->size();
    return report;
}

} // namespace Kontor
