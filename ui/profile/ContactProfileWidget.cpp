#include "ContactProfileWidget.h"

#include "ActivityTab.h"
#include "AppointmentsTab.h"
#include "AssociationsTab.h"
#include "ContactTypeService.h"
#include "DetailsPanel.h"
#include "DocumentsTab.h"
#include "NotesTab.h"
#include "PaymentsTab.h"
#include "ProfileReferences.h"
#include "StorageThread.h"
#include "TasksTab.h"
#include "TimelineWidget.h"
#include "common/ConfirmBox.h"
#include "common/MessageBar.h"
#include "contacts/ContactService.h"
#include "customfields/CustomFieldService.h"
#include "documents/Document.h"
#include "emailcheck/EmailCheckService.h"
#include "settings/Settings.h"
#include "users/UserService.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Loaded
{
    Result<Contact> contact;
    QList<EmailCheck> emailChecks;
    std::optional<ProfileReferences> references;
    QString referencesProblem;
};

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile()) {
            return {}; // a folder or a web link: nothing here knows what to do with it
        }
        paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

ContactProfileWidget::ContactProfileWidget(
    StorageThread *storage, const Session &session, Settings *settings, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_contactId(contactId)
    , m_messageBar(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailsScrollArea(new QScrollArea(m_splitter))
    , m_details(new DetailsPanel(storage, session, settings->defaultPhoneRegion()))
    , m_timeline(new TimelineWidget(storage, session, contactId, m_splitter))
    , m_sidebar(new QTabWidget(m_splitter))
    , m_activity(new ActivityTab(storage, session, contactId))
    , m_tasks(new TasksTab(storage, session, settings, contactId))
    , m_notes(new NotesTab(storage, session, contactId))
    , m_appointments(new AppointmentsTab(storage, session, settings, contactId))
    , m_documents(new DocumentsTab(storage, session, settings, contactId))
    , m_payments(new PaymentsTab(storage, session, settings, contactId))
    , m_associations(new AssociationsTab(storage, session))
{
    setObjectName(u"contactProfileWidget"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    m_messageBar->setObjectName(u"profileMessageBar"_s);
    m_splitter->setObjectName(u"profileSplitter"_s);
    m_detailsScrollArea->setObjectName(u"detailsScrollArea"_s);
    m_sidebar->setObjectName(u"sidebarTabWidget"_s);
    m_detailsScrollArea->setWidget(m_details);
    m_detailsScrollArea->setWidgetResizable(true);
    m_detailsScrollArea->setFrameShape(QFrame::NoFrame);
    m_detailsScrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailsScrollArea->setMinimumWidth(320);
    m_timeline->setMinimumWidth(320);
    m_sidebar->setMinimumWidth(280);
    m_sidebar->setUsesScrollButtons(true);
    m_sidebar->setElideMode(Qt::ElideNone);
    for (QWidget *tab : {static_cast<QWidget *>(m_activity),
             static_cast<QWidget *>(m_tasks),
             static_cast<QWidget *>(m_notes),
             static_cast<QWidget *>(m_appointments),
             static_cast<QWidget *>(m_documents),
             static_cast<QWidget *>(m_payments),
             static_cast<QWidget *>(m_associations)}) {
        m_sidebar->addTab(tab, QString());
    }
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({380, 480, 540}); // the sidebar's seven tabs and the task table want the room

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);

    connect(m_storage, &StorageThread::changesCommitted, this, &ContactProfileWidget::onChangesCommitted);
    connect(m_details, &DetailsPanel::contactSaved, this, &ContactProfileWidget::showContact);
    connect(m_details, &DetailsPanel::openContactRequested, this, &ContactProfileWidget::openContactRequested);
    connect(m_associations, &AssociationsTab::openContactRequested, this, &ContactProfileWidget::openContactRequested);
    retranslate();
    load(true);
}

ContactProfileWidget::~ContactProfileWidget() = default;

QString ContactProfileWidget::title() const
{
    return m_title;
}

const Contact &ContactProfileWidget::contact() const
{
    return m_details->contact();
}

void ContactProfileWidget::reload()
{
    load(true);
    m_timeline->refresh();
    m_activity->refresh();
    m_tasks->refresh();
    m_notes->refresh();
    m_appointments->refresh();
    m_documents->refresh();
    m_payments->refresh();
    m_associations->refresh();
}

void ContactProfileWidget::load(bool withReferences)
{
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Loaded>(
        this,
        [session, id, withReferences](Database &db) {
            Loaded loaded{ContactService(db, session).load(id), {}, std::nullopt, QString()};
            if (loaded.contact) {
                // A display extra: should it fail, the profile shows no check rather than no contact.
                if (auto checks = EmailCheckService(db).forContact(id)) {
                    loaded.emailChecks = *checks;
                }
            }
            if (!withReferences) {
                return loaded;
            }
            auto users = UserService(db).list();
            CustomFieldService custom(db, session);
            auto folders = custom.folders();
            auto fields = custom.fields();
            auto types = ContactTypeService(db, session).list();
            for (const Error *e : {users ? nullptr : &users.error(),
                     folders ? nullptr : &folders.error(),
                     fields ? nullptr : &fields.error(),
                     types ? nullptr : &types.error()}) {
                if (e) {
                    loaded.referencesProblem = e->message;
                    return loaded;
                }
            }
            loaded.references = ProfileReferences{*users, *folders, *fields, *types};
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (!loaded.contact) {
                m_messageBar->showMessage(
                    tr("The contact could not be loaded: %1").arg(loaded.contact.error().message));
                m_splitter->setEnabled(false);
                return;
            }
            if (loaded.references) {
                m_details->setup(loaded.contact->kind, *loaded.references);
                m_activity->setCustomFields(loaded.references->fields);
                m_referencesLoaded = true;
            } else if (!loaded.referencesProblem.isEmpty()) {
                m_messageBar->showMessage(tr("Some choices could not be loaded: %1").arg(loaded.referencesProblem),
                    MessageBar::Kind::Warning);
                if (!m_referencesLoaded) {
                    m_details->setup(loaded.contact->kind, ProfileReferences{});
                    m_referencesLoaded = true;
                }
            }
            m_details->setEmailChecks(loaded.emailChecks);
            showContact(*loaded.contact);
            m_loaded = true;
            Q_EMIT this->loaded();
        });
}

void ContactProfileWidget::showContact(const Contact &contact)
{
    m_details->setContact(contact);
    m_associations->setContact(contact);
    const bool trashed = contact.deletedAt != 0;
    m_splitter->setEnabled(!trashed);
    if (trashed) {
        m_messageBar->showMessage(tr("This contact is in the trash."), MessageBar::Kind::Information);
    } else if (m_messageBar->kind() == MessageBar::Kind::Information) {
        m_messageBar->clearMessage();
    }
    if (contact.displayName != m_title) {
        m_title = contact.displayName;
        Q_EMIT titleChanged(m_title);
    }
}

void ContactProfileWidget::onChangesCommitted(const ChangeSet &changes)
{
    const auto touches = [this](const QSet<qint64> &ids) { return ids.contains(m_contactId); };
    const bool mine = touches(changes.updatedContacts) || touches(changes.trashedContacts)
        || touches(changes.restoredContacts) || touches(changes.createdContacts);
    if (touches(changes.purgedContacts)) {
        Q_EMIT closeRequested();
        return;
    }
    const bool references = changes.otherEntities.contains(u"custom_field"_s)
        || changes.otherEntities.contains(u"user"_s) || changes.otherEntities.contains(u"contact_type"_s);
    // A verification job (BulkRunner) reports its stored checks as "email_check", not per contact.
    if (mine || references || changes.otherEntities.contains(u"email_check"_s)) {
        // An editor open now would lose its text with a rebuild; its field's own save reloads afterwards.
        load(references && !m_details->isEditing());
    }
    // Every record's service (notes, tasks, appointments, documents, payments) reports its contact as updated,
    // also the contact a record moved away from; a record of another contact changes nothing here.
    if (mine) {
        m_timeline->refresh();
        m_activity->refresh();
        m_notes->refresh();
        m_payments->refresh();
    }
    // Tasks (TaskListModel), Appointments and Documents reload themselves on their entities.
    // Persons joining or leaving the company show up in Associations; they are other contacts than this one.
    if (!changes.createdContacts.isEmpty() || !changes.updatedContacts.isEmpty() || !changes.trashedContacts.isEmpty()
        || !changes.restoredContacts.isEmpty()) {
        m_associations->refresh();
    }
}

void ContactProfileWidget::deleteContact()
{
    Confirmation question;
    question.title = tr("Delete contact");
    question.text = tr("Move \"%1\" to the trash?").arg(m_title);
    question.informativeText = tr("Contacts stay in the trash for %n day(s) and can be restored until then.",
        nullptr,
        ContactService::TrashRetentionDays);
    question.acceptText = tr("Move to trash");
    question.objectName = u"deleteContactMessageBox"_s;
    question.acceptIsDefault = true;
    ConfirmBox::ask(this, question, [this] {
        const Session session = m_session;
        const qint64 id = m_contactId;
        m_storage->run<Result<void>>(
            this,
            [session, id](Database &db) { return ContactService(db, session).moveToTrash({id}); },
            [this](const Result<void> &done) {
                if (!done) {
                    m_messageBar->showMessage(done.error().message);
                    return;
                }
                Q_EMIT closeRequested();
            });
    });
}

void ContactProfileWidget::keyPressEvent(QKeyEvent *event)
{
    // Keys reach here only when the focused child did not use them: an open editor keeps its Esc and Del.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT closeRequested();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier && m_loaded
        && m_details->contact().deletedAt == 0) {
        deleteContact();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ContactProfileWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_loaded && m_splitter->isEnabled() && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QWidget::dragEnterEvent(event);
}

void ContactProfileWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_loaded && m_splitter->isEnabled() && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QWidget::dragMoveEvent(event);
}

void ContactProfileWidget::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty() || !m_splitter->isEnabled()) {
        QWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    dropFiles(paths);
}

void ContactProfileWidget::dropFiles(const QStringList &paths)
{
    QStringList invitations;
    QStringList files;
    for (const auto &path : paths) {
        (QFileInfo(path).suffix().compare(u"ics"_s, Qt::CaseInsensitive) == 0 ? invitations : files).append(path);
    }
    if (!files.isEmpty()) {
        m_documents->addFiles(files, Document::Category::Received);
        m_sidebar->setCurrentWidget(m_documents);
    }
    if (!invitations.isEmpty()) {
        m_appointments->importIcsFiles(invitations);
        m_sidebar->setCurrentWidget(m_appointments);
    }
}

void ContactProfileWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ContactProfileWidget::retranslate()
{
    m_sidebar->setTabText(m_sidebar->indexOf(m_activity), tr("Activity"));
    m_sidebar->setTabText(m_sidebar->indexOf(m_tasks), tr("Tasks"));
    m_sidebar->setTabText(m_sidebar->indexOf(m_notes), tr("Notes"));
    m_sidebar->setTabText(m_sidebar->indexOf(m_appointments), tr("Appointments"));
    m_sidebar->setTabText(m_sidebar->indexOf(m_documents), tr("Documents"));
    m_sidebar->setTabText(m_sidebar->indexOf(m_payments), tr("Payments"));
    m_sidebar->setTabText(m_sidebar->indexOf(m_associations), tr("Associations"));
}

} // namespace Kontor
