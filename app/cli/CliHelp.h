#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kontor {

// The --help texts of kontor-cli. docs/cli.md is the long form; keep both in step.
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    static QString general();
    // The help of one command ("contacts add"); the general help for an unknown one.
    static QString command(const QString &name);
};

} // namespace Kontor
