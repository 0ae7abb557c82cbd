#include "Payment.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Digits grouped by thousands: "1", "12", "1.234", "12.345.678" (with `separator`), or plain digits.
bool parseInteger(const QString &text, QChar separator, qint64 *value)
{
    if (text.isEmpty()) {
        return false;
    }
    const QStringList groups = separator.isNull() ? QStringList{text} : text.split(separator);
    QString digits;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        const bool sizeOk = groups.size() == 1 ? !group.isEmpty()
            : i == 0                           ? (group.size() >= 1 && group.size() <= 3)
                                               : group.size() == 3;
        if (!sizeOk) {
            return false;
        }
        for (QChar c : group) {
            if (c < u'0' || c > u'9') {
                return false;
            }
        }
        digits += group;
    }
    if (digits.size() > 15) { // far beyond any real amount, and safely inside qint64 after * 100
        return false;
    }
    *value = digits.toLongLong();
    return true;
}
} // namespace

QString Payment::effectiveStatus(const QDate &today) const
{
    if (kind == Kind::Invoice && status == u"open"_s && dueDate.isValid() && today.isValid() && dueDate < today) {
        return u"overdue"_s;
    }
    return status;
}

QString Payment::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Transaction:
        return u"transaction"_s;
    case Kind::Invoice:
        return u"invoice"_s;
    case Kind::Subscription:
        return u"subscription"_s;
    }
    return u"transaction"_s;
}

bool Payment::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::Transaction, Kind::Invoice, Kind::Subscription}) {
        if (key.compare(kindKey(k), Qt::CaseInsensitive) == 0) {
            if (kind) {
                *kind = k;
            }
            return true;
        }
    }
    return false;
}

QString Payment::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Transaction:
        return tr("Transaction");
    case Kind::Invoice:
        return tr("Invoice");
    case Kind::Subscription:
        return tr("Subscription");
    }
    return {};
}

QStringList Payment::statusKeys(Kind kind)
{
    switch (kind) {
    case Kind::Transaction:
        return {u"completed"_s, u"pending"_s, u"failed"_s, u"refunded"_s};
    case Kind::Invoice:
        return {u"open"_s, u"paid"_s};
    case Kind::Subscription:
        return {u"active"_s, u"paused"_s, u"cancelled"_s};
    }
    return {};
}

QStringList Payment::methodKeys()
{
    return {u"bank_transfer"_s, u"card"_s, u"cash"_s, u"direct_debit"_s, u"paypal"_s, u"other"_s};
}

QStringList Payment::intervalKeys()
{
    return {u"weekly"_s, u"monthly"_s, u"quarterly"_s, u"yearly"_s};
}

QString Payment::statusLabel(const QString &key)
{
    if (key == u"completed"_s) {
        return tr("Completed", "payment status");
    }
    if (key == u"pending"_s) {
        return tr("Pending", "payment status");
    }
    if (key == u"failed"_s) {
        return tr("Failed", "payment status");
    }
    if (key == u"refunded"_s) {
        return tr("Refunded", "payment status");
    }
    if (key == u"open"_s) {
        return tr("Open", "invoice status");
    }
    if (key == u"paid"_s) {
        return tr("Paid", "invoice status");
    }
    if (key == u"overdue"_s) {
        return tr("Overdue", "invoice status");
    }
    if (key == u"active"_s) {
        return tr("Active", "subscription status");
    }
    if (key == u"paused"_s) {
        return tr("Paused", "subscription status");
    }
    if (key == u"cancelled"_s) {
        return tr("Cancelled", "subscription status");
    }
    return key;
}

QString Payment::methodLabel(const QString &key)
{
    if (key == u"bank_transfer"_s) {
        return tr("Bank transfer");
    }
    if (key == u"card"_s) {
        return tr("Card");
    }
    if (key == u"cash"_s) {
        return tr("Cash");
    }
    if (key == u"direct_debit"_s) {
        return tr("Direct debit");
    }
    if (key == u"paypal"_s) {
        return tr("PayPal");
    }
    if (key == u"other"_s) {
        return tr("Other", "payment method");
    }
    return key;
}

QString Payment::intervalLabel(const QString &key)
{
    if (key == u"weekly"_s) {
        return tr("Weekly");
    }
    if (key == u"monthly"_s) {
        return tr("Monthly");
    }
    if (key == u"quarterly"_s) {
        return tr("Quarterly");
    }
    if (key == u"yearly"_s) {
        return tr("Yearly");
    }
    return key;
}

bool Payment::parseAmount(const QString &text, qint64 *amountMinor)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.startsWith(u'-');
        s = s.mid(1).trimmed();
    }
    const qsizetype lastDot = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype last = std::max(lastDot, lastComma);
    qint64 units = 0;
    qint64 cents = 0;
    if (last < 0) {
        if (!parseInteger(s, QChar(), &units)) {
            return false;
        }
    } else {
        const QChar sep = s.at(last);
        const QChar other = sep == u'.' ? u',' : u'.';
        const QString head = s.left(last);
        const QString fraction = s.mid(last + 1);
        const bool bothKinds = head.contains(other);
        const bool repeated = head.contains(sep);
        if (repeated && !bothKinds) {
            // "1.234.567": only thousands separators, no decimals.
            if (!parseInteger(s, sep, &units)) {
                return false;
            }
        } else {
            // The last separator is the decimal one: one or two digits after it. Three would be either a
            // thousands group ("1.234" in German) or a third decimal: both are refused rather than guessed.
            if (repeated || fraction.isEmpty() || fraction.size() > 2) {
                return false;
            }
            for (QChar c : fraction) {
                if (c < u'0' || c > u'9') {
                    return false;
                }
            }
            if (!parseInteger(head, bothKinds ? other : QChar(), &units)) {
                return false;
            }
            cents = fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
        }
    }
    const qint64 value = units * 100 + cents;
    if (amountMinor) {
        *amountMinor = negative ? -value : value;
    }
    return true;
}

QString Payment::amountText(qint64 amountMinor)
{
    const qint64 magnitude = amountMinor < 0 ? -amountMinor : amountMinor;
    return u"%1%2.%3"_s.arg(amountMinor < 0 ? u"-"_s : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QChar(u'0'));
}

} // namespace Kontor
