#pragma once

#include "ArgumentParser.h"
#include "Job.h"
#include "Result.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli jobs list|show|undo|resume`: the log of imports, exports and bulk actions (JobService), undo of
// a job and resuming an interrupted or cancelled bulk action (BulkService). Each command first marks jobs
// whose process is gone as interrupted (JobService::recoverInterrupted), as the desktop does on start.
// Each returns the exit code (CliOutput.h, docs/cli.md).
class JobCommands
{
    Q_DECLARE_TR_FUNCTIONS(JobCommands)

public:
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> showOptions();
    static QList<OptionSpec> undoOptions();
    static QList<OptionSpec> resumeOptions();

    static int list(CliContext &context);
    static int show(CliContext &context);
    static int undo(CliContext &context);
    static int resume(CliContext &context);

    // A job by its number or UUID; NotFound names what was typed.
    static Result<Job> find(CliContext &context, const QString &text);
};

} // namespace Kontor
