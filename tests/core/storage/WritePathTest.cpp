#include "ContactService.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kTables = {u"contacts"_s,
    u"contact_emails"_s,
    u"contact_phones"_s,
    u"contact_addresses"_s,
    u"contact_tags"_s,
    u"contact_social"_s,
    u"contact_followers"_s,
    u"contact_photos"_s,
    u"custom_field_values"_s,
    u"contact_search"_s,
    u"audit_log"_s,
    u"change_log"_s};

QMap<QString, qint64> rowCounts(Test::TestDatabase &t)
{
    QMap<QString, qint64> out;
    for (const auto &table : kTables) {
        out.insert(table, t.rows(table));
    }
    return out;
}

Contact anna()
{
    Contact c;
    c.firstName = u"Anna"_s;
    c.lastName = u"Schäfer"_s;
    c.emails = {{u"anna@example.de"_s, u"work"_s, true}};
    c.phones = {{u"0711 123456"_s, {}, u"work"_s, true}};
    c.tags = {u"Kunde"_s};
    return c;
}
} // namespace

TEST_CASE("Creating a contact writes its audit entry and change-log entry in the same transaction")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session(Origin::Cli));
    svc.setDefaultRegion(u"DE"_s);
    auto created = svc.create(anna());
    KONTOR_REQUIRE_OK(created);
    CHECK(t.rows(u"audit_log"_s) == 1);
    CHECK(t.rows(u"change_log"_s) == 1);

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT origin, action, record_uuid, user_id FROM audit_log"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"cli"_s);
    CHECK(q.value(1).toString() == u"create"_s);
    CHECK(q.value(2).toString() == created->uuid);
    CHECK(q.value(3).toLongLong() == t.session().userId);

    REQUIRE(q.exec(u"SELECT field, value, device_id, hlc FROM change_log"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"*"_s);
    const QJsonObject record = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CHECK(record.value(u"first_name"_s).toString() == u"Anna"_s);
    CHECK(record.value(u"owner"_s).toString().size() == 36); // references travel as UUIDs
    CHECK(q.value(2).toString() == t.db().deviceId());
    CHECK(q.value(3).toString().endsWith(t.db().deviceId()));
}

TEST_CASE("Updating a contact records one audit entry per changed field with old and new value")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    svc.setDefaultRegion(u"DE"_s);
    auto created = svc.create(anna());
    KONTOR_REQUIRE_OK(created);
    Contact c = *created;
    c.lastName = u"Schäfer-Wolf"_s;
    c.tags << u"VIP"_s;
    t.clock().advanceMs(60000);
    auto updated = svc.update(c);
    REQUIRE(updated.has_value());
    CHECK(updated->displayName == u"Anna Schäfer-Wolf"_s);
    CHECK(updated->updatedAt == created->updatedAt + 60000);

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT field, old_value, new_value FROM audit_log WHERE action = 'update' ORDER BY field"_s));
    QStringList rows;
    while (q.next()) {
        rows << q.value(0).toString() + u": "_s + q.value(1).toString() + u" -> "_s + q.value(2).toString();
    }
    CHECK(rows
        == QStringList{u"display_name: Anna Schäfer -> Anna Schäfer-Wolf"_s,
            u"last_name: Schäfer -> Schäfer-Wolf"_s,
            u"tags: Kunde -> Kunde; VIP"_s});
    REQUIRE(q.exec(u"SELECT count(*) FROM change_log WHERE field IN ('last_name', 'display_name', 'tags')"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);

    // Saving again without changes writes nothing.
    const qint64 audits = t.rows(u"audit_log"_s);
    REQUIRE(svc.update(*updated).has_value());
    CHECK(t.rows(u"audit_log"_s) == audits);
}

TEST_CASE("A write that fails halfway leaves no trace in any table")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    svc.setDefaultRegion(u"DE"_s);
    REQUIRE(svc.create(anna()).has_value());
    const auto before = rowCounts(t);

    SECTION("a batch whose third contact is invalid")
    {
        Contact bad = anna();
        bad.emails = {{u"max@@example"_s, {}, false}};
        auto r = svc.createMany({anna(), anna(), bad});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().location.row == 2);
        CHECK(r.error().location.field == u"emails"_s);
    }
    SECTION("a contact whose owner does not exist (the database refuses after the first rows are written)")
    {
        Contact bad = anna();
        bad.ownerId = 4711;
        auto r = svc.createMany({anna(), bad});
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().location.row == 1);
    }
    SECTION("an update that refers to a missing follower")
    {
        auto list = svc.list({});
        REQUIRE(list.has_value());
        auto c = svc.load(list->rows.first().id);
        REQUIRE(c.has_value());
        c->lastName = u"Neu"_s;
        c->followerIds = {999};
        REQUIRE_FALSE(svc.update(*c).has_value());
        auto again = svc.load(c->id);
        REQUIRE(again.has_value());
        CHECK(again->lastName == u"Schäfer"_s);
    }
    CHECK(rowCounts(t) == before);
}

TEST_CASE("A person linked by company name gets the existing company or a new one, matched ignoring case")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    Contact a = anna();
    a.companyName = u"Müller Bau GmbH"_s;
    auto first = svc.create(a);
    REQUIRE(first.has_value());
    REQUIRE(first->companyId != 0);
    CHECK(first->companyName == u"Müller Bau GmbH"_s);
    Contact b = anna();
    b.firstName = u"Bernd"_s;
    b.companyName = u"müller bau gmbh"_s;
    auto second = svc.create(b);
    REQUIRE(second.has_value());
    CHECK(second->companyId == first->companyId);
    ContactListQuery companies;
    companies.kind = int(ContactKind::Company);
    CHECK(*svc.count(companies) == 1);
}

TEST_CASE("A committed write tells the commit observer which contacts changed")
{
    Test::TestDatabase t;
    QList<ChangeSet> seen;
    t.db().setCommitObserver([&](const ChangeSet &c) { seen << c; });
    ContactService svc(t.db(), t.session());
    Contact a = anna();
    a.companyName = u"Neue Firma AG"_s;
    auto created = svc.create(a);
    KONTOR_REQUIRE_OK(created);
    REQUIRE(seen.size() == 1); // company and person in one commit
    CHECK(seen.first().createdContacts.size() == 2);
    REQUIRE(svc.moveToTrash({created->id}).has_value());
    REQUIRE(seen.size() == 2);
    CHECK(seen.last().trashedContacts.contains(created->id));
}
