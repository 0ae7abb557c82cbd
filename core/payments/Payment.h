#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Kontor {

// A manual payment record on a contact (no payment processing): a transaction, an invoice or a subscription.
// Amounts are hundredths of the currency (ISO 4217 code, "EUR").
struct Payment
{
    Q_DECLARE_TR_FUNCTIONS(Payment)

public:
    enum class Kind
    {
        Transaction,
        Invoice,
        Subscription,
    };

    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0;
    Kind kind = Kind::Transaction;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("EUR");
    QDate date; // transaction date, invoice date, subscription start
    QDate dueDate; // invoice
    QDate nextDate; // subscription: next charge
    QString method; // transaction: bank_transfer, card, cash, direct_debit, paypal, other
    // transaction: pending, completed, failed, refunded; invoice: open, paid; subscription: active, paused,
    // cancelled.
    QString status;
    QString number; // invoice number
    QString interval; // subscription: weekly, monthly, quarterly, yearly
    QString notes;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;

    // The status to show: an open invoice whose due date is before `today` is "overdue".
    QString effectiveStatus(const QDate &today) const;

    static QString kindKey(Kind kind); // "transaction", "invoice", "subscription"
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString kindLabel(Kind kind); // translated
    static QStringList statusKeys(Kind kind); // the valid stored statuses, first = default
    static QStringList methodKeys();
    static QStringList intervalKeys();
    static QString statusLabel(const QString &key); // translated, also "overdue"
    static QString methodLabel(const QString &key);
    static QString intervalLabel(const QString &key);
    // "1234.5", "1.234,50" (German), "1,234.50" -> 123450; false for anything else.
    static bool parseAmount(const QString &text, qint64 *amountMinor);
    // 123450 -> "1234.50" (C locale; the UI formats with QLocale).
    static QString amountText(qint64 amountMinor);
};

// Sum of one kind in one currency (PaymentService::totals).
struct PaymentTotal
{
    Payment::Kind kind = Payment::Kind::Transaction;
    QString currency;
    qint64 amountMinor = 0;
    qint64 openMinor = 0; // invoices: the part still open (open or overdue)
    int count = 0;
};

} // namespace Kontor
