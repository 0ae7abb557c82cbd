#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli export --format F [--list NAME] [--search T] [--filter EXPR] [--columns a,b] -o FILE`: writes
// contacts through ExportService (one job in the Bulk Actions log). Returns the exit code (CliOutput.h).
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)

public:
    static QList<OptionSpec> options();
    static int run(CliContext &context);
};

} // namespace Kontor
