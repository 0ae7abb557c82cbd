#include "PaymentCommands.h"

#include "ActivityArguments.h"
#include "ActivityPrinter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "common/Clock.h"
#include "contacts/Contact.h"
#include "contacts/ContactService.h"
#include "payments/PaymentService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject paymentJson(const Payment &p, const QString &contactName, const QDate &today)
{
    return {{u"id"_s, p.id},
        {u"uuid"_s, p.uuid},
        {u"contact_id"_s, p.contactId},
        {u"contact"_s, contactName},
        {u"kind"_s, Payment::kindKey(p.kind)},
        {u"amount"_s, Payment::amountText(p.amountMinor)},
        {u"amount_minor"_s, p.amountMinor},
        {u"currency"_s, p.currency},
        {u"date"_s, dateOrNull(p.date)},
        {u"due_date"_s, dateOrNull(p.dueDate)},
        {u"next_date"_s, dateOrNull(p.nextDate)},
        {u"method"_s, ActivityPrinter::textOrNull(p.method)},
        {u"status"_s, ActivityPrinter::textOrNull(p.status)},
        {u"effective_status"_s, ActivityPrinter::textOrNull(p.effectiveStatus(today))},
        {u"number"_s, ActivityPrinter::textOrNull(p.number)},
        {u"interval"_s, ActivityPrinter::textOrNull(p.interval)},
        {u"notes"_s, ActivityPrinter::textOrNull(p.notes)}};
}

QJsonObject totalJson(const PaymentTotal &t)
{
    return {{u"kind"_s, Payment::kindKey(t.kind)},
        {u"currency"_s, t.currency},
        {u"amount"_s, Payment::amountText(t.amountMinor)},
        {u"amount_minor"_s, t.amountMinor},
        {u"open"_s, Payment::amountText(t.openMinor)},
        {u"open_minor"_s, t.openMinor},
        {u"count"_s, t.count}};
}

Result<Payment::Kind> kindOption(const CliContext &ctx)
{
    Payment::Kind kind;
    const QString key = ctx.args.value(u"kind"_s).trimmed().toLower();
    if (!Payment::kindFromKey(key, &kind)) {
        return ActivityArguments::invalid(
            u"--kind"_s, PaymentCommands::tr("is transaction, invoice or subscription, not \"%1\"").arg(key));
    }
    return kind;
}

// The optional date options of `payments add` into `payment`.
Result<void> readDates(const CliContext &ctx, Payment *payment)
{
    const QList<std::pair<QString, QDate *>> dates{
        {u"date"_s, &payment->date}, {u"due-date"_s, &payment->dueDate}, {u"next-date"_s, &payment->nextDate}};
    for (const auto &[option, target] : dates) {
        if (ctx.args.isSet(option)) {
            auto day = ActivityArguments::date(u"--"_s + option, ctx.args.value(option));
            if (!day) {
                return day.error();
            }
            *target = *day;
        }
    }
    return {};
}

Result<Payment> paymentFromOptions(const CliContext &ctx)
{
    auto contact = ActivityArguments::contact(ctx);
    if (!contact) {
        return contact.error();
    }
    auto kind = kindOption(ctx);
    if (!kind) {
        return kind.error();
    }
    Payment p;
    p.contactId = contact->id;
    p.kind = *kind;
    if (!Payment::parseAmount(ctx.args.value(u"amount"_s), &p.amountMinor)) {
        return ActivityArguments::invalid(u"--amount"_s,
            PaymentCommands::tr("needs an amount such as 1234.50 or 1.234,50, not \"%1\"")
                .arg(ctx.args.value(u"amount"_s)));
    }
    if (ctx.args.isSet(u"currency"_s)) {
        p.currency = ctx.args.value(u"currency"_s).trimmed().toUpper();
    }
    if (auto dates = readDates(ctx, &p); !dates) {
        return dates.error();
    }
    p.method = ctx.args.value(u"method"_s).trimmed().toLower().replace(u'-', u'_');
    p.status = ctx.args.value(u"status"_s).trimmed().toLower();
    p.number = ctx.args.value(u"number"_s).trimmed();
    p.interval = ctx.args.value(u"interval"_s).trimmed().toLower();
    p.notes = ctx.args.value(u"notes"_s);
    return p;
}

} // namespace

QList<OptionSpec> PaymentCommands::addOptions()
{
    return {{u"contact"_s, true},
        {u"kind"_s, true},
        {u"amount"_s, true},
        {u"currency"_s, true},
        {u"date"_s, true},
        {u"due-date"_s, true},
        {u"next-date"_s, true},
        {u"method"_s, true},
        {u"status"_s, true},
        {u"number"_s, true},
        {u"interval"_s, true},
        {u"notes"_s, true},
        {u"json"_s, false}};
}

QList<OptionSpec> PaymentCommands::listOptions()
{
    return {{u"contact"_s, true}, {u"kind"_s, true}, {u"json"_s, false}};
}

QList<OptionSpec> PaymentCommands::removeOptions()
{
    return {};
}

int PaymentCommands::add(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    for (const QString &required : {u"contact"_s, u"kind"_s, u"amount"_s, u"date"_s}) {
        if (!ctx.args.isSet(required)) {
            return ctx.output.usageError(tr("\"--%1\" is required").arg(required));
        }
    }
    auto payment = paymentFromOptions(ctx);
    if (!payment) {
        return ctx.output.fail(payment.error());
    }
    auto added = PaymentService(ctx.db, ctx.session).add(*payment);
    if (!added) {
        return ctx.output.fail(ActivityArguments::namingOption(added.error(), addOptions()));
    }
    auto contact = ActivityArguments::contact(ctx);
    const QString name = contact ? contact->displayName : QString();
    if (ctx.args.isSet(u"json"_s)) {
        ctx.output.printJson(paymentJson(*added, name, ctx.db.clock().now().toLocalTime().date()));
        return int(ExitCode::Success);
    }
    //: %1 the record's number, %2 "Invoice", "Transaction" or "Subscription", %3 amount, %4 currency, %5 contact
    ctx.output.out() << tr("Added payment %1 (%2, %3 %4) to %5.")
                            .arg(added->id)
                            .arg(Payment::kindLabel(added->kind),
                                Payment::amountText(added->amountMinor),
                                added->currency,
                                name)
                     << Qt::endl;
    return int(ExitCode::Success);
}

int PaymentCommands::list(CliContext &ctx)
{
    if (!ctx.args.positionals.isEmpty()) {
        return ctx.output.usageError(tr("unexpected argument \"%1\"").arg(ctx.args.positionals.first()));
    }
    qint64 contactId = 0;
    if (ctx.args.isSet(u"contact"_s)) {
        auto contact = ActivityArguments::contact(ctx);
        if (!contact) {
            return ctx.output.fail(contact.error());
        }
        contactId = contact->id;
    }
    std::optional<Payment::Kind> kind;
    if (ctx.args.isSet(u"kind"_s)) {
        auto k = kindOption(ctx);
        if (!k) {
            return ctx.output.fail(k.error());
        }
        kind = *k;
    }
    PaymentService service(ctx.db, ctx.session);
    auto payments = service.list(contactId, kind);
    if (!payments) {
        return ctx.output.fail(payments.error());
    }
    auto totals = service.totals(contactId);
    if (!totals) {
        return ctx.output.fail(totals.error());
    }
    if (kind) {
        totals->removeIf([&kind](const PaymentTotal &t) { return t.kind != *kind; });
    }
    QHash<qint64, QString> names;
    for (const Payment &p : std::as_const(*payments)) {
        if (!names.contains(p.contactId)) {
            auto c = ctx.contacts.load(p.contactId);
            names.insert(p.contactId, c ? c->displayName : QString::number(p.contactId));
        }
    }
    const QDate today = ctx.db.clock().now().toLocalTime().date();
    if (ctx.args.isSet(u"json"_s)) {
        QJsonArray records;
        for (const Payment &p : std::as_const(*payments)) {
            records.append(paymentJson(p, names.value(p.contactId), today));
        }
        QJsonArray sums;
        for (const PaymentTotal &t : std::as_const(*totals)) {
            sums.append(totalJson(t));
        }
        ctx.output.printJson(QJsonObject{{u"payments"_s, records}, {u"totals"_s, sums}});
        return int(ExitCode::Success);
    }
    QList<QStringList> rows;
    for (const Payment &p : std::as_const(*payments)) {
        const QDate other = p.kind == Payment::Kind::Invoice ? p.dueDate : p.nextDate;
        rows << QStringList{QString::number(p.id),
            p.date.toString(Qt::ISODate),
            Payment::kindLabel(p.kind),
            names.value(p.contactId),
            Payment::amountText(p.amountMinor),
            p.currency,
            Payment::statusLabel(p.effectiveStatus(today)),
            p.kind == Payment::Kind::Invoice
                ? p.number
                : Payment::methodLabel(p.method) + Payment::intervalLabel(p.interval), // one of them is set
            other.toString(Qt::ISODate)};
    }
    QTextStream &out = ctx.output.out();
    ActivityPrinter::printTable(out,
        {tr("ID"),
            tr("Date"),
            tr("Kind"),
            tr("Contact"),
            tr("Amount"),
            tr("Currency"),
            tr("Status"),
            tr("Number/Method/Interval"),
            tr("Due/Next")},
        rows,
        tr("No payments."));
    if (totals->isEmpty()) {
        return int(ExitCode::Success);
    }
    out << u'\n' << tr("Totals:") << u'\n';
    QList<QStringList> sums;
    for (const PaymentTotal &t : std::as_const(*totals)) {
        sums << QStringList{Payment::kindLabel(t.kind),
            t.currency,
            Payment::amountText(t.amountMinor),
            t.kind == Payment::Kind::Invoice ? Payment::amountText(t.openMinor) : QString(),
            QString::number(t.count)};
    }
    ActivityPrinter::printTable(out, {tr("Kind"), tr("Currency"), tr("Total"), tr("Open"), tr("Count")}, sums, {});
    return int(ExitCode::Success);
}

int PaymentCommands::remove(CliContext &ctx)
{
    qint64 id = 0;
    if (!ActivityArguments::recordId(ctx, &id)) {
        return ctx.output.usageError(tr("give the number of one payment (see \"kontor-cli payments list\")"));
    }
    if (auto removed = PaymentService(ctx.db, ctx.session).remove(id); !removed) {
        return ctx.output.fail(removed.error());
    }
    ctx.output.out() << tr("Deleted payment %1.").arg(id) << Qt::endl;
    return int(ExitCode::Success);
}

} // namespace Kontor
