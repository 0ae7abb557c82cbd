#pragma once

#include "Session.h"
#include "appointments/Appointment.h"
#include "users/User.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AppointmentEditDialog;
}

namespace Kontor {

class StorageThread;

// Creates or changes an appointment of a contact: title, calendar (choosing one fills its default location
// while the location is empty), start and end or whole days, location, attendees (the contact always, the users
// of this database to tick, people from an invitation kept until unticked) and notes. Loads the calendars and
// users and saves through AppointmentService on the storage thread; a refusal shows in the dialog's message bar
// and the dialog stays open. Opened with an appointment whose id is 0, it adds one.
class AppointmentEditDialog : public QDialog
{
    Q_OBJECT

public:
    AppointmentEditDialog(
        StorageThread *storage, const Session &session, const Appointment &appointment, QWidget *parent = nullptr);
    ~AppointmentEditDialog() override;

    // The appointment as the form shows it now.
    Appointment appointment() const;
    bool isLoaded() const { return m_loaded; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void loaded();
    void saved(const Kontor::Appointment &appointment);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Choices;
    void load();
    void showChoices(const Choices &choices);
    void onCalendarActivated(int index);
    void onAllDayToggled(bool allDay);
    void updateFormat();
    void onStartChanged(const QDateTime &start);
    void setBusy(bool busy);
    void retranslate();

    std::unique_ptr<Ui::AppointmentEditDialog> ui;
    StorageThread *m_storage;
    Session m_session;
    Appointment m_appointment;
    qint64 m_durationMs = 3600 * 1000;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace Kontor
