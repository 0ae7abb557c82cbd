#pragma once

#include "ReminderScheduler.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Kontor {

// Kontor in the system tray: an icon with "Show Kontor" and "Quit", the reminders of the session's user as
// native notifications (QSystemTrayIcon::showMessage; a click on one opens its contact), and - with
// Settings::closeToTray() - closing the main window hides it while reminders keep coming. Quit really quits.
// Where there is no system tray (some desktops, the offscreen platform of the tests) reminders are still
// checked and marked delivered, and shown through statusMessage() (the main window's status bar) instead,
// and closing the window quits as usual.
class ReminderTray : public QObject
{
    Q_OBJECT

public:
    // Watches `window`'s close events; the window must outlive this object (it is usually the parent).
    ReminderTray(StorageThread *storage, const Session &session, Settings *settings, QWidget *window);
    ~ReminderTray() override;

    ReminderScheduler *scheduler() const { return m_scheduler; }
    QSystemTrayIcon *trayIcon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    bool isAvailable() const;
    // Overrides what the platform says about its tray (tests: the offscreen platform has none).
    void setAvailable(std::optional<bool> available) { m_available = available; }
    // Replaces how a reminder is shown (tests record them); the default is present().
    void setPresenter(ReminderScheduler::Presenter presenter);
    bool isQuitting() const { return m_quitting; }

public Q_SLOTS:
    // Shows the tray icon where there is a tray and makes the first check (the reminders that fell due while
    // Kontor was not running).
    void start();
    void showWindow();
    // Ends Kontor, also when the window would go to the tray.
    void quit();

Q_SIGNALS:
    void openContactRequested(qint64 contactId);
    // A reminder or a note for the status bar where there is no tray.
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void present(const Reminder &reminder, const QString &title, const QString &text);
    void retranslate();

    QWidget *m_window;
    Settings *m_settings;
    ReminderScheduler *m_scheduler;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_showAction;
    QAction *m_quitAction;
    std::optional<bool> m_available;
    qint64 m_lastContactId = 0; // of the message last shown: what a click on it opens
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

} // namespace Kontor
