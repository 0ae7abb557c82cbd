#include "ImportWriter.h"

#include "CompanyNames.h"
#include "ContactFields.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "ImportMerge.h"
#include "JobItemChanges.h"
#include "UnitOfWork.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString matchReason(ImportMerge::MatchBy by)
{
    switch (by) {
    case ImportMerge::MatchBy::Email:
        return ImportWriter::tr("A contact with the same e-mail address exists already.");
    case ImportMerge::MatchBy::Phone:
        return ImportWriter::tr("A contact with the same phone number exists already.");
    case ImportMerge::MatchBy::CompanyName:
        return ImportWriter::tr("A company of the same name exists already.");
    }
    return {};
}

} // namespace

ImportWriter::ImportWriter(Database &db, Setup setup)
    : m_db(db)
    , m_setup(std::move(setup))
    , m_contacts(std::make_unique<ContactService>(db, m_setup.session))
    , m_references(std::make_unique<ContactRepository>(db))
    , m_repo(db)
    , m_jobs(db)
{
    m_contacts->setDefaultRegion(m_setup.region);
}

ImportWriter::~ImportWriter() = default;

Result<qint64> ImportWriter::findExisting(const PreparedRow &row, QString *reason)
{
    for (const ImportMerge::DuplicateKey &key : ImportMerge::duplicateKeys(row.contact)) {
        Result<qint64> id = qint64(0);
        switch (key.by) {
        case ImportMerge::MatchBy::Email:
            id = m_repo.contactByEmail(key.value, row.contact.kind);
            break;
        case ImportMerge::MatchBy::Phone:
            id = m_repo.contactByPhone(key.value, row.contact.kind);
            break;
        case ImportMerge::MatchBy::CompanyName:
            id = m_setup.companies.value(key.value);
            break;
        }
        if (!id || *id) {
            *reason = matchReason(key.by);
            return id;
        }
    }
    return qint64(0);
}

Result<void> ImportWriter::classify(QList<PreparedRow> &rows, QList<Plan> &plans)
{
    QHash<QString, int> pending; // duplicate key -> row of this chunk that creates the contact
    for (int i = 0; i < rows.size(); ++i) {
        PreparedRow &row = rows[i];
        Plan &plan = plans[i];
        if (row.skippedByUser) {
            plan.action = Action::Skip;
            plan.reason = tr("Skipped in the review.");
            continue;
        }
        if (!row.isValid()) {
            plan.action = Action::Fail;
            QStringList reasons;
            for (const ImportProblem &p : std::as_const(row.record.problems)) {
                reasons << p.reason;
            }
            plan.reason = reasons.join(u' ');
            plan.column = row.record.problems.first().columnName;
            continue;
        }
        if (m_setup.policy == DuplicatePolicy::Create) {
            plan.action = Action::Create;
            continue;
        }
        const QList<ImportMerge::DuplicateKey> keys = ImportMerge::duplicateKeys(row.contact);
        for (const auto &key : keys) {
            if (const auto it = pending.constFind(key.key); it != pending.constEnd()) {
                plan.pending = *it;
                plan.reason = tr("Same contact as row %1 of the file.").arg(rows.at(*it).record.fileRow);
                break;
            }
        }
        if (plan.pending < 0) {
            auto existing = findExisting(row, &plan.reason);
            if (!existing) {
                return existing.error();
            }
            plan.targetId = *existing;
        }
        const bool duplicate = plan.pending >= 0 || plan.targetId;
        if (duplicate && m_setup.policy == DuplicatePolicy::Skip) {
            plan.action = Action::Skip;
        } else if (plan.pending >= 0) {
            // The contact is not written yet: the row updates the draft, and the contact is created once.
            plan.action = Action::MergePending;
            PreparedRow &target = rows[plan.pending];
            ImportMerge::mergeInto(target.contact, row.contact, row.ownerFromRow);
            if (!row.companyKey.isEmpty()) {
                target.companyKey = row.companyKey;
                target.companyName = row.companyName;
            }
            for (const auto &key : keys) {
                pending.insert(key.key, plan.pending);
            }
        } else if (plan.targetId) {
            plan.action = Action::Update;
        } else {
            plan.action = Action::Create;
            plan.reason.clear();
            for (const auto &key : keys) {
                pending.insert(key.key, i);
            }
        }
    }
    return {};
}

Result<QList<qint64>> ImportWriter::createAll(const QList<PreparedRow> &rows, const QList<int> &indexes)
{
    QList<Contact> contacts;
    contacts.reserve(indexes.size());
    for (const int i : indexes) {
        contacts << rows.at(i).contact;
    }
    auto ids = m_contacts->createMany(contacts);
    if (!ids) {
        Error e = ids.error();
        if (e.location.row >= 0 && e.location.row < indexes.size()) {
            e.location.row = rows.at(indexes.at(e.location.row)).record.fileRow;
        }
        return e;
    }
    return ids;
}

Result<void> ImportWriter::createCompanies(QList<PreparedRow> &rows, QList<Plan> &plans, QList<JobItem> &items)
{
    // Company rows of the file first, so that persons further down the chunk link to them.
    QList<int> companyRows;
    for (int i = 0; i < rows.size(); ++i) {
        if (plans.at(i).action == Action::Create && rows.at(i).contact.isCompany()) {
            companyRows << i;
        }
    }
    if (!companyRows.isEmpty()) {
        auto ids = createAll(rows, companyRows);
        if (!ids) {
            return ids.error();
        }
        for (int k = 0; k < companyRows.size(); ++k) {
            m_ids[companyRows.at(k)] = ids->at(k);
            const QString key = CompanyNames::matchKey(rows.at(companyRows.at(k)).contact.displayName);
            if (!key.isEmpty() && !m_setup.companies.contains(key)) {
                m_setup.companies.insert(key, ids->at(k));
            }
        }
    }
    // Then the companies persons name that do not exist yet, each once.
    QList<Contact> missing;
    QList<int> missingRows;
    QHash<QString, int> missingKeys;
    for (int i = 0; i < rows.size(); ++i) {
        const PreparedRow &row = rows.at(i);
        const Action action = plans.at(i).action;
        if ((action != Action::Create && action != Action::Update) || row.companyKey.isEmpty()
            || m_setup.companies.contains(row.companyKey) || missingKeys.contains(row.companyKey)) {
            continue;
        }
        Contact company;
        company.kind = ContactKind::Company;
        company.displayName = row.companyName;
        company.ownerId = m_setup.defaultOwnerId;
        if (!m_setup.tag.trimmed().isEmpty()) {
            company.tags << m_setup.tag.trimmed();
        }
        missingKeys.insert(row.companyKey, int(missing.size()));
        missing << company;
        missingRows << i;
    }
    if (!missing.isEmpty()) {
        auto ids = m_contacts->createMany(missing);
        if (!ids) {
            Error e = ids.error();
            e.location.row = rows.at(missingRows.value(e.location.row)).record.fileRow;
            e.location.field = u"company"_s;
            return e;
        }
        for (int k = 0; k < missing.size(); ++k) {
            JobItem item;
            item.contactId = ids->at(k);
            item.sourceRow = rows.at(missingRows.at(k)).record.fileRow;
            item.outcome = JobItemOutcome::Created;
            item.column = ContactFields::label(u"company"_s);
            items << item;
            m_setup.companies.insert(rows.at(missingRows.at(k)).companyKey, ids->at(k));
        }
        m_chunkCounts.companiesCreated += missing.size();
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).companyKey.isEmpty()) {
            rows[i].contact.companyId = m_setup.companies.value(rows.at(i).companyKey);
        }
    }
    return {};
}

Result<JobItem> ImportWriter::update(const PreparedRow &row, qint64 targetId)
{
    JobItem item;
    item.contactId = targetId;
    item.sourceRow = row.record.fileRow;
    auto old = m_contacts->load(targetId);
    if (!old) {
        return old.error();
    }
    Contact merged = *old;
    ImportMerge::mergeInto(merged, row.contact, row.ownerFromRow);
    auto saved = m_contacts->update(merged);
    if (!saved) {
        // Checks fail before the service writes anything: the row fails, the chunk goes on.
        if (saved.error().code != Error::Code::Invalid && saved.error().code != Error::Code::Conflict) {
            return saved.error();
        }
        item.outcome = JobItemOutcome::Failed;
        item.reason = saved.error().message;
        item.column = saved.error().location.fieldLabel.isEmpty() ? ContactFields::label(saved.error().location.field)
                                                                  : saved.error().location.fieldLabel;
        item.data = row.record.cells;
        return item;
    }
    const ContactFields::References refs = m_references->references();
    setChangedFields(item,
        ContactFields::snapshot(*old, refs, ContactFields::Purpose::Sync),
        ContactFields::snapshot(*saved, refs, ContactFields::Purpose::Sync));
    item.outcome = item.before.isEmpty() && item.after.isEmpty() ? JobItemOutcome::Unchanged : JobItemOutcome::Updated;
    return item;
}

Result<void> ImportWriter::writeChunk(const QList<PreparedRow> &chunk, Job &job)
{
    QList<PreparedRow> rows = chunk; // drafts change: merges, company links
    QList<Plan> plans(rows.size());
    m_ids = QList<qint64>(rows.size(), 0);
    m_chunkCounts = {};
    QList<JobItem> items;

    UnitOfWork unit(m_db, m_setup.session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    if (auto ok = classify(rows, plans); !ok) {
        return ok;
    }
    if (auto ok = createCompanies(rows, plans, items); !ok) {
        return ok;
    }
    QList<int> personRows;
    for (int i = 0; i < rows.size(); ++i) {
        if (plans.at(i).action == Action::Create && !rows.at(i).contact.isCompany()) {
            personRows << i;
        }
    }
    if (!personRows.isEmpty()) {
        auto ids = createAll(rows, personRows);
        if (!ids) {
            return ids.error();
        }
        for (int k = 0; k < personRows.size(); ++k) {
            m_ids[personRows.at(k)] = ids->at(k);
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        const PreparedRow &row = rows.at(i);
        const Plan &plan = plans.at(i);
        JobItem item;
        item.sourceRow = row.record.fileRow;
        item.reason = plan.reason;
        item.column = plan.column;
        switch (plan.action) {
        case Action::Fail:
            item.outcome = JobItemOutcome::Failed;
            item.data = row.record.cells;
            ++m_chunkCounts.failed;
            break;
        case Action::Skip:
            item.outcome = JobItemOutcome::Skipped;
            item.contactId = plan.pending >= 0 ? m_ids.at(plan.pending) : plan.targetId;
            ++m_chunkCounts.skipped;
            break;
        case Action::Create:
            item.outcome = JobItemOutcome::Created;
            item.contactId = m_ids.at(i);
            ++m_chunkCounts.created;
            break;
        case Action::MergePending:
            // Created by this import: undo removes it whole, so there is nothing to revert field by field.
            item.outcome = JobItemOutcome::Updated;
            item.contactId = m_ids.at(plan.pending);
            ++m_chunkCounts.updated;
            break;
        case Action::Update: {
            auto updated = update(row, plan.targetId);
            if (!updated) {
                return updated.error();
            }
            item = *updated;
            if (item.outcome == JobItemOutcome::Failed) {
                ++m_chunkCounts.failed;
            } else {
                item.reason = plan.reason;
                ++(item.outcome == JobItemOutcome::Updated ? m_chunkCounts.updated : m_chunkCounts.unchanged);
            }
            break;
        }
        }
        items << item;
    }
    if (auto ok = m_jobs.addItems(job.id, items); !ok) {
        return ok;
    }
    Job progressed = job;
    progressed.processed += rows.size();
    progressed.succeeded += m_chunkCounts.created + m_chunkCounts.updated + m_chunkCounts.companiesCreated;
    progressed.skipped += m_chunkCounts.skipped + m_chunkCounts.unchanged;
    progressed.failed += m_chunkCounts.failed;
    progressed.chunksDone += 1;
    if (auto ok = m_jobs.saveProgress(progressed); !ok) {
        return ok;
    }
    if (auto ok = unit.commit(); !ok) {
        return ok;
    }
    job = progressed;
    m_counts.created += m_chunkCounts.created;
    m_counts.updated += m_chunkCounts.updated;
    m_counts.unchanged += m_chunkCounts.unchanged;
    m_counts.skipped += m_chunkCounts.skipped;
    m_counts.failed += m_chunkCounts.failed;
    m_counts.companiesCreated += m_chunkCounts.companiesCreated;
    return {};
}

} // namespace Kontor
