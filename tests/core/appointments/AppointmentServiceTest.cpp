#include "AppointmentService.h"

#include "CalendarService.h"
#include "ContactService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA) + u"/ics/"_s + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

qint64 addPerson(ContactService &svc, const QString &first, const QString &email = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Berger"_s;
    if (!email.isEmpty()) {
        EmailAddress e;
        e.value = email;
        e.primary = true;
        c.emails << e;
    }
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

Appointment meeting(qint64 contactId, const QDateTime &start, int minutes = 60, const QString &title = u"Visit"_s)
{
    Appointment a;
    a.contactId = contactId;
    a.title = title;
    a.start = start;
    a.end = start.addSecs(minutes * 60);
    a.timeZone = u"Europe/Berlin"_s;
    return a;
}

QStringList auditFields(Test::TestDatabase &t, const QString &action)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT field FROM audit_log WHERE entity = 'appointment' AND action = ? ORDER BY id"_s);
    q.addBindValue(action);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

QStringList changeLog(Test::TestDatabase &t)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT field FROM change_log WHERE entity = 'appointment' ORDER BY seq"_s));
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

QList<qint64> ids(const Result<QList<Appointment>> &list)
{
    KONTOR_REQUIRE_OK(list);
    QList<qint64> out;
    for (const Appointment &a : *list) {
        out << a.id;
    }
    return out;
}
} // namespace

TEST_CASE("An appointment is added to the default calendar with its default location, audited, logged and announced")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    CalendarService calendars(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    auto builtin = calendars.defaultCalendar();
    KONTOR_REQUIRE_OK(builtin);
    Calendar withPlace = *builtin;
    withPlace.defaultLocation = u"Head office, Room 4"_s;
    KONTOR_REQUIRE_OK(calendars.update(withPlace));
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    t.clock().advanceMs(5000);
    Appointment a = meeting(anna, utc(2026, 3, 10, 9));
    a.title = u"  Annual review "_s;
    a.attendees = {Attendee{t.session().userId, 0, {}, {}}, Attendee{0, 0, u"Guest"_s, u"guest@example.de"_s}};
    auto added = appointments.add(a);
    KONTOR_REQUIRE_OK(added);
    CHECK(added->title == u"Annual review"_s);
    CHECK(added->calendarId == builtin->id);
    CHECK(added->calendarName == u"Appointments"_s);
    CHECK(added->location == u"Head office, Room 4"_s);
    CHECK(added->icalUid == added->uuid + u"@kontor"_s);
    CHECK(added->contactName == u"Anna Berger"_s);
    CHECK(added->start == utc(2026, 3, 10, 9));
    CHECK(added->end == utc(2026, 3, 10, 10));
    CHECK(added->createdAt == t.clock().nowMs());
    CHECK(added->createdBy == t.session().userId);
    REQUIRE(added->attendees.size() == 2);
    CHECK(added->attendees.at(0).userId == t.session().userId);
    CHECK_FALSE(added->attendees.at(0).name.isEmpty()); // the user's name
    CHECK(added->attendees.at(1).email == u"guest@example.de"_s);
    CHECK(t.rows(u"appointment_attendees"_s) == 2);
    CHECK(contacts.load(anna)->lastActivityAt == t.clock().nowMs());
    REQUIRE(committed.size() == 1);
    CHECK(committed.first().updatedContacts.contains(anna));
    CHECK(committed.first().otherEntities.contains(u"appointment"_s));

    Appointment moved = *added;
    moved.start = utc(2026, 3, 11, 14);
    moved.end = utc(2026, 3, 11, 15);
    moved.location = u"Café am Markt"_s;
    auto updated = appointments.update(moved);
    KONTOR_REQUIRE_OK(updated);
    CHECK(updated->location == u"Café am Markt"_s);
    CHECK(updated->uuid == added->uuid);
    CHECK(updated->icalUid == added->icalUid);
    auto unchanged = appointments.update(*updated);
    KONTOR_REQUIRE_OK(unchanged);
    CHECK(committed.size() == 2);

    KONTOR_REQUIRE_OK(appointments.remove(added->id));
    CHECK(appointments.byId(added->id).error().code == Error::Code::NotFound);
    CHECK(t.rows(u"appointment_attendees"_s) == 0);
    CHECK(auditFields(t, u"create"_s) == QStringList{u"title"_s});
    CHECK(auditFields(t, u"update"_s) == QStringList{u"end"_s, u"location"_s, u"start"_s});
    CHECK(auditFields(t, u"delete"_s) == QStringList{u"title"_s});
    CHECK(changeLog(t) == QStringList{u"*"_s, u"end_at"_s, u"location"_s, u"start_at"_s, u"_purged"_s});
    auto history = contacts.history(anna);
    KONTOR_REQUIRE_OK(history);
    CHECK(history->size() == 1); // appointments stay out of the contact's field history
}

TEST_CASE("Appointments are refused naming the field: no title, end before start, unknown calendar, zone or user")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    const auto refusedField = [&](const Appointment &a) {
        auto r = appointments.add(a);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error().location.field;
    };
    Appointment noTitle = meeting(ben, utc(2026, 3, 10, 9));
    noTitle.title = u" "_s;
    CHECK(refusedField(noTitle) == u"title"_s);
    Appointment backwards = meeting(ben, utc(2026, 3, 10, 9));
    backwards.end = utc(2026, 3, 10, 8);
    CHECK(refusedField(backwards) == u"end"_s);
    Appointment backwardsDays = meeting(ben, utc(2026, 3, 10, 9));
    backwardsDays.allDay = true;
    backwardsDays.end = utc(2026, 3, 8, 9);
    CHECK(refusedField(backwardsDays) == u"end"_s);
    Appointment noStart = meeting(ben, utc(2026, 3, 10, 9));
    noStart.start = {};
    CHECK(refusedField(noStart) == u"start"_s);
    Appointment unknownCalendar = meeting(ben, utc(2026, 3, 10, 9));
    unknownCalendar.calendarId = 4711;
    CHECK(refusedField(unknownCalendar) == u"calendarId"_s);
    Appointment unknownZone = meeting(ben, utc(2026, 3, 10, 9));
    unknownZone.timeZone = u"Europe/Atlantis"_s;
    CHECK(refusedField(unknownZone) == u"timeZone"_s);
    Appointment unknownUser = meeting(ben, utc(2026, 3, 10, 9));
    unknownUser.attendees = {Attendee{4711, 0, {}, {}}};
    CHECK(refusedField(unknownUser) == u"attendees"_s);

    CHECK(appointments.add(meeting(ben + 100, utc(2026, 3, 10, 9))).error().code == Error::Code::NotFound);
    CHECK(appointments.remove(4711).error().code == Error::Code::NotFound);
    CHECK(t.rows(u"appointments"_s) == 0);
}

TEST_CASE("All-day appointments are stored as local midnights and keep their days when saved again")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    Appointment fair = meeting(anna, QDateTime(QDate(2026, 3, 28), QTime(15, 0), QTimeZone("Europe/Berlin")));
    fair.allDay = true;
    fair.end = QDateTime(QDate(2026, 3, 30), QTime(11, 0), QTimeZone("Europe/Berlin"));
    auto added = appointments.add(fair);
    KONTOR_REQUIRE_OK(added);
    CHECK(added->start == utc(2026, 3, 27, 23)); // midnight CET
    CHECK(added->end == utc(2026, 3, 30, 22)); // midnight CEST after the last day
    CHECK(added->firstDay() == QDate(2026, 3, 28));
    CHECK(added->lastDay() == QDate(2026, 3, 30));
    auto again = appointments.update(*added);
    KONTOR_REQUIRE_OK(again);
    CHECK(again->end == added->end);

    Appointment single;
    single.contactId = anna;
    single.title = u"Holiday"_s;
    single.timeZone = u"Europe/Berlin"_s;
    single.setDays(QDate(2026, 5, 1), QDate(2026, 5, 1));
    auto one = appointments.add(single);
    KONTOR_REQUIRE_OK(one);
    CHECK(one->firstDay() == one->lastDay());
    CHECK(one->start.msecsTo(one->end) == 24 * 3600 * 1000);
}

TEST_CASE("Appointments list by start for a contact and by overlap with a time range")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    auto late = appointments.add(meeting(anna, utc(2026, 3, 12, 9)));
    auto early = appointments.add(meeting(anna, utc(2026, 3, 10, 9), 120));
    auto other = appointments.add(meeting(ben, utc(2026, 3, 11, 9)));
    KONTOR_REQUIRE_OK(late);
    KONTOR_REQUIRE_OK(early);
    KONTOR_REQUIRE_OK(other);

    CHECK(ids(appointments.forContact(anna)) == QList<qint64>{early->id, late->id});
    CHECK(ids(appointments.list()) == QList<qint64>{early->id, other->id, late->id});
    // Overlapping [10:00, 10:30) on the 10th: the early one (9:00-11:00), not the ones after.
    CHECK(ids(appointments.list(utc(2026, 3, 10, 10), utc(2026, 3, 10, 10, 30))) == QList<qint64>{early->id});
    // An appointment ending exactly at `from` or starting exactly at `to` does not overlap.
    CHECK(ids(appointments.list(utc(2026, 3, 10, 11), utc(2026, 3, 11, 9))).isEmpty());
    CHECK(ids(appointments.list(utc(2026, 3, 11, 0), {})) == QList<qint64>{other->id, late->id});
    CHECK(ids(appointments.list({}, utc(2026, 3, 11, 0))) == QList<qint64>{early->id});
    CHECK(appointments.forContact(4711).error().code == Error::Code::NotFound);
}

TEST_CASE("Appointments of a trashed contact disappear from the list and come back on restore")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    auto annas = appointments.add(meeting(anna, utc(2026, 3, 10, 9)));
    auto bens = appointments.add(meeting(ben, utc(2026, 3, 11, 9)));
    KONTOR_REQUIRE_OK(annas);
    KONTOR_REQUIRE_OK(bens);

    KONTOR_REQUIRE_OK(contacts.moveToTrash({anna}));
    CHECK(ids(appointments.list()) == QList<qint64>{bens->id});
    CHECK(appointments.add(meeting(anna, utc(2026, 3, 12, 9))).error().code == Error::Code::NotFound);
    CHECK(appointments.update(*annas).error().code == Error::Code::NotFound);
    CHECK(appointments.remove(annas->id).error().code == Error::Code::NotFound);

    KONTOR_REQUIRE_OK(contacts.restore({anna}));
    CHECK(ids(appointments.list()) == QList<qint64>{annas->id, bens->id});
}

TEST_CASE("An Outlook invitation dropped on a contact is added, updated by its UID and removed by its cancellation")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    auto jonas = UserService(t.db()).create(u"Jonas Weiß"_s, u"Jonas.Weiss@example.de"_s);
    KONTOR_REQUIRE_OK(jonas);
    const qint64 anna = addPerson(contacts, u"Anna"_s, u"anna.berger@kontor.example"_s);

    auto imported = appointments.importIcs(anna, fixture(u"outlook-berlin-request.ics"_s), u"Einladung.ics"_s);
    KONTOR_REQUIRE_OK(imported);
    REQUIRE(imported->size() == 1);
    const Appointment &first = imported->first();
    CHECK(first.contactId == anna);
    CHECK(first.title == u"Jahresgespräch"_s);
    CHECK(first.start == utc(2026, 1, 15, 9));
    CHECK(first.organizer == u"Petra Schulz <petra.schulz@example.de>"_s);
    // The contact (who is also invited by e-mail) once, then Jonas linked as the user with his address.
    REQUIRE(first.attendees.size() == 2);
    CHECK(first.attendees.at(0).contactId == anna);
    CHECK(first.attendees.at(0).email == u"anna.berger@kontor.example"_s);
    CHECK(first.attendees.at(1).userId == jonas->id);
    CHECK(first.attendees.at(1).name == u"Jonas Weiß"_s);

    auto again = appointments.importIcs(anna, fixture(u"outlook-berlin-update.ics"_s), u"Update.ics"_s);
    KONTOR_REQUIRE_OK(again);
    REQUIRE(again->size() == 1);
    CHECK(again->first().id == first.id);
    CHECK(again->first().start == utc(2026, 7, 16, 12));
    CHECK(again->first().title == u"Jahresgespräch (verschoben)"_s);
    CHECK(t.rows(u"appointments"_s) == 1);

    // The same invitation on another contact is that contact's own appointment.
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    KONTOR_REQUIRE_OK(appointments.importIcs(ben, fixture(u"outlook-berlin-update.ics"_s), u"Update.ics"_s));
    CHECK(t.rows(u"appointments"_s) == 2);

    auto cancelled = appointments.importIcs(anna, fixture(u"outlook-berlin-cancel.ics"_s), u"Abgesagt.ics"_s);
    KONTOR_REQUIRE_OK(cancelled);
    CHECK(cancelled->isEmpty());
    CHECK(appointments.forContact(anna)->isEmpty());
    CHECK(appointments.forContact(ben)->size() == 1);
}

TEST_CASE("A broken .ics file is refused naming the file and writes nothing")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    for (const QString &name : {u"BrokenDtstart.ics"_s, u"BrokenNotCalendar.ics"_s}) {
        auto r = appointments.importIcs(anna, fixture(name), name);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK(r.error().location.file == name);
        CHECK(r.error().toString().contains(name));
    }
    CHECK(t.rows(u"appointments"_s) == 0);
    CHECK(t.rows(u"appointment_attendees"_s) == 0);
    CHECK(committed.isEmpty());

    KONTOR_REQUIRE_OK(contacts.moveToTrash({anna}));
    auto trashed = appointments.importIcs(anna, fixture(u"google-utc.ics"_s), u"invite.ics"_s);
    REQUIRE_FALSE(trashed.has_value());
    CHECK(trashed.error().code == Error::Code::NotFound);
    CHECK(t.rows(u"appointments"_s) == 0);
}

TEST_CASE("Importing all-day and Google invitations adds each event once")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    auto days = appointments.importIcs(anna, fixture(u"all-day.ics"_s), u"all-day.ics"_s);
    KONTOR_REQUIRE_OK(days);
    REQUIRE(days->size() == 2);
    CHECK(days->at(0).allDay);
    CHECK(days->at(0).lastDay() == days->at(0).firstDay().addDays(1));
    auto google = appointments.importIcs(anna, fixture(u"google-utc.ics"_s), u"invite.ics"_s);
    KONTOR_REQUIRE_OK(google);
    KONTOR_REQUIRE_OK(appointments.importIcs(anna, fixture(u"google-utc.ics"_s), u"invite.ics"_s));
    CHECK(appointments.forContact(anna)->size() == 3);
    CHECK(google->first().start == utc(2026, 3, 10, 14));
}
