#include "AppointmentEditDialog.h"

#include "ui_AppointmentEditDialog.h"

#include "StorageThread.h"
#include "appointments/AppointmentService.h"
#include "appointments/CalendarService.h"
#include "contacts/ContactService.h"
#include "users/UserService.h"

#include <QEvent>
#include <QPixmap>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
enum AttendeeRole
{
    UserIdRole = Qt::UserRole,
    ContactIdRole,
    NameRole,
    EmailRole,
};
constexpr int DefaultLocationRole = Qt::UserRole + 1;

QIcon colorIcon(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor::fromString(color).isValid() ? QColor::fromString(color) : QColor(Qt::transparent));
    return QIcon(pixmap);
}
} // namespace

struct AppointmentEditDialog::Choices
{
    QList<Calendar> calendars;
    QList<User> users;
    QString contactName;
};

AppointmentEditDialog::AppointmentEditDialog(
    StorageThread *storage, const Session &session, const Appointment &appointment, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::AppointmentEditDialog>())
    , m_storage(storage)
    , m_session(session)
    , m_appointment(appointment)
{
    ui->setupUi(this);
    setObjectName(u"appointmentEditDialog"_s);
    ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveAppointmentButton"_s);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelAppointmentButton"_s);

    ui->titleLineEdit->setText(appointment.title);
    ui->locationLineEdit->setText(appointment.location);
    ui->notesPlainTextEdit->setPlainText(appointment.notes);
    if (appointment.start.isValid() && appointment.end.isValid() && appointment.end > appointment.start) {
        m_durationMs = appointment.start.msecsTo(appointment.end);
    }
    ui->allDayCheckBox->setChecked(appointment.allDay);
    if (appointment.allDay) {
        ui->startDateTimeEdit->setDateTime(QDateTime(appointment.firstDay(), QTime(0, 0)));
        ui->endDateTimeEdit->setDateTime(QDateTime(appointment.lastDay(), QTime(0, 0)));
        m_durationMs = ui->startDateTimeEdit->dateTime().msecsTo(ui->endDateTimeEdit->dateTime());
    } else {
        ui->startDateTimeEdit->setDateTime(appointment.start.toLocalTime());
        ui->endDateTimeEdit->setDateTime(appointment.end.toLocalTime());
    }

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AppointmentEditDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->calendarComboBox, &QComboBox::activated, this, &AppointmentEditDialog::onCalendarActivated);
    connect(ui->allDayCheckBox, &QCheckBox::toggled, this, &AppointmentEditDialog::onAllDayToggled);
    connect(ui->startDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &AppointmentEditDialog::onStartChanged);
    connect(ui->endDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &end) {
        const qint64 duration = ui->startDateTimeEdit->dateTime().msecsTo(end);
        if (duration >= 0) {
            m_durationMs = duration;
        }
    });
    retranslate();
    setBusy(true);
    load();
}

AppointmentEditDialog::~AppointmentEditDialog() = default;

void AppointmentEditDialog::load()
{
    const Session session = m_session;
    const qint64 contactId = m_appointment.contactId;
    const QString knownName = m_appointment.contactName;
    m_storage->run<Result<Choices>>(
        this,
        [session, contactId, knownName](Database &db) -> Result<Choices> {
            Choices choices;
            auto calendars = CalendarService(db, session).list();
            if (!calendars) {
                return calendars.error();
            }
            choices.calendars = *calendars;
            auto users = UserService(db).list();
            if (!users) {
                return users.error();
            }
            choices.users = *users;
            choices.contactName = knownName;
            if (knownName.isEmpty()) {
                auto contact = ContactService(db, session).load(contactId);
                if (!contact) {
                    return contact.error();
                }
                choices.contactName = contact->displayName;
            }
            return choices;
        },
        [this](const Result<Choices> &choices) {
            if (!choices) {
                ui->messageBar->showMessage(choices.error().message);
                return;
            }
            showChoices(*choices);
            m_loaded = true;
            setBusy(false);
            Q_EMIT loaded();
        });
}

void AppointmentEditDialog::showChoices(const Choices &choices)
{
    QComboBox *combo = ui->calendarComboBox;
    combo->clear();
    for (const Calendar &calendar : choices.calendars) {
        combo->addItem(colorIcon(calendar.color), CalendarService::displayName(calendar), calendar.id);
        combo->setItemData(combo->count() - 1, calendar.defaultLocation, DefaultLocationRole);
    }
    const int index = combo->findData(m_appointment.calendarId);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    if (m_appointment.id == 0) {
        onCalendarActivated(combo->currentIndex()); // a new appointment starts at the calendar's place
    }

    QListWidget *list = ui->attendeesListWidget;
    list->clear();
    const auto addItem = [list](const Attendee &attendee, const QString &text, bool checked, bool fixed) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(UserIdRole, attendee.userId);
        item->setData(ContactIdRole, attendee.contactId);
        item->setData(NameRole, attendee.name);
        item->setData(EmailRole, attendee.email);
        item->setFlags(fixed ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    const qint64 contactId = m_appointment.contactId;
    //: an attendee list entry: the contact whose appointment it is
    addItem(Attendee{0, contactId, choices.contactName, {}}, tr("%1 (contact)").arg(choices.contactName), true, true);
    for (const User &user : choices.users) {
        bool attending = false;
        for (const Attendee &attendee : std::as_const(m_appointment.attendees)) {
            attending = attending || attendee.userId == user.id;
        }
        addItem(Attendee{user.id, 0, user.name, user.email}, user.name, attending, false);
    }
    // People from an invitation who are neither the contact nor a user stay until they are unticked.
    for (const Attendee &attendee : std::as_const(m_appointment.attendees)) {
        if (attendee.userId == 0 && attendee.contactId != contactId) {
            const QString text = attendee.email.isEmpty() || attendee.name.isEmpty()
                ? (attendee.name.isEmpty() ? attendee.email : attendee.name)
                : tr("%1 <%2>").arg(attendee.name, attendee.email);
            addItem(attendee, text, true, false);
        }
    }
}

void AppointmentEditDialog::onCalendarActivated(int index)
{
    if (index < 0 || !ui->locationLineEdit->text().trimmed().isEmpty()) {
        return;
    }
    ui->locationLineEdit->setText(ui->calendarComboBox->itemData(index, DefaultLocationRole).toString());
}

void AppointmentEditDialog::onAllDayToggled(bool allDay)
{
    updateFormat();
    if (!allDay && ui->endDateTimeEdit->dateTime() <= ui->startDateTimeEdit->dateTime()) {
        // Whole days had no times: a timed appointment starts in the morning, for an hour.
        m_durationMs = 3600 * 1000;
        ui->startDateTimeEdit->setDateTime(QDateTime(ui->startDateTimeEdit->date(), QTime(9, 0)));
    }
}

void AppointmentEditDialog::updateFormat()
{
    const QLocale locale;
    const QString format = ui->allDayCheckBox->isChecked() ? locale.dateFormat(QLocale::ShortFormat)
                                                           : locale.dateTimeFormat(QLocale::ShortFormat);
    ui->startDateTimeEdit->setDisplayFormat(format);
    ui->endDateTimeEdit->setDisplayFormat(format);
}

void AppointmentEditDialog::onStartChanged(const QDateTime &start)
{
    // The end follows the start, so that moving an appointment keeps its length.
    const QSignalBlocker blocker(ui->endDateTimeEdit);
    ui->endDateTimeEdit->setDateTime(start.addMSecs(m_durationMs));
}

Appointment AppointmentEditDialog::appointment() const
{
    Appointment a = m_appointment;
    a.title = ui->titleLineEdit->text().trimmed();
    a.calendarId = ui->calendarComboBox->currentData().toLongLong();
    a.allDay = ui->allDayCheckBox->isChecked();
    if (a.allDay) {
        a.setDays(ui->startDateTimeEdit->date(), ui->endDateTimeEdit->date());
    } else {
        a.start = ui->startDateTimeEdit->dateTime();
        a.end = ui->endDateTimeEdit->dateTime();
    }
    a.location = ui->locationLineEdit->text().trimmed();
    a.notes = ui->notesPlainTextEdit->toPlainText().trimmed();
    if (m_loaded) {
        a.attendees.clear();
        for (int row = 0; row < ui->attendeesListWidget->count(); ++row) {
            const QListWidgetItem *item = ui->attendeesListWidget->item(row);
            if (item->checkState() == Qt::Checked) {
                a.attendees.append(Attendee{item->data(UserIdRole).toLongLong(),
                    item->data(ContactIdRole).toLongLong(),
                    item->data(NameRole).toString(),
                    item->data(EmailRole).toString()});
            }
        }
    }
    return a;
}

void AppointmentEditDialog::save()
{
    if (m_busy) {
        return;
    }
    const Appointment a = appointment();
    if (a.title.isEmpty()) {
        ui->messageBar->showMessage(tr("Please enter a title."));
        ui->titleLineEdit->setFocus();
        return;
    }
    ui->messageBar->clearMessage();
    setBusy(true);
    const Session session = m_session;
    m_storage->run<Result<Appointment>>(
        this,
        [session, a](Database &db) {
            AppointmentService service(db, session);
            return a.id ? service.update(a) : service.add(a);
        },
        [this](const Result<Appointment> &stored) {
            setBusy(false);
            if (!stored) {
                ui->messageBar->showMessage(stored.error().message);
                return;
            }
            m_appointment = *stored;
            Q_EMIT saved(*stored);
            accept();
        });
}

void AppointmentEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void AppointmentEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AppointmentEditDialog::retranslate()
{
    setWindowTitle(m_appointment.id ? tr("Edit appointment") : tr("New appointment"));
    ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateFormat();
}

} // namespace Kontor
