#include "ExportService.h"

#include "ContactRepository.h"
#include "ContactService.h"
#include "ContactSink.h"
#include "CustomFieldService.h"
#include "Database.h"
#include "ExportColumns.h"
#include "ExportRepository.h"
#include "JobLock.h"
#include "JobRepository.h"
#include "UnitOfWork.h"
#include "UserService.h"
#include "Uuid.h"

#include <QFileInfo>
#include <QJsonArray>

#include <memory>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Contacts are loaded, written and reported in chunks of this many; cancel is checked between chunks.
constexpr int ChunkSize = 200;

struct FormatInfo
{
    ExportFormat format;
    const char16_t *key;
    const char16_t *suffix;
    const char *label;
};

const FormatInfo kFormats[] = {
    {ExportFormat::Csv, u"csv", u"csv", QT_TRANSLATE_NOOP("ExportService", "CSV (UTF-8, comma)")},
    {ExportFormat::CsvExcel, u"csv-excel", u"csv", QT_TRANSLATE_NOOP("ExportService", "CSV for Excel (German)")},
    {ExportFormat::Xlsx, u"xlsx", u"xlsx", QT_TRANSLATE_NOOP("ExportService", "Excel workbook (XLSX)")},
    {ExportFormat::VCard4, u"vcf", u"vcf", QT_TRANSLATE_NOOP("ExportService", "vCard 4.0")},
    {ExportFormat::VCard3, u"vcf3", u"vcf", QT_TRANSLATE_NOOP("ExportService", "vCard 3.0")},
    {ExportFormat::Json, u"json", u"json", QT_TRANSLATE_NOOP("ExportService", "JSON")},
};

const FormatInfo &info(ExportFormat format)
{
    for (const FormatInfo &f : kFormats) {
        if (f.format == format) {
            return f;
        }
    }
    return kFormats[0];
}

bool isTable(ExportFormat format)
{
    return format == ExportFormat::Csv || format == ExportFormat::CsvExcel || format == ExportFormat::Xlsx;
}

} // namespace

QString exportFormatKey(ExportFormat format)
{
    return QString::fromUtf16(info(format).key);
}

bool exportFormatFromKey(const QString &key, ExportFormat *out)
{
    for (const FormatInfo &f : kFormats) {
        if (key.compare(QString::fromUtf16(f.key), Qt::CaseInsensitive) == 0) {
            *out = f.format;
            return true;
        }
    }
    return false;
}

QString exportFormatLabel(ExportFormat format)
{
    return QCoreApplication::translate("ExportService", info(format).label);
}

QString exportFormatSuffix(ExportFormat format)
{
    return QString::fromUtf16(info(format).suffix);
}

QString ExportService::neutralizeFormula(const QString &cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + cell;
    default:
        return cell;
    }
}

ExportService::ExportService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<QList<ExportColumn>> ExportService::availableColumns() const
{
    auto fields = CustomFieldService(m_db, m_session).fields();
    if (!fields) {
        return fields.error();
    }
    return ExportColumns::available(*fields);
}

namespace {

Result<ExportNames> loadNames(Database &db, const Session &session)
{
    ExportNames names;
    auto users = UserService(db).list();
    if (!users) {
        return users.error();
    }
    for (const User &u : *users) {
        names.users.insert(u.id, u.name);
    }
    auto fields = CustomFieldService(db, session).fields();
    if (!fields) {
        return fields.error();
    }
    names.fields = *fields;
    for (const CustomField &f : names.fields) {
        names.fieldNames.insert(f.id, f.name);
    }
    return names;
}

// The ids to export, in order: the selection, or every row the query finds, page by page along its keyset
// cursor. Only ids are kept (8 bytes a contact), so the set stays fixed while the file is written and its size
// is known for the progress bar. Returns an empty list with *cancelled set when cancelled.
Result<QList<qint64>> collectIds(
    Database &db, const Session &session, const ExportOptions &options, const JobProgress &progress, bool *cancelled)
{
    if (!options.ids.isEmpty()) {
        return options.ids;
    }
    ContactService contacts(db, session);
    ContactListQuery query = options.query;
    query.columns.clear(); // the rows' ids are all this needs
    if (query.limit <= 0) {
        query.limit = ChunkSize;
    }
    QList<qint64> ids;
    for (;;) {
        if (progress.cancelled()) {
            *cancelled = true;
            return QList<qint64>();
        }
        auto page = contacts.list(query);
        if (!page) {
            return page.error();
        }
        for (const ContactSummary &row : page->rows) {
            ids << row.id;
        }
        if (!page->hasMore || page->rows.isEmpty()) {
            return ids;
        }
        query.continueAfter(page->rows.constLast());
    }
}

Result<ExportSlots> countSlots(Database &db, const QList<qint64> &ids)
{
    ExportRepository repo(db);
    ExportSlots counts;
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        if (auto ok = repo.widenSlots(ids.mid(i, 500), &counts); !ok) {
            return ok.error();
        }
    }
    return counts;
}

QJsonObject jobParams(const ExportOptions &options, const QString &path)
{
    QJsonObject params{{u"format"_s, exportFormatKey(options.format)},
        {u"file"_s, QFileInfo(path).absoluteFilePath()},
        {u"columns"_s, QJsonArray::fromStringList(options.columns)}};
    if (!options.ids.isEmpty()) {
        params.insert(u"selection"_s, options.ids.size());
    } else {
        params.insert(u"filter"_s, options.query.filter);
        params.insert(u"search"_s, options.query.search);
        params.insert(u"kind"_s, options.query.kind);
        params.insert(u"sort"_s, options.query.sort);
    }
    return params;
}

Result<Job> startJob(Database &db, const Session &session, Job job)
{
    UnitOfWork unit(db, session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    job.createdAt = unit.now();
    job.startedAt = unit.now();
    auto stored = JobRepository(db).insert(job);
    if (!stored) {
        return stored.error();
    }
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return stored;
}

Result<void> finishJob(Database &db, const Session &session, Job &job)
{
    UnitOfWork unit(db, session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    job.finishedAt = unit.now();
    if (auto ok = JobRepository(db).saveProgress(job); !ok) {
        return ok;
    }
    return unit.commit();
}

} // namespace

Result<ExportReport> ExportService::run(const ExportOptions &options, const QString &path, const JobProgress &progress)
{
    auto names = loadNames(m_db, m_session);
    if (!names) {
        return names.error();
    }
    // Unknown columns are the caller's mistake: refused before a job is logged.
    if (isTable(options.format)) {
        if (auto check = ExportColumns::create(options.columns, names->fields, names->users, {}); !check) {
            return check.error();
        }
    }

    Job job;
    job.type = QString::fromUtf16(JobType::Export);
    job.name = options.name.isEmpty() ? tr("Export to %1").arg(QFileInfo(path).fileName()) : options.name;
    job.userId = m_session.userId;
    job.status = JobStatus::Running;
    job.params = jobParams(options, path);
    // Held while the export runs, so that a second program does not take it for one cut off by a crash.
    job.uuid = Uuid::createV7(m_db.clock());
    auto lock = JobLock::acquire(m_db, job.uuid);
    if (!lock) {
        return lock.error();
    }
    auto started = startJob(m_db, m_session, job);
    if (!started) {
        return started.error();
    }
    job = *started;

    ExportReport report;
    report.jobId = job.id;
    std::unique_ptr<ContactSink> sink;
    // Writes the file; returns false when cancelled.
    auto exportAll = [&]() -> Result<bool> {
        bool cancelled = false;
        auto ids = collectIds(m_db, m_session, options, progress, &cancelled);
        if (!ids) {
            return ids.error();
        }
        if (cancelled) {
            return false;
        }
        job.total = ids->size();
        ExportColumns columns;
        if (isTable(options.format)) {
            ExportSlots counts;
            if (ExportColumns::needsSlots(options.columns)) {
                auto counted = countSlots(m_db, *ids);
                if (!counted) {
                    return counted.error();
                }
                counts = *counted;
            }
            auto chosen = ExportColumns::create(options.columns, names->fields, names->users, counts);
            if (!chosen) {
                return chosen.error();
            }
            columns = std::move(*chosen);
        }
        sink = ContactSink::create(options.format, path, std::move(columns), *names);
        if (auto ok = sink->open(); !ok) {
            return ok.error();
        }
        ContactRepository contacts(m_db);
        progress(0, job.total);
        for (qsizetype i = 0; i < ids->size(); i += ChunkSize) {
            if (progress.cancelled()) {
                return false;
            }
            const qsizetype end = std::min<qsizetype>(i + ChunkSize, ids->size());
            for (qsizetype k = i; k < end; ++k) {
                auto contact = contacts.load(ids->at(k));
                if (!contact) {
                    // Deleted for good since the ids were read: nothing left to export.
                    if (contact.error().code == Error::Code::NotFound) {
                        continue;
                    }
                    return contact.error();
                }
                if (auto ok = sink->write(*contact); !ok) {
                    return ok.error();
                }
                ++report.written;
            }
            job.processed = end;
            progress(end, job.total);
        }
        if (auto ok = sink->commit(); !ok) {
            return ok.error();
        }
        return true;
    };

    auto completed = exportAll();
    job.succeeded = report.written;
    if (!completed || !*completed) {
        if (sink) {
            sink->cancel();
        }
        report.cancelled = completed.has_value();
        job.status = report.cancelled ? JobStatus::Cancelled : JobStatus::Failed;
        job.error = completed ? QString() : completed.error().message;
        // The export's own error matters more than a failure to log it.
        if (auto logged = finishJob(m_db, m_session, job); !logged && completed) {
            return logged.error();
        }
        if (!completed) {
            return completed.error();
        }
        return report;
    }
    job.status = JobStatus::Done;
    job.processed = job.total;
    if (auto ok = finishJob(m_db, m_session, job); !ok) {
        return ok.error();
    }
    return report;
}

} // namespace Kontor
