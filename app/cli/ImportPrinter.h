#pragma once

#include "ImportService.h"
#include "Job.h"
#include "JobService.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace Kontor {

// Text and JSON of `kontor-cli import`: the review (--dry-run), the report, the problems, the batches and what
// an undo did. The JSON keys are documented in docs/cli.md ("import"); scripts rely on them.
class ImportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ImportPrinter)

public:
    // "row 4, column 3 (E-Mail): …": the 1-based file row and column, as a spreadsheet numbers them.
    static QString problemLine(const ImportProblem &problem);
    static QJsonObject problemJson(const ImportProblem &problem);
    static void printProblems(QTextStream &out, const QList<ImportProblem> &problems);

    static void printReview(QTextStream &out, const QString &file, const ImportReview &review);
    // The same shape as reportJson() with "batch": null, plus the review's own counts.
    static QJsonObject reviewJson(const ImportReview &review);

    static void printReport(QTextStream &out, const ImportReport &report, const QString &jobName);
    static QJsonObject reportJson(const ImportReport &report);

    static QJsonObject jobJson(const Job &job, const JobCounts &counts);
    static QJsonObject undoJson(qint64 jobId, const UndoReport &undo);

private:
    static QString formatLine(const ProbeResult &probe);
    static void printMapping(QTextStream &out, const ProbeResult &probe, const ImportMapping &mapping);
};

} // namespace Kontor
