#include "ReminderScheduler.h"

#include "Clock.h"
#include "StorageThread.h"
#include "reminders/ReminderService.h"
#include "settings/Settings.h"

#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ChangeDelayMs = 500;
// Past the fire time, so that the check finds the reminder due even if the timer fires a little early.
constexpr int SlackMs = 200;

struct Checked
{
    Result<QList<Reminder>> shown = QList<Reminder>();
    Result<QDateTime> next = QDateTime();
    QDateTime now;
};
} // namespace

ReminderScheduler::ReminderScheduler(
    StorageThread *storage, const Session &session, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
{
    m_timer.setObjectName(u"reminderTimer"_s);
    m_timer.setSingleShot(true);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&m_changeTimer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(m_storage, &StorageThread::changesCommitted, this, &ReminderScheduler::onChangesCommitted);
}

ReminderOptions ReminderScheduler::options() const
{
    ReminderOptions options;
    options.birthdayDaysBefore = m_settings->birthdayReminderDays();
    options.birthdayTime = m_settings->birthdayReminderTime();
    options.timeZone = QTimeZone::systemTimeZone();
    return options;
}

void ReminderScheduler::start()
{
    check();
}

void ReminderScheduler::check()
{
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    m_checkAgain = false;
    m_changeTimer.stop();
    const qint64 userId = m_session.userId;
    const ReminderOptions options = this->options();
    m_storage->run<Checked>(
        this,
        [userId, options](Database &db) {
            ReminderService service(db, options);
            Checked result;
            result.now = db.clock().now();
            result.shown = service.pending(userId, result.now);
            if (result.shown) {
                // Delivered before shown: a crash in between loses a notification rather than repeating it. Also
                // with nothing to show, so that the user's last check moves to now and the next check looks only
                // at what fell due since (not at the whole catch-up window again, every minute).
                if (Result<void> marked = service.markDelivered(userId, *result.shown, result.now); !marked) {
                    result.shown = marked.error();
                }
            }
            result.next = service.nextFireTime(userId, result.now);
            return result;
        },
        [this, options](const Checked &result) {
            m_checking = false;
            if (!result.shown) {
                Q_EMIT failed(tr("Reminders could not be checked: %1").arg(result.shown.error().message));
            } else if (m_presenter) {
                for (const Reminder &reminder : *result.shown) {
                    m_presenter(reminder, titleFor(reminder, options.timeZone), textFor(reminder, options.timeZone));
                }
            }
            m_next = result.next ? *result.next : QDateTime();
            if (m_checkAgain) {
                check();
                return;
            }
            schedule(result.now);
            Q_EMIT checked(result.shown ? *result.shown : QList<Reminder>());
        });
}

void ReminderScheduler::schedule(const QDateTime &now)
{
    qint64 wait = MaxWaitMs;
    if (m_next.isValid() && now.isValid()) {
        wait = qBound(qint64(0), now.msecsTo(m_next) + SlackMs, qint64(MaxWaitMs));
    }
    m_timer.start(int(wait));
}

void ReminderScheduler::onChangesCommitted(const ChangeSet &changes)
{
    // A new or moved task, a birthday, an owner or a follower may change what fires next.
    const bool relevant = changes.otherEntities.contains(u"task"_s) || !changes.createdContacts.isEmpty()
        || !changes.updatedContacts.isEmpty() || !changes.trashedContacts.isEmpty()
        || !changes.restoredContacts.isEmpty() || !changes.purgedContacts.isEmpty();
    if (relevant && !m_changeTimer.isActive()) {
        m_changeTimer.start();
    }
}

QString ReminderScheduler::titleFor(const Reminder &reminder, const QTimeZone &zone)
{
    if (reminder.kind == Reminder::Kind::Birthday) {
        const int days = int(reminder.fireAt.toTimeZone(zone).date().daysTo(reminder.birthday));
        if (days <= 0) {
            return tr("Birthday today: %1").arg(reminder.title);
        }
        if (days == 1) {
            return tr("Birthday tomorrow: %1").arg(reminder.title);
        }
        return tr("Birthday in %n day(s): %1", nullptr, days).arg(reminder.title);
    }
    return tr("Task due: %1").arg(reminder.title);
}

QString ReminderScheduler::textFor(const Reminder &reminder, const QTimeZone &zone)
{
    const QLocale locale;
    if (reminder.kind == Reminder::Kind::Birthday) {
        const QString day = locale.toString(reminder.birthday, QLocale::LongFormat);
        //: %1 is a contact's name, %2 the age, %3 the day
        return reminder.age > 0 ? tr("%1 turns %2 on %3.").arg(reminder.contactName).arg(reminder.age).arg(day)
                                : tr("%1 celebrates on %2.").arg(reminder.contactName, day);
    }
    const QString due
        = reminder.due.isValid() ? locale.toString(reminder.due.toTimeZone(zone), QLocale::ShortFormat) : QString();
    if (reminder.contactName.isEmpty()) {
        return tr("Due %1.").arg(due);
    }
    //: %1 is the due date and time, %2 the contact's name
    return tr("Due %1 - %2").arg(due, reminder.contactName);
}

} // namespace Kontor
