#include "PaymentText.h"

#include "payments/Payment.h"

#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString PaymentText::currencySymbol(const QString &currency)
{
    const QString code = currency.toUpper();
    if (code == u"EUR"_s) {
        return u"€"_s;
    }
    if (code == u"USD"_s) {
        return u"$"_s;
    }
    if (code == u"GBP"_s) {
        return u"£"_s;
    }
    if (code == u"JPY"_s) {
        return u"¥"_s;
    }
    return code;
}

QString PaymentText::amount(qint64 amountMinor, const QString &currency)
{
    // Through a double: exact for every amount below 2^53 hundredths, far beyond any manual record.
    return QLocale().toCurrencyString(double(amountMinor) / 100.0, currencySymbol(currency), 2);
}

QString PaymentText::fromPlainAmount(const QString &text)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    qint64 minor = 0;
    if (parts.size() != 2 || !Payment::parseAmount(parts.first(), &minor)) {
        return text;
    }
    return amount(minor, parts.last());
}

QString PaymentText::editText(qint64 amountMinor)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(double(amountMinor) / 100.0, 'f', 2);
}

} // namespace Kontor
