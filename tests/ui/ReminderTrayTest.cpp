#include "reminders/ReminderTray.h"

#include "GuiFixture.h"
#include "TasksUiFixture.h"
#include "main/MainWindow.h"
#include "reminders/ReminderScheduler.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;

struct Shown
{
    QString key;
    QString title;
    QString text;
    qint64 contactId = 0;
};

// A tray on a bare window whose reminders are recorded instead of shown.
struct RecordingTray
{
    explicit RecordingTray(TasksUiFixture &f)
        : tray(new ReminderTray(&f.storage(), f.session(), &f.settings(), &window))
    {
        tray->setPresenter([this](const Reminder &reminder, const QString &title, const QString &text) {
            shown.append({reminder.key, title, text, reminder.contactId});
        });
    }

    // Runs one check and waits for it to finish.
    void check()
    {
        QSignalSpy checked(tray->scheduler(), &ReminderScheduler::checked);
        tray->scheduler()->check();
        REQUIRE(QTest::qWaitFor([&] { return checked.count() > 0; }, WaitMs));
    }

    void start()
    {
        QSignalSpy checked(tray->scheduler(), &ReminderScheduler::checked);
        tray->start();
        REQUIRE(QTest::qWaitFor([&] { return checked.count() > 0; }, WaitMs));
    }

    QWidget window;
    ReminderTray *tray;
    QList<Shown> shown;
};

} // namespace

TEST_CASE("A task reminder that fell due while Kontor was not running is shown once at start", "[ui][reminders]")
{
    TasksUiFixture f;
    const qint64 anna = f.addPerson(u"Anna"_s, u"Adler"_s);
    f.addTask(u"Send the offer"_s, -60, anna, f.session().userId);
    f.addTask(u"Call back tomorrow"_s, 24 * 60, anna, f.session().userId);

    RecordingTray tray(f);
    tray.start();
    REQUIRE(tray.shown.size() == 1);
    CHECK(tray.shown[0].title == u"Task due: Send the offer"_s);
    CHECK(tray.shown[0].text.contains(u"Anna Adler"_s));
    CHECK(tray.shown[0].contactId == anna);

    // Delivered: neither the next check nor the next start shows it again.
    tray.check();
    CHECK(tray.shown.size() == 1);
    RecordingTray restarted(f);
    restarted.start();
    CHECK(restarted.shown.isEmpty());
}

TEST_CASE("When the clock passes a task's reminder time the reminder is shown, and only once", "[ui][reminders]")
{
    TasksUiFixture f;
    // Due in 30 minutes, reminded 15 minutes before.
    f.addTask(u"Call back"_s, 30, 0, f.session().userId, 15);
    RecordingTray tray(f);
    tray.start();
    CHECK(tray.shown.isEmpty());
    ReminderScheduler *scheduler = tray.tray->scheduler();
    CHECK(scheduler->nextFireTime() == TasksUiFixture::start().addSecs(15 * 60));
    // The timer waits for the next fire time, but never more than a minute.
    CHECK(scheduler->timer()->isActive());
    CHECK(scheduler->timer()->interval() <= ReminderScheduler::MaxWaitMs);

    f.clock().advanceMs(10 * 60 * 1000);
    tray.check();
    CHECK(tray.shown.isEmpty());

    f.clock().advanceMs(6 * 60 * 1000);
    tray.check();
    REQUIRE(tray.shown.size() == 1);
    CHECK(tray.shown[0].title == u"Task due: Call back"_s);
    CHECK_FALSE(scheduler->nextFireTime().isValid());

    f.clock().advanceMs(60 * 60 * 1000);
    tray.check();
    CHECK(tray.shown.size() == 1);
}

TEST_CASE("A task added while Kontor runs is reminded without a restart", "[ui][reminders]")
{
    TasksUiFixture f;
    RecordingTray tray(f);
    tray.start();
    ReminderScheduler *scheduler = tray.tray->scheduler();
    CHECK_FALSE(scheduler->nextFireTime().isValid());

    // The commit touching tasks makes the scheduler look again.
    QSignalSpy checked(scheduler, &ReminderScheduler::checked);
    f.addTask(u"Call back"_s, 5, 0, f.session().userId);
    REQUIRE(QTest::qWaitFor([&] { return checked.count() > 0; }, WaitMs));
    CHECK(scheduler->nextFireTime() == TasksUiFixture::start().addSecs(5 * 60));
    f.clock().advanceMs(5 * 60 * 1000);
    tray.check();
    REQUIRE(tray.shown.size() == 1);
    CHECK(tray.shown[0].title == u"Task due: Call back"_s);
}

TEST_CASE("A check with nothing to show moves the user's last check to now", "[ui][reminders]")
{
    // Otherwise every check (at least once a minute) would look through the whole 30-day catch-up window again.
    TasksUiFixture f;
    RecordingTray tray(f);
    const QString key = u"reminders.last_check.%1"_s.arg(f.session().userId);
    const auto lastCheck = [&] {
        return f.value<QString>([key](Database &db) { return Result<QString>(db.meta(key, u"0"_s)); }).toLongLong();
    };
    tray.start();
    CHECK(tray.shown.isEmpty());
    CHECK(lastCheck() == f.clock().nowMs());
    f.clock().advanceMs(10 * 60 * 1000);
    tray.check();
    CHECK(lastCheck() == f.clock().nowMs());
}

TEST_CASE("Birthday reminders come the set days before at the set time", "[ui][reminders]")
{
    TasksUiFixture f;
    f.settings().setBirthdayReminderDays(5);
    f.settings().setBirthdayReminderTime(QTime(7, 0));
    Contact anna;
    anna.firstName = u"Anna"_s;
    anna.lastName = u"Adler"_s;
    anna.birthday = Birthday{1980, 3, 18};
    anna.ownerId = f.session().userId;
    Contact bernd = anna;
    bernd.firstName = u"Bernd"_s;
    bernd.birthday = Birthday{0, 3, 19};
    const Session session = f.session();
    for (const Contact &contact : {anna, bernd}) {
        f.value<Contact>([session, contact](Database &db) { return ContactService(db, session).create(contact); });
    }

    // 13 March 10:00: Anna's reminder fell due at 07:00; Bernd's comes tomorrow at 07:00.
    RecordingTray tray(f);
    tray.start();
    REQUIRE(tray.shown.size() == 1);
    INFO(tray.shown[0].title.toStdString());
    CHECK(tray.shown[0].title.startsWith(u"Birthday in 5 day"_s)); // "days" once English has the plural
    CHECK(tray.shown[0].title.endsWith(u": Anna Adler"_s));
    CHECK(tray.shown[0].text.contains(u"turns 50"_s));
    const QDateTime tomorrow(QDate(2030, 3, 14), QTime(7, 0));
    CHECK(tray.tray->scheduler()->nextFireTime() == tomorrow);

    f.clock().setMs(tomorrow.toMSecsSinceEpoch());
    tray.check();
    REQUIRE(tray.shown.size() == 2);
    CHECK(tray.shown[1].title.startsWith(u"Birthday in 5 day"_s));
    CHECK(tray.shown[1].title.endsWith(u": Bernd Adler"_s));
}

TEST_CASE(
    "Without a system tray reminders go to the status bar and a click on one opens its contact", "[ui][reminders]")
{
    TasksUiFixture f;
    const qint64 anna = f.addPerson(u"Anna"_s, u"Adler"_s);
    f.addTask(u"Send the offer"_s, -5, anna, f.session().userId);
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReminderTray *tray = window.reminderTray();
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        CHECK_FALSE(tray->isAvailable());
    }
    REQUIRE(QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().startsWith(u"Task due: Send the offer"_s); }, WaitMs));

    // The tray's message for the last reminder opens its contact.
    Q_EMIT tray->trayIcon()->messageClicked();
    REQUIRE(QTest::qWaitFor([&] { return window.openProfiles().size() == 1; }, WaitMs));
    CHECK(window.currentSection() == MainWindow::Section::Profiles);

    // The tray's menu: Show Kontor and Quit.
    const QList<QAction *> actions = tray->menu()->actions();
    REQUIRE(actions.size() == 3);
    CHECK(actions[0]->text() == u"Show Kontor"_s);
    CHECK(actions[2]->text() == u"Quit"_s);
}

TEST_CASE("Closing the main window with close-to-tray keeps Kontor running; Quit ends it", "[ui][reminders]")
{
    TasksUiFixture f;
    f.settings().setCloseToTray(true);
    QPointer<MainWindow> window = new MainWindow(&f.storage(), f.session(), &f.settings());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    ReminderTray *tray = window->reminderTray();
    tray->setAvailable(true); // the offscreen platform has no tray

    CHECK_FALSE(window->close());
    CHECK_FALSE(window->isVisible());
    REQUIRE(window); // hidden, not destroyed

    tray->showWindow();
    CHECK(window->isVisible());

    // File > Quit closes for real.
    child<QAction>(window, u"quitAction"_s)->trigger();
    CHECK(tray->isQuitting());
    CHECK_FALSE(window->isVisible());
    delete window.data();
}

TEST_CASE("Without close-to-tray or without a tray closing the main window closes it", "[ui][reminders]")
{
    TasksUiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReminderTray *tray = window.reminderTray();

    SECTION("the setting is off")
    {
        f.settings().setCloseToTray(false);
        tray->setAvailable(true);
    }
    SECTION("there is no tray")
    {
        f.settings().setCloseToTray(true);
        tray->setAvailable(false);
    }
    CHECK(window.close());
    CHECK_FALSE(window.isVisible());
}
