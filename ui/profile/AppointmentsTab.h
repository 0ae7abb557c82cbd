#pragma once

#include "Session.h"
#include "appointments/Appointment.h"

#include <QColor>
#include <QHash>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Kontor {

class MessageBar;
class Settings;
class StorageThread;
struct ChangeSet;

// The appointments of a contact, upcoming ones (soonest first) above past ones (latest first), as cards with the
// calendar's colour: new, edit (double-click), delete (asks first), export as .ics (the chosen one or all) and
// .ics invitations dropped onto the tab. Reloads when appointments or calendars change anywhere.
class AppointmentsTab : public QWidget
{
    Q_OBJECT

public:
    AppointmentsTab(StorageThread *storage,
        const Session &session,
        Settings *settings,
        qint64 contactId,
        QWidget *parent = nullptr);

    // Adds the events of each .ics file to the contact; files that cannot be read or imported are named in the
    // message bar, the others are imported all the same.
    void importIcsFiles(const QStringList &paths);
    // Writes the chosen appointment (or, with `all`, every appointment of the contact) to `path`; the
    // outcome shows in the message bar. The export button asks for the path first.
    bool exportIcs(const QString &path, bool all);

    QList<Appointment> appointments() const { return m_appointments; }
    const Appointment *currentAppointment() const;
    bool isLoaded() const { return m_loaded; }

    // True for .ics files among local file URLs: what a drop onto the profile may hand to importIcsFiles.
    static QStringList icsFiles(const QList<QUrl> &urls);

public Q_SLOTS:
    void refresh();
    void newAppointment();
    void editCurrentAppointment();
    void deleteCurrentAppointment();
    void exportWithDialog(bool all);

Q_SIGNALS:
    void refreshed();
    void imported(); // after importIcsFiles() has finished with every file

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showAppointments(const QList<Appointment> &appointments);
    void fillList(QListWidget *list, const QList<Appointment> &appointments, qint64 current);
    void openEditor(const Appointment &appointment);
    void onChangesCommitted(const ChangeSet &changes);
    void onCurrentChanged(QListWidget *list);
    void updateButtons();
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    qint64 m_contactId;
    QList<Appointment> m_appointments;
    QHash<qint64, QColor> m_calendarColors;
    quint64 m_generation = 0;
    bool m_loaded = false;
    MessageBar *m_messageBar;
    QLabel *m_upcomingLabel;
    QListWidget *m_upcomingList;
    QLabel *m_pastLabel;
    QListWidget *m_pastList;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_exportButton;
    QAction *m_exportSelectedAction;
    QAction *m_exportAllAction;
};

} // namespace Kontor
