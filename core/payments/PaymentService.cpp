#include "PaymentService.h"

#include "ContactRepository.h"
#include "Database.h"
#include "LinkedContact.h"
#include "PaymentRepository.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"payment"_s;
constexpr int MaxNotes = 100000;
constexpr int MaxNumber = 100;

Result<LinkedContact> liveOwner(Database &db, qint64 contactId)
{
    return LinkedContact::loadLive(
        db, contactId, PaymentService::tr("The contact is in the trash; restore it before changing its payments."));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The record as stored: trimmed, upper-case currency, the kind's default status; Invalid names the field.
Result<Payment> checked(Payment p)
{
    p.currency = p.currency.trimmed().toUpper();
    p.status = p.status.trimmed().toLower();
    p.method = p.method.trimmed().toLower();
    p.interval = p.interval.trimmed().toLower();
    p.number = p.number.trimmed();
    p.notes = p.notes.trimmed();
    if (!p.date.isValid()) {
        const QString label
            = p.kind == Payment::Kind::Subscription ? PaymentService::tr("Start") : PaymentService::tr("Date");
        return invalidField(u"date"_s, PaymentService::tr("A payment record needs a date."), label);
    }
    bool letters = p.currency.size() == 3;
    for (QChar c : std::as_const(p.currency)) {
        letters = letters && c >= u'A' && c <= u'Z';
    }
    if (!letters) {
        return invalidField(u"currency"_s,
            PaymentService::tr("\"%1\" is not a currency code: use three letters such as EUR.").arg(p.currency),
            PaymentService::tr("Currency"));
    }
    const QStringList statuses = Payment::statusKeys(p.kind);
    if (p.status.isEmpty()) {
        p.status = statuses.first();
    } else if (!statuses.contains(p.status)) {
        return invalidField(u"status"_s,
            PaymentService::tr("\"%1\" is not a status of a %2; use one of: %3.")
                .arg(p.status, Payment::kindLabel(p.kind), statuses.join(u", "_s)),
            PaymentService::tr("Status"));
    }
    if (!p.method.isEmpty() && !Payment::methodKeys().contains(p.method)) {
        return invalidField(u"method"_s,
            PaymentService::tr("\"%1\" is not a payment method; use one of: %2.")
                .arg(p.method, Payment::methodKeys().join(u", "_s)),
            PaymentService::tr("Method"));
    }
    if (p.kind == Payment::Kind::Invoice) {
        if (p.number.isEmpty()) {
            return invalidField(
                u"number"_s, PaymentService::tr("An invoice needs a number."), PaymentService::tr("Number"));
        }
        if (!p.dueDate.isValid()) {
            return invalidField(
                u"due_date"_s, PaymentService::tr("An invoice needs a due date."), PaymentService::tr("Due date"));
        }
    }
    if (p.number.size() > MaxNumber) {
        return invalidField(u"number"_s,
            PaymentService::tr("A number can have at most %1 characters.").arg(MaxNumber),
            PaymentService::tr("Number"));
    }
    if (p.kind == Payment::Kind::Subscription) {
        if (!Payment::intervalKeys().contains(p.interval)) {
            return invalidField(u"interval"_s,
                p.interval.isEmpty() ? PaymentService::tr("A subscription needs an interval.")
                                     : PaymentService::tr("\"%1\" is not an interval; use one of: %2.")
                                           .arg(p.interval, Payment::intervalKeys().join(u", "_s)),
                PaymentService::tr("Interval"));
        }
    } else if (!p.interval.isEmpty()) {
        return invalidField(
            u"interval"_s, PaymentService::tr("Only subscriptions have an interval."), PaymentService::tr("Interval"));
    }
    if (p.notes.size() > MaxNotes) {
        return invalidField(u"notes"_s,
            PaymentService::tr("Notes can have at most %1 characters.").arg(MaxNotes),
            PaymentService::tr("Notes"));
    }
    return p;
}

QString amountDisplay(const Payment &p)
{
    return Payment::amountText(p.amountMinor) + u' ' + p.currency;
}

// The fields a person reads in the history, as (key, display value) pairs.
QList<std::pair<QString, QString>> displayFields(const Payment &p)
{
    return {{u"kind"_s, Payment::kindLabel(p.kind)},
        {u"amount"_s, amountDisplay(p)},
        {u"date"_s, isoDate(p.date)},
        {u"due_date"_s, isoDate(p.dueDate)},
        {u"next_date"_s, isoDate(p.nextDate)},
        {u"method"_s, p.method.isEmpty() ? QString() : Payment::methodLabel(p.method)},
        {u"status"_s, Payment::statusLabel(p.status)},
        {u"number"_s, p.number},
        {u"interval"_s, p.interval.isEmpty() ? QString() : Payment::intervalLabel(p.interval)},
        {u"notes"_s, p.notes}};
}

// The fields a sync replica applies, as stored.
QJsonObject syncFields(const Payment &p)
{
    return QJsonObject{{u"kind"_s, Payment::kindKey(p.kind)},
        {u"amount_minor"_s, p.amountMinor},
        {u"currency"_s, p.currency},
        {u"date"_s, isoDate(p.date)},
        {u"due_date"_s, isoDate(p.dueDate)},
        {u"next_date"_s, isoDate(p.nextDate)},
        {u"method"_s, p.method},
        {u"status"_s, p.status},
        {u"number"_s, p.number},
        {u"interval"_s, p.interval},
        {u"notes"_s, p.notes}};
}

} // namespace

PaymentService::PaymentService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<Payment> PaymentService::add(const Payment &payment)
{
    auto p = checked(payment);
    if (!p) {
        return p.error();
    }
    PaymentRepository payments(m_db);
    ContactRepository contacts(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto owner = liveOwner(m_db, p->contactId);
    if (!owner) {
        return owner.error();
    }
    p->uuid = Uuid::createV7(m_db.clock());
    p->createdAt = p->updatedAt = unit.now();
    p->createdBy = p->updatedBy = m_session.userId;
    auto id = payments.insert(*p);
    if (!id) {
        return id.error();
    }
    Result<void> ok = unit.audit(kEntity, p->contactId, p->uuid, u"create"_s, u"amount"_s, {}, amountDisplay(*p));
    if (ok) {
        QJsonObject record = syncFields(*p);
        record.insert(u"contact"_s, owner->uuid);
        record.insert(u"created_at"_s, p->createdAt);
        record.insert(u"created_by"_s, contacts.userUuid(p->createdBy));
        ok = unit.logChange(kEntity, p->uuid, u"*"_s, record);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, p->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return payments.load(*id);
}

Result<Payment> PaymentService::update(const Payment &payment)
{
    auto p = checked(payment);
    if (!p) {
        return p.error();
    }
    PaymentRepository payments(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = payments.load(payment.id);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    // A record stays on its contact; everything else may change.
    p->contactId = old->contactId;
    p->uuid = old->uuid;
    p->updatedAt = unit.now();
    p->updatedBy = m_session.userId;
    const auto before = displayFields(*old);
    const auto after = displayFields(*p);
    const QJsonObject oldSync = syncFields(*old);
    const QJsonObject newSync = syncFields(*p);
    if (before == after && oldSync == newSync) {
        return *old;
    }
    Result<void> ok = payments.update(*p);
    for (qsizetype i = 0; ok && i < before.size(); ++i) {
        if (before.at(i).second != after.at(i).second) {
            ok = unit.audit(kEntity,
                p->contactId,
                p->uuid,
                u"update"_s,
                before.at(i).first,
                before.at(i).second,
                after.at(i).second);
        }
    }
    for (auto it = newSync.begin(); ok && it != newSync.end(); ++it) {
        if (oldSync.value(it.key()) != it.value()) {
            ok = unit.logChange(kEntity, p->uuid, it.key(), it.value());
        }
    }
    if (ok) {
        ok = LinkedContact::touch(unit, p->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return payments.load(p->id);
}

Result<void> PaymentService::remove(qint64 paymentId)
{
    PaymentRepository payments(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto old = payments.load(paymentId);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    Result<void> ok = payments.remove(paymentId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"delete"_s, u"amount"_s, amountDisplay(*old), {});
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"_purged"_s, true);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (!ok) {
        return ok;
    }
    return unit.commit();
}

Result<Payment> PaymentService::byId(qint64 paymentId)
{
    return PaymentRepository(m_db).load(paymentId);
}

Result<QList<Payment>> PaymentService::list(qint64 contactId, std::optional<Payment::Kind> kind, int limit)
{
    PaymentRepository payments(m_db);
    if (contactId > 0) {
        if (auto owner = LinkedContact::load(m_db, contactId); !owner) {
            return owner.error();
        }
    }
    return payments.list(contactId, kind, limit);
}

Result<QList<PaymentTotal>> PaymentService::totals(qint64 contactId)
{
    PaymentRepository payments(m_db);
    if (contactId > 0) {
        if (auto owner = LinkedContact::load(m_db, contactId); !owner) {
            return owner.error();
        }
    }
    return payments.totals(contactId);
}

} // namespace Kontor
