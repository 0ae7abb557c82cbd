#pragma once

#include "Session.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace Kontor {

class ContactListModel;
class Settings;
class StorageThread;
class TrashPage;

// The desktop's main window: the contact table over a lazy model with quick search and a row count, an empty
// state for a new database, the Restore view of the trash, and the actions new / edit / delete / settings.
// Every database access goes through the StorageThread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ContactListModel *contactsModel() const { return m_model; }
    TrashPage *trashPage() const { return m_trashPage; }

public Q_SLOTS:
    void newContact();
    void editCurrentContact();
    void deleteSelectedContacts();
    void loadSampleData();
    void showSettings();
    void showContacts();
    void showTrash();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupToolBar();
    void setupTable();
    void openEditor(qint64 contactId);
    QList<qint64> selectedIds() const;
    void updateActions();
    void updateRowCount();
    void updateEmptyState();
    void retranslateCode();

    std::unique_ptr<Ui::MainWindow> ui;
    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    ContactListModel *m_model;
    TrashPage *m_trashPage;
    QLineEdit *m_searchLineEdit;
    QLabel *m_rowCountLabel;
};

} // namespace Kontor
