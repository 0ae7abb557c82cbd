#pragma once

#include "ContactSelection.h"
#include "Session.h"
#include "SmartList.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QMenu;

namespace Ui {
class SmartListsPage;
}

namespace Kontor {

class ContactListModel;
class Settings;
class SmartListTabBar;
class SmartListTableView;
class StorageThread;
struct ChangeSet;

// The "Smart Lists" section: a tab per smart list over one contact table. A tab brings its filter, columns and
// sort; the quick search looks in the fields checked in its menu (remembered in Settings); "More filters"
// opens the FilterBuilderDialog, whose filter replaces the list's until cleared and can be saved as a new list.
// Selecting every loaded row offers to select all contacts of the list (ContactSelection::allInList).
class SmartListsPage : public QWidget
{
    Q_OBJECT

public:
    SmartListsPage(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent = nullptr);
    ~SmartListsPage() override;

    ContactListModel *model() const { return m_model; }
    SmartListTableView *tableView() const;
    SmartListTabBar *tabBar() const;
    QLineEdit *searchLineEdit() const;
    QMenu *searchFieldsMenu() const { return m_searchFieldsMenu; }
    ContactSelection selection() const;
    // The filter applied with "More filters" (shown in the filter bar); empty when the list's own applies.
    QString appliedFilter() const { return m_appliedFilter; }
    qint64 currentContactId() const;
    QString currentContactName() const;

public Q_SLOTS:
    void reloadLists();
    void applyFilter(const QString &filter);
    void clearFilter();
    void openFilterBuilder();
    // Asks for a name and saves the applied filter as a new smart list.
    void saveFilterAsList();
    void selectAllInList();
    void focusSearch();

Q_SIGNALS:
    void openContactRequested(qint64 id);
    void selectionChanged();
    void listsLoaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupSearchFields();
    void showList(const SmartList &list);
    void createList(const QString &name, const QString &filter);
    void onSelectionChanged();
    void updateFilterBar();
    void updateSelectAllBar();
    void updateRowCount();
    void onChangesCommitted(const ChangeSet &changes);
    void retranslateCode();

    std::unique_ptr<Ui::SmartListsPage> ui;
    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    ContactListModel *m_model;
    QMenu *m_searchFieldsMenu;
    QAction *m_searchFieldsAction = nullptr;
    QString m_appliedFilter;
    bool m_allInList = false;
    QTimer m_listsTimer;
};

} // namespace Kontor
