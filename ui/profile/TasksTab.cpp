#include "TasksTab.h"

#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "tasks/TaskEditDialog.h"
#include "tasks/TaskListModel.h"
#include "tasks/TaskService.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

TasksTab::TasksTab(
    StorageThread *storage, const Session &session, Settings *settings, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_contactId(contactId)
    , m_model(new TaskListModel(storage, session, this))
    , m_tableView(new QTableView(this))
    , m_showDoneCheckBox(new QCheckBox(this))
    , m_messageLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
{
    setObjectName(u"tasksTab"_s);
    m_tableView->setObjectName(u"tasksTableView"_s);
    m_showDoneCheckBox->setObjectName(u"showDoneTasksCheckBox"_s);
    m_messageLabel->setObjectName(u"tasksMessageLabel"_s);
    m_newButton->setObjectName(u"newTaskButton"_s);
    m_editButton->setObjectName(u"editTaskButton"_s);
    m_deleteButton->setObjectName(u"deleteTaskButton"_s);

    m_tableView->setModel(m_model);
    m_tableView->setColumnHidden(TaskListModel::ContactColumn, true); // it is this contact
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setHighlightSections(false);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_showDoneCheckBox);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_messageLabel, 1);

    connect(m_newButton, &QPushButton::clicked, this, &TasksTab::newTask);
    connect(m_editButton, &QPushButton::clicked, this, &TasksTab::editCurrentTask);
    connect(m_deleteButton, &QPushButton::clicked, this, &TasksTab::deleteCurrentTask);
    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != TaskListModel::DoneColumn) {
            editCurrentTask();
        }
    });
    connect(m_showDoneCheckBox, &QCheckBox::toggled, this, &TasksTab::applyFilter);
    connect(m_model, &TaskListModel::loaded, this, [this] {
        m_error.clear();
        updateState();
        Q_EMIT refreshed();
    });
    connect(m_model, &TaskListModel::failed, this, [this](const QString &message) {
        m_error = message;
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksTab::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TasksTab::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksTab::updateState);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TasksTab::updateState);
    retranslate();
    applyFilter();
}

void TasksTab::refresh()
{
    m_model->reload();
}

void TasksTab::applyFilter()
{
    TaskFilter filter;
    filter.contactId = m_contactId;
    if (!m_showDoneCheckBox->isChecked()) {
        filter.status = Task::Status::Open;
    }
    m_model->setFilter(filter);
}

void TasksTab::newTask()
{
    Task task;
    task.contactId = m_contactId;
    openEditor(task);
}

void TasksTab::editCurrentTask()
{
    if (const Task *task = currentTask()) {
        openEditor(*task);
    }
}

void TasksTab::openEditor(const Task &task)
{
    auto *dialog = new TaskEditDialog(m_storage, m_session, task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The model reloads on the commit's "task" change; this also covers a save that reports nothing new.
    connect(dialog, &QDialog::accepted, m_model, &TaskListModel::reload);
    dialog->open();
}

void TasksTab::deleteCurrentTask()
{
    const Task *task = currentTask();
    if (!task) {
        return;
    }
    const qint64 taskId = task->id;
    Confirmation question;
    question.title = tr("Delete task");
    question.text = tr("Delete the task \"%1\" for good?").arg(task->title);
    if (!task->recurrence.isNone()) {
        question.informativeText = tr("Only this occurrence is deleted; done ones stay.");
    }
    question.acceptText = tr("Delete");
    question.objectName = u"deleteTaskMessageBox"_s;
    ConfirmBox::ask(this, question, [this, taskId] {
        const Session session = m_session;
        m_storage->run<Result<void>>(
            this,
            [session, taskId](Database &db) { return TaskService(db, session).remove(taskId); },
            [this](const Result<void> &removed) {
                if (!removed) {
                    m_error = removed.error().message;
                    updateState();
                    return;
                }
                m_model->reload();
            });
    });
}

const Task *TasksTab::currentTask() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->taskAt(rows.first().row());
}

void TasksTab::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!m_error.isEmpty()) {
        m_messageLabel->setText(m_error);
    } else if (m_showDoneCheckBox->isChecked()) {
        m_messageLabel->setText(tr("No tasks yet."));
    } else {
        m_messageLabel->setText(tr("No open tasks."));
    }
    m_tableView->setVisible(!empty);
    m_messageLabel->setVisible(empty || !m_error.isEmpty());
    if (!empty && !m_error.isEmpty()) {
        m_messageLabel->setAlignment(Qt::AlignLeft);
    } else {
        m_messageLabel->setAlignment(Qt::AlignCenter);
    }
    const bool chosen = currentTask() != nullptr;
    m_editButton->setEnabled(chosen);
    m_deleteButton->setEnabled(chosen);
}

void TasksTab::keyPressEvent(QKeyEvent *event)
{
    // Del on a task deletes the task, not the whole contact (which the profile would do next).
    if (event->key() == Qt::Key_Delete && currentTask() && m_tableView->hasFocus()) {
        deleteCurrentTask();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TasksTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QWidget::changeEvent(event);
}

void TasksTab::retranslate()
{
    m_newButton->setText(tr("New task..."));
    m_editButton->setText(tr("Edit..."));
    m_deleteButton->setText(tr("Delete"));
    m_showDoneCheckBox->setText(tr("Show done tasks"));
}

} // namespace Kontor
