#pragma once

#include "ArgumentParser.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QVariant>

namespace Kontor {

struct CliContext;
struct ContactListQuery;

// `kontor-cli lists list|create|edit|rename|copy|delete|show|share`: the saved smart lists of the local user,
// and the parts of `contacts list` that show a list's columns. Each command returns the exit code (CliOutput.h).
class ListCommands
{
    Q_DECLARE_TR_FUNCTIONS(ListCommands)

public:
    static QList<OptionSpec> listOptions();
    static QList<OptionSpec> createOptions();
    static QList<OptionSpec> editOptions();
    static QList<OptionSpec> showOptions();
    static QList<OptionSpec> shareOptions();
    static QList<OptionSpec> noOptions();

    static int list(CliContext &context);
    static int create(CliContext &context);
    static int edit(CliContext &context);
    static int rename(CliContext &context);
    static int copy(CliContext &context);
    static int remove(CliContext &context);
    static int show(CliContext &context);
    static int share(CliContext &context);

    // Applies `contacts list --list NAME --filter EXPR --sort F --columns a,b` to the query: the list's filter
    // ANDed with --filter, --sort and --columns overriding the list's. NotFound for an unknown list.
    static Result<void> applyToQuery(CliContext &context, ContactListQuery *query);
    // Column headers for field keys (translated labels; the key itself for unknown ones).
    static Result<QStringList> headers(CliContext &context, const QStringList &keys);
    // A value of ContactSummary::values as table text and as JSON.
    static QString cellText(const QVariant &value);
    static QJsonValue cellJson(const QVariant &value);
};

} // namespace Kontor
