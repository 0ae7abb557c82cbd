#include "ContactService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addPerson(ContactService &svc, const QString &first, const QString &company = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Beispiel"_s;
    c.companyName = company;
    c.emails = {{first.toLower() + u"@example.de"_s, {}, false}};
    c.tags = {u"Kunde"_s};
    auto r = svc.create(c);
    REQUIRE(r.has_value());
    return r->id;
}
} // namespace

TEST_CASE("A contact moved to the trash leaves the list with its parts and comes back whole on restore")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 id = addPerson(svc, u"Ida"_s);
    auto before = svc.load(id);
    REQUIRE(before.has_value());

    REQUIRE(svc.moveToTrash({id}).has_value());
    ContactListQuery alive;
    alive.search = u"ida"_s;
    CHECK(*svc.count(alive) == 0);
    ContactListQuery trash;
    trash.scope = ContactScope::Trash;
    auto trashed = svc.list(trash);
    REQUIRE(trashed.has_value());
    REQUIRE(trashed->rows.size() == 1);
    CHECK(trashed->rows.first().deletedAt == t.clock().nowMs());
    CHECK_FALSE(trashed->rows.first().deletedByName.isEmpty());

    REQUIRE(svc.restore({id}).has_value());
    CHECK(*svc.count(alive) == 1);
    auto after = svc.load(id);
    REQUIRE(after.has_value());
    CHECK(after->deletedAt == 0);
    CHECK(after->emails == before->emails);
    CHECK(after->tags == before->tags);

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT field, value FROM change_log WHERE field = '_deleted' ORDER BY seq"_s));
    QStringList states;
    while (q.next()) {
        states << q.value(1).toString();
    }
    CHECK(states == QStringList{u"true"_s, u"false"_s});
}

TEST_CASE("Trash entries are purged after 60 days, not before, and leave a tombstone in the change log")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 old = addPerson(svc, u"Otto"_s);
    const qint64 young = addPerson(svc, u"Yara"_s);
    auto oldUuid = svc.load(old)->uuid;
    REQUIRE(svc.moveToTrash({old}).has_value());
    t.clock().advanceDays(10);
    REQUIRE(svc.moveToTrash({young}).has_value());

    t.clock().advanceDays(49); // Otto: 59 days
    auto none = svc.purgeExpired();
    REQUIRE(none.has_value());
    CHECK(*none == 0);

    t.clock().advanceDays(2); // Otto: 61 days, Yara: 51
    auto purged = svc.purgeExpired();
    REQUIRE(purged.has_value());
    CHECK(*purged == 1);
    CHECK_FALSE(svc.load(old).has_value());
    CHECK(svc.load(young).has_value());
    CHECK(t.rows(u"contact_emails"_s) == 1);

    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT count(*) FROM change_log WHERE record_uuid = ? AND field = '_purged'"_s);
    q.addBindValue(oldUuid);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(u"SELECT count(*) FROM contact_search WHERE contact_search MATCH 'otto'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Purging a company unlinks its persons and records that change")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 person = addPerson(svc, u"Pia"_s, u"Vergänglich GmbH"_s);
    const qint64 company = svc.load(person)->companyId;
    REQUIRE(svc.moveToTrash({company}).has_value());
    REQUIRE(svc.purge({company}).has_value());
    auto p = svc.load(person);
    REQUIRE(p.has_value());
    CHECK(p->companyId == 0);
    auto history = svc.history(person);
    REQUIRE(history.has_value());
    CHECK(history->first().oldValue == u"Vergänglich GmbH"_s);
}

TEST_CASE("Deleting for good is refused for a contact that is not in the trash")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const qint64 id = addPerson(svc, u"Nora"_s);
    auto r = svc.purge({id});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Error::Code::Conflict);
    CHECK(svc.load(id).has_value());
}
