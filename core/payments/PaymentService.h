#pragma once

#include "Payment.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Kontor {

class Database;

// Manual payment records. Each write is one UnitOfWork: audited (entity "payment", record_id = the contact's
// id, record_uuid = the payment's uuid), logged for sync, the contact's last activity set, announced as
// otherEntities "payment" + updatedContacts. Invalid (field named): no date, a currency that is not three
// letters, a status/method/interval not valid for the kind, an invoice without number or due date, a
// subscription without interval. NotFound: a missing record, or a contact missing or in the trash.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    PaymentService(Database &db, Session session);

    Result<Payment> add(const Payment &payment);
    Result<Payment> update(const Payment &payment);
    Result<void> remove(qint64 paymentId);
    Result<Payment> byId(qint64 paymentId);
    // Newest date first; contactId 0 = all contacts out of the trash.
    Result<QList<Payment>> list(qint64 contactId, std::optional<Payment::Kind> kind = {}, int limit = 5000);
    // Per kind and currency, sorted by kind then currency: transactions sum the "completed" ones, invoices
    // all (with the unpaid part in openMinor), subscriptions the "active" ones (per interval as stored).
    Result<QList<PaymentTotal>> totals(qint64 contactId);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
