#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kontor {

// One option a command accepts, named without its leading dashes ("first-name").
struct OptionSpec
{
    QString name;
    bool takesValue = false;
};

struct ParsedOption
{
    QString name;
    QString value; // empty for a flag
};

// What ArgumentParser found. Options keep their command-line order, because `contacts edit` applies
// "--email a --add-email b" from left to right.
struct ParsedArguments
{
    QList<ParsedOption> options;
    QStringList positionals;

    bool isSet(const QString &name) const;
    QString value(const QString &name) const; // the last occurrence; empty when absent
    QStringList values(const QString &name) const; // every occurrence, in order
};

// A small GNU-style parser: "--name value", "--name=value", flags, "--" ends the options. QCommandLineParser
// cannot keep the order of different repeated options, which `contacts edit` needs.
// An option that takes a value takes the next argument whatever it looks like, so "--birthday --05-17" works.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

public:
    // Returns false and sets *problem (translated, naming the option) on an unknown option or a missing value.
    static bool parse(
        const QStringList &arguments, const QList<OptionSpec> &specs, ParsedArguments *out, QString *problem);

    // A whole number from `min` to `max`; false for anything else.
    static bool parseCount(const QString &text, int min, int max, int *out);
};

} // namespace Kontor
