#pragma once

#include "Payment.h"
#include "Result.h"

#include <QList>

#include <optional>

namespace Kontor {

class Database;

// The SQL of payment records. Only PaymentService writes, inside its UnitOfWork. Lists and totals leave out
// the records of trashed contacts; load() finds every row.
class PaymentRepository
{
public:
    explicit PaymentRepository(Database &db);

    Result<qint64> insert(const Payment &payment);
    Result<void> update(const Payment &payment); // every column but uuid, contact and creation
    Result<void> remove(qint64 paymentId);

    Result<Payment> load(qint64 paymentId);
    // contactId 0: every contact out of the trash. Newest date first.
    Result<QList<Payment>> list(qint64 contactId, std::optional<Payment::Kind> kind, int limit);
    // Sums per kind and currency as PaymentService::totals describes; groups with nothing summed are left out.
    Result<QList<PaymentTotal>> totals(qint64 contactId);

private:
    Database &m_db;
};

} // namespace Kontor
