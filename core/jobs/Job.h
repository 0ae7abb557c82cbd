#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kontor {

// Where a job stands. Running jobs found at start-up were cut off by a crash or a quit: they become Interrupted
// with exactly the chunks they committed (chunksDone) and can be undone (and, for bulk actions, resumed).
enum class JobStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
    Interrupted,
    Undone,
};

QString jobStatusKey(JobStatus status); // "queued", "running", "done", "failed", "cancelled", "interrupted", "undone"
bool jobStatusFromKey(const QString &key, JobStatus *out);
QString jobStatusLabel(JobStatus status); // translated

// Job types are keys: "import", "export", and the bulk actions "bulk.<action key>" (BulkAction.h).
namespace JobType {
inline constexpr char16_t Import[] = u"import";
inline constexpr char16_t Export[] = u"export";
inline constexpr char16_t BulkPrefix[] = u"bulk.";
QString label(const QString &type); // translated; bulk types through bulkActionLabel; the key for unknown types
bool isBulk(const QString &type);
} // namespace JobType

// An import, export or bulk action as the Bulk Actions log lists it.
struct Job
{
    qint64 id = 0;
    QString uuid;
    QString type;
    QString name; // what the user called it, or a generated description ("Import of kunden.csv")
    qint64 userId = 0;
    QString userName; // read-only, filled when loading
    qint64 createdAt = 0; // UTC ms
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    JobStatus status = JobStatus::Queued;
    QJsonObject params; // the options it ran with (file, format, mapping, policy, tag, owner, ...)
    qint64 total = 0; // rows or contacts to process; 0 when unknown
    qint64 processed = 0;
    qint64 succeeded = 0; // created + updated (import), written (export), changed (bulk)
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 chunksDone = 0; // chunks committed; each chunk is one transaction
    QString error; // why it failed (translated message), empty otherwise
    qint64 undoneAt = 0;
};

enum class JobItemOutcome
{
    Created,
    Updated,
    Unchanged, // matched an existing contact and changed nothing
    Skipped,
    Failed,
    Exported,
    Trashed, // a bulk delete moved the contact to the trash; its undo restores it
    Checked, // a bulk e-mail verification checked the contact's addresses (column: the address, reason: result)
};

QString jobItemOutcomeKey(JobItemOutcome outcome); // "created", "updated", "unchanged", "skipped", ...
bool jobItemOutcomeFromKey(const QString &key, JobItemOutcome *out);
QString jobItemOutcomeLabel(JobItemOutcome outcome); // translated

// One contact or source row a job handled.
struct JobItem
{
    qint64 jobId = 0;
    qint64 seq = 0; // order within the job
    qint64 contactId = 0; // 0 when no contact was written (a failed row)
    int sourceRow = 0; // 1-based file row of an import; 0 otherwise
    JobItemOutcome outcome = JobItemOutcome::Created;
    QString reason; // translated: why skipped or failed
    QString column; // the file column or field the reason is about
    // ContactFields snapshots (Sync purpose) of the fields an update changed, before and after; empty objects
    // for created contacts. Undo restores `before` where the contact still holds `after`.
    QJsonObject before;
    QJsonObject after;
    QStringList data; // the source row's cells, kept for failed rows
};

// Counts of a job by outcome, for the statistics view and reports.
struct JobCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 exported = 0;
    qint64 trashed = 0;
    qint64 checked = 0;
};

} // namespace Kontor
