#pragma once

#include "Session.h"
#include "reminders/Reminder.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Kontor {

class Settings;
class StorageThread;
struct ChangeSet;

// When to show which reminder to the session's user. check() asks ReminderService on the StorageThread for the
// reminders that are pending at the database clock's now (also those that fell due while Kontor was not
// running), marks them delivered in the same job - so nothing is shown twice, even by two windows - and hands
// each to the presenter. Then it waits for ReminderService::nextFireTime, but at most a minute (the wall clock
// may jump, a laptop may sleep), and checks again sooner after a commit touching tasks or contacts. Birthday
// options come from Settings at each check, so a changed setting applies at the next one.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // Shows one reminder; the title and text are translated.
    using Presenter = std::function<void(const Reminder &reminder, const QString &title, const QString &text)>;

    static constexpr int MaxWaitMs = 60 * 1000;

    ReminderScheduler(StorageThread *storage, const Session &session, Settings *settings, QObject *parent = nullptr);

    void setPresenter(Presenter presenter) { m_presenter = std::move(presenter); }
    ReminderOptions options() const;
    // The next fire time the last check found (UTC; invalid if none) and the timer's wait for it.
    QDateTime nextFireTime() const { return m_next; }
    QTimer *timer() { return &m_timer; }
    bool isChecking() const { return m_checking; }

    // "Task due: Call Anna", "Birthday in 3 days: Anna Weber".
    static QString titleFor(const Reminder &reminder, const QTimeZone &zone);
    static QString textFor(const Reminder &reminder, const QTimeZone &zone);

public Q_SLOTS:
    // The first check; later ones follow by themselves.
    void start();
    void check();

Q_SIGNALS:
    // After a check: the reminders it showed (empty when none was due).
    void checked(const QList<Kontor::Reminder> &shown);
    void failed(const QString &message);

private:
    void onChangesCommitted(const ChangeSet &changes);
    void schedule(const QDateTime &now);

    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    Presenter m_presenter;
    QTimer m_timer; // the next fire time or a minute, whichever is first
    QTimer m_changeTimer; // a burst of commits checks once
    QDateTime m_next;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace Kontor
