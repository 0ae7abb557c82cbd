#include "ImportService.h"

#include "CompanyNames.h"
#include "CsvWriter.h"
#include "CustomFieldService.h"
#include "Database.h"
#include "ImportMappingStore.h"
#include "ImportMerge.h"
#include "ImportPreparer.h"
#include "ImportRepository.h"
#include "ImportSource.h"
#include "ImportWriter.h"
#include "JobLock.h"
#include "JobRepository.h"
#include "PhoneNormalizer.h"
#include "TableReader.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QFileInfo>
#include <QJsonArray>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kJobEntity = u"job"_s;

// What review and run share: how the file is read and converted.
struct ImportPlan
{
    ProbeResult probe;
    ImportMapping mapping;
    DateOrder dateOrder = DateOrder::DayMonthYear;
    QList<CustomField> fields; // existing ones plus those "custom.new" columns create (stand-ins in review)
    QHash<QString, qint64> newFieldIds;
    QSet<QString> fieldsToCreate; // labels of "custom.new" columns whose field does not exist yet
    QString region;

    bool isVCard() const { return probe.format == ImportFormat::VCard; }
};

// Rows done and the expected total; without a first pass the total is estimated from the bytes read.
qint64 estimatedTotal(qint64 rows, qint64 knownTotal, const ImportSource &source)
{
    if (knownTotal > 0) {
        return knownTotal;
    }
    if (source.position() <= 0 || source.size() <= 0) {
        return 0;
    }
    return std::max(rows, qint64(double(rows) * double(source.size()) / double(source.position())));
}

// 64-bit hashes of duplicate keys: the review remembers every key of the file to find duplicates of earlier
// rows, about 16 bytes per key instead of the string (a 1M-row file with an e-mail and a phone per row: ~32 MB).
// Two different keys sharing a hash would count one false duplicate in the review; at 2^64 that is negligible.
quint64 keyHash(const QString &key)
{
    return quint64(qHash(key, size_t(0x9E3779B97F4A7C15ULL)));
}

Result<qint64> existingContact(
    ImportRepository &repo, const QHash<QString, qint64> &companies, const Contact &contact, ImportMerge::MatchBy *by)
{
    for (const auto &key : ImportMerge::duplicateKeys(contact)) {
        Result<qint64> id = qint64(0);
        if (key.by == ImportMerge::MatchBy::Email) {
            id = repo.contactByEmail(key.value, contact.kind);
        } else if (key.by == ImportMerge::MatchBy::Phone) {
            id = repo.contactByPhone(key.value, contact.kind);
        } else {
            id = companies.value(key.value);
        }
        if (!id || *id) {
            *by = key.by;
            return id;
        }
    }
    return qint64(0);
}

Result<QHash<QString, qint64>> companyKeys(Database &db)
{
    auto companies = ImportRepository(db).companies();
    if (!companies) {
        return companies.error();
    }
    QHash<QString, qint64> keys;
    keys.reserve(companies->size());
    for (const auto &c : std::as_const(*companies)) {
        const QString key = CompanyNames::matchKey(c.name);
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.insert(key, c.id); // the oldest of equal names wins
        }
    }
    return keys;
}

RowConverter::Options converterOptions(const ImportPlan &plan, ContactKind kind)
{
    RowConverter::Options o;
    o.kind = kind;
    o.dateOrder = plan.dateOrder;
    o.customFields = plan.fields;
    o.newFieldIds = plan.newFieldIds;
    return o;
}

QJsonObject jobParams(const QString &path, const ImportOptions &options, const ImportPlan &plan)
{
    QJsonObject p;
    p.insert(u"file"_s, QFileInfo(path).absoluteFilePath());
    p.insert(u"fileName"_s, QFileInfo(path).fileName());
    p.insert(u"format"_s, importFormatKey(plan.probe.format));
    if (!plan.isVCard()) {
        p.insert(u"sheet"_s, plan.probe.sheet);
        p.insert(u"encoding"_s, plan.probe.dialect.encoding);
        p.insert(
            u"delimiter"_s, plan.probe.dialect.delimiter.isNull() ? QString() : QString(plan.probe.dialect.delimiter));
        p.insert(u"mapping"_s, plan.mapping.toJson());
    }
    p.insert(u"headers"_s, QJsonArray::fromStringList(plan.probe.headers));
    p.insert(u"kind"_s, options.kind == ContactKind::Company ? u"company"_s : u"person"_s);
    p.insert(u"onDuplicate"_s, duplicatePolicyKey(options.onDuplicate));
    p.insert(u"skipInvalid"_s, options.skipInvalid);
    p.insert(u"tag"_s, options.tag);
    p.insert(u"ownerId"_s, options.ownerId);
    p.insert(u"region"_s, plan.region);
    return p;
}
} // namespace

ImportService::ImportService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

ImportService::~ImportService() = default;

Result<ProbeResult> ImportService::probe(const QString &path, const TableOptions &options) const
{
    if (options.format == ImportFormat::VCard
        || (options.format == ImportFormat::Auto && ImportSource::looksLikeVCard(path))) {
        return ImportSource::probeVCard(path);
    }
    auto probed = TableReader::probe(path, options);
    if (probed && probed->format == ImportFormat::VCard) {
        return ImportSource::probeVCard(path);
    }
    return probed;
}

Result<ImportMapping> ImportService::suggestMapping(const ProbeResult &probe, ContactKind kind) const
{
    if (probe.format == ImportFormat::VCard) {
        return ImportMapping();
    }
    auto remembered = ImportMappingStore(m_db).find(probe.headers, kind);
    if (!remembered) {
        return remembered.error();
    }
    if (*remembered && (*remembered)->columns.size() == probe.headers.size()) {
        return **remembered;
    }
    auto fields = CustomFieldService(m_db, m_session).fields();
    if (!fields) {
        return fields.error();
    }
    QList<AutoMapper::CustomFieldName> names;
    for (const CustomField &f : std::as_const(*fields)) {
        names.append({f.id, f.name});
    }
    return AutoMapper::guess(probe.headers, kind, names);
}

// Probes the file, settles the mapping and the date order, and finds the custom fields "custom.new" columns
// name: existing ones are reused; the others get stand-ins (ids above the existing ones) until run() creates them.
static Result<ImportPlan> planImport(const ImportService &service,
    Database &db,
    const Session &session,
    const QString &path,
    const ImportOptions &options,
    const QString &region)
{
    ImportPlan plan;
    auto probed = service.probe(path, options.table);
    if (!probed) {
        return probed.error();
    }
    plan.probe = *probed;
    plan.region = region;
    auto fields = CustomFieldService(db, session).fields();
    if (!fields) {
        return fields.error();
    }
    plan.fields = *fields;
    if (plan.isVCard()) {
        plan.dateOrder = DateOrder::YearMonthDay;
        return plan;
    }
    if (options.mapping) {
        plan.mapping = *options.mapping;
    } else {
        auto suggested = service.suggestMapping(plan.probe, options.kind);
        if (!suggested) {
            return suggested.error();
        }
        plan.mapping = *suggested;
    }
    while (plan.mapping.columns.size() < plan.probe.headers.size()) {
        plan.mapping.columns.append(ColumnMapping());
    }
    // Stand-ins carry ids above every existing one: RowConverter and ContactValidator need a real-looking field,
    // and review writes nothing.
    qint64 standIn = 1;
    for (const CustomField &f : std::as_const(plan.fields)) {
        standIn = std::max(standIn, f.id + 1);
    }
    for (int i = 0; i < plan.mapping.columns.size(); ++i) {
        ColumnMapping &column = plan.mapping.columns[i];
        if (column.target != u"custom.new") {
            continue;
        }
        if (column.label.trimmed().isEmpty()) {
            column.label = plan.probe.headers.value(i);
        }
        if (plan.newFieldIds.contains(column.label)) {
            continue;
        }
        const auto existing = std::find_if(plan.fields.cbegin(), plan.fields.cend(), [&](const CustomField &f) {
            return f.name.compare(column.label.simplified(), Qt::CaseInsensitive) == 0;
        });
        if (existing != plan.fields.cend()) {
            plan.newFieldIds.insert(column.label, existing->id);
            continue;
        }
        CustomField field;
        field.id = standIn++;
        field.name = column.label.simplified();
        field.type = CustomFieldType::Text;
        plan.fields << field;
        plan.newFieldIds.insert(column.label, field.id);
        plan.fieldsToCreate.insert(column.label);
    }
    auto order = ImportSource::detectDateOrder(path, plan.probe, plan.mapping, plan.fields);
    if (!order) {
        return order.error();
    }
    plan.dateOrder = *order;
    return plan;
}

static ImportPreparer::Setup preparerSetup(
    const ImportPlan &plan, const ImportOptions &options, const Session &session, ImportPreparer::Mode mode)
{
    ImportPreparer::Setup s;
    s.mode = mode;
    s.region = plan.region;
    s.headers = plan.isVCard() ? QStringList() : plan.probe.headers;
    s.mapping = plan.mapping;
    s.customFields = plan.fields;
    s.newFieldIds = plan.newFieldIds;
    s.defaultOwnerId = options.ownerId ? options.ownerId : session.userId;
    s.tag = options.tag;
    s.skipRows = options.skipRows;
    return s;
}

// Ends a job that did not finish: its chunks are undone, so no half-written batch remains, and it is marked
// Cancelled or Failed (with the error). When the undo itself fails, the job keeps its chunks and stays undoable.
static Result<void> abandonJob(Database &db, const Session &session, Job &job, JobStatus status, const QString &error)
{
    JobRepository jobs(db);
    auto mark = [&]() -> Result<void> {
        UnitOfWork unit(db, session);
        if (auto ok = unit.begin(); !ok) {
            return ok;
        }
        job.status = status;
        job.error = error;
        job.finishedAt = job.finishedAt ? job.finishedAt : unit.now();
        if (auto ok = jobs.saveProgress(job); !ok) {
            return ok;
        }
        unit.changes().otherEntities.insert(kJobEntity);
        return unit.commit();
    };
    if (auto ok = mark(); !ok) {
        return ok;
    }
    if (job.chunksDone == 0) {
        return {};
    }
    if (auto undone = JobService(db, session).undo(job.id); !undone) {
        return undone.error();
    }
    // The undo marks the job Undone; what the log should say is why it ended.
    auto reloaded = jobs.byId(job.id);
    if (!reloaded) {
        return reloaded.error();
    }
    job = *reloaded;
    return mark();
}

// The writing pass of run(): creates the fields "custom.new" columns name, starts the job and writes the file
// chunk by chunk through ImportWriter, checking for cancel between chunks.
static Result<ImportReport> writeImport(Database &db,
    const Session &userSession,
    const QString &path,
    const ImportOptions &options,
    ImportPlan plan,
    qint64 totalRows,
    const JobProgress &progress)
{
    ImportReport report;
    if (options.rememberMapping && !plan.isVCard()) {
        if (auto ok = ImportMappingStore(db).remember(plan.probe.headers, options.kind, plan.mapping); !ok) {
            return ok.error();
        }
    }
    Session session = userSession;
    session.origin = Origin::Import;
    for (auto it = plan.newFieldIds.begin(); it != plan.newFieldIds.end(); ++it) {
        if (!plan.fieldsToCreate.contains(it.key())) {
            continue;
        }
        CustomField field;
        field.name = it.key().simplified();
        field.type = CustomFieldType::Text;
        auto created = CustomFieldService(db, session).createField(field);
        if (!created) {
            return created.error();
        }
        it.value() = created->id;
    }
    auto fields = CustomFieldService(db, session).fields();
    if (!fields) {
        return fields.error();
    }
    plan.fields = *fields;
    auto companies = companyKeys(db);
    if (!companies) {
        return companies.error();
    }

    Job job;
    job.type = QString::fromUtf16(JobType::Import);
    job.name
        = options.name.isEmpty() ? ImportService::tr("Import of %1").arg(QFileInfo(path).fileName()) : options.name;
    job.userId = session.userId;
    job.status = JobStatus::Running;
    job.params = jobParams(path, options, plan);
    job.total = totalRows;
    // Held from before the job is stored as running until it has ended: JobService::recoverInterrupted tells a
    // running import from one cut off by a crash by it.
    job.uuid = Uuid::createV7(db.clock());
    auto lock = JobLock::acquire(db, job.uuid);
    if (!lock) {
        return lock.error();
    }
    {
        UnitOfWork unit(db, session);
        if (auto ok = unit.begin(); !ok) {
            return ok.error();
        }
        job.createdAt = job.startedAt = unit.now();
        auto inserted = JobRepository(db).insert(job);
        if (!inserted) {
            return inserted.error();
        }
        job = *inserted;
        unit.changes().otherEntities.insert(kJobEntity);
        if (auto ok = unit.commit(); !ok) {
            return ok.error();
        }
    }
    session.batchId = job.id;
    report.jobId = job.id;

    auto fail = [&](const Error &e) -> Result<ImportReport> {
        if (auto ok = abandonJob(db, session, job, JobStatus::Failed, e.toString()); !ok) {
            Error both = e;
            both.detail += u" / "_s + ok.error().toString();
            return both;
        }
        return e;
    };
    auto source
        = ImportSource::open(path, plan.probe, plan.mapping, converterOptions(plan, options.kind), options.fixes);
    if (!source) {
        return fail(source.error());
    }
    ImportPreparer preparer(db, session, preparerSetup(plan, options, userSession, ImportPreparer::Mode::Run));
    ImportWriter::Setup writerSetup;
    writerSetup.session = session;
    writerSetup.region = plan.region;
    writerSetup.policy = options.onDuplicate;
    writerSetup.tag = options.tag;
    writerSetup.defaultOwnerId = options.ownerId ? options.ownerId : userSession.userId;
    writerSetup.companies = std::move(*companies);
    ImportWriter writer(db, std::move(writerSetup));
    for (;;) {
        if (progress.cancelled()) {
            if (auto ok = abandonJob(db, session, job, JobStatus::Cancelled, {}); !ok) {
                return ok.error();
            }
            report.cancelled = true;
            report.problems.clear();
            return report;
        }
        auto chunk = (*source)->nextChunk(ImportService::ChunkRows);
        if (!chunk) {
            return fail(chunk.error());
        }
        if (chunk->isEmpty()) {
            break;
        }
        auto rows = preparer.prepare(std::move(*chunk));
        if (!rows) {
            return fail(rows.error());
        }
        if (auto ok = writer.writeChunk(*rows, job); !ok) {
            return fail(ok.error());
        }
        for (const PreparedRow &row : std::as_const(*rows)) {
            if (!row.skippedByUser) {
                report.problems << row.record.problems;
            }
        }
        progress(job.processed, estimatedTotal(job.processed, totalRows, **source));
    }

    UnitOfWork unit(db, session);
    if (auto ok = unit.begin(); !ok) {
        return fail(ok.error());
    }
    job.status = JobStatus::Done;
    job.finishedAt = unit.now();
    job.total = job.processed;
    if (auto ok = JobRepository(db).saveProgress(job); !ok) {
        return fail(ok.error());
    }
    unit.changes().otherEntities.insert(kJobEntity);
    if (auto ok = unit.commit(); !ok) {
        return fail(ok.error());
    }
    const ImportWriter::Counts &counts = writer.counts();
    report.created = counts.created;
    report.updated = counts.updated;
    report.skipped = counts.skipped + counts.unchanged;
    report.failed = counts.failed;
    report.companiesCreated = counts.companiesCreated;
    return report;
}

Result<ImportReview> ImportService::review(
    const QString &path, const ImportOptions &options, const JobProgress &progress)
{
    const QString region = !options.region.isEmpty() ? options.region
        : !m_region.isEmpty()                        ? m_region
                                                     : PhoneNormalizer::regionFromSystemLocale();
    auto plan = planImport(*this, m_db, m_session, path, options, region);
    if (!plan) {
        return plan.error();
    }
    auto source
        = ImportSource::open(path, plan->probe, plan->mapping, converterOptions(*plan, options.kind), options.fixes);
    if (!source) {
        return source.error();
    }
    auto companies = companyKeys(m_db);
    if (!companies) {
        return companies.error();
    }
    ImportReview review;
    review.probe = plan->probe;
    review.mapping = plan->mapping;
    review.dateOrder = plan->dateOrder;
    ImportPreparer preparer(m_db, m_session, preparerSetup(*plan, options, m_session, ImportPreparer::Mode::Review));
    ImportRepository repo(m_db);
    QSet<quint64> seenKeys; // every duplicate key of the file so far, hashed (see keyHash)
    QSet<QString> newCompanies; // match keys of companies the import would create, or that company rows create
    for (;;) {
        if (progress.cancelled()) {
            return makeError(Error::Code::Cancelled, tr("The review was cancelled."));
        }
        auto chunk = (*source)->nextChunk(ChunkRows);
        if (!chunk) {
            return chunk.error();
        }
        if (chunk->isEmpty()) {
            break;
        }
        auto rows = preparer.prepare(std::move(*chunk));
        if (!rows) {
            return rows.error();
        }
        for (const PreparedRow &row : std::as_const(*rows)) {
            ++review.rows;
            if (row.skippedByUser) {
                ++review.skipped;
                continue;
            }
            if (!row.isValid()) {
                ++review.invalid;
                review.problems << row.record.problems;
                continue;
            }
            const auto keys = ImportMerge::duplicateKeys(row.contact);
            bool duplicate = std::any_of(
                keys.cbegin(), keys.cend(), [&](const auto &key) { return seenKeys.contains(keyHash(key.key)); });
            bool existing = false;
            if (!duplicate) {
                ImportMerge::MatchBy by;
                auto id = existingContact(repo, *companies, row.contact, &by);
                if (!id) {
                    return id.error();
                }
                existing = *id != 0;
            }
            for (const auto &key : keys) {
                seenKeys.insert(keyHash(key.key));
            }
            bool creates = true;
            if (duplicate || existing) {
                ++review.duplicates;
                switch (options.onDuplicate) {
                case DuplicatePolicy::Skip:
                    ++review.skipped;
                    creates = false;
                    break;
                case DuplicatePolicy::Update:
                    ++review.toUpdate;
                    creates = false;
                    break;
                case DuplicatePolicy::Create:
                    ++review.toCreate;
                    break;
                }
            } else {
                ++review.toCreate;
            }
            if (row.contact.isCompany() && creates) {
                newCompanies.insert(CompanyNames::matchKey(row.contact.displayName));
            } else if ((creates || options.onDuplicate == DuplicatePolicy::Update) && !row.companyKey.isEmpty()
                && !companies->contains(row.companyKey) && !newCompanies.contains(row.companyKey)) {
                newCompanies.insert(row.companyKey);
                ++review.companiesToCreate;
            }
        }
        progress(review.rows, estimatedTotal(review.rows, 0, **source));
    }
    return review;
}

Result<ImportReport> ImportService::run(const QString &path, const ImportOptions &options, const JobProgress &progress)
{
    const QString region = !options.region.isEmpty() ? options.region
        : !m_region.isEmpty()                        ? m_region
                                                     : PhoneNormalizer::regionFromSystemLocale();
    auto plan = planImport(*this, m_db, m_session, path, options, region);
    if (!plan) {
        return plan.error();
    }
    ImportReport report;
    qint64 totalRows = 0;
    if (!options.skipInvalid) {
        // First pass: any invalid row rejects the whole file before anything is written.
        auto source = ImportSource::open(
            path, plan->probe, plan->mapping, converterOptions(*plan, options.kind), options.fixes);
        if (!source) {
            return source.error();
        }
        ImportPreparer preparer(
            m_db, m_session, preparerSetup(*plan, options, m_session, ImportPreparer::Mode::Review));
        for (;;) {
            if (progress.cancelled()) {
                report.cancelled = true;
                return report;
            }
            auto chunk = (*source)->nextChunk(ChunkRows);
            if (!chunk) {
                return chunk.error();
            }
            if (chunk->isEmpty()) {
                break;
            }
            auto rows = preparer.prepare(std::move(*chunk));
            if (!rows) {
                return rows.error();
            }
            for (const PreparedRow &row : std::as_const(*rows)) {
                ++totalRows;
                if (!row.skippedByUser && !row.isValid()) {
                    ++report.failed;
                    report.problems << row.record.problems;
                }
            }
            progress(totalRows, 0); // checking: the total is not known yet
        }
        if (report.failed > 0) {
            report.rejected = true;
            return report;
        }
    }
    return writeImport(m_db, m_session, path, options, *plan, totalRows, progress);
}

Result<qint64> ImportService::saveFailedRows(qint64 jobId, const QString &outPath) const
{
    JobRepository jobs(m_db);
    auto job = jobs.byId(jobId);
    if (!job) {
        return job.error();
    }
    const bool vcard = job->params.value(u"format"_s).toString() == importFormatKey(ImportFormat::VCard);
    QStringList headers;
    for (const auto &h : job->params.value(u"headers"_s).toArray()) {
        headers << h.toString();
    }
    // Excel opens UTF-8 only with the BOM; the cells are neutralised against formulas, which the importer
    // strips again, so the file goes back in unchanged.
    CsvWriter::Dialect dialect;
    dialect.delimiter = u',';
    dialect.bom = true;
    CsvWriter writer(outPath, dialect);
    if (auto ok = writer.open(); !ok) {
        return ok.error();
    }
    // A vCard row is a card: its lines go into one cell, with the row it started at.
    if (auto ok = writer.writeRow(
            vcard ? QStringList{tr("Row"), tr("Reason"), tr("Card")} : headers + QStringList{tr("Reason")});
        !ok) {
        return ok.error();
    }
    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        auto items = jobs.items(jobId, {JobItemOutcome::Failed}, after, 1000);
        if (!items) {
            return items.error();
        }
        if (items->isEmpty()) {
            break;
        }
        for (const JobItem &item : std::as_const(*items)) {
            QStringList cells;
            if (vcard) {
                cells = {QString::number(item.sourceRow), item.reason, item.data.join(u"\n"_s)};
            } else {
                // Cells beyond the header (a ragged row) follow the reason, so no column shifts.
                cells = item.data.mid(0, headers.size());
                while (cells.size() < headers.size()) {
                    cells << QString();
                }
                cells << item.reason << item.data.mid(headers.size());
            }
            if (auto ok = writer.writeRow(cells); !ok) {
                return ok.error();
            }
            ++written;
        }
        after = items->last().seq;
    }
    if (auto ok = writer.commit(); !ok) {
        return ok.error();
    }
    return written;
}

} // namespace Kontor
