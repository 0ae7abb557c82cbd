#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli contacts add|list|show|edit|delete`. Each returns the process exit code (CliOutput.h).
class ContactCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommands)

public:
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> showOptions();
    static QList<OptionSpec> deleteOptions();

    static int add(CliContext &context);
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int edit(CliContext &context);
    static int remove(CliContext &context);
};

} // namespace Kontor
