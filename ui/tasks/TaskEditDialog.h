#pragma once

#include "Session.h"
#include "tasks/Task.h"

#include <QDialog>
#include <QList>

#include <utility>

namespace Ui {
class TaskEditDialog;
}

namespace Kontor {

class StorageThread;

// Adds or edits a task: title, description, due date and time (or none), recurrence (daily, weekly with
// weekday checkboxes, monthly, yearly, every N), reminder lead (none, at due time, 5/15/30 min, 1 h, 1 day
// before), assignee (users of this database), linked contact (picker; fixed when opened from a profile).
// Saves through TaskService on the StorageThread; a refused save shows the error inline and keeps the dialog
// open. Object names end in their type (titleLineEdit, dueDateTimeEdit, recurrenceComboBox, ...).
class TaskEditDialog : public QDialog
{
    Q_OBJECT

public:
    // task.id == 0: a new task (task.contactId preset when opened from a profile).
    TaskEditDialog(StorageThread *storage, const Session &session, const Task &task, QWidget *parent = nullptr);
    ~TaskEditDialog() override;

    // The task as saved (valid after accept()).
    Task savedTask() const { return m_saved; }
    // Collected from the form, not saved.
    Task taskFromForm() const;
    // Whether the contact can be changed; a new task opened with a contact (from a profile) starts fixed.
    void setContactFixed(bool fixed);
    // Whether the users for the assignee are loaded (tests wait for it).
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void loadUsers();
    void loadContactName();
    void chooseContact();
    void setContact(qint64 contactId, const QString &name);
    void updateRecurrenceWidgets();
    void setBusy(bool busy);

    Ui::TaskEditDialog *ui;
    StorageThread *m_storage;
    Session m_session;
    Task m_task;
    Task m_saved;
    QList<std::pair<qint64, QString>> m_users;
    bool m_contactFixed = false;
    bool m_ready = false;
    bool m_busy = false;
};

} // namespace Kontor
