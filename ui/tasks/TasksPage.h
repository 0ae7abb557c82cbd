#pragma once

#include "Session.h"
#include "tasks/Task.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class TasksPage;
}

namespace Kontor {

class StorageThread;
class TaskListModel;

// The "Tasks" section: every task, sorted by due time, filtered by text, contact (picker), assignee (anyone,
// me, unassigned, each user), status (open, overdue, done, all) and due range (presets Today, This week,
// Next 7 days, Any, or a custom range of days). New, Edit and Delete act on the current task; the Done
// checkbox marks it done or reopens it. A double click on the contact column opens the contact's profile,
// elsewhere it edits the task. "Today" is the database clock's day, and the list reloads every minute while
// shown, so overdue marks follow the time.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        Open,
        Overdue,
        Done,
        All,
    };
    enum class DuePreset
    {
        Any,
        Today,
        ThisWeek,
        Next7Days,
        Custom,
    };

    TasksPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~TasksPage() override;

    TaskListModel *model() const { return m_model; }
    QTableView *tableView() const;
    const Task *currentTask() const;

    // The filters as the user would set them.
    void setContactFilter(qint64 contactId, const QString &name);
    // 0 = anyone, -1 = unassigned, else a user (the session's user for "me").
    void setAssigneeFilter(qint64 userId);
    void setStatusFilter(StatusFilter status);
    void setDuePreset(DuePreset preset);
    // A custom range of days, both inclusive.
    void setDueRange(const QDate &from, const QDate &to);

public Q_SLOTS:
    void newTask();
    void editCurrentTask();
    void deleteCurrentTask();
    void chooseContact();

Q_SIGNALS:
    void openContactRequested(qint64 contactId);
    void taskSaved(qint64 taskId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillCombos();
    void loadUsers();
    void applyFilter();
    void applyDuePreset();
    void openEditor(const Task &task);
    void onActivated(const QModelIndex &index);
    void updateButtons();
    void updateCount();
    QDate today() const;

    std::unique_ptr<Ui::TasksPage> ui;
    StorageThread *m_storage;
    Session m_session;
    TaskListModel *m_model;
    QTimer m_searchTimer; // debounces typing in the search field
    QTimer m_minuteTimer; // moves overdue marks while the section is shown
    QList<std::pair<qint64, QString>> m_users;
    qint64 m_contactId = 0;
    qint64 m_selectTaskId = 0; // a saved task to select when the list comes back
};

} // namespace Kontor
