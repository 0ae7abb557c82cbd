#include "TaskEditDialog.h"

#include "ui_TaskEditDialog.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"
#include "profile/ContactPickerDialog.h"
#include "tasks/TaskService.h"
#include "users/UserService.h"

#include <QCheckBox>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int NoReminder = -1;
constexpr int ReminderLeads[] = {NoReminder, 0, 5, 15, 30, 60, 24 * 60};

QTimeZone zoneOf(const Task &task)
{
    const QTimeZone zone(task.timeZone.toUtf8());
    return task.timeZone.isEmpty() || !zone.isValid() ? QTimeZone::systemTimeZone() : zone;
}

QList<QCheckBox *> weekdayBoxes(const Ui::TaskEditDialog *ui)
{
    return {ui->mondayCheckBox,
        ui->tuesdayCheckBox,
        ui->wednesdayCheckBox,
        ui->thursdayCheckBox,
        ui->fridayCheckBox,
        ui->saturdayCheckBox,
        ui->sundayCheckBox};
}
} // namespace

TaskEditDialog::TaskEditDialog(StorageThread *storage, const Session &session, const Task &task, QWidget *parent)
    : QDialog(parent)
    , ui(new Ui::TaskEditDialog)
    , m_storage(storage)
    , m_session(session)
    , m_task(task)
{
    ui->setupUi(this);
    if (m_task.id == 0 && m_task.assigneeId == 0) {
        m_task.assigneeId = session.userId; // a new task is the writer's own unless given away
    }
    fillCombos();

    ui->titleLineEdit->setText(m_task.title);
    ui->titleLineEdit->setMaxLength(TaskService::MaxTitleLength);
    ui->descriptionPlainTextEdit->setPlainText(m_task.description);
    ui->dueCheckBox->setChecked(m_task.due.isValid());
    // The form edits the wall-clock time of the task's own zone, which is the system's for new tasks.
    QDateTime due = m_task.due.isValid() ? m_task.due.toTimeZone(zoneOf(m_task))
                                         : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
    ui->dueDateTimeEdit->setDateTime(QDateTime(due.date(), due.time()));
    ui->dueDateTimeEdit->setEnabled(ui->dueCheckBox->isChecked());
    ui->dueDateTimeEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    if (!m_task.timeZone.isEmpty() && zoneOf(m_task) != QTimeZone::systemTimeZone()) {
        ui->dueDateTimeEdit->setToolTip(tr("Time zone: %1").arg(m_task.timeZone));
    }
    ui->intervalSpinBox->setValue(qMax(1, m_task.recurrence.interval));
    ui->recurrenceComboBox->setCurrentIndex(
        qMax(0, ui->recurrenceComboBox->findData(int(m_task.recurrence.frequency))));
    const QList<QCheckBox *> boxes = weekdayBoxes(ui);
    for (int day : m_task.recurrence.weekdays) {
        if (day >= 1 && day <= 7) {
            boxes[day - 1]->setChecked(true);
        }
    }
    const int lead = m_task.remindMinutes ? *m_task.remindMinutes : NoReminder;
    int leadIndex = ui->reminderComboBox->findData(lead);
    if (leadIndex < 0) { // a lead written elsewhere (the command line) stays choosable
        ui->reminderComboBox->addItem(tr("%n minute(s) before", nullptr, lead), lead);
        leadIndex = ui->reminderComboBox->count() - 1;
    }
    ui->reminderComboBox->setCurrentIndex(leadIndex);
    ui->contactLineEdit->setText(m_task.contactName);
    ui->contactLineEdit->setPlaceholderText(tr("No contact"));
    setContactFixed(m_task.id == 0 && m_task.contactId != 0);
    if (m_task.contactId && m_task.contactName.isEmpty()) {
        loadContactName();
    }

    connect(ui->dueCheckBox, &QCheckBox::toggled, ui->dueDateTimeEdit, &QWidget::setEnabled);
    connect(ui->recurrenceComboBox, &QComboBox::currentIndexChanged, this, &TaskEditDialog::updateRecurrenceWidgets);
    connect(ui->intervalSpinBox, &QSpinBox::valueChanged, this, &TaskEditDialog::updateRecurrenceWidgets);
    connect(ui->chooseContactButton, &QPushButton::clicked, this, &TaskEditDialog::chooseContact);
    connect(ui->clearContactButton, &QPushButton::clicked, this, [this] { setContact(0, QString()); });
    connect(ui->titleLineEdit, &QLineEdit::textChanged, ui->messageBar, &MessageBar::clearMessage);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &TaskEditDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setWindowTitle(m_task.id ? tr("Edit task") : tr("New task"));
    updateRecurrenceWidgets();
    ui->titleLineEdit->setFocus();
    loadUsers();
}

TaskEditDialog::~TaskEditDialog()
{
    delete ui;
}

void TaskEditDialog::fillCombos()
{
    const int frequency = ui->recurrenceComboBox->currentIndex();
    const int lead = ui->reminderComboBox->currentIndex();
    ui->recurrenceComboBox->clear();
    ui->recurrenceComboBox->addItem(tr("Does not repeat"), int(Recurrence::Frequency::None));
    ui->recurrenceComboBox->addItem(tr("Daily"), int(Recurrence::Frequency::Daily));
    ui->recurrenceComboBox->addItem(tr("Weekly"), int(Recurrence::Frequency::Weekly));
    ui->recurrenceComboBox->addItem(tr("Monthly"), int(Recurrence::Frequency::Monthly));
    ui->recurrenceComboBox->addItem(tr("Yearly"), int(Recurrence::Frequency::Yearly));
    ui->recurrenceComboBox->setCurrentIndex(qMax(0, frequency));

    QList<int> extra; // leads not in the fixed list keep their item
    for (int i = int(std::size(ReminderLeads)); i < ui->reminderComboBox->count(); ++i) {
        extra.append(ui->reminderComboBox->itemData(i).toInt());
    }
    ui->reminderComboBox->clear();
    for (int minutes : ReminderLeads) {
        QString text;
        if (minutes == NoReminder) {
            text = tr("No reminder");
        } else if (minutes == 0) {
            text = tr("At the due time");
        } else if (minutes % (24 * 60) == 0) {
            text = tr("%n day(s) before", nullptr, minutes / (24 * 60));
        } else if (minutes % 60 == 0) {
            text = tr("%n hour(s) before", nullptr, minutes / 60);
        } else {
            text = tr("%n minute(s) before", nullptr, minutes);
        }
        ui->reminderComboBox->addItem(text, minutes);
    }
    for (int minutes : extra) {
        ui->reminderComboBox->addItem(tr("%n minute(s) before", nullptr, minutes), minutes);
    }
    ui->reminderComboBox->setCurrentIndex(qMax(0, lead));

    const QList<QCheckBox *> boxes = weekdayBoxes(ui);
    for (int day = 1; day <= 7; ++day) {
        boxes[day - 1]->setText(QLocale().dayName(day, QLocale::ShortFormat));
        boxes[day - 1]->setToolTip(QLocale().dayName(day, QLocale::LongFormat));
    }

    const qint64 assignee = m_ready ? ui->assigneeComboBox->currentData().toLongLong() : m_task.assigneeId;
    ui->assigneeComboBox->clear();
    ui->assigneeComboBox->addItem(tr("Nobody"), qint64(0));
    for (const auto &[id, name] : std::as_const(m_users)) {
        ui->assigneeComboBox->addItem(id == m_session.userId ? tr("%1 (me)").arg(name) : name, id);
    }
    if (assignee && ui->assigneeComboBox->findData(assignee) < 0) {
        // Until the users are loaded (the combo box is disabled meanwhile), or a user who is gone.
        ui->assigneeComboBox->addItem(
            m_task.assigneeName.isEmpty() ? tr("User %1").arg(assignee) : m_task.assigneeName, assignee);
    }
    ui->assigneeComboBox->setCurrentIndex(qMax(0, ui->assigneeComboBox->findData(assignee)));
    ui->assigneeComboBox->setEnabled(m_ready);
}

void TaskEditDialog::loadUsers()
{
    m_storage->run<Result<QList<User>>>(
        this,
        [](Database &db) { return UserService(db).list(); },
        [this](const Result<QList<User>> &users) {
            if (!users) {
                ui->messageBar->showMessage(tr("The users could not be loaded: %1").arg(users.error().message));
            } else {
                m_users.clear();
                for (const User &user : *users) {
                    m_users.append({user.id, user.name});
                }
            }
            fillCombos(); // still on m_task's assignee: the combo box was disabled
            m_ready = true;
            ui->assigneeComboBox->setEnabled(true);
            Q_EMIT ready();
        });
}

void TaskEditDialog::loadContactName()
{
    const Session session = m_session;
    const qint64 contactId = m_task.contactId;
    m_storage->run<Result<Contact>>(
        this,
        [session, contactId](Database &db) { return ContactService(db, session).load(contactId); },
        [this, contactId](const Result<Contact> &contact) {
            if (contact && m_task.contactId == contactId) {
                m_task.contactName = contact->displayName;
                ui->contactLineEdit->setText(contact->displayName);
            }
        });
}

void TaskEditDialog::setContactFixed(bool fixed)
{
    m_contactFixed = fixed;
    ui->chooseContactButton->setVisible(!fixed);
    ui->clearContactButton->setVisible(!fixed && m_task.contactId != 0);
}

void TaskEditDialog::chooseContact()
{
    auto *picker = new ContactPickerDialog(m_storage, m_session, ContactKind::Person, this);
    picker->setObjectName(u"taskContactPickerDialog"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &ContactPickerDialog::chosen, this, &TaskEditDialog::setContact);
    picker->open();
}

void TaskEditDialog::setContact(qint64 contactId, const QString &name)
{
    m_task.contactId = contactId;
    m_task.contactName = name;
    ui->contactLineEdit->setText(name);
    setContactFixed(m_contactFixed);
}

void TaskEditDialog::updateRecurrenceWidgets()
{
    const auto frequency = Recurrence::Frequency(ui->recurrenceComboBox->currentData().toInt());
    const bool repeats = frequency != Recurrence::Frequency::None;
    const int n = ui->intervalSpinBox->value();
    ui->intervalLabel->setVisible(repeats);
    ui->intervalSpinBox->setVisible(repeats);
    ui->intervalUnitLabel->setVisible(repeats);
    ui->weekdaysWidget->setVisible(frequency == Recurrence::Frequency::Weekly);
    switch (frequency) {
    case Recurrence::Frequency::Daily:
        ui->intervalUnitLabel->setText(tr("day(s)", nullptr, n));
        break;
    case Recurrence::Frequency::Weekly:
        ui->intervalUnitLabel->setText(tr("week(s) on", nullptr, n));
        break;
    case Recurrence::Frequency::Monthly:
        ui->intervalUnitLabel->setText(tr("month(s)", nullptr, n));
        break;
    case Recurrence::Frequency::Yearly:
        ui->intervalUnitLabel->setText(tr("year(s)", nullptr, n));
        break;
    case Recurrence::Frequency::None:
        break;
    }
}

Task TaskEditDialog::taskFromForm() const
{
    Task task = m_task;
    task.title = ui->titleLineEdit->text().trimmed();
    task.description = ui->descriptionPlainTextEdit->toPlainText();
    if (task.timeZone.isEmpty()) {
        task.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }
    if (ui->dueCheckBox->isChecked()) {
        const QDateTime local = ui->dueDateTimeEdit->dateTime();
        task.due = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), zoneOf(task));
    } else {
        task.due = QDateTime();
    }
    Recurrence recurrence;
    recurrence.frequency = Recurrence::Frequency(ui->recurrenceComboBox->currentData().toInt());
    if (!recurrence.isNone()) {
        recurrence.interval = ui->intervalSpinBox->value();
        if (recurrence.frequency == m_task.recurrence.frequency) {
            // The series' anchor (a monthly task on the 31st now due on 28 February) survives an edit.
            recurrence.monthDay = m_task.recurrence.monthDay;
            recurrence.month = m_task.recurrence.month;
        }
        if (recurrence.frequency == Recurrence::Frequency::Weekly) {
            const QList<QCheckBox *> boxes = weekdayBoxes(ui);
            for (int day = 1; day <= 7; ++day) {
                if (boxes[day - 1]->isChecked()) {
                    recurrence.weekdays.append(day);
                }
            }
        }
    }
    task.recurrence = recurrence;
    const int lead = ui->reminderComboBox->currentData().toInt();
    task.remindMinutes = lead == NoReminder ? std::nullopt : std::optional<int>(lead);
    task.assigneeId = ui->assigneeComboBox->currentData().toLongLong();
    task.assigneeName = task.assigneeId ? ui->assigneeComboBox->currentText() : QString();
    return task;
}

void TaskEditDialog::accept()
{
    if (m_busy) {
        return;
    }
    const Task task = taskFromForm();
    if (task.title.isEmpty()) {
        ui->messageBar->showMessage(tr("Please enter a title for the task."));
        ui->titleLineEdit->setFocus();
        return;
    }
    setBusy(true);
    const Session session = m_session;
    m_storage->run<Result<Task>>(
        this,
        [session, task](Database &db) {
            TaskService service(db, session);
            return task.id ? service.update(task) : service.add(task);
        },
        [this](const Result<Task> &saved) {
            setBusy(false);
            if (!saved) {
                ui->messageBar->showMessage(saved.error().message);
                return;
            }
            m_saved = *saved;
            QDialog::accept();
        });
}

void TaskEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void TaskEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillCombos();
        updateRecurrenceWidgets();
        setWindowTitle(m_task.id ? tr("Edit task") : tr("New task"));
    }
    QDialog::changeEvent(event);
}

} // namespace Kontor
