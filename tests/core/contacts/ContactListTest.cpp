#include "ContactService.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
void add(ContactService &svc, const QString &first, const QString &last)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    KONTOR_REQUIRE_OK(svc.create(c));
}
} // namespace

TEST_CASE("Contacts list in German order by last name and page by keyset without gaps or repeats")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    const QStringList last = {u"Zander"_s,
        u"Ärger"_s,
        u"Adler"_s,
        u"Öztürk"_s,
        u"Ostermann"_s,
        u"Müller"_s,
        u"Mueller"_s,
        u"Muller"_s,
        u"Becker"_s,
        u"Weiß"_s,
        u"Weiss"_s};
    for (const auto &l : last) {
        add(svc, u"Kim"_s, l);
    }
    QStringList seen;
    ContactListQuery q;
    q.limit = 3;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = svc.list(q);
        REQUIRE(page.has_value());
        for (const auto &row : page->rows) {
            seen << row.lastName;
        }
        if (!page->hasMore) {
            break;
        }
        q.afterSortKey = page->rows.last().sortKey;
        q.afterId = page->rows.last().id;
    }
    REQUIRE(seen.size() == last.size());
    CHECK(seen.indexOf(u"Adler"_s) < seen.indexOf(u"Ärger"_s));
    CHECK(seen.indexOf(u"Ärger"_s) < seen.indexOf(u"Becker"_s));
    CHECK(seen.indexOf(u"Ostermann"_s) < seen.indexOf(u"Öztürk"_s));
    CHECK(seen.indexOf(u"Öztürk"_s) < seen.indexOf(u"Weiß"_s));
    CHECK(seen.last() == u"Zander"_s);
    CHECK(*svc.count({}) == last.size());
}

TEST_CASE("The trash lists newest deletions first and pages by keyset")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    QList<qint64> ids;
    for (const auto &n : {u"Eins"_s, u"Zwei"_s, u"Drei"_s}) {
        Contact c;
        c.firstName = n;
        ids << svc.create(c)->id;
    }
    for (const qint64 id : ids) {
        t.clock().advanceMs(1000);
        REQUIRE(svc.moveToTrash({id}).has_value());
    }
    ContactListQuery q;
    q.scope = ContactScope::Trash;
    q.limit = 2;
    auto first = svc.list(q);
    REQUIRE(first.has_value());
    REQUIRE(first->rows.size() == 2);
    CHECK(first->hasMore);
    CHECK(first->rows.at(0).firstName == u"Drei"_s);
    q.afterDeletedAt = first->rows.last().deletedAt;
    q.afterId = first->rows.last().id;
    auto second = svc.list(q);
    REQUIRE(second.has_value());
    REQUIRE(second->rows.size() == 1);
    CHECK(second->rows.first().firstName == u"Eins"_s);
    CHECK_FALSE(second->hasMore);
}

TEST_CASE("A list row carries primary e-mail, phone, city, company and tags")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    svc.setDefaultRegion(u"DE"_s);
    Contact c;
    c.firstName = u"Rita"_s;
    c.companyName = u"Rita Reisen GmbH"_s;
    c.emails = {{u"a@example.de"_s, {}, false}, {u"b@example.de"_s, {}, true}};
    c.phones = {{u"089 123456"_s, {}, {}, false}};
    c.addresses = {{{}, u"80331"_s, u"München"_s, {}, u"DE"_s, {}}};
    c.tags = {u"VIP"_s, u"Kunde"_s};
    KONTOR_REQUIRE_OK(svc.create(c));
    ContactListQuery q;
    q.kind = int(ContactKind::Person);
    auto page = svc.list(q);
    REQUIRE(page.has_value());
    REQUIRE(page->rows.size() == 1);
    const auto &row = page->rows.first();
    CHECK(row.primaryEmail == u"b@example.de"_s);
    CHECK(row.primaryPhone == u"+4989123456"_s);
    CHECK(row.city == u"München"_s);
    CHECK(row.companyName == u"Rita Reisen GmbH"_s);
    CHECK(row.tags.size() == 2);
}
