#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli import FILE`, `import undo BATCH` and `import list`: imports through ImportService as one job
// ("batch") that can be undone as a whole through JobService. Each command returns the exit code (CliOutput.h,
// docs/cli.md).
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    static QList<OptionSpec> importOptions();
    static QList<OptionSpec> undoOptions();
    static QList<OptionSpec> listOptions();

    static int import(CliContext &context);
    static int undo(CliContext &context);
    static int list(CliContext &context);
};

} // namespace Kontor
