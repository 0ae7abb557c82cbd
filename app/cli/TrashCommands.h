#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli trash list|restore|purge`. Each returns the process exit code (CliOutput.h).
class TrashCommands
{
    Q_DECLARE_TR_FUNCTIONS(TrashCommands)

public:
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> restoreOptions();
    static QList<OptionSpec> purgeOptions();

    static int list(CliContext &context);
    static int restore(CliContext &context);
    static int purge(CliContext &context);
};

} // namespace Kontor
