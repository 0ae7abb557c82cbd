#include "PaymentsTab.h"

#include "Clock.h"
#include "CollapsibleSection.h"
#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "payments/PaymentEditDialog.h"
#include "payments/PaymentService.h"
#include "payments/PaymentText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int VisibleRows = 6; // a section grows with its rows up to this many, then scrolls
const QColor Negative(0xb3, 0x26, 0x1e);

struct Loaded
{
    Result<QList<Payment>> payments;
    Result<QList<PaymentTotal>> totals;
    QDate today;
};

QString sectionName(Payment::Kind kind)
{
    switch (kind) {
    case Payment::Kind::Transaction:
        return u"transactions"_s;
    case Payment::Kind::Invoice:
        return u"invoices"_s;
    case Payment::Kind::Subscription:
        return u"subscriptions"_s;
    }
    return {};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QTableWidgetItem *cell(const QString &text, qint64 paymentId, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, paymentId);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}
} // namespace

PaymentsTab::PaymentsTab(
    StorageThread *storage, const Session &session, Settings *settings, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_contactId(contactId)
    , m_messageLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    setObjectName(u"paymentsTab"_s);
    m_messageLabel->setObjectName(u"paymentsMessageLabel"_s);
    m_newButton->setObjectName(u"newPaymentButton"_s);
    m_editButton->setObjectName(u"editPaymentButton"_s);
    m_deleteButton->setObjectName(u"deletePaymentButton"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_messageLabel->hide();

    auto *menu = new QMenu(m_newButton);
    auto *content = new QWidget;
    auto *sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    for (auto kind : {Payment::Kind::Transaction, Payment::Kind::Invoice, Payment::Kind::Subscription}) {
        const QString name = sectionName(kind);
        Section s{kind,
            new CollapsibleSection(name, QString(), content),
            new QTableWidget(content),
            new QLabel(content),
            new QLabel(content)};
        s.table->setObjectName(name + u"TableWidget"_s);
        s.emptyLabel->setObjectName(name + u"EmptyLabel"_s);
        s.totalsLabel->setObjectName(name + u"TotalsLabel"_s);
        s.table->setSelectionBehavior(QAbstractItemView::SelectRows);
        s.table->setSelectionMode(QAbstractItemView::SingleSelection);
        s.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        s.table->verticalHeader()->hide();
        s.table->horizontalHeader()->setHighlightSections(false);
        s.table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        s.table->horizontalHeader()->setStretchLastSection(true);
        s.table->setWordWrap(false);
        s.table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        s.table->setColumnCount(kind == Payment::Kind::Transaction ? 4 : 5);
        s.emptyLabel->setForegroundRole(QPalette::PlaceholderText);
        // No word wrap: a wrapping label in a scroll area asks for the height of its narrowest width.
        s.totalsLabel->setWordWrap(false);
        s.totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Only the stretch below the sections takes spare height, or it would open gaps above the totals.
        s.section->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        s.section->addWidget(s.table);
        s.section->addWidget(s.emptyLabel);
        s.section->addWidget(s.totalsLabel);
        sections->addWidget(s.section);
        connect(
            s.table, &QTableWidget::itemSelectionChanged, this, [this, table = s.table] { onSelectionChanged(table); });
        connect(s.table, &QTableWidget::itemActivated, this, &PaymentsTab::editCurrentPayment);
        auto *action = menu->addAction(QString(), this, [this, kind] { newPayment(kind); });
        action->setObjectName(u"new"_s + name.left(1).toUpper() + name.mid(1, name.size() - 2) + u"Action"_s);
        m_sections.append(s);
    }
    sections->addStretch();
    m_newButton->setMenu(menu);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"paymentsScrollArea"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(scroll, 1);

    connect(m_editButton, &QPushButton::clicked, this, &PaymentsTab::editCurrentPayment);
    connect(m_deleteButton, &QPushButton::clicked, this, &PaymentsTab::deleteCurrentPayment);
    retranslate();
    showPayments({}, {}, QDate::currentDate());
    refresh();
}

void PaymentsTab::refresh()
{
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Loaded>(
        this,
        [session, id](Database &db) {
            PaymentService payments(db, session);
            // "Overdue" is judged by the database's clock, so that tests can move time.
            const QDate today = QDateTime::fromMSecsSinceEpoch(db.clock().nowMs()).toLocalTime().date();
            return Loaded{payments.list(id), payments.totals(id), today};
        },
        [this](const Loaded &loaded) {
            const Error *error = !loaded.payments ? &loaded.payments.error()
                : !loaded.totals                  ? &loaded.totals.error()
                                                  : nullptr;
            if (error) {
                m_messageLabel->setText(tr("The payments could not be loaded: %1").arg(error->message));
                m_messageLabel->show();
                return;
            }
            m_messageLabel->hide();
            showPayments(*loaded.payments, *loaded.totals, loaded.today);
            Q_EMIT refreshed();
        });
}

void PaymentsTab::showPayments(const QList<Payment> &payments, const QList<PaymentTotal> &totals, const QDate &today)
{
    const qint64 current = currentPayment() ? currentPayment()->id : 0;
    m_payments = payments;
    m_totals = totals;
    m_today = today;
    for (auto &section : m_sections) {
        fillSection(section);
        for (int row = 0; row < section.table->rowCount(); ++row) {
            if (current && section.table->item(row, 0)->data(Qt::UserRole).toLongLong() == current) {
                section.table->selectRow(row);
            }
        }
    }
    updateButtons();
}

void PaymentsTab::fillSection(Section &s)
{
    const QSignalBlocker blocker(s.table);
    s.table->clearContents();
    s.table->setRowCount(0);
    int count = 0;
    for (const auto &payment : std::as_const(m_payments)) {
        if (payment.kind != s.kind) {
            continue;
        }
        const int row = s.table->rowCount();
        s.table->insertRow(row);
        const QString status = payment.effectiveStatus(m_today);
        const bool overdue = status == u"overdue"_s;
        const qint64 id = payment.id;
        const QString amount = PaymentText::amount(payment.amountMinor, payment.currency);
        QList<QTableWidgetItem *> items;
        switch (s.kind) {
        case Payment::Kind::Transaction:
            items = {cell(dateText(payment.date), id),
                cell(amount, id, Qt::AlignRight),
                cell(Payment::methodLabel(payment.method), id),
                cell(Payment::statusLabel(status), id)};
            break;
        case Payment::Kind::Invoice:
            items = {cell(payment.number, id),
                cell(dateText(payment.date), id),
                cell(dateText(payment.dueDate), id),
                cell(amount, id, Qt::AlignRight),
                cell(Payment::statusLabel(status), id)};
            break;
        case Payment::Kind::Subscription:
            items = {cell(dateText(payment.date), id),
                cell(amount, id, Qt::AlignRight),
                cell(Payment::intervalLabel(payment.interval), id),
                cell(dateText(payment.nextDate), id),
                cell(Payment::statusLabel(status), id)};
            break;
        }
        for (int column = 0; column < items.size(); ++column) {
            if (overdue) {
                items[column]->setForeground(Negative);
            }
            if (!payment.notes.isEmpty()) {
                items[column]->setToolTip(payment.notes);
            }
            s.table->setItem(row, column, items[column]);
        }
        if (overdue) {
            QFont bold = items.last()->font();
            bold.setBold(true);
            items.last()->setFont(bold);
            items[2]->setFont(bold); // the due date
        }
        ++count;
    }
    fitTable(s);
    s.table->setVisible(count > 0);
    s.emptyLabel->setVisible(count == 0);
    s.totalsLabel->setVisible(count > 0);
    s.totalsLabel->setText(totalsText(s.kind));
    s.totalsLabel->setToolTip(s.totalsLabel->text());
    s.section->setTitle(
        count ? tr("%1 (%2)", "section title and count").arg(sectionTitle(s.kind)).arg(count) : sectionTitle(s.kind));
}

void PaymentsTab::fitTable(Section &s)
{
    // As tall as its rows, up to VisibleRows of them; the scroll bar takes over beyond. Sizes are right only
    // once the table is polished, which a table in a hidden tab is not: showEvent() fits them again.
    const int rows = qMin(s.table->rowCount(), VisibleRows);
    int height = s.table->horizontalHeader()->sizeHint().height() + 2 * s.table->frameWidth();
    for (int row = 0; row < rows; ++row) {
        height += s.table->rowHeight(row);
    }
    s.table->setFixedHeight(height);
}

void PaymentsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    for (auto &section : m_sections) {
        fitTable(section);
    }
}

QString PaymentsTab::sectionTitle(Payment::Kind kind)
{
    switch (kind) {
    case Payment::Kind::Transaction:
        return tr("Transactions");
    case Payment::Kind::Invoice:
        return tr("Invoices");
    case Payment::Kind::Subscription:
        return tr("Subscriptions");
    }
    return {};
}

QString PaymentsTab::totalsText(Payment::Kind kind) const
{
    QStringList parts;
    for (const auto &total : m_totals) {
        if (total.kind != kind) {
            continue;
        }
        const QString amount = PaymentText::amount(total.amountMinor, total.currency);
        if (kind == Payment::Kind::Invoice && total.openMinor > 0) {
            //: An invoice total per currency: %1 all invoices, %2 the part not paid yet
            parts.append(tr("%1 (open: %2)").arg(amount, PaymentText::amount(total.openMinor, total.currency)));
        } else {
            parts.append(amount);
        }
    }
    const QString sums = parts.isEmpty() ? tr("none") : parts.join(u" · "_s);
    switch (kind) {
    case Payment::Kind::Transaction:
        //: %1: sums per currency, "1.234,50 € · 200,00 $"
        return tr("Completed: %1").arg(sums);
    case Payment::Kind::Invoice:
        return tr("Invoiced: %1").arg(sums);
    case Payment::Kind::Subscription:
        return tr("Active: %1").arg(sums);
    }
    return sums;
}

void PaymentsTab::newPayment(Payment::Kind kind)
{
    Payment payment;
    payment.kind = kind;
    payment.contactId = m_contactId;
    openEditor(payment);
}

void PaymentsTab::editCurrentPayment()
{
    if (const Payment *payment = currentPayment()) {
        openEditor(*payment);
    }
}

void PaymentsTab::openEditor(const Payment &payment)
{
    auto *dialog = new PaymentEditDialog(m_storage, m_session, payment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PaymentsTab::refresh);
    dialog->open();
}

void PaymentsTab::deleteCurrentPayment()
{
    const Payment *payment = currentPayment();
    if (!payment) {
        return;
    }
    const qint64 paymentId = payment->id;
    Confirmation question;
    question.title = tr("Delete payment record");
    question.text = tr("Delete this payment record for good?");
    //: %1 transaction, invoice or subscription, %2 its amount, %3 its date
    question.informativeText = tr("%1 of %2 from %3")
                                   .arg(Payment::kindLabel(payment->kind),
                                       PaymentText::amount(payment->amountMinor, payment->currency),
                                       dateText(payment->date));
    question.acceptText = tr("Delete");
    question.objectName = u"deletePaymentMessageBox"_s;
    ConfirmBox::ask(this, question, [this, paymentId] {
        const Session session = m_session;
        m_storage->run<Result<void>>(
            this,
            [session, paymentId](Database &db) { return PaymentService(db, session).remove(paymentId); },
            [this](const Result<void> &removed) {
                if (!removed) {
                    m_messageLabel->setText(removed.error().message);
                    m_messageLabel->show();
                    return;
                }
                refresh();
            });
    });
}

const Payment *PaymentsTab::currentPayment() const
{
    for (const auto &s : m_sections) {
        const auto selected = s.table->selectedItems();
        if (selected.isEmpty()) {
            continue;
        }
        const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
        for (const auto &payment : m_payments) {
            if (payment.id == id) {
                return &payment;
            }
        }
    }
    return nullptr;
}

void PaymentsTab::onSelectionChanged(QTableWidget *table)
{
    // One record at a time across the three tables: Edit and Delete act on it.
    if (!table->selectedItems().isEmpty()) {
        for (const auto &s : std::as_const(m_sections)) {
            if (s.table != table) {
                const QSignalBlocker blocker(s.table);
                s.table->clearSelection();
            }
        }
    }
    updateButtons();
}

void PaymentsTab::updateButtons()
{
    const bool chosen = currentPayment() != nullptr;
    m_editButton->setEnabled(chosen);
    m_deleteButton->setEnabled(chosen);
}

void PaymentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (auto &section : m_sections) {
            fillSection(section);
        }
    }
    QWidget::changeEvent(event);
}

void PaymentsTab::retranslate()
{
    m_newButton->setText(tr("New..."));
    m_editButton->setText(tr("Edit..."));
    m_deleteButton->setText(tr("Delete"));
    const QList<QAction *> actions = m_newButton->menu()->actions();
    for (int i = 0; i < m_sections.size() && i < actions.size(); ++i) {
        actions[i]->setText(Payment::kindLabel(m_sections[i].kind));
    }
    for (auto &s : m_sections) {
        switch (s.kind) {
        case Payment::Kind::Transaction:
            s.table->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Method"), tr("Status")});
            s.emptyLabel->setText(tr("No transactions."));
            break;
        case Payment::Kind::Invoice:
            s.table->setHorizontalHeaderLabels(
                {tr("Number"), tr("Date"), tr("Due", "invoice"), tr("Amount"), tr("Status")});
            s.emptyLabel->setText(tr("No invoices."));
            break;
        case Payment::Kind::Subscription:
            s.table->setHorizontalHeaderLabels(
                {tr("Start", "subscription"), tr("Amount"), tr("Interval"), tr("Next charge"), tr("Status")});
            s.emptyLabel->setText(tr("No subscriptions."));
            break;
        }
    }
}

} // namespace Kontor
