#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "JobService.h"
#include "SampleDataLoader.h"
#include "SmartListsPage.h"
#include "StorageThread.h"
#include "TrashPurger.h"
#include "TrashRequest.h"
#include "bulk/BulkActionLauncher.h"
#include "bulk/BulkActionRunner.h"
#include "bulk/BulkActionsMenu.h"
#include "common/MessageBar.h"
#include "companies/CompaniesPage.h"
#include "contacts/ContactEditDialog.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactService.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportWizard.h"
#include "jobs/JobsPage.h"
#include "lists/ManageSmartListsPage.h"
#include "lists/SmartListTableView.h"
#include "profile/ContactProfileWidget.h"
#include "reminders/ReminderTray.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/SettingsPage.h"
#include "tasks/TasksPage.h"
#include "trash/TrashPage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SampleContacts = 500;
constexpr int SectionRole = Qt::UserRole + 1;
constexpr char ContactIdProperty[] = "kontorContactId";

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
    , m_smartListsPage(new SmartListsPage(storage, session, settings))
    , m_companiesPage(new CompaniesPage(storage, session, settings))
    , m_trashPage(new TrashPage(storage, session))
    , m_jobsPage(new JobsPage(storage, session))
    , m_tasksPage(new TasksPage(storage, session))
    , m_interruptedJobsBar(new MessageBar)
    , m_bulkResultBar(new MessageBar)
    , m_bulkMenu(new BulkActionsMenu(this))
    , m_bulkLauncher(new BulkActionLauncher(storage, session, this))
    , m_purger(new TrashPurger(storage, session, settings, this))
    , m_tray(new ReminderTray(storage, session, settings, this))
{
    ui->setupUi(this);
    ui->contactsListLayout->addWidget(m_smartListsPage);
    ui->companiesLayout->addWidget(m_companiesPage);
    ui->trashLayout->addWidget(m_trashPage);
    ui->bulkActionsLayout->addWidget(m_jobsPage);
    ui->tasksLayout->addWidget(m_tasksPage);
    m_tasksPage->setObjectName(u"tasksPage"_s);
    m_jobsPage->setObjectName(u"jobsPage"_s);
    m_interruptedJobsBar->setObjectName(u"interruptedJobsBar"_s);
    m_interruptedJobsBar->setTextFormat(Qt::RichText);
    m_interruptedJobsBar->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    ui->centralLayout->insertWidget(1, m_interruptedJobsBar);
    connect(m_interruptedJobsBar, &QLabel::linkActivated, this, [this] {
        m_interruptedJobsBar->clearMessage();
        showBulkActions();
    });
    setAcceptDrops(true);
    ui->manageListsLayout->addWidget(new ManageSmartListsPage(storage, session));
    ui->settingsLayout->addWidget(new SettingsPage(storage, session, settings));
    m_smartListsPage->setObjectName(u"smartListsPage"_s);
    m_companiesPage->setObjectName(u"companiesPage"_s);
    m_trashPage->setObjectName(u"trashPage"_s);
    setupSections();
    setupActions();
    setupBulkActions();
    setupTray();

    QFont title = ui->emptyTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    ui->emptyTitleLabel->setFont(title);
    ui->newContactButton->setDefault(true);

    ContactListModel *model = m_smartListsPage->model();
    connect(model, &ContactListModel::totalCountChanged, this, &MainWindow::updateEmptyState);
    connect(m_smartListsPage, &SmartListsPage::openContactRequested, this, &MainWindow::openProfile);
    connect(m_smartListsPage, &SmartListsPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_smartListsPage, &SmartListsPage::failed, this, [this](const QString &message) {
        ui->messageBar->showMessage(message);
    });
    connect(m_companiesPage, &CompaniesPage::openCompanyRequested, this, &MainWindow::openProfile);
    connect(m_tasksPage, &TasksPage::openContactRequested, this, &MainWindow::openProfile);
    connect(m_companiesPage, &CompaniesPage::selectionChanged, this, &MainWindow::updateActions);
    connect(m_companiesPage, &CompaniesPage::failed, this, [this](const QString &message) {
        ui->messageBar->showMessage(message);
    });
    connect(m_trashPage, &TrashPage::restored, this, [this](int count) {
        statusBar()->showMessage(tr("%n contact(s) restored.", nullptr, count), 5000);
    });

    retranslateCode();
    updateActions();
    recoverInterruptedJobs();
    m_purger->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupSections()
{
    const std::pair<Section, QString> sections[] = {{Section::SmartLists, u"view-list-details"_s},
        {Section::Companies, u"kontor-company"_s},
        {Section::Tasks, u"view-task"_s},
        {Section::Restore, u"edit-undo"_s},
        {Section::BulkActions, u"view-list-details"_s},
        {Section::ManageSmartLists, u"view-filter"_s},
        {Section::Settings, u"configure"_s},
        {Section::Profiles, u"user-identity"_s}};
    for (const auto &[section, icon] : sections) {
        auto *item = new QListWidgetItem(themedIcon(icon), QString(), ui->sectionListWidget);
        item->setData(SectionRole, int(section));
        if (section == Section::Profiles) {
            m_profilesItem = item;
        }
    }
    ui->sectionListWidget->setIconSize(QSize(22, 22));
    ui->sectionListWidget->setSpacing(2);
    ui->sectionListWidget->setCurrentRow(0);
    m_profilesItem->setHidden(true);
    connect(ui->sectionListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            ui->sectionStackedWidget->setCurrentIndex(row);
            const auto section = Section(ui->sectionListWidget->item(row)->data(SectionRole).toInt());
            if (section == Section::SmartLists || section == Section::Companies) {
                m_listSection = section;
            }
            updateActions();
        }
    });

    ui->profileTabWidget->setObjectName(u"profileTabWidget"_s);
    connect(ui->profileTabWidget, &QTabWidget::tabCloseRequested, this, &MainWindow::closeProfileAt);
    // Esc leaves a profile only where it has nothing else to do: not inside its dialogs or menus.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), ui->profilesSection);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &MainWindow::closeCurrentProfile);
}

void MainWindow::setupActions()
{
    ui->newContactAction->setIcon(themedIcon(u"contact-new"_s));
    ui->editContactAction->setIcon(themedIcon(u"document-edit"_s));
    ui->deleteContactAction->setIcon(themedIcon(u"edit-delete"_s));
    ui->settingsAction->setIcon(themedIcon(u"configure"_s));
    ui->showTrashAction->setIcon(themedIcon(u"edit-undo"_s));
    ui->editContactAction->setShortcuts({QKeySequence(Qt::Key_F2)});
    ui->mainToolBar->addSeparator();
    ui->mainToolBar->addAction(ui->importAction);
    ui->mainToolBar->addAction(ui->exportAction);
    ui->mainToolBar->addSeparator();
    ui->mainToolBar->addAction(ui->settingsAction);

    connect(ui->newContactAction, &QAction::triggered, this, &MainWindow::newContact);
    connect(ui->newCompanyAction, &QAction::triggered, this, &MainWindow::newCompany);
    connect(ui->newContactButton, &QPushButton::clicked, this, &MainWindow::newContact);
    connect(ui->editContactAction, &QAction::triggered, this, &MainWindow::editCurrentContact);
    connect(ui->deleteContactAction, &QAction::triggered, this, &MainWindow::deleteSelectedContacts);
    connect(ui->loadSampleDataAction, &QAction::triggered, this, &MainWindow::loadSampleData);
    connect(ui->loadSampleDataButton, &QPushButton::clicked, this, &MainWindow::loadSampleData);
    connect(ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui->importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(ui->exportAction, &QAction::triggered, this, &MainWindow::exportContacts);
    connect(ui->closeProfileAction, &QAction::triggered, this, [this] {
        if (currentSection() == Section::Profiles) {
            closeCurrentProfile();
        }
    });
    const std::pair<QAction *, Section> showActions[] = {{ui->showContactsAction, Section::SmartLists},
        {ui->showCompaniesAction, Section::Companies},
        {ui->showTasksAction, Section::Tasks},
        {ui->showTrashAction, Section::Restore},
        {ui->showBulkActionsAction, Section::BulkActions},
        {ui->showManageListsAction, Section::ManageSmartLists},
        {ui->showSettingsPageAction, Section::Settings}};
    for (const auto &[action, section] : showActions) {
        connect(action, &QAction::triggered, this, [this, section = section] { showSection(section); });
    }
    connect(ui->findAction, &QAction::triggered, this, [this] {
        if (currentSection() == Section::Companies) {
            m_companiesPage->focusSearch();
            return;
        }
        showSection(Section::SmartLists);
        m_smartListsPage->focusSearch();
    });
}

ContactListModel *MainWindow::contactsModel() const
{
    return m_smartListsPage->model();
}

MainWindow::Section MainWindow::currentSection() const
{
    const QListWidgetItem *item = ui->sectionListWidget->currentItem();
    return item ? Section(item->data(SectionRole).toInt()) : Section::SmartLists;
}

ContactSelection MainWindow::contactSelection() const
{
    return m_smartListsPage->selection();
}

QList<ContactProfileWidget *> MainWindow::openProfiles() const
{
    QList<ContactProfileWidget *> profiles;
    for (int i = 0; i < ui->profileTabWidget->count(); ++i) {
        profiles.append(qobject_cast<ContactProfileWidget *>(ui->profileTabWidget->widget(i)));
    }
    return profiles;
}

void MainWindow::showSection(Section section)
{
    for (int row = 0; row < ui->sectionListWidget->count(); ++row) {
        if (ui->sectionListWidget->item(row)->data(SectionRole).toInt() == int(section)) {
            ui->sectionListWidget->setCurrentRow(row);
        }
    }
}

void MainWindow::newContact()
{
    if (currentSection() == Section::Companies) {
        newCompany();
        return;
    }
    showSection(Section::SmartLists);
    openEditor(0, false);
}

void MainWindow::newCompany()
{
    showSection(Section::Companies);
    m_companiesPage->newCompany();
}

void MainWindow::editCurrentContact()
{
    if (currentSection() == Section::Companies) {
        m_companiesPage->editCurrent();
    } else if (const qint64 id = m_smartListsPage->currentContactId(); id && currentSection() == Section::SmartLists) {
        openEditor(id, false);
    }
}

void MainWindow::openEditor(qint64 contactId, bool company)
{
    auto *dialog = new ContactEditDialog(m_storage, m_session, m_settings->defaultPhoneRegion(), contactId, this);
    if (company) {
        dialog->setNewContactKind(ContactKind::Company);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactEditDialog::saved, this, [this, contactId](qint64) {
        statusBar()->showMessage(contactId ? tr("Contact saved.") : tr("Contact created."), 5000);
    });
    dialog->open();
}

void MainWindow::deleteSelectedContacts()
{
    if (currentSection() != Section::SmartLists && currentSection() != Section::Companies) {
        return;
    }
    // Many contacts go as one bulk job (undoable, with progress) after the typed confirmation.
    if (const ContactSelection selection = currentSelection(); BulkActionLauncher::needsTypedConfirmation(selection)) {
        m_bulkLauncher->confirmDelete(selection);
        return;
    }
    if (currentSection() == Section::Companies) {
        m_companiesPage->deleteSelected();
        return;
    }
    TrashRequest::confirm(this,
        m_storage,
        m_session,
        m_smartListsPage->selection(),
        m_smartListsPage->currentContactName(),
        [this](int count, const QString &error) {
            if (!error.isEmpty()) {
                ui->messageBar->showMessage(error);
                return;
            }
            ui->messageBar->clearMessage();
            statusBar()->showMessage(tr("%n contact(s) moved to the trash.", nullptr, count), 5000);
        });
}

void MainWindow::openProfile(qint64 contactId)
{
    if (contactId <= 0) {
        return;
    }
    for (int i = 0; i < ui->profileTabWidget->count(); ++i) {
        if (ui->profileTabWidget->widget(i)->property(ContactIdProperty).toLongLong() == contactId) {
            ui->profileTabWidget->setCurrentIndex(i);
            showSection(Section::Profiles);
            return;
        }
    }
    auto *profile = new ContactProfileWidget(m_storage, m_session, m_settings, contactId, ui->profileTabWidget);
    profile->setProperty(ContactIdProperty, contactId);
    const int index = ui->profileTabWidget->addTab(profile, profile->title());
    connect(profile, &ContactProfileWidget::titleChanged, this, [this, profile](const QString &title) {
        ui->profileTabWidget->setTabText(ui->profileTabWidget->indexOf(profile), title);
    });
    connect(profile, &ContactProfileWidget::closeRequested, this, [this, profile] {
        closeProfileAt(ui->profileTabWidget->indexOf(profile));
    });
    connect(profile, &ContactProfileWidget::openContactRequested, this, &MainWindow::openProfile);
    ui->profileTabWidget->setCurrentIndex(index);
    updateProfilesItem();
    showSection(Section::Profiles);
    profile->setFocus();
}

void MainWindow::closeCurrentProfile()
{
    closeProfileAt(ui->profileTabWidget->currentIndex());
}

void MainWindow::closeProfileAt(int index)
{
    QWidget *profile = ui->profileTabWidget->widget(index);
    if (!profile) {
        return;
    }
    ui->profileTabWidget->removeTab(index);
    profile->deleteLater();
    updateProfilesItem();
    if (ui->profileTabWidget->count() == 0 && currentSection() == Section::Profiles) {
        showSection(m_listSection);
        if (m_listSection == Section::SmartLists) {
            m_smartListsPage->tableView()->setFocus();
        }
    }
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

void MainWindow::importFile(const QString &path)
{
    auto *wizard = new ImportWizard(m_storage, m_session, m_settings->defaultPhoneRegion(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: a long import runs in the background while the lists stay usable.
    wizard->setWindowModality(Qt::NonModal);
    connect(wizard, &ImportWizard::importFinished, this, [this](const ImportReport &report) {
        if (report.jobId > 0) {
            statusBar()->showMessage(tr("Import done: %n contact(s) created", nullptr, int(report.created)) + u", "_s
                    + tr("%n updated.", nullptr, int(report.updated)),
                10000);
        }
    });
    if (!path.isEmpty()) {
        wizard->setFile(path);
    }
    wizard->show();
}

void MainWindow::exportContacts()
{
    ContactSelection selection = m_smartListsPage->selection();
    if (currentSection() == Section::Companies) {
        selection = m_companiesPage->selection();
    }
    auto *dialog = new ExportDialog(m_storage, m_session, selection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](qint64 count, const QString &) {
        statusBar()->showMessage(tr("%n contact(s) exported.", nullptr, int(count)), 10000);
    });
    dialog->open();
}

ContactSelection MainWindow::currentSelection() const
{
    return currentSection() == Section::Companies ? m_companiesPage->selection() : m_smartListsPage->selection();
}

void MainWindow::setupBulkActions()
{
    m_bulkLauncher->setDefaultRegion(m_settings->defaultPhoneRegion());
    menuBar()->insertMenu(ui->viewMenu->menuAction(), m_bulkMenu);
    // In the tool bar beside "Delete", before the separator setupActions() put after it.
    const QList<QAction *> toolActions = ui->mainToolBar->actions();
    const qsizetype deleteAt = toolActions.indexOf(ui->deleteContactAction);
    ui->mainToolBar->insertAction(toolActions.value(deleteAt + 1), m_bulkMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(ui->mainToolBar->widgetForAction(m_bulkMenu->menuAction()))) {
        button->setObjectName(u"bulkActionsToolButton"_s);
        button->setPopupMode(QToolButton::InstantPopup);
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    const QList<QAction *> contextActions{
        ui->editContactAction, ui->deleteContactAction, separator, m_bulkMenu->menuAction()};
    m_smartListsPage->tableView()->addActions(contextActions);
    m_companiesPage->tableView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_companiesPage->tableView()->addActions(contextActions);

    connect(m_bulkMenu, &BulkActionsMenu::actionTriggered, this, [this](BulkActionKind kind) {
        if (kind == BulkActionKind::Delete) {
            deleteSelectedContacts(); // a few contacts get the plain question, many the typed confirmation
        } else {
            m_bulkLauncher->request(kind, currentSelection());
        }
    });
    connect(m_bulkMenu, &BulkActionsMenu::exportTriggered, this, &MainWindow::exportContacts);
    connect(m_bulkLauncher, &BulkActionLauncher::busy, this, [this](const QString &message) {
        ui->messageBar->showMessage(message, MessageBar::Kind::Warning);
    });

    m_bulkResultBar->setObjectName(u"bulkResultBar"_s);
    m_bulkResultBar->setTextFormat(Qt::RichText);
    m_bulkResultBar->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    ui->centralLayout->insertWidget(1, m_bulkResultBar);
    BulkActionRunner *runner = m_bulkLauncher->runner();
    connect(runner, &BulkActionRunner::started, m_bulkResultBar, &MessageBar::clearMessage);
    connect(runner,
        &BulkActionRunner::finished,
        this,
        [this](qint64 jobId, BulkActionRunner::Outcome outcome, const QString &summary) {
            QString text = summary.toHtmlEscaped();
            if (jobId > 0) {
                text += u" <a href=\"#job-%1\">"_s.arg(jobId) + tr("Show in Bulk Actions") + u"</a>"_s;
            }
            const MessageBar::Kind kind = outcome == BulkActionRunner::Outcome::Done ? MessageBar::Kind::Information
                : outcome == BulkActionRunner::Outcome::Cancelled                    ? MessageBar::Kind::Warning
                                                                                     : MessageBar::Kind::Error;
            m_bulkResultBar->showMessage(text, kind);
            if (jobId > 0) {
                m_jobsPage->selectJob(jobId);
            }
        });
    connect(m_bulkResultBar, &QLabel::linkActivated, this, [this](const QString &link) {
        m_bulkResultBar->clearMessage();
        showBulkActions();
        m_jobsPage->selectJob(QString(link).remove(u"#job-"_s).toLongLong());
    });
}

void MainWindow::setupTray()
{
    // File > Quit ends Kontor also where closing the window only hides it in the tray.
    connect(ui->quitAction, &QAction::triggered, m_tray, &ReminderTray::quit);
    connect(m_tray, &ReminderTray::openContactRequested, this, &MainWindow::openProfile);
    connect(m_tray, &ReminderTray::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 60000);
    });
    m_tray->start();
}

void MainWindow::recoverInterruptedJobs()
{
    const Session session = m_session;
    m_storage->run<Result<int>>(
        this,
        [session](Database &db) { return JobService(db, session).recoverInterrupted(); },
        [this](const Result<int> &interrupted) {
            if (!interrupted) {
                ui->messageBar->showMessage(interrupted.error().message);
                return;
            }
            if (*interrupted > 0) {
                m_interruptedJobsBar->showMessage(
                    tr("%n job(s) were interrupted when Kontor last stopped.", nullptr, *interrupted)
                        + u" <a href=\"#jobs\">"_s + tr("Open Bulk Actions to resume or undo them.") + u"</a>"_s,
                    MessageBar::Kind::Warning);
            }
        });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->hasUrls() ? event->mimeData()->urls() : QList<QUrl>();
    if (urls.size() == 1 && urls.first().isLocalFile() && ImportWizard::isImportableFile(urls.first().toLocalFile())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->hasUrls() ? event->mimeData()->urls() : QList<QUrl>();
    if (urls.size() == 1 && urls.first().isLocalFile() && ImportWizard::isImportableFile(urls.first().toLocalFile())) {
        event->acceptProposedAction();
        importFile(urls.first().toLocalFile());
    }
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const Section section = currentSection();
    bool hasSelection = false;
    if (section == Section::SmartLists) {
        hasSelection = !m_smartListsPage->selection().ids.isEmpty();
    } else if (section == Section::Companies) {
        hasSelection = !m_companiesPage->selection().ids.isEmpty();
    }
    ui->editContactAction->setEnabled(hasSelection);
    ui->deleteContactAction->setEnabled(hasSelection);
    m_bulkMenu->setSelectionAvailable(hasSelection);
}

void MainWindow::updateProfilesItem()
{
    const int count = ui->profileTabWidget->count();
    m_profilesItem->setHidden(count == 0);
    m_profilesItem->setText(tr("Open profiles (%1)").arg(count));
}

void MainWindow::updateEmptyState()
{
    // Only an empty database is "empty": a search or filter without hits keeps the table and its search box.
    const ContactListModel *model = m_smartListsPage->model();
    const bool empty = model->totalCount() == 0 && model->searchText().isEmpty() && model->filter().isEmpty();
    ui->contactsStackedWidget->setCurrentWidget(empty ? ui->emptyStatePage : ui->contactsListPage);
}

void MainWindow::retranslateCode()
{
    const QString names[] = {tr("Smart Lists"),
        tr("Companies"),
        tr("Tasks"),
        tr("Restore"),
        tr("Bulk Actions"),
        tr("Manage Smart Lists"),
        tr("Settings")};
    for (int row = 0; row < ui->sectionListWidget->count(); ++row) {
        const int section = ui->sectionListWidget->item(row)->data(SectionRole).toInt();
        if (section < int(std::size(names))) {
            ui->sectionListWidget->item(row)->setText(names[section]);
        }
    }
    updateProfilesItem();
    ui->newContactAction->setToolTip(
        tr("Create a new contact (%1)").arg(ui->newContactAction->shortcut().toString(QKeySequence::NativeText)));
    ui->deleteContactAction->setToolTip(tr("Move the selected contacts to the trash (Del)"));
}

} // namespace Kontor
