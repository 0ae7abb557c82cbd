#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli companies list|add|show|assign|unassign`. A COMPANY argument is a number, a UUID or the company's
// name (case-insensitive); persons are named by number or UUID. Each returns the process exit code (CliOutput.h).
class CompanyCommands
{
    Q_DECLARE_TR_FUNCTIONS(CompanyCommands)

public:
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> addOptions();
    static QList<OptionSpec> showOptions();
    static QList<OptionSpec> assignOptions();

    static int list(CliContext &context);
    static int add(CliContext &context);
    static int show(CliContext &context);
    static int assign(CliContext &context);
    static int unassign(CliContext &context);
};

} // namespace Kontor
