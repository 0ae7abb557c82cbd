#include "BulkRunner.h"

#include "BulkChange.h"
#include "BulkRepository.h"
#include "Clock.h"
#include "ContactFields.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "Database.h"
#include "EmailCheckRepository.h"
#include "EmailVerifier.h"
#include "JobItemChanges.h"
#include "JobRepository.h"
#include "UnitOfWork.h"
#include "UserService.h"

#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kJobEntity = u"job"_s;
const QString kEmailCheckEntity = u"email_check"_s;

JobItem itemFor(qint64 contactId, JobItemOutcome outcome)
{
    JobItem item;
    item.contactId = contactId;
    item.outcome = outcome;
    return item;
}

QString checkText(const EmailCheck &check)
{
    const QString label = emailCheckStatusLabel(check.status);
    return check.reason.isEmpty() ? label : BulkRunner::tr("%1: %2", "e-mail status: reason").arg(label, check.reason);
}
} // namespace

BulkRunner::BulkRunner(Database &db, const Session &session, const BulkAction &action, const QString &region)
    : m_db(db)
    , m_session(session)
    , m_action(action)
    , m_contacts(std::make_unique<ContactService>(db, session))
    , m_references(std::make_unique<ContactRepository>(db))
    , m_bulk(std::make_unique<BulkRepository>(db))
    , m_jobs(std::make_unique<JobRepository>(db))
{
    if (!region.isEmpty()) {
        m_contacts->setDefaultRegion(region);
    }
}

BulkRunner::~BulkRunner() = default;

Result<void> BulkRunner::prepare()
{
    if (m_action.userId) {
        auto user = UserService(m_db).byId(m_action.userId);
        if (!user) {
            return user.error();
        }
        m_userName = user->name;
    }
    if (m_action.kind == BulkActionKind::VerifyEmail) {
        m_verifier = std::make_unique<EmailVerifier>(m_resolver);
    }
    return {};
}

Result<void> BulkRunner::runChunk(Job &job, const QList<qint64> &ids)
{
    Chunk chunk;
    QList<EmailCheck> checks;
    if (m_action.kind == BulkActionKind::VerifyEmail) {
        auto verified = verify(chunk, ids);
        if (!verified) {
            return verified.error();
        }
        checks = std::move(*verified);
    }

    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    Result<void> ok;
    switch (m_action.kind) {
    case BulkActionKind::VerifyEmail:
        ok = EmailCheckRepository(m_db).store(checks);
        if (!checks.isEmpty()) {
            unit.changes().otherEntities.insert(kEmailCheckEntity);
        }
        break;
    case BulkActionKind::Company:
    case BulkActionKind::CompanyRemove:
        ok = changeCompany(chunk, ids);
        break;
    case BulkActionKind::Delete:
        ok = trash(chunk, ids);
        break;
    default:
        ok = changeFields(chunk, ids);
        break;
    }
    if (!ok) {
        return ok;
    }
    if (auto added = m_jobs->addItems(job.id, chunk.items); !added) {
        return added;
    }
    Job progressed = job;
    progressed.processed += ids.size();
    progressed.succeeded += chunk.succeeded;
    progressed.skipped += chunk.skipped;
    progressed.failed += chunk.failed;
    progressed.chunksDone += 1;
    if (auto saved = m_jobs->saveProgress(progressed); !saved) {
        return saved;
    }
    unit.changes().otherEntities.insert(kJobEntity);
    if (auto committed = unit.commit(); !committed) {
        return committed;
    }
    job = progressed;
    return {};
}

void BulkRunner::skip(Chunk &chunk, qint64 contactId, const QString &reason)
{
    JobItem item = itemFor(contactId, JobItemOutcome::Skipped);
    item.reason = reason;
    chunk.items << item;
    ++chunk.skipped;
}

QJsonObject BulkRunner::snapshot(const Contact &contact)
{
    return ContactFields::snapshot(contact, m_references->references(), ContactFields::Purpose::Sync);
}

Result<void> BulkRunner::changeFields(Chunk &chunk, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        auto loaded = m_contacts->load(id);
        if (!loaded) {
            if (loaded.error().code != Error::Code::NotFound) {
                return loaded.error();
            }
            skip(chunk, id, BulkChange::deletedReason());
            continue;
        }
        if (loaded->deletedAt) {
            skip(chunk, id, BulkChange::inTrashReason());
            continue;
        }
        Contact changed = *loaded;
        if (const QString reason = BulkChange::apply(m_action, changed, m_userName); !reason.isEmpty()) {
            skip(chunk, id, reason);
            continue;
        }
        auto saved = m_contacts->update(changed);
        if (!saved) {
            // Validation fails before ContactService writes anything, so the chunk goes on; an error from the
            // database (it carries a detail) may follow a partial write and rolls the chunk back instead.
            const Error &e = saved.error();
            if (!e.detail.isEmpty() || (e.code != Error::Code::Invalid && e.code != Error::Code::Conflict)) {
                return e;
            }
            JobItem item = itemFor(id, JobItemOutcome::Failed);
            item.reason = e.message;
            item.column
                = e.location.fieldLabel.isEmpty() ? ContactFields::label(e.location.field) : e.location.fieldLabel;
            chunk.items << item;
            ++chunk.failed;
            continue;
        }
        JobItem item = itemFor(id, JobItemOutcome::Updated);
        setChangedFields(item, snapshot(*loaded), snapshot(*saved));
        if (item.before.isEmpty() && item.after.isEmpty()) {
            skip(chunk, id, tr("Nothing changed."));
            continue;
        }
        chunk.items << item;
        ++chunk.succeeded;
    }
    return {};
}

Result<void> BulkRunner::changeCompany(Chunk &chunk, const QList<qint64> &ids)
{
    const QString companyKey = u"company"_s;
    qint64 companyId = 0;
    if (m_action.kind == BulkActionKind::Company) {
        auto found = m_contacts->findCompany(m_action.text);
        if (!found) {
            return found.error();
        }
        companyId = *found;
        if (!companyId) {
            // Created in this chunk's unit: undoing the job removes it again.
            auto created = m_contacts->companyIdForName(m_action.text);
            if (!created) {
                return created.error();
            }
            companyId = *created;
            JobItem item = itemFor(companyId, JobItemOutcome::Created);
            item.column = ContactFields::label(companyKey);
            chunk.items << item;
        }
    }
    auto states = m_bulk->states(ids);
    if (!states) {
        return states.error();
    }
    QList<qint64> persons;
    for (const qint64 id : ids) {
        const auto state = states->constFind(id);
        if (state == states->cend()) {
            skip(chunk, id, BulkChange::deletedReason());
            continue;
        }
        if (state->deletedAt) {
            skip(chunk, id, BulkChange::inTrashReason());
            continue;
        }
        const QString reason = BulkChange::companySkipReason(m_action, state->kind, state->companyId, companyId);
        if (!reason.isEmpty()) {
            skip(chunk, id, reason);
            continue;
        }
        JobItem item = itemFor(id, JobItemOutcome::Updated);
        if (state->companyId) {
            item.before.insert(companyKey, m_references->companyUuid(state->companyId));
        }
        if (companyId) {
            item.after.insert(companyKey, m_references->companyUuid(companyId));
        }
        chunk.items << item;
        ++chunk.succeeded;
        persons << id;
    }
    return persons.isEmpty() ? Result<void>() : m_contacts->setCompany(persons, companyId);
}

Result<void> BulkRunner::trash(Chunk &chunk, const QList<qint64> &ids)
{
    auto states = m_bulk->states(ids);
    if (!states) {
        return states.error();
    }
    QList<qint64> trashed;
    for (const qint64 id : ids) {
        const auto state = states->constFind(id);
        if (state == states->cend()) {
            skip(chunk, id, BulkChange::deletedReason());
        } else if (state->deletedAt) {
            skip(chunk, id, tr("The contact is in the trash already."));
        } else {
            chunk.items << itemFor(id, JobItemOutcome::Trashed);
            ++chunk.succeeded;
            trashed << id;
        }
    }
    return trashed.isEmpty() ? Result<void>() : m_contacts->moveToTrash(trashed);
}

Result<QList<EmailCheck>> BulkRunner::verify(Chunk &chunk, const QList<qint64> &ids)
{
    struct Target
    {
        qint64 id = 0;
        QString skipReason;
        QStringList emails;
    };
    QList<Target> targets;
    QStringList distinct;
    QSet<QString> seen;
    for (const qint64 id : ids) {
        Target target;
        target.id = id;
        auto loaded = m_contacts->load(id);
        if (!loaded && loaded.error().code != Error::Code::NotFound) {
            return loaded.error();
        }
        if (!loaded) {
            target.skipReason = BulkChange::deletedReason();
        } else if (loaded->deletedAt) {
            target.skipReason = BulkChange::inTrashReason();
        } else if (loaded->emails.isEmpty()) {
            target.skipReason = tr("The contact has no e-mail address.");
        } else {
            for (const EmailAddress &e : std::as_const(loaded->emails)) {
                target.emails << e.value;
                if (!seen.contains(e.value.toCaseFolded())) {
                    seen.insert(e.value.toCaseFolded());
                    distinct << e.value;
                }
            }
        }
        targets << target;
    }
    const QList<EmailCheck> checks
        = distinct.isEmpty() ? QList<EmailCheck>() : m_verifier->verify(distinct, m_db.clock().nowMs());
    QHash<QString, EmailCheck> byAddress;
    for (const EmailCheck &check : checks) {
        byAddress.insert(check.email.toCaseFolded(), check);
    }
    for (const Target &target : std::as_const(targets)) {
        if (!target.skipReason.isEmpty()) {
            skip(chunk, target.id, target.skipReason);
            continue;
        }
        for (const QString &email : target.emails) {
            JobItem item = itemFor(target.id, JobItemOutcome::Checked);
            item.column = email;
            item.reason = checkText(byAddress.value(email.toCaseFolded()));
            chunk.items << item;
        }
        ++chunk.succeeded;
    }
    return checks;
}

} // namespace Kontor
