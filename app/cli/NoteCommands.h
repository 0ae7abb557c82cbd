#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>

namespace Kontor {

struct CliContext;

// `kontor-cli notes add|list|edit|delete`. CONTACT is a number or UUID as for `contacts show`; NOTE_ID is the
// number `notes list` prints. Each returns the process exit code (CliOutput.h).
class NoteCommands
{
    Q_DECLARE_TR_FUNCTIONS(NoteCommands)

public:
    static QList<OptionSpec> jsonOptions();
    static QList<OptionSpec> noOptions();

    static int add(CliContext &context);
    static int list(CliContext &context);
    static int edit(CliContext &context);
    static int remove(CliContext &context);
};

} // namespace Kontor
