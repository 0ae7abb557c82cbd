#include "CalendarService.h"

#include "AppointmentService.h"
#include "ContactService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
QStringList changeLog(Test::TestDatabase &t, const QString &entity)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT field FROM change_log WHERE entity = ? ORDER BY seq"_s);
    q.addBindValue(entity);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}
} // namespace

TEST_CASE("The built-in calendar exists from the start, is the default and is found by its shown name")
{
    Test::TestDatabase t;
    CalendarService calendars(t.db(), t.session());
    auto all = calendars.list();
    KONTOR_REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().builtin == u"default"_s);
    CHECK(CalendarService::displayName(all->first()) == u"Appointments"_s);
    auto fallback = calendars.defaultCalendar();
    KONTOR_REQUIRE_OK(fallback);
    CHECK(fallback->id == all->first().id);
    auto found = calendars.find(u"  appointments "_s);
    KONTOR_REQUIRE_OK(found);
    CHECK(found->id == all->first().id);
    CHECK(calendars.find(u"Holidays"_s).error().code == Error::Code::NotFound);
    CHECK(calendars.byId(4711).error().code == Error::Code::NotFound);
}

TEST_CASE("Calendars are added after the others, updated and removed, announced and logged for sync")
{
    Test::TestDatabase t;
    CalendarService calendars(t.db(), t.session());
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    Calendar visits;
    visits.name = u"  Customer visits "_s;
    visits.color = u"#10b981"_s;
    visits.defaultLocation = u"At the customer's"_s;
    auto added = calendars.add(visits);
    KONTOR_REQUIRE_OK(added);
    CHECK(added->name == u"Customer visits"_s);
    CHECK(added->position == 1);
    CHECK(added->builtin.isEmpty());
    CHECK_FALSE(added->uuid.isEmpty());
    REQUIRE(committed.size() == 1);
    CHECK(committed.first().otherEntities.contains(u"calendar"_s));

    Calendar changed = *added;
    changed.defaultLocation = u"Head office"_s;
    auto updated = calendars.update(changed);
    KONTOR_REQUIRE_OK(updated);
    CHECK(updated->defaultLocation == u"Head office"_s);
    CHECK(calendars.list()->size() == 2);
    CHECK(calendars.list()->last().id == added->id);

    KONTOR_REQUIRE_OK(calendars.remove(added->id));
    CHECK(calendars.byId(added->id).error().code == Error::Code::NotFound);
    CHECK(committed.size() == 3);
    CHECK(changeLog(t, u"calendar"_s) == QStringList{u"*"_s, u"default_location"_s, u"_purged"_s});
}

TEST_CASE("Calendars are refused without a name, with a taken name or a bad colour, and the last one stays")
{
    Test::TestDatabase t;
    CalendarService calendars(t.db(), t.session());
    Calendar blank;
    blank.name = u"  "_s;
    auto noName = calendars.add(blank);
    REQUIRE_FALSE(noName.has_value());
    CHECK(noName.error().code == Error::Code::Invalid);
    CHECK(noName.error().location.field == u"name"_s);

    Calendar twin;
    twin.name = u"APPOINTMENTS"_s;
    auto taken = calendars.add(twin);
    REQUIRE_FALSE(taken.has_value());
    CHECK(taken.error().location.field == u"name"_s);

    Calendar pink;
    pink.name = u"Private"_s;
    pink.color = u"pink"_s;
    auto badColour = calendars.add(pink);
    REQUIRE_FALSE(badColour.has_value());
    CHECK(badColour.error().location.field == u"color"_s);

    auto only = calendars.defaultCalendar();
    KONTOR_REQUIRE_OK(only);
    auto last = calendars.remove(only->id);
    REQUIRE_FALSE(last.has_value());
    CHECK(last.error().code == Error::Code::Conflict);
    CHECK(t.rows(u"calendars"_s) == 1);
}

TEST_CASE("Removing a calendar that holds appointments is refused naming how many")
{
    Test::TestDatabase t;
    CalendarService calendars(t.db(), t.session());
    ContactService contacts(t.db(), t.session());
    AppointmentService appointments(t.db(), t.session());
    Contact c;
    c.firstName = u"Anna"_s;
    c.lastName = u"Berger"_s;
    auto anna = contacts.create(c);
    KONTOR_REQUIRE_OK(anna);
    Calendar visits;
    visits.name = u"Visits"_s;
    auto calendar = calendars.add(visits);
    KONTOR_REQUIRE_OK(calendar);

    Appointment a;
    a.contactId = anna->id;
    a.calendarId = calendar->id;
    a.title = u"Visit"_s;
    a.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    a.end = a.start.addSecs(3600);
    auto added = appointments.add(a);
    KONTOR_REQUIRE_OK(added);

    auto inUse = calendars.remove(calendar->id);
    REQUIRE_FALSE(inUse.has_value());
    CHECK(inUse.error().code == Error::Code::Conflict);
    CHECK(inUse.error().message.contains(u"1"_s));
    CHECK(inUse.error().message.contains(u"Visits"_s));
    CHECK(calendars.byId(calendar->id).has_value());

    KONTOR_REQUIRE_OK(appointments.remove(added->id));
    KONTOR_REQUIRE_OK(calendars.remove(calendar->id));
}
