#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "SampleDataLoader.h"
#include "StorageThread.h"
#include "contacts/ContactEditDialog.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactService.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "trash/TrashPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SampleContacts = 500;

// The desktop's icon theme where there is one, Kontor's own icons elsewhere.
QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(u":/icons/"_s + name + u".svg"_s));
}
} // namespace

MainWindow::MainWindow(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_model(new ContactListModel(storage, session, ContactScope::Alive, this))
    , m_trashPage(new TrashPage(storage, session))
    , m_searchLineEdit(new QLineEdit)
    , m_rowCountLabel(new QLabel)
{
    ui->setupUi(this);
    ui->trashTabLayout->addWidget(m_trashPage);
    m_trashPage->setObjectName(u"trashPage"_s);
    setupToolBar();
    setupTable();

    QFont title = ui->emptyTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    ui->emptyTitleLabel->setFont(title);
    ui->newContactButton->setDefault(true);

    connect(ui->newContactAction, &QAction::triggered, this, &MainWindow::newContact);
    connect(ui->newContactButton, &QPushButton::clicked, this, &MainWindow::newContact);
    connect(ui->editContactAction, &QAction::triggered, this, &MainWindow::editCurrentContact);
    connect(ui->deleteContactAction, &QAction::triggered, this, &MainWindow::deleteSelectedContacts);
    connect(ui->loadSampleDataAction, &QAction::triggered, this, &MainWindow::loadSampleData);
    connect(ui->loadSampleDataButton, &QPushButton::clicked, this, &MainWindow::loadSampleData);
    connect(ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui->showContactsAction, &QAction::triggered, this, &MainWindow::showContacts);
    connect(ui->showTrashAction, &QAction::triggered, this, &MainWindow::showTrash);
    connect(ui->findAction, &QAction::triggered, this, [this] {
        showContacts();
        m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchLineEdit->selectAll();
    });
    connect(ui->mainTabWidget, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    connect(m_searchLineEdit, &QLineEdit::textChanged, m_model, &ContactListModel::setSearchText);
    connect(m_model, &ContactListModel::totalCountChanged, this, [this] {
        updateRowCount();
        updateEmptyState();
    });
    connect(m_model, &ContactListModel::loadFailed, this, [this](const QString &message) {
        ui->messageBar->showMessage(tr("The contacts could not be loaded: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_trashPage, &TrashPage::restored, this, [this](int count) {
        statusBar()->showMessage(tr("%n contact(s) restored.", nullptr, count), 5000);
    });

    m_rowCountLabel->setObjectName(u"rowCountLabel"_s);
    statusBar()->addPermanentWidget(m_rowCountLabel);
    retranslateCode();
    updateRowCount();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupToolBar()
{
    ui->newContactAction->setIcon(themedIcon(u"contact-new"_s));
    ui->editContactAction->setIcon(themedIcon(u"document-edit"_s));
    ui->deleteContactAction->setIcon(themedIcon(u"edit-delete"_s));
    ui->settingsAction->setIcon(themedIcon(u"configure"_s));
    ui->showTrashAction->setIcon(themedIcon(u"edit-undo"_s));
    ui->editContactAction->setShortcuts({QKeySequence(Qt::Key_F2)});

    auto *spacer = new QWidget(ui->mainToolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    ui->mainToolBar->addWidget(spacer);
    m_searchLineEdit->setObjectName(u"searchLineEdit"_s);
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setMinimumWidth(300);
    m_searchLineEdit->addAction(themedIcon(u"edit-find"_s), QLineEdit::LeadingPosition);
    ui->mainToolBar->addWidget(m_searchLineEdit);
    ui->mainToolBar->addSeparator();
    ui->mainToolBar->addAction(ui->settingsAction);
}

void MainWindow::setupTable()
{
    QTableView *view = ui->contactsTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {{ContactListModel::NameColumn, 220},
        {ContactListModel::CompanyColumn, 210},
        {ContactListModel::EmailColumn, 250},
        {ContactListModel::PhoneColumn, 150},
        {ContactListModel::CityColumn, 130},
        {ContactListModel::TagsColumn, 160}};
    for (const auto &[column, width] : widths) {
        header->resizeSection(column, width);
    }
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions({ui->editContactAction, ui->deleteContactAction});
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        openEditor(m_model->idAt(index.row()));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::newContact()
{
    showContacts();
    openEditor(0);
}

void MainWindow::editCurrentContact()
{
    const QModelIndex current = ui->contactsTableView->currentIndex();
    if (current.isValid()) {
        openEditor(m_model->idAt(current.row()));
    }
}

void MainWindow::openEditor(qint64 contactId)
{
    auto *dialog = new ContactEditDialog(m_storage, m_session, m_settings->defaultPhoneRegion(), contactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactEditDialog::saved, this, [this, contactId](qint64) {
        statusBar()->showMessage(contactId ? tr("Contact saved.") : tr("Contact created."), 5000);
    });
    dialog->open();
}

void MainWindow::deleteSelectedContacts()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || ui->mainTabWidget->currentWidget() != ui->contactsTab) {
        return;
    }
    const QString name = m_model->summaryAt(ui->contactsTableView->currentIndex().row()).displayName;
    auto *box = new QMessageBox(QMessageBox::Question,
        tr("Delete contacts"),
        ids.size() == 1 ? tr("Move \"%1\" to the trash?").arg(name)
                        : tr("Move %n contact(s) to the trash?", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setObjectName(u"deleteConfirmationMessageBox"_s);
    box->setInformativeText(tr("Contacts stay in the trash for %n day(s) and can be restored until then.",
        nullptr,
        ContactService::TrashRetentionDays));
    box->button(QMessageBox::Yes)->setText(tr("Move to trash"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, ids] {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            return;
        }
        const Session session = m_session;
        m_storage->run<Result<void>>(
            this,
            [ids, session](Database &db) { return ContactService(db, session).moveToTrash(ids); },
            [this, count = int(ids.size())](const Result<void> &done) {
                if (!done) {
                    ui->messageBar->showMessage(done.error().message);
                    return;
                }
                ui->messageBar->clearMessage();
                statusBar()->showMessage(tr("%n contact(s) moved to the trash.", nullptr, count), 5000);
            });
    });
    box->open();
}

void MainWindow::loadSampleData()
{
    showContacts();
    auto *loader = new SampleDataLoader(m_storage, m_session, m_settings->defaultPhoneRegion(), this);
    connect(loader, &SampleDataLoader::finished, this, [this](int written, const QString &error) {
        if (!error.isEmpty()) {
            ui->messageBar->showMessage(tr("Sample data could not be loaded: %1").arg(error));
            return;
        }
        statusBar()->showMessage(tr("%n sample contact(s) created.", nullptr, written), 5000);
    });
    loader->start(SampleContacts);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showContacts()
{
    ui->mainTabWidget->setCurrentWidget(ui->contactsTab);
}

void MainWindow::showTrash()
{
    ui->mainTabWidget->setCurrentWidget(ui->trashTab);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
        updateRowCount();
        m_model->retranslate();
    }
    QMainWindow::changeEvent(event);
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = ui->contactsTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        ids.append(m_model->idAt(index.row()));
    }
    if (ids.isEmpty() && ui->contactsTableView->currentIndex().isValid()) {
        ids.append(m_model->idAt(ui->contactsTableView->currentIndex().row()));
    }
    return ids;
}

void MainWindow::updateActions()
{
    const bool onContacts = ui->mainTabWidget->currentWidget() == ui->contactsTab;
    const bool hasSelection = ui->contactsTableView->selectionModel()->hasSelection();
    ui->editContactAction->setEnabled(onContacts && hasSelection);
    ui->deleteContactAction->setEnabled(onContacts && hasSelection);
    m_searchLineEdit->setEnabled(onContacts);
}

void MainWindow::updateRowCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_rowCountLabel->setText(tr("Loading..."));
    } else if (m_model->searchText().isEmpty()) {
        m_rowCountLabel->setText(tr("%Ln contact(s)", nullptr, int(total)));
    } else if (m_model->order() == ContactOrder::NewestFirst) {
        //: Shown when a quick search has so many hits that they are listed newest first instead of by name
        m_rowCountLabel->setText(
            tr("%Ln contact(s) found, newest first; type more to sort by name", nullptr, int(total)));
    } else {
        m_rowCountLabel->setText(tr("%Ln contact(s) found", nullptr, int(total)));
    }
}

void MainWindow::updateEmptyState()
{
    // Only an empty database is "empty"; a search without hits keeps the table and its search box.
    const bool empty = m_model->totalCount() == 0 && m_model->searchText().isEmpty();
    ui->contactsStackedWidget->setCurrentWidget(empty ? ui->emptyStatePage : ui->contactsListPage);
}

void MainWindow::retranslateCode()
{
    m_searchLineEdit->setPlaceholderText(tr("Search contacts (Ctrl+F)"));
    ui->newContactAction->setToolTip(
        tr("Create a new contact (%1)").arg(ui->newContactAction->shortcut().toString(QKeySequence::NativeText)));
    ui->deleteContactAction->setToolTip(tr("Move the selected contacts to the trash (Del)"));
}

} // namespace Kontor
