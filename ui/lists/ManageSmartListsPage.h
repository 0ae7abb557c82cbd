#pragma once

#include "Result.h"
#include "Session.h"
#include "smartlists/SmartList.h"
#include "users/User.h"

#include <QList>
#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Kontor {

class Database;
class MessageBar;
class StorageThread;

// "Manage smart lists": the session's user's lists and those shared with them, with name, filter, sharing and
// owner. The user's own lists can be reordered (buttons or by dragging a row's number), renamed in place,
// copied, deleted, their filter edited in the filter builder and shared with other users; lists of others can
// only be copied. Every action runs through SmartListService on the storage thread; the table reloads when a
// commit touches "smart_list".
class ManageSmartListsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FilterColumn,
        SharedWithColumn,
        OwnerColumn,
        ColumnCount,
    };

    ManageSmartListsPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~ManageSmartListsPage() override;

    // Which lists are managed: 0 persons (default), 1 companies (SmartList::kind).
    void setListKind(int kind);
    QList<SmartList> lists() const { return m_lists; }
    qint64 currentListId() const;
    void selectList(qint64 id);

public Q_SLOTS:
    void reload();
    void moveUp();
    void moveDown();
    void copyCurrent();
    void renameCurrent();
    void deleteCurrent();
    void editFilterOfCurrent();
    void shareCurrent();

Q_SIGNALS:
    // After every reload, so that tests and the main window can wait for it.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupTable();
    void fill();
    void updateActions();
    void retranslate();
    void moveCurrent(int step);
    void reorderByVisualRows();
    void saveOrder(const QList<qint64> &ids);
    void renameItem(QTableWidgetItem *item);
    const SmartList *currentList() const;
    bool isOwn(const SmartList &list) const { return list.ownerId == m_session.userId; }
    QString sharedWithText(const SmartList &list) const;
    // Runs a change on the storage thread; its result is the list to select after the reload (0: keep).
    void runAction(std::function<Result<qint64>(Database &)> job);

    StorageThread *m_storage;
    Session m_session;
    int m_kind = 0;
    QList<SmartList> m_lists;
    QList<User> m_users;
    qint64 m_selectAfterLoad = 0;
    bool m_filling = false;
    MessageBar *m_messageBar;
    QTableWidget *m_table;
    QPushButton *m_moveUpButton;
    QPushButton *m_moveDownButton;
    QPushButton *m_copyButton;
    QPushButton *m_renameButton;
    QPushButton *m_editFilterButton;
    QPushButton *m_shareButton;
    QPushButton *m_deleteButton;
};

} // namespace Kontor
