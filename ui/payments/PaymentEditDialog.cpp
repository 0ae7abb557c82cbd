#include "PaymentEditDialog.h"

#include "PaymentText.h"
#include "StorageThread.h"
#include "common/MessageBar.h"
#include "payments/PaymentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList Currencies{
    u"EUR"_s, u"USD"_s, u"CHF"_s, u"GBP"_s, u"JPY"_s, u"SEK"_s, u"NOK"_s, u"DKK"_s, u"PLN"_s, u"CZK"_s};

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

void selectData(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}
} // namespace

PaymentEditDialog::PaymentEditDialog(
    StorageThread *storage, const Session &session, const Payment &payment, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_session(session)
    , m_payment(payment)
    , m_messageBar(new MessageBar(this))
    , m_form(new QFormLayout)
    , m_kindComboBox(new QComboBox(this))
    , m_numberLineEdit(new QLineEdit(this))
    , m_amountLineEdit(new QLineEdit(this))
    , m_currencyComboBox(new QComboBox(this))
    , m_dateEdit(dateEdit(this, u"paymentDateEdit"_s))
    , m_dueDateEdit(dateEdit(this, u"paymentDueDateEdit"_s))
    , m_nextDateEdit(dateEdit(this, u"paymentNextDateEdit"_s))
    , m_intervalComboBox(new QComboBox(this))
    , m_methodComboBox(new QComboBox(this))
    , m_statusComboBox(new QComboBox(this))
    , m_notesTextEdit(new QPlainTextEdit(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"paymentEditDialog"_s);
    m_messageBar->setObjectName(u"paymentMessageBar"_s);
    m_kindComboBox->setObjectName(u"paymentKindComboBox"_s);
    m_numberLineEdit->setObjectName(u"paymentNumberLineEdit"_s);
    m_amountLineEdit->setObjectName(u"paymentAmountLineEdit"_s);
    m_currencyComboBox->setObjectName(u"paymentCurrencyComboBox"_s);
    m_intervalComboBox->setObjectName(u"paymentIntervalComboBox"_s);
    m_methodComboBox->setObjectName(u"paymentMethodComboBox"_s);
    m_statusComboBox->setObjectName(u"paymentStatusComboBox"_s);
    m_notesTextEdit->setObjectName(u"paymentNotesTextEdit"_s);
    m_buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"savePaymentButton"_s);
    m_buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPaymentButton"_s);

    m_currencyComboBox->setEditable(true);
    m_currencyComboBox->addItems(Currencies);
    m_currencyComboBox->setInsertPolicy(QComboBox::NoInsert);
    m_currencyComboBox->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_currencyComboBox));
    m_amountLineEdit->setAlignment(Qt::AlignRight);
    m_amountLineEdit->setMaxLength(20);
    m_numberLineEdit->setMaxLength(100);
    m_notesTextEdit->setTabChangesFocus(true);
    m_notesTextEdit->setMinimumHeight(70);
    for (auto kindValue : {Payment::Kind::Transaction, Payment::Kind::Invoice, Payment::Kind::Subscription}) {
        m_kindComboBox->addItem(QString(), int(kindValue));
    }
    m_kindComboBox->setEnabled(payment.id == 0); // a record keeps its kind; delete and add to change it

    addRow({m_kindComboBox});
    addRow({m_numberLineEdit});
    addRow({m_amountLineEdit, m_currencyComboBox});
    addRow({m_dateEdit});
    addRow({m_dueDateEdit});
    addRow({m_intervalComboBox});
    addRow({m_nextDateEdit});
    addRow({m_methodComboBox});
    addRow({m_statusComboBox});
    addRow({m_notesTextEdit});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_buttonBox);

    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &PaymentEditDialog::showKind);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &PaymentEditDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amountLineEdit, &QLineEdit::textEdited, this, [this] { m_errorLabels.value(m_amountLineEdit)->hide(); });

    retranslate();
    showPayment(payment);
    resize(440, sizeHint().height());
}

void PaymentEditDialog::addRow(const QList<QWidget *> &widgets)
{
    auto *container = new QWidget(this);
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    for (QWidget *widget : widgets) {
        line->addWidget(widget, widget == widgets.first() ? 1 : 0);
    }
    column->addLayout(line);
    auto *error = new QLabel(container);
    error->setObjectName(widgets.first()->objectName() + u"ErrorLabel"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #b3261e;"_s);
    error->hide();
    column->addWidget(error);
    auto *label = new QLabel(this);
    label->setBuddy(widgets.first());
    m_form->addRow(label, container);
    m_labels.insert(widgets.first(), label);
    m_errorLabels.insert(widgets.first(), error);
    m_rows.insert(widgets.first(), container);
}

void PaymentEditDialog::setRowVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(m_rows.value(field), visible);
}

Payment::Kind PaymentEditDialog::kind() const
{
    return Payment::Kind(m_kindComboBox->currentData().toInt());
}

void PaymentEditDialog::showPayment(const Payment &payment)
{
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(int(payment.kind)));
    fillChoices();
    m_numberLineEdit->setText(payment.number);
    m_amountLineEdit->setText(payment.id ? PaymentText::editText(payment.amountMinor) : QString());
    const QString currency = payment.currency.isEmpty() ? u"EUR"_s : payment.currency;
    m_currencyComboBox->setCurrentText(currency);
    const QDate today = QDate::currentDate();
    const QDate date = payment.date.isValid() ? payment.date : today;
    m_dateEdit->setDate(date);
    m_dueDateEdit->setDate(payment.dueDate.isValid() ? payment.dueDate : date.addDays(14));
    m_nextDateEdit->setDate(payment.nextDate.isValid() ? payment.nextDate : date.addMonths(1));
    selectData(m_methodComboBox, payment.method);
    selectData(m_intervalComboBox, payment.interval.isEmpty() ? u"monthly"_s : payment.interval);
    selectData(m_statusComboBox, payment.status);
    m_notesTextEdit->setPlainText(payment.notes);
    showKind();
}

void PaymentEditDialog::fillChoices()
{
    const auto fill = [](QComboBox *combo, const QStringList &keys, QString (*label)(const QString &)) {
        const QString current = combo->currentData().toString();
        combo->clear();
        for (const auto &key : keys) {
            combo->addItem(label(key), key);
        }
        selectData(combo, current);
    };
    fill(m_statusComboBox, Payment::statusKeys(kind()), &Payment::statusLabel);
    fill(m_methodComboBox, Payment::methodKeys(), &Payment::methodLabel);
    fill(m_intervalComboBox, Payment::intervalKeys(), &Payment::intervalLabel);
}

void PaymentEditDialog::showKind()
{
    const Payment::Kind k = kind();
    fillChoices();
    setRowVisible(m_numberLineEdit, k == Payment::Kind::Invoice);
    setRowVisible(m_dueDateEdit, k == Payment::Kind::Invoice);
    setRowVisible(m_intervalComboBox, k == Payment::Kind::Subscription);
    setRowVisible(m_nextDateEdit, k == Payment::Kind::Subscription);
    setRowVisible(m_methodComboBox, k == Payment::Kind::Transaction);
    retranslate();
}

bool PaymentEditDialog::paymentFromForm(Payment *payment)
{
    Payment p = m_payment;
    p.kind = kind();
    p.number = m_numberLineEdit->text().trimmed();
    p.currency = m_currencyComboBox->currentText().trimmed().toUpper();
    p.date = m_dateEdit->date();
    p.status = m_statusComboBox->currentData().toString();
    p.notes = m_notesTextEdit->toPlainText().trimmed();
    p.dueDate = p.kind == Payment::Kind::Invoice ? m_dueDateEdit->date() : QDate();
    p.nextDate = p.kind == Payment::Kind::Subscription ? m_nextDateEdit->date() : QDate();
    p.interval = p.kind == Payment::Kind::Subscription ? m_intervalComboBox->currentData().toString() : QString();
    p.method = p.kind == Payment::Kind::Transaction ? m_methodComboBox->currentData().toString() : QString();
    p.number = p.kind == Payment::Kind::Invoice ? p.number : QString();
    const QString amount = m_amountLineEdit->text().trimmed();
    if (amount.isEmpty()) {
        showFieldError(u"amount"_s, tr("Enter the amount."));
        return false;
    }
    if (!Payment::parseAmount(amount, &p.amountMinor)) {
        //: %1 is what was typed, %2 an example in the user's number format
        showFieldError(
            u"amount"_s, tr("\"%1\" is not an amount. Write it like %2.").arg(amount, PaymentText::editText(123450)));
        return false;
    }
    *payment = p;
    return true;
}

void PaymentEditDialog::accept()
{
    if (m_busy) {
        return;
    }
    clearErrors();
    Payment payment;
    if (!paymentFromForm(&payment)) {
        return;
    }
    setBusy(true);
    const Session session = m_session;
    m_storage->run<Result<Payment>>(
        this,
        [session, payment](Database &db) {
            PaymentService payments(db, session);
            return payment.id ? payments.update(payment) : payments.add(payment);
        },
        [this](const Result<Payment> &saved) {
            setBusy(false);
            if (!saved) {
                showError(saved.error());
                return;
            }
            m_saved = *saved;
            QDialog::accept();
        });
}

void PaymentEditDialog::showError(const Error &error)
{
    if (error.location.field.isEmpty()) {
        m_messageBar->showMessage(error.message);
        return;
    }
    showFieldError(error.location.field, error.message);
}

void PaymentEditDialog::showFieldError(const QString &field, const QString &message)
{
    const QHash<QString, QWidget *> targets{
        {u"kind"_s, m_kindComboBox},
        {u"number"_s, m_numberLineEdit},
        {u"amount"_s, m_amountLineEdit},
        {u"amount_minor"_s, m_amountLineEdit},
        {u"currency"_s, m_amountLineEdit},
        {u"date"_s, m_dateEdit},
        {u"due_date"_s, m_dueDateEdit},
        {u"dueDate"_s, m_dueDateEdit},
        {u"next_date"_s, m_nextDateEdit},
        {u"nextDate"_s, m_nextDateEdit},
        {u"interval"_s, m_intervalComboBox},
        {u"method"_s, m_methodComboBox},
        {u"status"_s, m_statusComboBox},
        {u"notes"_s, m_notesTextEdit},
    };
    QWidget *target = targets.value(field);
    if (!target || !m_rows.value(target)->isVisibleTo(this)) {
        m_messageBar->showMessage(message); // a field without its own place in the form: the bar says it
        return;
    }
    QLabel *error = m_errorLabels.value(target);
    error->setText(message);
    error->show();
    if (field == u"currency"_s) {
        m_currencyComboBox->setFocus();
    } else {
        target->setFocus();
    }
}

void PaymentEditDialog::clearErrors()
{
    m_messageBar->clearMessage();
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->hide();
    }
}

void PaymentEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void PaymentEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillChoices();
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PaymentEditDialog::retranslate()
{
    const Payment::Kind k = kind();
    // Whole titles per kind: German articles and endings differ (neue Rechnung, neues Abonnement).
    const bool add = m_payment.id == 0;
    switch (k) {
    case Payment::Kind::Transaction:
        setWindowTitle(add ? tr("New transaction") : tr("Edit transaction"));
        break;
    case Payment::Kind::Invoice:
        setWindowTitle(add ? tr("New invoice") : tr("Edit invoice"));
        break;
    case Payment::Kind::Subscription:
        setWindowTitle(add ? tr("New subscription") : tr("Edit subscription"));
        break;
    }
    for (int i = 0; i < m_kindComboBox->count(); ++i) {
        m_kindComboBox->setItemText(i, Payment::kindLabel(Payment::Kind(m_kindComboBox->itemData(i).toInt())));
    }
    m_labels.value(m_kindComboBox)->setText(tr("&Kind:"));
    m_labels.value(m_numberLineEdit)->setText(tr("Invoice &number:"));
    m_labels.value(m_amountLineEdit)->setText(tr("&Amount:"));
    if (k == Payment::Kind::Invoice) {
        m_labels.value(m_dateEdit)->setText(tr("Invoice &date:"));
    } else if (k == Payment::Kind::Subscription) {
        m_labels.value(m_dateEdit)->setText(tr("&Start:", "subscription"));
    } else {
        m_labels.value(m_dateEdit)->setText(tr("&Date:"));
    }
    m_labels.value(m_dueDateEdit)->setText(tr("D&ue date:"));
    m_labels.value(m_intervalComboBox)->setText(tr("&Interval:"));
    m_labels.value(m_nextDateEdit)->setText(tr("N&ext charge:"));
    m_labels.value(m_methodComboBox)->setText(tr("&Method:"));
    m_labels.value(m_statusComboBox)->setText(tr("S&tatus:"));
    m_labels.value(m_notesTextEdit)->setText(tr("N&otes:"));
    m_amountLineEdit->setPlaceholderText(PaymentText::editText(0));
    m_currencyComboBox->setToolTip(tr("Three-letter currency code (ISO 4217), for example EUR"));
    m_buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Kontor
