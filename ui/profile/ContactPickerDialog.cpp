#include "ContactPickerDialog.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int Shown = 50;
}

ContactPickerDialog::ContactPickerDialog(
    StorageThread *storage, const Session &session, ContactKind kind, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_session(session)
    , m_kind(kind)
    , m_searchLineEdit(new QLineEdit(this))
    , m_listWidget(new QListWidget(this))
    , m_messageLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool company = kind == ContactKind::Company;
    setObjectName(u"contactPickerDialog"_s);
    setWindowTitle(company ? tr("Assign company") : tr("Add person"));
    m_searchLineEdit->setObjectName(u"pickerSearchLineEdit"_s);
    m_listWidget->setObjectName(u"pickerListWidget"_s);
    m_messageLabel->setObjectName(u"pickerMessageLabel"_s);
    m_searchLineEdit->setPlaceholderText(company ? tr("Search companies") : tr("Search persons"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(company ? tr("Assign") : tr("Add"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"pickerOkButton"_s);
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_listWidget);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttonBox);
    resize(420, 420);

    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ContactPickerDialog::search);
    connect(m_searchLineEdit, &QLineEdit::textEdited, this, [this] {
        m_pending = true;
        m_timer.start();
    });
    connect(m_listWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
    });
    connect(m_listWidget, &QListWidget::itemActivated, this, [this] { m_buttonBox->accepted(); });
    // Enter in the search box takes the first (highlighted) match, so the keyboard never has to leave it.
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_listWidget->currentRow() >= 0) {
            Q_EMIT m_buttonBox->accepted();
        }
    });
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (chosenId()) {
            Q_EMIT chosen(chosenId(), chosenName());
            accept();
        }
    });
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

qint64 ContactPickerDialog::chosenId() const
{
    const QListWidgetItem *item = m_listWidget->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString ContactPickerDialog::chosenName() const
{
    const QListWidgetItem *item = m_listWidget->currentItem();
    return item ? item->text() : QString();
}

void ContactPickerDialog::search()
{
    ContactListQuery query;
    query.kind = int(m_kind);
    query.search = m_searchLineEdit->text().trimmed();
    query.limit = Shown + int(m_excluded.size());
    const int generation = ++m_generation;
    const Session session = m_session;
    m_pending = true;
    m_storage->run<Result<ContactPage>>(
        this,
        [query, session](Database &db) { return ContactService(db, session).list(query); },
        [this, generation](const Result<ContactPage> &page) {
            if (generation != m_generation) {
                return;
            }
            m_pending = false;
            m_listWidget->clear();
            if (!page) {
                m_messageLabel->setText(page.error().message);
                Q_EMIT searched();
                return;
            }
            for (const auto &row : page->rows) {
                if (m_excluded.contains(row.id) || m_listWidget->count() >= Shown) {
                    continue;
                }
                auto *item = new QListWidgetItem(row.displayName, m_listWidget);
                item->setData(Qt::UserRole, row.id);
                if (!row.primaryEmail.isEmpty() || !row.city.isEmpty()) {
                    item->setToolTip(QStringList{row.primaryEmail, row.city}.join(u" · "_s));
                }
            }
            m_messageLabel->setText(m_listWidget->count() == 0 ? tr("Nothing found.") : QString());
            m_messageLabel->setVisible(m_listWidget->count() == 0);
            if (m_listWidget->count() > 0) {
                m_listWidget->setCurrentRow(0);
            }
            Q_EMIT searched();
        });
}

} // namespace Kontor
