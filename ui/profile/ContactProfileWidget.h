#pragma once

#include "Session.h"
#include "contacts/Contact.h"

#include <QWidget>

class QScrollArea;
class QSplitter;
class QTabWidget;

namespace Kontor {

class ActivityTab;
class AppointmentsTab;
class AssociationsTab;
class DetailsPanel;
class DocumentsTab;
class MessageBar;
class NotesTab;
class PaymentsTab;
class Settings;
class StorageThread;
class TasksTab;
class TimelineWidget;
struct ChangeSet;

// The profile of one person or company in three columns: the details, edited in place; the timeline of notes,
// tasks, appointments, documents, payments and changes with the note composer; and a sidebar with Activity,
// Tasks, Notes, Appointments, Documents, Payments and Associations. Everything loads on the StorageThread and
// reloads when a commit touches the contact or its records. Files dropped anywhere on the profile are attached:
// .ics invitations become appointments, other files received documents. Esc asks to close the profile (the main
// window shows profiles as tabs); Del moves the contact to the trash after asking, then asks to close.
class ContactProfileWidget : public QWidget
{
    Q_OBJECT

public:
    ContactProfileWidget(StorageThread *storage,
        const Session &session,
        Settings *settings,
        qint64 contactId,
        QWidget *parent = nullptr);
    ~ContactProfileWidget() override;

    qint64 contactId() const { return m_contactId; }
    // The display name, for a tab; empty until loaded.
    QString title() const;
    bool isLoaded() const { return m_loaded; }
    const Contact &contact() const;
    // What a drop of these files does: .ics files to Appointments, the others to Documents (received).
    void dropFiles(const QStringList &paths);

public Q_SLOTS:
    void reload();
    // Asks, then moves the contact to the trash and emits closeRequested().
    void deleteContact();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void closeRequested();
    void openContactRequested(qint64 contactId);
    // The contact (and the choices of its fields) arrived, first or again.
    void loaded();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void load(bool withReferences);
    void onChangesCommitted(const ChangeSet &changes);
    void showContact(const Contact &contact);
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    qint64 m_contactId;
    bool m_loaded = false;
    bool m_referencesLoaded = false;
    QString m_title;
    MessageBar *m_messageBar;
    QSplitter *m_splitter;
    QScrollArea *m_detailsScrollArea;
    DetailsPanel *m_details;
    TimelineWidget *m_timeline;
    QTabWidget *m_sidebar;
    ActivityTab *m_activity;
    TasksTab *m_tasks;
    NotesTab *m_notes;
    AppointmentsTab *m_appointments;
    DocumentsTab *m_documents;
    PaymentsTab *m_payments;
    AssociationsTab *m_associations;
};

} // namespace Kontor
