#include "RecordsUiHelpers.h"
#include "appointments/AppointmentEditDialog.h"
#include "appointments/AppointmentService.h"
#include "appointments/CalendarService.h"
#include "common/MessageBar.h"
#include "settings/CalendarsSettingsPage.h"
#include "settings/GeneralSettingsPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Calendar> storedCalendars(GuiFixture &f)
{
    const Session session = f.session();
    return f.value<QList<Calendar>>([session](Database &db) { return CalendarService(db, session).list(); });
}

void openPage(CalendarsSettingsPage &page)
{
    showWidget(page, 560, 420);
    REQUIRE(QTest::qWaitFor([&] { return !page.isLoading() && !page.calendars().isEmpty(); }, GuiWaitMs));
}

void addCalendar(CalendarsSettingsPage &page, const QString &name)
{
    const qsizetype before = page.calendars().size();
    QTest::keyClicks(child<QLineEdit>(&page, u"newCalendarLineEdit"_s), name);
    QTest::mouseClick(child<QPushButton>(&page, u"addCalendarButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.calendars().size() == before + 1 && !page.isLoading(); }, GuiWaitMs));
}

} // namespace

TEST_CASE("a calendar added in the settings lends its default location to new appointments", "[ui][calendars]")
{
    GuiFixture f;
    const qint64 contactId = f.addPerson(u"Erika"_s, u"Mustermann"_s, u"Berlin"_s);
    CalendarsSettingsPage page(&f.storage(), f.session());
    openPage(page);
    auto *list = child<QListWidget>(&page, u"calendarsListWidget"_s);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == u"Appointments"_s);
    CHECK_FALSE(child<QPushButton>(&page, u"removeCalendarButton"_s)->isEnabled()); // the last one stays

    addCalendar(page, u"Kundenbesuche"_s);
    REQUIRE(list->count() == 2);
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text() == u"Kundenbesuche"_s);
    auto *location = child<QLineEdit>(&page, u"defaultLocationLineEdit"_s);
    location->setText(u"Beim Kunden vor Ort"_s);
    QTest::keyClick(location, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QList<Calendar> calendars = storedCalendars(f);
            return calendars.size() == 2 && calendars[1].defaultLocation == u"Beim Kunden vor Ort"_s;
        },
        GuiWaitMs));
    const qint64 visitsId = storedCalendars(f)[1].id;

    page.setCurrentColor(QColor(u"#db2777"_s));
    REQUIRE(QTest::qWaitFor([&] { return storedCalendars(f)[1].color == u"#db2777"_s; }, GuiWaitMs));

    Appointment fresh;
    fresh.contactId = contactId;
    fresh.start = QDateTime(QDate::currentDate().addDays(1), QTime(10, 0));
    fresh.end = fresh.start.addSecs(3600);
    AppointmentEditDialog dialog(&f.storage(), f.session(), fresh);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isLoaded(); }, GuiWaitMs));
    auto *calendars = child<QComboBox>(&dialog, u"calendarComboBox"_s);
    auto *place = child<QLineEdit>(&dialog, u"locationLineEdit"_s);
    REQUIRE(calendars->count() == 2);
    CHECK(place->text().isEmpty()); // the default calendar has no default location
    const int visits = calendars->findData(visitsId);
    REQUIRE(visits >= 0);
    calendars->setCurrentIndex(visits);
    Q_EMIT calendars->activated(visits);
    CHECK(place->text() == u"Beim Kunden vor Ort"_s);
    // A location the user typed is not replaced.
    place->setText(u"Café am Markt"_s);
    calendars->setCurrentIndex(0);
    Q_EMIT calendars->activated(0);
    calendars->setCurrentIndex(visits);
    Q_EMIT calendars->activated(visits);
    CHECK(place->text() == u"Café am Markt"_s);

    QTest::keyClicks(child<QLineEdit>(&dialog, u"titleLineEdit"_s), u"Besuch"_s);
    QSignalSpy saved(&dialog, &AppointmentEditDialog::saved);
    dialog.save();
    REQUIRE(saved.wait(GuiWaitMs));
    const Appointment stored = saved.at(0).at(0).value<Appointment>();
    CHECK(stored.calendarId == visitsId);
    CHECK(stored.location == u"Café am Markt"_s);
}

TEST_CASE("a calendar that still holds appointments is not removed and the page says why", "[ui][calendars]")
{
    GuiFixture f;
    const qint64 contactId = f.addPerson(u"Erika"_s, u"Mustermann"_s, {});
    CalendarsSettingsPage page(&f.storage(), f.session());
    openPage(page);
    addCalendar(page, u"Messen"_s);
    const qint64 fairs = storedCalendars(f)[1].id;
    const Session session = f.session();
    f.value<Appointment>([session, contactId, fairs](Database &db) {
        Appointment a;
        a.contactId = contactId;
        a.calendarId = fairs;
        a.title = u"Hannover Messe"_s;
        a.setDays(QDate(2026, 4, 20), QDate(2026, 4, 24));
        return AppointmentService(db, session).add(a);
    });

    auto *list = child<QListWidget>(&page, u"calendarsListWidget"_s);
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&page, u"removeCalendarButton"_s), Qt::LeftButton);
    auto *bar = child<MessageBar>(&page, u"messageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, GuiWaitMs));
    CHECK(bar->kind() == MessageBar::Kind::Error);
    CHECK_FALSE(bar->text().isEmpty());
    CHECK(storedCalendars(f).size() == 2);

    // Renamed in place; a name that is taken is refused and the list shows the stored name again.
    list->item(1)->setText(u"Appointments"_s);
    REQUIRE(QTest::qWaitFor([&] { return !page.isLoading() && list->item(1)->text() == u"Messen"_s; }, GuiWaitMs));
    CHECK(bar->isVisible());
    list->item(1)->setText(u"Fachmessen"_s);
    REQUIRE(QTest::qWaitFor([&] { return storedCalendars(f)[1].name == u"Fachmessen"_s; }, GuiWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return !bar->isVisible(); }, GuiWaitMs));

    // Without appointments it goes.
    const QString wipe = f.storage().runBlocking<QString>([session, contactId](Database &db) {
        AppointmentService service(db, session);
        const auto appointments = service.forContact(contactId);
        if (!appointments) {
            return appointments.error().message;
        }
        for (const Appointment &a : *appointments) {
            if (!service.remove(a.id)) {
                return u"failed"_s;
            }
        }
        return QString();
    });
    REQUIRE(wipe.isEmpty());
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&page, u"removeCalendarButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return storedCalendars(f).size() == 1 && list->count() == 1; }, GuiWaitMs));
}

TEST_CASE("the general settings keep the documents' size limit", "[ui][calendars][settings]")
{
    GuiFixture f;
    CHECK(f.settings().documentMaxSizeMb() == 25);
    GeneralSettingsPage page(&f.settings());
    page.setApplyImmediately(true);
    showWidget(page, 520, 360);
    auto *spin = child<QSpinBox>(&page, u"documentMaxSizeSpinBox"_s);
    CHECK(spin->value() == 25);
    spin->setValue(8);
    Q_EMIT spin->editingFinished();
    CHECK(f.settings().documentMaxSizeMb() == 8);
    CHECK(f.settings().documentMaxSizeBytes() == 8LL * 1024 * 1024);
    REQUIRE(page.grab().save(guiScreenshotPath(u"general-settings-documents-en.png"_s)));
}

TEST_CASE("screenshots of the calendars settings in English and German", "[ui][calendars]")
{
    GuiFixture f;
    const Session session = f.session();
    for (const auto &[name, color, place] : {std::tuple{u"Kundenbesuche"_s, u"#16a34a"_s, u"Beim Kunden"_s},
             std::tuple{u"Messen"_s, u"#ea580c"_s, u"Messegelände"_s}}) {
        f.value<Calendar>([session, name, color, place](Database &db) {
            Calendar c;
            c.name = name;
            c.color = color;
            c.defaultLocation = place;
            return CalendarService(db, session).add(c);
        });
    }
    for (const QString &language : {u"en"_s, u"de"_s}) {
        LanguageScope scope(language);
        CalendarsSettingsPage page(&f.storage(), f.session());
        openPage(page);
        child<QListWidget>(&page, u"calendarsListWidget"_s)->setCurrentRow(1);
        const QString path = guiScreenshotPath(u"calendars-settings-%1.png"_s.arg(language));
        REQUIRE(page.grab().save(path));
        CHECK(QFileInfo(path).size() > 3000);
    }
}
