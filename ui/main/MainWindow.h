#pragma once

#include "ContactSelection.h"
#include "Session.h"

#include <QMainWindow>

#include <memory>

class QListWidgetItem;

namespace Ui {
class MainWindow;
}

namespace Kontor {

class BulkActionLauncher;
class BulkActionsMenu;
class CompaniesPage;
class ContactListModel;
class ContactProfileWidget;
class JobsPage;
class MessageBar;
class ReminderTray;
class Settings;
class SmartListsPage;
class StorageThread;
class TasksPage;
class TrashPage;
class TrashPurger;

// The desktop's main window: a navigation of sections on the left - Smart Lists, Companies, Tasks, Restore, Manage
// Smart Lists, Settings and the open profiles - and the section on the right. Profiles open as closable tabs
// (Enter or a double click on a row; Esc or Ctrl+W closes one). New (Ctrl+N), edit (F2) and delete (Del, to
// the trash after a question; more than BulkActionLauncher::TypedConfirmThreshold contacts or all of a list
// after a typed confirmation, as a bulk job) act on the list in front, and the "Bulk actions" menu (menu bar,
// tool bar, context menu of the tables) on its selection. The trash is purged at start and daily (TrashPurger).
// Reminders come through the system tray (ReminderTray), which also keeps Kontor running when the window is
// closed (Settings::closeToTray); File > Quit ends it. Every database access goes through the StorageThread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        SmartLists,
        Companies,
        Tasks,
        Restore,
        BulkActions,
        ManageSmartLists,
        Settings,
        Profiles,
    };

    MainWindow(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ContactListModel *contactsModel() const;
    SmartListsPage *smartListsPage() const { return m_smartListsPage; }
    CompaniesPage *companiesPage() const { return m_companiesPage; }
    TrashPage *trashPage() const { return m_trashPage; }
    JobsPage *jobsPage() const { return m_jobsPage; }
    TasksPage *tasksPage() const { return m_tasksPage; }
    ReminderTray *reminderTray() const { return m_tray; }
    BulkActionsMenu *bulkActionsMenu() const { return m_bulkMenu; }
    BulkActionLauncher *bulkActionLauncher() const { return m_bulkLauncher; }
    Section currentSection() const;
    // What the Smart Lists table has selected: rows, or all contacts of the list (for bulk actions).
    ContactSelection contactSelection() const;
    // The open profile tabs, in tab order.
    QList<ContactProfileWidget *> openProfiles() const;

public Q_SLOTS:
    void newContact();
    void newCompany();
    void editCurrentContact();
    void deleteSelectedContacts();
    void loadSampleData();
    void showSettings();
    void showSection(Kontor::MainWindow::Section section);
    void showContacts() { showSection(Section::SmartLists); }
    void showTrash() { showSection(Section::Restore); }
    void showBulkActions() { showSection(Section::BulkActions); }
    // Opens the import wizard, on `path` when given (a file dropped on the window).
    void importFile(const QString &path = {});
    // Opens the export dialog for the current list or selection.
    void exportContacts();
    // Shows the contact's profile, opening a tab for it unless one is open.
    void openProfile(qint64 contactId);
    // Closes the current profile tab; back to the list when it was the last one.
    void closeCurrentProfile();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupSections();
    void setupActions();
    void closeProfileAt(int index);
    void openEditor(qint64 contactId, bool company);
    void updateActions();
    void updateProfilesItem();
    void updateEmptyState();
    void retranslateCode();
    void recoverInterruptedJobs();
    void setupBulkActions();
    ContactSelection currentSelection() const;
    void setupTray();

    std::unique_ptr<Ui::MainWindow> ui;
    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    SmartListsPage *m_smartListsPage;
    CompaniesPage *m_companiesPage;
    TrashPage *m_trashPage;
    JobsPage *m_jobsPage;
    TasksPage *m_tasksPage;
    MessageBar *m_interruptedJobsBar; // offers the Bulk Actions section after a crash or quit mid-job
    MessageBar *m_bulkResultBar; // the summary of the last bulk job, with a link to it in the log
    BulkActionsMenu *m_bulkMenu;
    BulkActionLauncher *m_bulkLauncher;
    TrashPurger *m_purger;
    ReminderTray *m_tray;
    QListWidgetItem *m_profilesItem = nullptr;
    Section m_listSection = Section::SmartLists; // where Esc on the last profile returns to
};

} // namespace Kontor
