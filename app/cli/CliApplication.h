#pragma once

#include "ArgumentParser.h"
#include "CliOutput.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Kontor {

struct CliContext;

// kontor-cli: reads the global options (--db, --lang, --region), finds the command, opens the database as the
// local user (origin Cli) and runs the command. Links kontor_core only; every write goes through its services.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` without the program name. Returns the exit code (CliOutput.h, docs/cli.md).
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name; // "contacts add"
        QList<OptionSpec> options;
        std::function<int(CliContext &)> run;
        int cacheMiB = 64;
    };
    struct GlobalOptions
    {
        QString db;
        QString lang;
        QString region;
        bool help = false;
        bool version = false;
    };

    static QList<Command> commands();
    static QList<OptionSpec> globalOptions();
    // Reads global options from `args` into `globals`; returns false with *problem on a bad value.
    static bool takeGlobals(const ParsedArguments &args, GlobalOptions *globals, QString *problem);
    static bool installLanguage(const QString &language);
    int execute(const Command &command, const GlobalOptions &globals, const ParsedArguments &args);

    CliOutput m_output;
};

} // namespace Kontor
