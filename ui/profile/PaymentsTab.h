#pragma once

#include "Session.h"
#include "payments/Payment.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kontor {

class CollapsibleSection;
class Settings;
class StorageThread;

// A contact's payment records in three sections, Transactions, Invoices and Subscriptions, each a small table
// with its totals per currency below (PaymentService::totals, in the locale's currency format); invoices past
// their due date are marked overdue. New (choosing the kind), edit (double-click) and delete (asks first).
class PaymentsTab : public QWidget
{
    Q_OBJECT

public:
    PaymentsTab(StorageThread *storage,
        const Session &session,
        Settings *settings,
        qint64 contactId,
        QWidget *parent = nullptr);

    int paymentCount() const { return int(m_payments.size()); }

public Q_SLOTS:
    void refresh();
    void newPayment(Payment::Kind kind);
    void editCurrentPayment();
    void deleteCurrentPayment();

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Section
    {
        Payment::Kind kind;
        CollapsibleSection *section;
        QTableWidget *table;
        QLabel *emptyLabel;
        QLabel *totalsLabel;
    };

    void showPayments(const QList<Payment> &payments, const QList<PaymentTotal> &totals, const QDate &today);
    void fillSection(Section &section);
    void fitTable(Section &section);
    QString totalsText(Payment::Kind kind) const;
    static QString sectionTitle(Payment::Kind kind);
    void openEditor(const Payment &payment);
    const Payment *currentPayment() const;
    void onSelectionChanged(QTableWidget *table);
    void updateButtons();
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    qint64 m_contactId;
    QList<Payment> m_payments;
    QList<PaymentTotal> m_totals;
    QDate m_today;
    QList<Section> m_sections;
    QLabel *m_messageLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};

} // namespace Kontor
