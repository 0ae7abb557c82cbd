#include "ReminderTray.h"

#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MessageMs = 15000;
} // namespace

ReminderTray::ReminderTray(StorageThread *storage, const Session &session, Settings *settings, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_scheduler(new ReminderScheduler(storage, session, settings, this))
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_showAction(new QAction(this))
    , m_quitAction(new QAction(this))
{
    setObjectName(u"reminderTray"_s);
    m_menu->setObjectName(u"trayMenu"_s);
    m_showAction->setObjectName(u"trayShowAction"_s);
    m_quitAction->setObjectName(u"trayQuitAction"_s);
    m_icon->setIcon(QIcon::fromTheme(u"kontor"_s, QIcon(u":/icons/kontor-tray.svg"_s)));
    m_menu->addAction(m_showAction);
    m_menu->addSeparator();
    m_menu->addAction(m_quitAction);
    m_icon->setContextMenu(m_menu);
    m_scheduler->setPresenter([this](const Reminder &reminder, const QString &title, const QString &text) {
        present(reminder, title, text);
    });
    connect(m_showAction, &QAction::triggered, this, &ReminderTray::showWindow);
    connect(m_quitAction, &QAction::triggered, this, &ReminderTray::quit);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showWindow();
        }
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        showWindow();
        if (m_lastContactId) {
            Q_EMIT openContactRequested(m_lastContactId);
        }
    });
    connect(m_scheduler, &ReminderScheduler::failed, this, &ReminderTray::statusMessage);
    m_window->installEventFilter(this);
    retranslate();
}

ReminderTray::~ReminderTray()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not take it
}

bool ReminderTray::isAvailable() const
{
    return m_available.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void ReminderTray::setPresenter(ReminderScheduler::Presenter presenter)
{
    m_scheduler->setPresenter(std::move(presenter));
}

void ReminderTray::start()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon->show();
    }
    m_scheduler->start();
}

void ReminderTray::present(const Reminder &reminder, const QString &title, const QString &text)
{
    m_lastContactId = reminder.contactId;
    if (isAvailable() && m_icon->isVisible()) {
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, MessageMs);
        return;
    }
    // No tray to notify through: the reminder is delivered all the same, into the status bar.
    Q_EMIT statusMessage(tr("%1 - %2").arg(title, text));
}

void ReminderTray::showWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void ReminderTray::quit()
{
    m_quitting = true;
    m_window->close();
    QCoreApplication::quit(); // nothing happens outside the event loop (tests)
}

bool ReminderTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    if (watched != m_window || event->type() != QEvent::Close || m_quitting) {
        return QObject::eventFilter(watched, event);
    }
    if (m_settings->closeToTray() && isAvailable()) {
        event->ignore();
        m_window->hide();
        if (!m_toldAboutTray && m_icon->isVisible()) {
            m_toldAboutTray = true;
            m_icon->showMessage(tr("Kontor keeps running"),
                tr("Reminders keep coming. Quit Kontor from this icon's menu."),
                QSystemTrayIcon::Information,
                MessageMs);
        }
        return true;
    }
    // app/desktop/main.cpp keeps Kontor running when its last window closes (for the tray); a close that does
    // not go to the tray ends it.
    if (!QGuiApplication::quitOnLastWindowClosed()) {
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

void ReminderTray::retranslate()
{
    m_showAction->setText(tr("Show Kontor"));
    m_quitAction->setText(tr("Quit"));
    m_icon->setToolTip(tr("Kontor"));
}

} // namespace Kontor
