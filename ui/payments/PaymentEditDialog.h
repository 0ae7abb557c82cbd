#pragma once

#include "Session.h"
#include "payments/Payment.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kontor {

class MessageBar;
class StorageThread;
struct Error;

// Adds or edits a manual payment record: a transaction (date, amount, currency, method, status), an invoice
// (number, date, due date, amount, status) or a subscription (amount, interval, start, next date, status), with
// notes; only the fields of the chosen kind show. The amount is typed as the locale writes it ("1.234,50" in
// German). Saves through PaymentService on the StorageThread; a refused save shows the error under its field
// and keeps the dialog open.
class PaymentEditDialog : public QDialog
{
    Q_OBJECT

public:
    // payment.id == 0: a new record of payment.kind for payment.contactId.
    PaymentEditDialog(
        StorageThread *storage, const Session &session, const Payment &payment, QWidget *parent = nullptr);

    // The record as saved (valid after accept()).
    Payment savedPayment() const { return m_saved; }
    // Collected from the form, not saved; false (with the error shown) when the amount is not a number.
    bool paymentFromForm(Payment *payment);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void showKind();
    void showPayment(const Payment &payment);
    void showError(const Error &error);
    void showFieldError(const QString &field, const QString &message);
    void clearErrors();
    void setBusy(bool busy);
    Payment::Kind kind() const;
    // A form row of `widgets` side by side with an error line below; `widgets.first()` names the row.
    void addRow(const QList<QWidget *> &widgets);
    void setRowVisible(QWidget *field, bool visible);
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Payment m_payment;
    Payment m_saved;
    bool m_busy = false;
    MessageBar *m_messageBar;
    QFormLayout *m_form;
    QComboBox *m_kindComboBox;
    QLineEdit *m_numberLineEdit;
    QLineEdit *m_amountLineEdit;
    QComboBox *m_currencyComboBox;
    QDateEdit *m_dateEdit;
    QDateEdit *m_dueDateEdit;
    QDateEdit *m_nextDateEdit;
    QComboBox *m_intervalComboBox;
    QComboBox *m_methodComboBox;
    QComboBox *m_statusComboBox;
    QPlainTextEdit *m_notesTextEdit;
    QDialogButtonBox *m_buttonBox;
    // Per field: its label in the form and the error line below it.
    QHash<QWidget *, QLabel *> m_labels;
    QHash<QWidget *, QLabel *> m_errorLabels;
    QHash<QWidget *, QWidget *> m_rows;
};

} // namespace Kontor
