#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kontor {

// Amounts as people read them, in the UI's locale: "1.234,50 €" in German, "€1,234.50" in English. Core keeps
// hundredths and ISO codes (Payment::amountText is the C-locale form for files and the command line).
class PaymentText
{
    Q_DECLARE_TR_FUNCTIONS(PaymentText)

public:
    static QString amount(qint64 amountMinor, const QString &currency);
    // "€" for EUR, "$" for USD, "£" for GBP; the code itself where no sign is common (CHF).
    static QString currencySymbol(const QString &currency);
    // "1234.50 EUR" (TimelineEntry::title of a payment) in the locale's form; other text comes back unchanged.
    static QString fromPlainAmount(const QString &text);
    // The amount for an editor: "1234,50" in German, without group separators.
    static QString editText(qint64 amountMinor);
};

} // namespace Kontor
