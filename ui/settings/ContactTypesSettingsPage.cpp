#include "ContactTypesSettingsPage.h"

#include "ui_ContactTypesSettingsPage.h"

#include "ContactTypeService.h"
#include "StorageThread.h"

#include <QEvent>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"contact_type"_s;
constexpr int StoredNameRole = Qt::UserRole;
} // namespace

ContactTypesSettingsPage::ContactTypesSettingsPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ContactTypesSettingsPage>())
    , m_storage(storage)
    , m_session(session)
{
    ui->setupUi(this);
    connect(ui->addContactTypeButton, &QPushButton::clicked, this, &ContactTypesSettingsPage::addType);
    connect(ui->newContactTypeLineEdit, &QLineEdit::returnPressed, this, &ContactTypesSettingsPage::addType);
    connect(ui->newContactTypeLineEdit, &QLineEdit::textChanged, this, &ContactTypesSettingsPage::updateActions);
    connect(ui->renameContactTypeButton, &QPushButton::clicked, this, &ContactTypesSettingsPage::renameType);
    connect(ui->removeContactTypeButton, &QPushButton::clicked, this, &ContactTypesSettingsPage::removeType);
    connect(ui->moveContactTypeUpButton, &QPushButton::clicked, this, &ContactTypesSettingsPage::moveTypeUp);
    connect(ui->moveContactTypeDownButton, &QPushButton::clicked, this, &ContactTypesSettingsPage::moveTypeDown);
    connect(ui->contactTypesListWidget, &QListWidget::itemChanged, this, &ContactTypesSettingsPage::onItemChanged);
    connect(
        ui->contactTypesListWidget, &QListWidget::currentRowChanged, this, &ContactTypesSettingsPage::updateActions);
    connect(m_storage, &StorageThread::changesCommitted, this, &ContactTypesSettingsPage::onChangesCommitted);
    updateActions();
    reload();
}

ContactTypesSettingsPage::~ContactTypesSettingsPage() = default;

void ContactTypesSettingsPage::reload()
{
    ++m_loading;
    const quint64 generation = ++m_generation;
    const Session session = m_session;
    m_storage->run<Result<QStringList>>(
        this,
        [session](Database &db) { return ContactTypeService(db, session).list(); },
        [this, generation](const Result<QStringList> &types) {
            --m_loading;
            if (generation != m_generation) {
                return;
            }
            if (!types) {
                ui->messageBar->showMessage(types.error().message);
                return;
            }
            m_types = *types;
            rebuildList();
            Q_EMIT reloaded();
        });
}

void ContactTypesSettingsPage::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.otherEntities.contains(kEntity)) {
        reload();
    }
}

void ContactTypesSettingsPage::rebuildList()
{
    QListWidget *list = ui->contactTypesListWidget;
    QString select = m_select;
    if (select.isEmpty() && list->currentItem()) {
        select = list->currentItem()->data(StoredNameRole).toString();
    }
    const QSignalBlocker blocker(list);
    list->clear();
    for (const QString &type : std::as_const(m_types)) {
        auto *item = new QListWidgetItem(ContactTypeService::displayName(type), list);
        item->setData(StoredNameRole, type);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (type == select) {
            list->setCurrentItem(item);
        }
    }
    m_select.clear();
    updateActions();
}

void ContactTypesSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        rebuildList();
    }
    QWidget::changeEvent(event);
}

void ContactTypesSettingsPage::updateActions()
{
    const int row = ui->contactTypesListWidget->currentRow();
    const int count = ui->contactTypesListWidget->count();
    ui->addContactTypeButton->setEnabled(!ui->newContactTypeLineEdit->text().trimmed().isEmpty());
    ui->renameContactTypeButton->setEnabled(row >= 0);
    ui->removeContactTypeButton->setEnabled(row >= 0);
    ui->moveContactTypeUpButton->setEnabled(row > 0);
    ui->moveContactTypeDownButton->setEnabled(row >= 0 && row < count - 1);
}

void ContactTypesSettingsPage::write(std::function<Result<void>(ContactTypeService &)> change, const QString &select)
{
    const Session session = m_session;
    m_storage->run<Result<void>>(
        this,
        [session, change](Database &db) {
            ContactTypeService service(db, session);
            return change(service);
        },
        [this, select](const Result<void> &result) {
            if (result) {
                ui->messageBar->clearMessage();
                m_select = select;
            } else {
                ui->messageBar->showMessage(result.error().message);
            }
            // Also after a refusal: an edited name that was not stored must not stay in the list.
            reload();
        });
}

void ContactTypesSettingsPage::addType()
{
    const QString name = ui->newContactTypeLineEdit->text().simplified();
    if (name.isEmpty()) {
        return;
    }
    ui->newContactTypeLineEdit->clear();
    write([name](ContactTypeService &service) { return service.add(name); }, name);
}

void ContactTypesSettingsPage::renameType()
{
    if (QListWidgetItem *item = ui->contactTypesListWidget->currentItem()) {
        ui->contactTypesListWidget->editItem(item);
    }
}

void ContactTypesSettingsPage::onItemChanged(QListWidgetItem *item)
{
    const QString from = item->data(StoredNameRole).toString();
    const QString to = item->text().simplified();
    if (to == ContactTypeService::displayName(from)) {
        return;
    }
    write([from, to](ContactTypeService &service) { return service.rename(from, to); }, to);
}

void ContactTypesSettingsPage::removeType()
{
    const QListWidgetItem *item = ui->contactTypesListWidget->currentItem();
    if (!item) {
        return;
    }
    const QString name = item->data(StoredNameRole).toString();
    write([name](ContactTypeService &service) { return service.remove(name); }, QString());
}

void ContactTypesSettingsPage::moveTypeBy(int delta)
{
    const int row = ui->contactTypesListWidget->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_types.size()) {
        return;
    }
    QStringList order = m_types;
    order.move(row, target);
    const QString moved = order.at(target);
    write([order](ContactTypeService &service) { return service.reorder(order); }, moved);
}

} // namespace Kontor
