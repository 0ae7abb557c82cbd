#include "ActivityArguments.h"

#include "CliContext.h"
#include "contacts/Contact.h"
#include "users/UserService.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

Error ActivityArguments::invalid(const QString &option, const QString &message)
{
    //: %1 is an option such as "--due", %2 what is wrong with its value
    return makeError(Error::Code::Invalid, tr("\"%1\": %2").arg(option, message));
}

Error ActivityArguments::namingOption(const Error &error, const QList<OptionSpec> &options)
{
    static const QHash<QString, QString> renamed{{u"time-zone"_s, u"tz"_s},
        {u"recurrence"_s, u"repeat"_s},
        {u"remind-minutes"_s, u"remind"_s},
        {u"calendar-id"_s, u"calendar"_s},
        {u"attendees"_s, u"attendee"_s},
        {u"contact-id"_s, u"contact"_s},
        {u"amount-minor"_s, u"amount"_s}};
    QString name;
    for (const QChar c : error.location.field) {
        if (c.isUpper()) {
            name += u'-' + c.toLower();
        } else {
            name += c == u'_' ? u'-' : c;
        }
    }
    name = renamed.value(name, name);
    const bool known = std::any_of(
        options.cbegin(), options.cend(), [&name](const OptionSpec &o) { return o.takesValue && o.name == name; });
    if (name.isEmpty() || !known) {
        return error;
    }
    Error named = invalid(u"--"_s + name, error.message);
    named.code = error.code;
    named.detail = error.detail;
    named.location.file = error.location.file;
    named.location.row = error.location.row;
    return named;
}

Result<QTimeZone> ActivityArguments::zone(const CliContext &ctx)
{
    if (!ctx.args.isSet(u"tz"_s)) {
        return QTimeZone::systemTimeZone();
    }
    const QString id = ctx.args.value(u"tz"_s).trimmed();
    const QTimeZone zone(id.toUtf8());
    if (id.isEmpty() || !zone.isValid()) {
        return invalid(u"--tz"_s, tr("\"%1\" is not a known time zone; use a name such as Europe/Berlin").arg(id));
    }
    return zone;
}

Result<QDateTime> ActivityArguments::dateTime(const QString &option, const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(u"^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    const QDate day = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const QTime time = match.hasMatch() ? QTime(match.captured(2).toInt(), match.captured(3).toInt()) : QTime();
    if (!day.isValid() || !time.isValid()) {
        return invalid(option,
            tr("needs a date and time as \"YYYY-MM-DD HH:MM\", e.g. \"2025-03-14 09:30\", not \"%1\"").arg(text));
    }
    return QDateTime(day, time, zone);
}

Result<QDate> ActivityArguments::date(const QString &option, const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString t = text.trimmed();
    const QDate day = pattern.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
    if (!day.isValid()) {
        return invalid(option, tr("needs a date as \"YYYY-MM-DD\", e.g. \"2025-03-14\", not \"%1\"").arg(text));
    }
    return day;
}

Result<QDateTime> ActivityArguments::dayStart(
    const CliContext &ctx, const QString &option, const QTimeZone &zone, int addDays)
{
    if (!ctx.args.isSet(option)) {
        return QDateTime();
    }
    auto day = date(u"--"_s + option, ctx.args.value(option));
    if (!day) {
        return day.error();
    }
    return day->addDays(addDays).startOfDay(zone);
}

Result<QTime> ActivityArguments::time(const QString &option, const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,2}):(\\d{2})$"_s);
    const auto match = pattern.match(text.trimmed());
    const QTime t = match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
    if (!t.isValid()) {
        return invalid(option, tr("needs a time as \"HH:MM\", e.g. \"05:30\", not \"%1\"").arg(text));
    }
    return t;
}

Result<int> ActivityArguments::number(const QString &option, const QString &text, int min, int max)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        //: %1 and %2 are the smallest and biggest allowed number, %3 what was given
        return invalid(option, tr("needs a whole number from %1 to %2, not \"%3\"").arg(min).arg(max).arg(text));
    }
    return int(n);
}

Result<qint64> ActivityArguments::user(const CliContext &ctx, const QString &text, bool noneAllowed)
{
    const QString t = text.trimmed();
    if (t.compare(u"me"_s, Qt::CaseInsensitive) == 0) {
        return ctx.session.userId;
    }
    if (noneAllowed && t.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        return qint64(0);
    }
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    auto found = isNumber ? UserService(ctx.db).byId(id) : UserService(ctx.db).find(t);
    if (!found) {
        if (found.error().code == Error::Code::NotFound) {
            return makeError(Error::Code::NotFound, tr("There is no user \"%1\".").arg(t));
        }
        return found.error();
    }
    return found->id;
}

Result<Contact> ActivityArguments::contact(const CliContext &ctx)
{
    return ctx.resolve(ctx.args.value(u"contact"_s));
}

bool ActivityArguments::recordId(const CliContext &ctx, qint64 *id)
{
    if (ctx.args.positionals.size() != 1) {
        return false;
    }
    bool ok = false;
    *id = ctx.args.positionals.first().trimmed().toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace Kontor
