#include "profile/AppointmentsTab.h"

#include "RecordsUiHelpers.h"
#include "appointments/AppointmentEditDialog.h"
#include "appointments/AppointmentService.h"
#include "appointments/CalendarService.h"
#include "appointments/IcsFormat.h"
#include "common/MessageBar.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

class AppointmentsFixture : public GuiFixture
{
public:
    AppointmentsFixture()
    {
        REQUIRE(m_files.isValid());
        contactId = addPerson(u"Erika"_s, u"Mustermann"_s, u"Berlin"_s);
    }

    QString file(const QString &name) const { return m_files.filePath(name); }

    Appointment add(const QString &title, const QDateTime &start, int minutes, const QString &location = {})
    {
        Appointment a;
        a.contactId = contactId;
        a.title = title;
        a.start = start;
        a.end = start.addSecs(minutes * 60);
        a.location = location;
        const Session session = this->session();
        return value<Appointment>([session, a](Database &db) { return AppointmentService(db, session).add(a); });
    }

    QList<Appointment> stored()
    {
        const Session session = this->session();
        const qint64 id = contactId;
        return value<QList<Appointment>>(
            [session, id](Database &db) { return AppointmentService(db, session).forContact(id); });
    }

    qint64 contactId = 0;

private:
    QTemporaryDir m_files;
};

QDateTime daysFromNow(int days, int hour)
{
    return QDateTime(QDate::currentDate().addDays(days), QTime(hour, 0));
}

void openTab(AppointmentsTab &tab)
{
    showWidget(tab, 520, 640);
    REQUIRE(QTest::qWaitFor([&] { return tab.isLoaded(); }, GuiWaitMs));
}

QByteArray invitation(const QString &uid, const QString &title, const QDateTime &start)
{
    const auto utc = [](const QDateTime &t) { return t.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s); };
    const QStringList lines{u"BEGIN:VCALENDAR"_s,
        u"VERSION:2.0"_s,
        u"PRODID:-//Example//Mailer//EN"_s,
        u"METHOD:REQUEST"_s,
        u"BEGIN:VEVENT"_s,
        u"UID:"_s + uid,
        u"DTSTAMP:20260101T080000Z"_s,
        u"DTSTART:"_s + utc(start),
        u"DTEND:"_s + utc(start.addSecs(5400)),
        u"SUMMARY:"_s + title,
        u"LOCATION:Messe Hannover\\, Halle 3"_s,
        u"ORGANIZER;CN=Max Muster:mailto:max@example.com"_s,
        u"ATTENDEE;CN=Erika Mustermann:mailto:erika@example.com"_s,
        u"END:VEVENT"_s,
        u"END:VCALENDAR"_s,
        QString()};
    return lines.join(u"\r\n"_s).toUtf8();
}

} // namespace

TEST_CASE("an appointment created through the dialog shows under Upcoming with its place", "[ui][appointments]")
{
    AppointmentsFixture f;
    const User colleague
        = f.value<User>([](Database &db) { return UserService(db).create(u"Jonas Weber"_s, u"jonas@example.com"_s); });
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    auto *upcoming = child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s);
    CHECK(upcoming->count() == 0);
    CHECK(child<QLabel>(&tab, u"upcomingAppointmentsLabel"_s)->text() == u"Upcoming: none"_s);

    QTest::mouseClick(child<QPushButton>(&tab, u"newAppointmentButton"_s), Qt::LeftButton);
    auto *dialog = waitForTopLevel<AppointmentEditDialog>(u"appointmentEditDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, GuiWaitMs));
    QPointer<AppointmentEditDialog> guard(dialog);
    child<QLineEdit>(dialog, u"titleLineEdit"_s)->setText(u"Jahresgespräch"_s);
    child<QDateTimeEdit>(dialog, u"startDateTimeEdit"_s)->setDateTime(daysFromNow(2, 10));
    // The end keeps the length (one hour) when the start moves.
    CHECK(child<QDateTimeEdit>(dialog, u"endDateTimeEdit"_s)->dateTime() == daysFromNow(2, 11));
    child<QLineEdit>(dialog, u"locationLineEdit"_s)->setText(u"Hauptstraße 1, Berlin"_s);
    auto *attendees = child<QListWidget>(dialog, u"attendeesListWidget"_s);
    REQUIRE(attendees->count() >= 3); // the contact, the local user, Jonas
    CHECK(attendees->item(0)->text() == u"Erika Mustermann (contact)"_s);
    CHECK(attendees->item(0)->checkState() == Qt::Checked);
    for (int row = 1; row < attendees->count(); ++row) {
        if (attendees->item(row)->text() == u"Jonas Weber"_s) {
            attendees->item(row)->setCheckState(Qt::Checked);
        }
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"saveAppointmentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return guard.isNull(); }, GuiWaitMs));

    REQUIRE(QTest::qWaitFor([&] { return upcoming->count() == 1; }, GuiWaitMs));
    CHECK(upcoming->item(0)->text() == u"Jahresgespräch\nat Hauptstraße 1, Berlin"_s);
    CHECK(upcoming->item(0)->data(Qt::UserRole + 100).toString().contains(u"Appointments"_s)); // the calendar
    CHECK(child<QLabel>(&tab, u"upcomingAppointmentsLabel"_s)->text() == u"Upcoming (1)"_s);
    const QList<Appointment> stored = f.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].start.toLocalTime() == daysFromNow(2, 10));
    bool jonas = false;
    bool contact = false;
    for (const Attendee &attendee : stored[0].attendees) {
        jonas = jonas || attendee.userId == colleague.id;
        contact = contact || attendee.contactId == f.contactId;
    }
    CHECK(jonas);
    CHECK(contact);
}

TEST_CASE("the dialog shows a refused appointment inline and stays open", "[ui][appointments]")
{
    AppointmentsFixture f;
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    QTest::mouseClick(child<QPushButton>(&tab, u"newAppointmentButton"_s), Qt::LeftButton);
    auto *dialog = waitForTopLevel<AppointmentEditDialog>(u"appointmentEditDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, GuiWaitMs));
    auto *bar = child<MessageBar>(dialog, u"messageBar"_s);

    // No title: refused before anything is sent.
    QTest::mouseClick(child<QPushButton>(dialog, u"saveAppointmentButton"_s), Qt::LeftButton);
    CHECK(bar->isVisible());
    CHECK(bar->text() == u"Please enter a title."_s);

    child<QLineEdit>(dialog, u"titleLineEdit"_s)->setText(u"Rückruf"_s);
    child<QDateTimeEdit>(dialog, u"startDateTimeEdit"_s)->setDateTime(daysFromNow(1, 15));
    child<QDateTimeEdit>(dialog, u"endDateTimeEdit"_s)->setDateTime(daysFromNow(1, 14));
    QTest::mouseClick(child<QPushButton>(dialog, u"saveAppointmentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return bar->text() == u"The appointment ends before it starts."_s; }, GuiWaitMs));
    CHECK(dialog->isVisible());
    CHECK(f.stored().isEmpty());
    dialog->reject();
}

TEST_CASE("past appointments are listed under Past latest first and upcoming ones soonest first", "[ui][appointments]")
{
    AppointmentsFixture f;
    f.add(u"Erstgespräch"_s, daysFromNow(-30, 9), 60);
    f.add(u"Vorführung"_s, daysFromNow(-3, 14), 90, u"Showroom"_s);
    f.add(u"Vertragsunterzeichnung"_s, daysFromNow(10, 11), 30);
    f.add(u"Messe"_s, daysFromNow(4, 8), 600);
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    auto *upcoming = child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s);
    auto *past = child<QListWidget>(&tab, u"pastAppointmentsListWidget"_s);
    REQUIRE(upcoming->count() == 2);
    REQUIRE(past->count() == 2);
    CHECK(upcoming->item(0)->text() == u"Messe"_s);
    CHECK(upcoming->item(1)->text() == u"Vertragsunterzeichnung"_s);
    CHECK(past->item(0)->text() == u"Vorführung\nat Showroom"_s);
    CHECK(past->item(1)->text() == u"Erstgespräch"_s);
    CHECK(child<QLabel>(&tab, u"pastAppointmentsLabel"_s)->text() == u"Past (2)"_s);

    // One appointment is chosen at a time across both sections.
    past->setCurrentRow(0);
    REQUIRE(tab.currentAppointment());
    CHECK(tab.currentAppointment()->title == u"Vorführung"_s);
    upcoming->setCurrentRow(1);
    CHECK(tab.currentAppointment()->title == u"Vertragsunterzeichnung"_s);
    CHECK(past->selectedItems().isEmpty());

    // A change made elsewhere (another window, the CLI) shows without reopening the tab.
    f.add(u"Nachfassen"_s, daysFromNow(20, 9), 30);
    REQUIRE(QTest::qWaitFor([&] { return upcoming->count() == 3; }, GuiWaitMs));
    CHECK(upcoming->item(2)->text() == u"Nachfassen"_s);
}

TEST_CASE("deleting an appointment asks first and removes it", "[ui][appointments]")
{
    AppointmentsFixture f;
    f.add(u"Termin vor Ort"_s, daysFromNow(3, 10), 60);
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    auto *upcoming = child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s);
    REQUIRE(upcoming->count() == 1);
    auto *remove = child<QPushButton>(&tab, u"deleteAppointmentButton"_s);
    CHECK_FALSE(remove->isEnabled());
    upcoming->setCurrentRow(0);
    CHECK(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *box = waitForTopLevel<QMessageBox>(u"deleteAppointmentMessageBox"_s);
    CHECK(box->text().contains(u"Termin vor Ort"_s));
    QAbstractButton *accept = box->button(QMessageBox::Yes);
    REQUIRE(accept);
    CHECK(accept->text() == u"Delete"_s);
    accept->click();
    REQUIRE(QTest::qWaitFor([&] { return f.stored().isEmpty() && upcoming->count() == 0; }, GuiWaitMs));
}

TEST_CASE(
    "an .ics invitation dropped onto the tab adds the appointment and a broken file is named", "[ui][appointments]")
{
    AppointmentsFixture f;
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    auto *upcoming = child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s);
    auto *bar = child<MessageBar>(&tab, u"appointmentsMessageBar"_s);
    const QString path = writeFile(
        f.file(u"einladung.ics"_s), invitation(u"inv-1@example.com"_s, u"Messegespräch"_s, daysFromNow(5, 13)));

    dropFiles(&tab, {path});
    REQUIRE(QTest::qWaitFor([&] { return upcoming->count() == 1; }, GuiWaitMs));
    CHECK(upcoming->item(0)->text() == u"Messegespräch\nat Messe Hannover, Halle 3"_s);
    CHECK(bar->kind() == MessageBar::Kind::Information);
    CHECK(bar->text() == u"1 appointment imported from einladung.ics."_s);
    const QList<Appointment> stored = f.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].icalUid == u"inv-1@example.com"_s);
    CHECK(stored[0].start == daysFromNow(5, 13).toUTC());

    // Files that are not .ics are not taken.
    const QString text = writeFile(f.file(u"notiz.txt"_s), "hello");
    CHECK(AppointmentsTab::icsFiles({QUrl::fromLocalFile(text), QUrl::fromLocalFile(path)}) == QStringList{path});

    // A broken file and a missing one are named; a good one beside them is imported all the same.
    const QString broken = writeFile(f.file(u"kaputt.ics"_s), "BEGIN:VCALENDAR\r\nthis is not iCalendar\r\n");
    const QString update
        = writeFile(f.file(u"zweite.ics"_s), invitation(u"inv-2@example.com"_s, u"Nachtermin"_s, daysFromNow(6, 9)));
    QSignalSpy imported(&tab, &AppointmentsTab::imported);
    tab.importIcsFiles({broken, f.file(u"fehlt.ics"_s), update});
    REQUIRE(imported.wait(GuiWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return upcoming->count() == 2; }, GuiWaitMs));
    CHECK(bar->kind() == MessageBar::Kind::Error);
    CHECK(bar->text().contains(u"kaputt.ics"_s));
    CHECK(bar->text().contains(u"fehlt.ics"_s));
    CHECK(bar->text().contains(u"1 appointment imported from zweite.ics."_s));
}

TEST_CASE("appointments exported as .ics are read back by libical", "[ui][appointments]")
{
    AppointmentsFixture f;
    f.add(u"Erstgespräch"_s, daysFromNow(-10, 9), 60, u"Büro"_s);
    f.add(u"Angebot besprechen"_s, daysFromNow(3, 16), 45);
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    auto *bar = child<MessageBar>(&tab, u"appointmentsMessageBar"_s);

    const QString all = f.file(u"alle.ics"_s);
    REQUIRE(tab.exportIcs(all, true));
    CHECK(bar->text() == u"2 appointments exported to %1."_s.arg(QDir::toNativeSeparators(all)));
    QFile file(all);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto events = IcsFormat::read(file.readAll(), u"alle.ics"_s);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 2);
    QStringList titles;
    for (const IcsFormat::Event &event : *events) {
        titles.append(event.appointment.title);
    }
    titles.sort();
    CHECK(titles == QStringList{u"Angebot besprechen"_s, u"Erstgespräch"_s});

    // The chosen one alone; without a choice there is nothing to export.
    const QString one = f.file(u"eins.ics"_s);
    CHECK_FALSE(tab.exportIcs(one, false));
    CHECK(bar->kind() == MessageBar::Kind::Warning);
    child<QListWidget>(&tab, u"pastAppointmentsListWidget"_s)->setCurrentRow(0);
    REQUIRE(tab.exportIcs(one, false));
    QFile single(one);
    REQUIRE(single.open(QIODevice::ReadOnly));
    const auto chosen = IcsFormat::read(single.readAll(), u"eins.ics"_s);
    REQUIRE(chosen.has_value());
    REQUIRE(chosen->size() == 1);
    CHECK(chosen->at(0).appointment.title == u"Erstgespräch"_s);
    CHECK(chosen->at(0).appointment.location == u"Büro"_s);
    CHECK(chosen->at(0).appointment.start == daysFromNow(-10, 9).toUTC());

    // A folder that cannot be written is reported, naming the file.
    const QString unwritable = f.file(u"missing-folder/x.ics"_s);
    CHECK_FALSE(tab.exportIcs(unwritable, true));
    CHECK(bar->kind() == MessageBar::Kind::Error);
    CHECK(bar->text().contains(QDir::toNativeSeparators(unwritable)));
}

TEST_CASE("an all-day appointment is edited as whole days and listed with its days", "[ui][appointments]")
{
    AppointmentsFixture f;
    AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    QTest::mouseClick(child<QPushButton>(&tab, u"newAppointmentButton"_s), Qt::LeftButton);
    auto *dialog = waitForTopLevel<AppointmentEditDialog>(u"appointmentEditDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, GuiWaitMs));
    QPointer<AppointmentEditDialog> guard(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, u"titleLineEdit"_s), u"Messe"_s);
    child<QCheckBox>(dialog, u"allDayCheckBox"_s)->setChecked(true);
    const QDate first = QDate::currentDate().addDays(7);
    child<QDateTimeEdit>(dialog, u"startDateTimeEdit"_s)->setDate(first);
    child<QDateTimeEdit>(dialog, u"endDateTimeEdit"_s)->setDate(first.addDays(2));
    QTest::mouseClick(child<QPushButton>(dialog, u"saveAppointmentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return guard.isNull(); }, GuiWaitMs));

    const QList<Appointment> stored = f.stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].allDay);
    CHECK(stored[0].firstDay() == first);
    CHECK(stored[0].lastDay() == first.addDays(2));
    auto *upcoming = child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return upcoming->count() == 1; }, GuiWaitMs));
    const QLocale locale;
    CHECK(upcoming->item(0)
              ->data(Qt::UserRole + 100)
              .toString()
              .startsWith(u"%1 – %2 (all day)"_s.arg(locale.toString(first, QLocale::ShortFormat),
                  locale.toString(first.addDays(2), QLocale::ShortFormat))));

    // Opened again, it shows the same days.
    upcoming->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(&tab, u"editAppointmentButton"_s), Qt::LeftButton);
    auto *edit = waitForTopLevel<AppointmentEditDialog>(u"appointmentEditDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return edit->isLoaded(); }, GuiWaitMs));
    CHECK(child<QCheckBox>(edit, u"allDayCheckBox"_s)->isChecked());
    CHECK(child<QDateTimeEdit>(edit, u"startDateTimeEdit"_s)->date() == first);
    CHECK(child<QDateTimeEdit>(edit, u"endDateTimeEdit"_s)->date() == first.addDays(2));
    CHECK(edit->appointment().firstDay() == first);
    CHECK(edit->appointment().lastDay() == first.addDays(2));
    edit->reject();
}

TEST_CASE("screenshots of the Appointments tab and its dialog in English and German", "[ui][appointments]")
{
    AppointmentsFixture f;
    f.value<User>([](Database &db) { return UserService(db).create(u"Jonas Weber"_s, u"jonas@example.com"_s); });
    const Session session = f.session();
    const Calendar visits = f.value<Calendar>([session](Database &db) {
        Calendar c;
        c.name = u"Kundenbesuche"_s;
        c.color = u"#16a34a"_s;
        c.defaultLocation = u"Beim Kunden"_s;
        return CalendarService(db, session).add(c);
    });
    f.add(u"Erstgespräch auf der Messe"_s, daysFromNow(-21, 10), 60, u"Messe Hannover, Halle 3"_s);
    f.add(u"Produktvorführung"_s, daysFromNow(-2, 14), 90, u"Showroom Berlin"_s);
    f.add(u"Angebot besprechen"_s, daysFromNow(2, 9), 45);
    Appointment visit;
    visit.contactId = f.contactId;
    visit.calendarId = visits.id;
    visit.title = u"Vertrag unterschreiben"_s;
    visit.start = daysFromNow(9, 11);
    visit.end = daysFromNow(9, 12);
    f.value<Appointment>([session, visit](Database &db) { return AppointmentService(db, session).add(visit); });
    Appointment fair;
    fair.contactId = f.contactId;
    fair.title = u"Hausmesse"_s;
    fair.setDays(QDate::currentDate().addDays(14), QDate::currentDate().addDays(15));
    f.value<Appointment>([session, fair](Database &db) { return AppointmentService(db, session).add(fair); });

    for (const QString &language : {u"en"_s, u"de"_s}) {
        LanguageScope scope(language);
        AppointmentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
        openTab(tab);
        REQUIRE(child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s)->count() == 3);
        child<QListWidget>(&tab, u"upcomingAppointmentsListWidget"_s)->setCurrentRow(1);
        QCoreApplication::processEvents();
        const QString tabPath = guiScreenshotPath(u"appointments-tab-%1.png"_s.arg(language));
        REQUIRE(tab.grab().save(tabPath));
        CHECK(QFileInfo(tabPath).size() > 5000);

        QTest::mouseClick(child<QPushButton>(&tab, u"editAppointmentButton"_s), Qt::LeftButton);
        auto *dialog = waitForTopLevel<AppointmentEditDialog>(u"appointmentEditDialog"_s);
        REQUIRE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, GuiWaitMs));
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        const QString dialogPath = guiScreenshotPath(u"appointment-dialog-%1.png"_s.arg(language));
        REQUIRE(dialog->grab().save(dialogPath));
        CHECK(QFileInfo(dialogPath).size() > 5000);
        dialog->reject();
    }
}
