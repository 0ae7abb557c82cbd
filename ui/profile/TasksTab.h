#pragma once

#include "Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Kontor {

class Settings;
class StorageThread;
class TaskListModel;
struct Task;

// A contact's tasks by due date (TaskListModel filtered to the contact): open ones, or all with "Show done";
// overdue ones in red with "overdue". The checkbox column marks a task done (a recurring one gets its next
// occurrence) or reopens it; New, Edit (double-click) and Delete (asks first).
class TasksTab : public QWidget
{
    Q_OBJECT

public:
    TasksTab(StorageThread *storage,
        const Session &session,
        Settings *settings,
        qint64 contactId,
        QWidget *parent = nullptr);

    TaskListModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void newTask();
    void editCurrentTask();
    void deleteCurrentTask();

Q_SIGNALS:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyFilter();
    void openEditor(const Task &task);
    const Task *currentTask() const;
    void updateState();
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    qint64 m_contactId;
    TaskListModel *m_model;
    QTableView *m_tableView;
    QCheckBox *m_showDoneCheckBox;
    QLabel *m_messageLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QString m_error;
};

} // namespace Kontor
