#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli demo --contacts N`: fills the database with DemoGenerator's sample contacts, with a progress
// line on stderr. The database is opened with a large cache for it (FIELD-NOTES.md, "Bulk load").
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static constexpr int MaxContacts = 10'000'000;

    static QList<OptionSpec> options();
    static int run(CliContext &context);
};

} // namespace Kontor
