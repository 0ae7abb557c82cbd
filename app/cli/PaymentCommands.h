#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli payments add|list|remove`: manual records of transactions, invoices and subscriptions. Each returns
// the process exit code (CliOutput.h).
class PaymentCommands
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCommands)

public:
    static QList<OptionSpec> addOptions();
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> removeOptions();

    static int add(CliContext &context);
    static int list(CliContext &context);
    static int remove(CliContext &context);
};

} // namespace Kontor
