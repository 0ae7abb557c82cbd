#include "Job.h"

#include "BulkAction.h"
#include "KeyTable.h"

#include <QCoreApplication>

#include <utility>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Job)
};

// Keys are stored in the database: never rename them.
const std::pair<JobStatus, const char16_t *> kStatusKeys[] = {
    {JobStatus::Queued, u"queued"},
    {JobStatus::Running, u"running"},
    {JobStatus::Done, u"done"},
    {JobStatus::Failed, u"failed"},
    {JobStatus::Cancelled, u"cancelled"},
    {JobStatus::Interrupted, u"interrupted"},
    {JobStatus::Undone, u"undone"},
};

const std::pair<JobItemOutcome, const char16_t *> kOutcomeKeys[] = {
    {JobItemOutcome::Created, u"created"},
    {JobItemOutcome::Updated, u"updated"},
    {JobItemOutcome::Unchanged, u"unchanged"},
    {JobItemOutcome::Skipped, u"skipped"},
    {JobItemOutcome::Failed, u"failed"},
    {JobItemOutcome::Exported, u"exported"},
    {JobItemOutcome::Trashed, u"trashed"},
    {JobItemOutcome::Checked, u"checked"},
};
} // namespace

QString jobStatusKey(JobStatus status)
{
    return keyOf(kStatusKeys, status);
}

bool jobStatusFromKey(const QString &key, JobStatus *out)
{
    return fromKey(kStatusKeys, key, out);
}

QString jobStatusLabel(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued:
        return Tr::tr("Queued", "job status");
    case JobStatus::Running:
        return Tr::tr("Running", "job status");
    case JobStatus::Done:
        return Tr::tr("Done", "job status");
    case JobStatus::Failed:
        return Tr::tr("Failed", "job status");
    case JobStatus::Cancelled:
        return Tr::tr("Cancelled", "job status");
    case JobStatus::Interrupted:
        return Tr::tr("Interrupted", "job status");
    case JobStatus::Undone:
        return Tr::tr("Undone", "job status");
    }
    return {};
}

QString JobType::label(const QString &type)
{
    if (type == QStringView(Import)) {
        return Tr::tr("Import", "job type");
    }
    if (type == QStringView(Export)) {
        return Tr::tr("Export", "job type");
    }
    BulkActionKind kind;
    if (isBulk(type) && bulkActionFromKey(type.mid(QStringView(BulkPrefix).size()), &kind)) {
        return bulkActionLabel(kind);
    }
    return type;
}

bool JobType::isBulk(const QString &type)
{
    return type.startsWith(QStringView(BulkPrefix));
}

QString jobItemOutcomeKey(JobItemOutcome outcome)
{
    return keyOf(kOutcomeKeys, outcome);
}

bool jobItemOutcomeFromKey(const QString &key, JobItemOutcome *out)
{
    return fromKey(kOutcomeKeys, key, out);
}

QString jobItemOutcomeLabel(JobItemOutcome outcome)
{
    switch (outcome) {
    case JobItemOutcome::Created:
        return Tr::tr("Created", "job item outcome");
    case JobItemOutcome::Updated:
        return Tr::tr("Updated", "job item outcome");
    case JobItemOutcome::Unchanged:
        return Tr::tr("Unchanged", "job item outcome");
    case JobItemOutcome::Skipped:
        return Tr::tr("Skipped", "job item outcome");
    case JobItemOutcome::Failed:
        return Tr::tr("Failed", "job item outcome");
    case JobItemOutcome::Exported:
        return Tr::tr("Exported", "job item outcome");
    case JobItemOutcome::Trashed:
        return Tr::tr("Moved to the trash", "job item outcome");
    case JobItemOutcome::Checked:
        return Tr::tr("Checked", "job item outcome");
    }
    return {};
}

} // namespace Kontor
