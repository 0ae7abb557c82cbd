#include "TasksPage.h"

#include "ui_TasksPage.h"

#include "StorageThread.h"
#include "TaskEditDialog.h"
#include "TaskListModel.h"
#include "common/ConfirmBox.h"
#include "profile/ContactPickerDialog.h"
#include "tasks/TaskService.h"
#include "users/UserService.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QShortcut>

#include <chrono>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SearchDelayMs = 250;
constexpr qint64 AnyoneFilter = 0;
constexpr qint64 UnassignedFilter = -1;
} // namespace

TasksPage::TasksPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::TasksPage>())
    , m_storage(storage)
    , m_session(session)
    , m_model(new TaskListModel(storage, session, this))
{
    ui->setupUi(this);
    ui->tasksTableView->setModel(m_model);
    ui->tasksTableView->verticalHeader()->hide();
    ui->tasksTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = ui->tasksTableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(TaskListModel::DoneColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(TaskListModel::DueColumn, 230);
    header->resizeSection(TaskListModel::RecurrenceColumn, 150);
    header->resizeSection(TaskListModel::ContactColumn, 170);
    header->resizeSection(TaskListModel::AssigneeColumn, 140);
    ui->dueFromDateEdit->setDate(QDate::currentDate());
    ui->dueToDateEdit->setDate(QDate::currentDate());
    fillCombos();
    applyDuePreset();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    m_minuteTimer.setInterval(std::chrono::minutes(1));
    connect(&m_searchTimer, &QTimer::timeout, this, &TasksPage::applyFilter);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        applyDuePreset(); // "Today" moves on at midnight
        applyFilter();
    });
    connect(ui->taskSearchLineEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(ui->chooseContactButton, &QPushButton::clicked, this, &TasksPage::chooseContact);
    connect(ui->clearContactButton, &QPushButton::clicked, this, [this] { setContactFilter(0, QString()); });
    connect(ui->assigneeComboBox, &QComboBox::activated, this, &TasksPage::applyFilter);
    connect(ui->taskStatusComboBox, &QComboBox::activated, this, &TasksPage::applyFilter);
    connect(ui->duePresetComboBox, &QComboBox::activated, this, [this] {
        applyDuePreset();
        applyFilter();
    });
    connect(ui->dueFromDateEdit, &QDateEdit::userDateChanged, this, &TasksPage::applyFilter);
    connect(ui->dueToDateEdit, &QDateEdit::userDateChanged, this, &TasksPage::applyFilter);
    connect(ui->newTaskButton, &QPushButton::clicked, this, &TasksPage::newTask);
    connect(ui->editTaskButton, &QPushButton::clicked, this, &TasksPage::editCurrentTask);
    connect(ui->deleteTaskButton, &QPushButton::clicked, this, &TasksPage::deleteCurrentTask);
    // A double click, not "activated": where one click activates (a desktop setting), a click on a checkbox
    // or a row must not open a dialog or a profile.
    connect(ui->tasksTableView, &QAbstractItemView::doubleClicked, this, &TasksPage::onActivated);
    auto *editShortcut = new QShortcut(QKeySequence(Qt::Key_Return), ui->tasksTableView);
    editShortcut->setContext(Qt::WidgetShortcut);
    connect(editShortcut, &QShortcut::activated, this, &TasksPage::editCurrentTask);
    connect(
        ui->tasksTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksPage::updateButtons);
    connect(m_model, &TaskListModel::failed, this, [this](const QString &message) {
        ui->messageBar->showMessage(message);
    });
    connect(m_model, &TaskListModel::loaded, this, [this] {
        if (m_selectTaskId) {
            if (const int row = m_model->rowOfTask(m_selectTaskId); row >= 0) {
                ui->tasksTableView->setCurrentIndex(m_model->index(row, TaskListModel::TitleColumn));
            }
            m_selectTaskId = 0;
        }
        updateCount();
        updateButtons();
    });
    // Del deletes the task, not a contact: the section has its own shortcut, as the profile's tabs do.
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, ui->tasksTableView);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &TasksPage::deleteCurrentTask);

    applyFilter();
    loadUsers();
    updateButtons();
}

TasksPage::~TasksPage() = default;

QTableView *TasksPage::tableView() const
{
    return ui->tasksTableView;
}

const Task *TasksPage::currentTask() const
{
    const QModelIndex current = ui->tasksTableView->currentIndex();
    return current.isValid() ? m_model->taskAt(current.row()) : nullptr;
}

void TasksPage::fillCombos()
{
    const int status = qMax(0, ui->taskStatusComboBox->currentIndex());
    ui->taskStatusComboBox->clear();
    ui->taskStatusComboBox->addItem(tr("Open"), int(StatusFilter::Open));
    ui->taskStatusComboBox->addItem(tr("Overdue"), int(StatusFilter::Overdue));
    ui->taskStatusComboBox->addItem(tr("Done"), int(StatusFilter::Done));
    ui->taskStatusComboBox->addItem(tr("All"), int(StatusFilter::All));
    ui->taskStatusComboBox->setCurrentIndex(status);

    const int preset = qMax(0, ui->duePresetComboBox->currentIndex());
    ui->duePresetComboBox->clear();
    ui->duePresetComboBox->addItem(tr("Any time"), int(DuePreset::Any));
    ui->duePresetComboBox->addItem(tr("Today"), int(DuePreset::Today));
    ui->duePresetComboBox->addItem(tr("This week"), int(DuePreset::ThisWeek));
    ui->duePresetComboBox->addItem(tr("Next 7 days"), int(DuePreset::Next7Days));
    ui->duePresetComboBox->addItem(tr("Custom range"), int(DuePreset::Custom));
    ui->duePresetComboBox->setCurrentIndex(preset);

    const qint64 assignee = ui->assigneeComboBox->count() ? ui->assigneeComboBox->currentData().toLongLong() : 0;
    ui->assigneeComboBox->clear();
    ui->assigneeComboBox->addItem(tr("Anyone"), AnyoneFilter);
    ui->assigneeComboBox->addItem(tr("Me"), m_session.userId);
    ui->assigneeComboBox->addItem(tr("Unassigned"), UnassignedFilter);
    for (const auto &[id, name] : std::as_const(m_users)) {
        if (id != m_session.userId) {
            ui->assigneeComboBox->addItem(name, id);
        }
    }
    ui->assigneeComboBox->setCurrentIndex(qMax(0, ui->assigneeComboBox->findData(assignee)));
}

void TasksPage::loadUsers()
{
    m_storage->run<Result<QList<User>>>(
        this,
        [](Database &db) { return UserService(db).list(); },
        [this](const Result<QList<User>> &users) {
            if (!users) {
                ui->messageBar->showMessage(tr("The users could not be loaded: %1").arg(users.error().message));
                return;
            }
            m_users.clear();
            for (const User &user : *users) {
                m_users.append({user.id, user.name});
            }
            fillCombos();
        });
}

QDate TasksPage::today() const
{
    // The database clock's day where the list has loaded (tests move it), the system's before.
    return m_model->now().isValid() ? m_model->now().toLocalTime().date() : QDate::currentDate();
}

void TasksPage::applyDuePreset()
{
    const auto preset = DuePreset(ui->duePresetComboBox->currentData().toInt());
    const bool custom = preset == DuePreset::Custom;
    ui->dueFromDateEdit->setEnabled(custom);
    ui->dueToDateEdit->setEnabled(custom);
    ui->dueFromDateEdit->setVisible(preset != DuePreset::Any);
    ui->dueToDateEdit->setVisible(preset != DuePreset::Any);
    ui->dueToLabel->setVisible(preset != DuePreset::Any);
    const QDate day = today();
    QDate from = day;
    QDate to = day;
    switch (preset) {
    case DuePreset::Any:
    case DuePreset::Custom:
    case DuePreset::Today:
        if (preset != DuePreset::Today) {
            return;
        }
        break;
    case DuePreset::ThisWeek: {
        const int firstDay = int(QLocale().firstDayOfWeek());
        from = day.addDays(-((day.dayOfWeek() - firstDay + 7) % 7));
        to = from.addDays(6);
        break;
    }
    case DuePreset::Next7Days:
        to = day.addDays(6);
        break;
    }
    ui->dueFromDateEdit->setDate(from);
    ui->dueToDateEdit->setDate(to);
}

void TasksPage::applyFilter()
{
    TaskFilter filter;
    filter.search = ui->taskSearchLineEdit->text().trimmed();
    filter.contactId = m_contactId;
    filter.assigneeId = ui->assigneeComboBox->currentData().toLongLong();
    switch (StatusFilter(ui->taskStatusComboBox->currentData().toInt())) {
    case StatusFilter::Open:
        filter.status = Task::Status::Open;
        break;
    case StatusFilter::Overdue:
        filter.status = Task::Status::Open;
        filter.overdueOnly = true;
        break;
    case StatusFilter::Done:
        filter.status = Task::Status::Done;
        break;
    case StatusFilter::All:
        break;
    }
    if (DuePreset(ui->duePresetComboBox->currentData().toInt()) != DuePreset::Any) {
        QDate from = ui->dueFromDateEdit->date();
        QDate to = ui->dueToDateEdit->date();
        if (to < from) {
            std::swap(from, to);
        }
        // Whole local days; dueTo is exclusive.
        filter.dueFrom = QDateTime(from, QTime(0, 0));
        filter.dueTo = QDateTime(to.addDays(1), QTime(0, 0));
    }
    m_model->setFilter(filter);
}

void TasksPage::setContactFilter(qint64 contactId, const QString &name)
{
    m_contactId = contactId;
    ui->contactFilterLineEdit->setText(contactId ? name : QString());
    ui->clearContactButton->setEnabled(contactId != 0);
    applyFilter();
}

void TasksPage::setAssigneeFilter(qint64 userId)
{
    int index = ui->assigneeComboBox->findData(userId);
    if (index < 0) {
        ui->assigneeComboBox->addItem(tr("User %1").arg(userId), userId); // before the users are loaded
        index = ui->assigneeComboBox->count() - 1;
    }
    ui->assigneeComboBox->setCurrentIndex(index);
    applyFilter();
}

void TasksPage::setStatusFilter(StatusFilter status)
{
    ui->taskStatusComboBox->setCurrentIndex(qMax(0, ui->taskStatusComboBox->findData(int(status))));
    applyFilter();
}

void TasksPage::setDuePreset(DuePreset preset)
{
    ui->duePresetComboBox->setCurrentIndex(qMax(0, ui->duePresetComboBox->findData(int(preset))));
    applyDuePreset();
    applyFilter();
}

void TasksPage::setDueRange(const QDate &from, const QDate &to)
{
    ui->duePresetComboBox->setCurrentIndex(ui->duePresetComboBox->findData(int(DuePreset::Custom)));
    applyDuePreset();
    ui->dueFromDateEdit->setDate(from);
    ui->dueToDateEdit->setDate(to);
    applyFilter();
}

void TasksPage::chooseContact()
{
    auto *picker = new ContactPickerDialog(m_storage, m_session, ContactKind::Person, this);
    picker->setObjectName(u"tasksContactPickerDialog"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ContactPickerDialog::chosen, this, &TasksPage::setContactFilter);
    picker->open();
}

void TasksPage::newTask()
{
    Task task;
    task.contactId = m_contactId;
    task.contactName = ui->contactFilterLineEdit->text();
    openEditor(task);
}

void TasksPage::editCurrentTask()
{
    if (const Task *task = currentTask()) {
        openEditor(*task);
    }
}

void TasksPage::openEditor(const Task &task)
{
    auto *dialog = new TaskEditDialog(m_storage, m_session, task, this);
    dialog->setObjectName(u"taskEditDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new task from a filtered list may still get another contact: the filter is no profile.
    dialog->setContactFixed(false);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedTask().id;
        m_selectTaskId = id;
        ui->messageBar->clearMessage();
        Q_EMIT taskSaved(id);
    });
    dialog->open();
}

void TasksPage::deleteCurrentTask()
{
    const Task *task = currentTask();
    if (!task) {
        return;
    }
    const qint64 taskId = task->id;
    Confirmation question;
    question.title = tr("Delete task");
    question.text = tr("Delete the task \"%1\" for good?").arg(task->title.left(200));
    question.acceptText = tr("Delete");
    question.objectName = u"deleteTaskMessageBox"_s;
    ConfirmBox::ask(this, question, [this, taskId] {
        const Session session = m_session;
        m_storage->run<Result<void>>(
            this,
            [session, taskId](Database &db) { return TaskService(db, session).remove(taskId); },
            [this](const Result<void> &removed) {
                if (!removed) {
                    ui->messageBar->showMessage(removed.error().message);
                }
            });
    });
}

void TasksPage::onActivated(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == TaskListModel::DoneColumn) {
        return;
    }
    const qint64 contactId = index.data(TaskListModel::ContactIdRole).toLongLong();
    if (index.column() == TaskListModel::ContactColumn && contactId) {
        Q_EMIT openContactRequested(contactId);
        return;
    }
    editCurrentTask();
}

void TasksPage::updateButtons()
{
    const bool chosen = currentTask() != nullptr;
    ui->editTaskButton->setEnabled(chosen);
    ui->deleteTaskButton->setEnabled(chosen);
    ui->clearContactButton->setEnabled(m_contactId != 0);
}

void TasksPage::updateCount()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        overdue += m_model->index(row, 0).data(TaskListModel::OverdueRole).toBool() ? 1 : 0;
    }
    QString text = tr("%n task(s)", nullptr, m_model->rowCount());
    if (overdue > 0) {
        text = tr("%1, %2").arg(text, tr("%n overdue", nullptr, overdue));
    }
    ui->countLabel->setText(text);
}

void TasksPage::showEvent(QShowEvent *event)
{
    m_minuteTimer.start();
    QWidget::showEvent(event);
}

void TasksPage::hideEvent(QHideEvent *event)
{
    m_minuteTimer.stop();
    QWidget::hideEvent(event);
}

void TasksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillCombos();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace Kontor
