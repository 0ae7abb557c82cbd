#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli reminders due --at TIME`: the task and birthday reminders that would fire in that minute, for
// checking the settings and for scripts that notify elsewhere. Returns the process exit code (CliOutput.h).
class ReminderCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReminderCommands)

public:
    static QList<OptionSpec> dueOptions();

    static int due(CliContext &context);
};

} // namespace Kontor
