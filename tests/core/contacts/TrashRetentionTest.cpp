#include "ContactService.h"
#include "NoteService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

qint64 addPerson(ContactService &svc, const QString &first, const QString &company = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Beispiel"_s;
    c.companyName = company;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

int tombstones(Test::TestDatabase &t, const QString &uuid)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT count(*) FROM change_log WHERE record_uuid = ? AND field = '_purged' AND value = 'true'"_s);
    q.addBindValue(uuid);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("The trash keeps a contact for 59 days and purges it after 60, leaving a tombstone")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 id = addPerson(svc, u"Olga"_s);
    const QString uuid = svc.load(id)->uuid;
    NoteService notes(t.db(), t.session());
    KONTOR_REQUIRE_OK(notes.add(id, u"Vertrag läuft aus"_s));
    KONTOR_REQUIRE_OK(svc.moveToTrash({id}));

    t.clock().advanceDays(59);
    auto kept = svc.purgeExpired();
    KONTOR_REQUIRE_OK(kept);
    CHECK(*kept == 0);
    CHECK(svc.load(id).has_value());
    CHECK(tombstones(t, uuid) == 0);

    t.clock().advanceDays(1);
    t.clock().advanceMs(kHourMs);
    auto purged = svc.purgeExpired();
    KONTOR_REQUIRE_OK(purged);
    CHECK(*purged == 1);
    auto gone = svc.load(id);
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == Error::Code::NotFound);
    CHECK(tombstones(t, uuid) == 1);
    CHECK(t.rows(u"notes"_s) == 0);
    auto history = svc.history(id);
    KONTOR_REQUIRE_OK(history);
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->first().action == u"purge"_s);
    // Purging again finds nothing: the daily run is idempotent.
    CHECK(*svc.purgeExpired() == 0);
}

TEST_CASE("Restoring from the trash brings back notes and the company link; persons of a trashed company keep it")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 person = addPerson(svc, u"Paul"_s, u"Treu GmbH"_s);
    const qint64 company = svc.load(person)->companyId;
    REQUIRE(company > 0);
    NoteService notes(t.db(), t.session());
    KONTOR_REQUIRE_OK(notes.add(person, u"Mag Kaffee"_s));
    KONTOR_REQUIRE_OK(notes.add(company, u"Rahmenvertrag"_s));

    KONTOR_REQUIRE_OK(svc.moveToTrash({person, company}));
    t.clock().advanceDays(30);
    CHECK(*svc.purgeExpired() == 0);

    KONTOR_REQUIRE_OK(svc.restore({company}));
    CHECK(svc.load(company)->deletedAt == 0);
    // The person is still in the trash but still linked.
    CHECK(svc.load(person)->deletedAt != 0);
    CHECK(svc.load(person)->companyId == company);

    KONTOR_REQUIRE_OK(svc.restore({person}));
    const Contact back = *svc.load(person);
    CHECK(back.deletedAt == 0);
    CHECK(back.companyId == company);
    CHECK(back.companyName == u"Treu GmbH"_s);
    auto personNotes = notes.forContact(person);
    KONTOR_REQUIRE_OK(personNotes);
    REQUIRE(personNotes->size() == 1);
    CHECK(personNotes->first().body == u"Mag Kaffee"_s);
    auto companyNotes = notes.forContact(company);
    KONTOR_REQUIRE_OK(companyNotes);
    REQUIRE(companyNotes->size() == 1);

    // Restored, they are out of the trash: 61 days after they were trashed, the purge leaves them alone.
    t.clock().advanceDays(31);
    CHECK(*svc.purgeExpired() == 0);
    CHECK(svc.load(person).has_value());
}

TEST_CASE("A company purged from the trash leaves its trashed persons unlinked but in the trash")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 person = addPerson(svc, u"Pia"_s, u"Weg GmbH"_s);
    const qint64 company = svc.load(person)->companyId;
    KONTOR_REQUIRE_OK(svc.moveToTrash({company}));
    t.clock().advanceDays(10);
    KONTOR_REQUIRE_OK(svc.moveToTrash({person}));
    t.clock().advanceDays(51); // company 61 days, person 51
    CHECK(*svc.purgeExpired() == 1);
    const Contact p = *svc.load(person);
    CHECK(p.deletedAt != 0);
    CHECK(p.companyId == 0);
    KONTOR_REQUIRE_OK(svc.restore({person}));
    CHECK(svc.load(person)->deletedAt == 0);
}
