#include "ContactService.h"
#include "SearchIndex.h"
#include "TestDatabase.h"
#include "TextFolding.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Fixture
{
    Test::TestDatabase t;
    ContactService svc{t.db(), t.session()};

    Fixture()
    {
        svc.setDefaultRegion(u"DE"_s);
        add(u"Jürgen"_s,
            u"Müller"_s,
            u"j.mueller@bau-mueller.de"_s,
            u"030 1234567"_s,
            u"Berlin"_s,
            u"Kunde"_s,
            u"Müller Bau GmbH"_s);
        add(u"Hans"_s, u"Mueller"_s, u"hans@example.com"_s, u"+41 44 668 18 00"_s, u"Zürich"_s, u"Partner"_s, {});
        add(u"Clara"_s, u"Groß"_s, u"clara.gross@example.de"_s, u"0711 555123"_s, u"Stuttgart"_s, u"Messe 2025"_s, {});
        add(u"Peter"_s, u"Straßburger"_s, u"p@example.org"_s, {}, u"Köln"_s, {}, {});
    }
    void add(const QString &first,
        const QString &last,
        const QString &email,
        const QString &phone,
        const QString &city,
        const QString &tag,
        const QString &company)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.emails = {{email, {}, false}};
        if (!phone.isEmpty()) {
            c.phones = {{phone, {}, {}, false}};
        }
        c.addresses = {{last == u"Groß"_s ? u"Königstraße 5"_s : QString(), {}, city, {}, u"DE"_s, {}}};
        if (!tag.isEmpty()) {
            c.tags = {tag};
        }
        c.companyName = company;
        KONTOR_REQUIRE_OK(svc.create(c));
    }
    QStringList find(const QString &text)
    {
        ContactListQuery q;
        q.search = text;
        q.kind = int(ContactKind::Person);
        auto page = svc.list(q);
        REQUIRE(page.has_value());
        QStringList names;
        for (const auto &r : page->rows) {
            names << r.lastName;
        }
        names.sort();
        return names;
    }
};
} // namespace

TEST_CASE("Quick search finds Müller by müller, muller, mueller and a prefix, in any case")
{
    Fixture f;
    for (const QString &q : {u"müller"_s, u"MÜLLER"_s, u"muller"_s, u"mueller"_s, u"Müll"_s, u"muel"_s}) {
        INFO(q.toStdString());
        CHECK(f.find(q).contains(u"Müller"_s));
    }
    // "Mueller" written with ue is found by the umlaut spelling too.
    CHECK(f.find(u"müller"_s) == QStringList{u"Mueller"_s, u"Müller"_s});
}

TEST_CASE("Quick search finds Straße by strasse and Groß by gross")
{
    Fixture f;
    CHECK(f.find(u"strassburger"_s) == QStringList{u"Straßburger"_s});
    CHECK(f.find(u"straß"_s) == QStringList{u"Straßburger"_s});
    CHECK(f.find(u"gross"_s) == QStringList{u"Groß"_s});
    CHECK(f.find(u"koenigstrasse"_s) == QStringList{u"Groß"_s});
    CHECK(f.find(u"königstr"_s) == QStringList{u"Groß"_s});
}

TEST_CASE("Quick search finds e-mails, phones in national and international form, cities, tags and company")
{
    Fixture f;
    CHECK(f.find(u"j.mueller@bau"_s) == QStringList{u"Müller"_s});
    CHECK(f.find(u"clara.gross@example.de"_s) == QStringList{u"Groß"_s});
    CHECK(f.find(u"030 123"_s) == QStringList{u"Müller"_s});
    CHECK(f.find(u"+49 30 1234567"_s) == QStringList{u"Müller"_s});
    CHECK(f.find(u"0041 44 668"_s) == QStringList{u"Mueller"_s});
    CHECK(f.find(u"044 668"_s) == QStringList{u"Mueller"_s});
    CHECK(f.find(u"zurich"_s) == QStringList{u"Mueller"_s});
    CHECK(f.find(u"köln"_s) == QStringList{u"Straßburger"_s});
    CHECK(f.find(u"messe"_s) == QStringList{u"Groß"_s});
    CHECK(f.find(u"bau gmbh"_s) == QStringList{u"Müller"_s});
    CHECK(f.find(u"jürgen berlin"_s) == QStringList{u"Müller"_s});
    CHECK(f.find(u"nobody"_s).isEmpty());
}

TEST_CASE("Quick search input with quotes, stars and operators is taken literally and never fails")
{
    Fixture f;
    for (const QString &q :
        {u"\"müller"_s, u"müller*"_s, u"NOT müller"_s, u"a OR b"_s, u"(((("_s, u"^-:"_s, u"NEAR(x y)"_s}) {
        INFO(q.toStdString());
        ContactListQuery lq;
        lq.search = q;
        CHECK(f.svc.list(lq).has_value());
    }
    CHECK(f.find(u"müller*"_s).contains(u"Müller"_s));
}

TEST_CASE("Search variants fold umlauts both ways and ß to ss")
{
    CHECK(TextFolding::searchVariants(u"Müller"_s).contains(u"mueller"_s));
    CHECK(TextFolding::searchVariants(u"Mueller"_s).contains(u"muller"_s));
    CHECK(TextFolding::searchVariants(u"Straße"_s).contains(u"strasse"_s));
    CHECK(TextFolding::sortKey(u"  Ärger  Öl "_s) == u"arger ol"_s);
}

TEST_CASE("A search with more matches than can be sorted quickly pages newest first, each match once")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    QList<Contact> many;
    for (int i = 0; i < 4100; ++i) {
        Contact c;
        c.firstName = u"Kunde"_s;
        c.lastName = u"Nachname%1"_s.arg(4100 - i, 4, 10, QChar(u'0')); // the last one created sorts first
        c.tags = {u"Messe"_s};
        many << c;
    }
    KONTOR_REQUIRE_OK(svc.createMany(many));
    ContactListQuery q;
    q.search = u"messe"_s;
    q.limit = 1000;
    QStringList seen;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = svc.list(q);
        KONTOR_REQUIRE_OK(page);
        for (const auto &r : page->rows) {
            seen << r.lastName;
        }
        if (!page->hasMore) {
            break;
        }
        q.afterSortKey = page->rows.last().sortKey;
        q.afterId = page->rows.last().id;
    }
    REQUIRE(seen.size() == 4100);
    // Created as Nachname4100 ... Nachname0001: newest first is name order here.
    CHECK(seen.first() == u"Nachname0001"_s);
    CHECK(seen.last() == u"Nachname4100"_s);
    CHECK(QSet<QString>(seen.begin(), seen.end()).size() == 4100);
    CHECK(svc.list(q)->order == ContactOrder::NewestFirst);

    // One more tag narrows it below the limit: sorted by name again.
    ContactListQuery narrow;
    narrow.search = u"messe nachname00"_s;
    auto page = svc.list(narrow);
    KONTOR_REQUIRE_OK(page);
    CHECK(page->order == ContactOrder::ByName);
    CHECK(page->rows.size() == 99);
    ContactListQuery countQuery;
    countQuery.search = u"messe"_s;
    CHECK(*svc.count(countQuery) == 4100);
}
