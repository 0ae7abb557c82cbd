#pragma once

#include "Job.h"
#include "JobService.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace Kontor {

// Text and JSON of `kontor-cli bulk` and `kontor-cli jobs`: a job with its counts, its statistics by outcome,
// its skipped and failed items, and what an undo did. The JSON keys are documented in docs/cli.md ("jobs");
// scripts rely on them.
class JobPrinter
{
    Q_DECLARE_TR_FUNCTIONS(JobPrinter)

public:
    // {id, uuid, type, name, status, user, created_at, started_at, finished_at, undone_at, total, processed,
    // succeeded, skipped, failed, chunks_done, error}
    static QJsonObject jobJson(const Job &job);
    static QJsonObject countsJson(const JobCounts &counts);
    static QJsonObject itemJson(const JobItem &item);
    static QJsonObject undoJson(const Job &job, const UndoReport &undo);

    // "Job 12 (Add tag "VIP"): done" and a line with the counts.
    static void printSummary(QTextStream &out, const Job &job);
    // Every field of the job, one per line, then the statistics (outcomes that occurred).
    static void printDetails(QTextStream &out, const Job &job, const JobCounts &counts);
    // "contact 42, field email: reason" - one line per item, indented.
    static void printItems(QTextStream &out, const QList<JobItem> &items);
    static void printUndo(QTextStream &out, const Job &job, const UndoReport &undo);

    static QStringList tableHeaders();
    static QStringList tableRow(const Job &job);
};

} // namespace Kontor
