#pragma once

#include "ArgumentParser.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Kontor {

struct CliContext;
struct Contact;

// Reading the values of the task, appointment, document, payment and reminder commands. A malformed value is
// Error::Code::Invalid (exit code 2) with a translated message that names the option and repeats the value, so
// "--due 2025-13-01" says which option and what was wrong; nothing is written then.
class ActivityArguments
{
    Q_DECLARE_TR_FUNCTIONS(ActivityArguments)

public:
    static Error invalid(const QString &option, const QString &message);
    // A core error about a field ("due_date", "timeZone") names the option the value came from instead
    // ("--due-date", "--tz"), when the command has that option; other errors are returned as they are.
    static Error namingOption(const Error &error, const QList<OptionSpec> &options);

    // --tz ZONE (an IANA id such as Europe/Berlin), else the system's zone.
    static Result<QTimeZone> zone(const CliContext &context);
    // "YYYY-MM-DD HH:MM" (or with "T") as wall-clock time in `zone`.
    static Result<QDateTime> dateTime(const QString &option, const QString &text, const QTimeZone &zone);
    // "YYYY-MM-DD", a real date.
    static Result<QDate> date(const QString &option, const QString &text);
    // The start of the day given with --<option> plus `addDays` in `zone`; invalid when the option is absent. A
    // range "--from A --to B" that includes B ends at dayStart("to", zone, 1).
    static Result<QDateTime> dayStart(
        const CliContext &context, const QString &option, const QTimeZone &zone, int addDays = 0);
    // "HH:MM".
    static Result<QTime> time(const QString &option, const QString &text);
    // A whole number from min to max.
    static Result<int> number(const QString &option, const QString &text, int min, int max);
    // A user by number, name or e-mail; "me" is the local user, "none" is 0 when allowed. NotFound names it.
    static Result<qint64> user(const CliContext &context, const QString &text, bool noneAllowed);
    // The contact of --contact (number or UUID); NotFound names the id.
    static Result<Contact> contact(const CliContext &context);
    // The one number of a record ("tasks done 12"); a usage problem in *problem otherwise.
    static bool recordId(const CliContext &context, qint64 *id);
};

} // namespace Kontor
