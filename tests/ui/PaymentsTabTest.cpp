#include "profile/PaymentsTab.h"

#include "ActivityUiFixture.h"
#include "payments/PaymentEditDialog.h"
#include "payments/PaymentService.h"
#include "profile/ContactProfileWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

Payment transaction(qint64 contactId, qint64 minor, const QString &currency, const QString &status = u"completed"_s)
{
    Payment p;
    p.contactId = contactId;
    p.kind = Payment::Kind::Transaction;
    p.amountMinor = minor;
    p.currency = currency;
    p.date = QDate(2026, 12, 1);
    p.method = u"bank_transfer"_s;
    p.status = status;
    return p;
}

Payment invoice(qint64 contactId, const QString &number, qint64 minor, const QDate &due, const QString &status)
{
    Payment p;
    p.contactId = contactId;
    p.kind = Payment::Kind::Invoice;
    p.number = number;
    p.amountMinor = minor;
    p.date = due.addDays(-14);
    p.dueDate = due;
    p.status = status;
    return p;
}

Payment subscription(qint64 contactId, qint64 minor)
{
    Payment p;
    p.contactId = contactId;
    p.kind = Payment::Kind::Subscription;
    p.amountMinor = minor;
    p.date = QDate(2026, 1, 1);
    p.nextDate = QDate(2027, 1, 1);
    p.interval = u"monthly"_s;
    p.status = u"active"_s;
    return p;
}

Payment addPayment(ActivityUiFixture &f, const Payment &p)
{
    const Session session = f.session();
    return f.value<Payment>([session, p](Database &db) { return PaymentService(db, session).add(p); });
}

QList<Payment> paymentsOf(ActivityUiFixture &f, qint64 contactId)
{
    const Session session = f.session();
    return f.value<QList<Payment>>(
        [session, contactId](Database &db) { return PaymentService(db, session).list(contactId); });
}

// The label's text with the locale's non-breaking spaces as plain ones.
QString plain(const QLabel *label)
{
    return label->text().replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
}

QString plain(const QTableWidgetItem *item)
{
    return item ? item->text().replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ') : QString();
}

void showTab(PaymentsTab &tab)
{
    QSignalSpy refreshed(&tab, &PaymentsTab::refreshed);
    tab.resize(520, 600);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
    REQUIRE(QTest::qWaitFor([&] { return refreshed.count() > 0; }, GuiWaitMs));
}

QPointer<PaymentEditDialog> waitForDialog(QWidget *parent)
{
    QPointer<PaymentEditDialog> found;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto all = parent->findChildren<PaymentEditDialog *>();
            found = all.isEmpty() ? nullptr : all.last();
            return found && found->isVisible();
        },
        GuiWaitMs));
    return found;
}

void chooseData(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("a transaction typed with a German amount is saved and the totals show each currency as German writes it",
    "[ui][payments][profile]")
{
    ActivityUiFixture f;
    LanguageScope german(u"de"_s);
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    PaymentsTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);
    CHECK(child<QLabel>(&tab, u"transactionsEmptyLabel"_s)->isVisible());
    CHECK_FALSE(child<QTableWidget>(&tab, u"transactionsTableWidget"_s)->isVisible());

    child<QAction>(&tab, u"newTransactionAction"_s)->trigger();
    QPointer<PaymentEditDialog> dialog = waitForDialog(&tab);
    CHECK_FALSE(child<QLineEdit>(dialog, u"paymentNumberLineEdit"_s)->isVisible()); // invoices only
    CHECK_FALSE(child<QComboBox>(dialog, u"paymentIntervalComboBox"_s)->isVisible()); // subscriptions only
    CHECK(child<QComboBox>(dialog, u"paymentMethodComboBox"_s)->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, u"paymentAmountLineEdit"_s), u"1.234,50"_s);
    chooseData(child<QComboBox>(dialog, u"paymentStatusComboBox"_s), u"completed"_s);
    chooseData(child<QComboBox>(dialog, u"paymentMethodComboBox"_s), u"card"_s);
    child<QDateEdit>(dialog, u"paymentDateEdit"_s)->setDate(QDate(2026, 12, 2));
    QTest::mouseClick(child<QPushButton>(dialog, u"savePaymentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, GuiWaitMs));

    const QList<Payment> stored = paymentsOf(f, id);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().amountMinor == 123450);
    CHECK(stored.first().currency == u"EUR"_s);
    CHECK(stored.first().method == u"card"_s);
    CHECK(stored.first().date == QDate(2026, 12, 2));

    addPayment(f, transaction(id, 20000, u"USD"_s));
    addPayment(f, transaction(id, 5000, u"USD"_s, u"pending"_s)); // not in the total
    tab.refresh();
    auto *totals = child<QLabel>(&tab, u"transactionsTotalsLabel"_s);
    REQUIRE(QTest::qWaitFor([&] { return plain(totals).contains(u"200,00 $"_s); }, GuiWaitMs));
    CHECK(plain(totals).contains(u"1.234,50 €"_s));
    CHECK_FALSE(plain(totals).contains(u"250,00"_s));
    auto *table = child<QTableWidget>(&tab, u"transactionsTableWidget"_s);
    CHECK(table->rowCount() == 3);
    bool shown = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown = shown || plain(table->item(row, 1)) == u"1.234,50 €"_s;
    }
    CHECK(shown);
}

TEST_CASE("an invoice past its due date is marked overdue and the invoice total shows the open part",
    "[ui][payments][profile]")
{
    ActivityUiFixture f; // today: 10 December 2026
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    addPayment(f, invoice(id, u"RE-2026-017"_s, 10000, QDate(2026, 12, 5), u"open"_s));
    addPayment(f, invoice(id, u"RE-2026-018"_s, 20000, QDate(2026, 12, 20), u"open"_s));
    addPayment(f, invoice(id, u"RE-2026-011"_s, 30000, QDate(2026, 11, 20), u"paid"_s));
    PaymentsTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);

    auto *table = child<QTableWidget>(&tab, u"invoicesTableWidget"_s);
    REQUIRE(table->rowCount() == 3);
    int overdue = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool late = table->item(row, 0)->text() == u"RE-2026-017"_s;
        const QString status = table->item(row, table->columnCount() - 1)->text();
        CHECK((status == Payment::statusLabel(u"overdue"_s)) == late);
        if (late) {
            ++overdue;
            const QColor colour = table->item(row, 0)->foreground().color();
            CHECK(colour.red() > colour.green());
        }
    }
    CHECK(overdue == 1);
    const QString totals = plain(child<QLabel>(&tab, u"invoicesTotalsLabel"_s));
    INFO(totals.toStdString());
    CHECK(totals.contains(u"€600.00"_s));
    CHECK(totals.contains(u"open: €300.00"_s));
    CHECK(child<QLabel>(&tab, u"subscriptionsEmptyLabel"_s)->isVisible());
}

TEST_CASE("an amount that is no number shows an error under the field and saves nothing", "[ui][payments][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    PaymentsTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);
    child<QAction>(&tab, u"newInvoiceAction"_s)->trigger();
    QPointer<PaymentEditDialog> dialog = waitForDialog(&tab);
    CHECK(child<QLineEdit>(dialog, u"paymentNumberLineEdit"_s)->isVisible());
    CHECK(child<QDateEdit>(dialog, u"paymentDueDateEdit"_s)->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, u"paymentNumberLineEdit"_s), u"RE-1"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"paymentAmountLineEdit"_s), u"12 Euro"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"savePaymentButton"_s), Qt::LeftButton);
    auto *error = child<QLabel>(dialog, u"paymentAmountLineEditErrorLabel"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"12 Euro"_s));
    CHECK(dialog->isVisible());

    // A refusal from the service shows too: the invoice number is required.
    child<QLineEdit>(dialog, u"paymentNumberLineEdit"_s)->clear();
    auto *amount = child<QLineEdit>(dialog, u"paymentAmountLineEdit"_s);
    amount->clear();
    QTest::keyClicks(amount, u"99.90"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"savePaymentButton"_s), Qt::LeftButton);
    auto *numberError = child<QLabel>(dialog, u"paymentNumberLineEditErrorLabel"_s);
    auto *bar = child<QLabel>(dialog, u"paymentMessageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return numberError->isVisible() || bar->isVisible(); }, GuiWaitMs));
    CHECK_FALSE(error->isVisible());
    CHECK(dialog->isVisible());
    CHECK(paymentsOf(f, id).isEmpty());
    dialog->reject();
}

TEST_CASE("a payment record is edited and deleted from the profile's Payments tab", "[ui][payments][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    const Payment sub = addPayment(f, subscription(id, 990));
    PaymentsTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);
    auto *table = child<QTableWidget>(&tab, u"subscriptionsTableWidget"_s);
    REQUIRE(table->rowCount() == 1);
    CHECK(plain(child<QLabel>(&tab, u"subscriptionsTotalsLabel"_s)).contains(u"€9.90"_s));

    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&tab, u"editPaymentButton"_s), Qt::LeftButton);
    QPointer<PaymentEditDialog> dialog = waitForDialog(&tab);
    CHECK_FALSE(child<QComboBox>(dialog, u"paymentKindComboBox"_s)->isEnabled());
    CHECK(child<QComboBox>(dialog, u"paymentIntervalComboBox"_s)->currentData().toString() == u"monthly"_s);
    auto *amount = child<QLineEdit>(dialog, u"paymentAmountLineEdit"_s);
    CHECK(amount->text() == u"9.90"_s);
    amount->clear();
    QTest::keyClicks(amount, u"14.90"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"savePaymentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, GuiWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return plain(table->item(0, 1)) == u"€14.90"_s; }, GuiWaitMs));
    CHECK(paymentsOf(f, id).first().amountMinor == 1490);
    CHECK(paymentsOf(f, id).first().id == sub.id);

    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&tab, u"deletePaymentButton"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            box = tab.findChild<QMessageBox *>(u"deletePaymentMessageBox"_s);
            return box && box->isVisible();
        },
        GuiWaitMs));
    box->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 0; }, GuiWaitMs));
    CHECK(paymentsOf(f, id).isEmpty());
}

TEST_CASE("the profile's Payments tab and the payment dialog are saved as screenshots in English and German",
    "[ui][payments][profile][screenshot]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    addPayment(f, transaction(id, 123450, u"EUR"_s));
    addPayment(f, transaction(id, 20000, u"USD"_s));
    addPayment(f, transaction(id, 4999, u"EUR"_s, u"pending"_s));
    addPayment(f, invoice(id, u"RE-2026-017"_s, 10000, QDate(2026, 12, 5), u"open"_s));
    addPayment(f, invoice(id, u"RE-2026-011"_s, 30000, QDate(2026, 11, 20), u"paid"_s));
    addPayment(f, subscription(id, 990));

    QCoreApplication::processEvents(); // the commits' signals, before a profile would reload on them
    for (const QString &language : {u"en"_s, u"de"_s}) {
        LanguageScope scope(language);
        ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
        profile.resize(1400, 800);
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        REQUIRE(QTest::qWaitFor([&] { return profile.isLoaded(); }, GuiWaitMs));
        auto *tab = child<PaymentsTab>(&profile, u"paymentsTab"_s);
        child<QTabWidget>(&profile, u"sidebarTabWidget"_s)->setCurrentWidget(tab);
        auto *invoices = child<QTableWidget>(tab, u"invoicesTableWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return invoices->isVisible() && invoices->rowCount() == 2; }, GuiWaitMs));
        waitForTimeline(&profile, 7);
        const QString path = guiScreenshotPath(u"profile-payments-%1.png"_s.arg(language));
        REQUIRE(profile.grab().save(path));
        CHECK(QFileInfo(path).size() > 10000);

        for (const char *kind : {"Transaction", "Invoice", "Subscription"}) {
            child<QAction>(tab, u"new%1Action"_s.arg(QLatin1String(kind)))->trigger();
            QPointer<PaymentEditDialog> dialog = waitForDialog(tab);
            QTest::keyClicks(child<QLineEdit>(dialog, u"paymentAmountLineEdit"_s), u"x"_s);
            QTest::mouseClick(child<QPushButton>(dialog, u"savePaymentButton"_s), Qt::LeftButton);
            REQUIRE(dialog->grab().save(guiScreenshotPath(
                u"payment-dialog-%1-%2.png"_s.arg(QLatin1String(kind).toString().toLower(), language))));
            dialog->reject();
            REQUIRE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, GuiWaitMs));
        }
    }
}
