#include "AssociationsTab.h"

#include "ContactPickerDialog.h"
#include "StorageThread.h"
#include "contacts/ContactService.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

AssociationsTab::AssociationsTab(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_companyGroupBox(new QGroupBox(this))
    , m_companyLabel(new QLabel(m_companyGroupBox))
    , m_openCompanyButton(new QPushButton(m_companyGroupBox))
    , m_assignCompanyButton(new QPushButton(m_companyGroupBox))
    , m_removeFromCompanyButton(new QPushButton(m_companyGroupBox))
    , m_personsGroupBox(new QGroupBox(this))
    , m_personsListWidget(new QListWidget(m_personsGroupBox))
    , m_personsEmptyLabel(new QLabel(m_personsGroupBox))
    , m_addPersonButton(new QPushButton(m_personsGroupBox))
    , m_removePersonButton(new QPushButton(m_personsGroupBox))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"associationsTab"_s);
    m_companyGroupBox->setObjectName(u"companyGroupBox"_s);
    m_companyLabel->setObjectName(u"companyLabel"_s);
    m_openCompanyButton->setObjectName(u"openCompanyButton"_s);
    m_assignCompanyButton->setObjectName(u"assignCompanyButton"_s);
    m_removeFromCompanyButton->setObjectName(u"removeFromCompanyButton"_s);
    m_personsGroupBox->setObjectName(u"personsGroupBox"_s);
    m_personsListWidget->setObjectName(u"personsListWidget"_s);
    m_personsEmptyLabel->setObjectName(u"personsEmptyLabel"_s);
    m_addPersonButton->setObjectName(u"addPersonButton"_s);
    m_removePersonButton->setObjectName(u"removePersonButton"_s);
    m_messageLabel->setObjectName(u"associationsMessageLabel"_s);
    QFont bold = m_companyLabel->font();
    bold.setBold(true);
    m_companyLabel->setFont(bold);
    m_companyLabel->setWordWrap(true);
    m_personsEmptyLabel->setWordWrap(true);
    m_personsEmptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_messageLabel->hide();

    auto *company = new QVBoxLayout(m_companyGroupBox);
    company->addWidget(m_companyLabel);
    auto *companyButtons = new QHBoxLayout;
    companyButtons->addWidget(m_openCompanyButton);
    companyButtons->addWidget(m_assignCompanyButton);
    companyButtons->addWidget(m_removeFromCompanyButton);
    companyButtons->addStretch();
    company->addLayout(companyButtons);

    auto *persons = new QVBoxLayout(m_personsGroupBox);
    persons->addWidget(m_personsListWidget, 1);
    persons->addWidget(m_personsEmptyLabel);
    auto *personButtons = new QHBoxLayout;
    personButtons->addWidget(m_addPersonButton);
    personButtons->addWidget(m_removePersonButton);
    personButtons->addStretch();
    persons->addLayout(personButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_companyGroupBox);
    layout->addWidget(m_personsGroupBox, 1);

    connect(m_openCompanyButton, &QPushButton::clicked, this, [this] {
        if (m_contact.companyId) {
            Q_EMIT openContactRequested(m_contact.companyId);
        }
    });
    connect(m_assignCompanyButton, &QPushButton::clicked, this, &AssociationsTab::assignCompany);
    connect(m_removeFromCompanyButton, &QPushButton::clicked, this, &AssociationsTab::removeFromCompany);
    connect(m_addPersonButton, &QPushButton::clicked, this, &AssociationsTab::addPerson);
    connect(m_removePersonButton, &QPushButton::clicked, this, &AssociationsTab::removePerson);
    connect(m_personsListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openContactRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_personsListWidget, &QListWidget::currentRowChanged, this, &AssociationsTab::updateState);
    retranslate();
    updateState();
}

void AssociationsTab::setContact(const Contact &contact)
{
    const bool changed = contact.id != m_contact.id || contact.companyId != m_contact.companyId
        || contact.kind != m_contact.kind || contact.companyName != m_contact.companyName;
    m_contact = contact;
    if (changed) {
        retranslate();
        updateState();
        refresh();
    }
}

int AssociationsTab::personCount() const
{
    return m_personsListWidget->count();
}

void AssociationsTab::refresh()
{
    const qint64 companyId = m_contact.isCompany() ? m_contact.id : m_contact.companyId;
    if (companyId == 0) {
        m_persons.clear();
        m_personsListWidget->clear();
        updateState();
        Q_EMIT refreshed();
        return;
    }
    ContactListQuery query;
    query.kind = int(ContactKind::Person);
    query.companyId = companyId;
    query.limit = 500;
    const Session session = m_session;
    m_storage->run<Result<ContactPage>>(
        this,
        [query, session](Database &db) { return ContactService(db, session).list(query); },
        [this, companyId](const Result<ContactPage> &page) {
            if (companyId != (m_contact.isCompany() ? m_contact.id : m_contact.companyId)) {
                return; // the contact moved to another company meanwhile; its own refresh follows
            }
            m_personsListWidget->clear();
            m_persons.clear();
            if (!page) {
                m_messageLabel->setText(page.error().message);
                m_messageLabel->show();
                return;
            }
            for (const auto &row : page->rows) {
                if (row.id == m_contact.id) {
                    continue;
                }
                m_persons.append(row);
                const QString text
                    = row.jobTitle.isEmpty() ? row.displayName : tr("%1 (%2)").arg(row.displayName, row.jobTitle);
                auto *item = new QListWidgetItem(text, m_personsListWidget);
                item->setData(Qt::UserRole, row.id);
                item->setToolTip(QStringList{row.primaryEmail, row.primaryPhone}.join(u"  "_s).trimmed());
            }
            updateState();
            Q_EMIT refreshed();
        });
}

void AssociationsTab::assignCompany()
{
    auto *picker = new ContactPickerDialog(m_storage, m_session, ContactKind::Company, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setExcluded({m_contact.companyId});
    connect(picker, &ContactPickerDialog::chosen, this, [this](qint64 companyId) { link({m_contact.id}, companyId); });
    picker->open();
}

void AssociationsTab::removeFromCompany()
{
    if (m_contact.companyId) {
        link({m_contact.id}, 0);
    }
}

void AssociationsTab::addPerson()
{
    auto *picker = new ContactPickerDialog(m_storage, m_session, ContactKind::Person, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    QSet<qint64> linked;
    for (const auto &person : std::as_const(m_persons)) {
        linked.insert(person.id);
    }
    picker->setExcluded(linked);
    connect(picker, &ContactPickerDialog::chosen, this, [this](qint64 personId) { link({personId}, m_contact.id); });
    picker->open();
}

void AssociationsTab::removePerson()
{
    if (const QListWidgetItem *item = m_personsListWidget->currentItem(); item && m_contact.isCompany()) {
        link({item->data(Qt::UserRole).toLongLong()}, 0);
    }
}

void AssociationsTab::link(const QList<qint64> &personIds, qint64 companyId)
{
    const Session session = m_session;
    m_messageLabel->hide();
    m_storage->run<Result<void>>(
        this,
        [personIds, companyId, session](
            Database &db) { return ContactService(db, session).setCompany(personIds, companyId); },
        [this](const Result<void> &done) {
            if (!done) {
                m_messageLabel->setText(done.error().message);
                m_messageLabel->show();
            }
            // Success shows through changesCommitted: the profile reloads the contact and this tab with it.
        });
}

void AssociationsTab::updateState()
{
    const bool company = m_contact.isCompany();
    const bool linked = m_contact.companyId != 0;
    m_companyGroupBox->setVisible(!company);
    m_companyLabel->setText(linked ? m_contact.companyName : tr("Not assigned to a company."));
    m_companyLabel->setForegroundRole(linked ? QPalette::WindowText : QPalette::PlaceholderText);
    m_openCompanyButton->setVisible(linked);
    m_removeFromCompanyButton->setVisible(linked);
    m_assignCompanyButton->setText(linked ? tr("Change company...") : tr("+ Assign company"));
    m_personsGroupBox->setVisible(company || linked);
    m_addPersonButton->setVisible(company);
    m_removePersonButton->setVisible(company);
    m_removePersonButton->setEnabled(m_personsListWidget->currentItem() != nullptr);
    const bool empty = m_personsListWidget->count() == 0;
    m_personsListWidget->setVisible(!empty);
    m_personsEmptyLabel->setVisible(empty);
}

void AssociationsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QWidget::changeEvent(event);
}

void AssociationsTab::retranslate()
{
    m_companyGroupBox->setTitle(tr("Company"));
    m_openCompanyButton->setText(tr("Open"));
    m_removeFromCompanyButton->setText(tr("Remove from company"));
    m_addPersonButton->setText(tr("+ Add person"));
    m_removePersonButton->setText(tr("Remove from company"));
    if (m_contact.isCompany()) {
        m_personsGroupBox->setTitle(tr("Persons"));
        m_personsEmptyLabel->setText(tr("No persons are assigned to this company yet."));
    } else {
        m_personsGroupBox->setTitle(tr("Other persons at %1").arg(m_contact.companyName));
        m_personsEmptyLabel->setText(tr("Nobody else works here."));
    }
}

} // namespace Kontor
