#include "ContactService.h"
#include "CustomFieldService.h"
#include "TestDatabase.h"

#include <QDate>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    Test::TestDatabase t;
    ContactService svc{t.db(), t.session()};
    qint64 branche = 0;
    qint64 umsatz = 0;

    Fixture()
    {
        CustomFieldService fields(t.db(), t.session());
        CustomField text;
        text.name = u"Branche"_s;
        auto b = fields.createField(text);
        KONTOR_REQUIRE_OK(b);
        branche = b->id;
        CustomField number;
        number.name = u"Umsatz"_s;
        number.type = CustomFieldType::Number;
        auto u = fields.createField(number);
        KONTOR_REQUIRE_OK(u);
        umsatz = u->id;
    }

    qint64 add(const QString &first,
        const QString &last,
        const QString &city = {},
        const QString &industry = {},
        const QString &revenue = {},
        const QStringList &tags = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        if (!city.isEmpty()) {
            c.addresses = {PostalAddress{{}, {}, city, {}, {}, {}}};
        }
        if (!industry.isEmpty()) {
            c.customValues.insert(branche, industry);
        }
        if (!revenue.isEmpty()) {
            c.customValues.insert(umsatz, revenue);
        }
        c.tags = tags;
        auto created = svc.create(c);
        KONTOR_REQUIRE_OK(created);
        t.clock().advanceMs(1000);
        return created->id;
    }

    // Every row of the query, fetched `pageSize` rows at a time through the keyset cursor.
    QList<ContactSummary> all(ContactListQuery q, int pageSize)
    {
        q.limit = pageSize;
        QList<ContactSummary> rows;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = svc.list(q);
            KONTOR_REQUIRE_OK(page);
            rows += page->rows;
            if (!page->hasMore) {
                return rows;
            }
            q.afterSortValue = page->rows.last().sortValue;
            q.afterId = page->rows.last().id;
        }
        FAIL("paging did not end");
        return rows;
    }

    QStringList lastNames(const QString &sort, int pageSize = 1000)
    {
        ContactListQuery q;
        q.sort = sort;
        QStringList out;
        for (const ContactSummary &s : all(q, pageSize)) {
            out << s.lastName;
        }
        return out;
    }
};

} // namespace

TEST_CASE("A list sorts by a text field both ways, German-folded, ties by id and empty values last")
{
    Fixture f;
    f.add(u"A"_s, u"Eins"_s, u"München"_s);
    f.add(u"B"_s, u"Zwei"_s, u"berlin"_s);
    f.add(u"C"_s, u"Drei"_s);
    f.add(u"D"_s, u"Vier"_s, u"Mainz"_s);
    f.add(u"E"_s, u"Fünf"_s, u"Berlin"_s);
    f.add(u"F"_s, u"Sechs"_s);
    CHECK(f.lastNames(u"city"_s) == QStringList{u"Zwei"_s, u"Fünf"_s, u"Vier"_s, u"Eins"_s, u"Drei"_s, u"Sechs"_s});
    CHECK(f.lastNames(u"-city"_s) == QStringList{u"Eins"_s, u"Vier"_s, u"Fünf"_s, u"Zwei"_s, u"Drei"_s, u"Sechs"_s});
    CHECK(f.lastNames(u"-name"_s).first() == u"Zwei"_s);
    CHECK(f.lastNames({}).first() == u"Drei"_s);
}

TEST_CASE("A list sorts by created time and the lead flag, breaking ties by id")
{
    Fixture f;
    const qint64 first = f.add(u"A"_s, u"Alt"_s);
    const qint64 second = f.add(u"B"_s, u"Mittel"_s);
    const qint64 third = f.add(u"C"_s, u"Neu"_s);
    CHECK(f.lastNames(u"-created"_s) == QStringList{u"Neu"_s, u"Mittel"_s, u"Alt"_s});
    CHECK(f.lastNames(u"created"_s) == QStringList{u"Alt"_s, u"Mittel"_s, u"Neu"_s});
    auto lead = f.svc.load(second);
    KONTOR_REQUIRE_OK(lead);
    lead->lead = true;
    KONTOR_REQUIRE_OK(f.svc.update(*lead));
    ContactListQuery q;
    q.sort = u"-lead"_s;
    auto page = f.svc.list(q);
    KONTOR_REQUIRE_OK(page);
    REQUIRE(page->rows.size() == 3);
    CHECK(page->rows.at(0).id == second);
    CHECK(page->rows.at(1).id == third); // the same flag: id descending, as the direction says
    CHECK(page->rows.at(2).id == first);
}

TEST_CASE("Sorting by a custom field puts contacts without a value last in both directions")
{
    Fixture f;
    f.add(u"A"_s, u"Ohne"_s);
    f.add(u"B"_s, u"Bau"_s, {}, u"Bau"_s, u"900"_s);
    f.add(u"C"_s, u"Handel"_s, {}, u"Handel"_s, u"10000"_s);
    f.add(u"D"_s, u"Leer"_s);
    f.add(u"E"_s, u"Bau2"_s, {}, u"Bau"_s, u"50"_s);
    CHECK(f.lastNames(u"custom.Branche"_s) == QStringList{u"Bau"_s, u"Bau2"_s, u"Handel"_s, u"Ohne"_s, u"Leer"_s});
    CHECK(f.lastNames(u"-custom.Branche"_s) == QStringList{u"Handel"_s, u"Bau2"_s, u"Bau"_s, u"Ohne"_s, u"Leer"_s});
    // Numbers compare as numbers (900 < 10000), not as text.
    CHECK(f.lastNames(u"custom.\"Umsatz\""_s) == QStringList{u"Bau2"_s, u"Bau"_s, u"Handel"_s, u"Ohne"_s, u"Leer"_s});
    CHECK(f.lastNames(u"-custom.Umsatz"_s) == QStringList{u"Handel"_s, u"Bau"_s, u"Bau2"_s, u"Ohne"_s, u"Leer"_s});
}

TEST_CASE("Keyset paging in small pages returns the same rows as one big page for every kind of sort")
{
    Fixture f;
    const QStringList cities = {u"Berlin"_s, u"Köln"_s, QString(), u"Berlin"_s, u"Aachen"_s};
    const QStringList industries = {u"Bau"_s, QString(), u"Handel"_s, u"Bau"_s};
    for (int i = 0; i < 23; ++i) {
        f.add(u"P%1"_s.arg(i % 4),
            u"Nachname%1"_s.arg(i % 7),
            cities.at(i % cities.size()),
            industries.at(i % industries.size()),
            i % 3 ? QString::number(i % 5) : QString());
    }
    for (const QString &sort : {u""_s,
             u"-name"_s,
             u"city"_s,
             u"-city"_s,
             u"-created"_s,
             u"last_activity"_s,
             u"custom.Branche"_s,
             u"-custom.Branche"_s,
             u"custom.Umsatz"_s,
             u"-custom.Umsatz"_s,
             u"first_name"_s}) {
        const std::string sortName = sort.toStdString();
        CAPTURE(sortName);
        ContactListQuery q;
        q.sort = sort;
        QList<qint64> big;
        for (const ContactSummary &s : f.all(q, 1000)) {
            big << s.id;
        }
        QList<qint64> paged;
        for (const ContactSummary &s : f.all(q, 3)) {
            paged << s.id;
        }
        CHECK(big.size() == 23);
        CHECK(paged == big);
        // ContactService::listAll walks the same cursor (continueAfter) in pages of its query's limit.
        q.limit = 4;
        auto walked = f.svc.listAll(q);
        KONTOR_REQUIRE_OK(walked);
        QList<qint64> walkedIds;
        for (const ContactSummary &s : std::as_const(*walked)) {
            walkedIds << s.id;
        }
        CHECK(walkedIds == big);
    }
}

TEST_CASE("Columns carry the requested values of each row in their documented types")
{
    Fixture f;
    f.add(u"Anna"_s, u"Schmidt"_s, u"Berlin"_s, u"Bau"_s, u"1.234,5"_s, {u"Kunde"_s, u"VIP"_s});
    f.add(u"Bernd"_s, u"Leer"_s);
    ContactListQuery q;
    q.columns = {u"city"_s, u"tags"_s, u"custom.Branche"_s, u"custom.Umsatz"_s, u"created"_s, u"lead"_s};
    auto page = f.svc.list(q);
    KONTOR_REQUIRE_OK(page);
    REQUIRE(page->rows.size() == 2);
    const ContactSummary &leer = page->rows.at(0);
    const ContactSummary &anna = page->rows.at(1);
    CHECK(anna.values.value(u"city"_s).toString() == u"Berlin"_s);
    CHECK(anna.values.value(u"tags"_s).toStringList() == QStringList{u"Kunde"_s, u"VIP"_s});
    CHECK(anna.values.value(u"custom.Branche"_s).toString() == u"Bau"_s);
    CHECK(anna.values.value(u"custom.Umsatz"_s).toDouble() == Approx(1234.5));
    CHECK(anna.values.value(u"created"_s).toLongLong() == anna.createdAt);
    CHECK(anna.values.value(u"lead"_s).toBool() == false);
    CHECK(leer.values.value(u"tags"_s).toStringList().isEmpty());
    CHECK_FALSE(leer.values.value(u"custom.Umsatz"_s).isValid());

    q.columns = {u"no_such_field"_s};
    auto bad = f.svc.list(q);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == Error::Code::Invalid);
}

TEST_CASE("A company's persons list by companyId and the company row counts its living persons")
{
    Fixture f;
    Contact company;
    company.kind = ContactKind::Company;
    company.displayName = u"Bau GmbH"_s;
    auto co = f.svc.create(company);
    KONTOR_REQUIRE_OK(co);
    QList<qint64> persons;
    for (const QString &name : {u"Arno"_s, u"Bea"_s, u"Cem"_s}) {
        Contact p;
        p.firstName = name;
        p.lastName = u"Bauer"_s;
        p.companyId = co->id;
        auto created = f.svc.create(p);
        KONTOR_REQUIRE_OK(created);
        persons << created->id;
    }
    f.add(u"Dora"_s, u"Frei"_s);
    KONTOR_REQUIRE_OK(f.svc.moveToTrash({persons.last()}));

    ContactListQuery q;
    q.companyId = co->id;
    auto page = f.svc.list(q);
    KONTOR_REQUIRE_OK(page);
    REQUIRE(page->rows.size() == 2);
    CHECK(page->rows.at(0).firstName == u"Arno"_s);
    CHECK(page->rows.at(0).companyName == u"Bau GmbH"_s);
    CHECK(*f.svc.count(q) == 2);

    ContactListQuery companies;
    companies.kind = int(ContactKind::Company);
    auto list = f.svc.list(companies);
    KONTOR_REQUIRE_OK(list);
    REQUIRE(list->rows.size() == 1);
    CHECK(list->rows.first().personCount == 2);
    CHECK(list->rows.first().lastActivityAt > 0);
}

TEST_CASE("Quick search restricted to chosen fields ignores matches in the other fields")
{
    Fixture f;
    const qint64 inName = f.add(u"Berta"_s, u"Berliner"_s, u"Hamburg"_s);
    const qint64 inCity = f.add(u"Carl"_s, u"Koch"_s, u"Berlin"_s);
    ContactListQuery q;
    q.search = u"berlin"_s;
    auto both = f.svc.list(q);
    KONTOR_REQUIRE_OK(both);
    CHECK(both->rows.size() == 2);
    q.searchFields = {u"city"_s};
    auto city = f.svc.list(q);
    KONTOR_REQUIRE_OK(city);
    REQUIRE(city->rows.size() == 1);
    CHECK(city->rows.first().id == inCity);
    CHECK(*f.svc.count(q) == 1);
    q.searchFields = {u"name"_s};
    auto name = f.svc.list(q);
    KONTOR_REQUIRE_OK(name);
    REQUIRE(name->rows.size() == 1);
    CHECK(name->rows.first().id == inName);
    q.searchFields = {u"website"_s};
    CHECK_FALSE(f.svc.list(q).has_value());
}

TEST_CASE("A filter, a quick search and a sort combine in one list, and an invalid filter fails it")
{
    Fixture f;
    f.add(u"Anna"_s, u"Schmidt"_s, u"Berlin"_s, u"Bau"_s, {}, {u"Kunde"_s});
    f.add(u"Anton"_s, u"Schmidt"_s, u"Berlin"_s, u"Handel"_s, {}, {u"Kunde"_s});
    f.add(u"Arne"_s, u"Schmidt"_s, u"Köln"_s, u"Bau"_s, {}, {u"Kunde"_s});
    f.add(u"Alma"_s, u"Schmitt"_s, u"Berlin"_s, u"Bau"_s);
    f.add(u"Zora"_s, u"Meyer"_s, u"Berlin"_s, u"Bau"_s, {}, {u"Kunde"_s});
    ContactListQuery q;
    q.filter = u"city = \"berlin\" and tags has \"Kunde\""_s;
    q.search = u"schmidt"_s;
    q.sort = u"-custom.Branche"_s;
    auto page = f.svc.list(q);
    KONTOR_REQUIRE_OK(page);
    REQUIRE(page->rows.size() == 2);
    CHECK(page->rows.at(0).firstName == u"Anton"_s);
    CHECK(page->rows.at(1).firstName == u"Anna"_s);
    CHECK(*f.svc.count(q) == 2);

    q.filter = u"city = "_s;
    auto bad = f.svc.list(q);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == Error::Code::Invalid);
    CHECK_FALSE(f.svc.count(q).has_value());
    q.filter.clear();
    q.sort = u"nonsense"_s;
    CHECK_FALSE(f.svc.list(q).has_value());
}
