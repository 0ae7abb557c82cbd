#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli documents add|list|remove|restore|get`. DOCUMENT_ID is the number `documents list` prints. Each
// returns the process exit code (CliOutput.h).
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)

public:
    static QList<OptionSpec> addOptions();
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> changeOptions();
    static QList<OptionSpec> getOptions();

    static int add(CliContext &context);
    static int list(CliContext &context);
    static int remove(CliContext &context);
    static int restore(CliContext &context);
    static int get(CliContext &context);
};

} // namespace Kontor
