#include "PaymentRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
};

QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

// The text columns are NOT NULL, and a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u""_s;
}

const QString kSelect = u"SELECT p.id, p.uuid, p.contact_id, p.kind, p.amount_minor, p.currency, p.date, p.due_date,"
                        " p.next_date, p.method, p.status, p.number, p.interval, p.notes, p.created_at,"
                        " p.created_by, p.updated_at, p.updated_by FROM payments p"_s;

Payment readPayment(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.contactId = q.value(2).toLongLong();
    Payment::kindFromKey(q.value(3).toString(), &p.kind);
    p.amountMinor = q.value(4).toLongLong();
    p.currency = q.value(5).toString();
    p.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.dueDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.nextDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.method = q.value(9).toString();
    p.status = q.value(10).toString();
    p.number = q.value(11).toString();
    p.interval = q.value(12).toString();
    p.notes = q.value(13).toString();
    p.createdAt = q.value(14).toLongLong();
    p.createdBy = q.value(15).toLongLong();
    p.updatedAt = q.value(16).toLongLong();
    p.updatedBy = q.value(17).toLongLong();
    return p;
}

Error paymentNotFound(qint64 id)
{
    return makeError(Error::Code::NotFound, Tr::tr("There is no payment record with id %1.").arg(id));
}
} // namespace

PaymentRepository::PaymentRepository(Database &db)
    : m_db(db)
{}

Result<qint64> PaymentRepository::insert(const Payment &p)
{
    auto &q = m_db.prepared(u"INSERT INTO payments(uuid, contact_id, kind, amount_minor, currency, date, due_date,"
                            " next_date, method, status, number, interval, notes, created_at, created_by,"
                            " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.uuid);
    q.addBindValue(p.contactId);
    q.addBindValue(Payment::kindKey(p.kind));
    q.addBindValue(p.amountMinor);
    q.addBindValue(text(p.currency));
    q.addBindValue(isoDate(p.date));
    q.addBindValue(isoDate(p.dueDate));
    q.addBindValue(isoDate(p.nextDate));
    q.addBindValue(text(p.method));
    q.addBindValue(text(p.status));
    q.addBindValue(text(p.number));
    q.addBindValue(text(p.interval));
    q.addBindValue(text(p.notes));
    q.addBindValue(p.createdAt);
    q.addBindValue(nullable(p.createdBy));
    q.addBindValue(p.updatedAt);
    q.addBindValue(nullable(p.updatedBy));
    if (!q.exec()) {
        return storageError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> PaymentRepository::update(const Payment &p)
{
    auto &q = m_db.prepared(u"UPDATE payments SET kind = ?, amount_minor = ?, currency = ?, date = ?, due_date = ?,"
                            " next_date = ?, method = ?, status = ?, number = ?, interval = ?, notes = ?,"
                            " updated_at = ?, updated_by = ? WHERE id = ?"_s);
    q.addBindValue(Payment::kindKey(p.kind));
    q.addBindValue(p.amountMinor);
    q.addBindValue(text(p.currency));
    q.addBindValue(isoDate(p.date));
    q.addBindValue(isoDate(p.dueDate));
    q.addBindValue(isoDate(p.nextDate));
    q.addBindValue(text(p.method));
    q.addBindValue(text(p.status));
    q.addBindValue(text(p.number));
    q.addBindValue(text(p.interval));
    q.addBindValue(text(p.notes));
    q.addBindValue(p.updatedAt);
    q.addBindValue(nullable(p.updatedBy));
    q.addBindValue(p.id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return paymentNotFound(p.id);
    }
    return {};
}

Result<void> PaymentRepository::remove(qint64 paymentId)
{
    auto &q = m_db.prepared(u"DELETE FROM payments WHERE id = ?"_s);
    q.addBindValue(paymentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return paymentNotFound(paymentId);
    }
    return {};
}

Result<Payment> PaymentRepository::load(qint64 paymentId)
{
    auto &q = m_db.prepared(kSelect + u" WHERE p.id = ?"_s);
    q.addBindValue(paymentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return paymentNotFound(paymentId);
    }
    Payment p = readPayment(q);
    q.finish();
    return p;
}

Result<QList<Payment>> PaymentRepository::list(qint64 contactId, std::optional<Payment::Kind> kind, int limit)
{
    // One statement text for every filter: unused conditions are switched off by their bound values.
    auto &q = m_db.prepared(kSelect
        + u" JOIN contacts c ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND (? = 0 OR p.contact_id = ?)"
          " AND (? = '' OR p.kind = ?) ORDER BY p.date DESC, p.id DESC LIMIT ?"_s);
    const QString kindKey = kind ? Payment::kindKey(*kind) : QString(u""_s);
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    q.addBindValue(kindKey);
    q.addBindValue(kindKey);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Payment> out;
    while (q.next()) {
        out << readPayment(q);
    }
    q.finish();
    return out;
}

Result<QList<PaymentTotal>> PaymentRepository::totals(qint64 contactId)
{
    // Summed: completed transactions, every invoice, active subscriptions.
    auto &q = m_db.prepared(
        u"SELECT p.kind, p.currency, SUM(p.amount_minor),"
        " SUM(CASE WHEN p.kind = 'invoice' AND p.status = 'open' THEN p.amount_minor ELSE 0 END), COUNT(*)"
        " FROM payments p JOIN contacts c ON c.id = p.contact_id"
        " WHERE c.deleted_at IS NULL AND (? = 0 OR p.contact_id = ?)"
        " AND ((p.kind = 'transaction' AND p.status = 'completed') OR p.kind = 'invoice'"
        "  OR (p.kind = 'subscription' AND p.status = 'active'))"
        " GROUP BY p.kind, p.currency"_s);
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<PaymentTotal> out;
    while (q.next()) {
        PaymentTotal t;
        Payment::kindFromKey(q.value(0).toString(), &t.kind);
        t.currency = q.value(1).toString();
        t.amountMinor = q.value(2).toLongLong();
        t.openMinor = q.value(3).toLongLong();
        t.count = q.value(4).toInt();
        out << t;
    }
    q.finish();
    std::sort(out.begin(), out.end(), [](const PaymentTotal &a, const PaymentTotal &b) {
        if (a.kind != b.kind) {
            return int(a.kind) < int(b.kind);
        }
        return a.currency < b.currency;
    });
    return out;
}

} // namespace Kontor
