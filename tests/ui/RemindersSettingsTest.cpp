#include "GuiFixture.h"
#include "settings/RemindersSettingsPage.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/SettingsPage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("The reminders settings page shows the defaults and saves days, time and close-to-tray", "[ui][settings]")
{
    GuiFixture f;
    RemindersSettingsPage page(&f.settings());
    auto *days = child<QSpinBox>(&page, u"birthdayDaysSpinBox"_s);
    auto *time = child<QTimeEdit>(&page, u"birthdayTimeEdit"_s);
    auto *closeToTray = child<QCheckBox>(&page, u"closeToTrayCheckBox"_s);
    CHECK(days->value() == 3);
    CHECK(days->minimum() == 0);
    CHECK(days->maximum() == 60);
    CHECK(time->time() == QTime(5, 30));
    CHECK(closeToTray->isChecked());

    days->setValue(7);
    time->setTime(QTime(8, 15));
    closeToTray->setChecked(false);
    // Not saved before apply() where the dialog has an OK button.
    CHECK(f.settings().birthdayReminderDays() == 3);
    page.apply();
    CHECK(f.settings().birthdayReminderDays() == 7);
    CHECK(f.settings().birthdayReminderTime() == QTime(8, 15));
    CHECK_FALSE(f.settings().closeToTray());
}

TEST_CASE("In the Settings section the reminder settings are saved at once", "[ui][settings]")
{
    GuiFixture f;
    SettingsPage settingsPage(&f.storage(), f.session(), &f.settings());
    RemindersSettingsPage *page = settingsPage.remindersPage();
    REQUIRE(page);
    auto *tabs = child<QTabWidget>(&settingsPage, u"settingsTabWidget"_s);
    CHECK(tabs->tabText(tabs->indexOf(page)) == u"Reminders"_s);

    child<QCheckBox>(page, u"closeToTrayCheckBox"_s)->setChecked(false);
    CHECK_FALSE(f.settings().closeToTray());
    auto *days = child<QSpinBox>(page, u"birthdayDaysSpinBox"_s);
    days->setValue(0);
    Q_EMIT days->editingFinished();
    CHECK(f.settings().birthdayReminderDays() == 0);
    CHECK(days->text() == u"On the day"_s);
}

TEST_CASE("The settings dialog saves the reminder settings on OK", "[ui][settings]")
{
    GuiFixture f;
    SettingsDialog dialog(&f.settings());
    auto *page = child<RemindersSettingsPage>(&dialog, u"remindersSettingsPage"_s);
    child<QSpinBox>(page, u"birthdayDaysSpinBox"_s)->setValue(14);
    child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    CHECK(f.settings().birthdayReminderDays() == 14);
}

TEST_CASE("Screenshots of the reminders settings in English and German", "[ui][settings][screenshot]")
{
    for (const QString &language : {u"en"_s, u"de"_s}) {
        std::optional<LanguageScope> scope;
        if (language != u"en"_s) {
            scope.emplace(language);
        }
        GuiFixture f;
        SettingsPage settingsPage(&f.storage(), f.session(), &f.settings());
        settingsPage.resize(900, 520);
        auto *tabs = child<QTabWidget>(&settingsPage, u"settingsTabWidget"_s);
        tabs->setCurrentWidget(settingsPage.remindersPage());
        settingsPage.show();
        REQUIRE(QTest::qWaitForWindowExposed(&settingsPage));
        REQUIRE(settingsPage.grab().save(guiScreenshotPath(u"settings-reminders-"_s + language + u".png"_s)));
    }
}
