#include "AppointmentsTab.h"

#include "CardDelegate.h"
#include "StorageThread.h"
#include "appointments/AppointmentEditDialog.h"
#include "appointments/AppointmentService.h"
#include "appointments/AppointmentText.h"
#include "appointments/CalendarService.h"
#include "appointments/IcsFormat.h"
#include "common/ConfirmBox.h"
#include "common/MessageBar.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
const QColor FallbackAccent(0x3b, 0x82, 0xf6);

struct Loaded
{
    QList<Appointment> appointments;
    QHash<qint64, QString> colors; // calendar id -> "#rrggbb"
};

struct ImportOutcome
{
    int added = 0;
    QStringList importedFiles;
    QStringList errors;
};

QListWidget *makeList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setItemDelegate(new CardDelegate(list));
    list->setResizeMode(QListView::Adjust);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return list;
}
} // namespace

AppointmentsTab::AppointmentsTab(
    StorageThread *storage, const Session &session, Settings *settings, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_contactId(contactId)
    , m_messageBar(new MessageBar(this))
    , m_upcomingLabel(new QLabel(this))
    , m_upcomingList(makeList(this, u"upcomingAppointmentsListWidget"_s))
    , m_pastLabel(new QLabel(this))
    , m_pastList(makeList(this, u"pastAppointmentsListWidget"_s))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_exportSelectedAction(new QAction(this))
    , m_exportAllAction(new QAction(this))
{
    setObjectName(u"appointmentsTab"_s);
    setAcceptDrops(true);
    m_messageBar->setObjectName(u"appointmentsMessageBar"_s);
    m_upcomingLabel->setObjectName(u"upcomingAppointmentsLabel"_s);
    m_pastLabel->setObjectName(u"pastAppointmentsLabel"_s);
    m_newButton->setObjectName(u"newAppointmentButton"_s);
    m_editButton->setObjectName(u"editAppointmentButton"_s);
    m_deleteButton->setObjectName(u"deleteAppointmentButton"_s);
    m_exportButton->setObjectName(u"exportAppointmentsButton"_s);
    m_exportSelectedAction->setObjectName(u"exportSelectedAppointmentAction"_s);
    m_exportAllAction->setObjectName(u"exportAllAppointmentsAction"_s);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(m_exportSelectedAction);
    exportMenu->addAction(m_exportAllAction);
    m_exportButton->setMenu(exportMenu);
    for (QLabel *label : {m_upcomingLabel, m_pastLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch();
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addLayout(buttons);
    layout->addWidget(m_upcomingLabel);
    layout->addWidget(m_upcomingList, 3);
    layout->addWidget(m_pastLabel);
    layout->addWidget(m_pastList, 2);

    connect(m_newButton, &QPushButton::clicked, this, &AppointmentsTab::newAppointment);
    connect(m_editButton, &QPushButton::clicked, this, &AppointmentsTab::editCurrentAppointment);
    connect(m_deleteButton, &QPushButton::clicked, this, &AppointmentsTab::deleteCurrentAppointment);
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { exportWithDialog(false); });
    connect(m_exportAllAction, &QAction::triggered, this, [this] { exportWithDialog(true); });
    for (QListWidget *list : {m_upcomingList, m_pastList}) {
        connect(list, &QListWidget::itemActivated, this, &AppointmentsTab::editCurrentAppointment);
        connect(list, &QListWidget::currentRowChanged, this, [this, list] { onCurrentChanged(list); });
    }
    connect(m_storage, &StorageThread::changesCommitted, this, &AppointmentsTab::onChangesCommitted);
    retranslate();
    showAppointments({});
    refresh();
}

void AppointmentsTab::refresh()
{
    const quint64 generation = ++m_generation;
    const Session session = m_session;
    const qint64 id = m_contactId;
    m_storage->run<Result<Loaded>>(
        this,
        [session, id](Database &db) -> Result<Loaded> {
            Loaded loaded;
            auto appointments = AppointmentService(db, session).forContact(id);
            if (!appointments) {
                return appointments.error();
            }
            loaded.appointments = *appointments;
            auto calendars = CalendarService(db, session).list();
            if (calendars) {
                for (const Calendar &calendar : *calendars) {
                    loaded.colors.insert(calendar.id, calendar.color);
                }
            }
            return loaded;
        },
        [this, generation](const Result<Loaded> &loaded) {
            if (generation != m_generation) {
                return; // a newer refresh is on its way
            }
            if (!loaded) {
                m_messageBar->showMessage(tr("The appointments could not be loaded: %1").arg(loaded.error().message));
                return;
            }
            m_calendarColors.clear();
            for (auto it = loaded->colors.cbegin(); it != loaded->colors.cend(); ++it) {
                const QColor color = QColor::fromString(it.value());
                m_calendarColors.insert(it.key(), color.isValid() ? color : FallbackAccent);
            }
            showAppointments(loaded->appointments);
            m_loaded = true;
            Q_EMIT refreshed();
        });
}

void AppointmentsTab::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.otherEntities.contains(u"appointment"_s) || changes.otherEntities.contains(u"calendar"_s)
        || changes.restoredContacts.contains(m_contactId)) {
        refresh();
    }
}

void AppointmentsTab::showAppointments(const QList<Appointment> &appointments)
{
    const Appointment *current = currentAppointment();
    const qint64 currentId = current ? current->id : 0;
    m_appointments = appointments;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Appointment> upcoming;
    QList<Appointment> past;
    for (const Appointment &appointment : appointments) {
        (appointment.end > now ? upcoming : past).append(appointment);
    }
    std::stable_sort(
        upcoming.begin(), upcoming.end(), [](const Appointment &a, const Appointment &b) { return a.start < b.start; });
    std::stable_sort(
        past.begin(), past.end(), [](const Appointment &a, const Appointment &b) { return a.start > b.start; });
    fillList(m_upcomingList, upcoming, currentId);
    fillList(m_pastList, past, currentId);
    m_upcomingLabel->setText(upcoming.isEmpty() ? tr("Upcoming: none") : tr("Upcoming (%1)").arg(upcoming.size()));
    m_pastLabel->setText(past.isEmpty() ? tr("Past: none") : tr("Past (%1)").arg(past.size()));
    m_upcomingList->setVisible(!upcoming.isEmpty());
    m_pastList->setVisible(!past.isEmpty());
    updateButtons();
}

void AppointmentsTab::fillList(QListWidget *list, const QList<Appointment> &appointments, qint64 current)
{
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Appointment &appointment : appointments) {
        QString text = appointment.title;
        if (!appointment.location.isEmpty()) {
            //: the place of an appointment in its card
            text += u'\n' + tr("at %1").arg(appointment.location);
        }
        auto *item = new QListWidgetItem(text, list);
        //: an appointment card's header: %1 is when, %2 the calendar
        item->setData(
            CardDelegate::HeaderRole, tr("%1 · %2").arg(AppointmentText::when(appointment), appointment.calendarName));
        item->setData(CardDelegate::AccentRole, m_calendarColors.value(appointment.calendarId, FallbackAccent));
        item->setData(IdRole, appointment.id);
        item->setToolTip(appointment.notes);
        if (appointment.id == current) {
            list->setCurrentItem(item);
        }
    }
}

const Appointment *AppointmentsTab::currentAppointment() const
{
    for (const QListWidget *list : {m_upcomingList, m_pastList}) {
        const QListWidgetItem *item = list->currentItem();
        if (item && item->isSelected()) {
            const qint64 id = item->data(IdRole).toLongLong();
            for (const Appointment &appointment : m_appointments) {
                if (appointment.id == id) {
                    return &appointment;
                }
            }
        }
    }
    return nullptr;
}

void AppointmentsTab::onCurrentChanged(QListWidget *list)
{
    // One appointment is chosen at a time, in either section.
    QListWidget *other = list == m_upcomingList ? m_pastList : m_upcomingList;
    if (list->currentItem()) {
        const QSignalBlocker blocker(other);
        other->clearSelection();
        other->setCurrentItem(nullptr);
    }
    updateButtons();
}

void AppointmentsTab::updateButtons()
{
    const bool chosen = currentAppointment() != nullptr;
    m_editButton->setEnabled(chosen);
    m_deleteButton->setEnabled(chosen);
    m_exportSelectedAction->setEnabled(chosen);
    m_exportAllAction->setEnabled(!m_appointments.isEmpty());
    m_exportButton->setEnabled(!m_appointments.isEmpty());
}

void AppointmentsTab::newAppointment()
{
    Appointment appointment;
    appointment.contactId = m_contactId;
    // The next full hour, for an hour.
    const QDateTime now = QDateTime::currentDateTime();
    appointment.start = QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
    appointment.end = appointment.start.addSecs(3600);
    openEditor(appointment);
}

void AppointmentsTab::editCurrentAppointment()
{
    if (const Appointment *appointment = currentAppointment()) {
        openEditor(*appointment);
    }
}

void AppointmentsTab::openEditor(const Appointment &appointment)
{
    auto *dialog = new AppointmentEditDialog(m_storage, m_session, appointment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppointmentEditDialog::saved, this, [this] {
        m_messageBar->clearMessage();
        refresh();
    });
    dialog->open();
}

void AppointmentsTab::deleteCurrentAppointment()
{
    const Appointment *appointment = currentAppointment();
    if (!appointment) {
        return;
    }
    const qint64 id = appointment->id;
    Confirmation question;
    question.title = tr("Delete appointment");
    question.text = tr("Delete the appointment “%1” for good?").arg(appointment->title);
    question.informativeText = AppointmentText::when(*appointment);
    question.acceptText = tr("Delete");
    question.objectName = u"deleteAppointmentMessageBox"_s;
    ConfirmBox::ask(this, question, [this, id] {
        const Session session = m_session;
        m_storage->run<Result<void>>(
            this,
            [session, id](Database &db) { return AppointmentService(db, session).remove(id); },
            [this](const Result<void> &removed) {
                if (!removed) {
                    m_messageBar->showMessage(removed.error().message);
                    return;
                }
                m_messageBar->clearMessage();
                refresh();
            });
    });
}

void AppointmentsTab::exportWithDialog(bool all)
{
    const Appointment *current = currentAppointment();
    if (!all && !current) {
        return;
    }
    QString name = all || current->title.isEmpty() ? tr("appointments") : current->title;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this,
        all ? tr("Export all appointments") : tr("Export appointment"),
        QDir(folder).filePath(name + u".ics"_s),
        tr("iCalendar files (*.ics)"));
    if (!path.isEmpty()) {
        exportIcs(path, all);
    }
}

bool AppointmentsTab::exportIcs(const QString &path, bool all)
{
    QList<Appointment> chosen;
    if (all) {
        chosen = m_appointments;
    } else if (const Appointment *current = currentAppointment()) {
        chosen.append(*current);
    }
    if (chosen.isEmpty()) {
        m_messageBar->showMessage(tr("There is no appointment to export."), MessageBar::Kind::Warning);
        return false;
    }
    const QString native = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(IcsFormat::write(chosen)) < 0 || !file.commit()) {
        m_messageBar->showMessage(tr("The file %1 cannot be written: %2").arg(native, file.errorString()));
        return false;
    }
    m_messageBar->showMessage(tr("%n appointment(s) exported to %1.", nullptr, int(chosen.size())).arg(native),
        MessageBar::Kind::Information);
    return true;
}

QStringList AppointmentsTab::icsFiles(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".ics"_s, Qt::CaseInsensitive)) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

void AppointmentsTab::importIcsFiles(const QStringList &paths)
{
    QList<std::pair<QString, QByteArray>> files;
    QStringList errors;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors.append(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            continue;
        }
        files.append({QFileInfo(path).fileName(), file.readAll()});
    }
    const Session session = m_session;
    const qint64 contactId = m_contactId;
    m_storage->run<ImportOutcome>(
        this,
        [session, contactId, files](Database &db) {
            ImportOutcome outcome;
            AppointmentService service(db, session);
            for (const auto &[name, ics] : files) {
                const auto added = service.importIcs(contactId, ics, name);
                if (!added) {
                    const QString message = added.error().message;
                    // Each refusal names its file, also where the service's message does not.
                    outcome.errors.append(
                        message.contains(name) ? message : tr("%1: %2", "file name: error").arg(name, message));
                    continue;
                }
                outcome.added += int(added->size());
                outcome.importedFiles.append(name);
            }
            return outcome;
        },
        [this, errors](const ImportOutcome &outcome) {
            const QStringList all = errors + outcome.errors;
            if (!all.isEmpty()) {
                QString text = all.join(u'\n');
                if (outcome.added > 0) {
                    text += u'\n'
                        + tr("%n appointment(s) imported from %1.", nullptr, outcome.added)
                              .arg(outcome.importedFiles.join(u", "_s));
                }
                m_messageBar->showMessage(text);
            } else if (!outcome.importedFiles.isEmpty()) {
                m_messageBar->showMessage(tr("%n appointment(s) imported from %1.", nullptr, outcome.added)
                                              .arg(outcome.importedFiles.join(u", "_s)),
                    MessageBar::Kind::Information);
            }
            refresh();
            Q_EMIT imported();
        });
}

void AppointmentsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !icsFiles(event->mimeData()->urls()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QWidget::dragEnterEvent(event);
}

void AppointmentsTab::dropEvent(QDropEvent *event)
{
    const QStringList paths = event->mimeData()->hasUrls() ? icsFiles(event->mimeData()->urls()) : QStringList();
    if (paths.isEmpty()) {
        QWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    importIcsFiles(paths);
}

void AppointmentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAppointments(m_appointments);
    }
    QWidget::changeEvent(event);
}

void AppointmentsTab::retranslate()
{
    m_newButton->setText(tr("New appointment..."));
    m_editButton->setText(tr("Edit..."));
    m_deleteButton->setText(tr("Delete"));
    m_exportButton->setText(tr("Export .ics"));
    m_exportSelectedAction->setText(tr("Chosen appointment..."));
    m_exportAllAction->setText(tr("All appointments..."));
}

} // namespace Kontor
