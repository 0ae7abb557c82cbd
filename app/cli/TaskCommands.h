#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli tasks add|list|done|reopen|remove`. Due times are read and shown as wall-clock time in --tz (default:
// the system's zone); TASK_ID is the number `tasks list` prints. Each returns the process exit code (CliOutput.h).
class TaskCommands
{
    Q_DECLARE_TR_FUNCTIONS(TaskCommands)

public:
    static QList<OptionSpec> addOptions();
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> changeOptions();
    static QList<OptionSpec> removeOptions();

    static int add(CliContext &context);
    static int list(CliContext &context);
    static int done(CliContext &context);
    static int reopen(CliContext &context);
    static int remove(CliContext &context);
};

} // namespace Kontor
