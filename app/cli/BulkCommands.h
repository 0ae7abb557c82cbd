#pragma once

#include "ArgumentParser.h"
#include "Job.h"
#include "Result.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli bulk (--list NAME | --search TEXT | --filter EXPR | --ids ID,…) ACTION [ARG…]`: one bulk action
// on many contacts as a job of BulkService, in chunks of one transaction each, with progress and Ctrl+C as a
// cancel at the next chunk boundary. Returns the exit code (CliOutput.h, docs/cli.md).
class BulkCommands
{
    Q_DECLARE_TR_FUNCTIONS(BulkCommands)

public:
    static QList<OptionSpec> options();
    static int run(CliContext &context);

    // Prints the job as it ended (`ran` is what BulkService::run or resume returned) and returns the exit code:
    // 0 when done, 4 when it failed or was cancelled (the job can then be resumed or undone).
    static int report(CliContext &context, qint64 jobId, const Result<Job> &ran);
};

} // namespace Kontor
