#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli appointments add|list|export-ics|import-ics`. Times are read and shown as wall-clock time in --tz
// (default: the system's zone). Each returns the process exit code (CliOutput.h).
class AppointmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentCommands)

public:
    static QList<OptionSpec> addOptions();
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> exportOptions();
    static QList<OptionSpec> importOptions();

    static int add(CliContext &context);
    static int list(CliContext &context);
    static int exportIcs(CliContext &context);
    static int importIcs(CliContext &context);
};

} // namespace Kontor
