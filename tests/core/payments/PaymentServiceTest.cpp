#include "PaymentService.h"

#include "ContactService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addPerson(ContactService &svc, const QString &first)
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Beispiel"_s;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

Payment transaction(qint64 contactId, qint64 amount, const QString &currency, const QString &status)
{
    Payment p;
    p.contactId = contactId;
    p.kind = Payment::Kind::Transaction;
    p.amountMinor = amount;
    p.currency = currency;
    p.date = QDate(2026, 2, 10);
    p.method = u"bank_transfer"_s;
    p.status = status;
    return p;
}

Payment invoice(qint64 contactId, qint64 amount, const QString &number, const QDate &due, const QString &status)
{
    Payment p;
    p.contactId = contactId;
    p.kind = Payment::Kind::Invoice;
    p.amountMinor = amount;
    p.number = number;
    p.date = due.addDays(-14);
    p.dueDate = due;
    p.status = status;
    return p;
}

Payment subscription(qint64 contactId, qint64 amount, const QString &status)
{
    Payment p;
    p.contactId = contactId;
    p.kind = Payment::Kind::Subscription;
    p.amountMinor = amount;
    p.date = QDate(2026, 1, 1);
    p.nextDate = QDate(2026, 3, 1);
    p.interval = u"monthly"_s;
    p.status = status;
    return p;
}
} // namespace

TEST_CASE("Amounts are read in German and English writing and junk or a third decimal is refused")
{
    struct Row
    {
        QString text;
        bool ok;
        qint64 minor;
    };
    const QList<Row> rows{
        {u"1234.5"_s, true, 123450},
        {u"1234,50"_s, true, 123450},
        {u"1.234,50"_s, true, 123450},
        {u"1,234.50"_s, true, 123450},
        {u" 1234 "_s, true, 123400},
        {u"-12"_s, true, -1200},
        {u"-0,05"_s, true, -5},
        {u"0.1"_s, true, 10},
        {u"1.234.567"_s, true, 123456700},
        {u"1.234.567,89"_s, true, 123456789},
        {u"12,345,678.9"_s, true, 1234567890},
        {u""_s, false, 0},
        {u"-"_s, false, 0},
        {u"abc"_s, false, 0},
        {u"12a"_s, false, 0},
        {u"1.234"_s, false, 0}, // German thousands or a third decimal: refused, not guessed
        {u"12.345"_s, false, 0},
        {u"1,2345"_s, false, 0},
        {u"1.2.3"_s, false, 0},
        {u"1,23.45"_s, false, 0},
        {u"1.234,5,6"_s, false, 0},
        {u"12."_s, false, 0},
        {u"1e5"_s, false, 0},
        {u"--5"_s, false, 0},
        {u"9999999999999999"_s, false, 0},
    };
    for (const Row &row : rows) {
        INFO(row.text.toStdString());
        qint64 minor = 0;
        CHECK(Payment::parseAmount(row.text, &minor) == row.ok);
        if (row.ok) {
            CHECK(minor == row.minor);
        }
    }
    CHECK(Payment::amountText(123450) == u"1234.50"_s);
    CHECK(Payment::amountText(-5) == u"-0.05"_s);
    CHECK(Payment::amountText(0) == u"0.00"_s);
}

TEST_CASE("Invalid payment records are refused naming the field and nothing is written")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    PaymentService payments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);

    const auto field = [&](const Payment &p) {
        auto r = payments.add(p);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error().location.field;
    };
    Payment noDate = transaction(anna, 100, u"EUR"_s, {});
    noDate.date = {};
    CHECK(field(noDate) == u"date"_s);
    CHECK(field(transaction(anna, 100, u"EURO"_s, {})) == u"currency"_s);
    CHECK(field(transaction(anna, 100, u"E1R"_s, {})) == u"currency"_s);
    CHECK(field(transaction(anna, 100, u"EUR"_s, u"paid"_s)) == u"status"_s);
    Payment badMethod = transaction(anna, 100, u"EUR"_s, {});
    badMethod.method = u"bitcoin"_s;
    CHECK(field(badMethod) == u"method"_s);
    CHECK(field(invoice(anna, 100, u" "_s, QDate(2026, 3, 31), {})) == u"number"_s);
    Payment noDue = invoice(anna, 100, u"R-1"_s, QDate(), {});
    noDue.date = QDate(2026, 2, 1);
    CHECK(field(noDue) == u"due_date"_s);
    CHECK(field(invoice(anna, 100, u"R-1"_s, QDate(2026, 3, 31), u"completed"_s)) == u"status"_s);
    Payment noInterval = subscription(anna, 100, {});
    noInterval.interval.clear();
    CHECK(field(noInterval) == u"interval"_s);
    Payment badInterval = subscription(anna, 100, {});
    badInterval.interval = u"hourly"_s;
    CHECK(field(badInterval) == u"interval"_s);
    CHECK(t.rows(u"payments"_s) == 0);

    CHECK(payments.add(transaction(anna + 50, 100, u"EUR"_s, {})).error().code == Error::Code::NotFound);
    KONTOR_REQUIRE_OK(contacts.moveToTrash({anna}));
    CHECK(payments.add(transaction(anna, 100, u"EUR"_s, {})).error().code == Error::Code::NotFound);
    CHECK(t.rows(u"payments"_s) == 0);
}

TEST_CASE("A payment record is added with defaults, changed, listed newest first and deleted, audited and logged")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    PaymentService payments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    t.clock().advanceMs(1000);
    auto paid = payments.add(transaction(anna, 4990, u" eur "_s, {}));
    KONTOR_REQUIRE_OK(paid);
    CHECK(paid->currency == u"EUR"_s);
    CHECK(paid->status == u"completed"_s); // the kind's first status
    CHECK(paid->createdAt == t.clock().nowMs());
    CHECK(contacts.load(anna)->lastActivityAt == t.clock().nowMs());
    auto bill = payments.add(invoice(anna, 100000, u"2026-0042"_s, QDate(2026, 3, 15), {}));
    KONTOR_REQUIRE_OK(bill);
    CHECK(bill->status == u"open"_s);
    REQUIRE(committed.size() == 2);
    CHECK(committed.first().otherEntities.contains(u"payment"_s));
    CHECK(committed.first().updatedContacts.contains(anna));

    auto listed = payments.list(anna);
    KONTOR_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).id == bill->id); // dated 1 March, after 10 February
    CHECK(listed->at(1).id == paid->id);
    auto invoices = payments.list(anna, Payment::Kind::Invoice);
    KONTOR_REQUIRE_OK(invoices);
    REQUIRE(invoices->size() == 1);
    CHECK(invoices->first().number == u"2026-0042"_s);
    CHECK(invoices->first().dueDate == QDate(2026, 3, 15));

    Payment settled = *bill;
    settled.status = u"paid"_s;
    auto updated = payments.update(settled);
    KONTOR_REQUIRE_OK(updated);
    CHECK(updated->status == u"paid"_s);
    CHECK(updated->createdAt == bill->createdAt);
    KONTOR_REQUIRE_OK(payments.remove(paid->id));
    CHECK(payments.byId(paid->id).error().code == Error::Code::NotFound);

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT action, field, old_value, new_value, record_id FROM audit_log"
                   " WHERE entity = 'payment' ORDER BY id"_s));
    QStringList audits;
    while (q.next()) {
        CHECK(q.value(4).toLongLong() == anna);
        audits << QStringList{q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString()}
                      .join(u'|');
    }
    CHECK(audits
        == QStringList{u"create|amount||49.90 EUR"_s,
            u"create|amount||1000.00 EUR"_s,
            u"update|status|Open|Paid"_s,
            u"delete|amount|49.90 EUR|"_s});
    REQUIRE(q.exec(u"SELECT field FROM change_log WHERE entity = 'payment' ORDER BY seq"_s));
    QStringList logged;
    while (q.next()) {
        logged << q.value(0).toString();
    }
    CHECK(logged == QStringList{u"*"_s, u"*"_s, u"status"_s, u"_purged"_s});
}

TEST_CASE("Totals are summed per kind and currency: completed transactions, all invoices with the open part, active "
          "subscriptions")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    PaymentService payments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    for (const Payment &p : {transaction(anna, 10000, u"EUR"_s, u"completed"_s),
             transaction(anna, 5050, u"EUR"_s, u"completed"_s),
             transaction(anna, 3000, u"EUR"_s, u"pending"_s),
             transaction(anna, 2000, u"USD"_s, u"completed"_s),
             invoice(anna, 20000, u"R-1"_s, QDate(2026, 3, 20), u"open"_s),
             invoice(anna, 10000, u"R-2"_s, QDate(2026, 2, 20), u"open"_s),
             invoice(anna, 7000, u"R-3"_s, QDate(2026, 2, 20), u"paid"_s),
             subscription(anna, 1000, u"active"_s),
             subscription(anna, 500, u"cancelled"_s),
             transaction(ben, 99900, u"EUR"_s, u"completed"_s)}) {
        KONTOR_REQUIRE_OK(payments.add(p));
    }

    auto totals = payments.totals(anna);
    KONTOR_REQUIRE_OK(totals);
    REQUIRE(totals->size() == 4);
    CHECK(totals->at(0).kind == Payment::Kind::Transaction);
    CHECK(totals->at(0).currency == u"EUR"_s);
    CHECK(totals->at(0).amountMinor == 15050);
    CHECK(totals->at(0).count == 2);
    CHECK(totals->at(1).kind == Payment::Kind::Transaction);
    CHECK(totals->at(1).currency == u"USD"_s);
    CHECK(totals->at(1).amountMinor == 2000);
    CHECK(totals->at(2).kind == Payment::Kind::Invoice);
    CHECK(totals->at(2).amountMinor == 37000);
    CHECK(totals->at(2).openMinor == 30000);
    CHECK(totals->at(2).count == 3);
    CHECK(totals->at(3).kind == Payment::Kind::Subscription);
    CHECK(totals->at(3).amountMinor == 1000);
    CHECK(totals->at(3).count == 1);

    auto everyone = payments.totals(0);
    KONTOR_REQUIRE_OK(everyone);
    REQUIRE_FALSE(everyone->isEmpty());
    CHECK(everyone->first().amountMinor == 15050 + 99900);
    KONTOR_REQUIRE_OK(contacts.moveToTrash({ben}));
    CHECK(payments.totals(0)->first().amountMinor == 15050);
}

TEST_CASE("An open invoice past its due date shows as overdue; a paid one or one due today does not")
{
    const QDate today(2026, 3, 1);
    CHECK(invoice(1, 100, u"R-1"_s, QDate(2026, 2, 28), u"open"_s).effectiveStatus(today) == u"overdue"_s);
    CHECK(invoice(1, 100, u"R-1"_s, today, u"open"_s).effectiveStatus(today) == u"open"_s);
    CHECK(invoice(1, 100, u"R-1"_s, QDate(2026, 2, 28), u"paid"_s).effectiveStatus(today) == u"paid"_s);
    Payment late = transaction(1, 100, u"EUR"_s, u"pending"_s);
    late.dueDate = QDate(2026, 1, 1);
    CHECK(late.effectiveStatus(today) == u"pending"_s);
    CHECK(Payment::statusLabel(u"overdue"_s) == u"Overdue"_s);
    CHECK(Payment::statusKeys(Payment::Kind::Invoice) == QStringList{u"open"_s, u"paid"_s});
    Payment::Kind kind = Payment::Kind::Transaction;
    CHECK(Payment::kindFromKey(u"subscription"_s, &kind));
    CHECK(kind == Payment::Kind::Subscription);
    CHECK_FALSE(Payment::kindFromKey(u"loan"_s, &kind));
}
