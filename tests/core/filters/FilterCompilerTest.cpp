#include "FilterCompiler.h"

#include "ContactService.h"
#include "CustomFieldService.h"
#include "FilterFields.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 utcMs(int y, int m, int d, int hour = 12)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// Five alive contacts and one in the trash, with every kind of field filled somewhere and left empty elsewhere;
// ContactService makes the session user the owner unless one is given.
// Times are at noon UTC, so that the local day is the same in every time zone the tests may run in.
struct Fixture
{
    Test::TestDatabase t;
    qint64 anna = 0;
    qint64 ben = 0;
    qint64 max = 0; // Max Müller, Berlin
    qint64 erika = 0; // Erika Mueller, berlin, a lead
    qint64 joerg = 0; // Jörg WEISS, München
    qint64 bau = 0; // Bau GmbH, a company in Hamburg
    qint64 lisa = 0; // Dr. Lisa Schmidt, works at Bau GmbH, born on 29 February
    qint64 trashed = 0;

    Fixture()
    {
        UserService users(t.db());
        auto annaUser = users.create(u"Anna"_s, u"anna@example.de"_s);
        KONTOR_REQUIRE_OK(annaUser);
        anna = annaUser->id;
        auto benUser = users.create(u"Ben"_s, u"ben@example.de"_s);
        KONTOR_REQUIRE_OK(benUser);
        ben = benUser->id;
        CustomFieldService fields(t.db(), t.session());
        const auto field = [&](const QString &name, CustomFieldType type, const QStringList &options = {}) {
            CustomField f;
            f.name = name;
            f.type = type;
            f.options = options;
            auto created = fields.createField(f);
            KONTOR_REQUIRE_OK(created);
            return created->id;
        };
        const qint64 branche = field(u"Branche"_s, CustomFieldType::SingleSelect, {u"Bau"_s, u"Handel"_s, u"IT"_s});
        const qint64 umsatz = field(u"Umsatz"_s, CustomFieldType::Money);
        const qint64 notiz = field(u"Notiz"_s, CustomFieldType::Text);
        const qint64 vertrag = field(u"Vertrag seit"_s, CustomFieldType::Date);
        const qint64 aktiv = field(u"Aktiv"_s, CustomFieldType::Checkbox);
        const qint64 themen = field(u"Themen"_s, CustomFieldType::MultiSelect, {u"Sport"_s, u"Kultur"_s, u"Technik"_s});
        const qint64 groesse = field(u"Größe"_s, CustomFieldType::Number);

        ContactService svc(t.db(), t.session());
        const auto create = [&](Contact c, qint64 at) {
            t.clock().setMs(at);
            auto created = svc.create(c);
            KONTOR_REQUIRE_OK(created);
            return created->id;
        };

        Contact company;
        company.kind = ContactKind::Company;
        company.displayName = u"Bau GmbH"_s;
        company.ownerId = ben;
        company.addresses = {{u"Am Kai 1"_s, u"20457"_s, u"Hamburg"_s, {}, u"DE"_s, {}}};
        bau = create(company, utcMs(2026, 1, 10));

        Contact joergC;
        joergC.firstName = u"Jörg"_s;
        joergC.lastName = u"WEISS"_s;
        joergC.addresses = {{u"Lindenstrasse 5"_s, u"80331"_s, u"München"_s, u"Bayern"_s, u"DE"_s, {}}};
        joergC.phones = {{u"+49 89 5551234"_s, {}, {}, true}};
        joergC.birthday = {0, 1, 2};
        joergC.followerIds = {t.session().userId, anna};
        joergC.customValues = {{groesse, u"1,85"_s}};
        joerg = create(joergC, utcMs(2026, 1, 15));

        Contact maxC;
        maxC.firstName = u"Max"_s;
        maxC.lastName = u"Müller"_s;
        maxC.jobTitle = u"Geschäftsführer"_s;
        maxC.emails = {{u"Max.Mueller@Example.de"_s, {}, true}};
        maxC.phones = {{u"030 1234567"_s, {}, {}, true}};
        maxC.addresses = {{u"Hauptstraße 1"_s, u"10115"_s, u"Berlin"_s, u"Berlin"_s, u"DE"_s, {}}};
        maxC.tags = {u"Kunde"_s, u"VIP"_s};
        maxC.birthday = {1980, 5, 17};
        maxC.contactType = u"Customer"_s;
        maxC.ownerId = t.session().userId;
        maxC.followerIds = {anna};
        maxC.customValues = {{branche, u"Bau"_s},
            {umsatz, u"12500 EUR"_s},
            {aktiv, u"1"_s},
            {themen, u"Sport\nTechnik"_s},
            {vertrag, u"2026-02-20"_s},
            {notiz, u"Großkunde seit 2019"_s}};
        max = create(maxC, utcMs(2026, 2, 25));

        Contact erikaC;
        erikaC.firstName = u"Erika"_s;
        erikaC.lastName = u"Mueller"_s;
        erikaC.emails = {{u"erika@beispiel.com"_s, {}, true}};
        erikaC.addresses = {{u"Ringstr. 9"_s, u"12043"_s, u"berlin"_s, {}, u"DE"_s, {}}};
        erikaC.tags = {u"kunde"_s};
        erikaC.birthday = {0, 12, 28};
        erikaC.contactType = u"Lead"_s;
        erikaC.lead = true;
        erikaC.ownerId = anna;
        erikaC.customValues = {{branche, u"Handel"_s}, {umsatz, u"500"_s}, {themen, u"Kultur"_s}, {aktiv, u"0"_s}};
        erika = create(erikaC, utcMs(2026, 2, 25));

        Contact lisaC;
        lisaC.title = u"Dr."_s;
        lisaC.firstName = u"Lisa"_s;
        lisaC.lastName = u"Schmidt"_s;
        lisaC.companyId = bau;
        lisaC.tags = {u"Partner"_s};
        lisaC.birthday = {2000, 2, 29};
        lisaC.contactType = u"Partner"_s;
        lisa = create(lisaC, utcMs(2026, 3, 1, 9));

        Contact gone;
        gone.firstName = u"Gone"_s;
        gone.lastName = u"Müller"_s;
        gone.addresses = {{{}, {}, u"Berlin"_s, {}, u"DE"_s, {}}};
        gone.tags = {u"Kunde"_s};
        trashed = create(gone, utcMs(2026, 2, 26));
        KONTOR_REQUIRE_OK(svc.moveToTrash({trashed}));
        t.clock().setMs(utcMs(2026, 3, 1));
    }

    Result<CompiledFilter> compile(const QString &filter)
    {
        return FilterCompiler(t.db(), t.session().userId).compile(filter);
    }

    QSet<qint64> ids(const QString &filter)
    {
        auto compiled = compile(filter);
        if (!compiled) {
            FAIL(filter.toStdString() << ": " << compiled.error().toString().toStdString());
        }
        QSqlQuery q(t.db().connection());
        REQUIRE(q.prepare(u"SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND ("_s + compiled->sql + u')'));
        for (const auto &b : std::as_const(compiled->binds)) {
            q.addBindValue(b);
        }
        if (!q.exec()) {
            FAIL(filter.toStdString() << ": " << q.lastError().text().toStdString() << " in "
                                      << compiled->sql.toStdString());
        }
        QSet<qint64> out;
        while (q.next()) {
            out.insert(q.value(0).toLongLong());
        }
        return out;
    }

    QSet<qint64> all() const { return {max, erika, joerg, bau, lisa}; }
    QSet<qint64> allBut(const QSet<qint64> &without) const { return all() - without; }

    Error error(const QString &filter)
    {
        auto compiled = compile(filter);
        REQUIRE_FALSE(compiled.has_value());
        CHECK(compiled.error().code == Error::Code::Invalid);
        return compiled.error();
    }
};

using Ids = QSet<qint64>;
} // namespace

TEST_CASE("An empty filter compiles to 1 and matches every contact that is not in the trash")
{
    Fixture f;
    auto compiled = f.compile(u"  "_s);
    REQUIRE(compiled.has_value());
    CHECK(compiled->sql == u"1"_s);
    CHECK(compiled->binds.isEmpty());
    CHECK(f.ids({}) == f.all());
}

TEST_CASE("Text filters fold German spelling and case on both sides")
{
    Fixture f;
    CHECK(f.ids(u"city = \"BERLIN\""_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"city = \"muenchen\""_s) == Ids{f.joerg});
    CHECK(f.ids(u"city = \"MÜNCHEN\""_s) == Ids{f.joerg});
    CHECK(f.ids(u"last_name = \"MÜLLER\""_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"last_name = \"mueller\""_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"last_name = \"Weiß\""_s) == Ids{f.joerg});
    CHECK(f.ids(u"street contains \"STRASSE\""_s) == Ids{f.max, f.joerg});
    CHECK(f.ids(u"street starts with \"hauptstraße\""_s) == Ids{f.max});
    CHECK(f.ids(u"name starts with \"mül\""_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"name = \"max müller\""_s) == Ids{f.max});
    CHECK(f.ids(u"name starts with \"Dr. Lisa\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"name starts with \"dr\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"name = \"Dr. Lisa Schmidt\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"name = \"Lisa Schmidt\""_s).isEmpty());
    CHECK(f.ids(u"name = \"schmidt\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"name contains \"gmbh\""_s) == Ids{f.bau});
    CHECK(f.ids(u"first_name in (\"max\", \"ERIKA\")"_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"job_title contains \"GESCHAEFT\""_s) == Ids{f.max});
    CHECK(f.ids(u"job_title is empty"_s) == f.allBut({f.max}));
    CHECK(f.ids(u"job_title is not empty"_s) == Ids{f.max});
    CHECK(f.ids(u"city != \"berlin\""_s) == f.allBut({f.max, f.erika}));
    CHECK(f.ids(u"city = \"\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"city is not empty"_s) == f.allBut({f.lisa}));
    CHECK(f.ids(u"city in (\"Hamburg\", \"münchen\")"_s) == Ids{f.joerg, f.bau});
    CHECK(f.ids(u"postal_code starts with \"10\""_s) == Ids{f.max});
    CHECK(f.ids(u"region = \"bayern\""_s) == Ids{f.joerg});
    CHECK(f.ids(u"region is empty"_s) == Ids{f.erika, f.bau, f.lisa});
    CHECK(f.ids(u"country = \"de\""_s) == f.allBut({f.lisa}));
    CHECK(f.ids(u"company = \"BAU gmbh\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"company starts with \"bau\""_s) == Ids{f.lisa});
    CHECK(f.ids(u"company is empty"_s) == f.allBut({f.lisa}));
    CHECK(f.ids(u"company != \"Bau GmbH\""_s) == f.allBut({f.lisa}));
}

TEST_CASE("E-mail and phone filters compare addresses case-insensitively and numbers by their digits")
{
    Fixture f;
    CHECK(f.ids(u"email contains \"@example.de\""_s) == Ids{f.max});
    CHECK(f.ids(u"email = \"MAX.MUELLER@example.DE\""_s) == Ids{f.max});
    CHECK(f.ids(u"email starts with \"erika@\""_s) == Ids{f.erika});
    CHECK(f.ids(u"email is empty"_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.ids(u"email != \"erika@beispiel.com\""_s) == f.allBut({f.erika}));
    CHECK(f.ids(u"phone = \"+49 30 1234567\""_s) == Ids{f.max});
    CHECK(f.ids(u"phone = \"030/1234567\""_s) == Ids{f.max});
    CHECK(f.ids(u"phone contains \"555 12\""_s) == Ids{f.joerg});
    CHECK(f.ids(u"phone starts with \"030\""_s) == Ids{f.max});
    CHECK(f.ids(u"phone starts with \"0049 89\""_s) == Ids{f.joerg});
    CHECK(f.ids(u"phone is empty"_s) == Ids{f.erika, f.bau, f.lisa});
    CHECK(f.ids(u"phone is not empty"_s) == Ids{f.max, f.joerg});
}

TEST_CASE("Tag filters test any, all and none of the tags, folded")
{
    Fixture f;
    CHECK(f.ids(u"tags has \"KUNDE\""_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"tags has any (\"vip\", \"partner\")"_s) == Ids{f.max, f.lisa});
    CHECK(f.ids(u"tags has all (\"Kunde\", \"VIP\")"_s) == Ids{f.max});
    CHECK(f.ids(u"tags has none (\"Kunde\")"_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.ids(u"tags is empty"_s) == Ids{f.joerg, f.bau});
    CHECK(f.ids(u"tags is not empty"_s) == Ids{f.max, f.erika, f.lisa});
}

TEST_CASE("Custom fields filter by their type and validate choices")
{
    Fixture f;
    CHECK(f.ids(u"custom.\"Branche\" = \"Bau\""_s) == Ids{f.max});
    CHECK(f.ids(u"custom.branche = \"bau\""_s) == Ids{f.max});
    CHECK(f.ids(u"custom.Branche in (\"Bau\", \"Handel\")"_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"custom.Branche != \"Bau\""_s) == f.allBut({f.max}));
    CHECK(f.ids(u"custom.Branche is empty"_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.ids(u"custom.Branche is not empty"_s) == Ids{f.max, f.erika});
    const Error choice = f.error(u"custom.Branche = \"Chemie\""_s);
    CHECK(choice.location.field == u"custom.Branche"_s);
    CHECK(choice.message.contains(u"Chemie"_s));

    CHECK(f.ids(u"custom.Umsatz > 1000"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.Umsatz < 1000"_s) == Ids{f.erika});
    CHECK(f.ids(u"custom.Umsatz = 500"_s) == Ids{f.erika});
    CHECK(f.ids(u"custom.Umsatz != 500"_s) == f.allBut({f.erika}));
    CHECK(f.ids(u"custom.Umsatz between 20000 and 100"_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"custom.Umsatz is empty"_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.ids(u"custom.\"Größe\" > 1.8"_s) == Ids{f.joerg});
    const Error number = f.error(u"custom.Umsatz > \"abc\""_s);
    CHECK(number.message.contains(u"\"abc\" is not a number"_s));
    CHECK(number.location.field == u"custom.Umsatz"_s);

    CHECK(f.ids(u"custom.\"Vertrag seit\" = 2026-02-20"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.\"Vertrag seit\" before 2026-03-01"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.\"Vertrag seit\" after 2026-02-20"_s).isEmpty());
    CHECK(f.ids(u"custom.\"Vertrag seit\" in last 14 days"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.\"Vertrag seit\" in last 5 days"_s).isEmpty());
    CHECK(f.ids(u"custom.\"Vertrag seit\" between 2026-02-01 and 2026-02-28"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.\"Vertrag seit\" is empty"_s) == f.allBut({f.max}));

    CHECK(f.ids(u"custom.Aktiv = true"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.Aktiv = false"_s) == f.allBut({f.max}));
    CHECK(f.ids(u"custom.Aktiv != true"_s) == f.allBut({f.max}));

    CHECK(f.ids(u"custom.Themen has \"sport\""_s) == Ids{f.max});
    CHECK(f.ids(u"custom.Themen has any (\"Kultur\", \"Technik\")"_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"custom.Themen has all (\"Sport\", \"Technik\")"_s) == Ids{f.max});
    CHECK(f.ids(u"custom.Themen has all (\"Sport\", \"Kultur\")"_s).isEmpty());
    CHECK(f.ids(u"custom.Themen has none (\"Sport\")"_s) == f.allBut({f.max}));
    CHECK(f.ids(u"custom.Themen is empty"_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.error(u"custom.Themen has \"Golf\""_s).message.contains(u"Golf"_s));

    CHECK(f.ids(u"custom.Notiz contains \"GROSSKUNDE\""_s) == Ids{f.max});
    CHECK(f.ids(u"custom.Notiz is empty"_s) == f.allBut({f.max}));
    CHECK(f.ids(u"custom.Notiz != \"großkunde seit 2019\""_s) == f.allBut({f.max}));
}

TEST_CASE("Birthdays compare day and month across the year end and celebrate 29 February on 1 March")
{
    Fixture f;
    CHECK(f.ids(u"birthday = 1980-05-17"_s) == Ids{f.max});
    CHECK(f.ids(u"birthday = 1981-05-17"_s).isEmpty());
    CHECK(f.ids(u"birthday = --05-17"_s) == Ids{f.max});
    CHECK(f.ids(u"birthday != --05-17"_s) == f.allBut({f.max}));
    CHECK(f.ids(u"birthday before --06-01"_s) == Ids{f.max, f.joerg, f.lisa});
    CHECK(f.ids(u"not birthday before --06-01"_s) == Ids{f.erika, f.bau});
    CHECK(f.ids(u"birthday after --06-01"_s) == Ids{f.erika});
    CHECK(f.ids(u"birthday before 1990-01-01"_s) == Ids{f.max});
    CHECK(f.ids(u"birthday between --12-01 and --01-31"_s) == Ids{f.erika, f.joerg});
    CHECK(f.ids(u"birthday between 1970-01-01 and 2001-01-01"_s) == Ids{f.max, f.lisa});
    CHECK(f.ids(u"birthday is empty"_s) == Ids{f.bau});
    CHECK(f.ids(u"birthday is not empty"_s) == f.allBut({f.bau}));

    f.t.clock().setMs(utcMs(2026, 12, 20));
    CHECK(f.ids(u"birthday in next 14 days"_s) == Ids{f.erika, f.joerg});
    CHECK(f.ids(u"birthday in next 7 days"_s).isEmpty());
    CHECK(f.ids(u"birthday in next 8 days"_s) == Ids{f.erika});
    f.t.clock().setMs(utcMs(2027, 1, 3));
    CHECK(f.ids(u"birthday in last 7 days"_s) == Ids{f.erika, f.joerg});

    f.t.clock().setMs(utcMs(2026, 2, 28));
    CHECK(f.ids(u"birthday in next 0 days"_s).isEmpty());
    f.t.clock().setMs(utcMs(2026, 3, 1));
    CHECK(f.ids(u"birthday in next 0 days"_s) == Ids{f.lisa});
    CHECK(f.ids(u"birthday in last 1 days"_s) == Ids{f.lisa});
    f.t.clock().setMs(utcMs(2028, 2, 29));
    CHECK(f.ids(u"birthday in next 0 days"_s) == Ids{f.lisa});
    f.t.clock().setMs(utcMs(2028, 3, 1));
    CHECK(f.ids(u"birthday in next 0 days"_s).isEmpty());

    CHECK(f.error(u"birthday = \"17.5.\""_s).location.field == u"birthday"_s);
    CHECK(f.error(u"birthday between --01-01 and 2000-01-01"_s).location.field == u"birthday"_s);
}

TEST_CASE("Relative dates count whole local days back to the start and up to now")
{
    Fixture f;
    CHECK(f.ids(u"created in last 7 days"_s) == Ids{f.max, f.erika, f.lisa});
    CHECK(f.ids(u"created in last 0 days"_s) == Ids{f.lisa});
    CHECK(f.ids(u"created in last 45 days"_s) == f.allBut({f.bau}));
    CHECK(f.ids(u"created before 2026-02-01"_s) == Ids{f.joerg, f.bau});
    CHECK(f.ids(u"created = 2026-02-25"_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"created != 2026-02-25"_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.ids(u"created after 2026-02-25"_s) == Ids{f.lisa});
    CHECK(f.ids(u"created between 2026-01-31 and 2026-01-01"_s) == Ids{f.joerg, f.bau});
    CHECK(f.ids(u"updated in next 3 days"_s).isEmpty());
    CHECK(f.ids(u"last_activity is empty"_s).isEmpty());
    CHECK(f.ids(u"last_activity in last 7 days"_s) == Ids{f.max, f.erika, f.lisa});

    f.t.clock().setMs(utcMs(2026, 3, 4));
    CHECK(f.ids(u"created in last 7 days"_s) == Ids{f.max, f.erika, f.lisa});
    f.t.clock().setMs(utcMs(2026, 3, 5));
    CHECK(f.ids(u"created in last 7 days"_s) == Ids{f.lisa});
    f.t.clock().setMs(utcMs(2026, 2, 22));
    CHECK(f.ids(u"created in next 3 days"_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"created in next 2 days"_s).isEmpty());

    const Error e = f.error(u"created = \"gestern\""_s);
    CHECK(e.message.contains(u"not a date"_s));
    CHECK(e.location.field == u"created"_s);
}

TEST_CASE("Owner, followers, kind, type and lead filter by users and choices")
{
    Fixture f;
    CHECK(f.ids(u"owner is me"_s) == Ids{f.max, f.joerg, f.lisa});
    CHECK(f.ids(u"owner = \"anna\""_s) == Ids{f.erika});
    CHECK(f.ids(u"owner in (\"Anna\", \"Ben\")"_s) == Ids{f.erika, f.bau});
    CHECK(f.ids(u"owner != \"Anna\""_s) == f.allBut({f.erika}));
    CHECK(f.ids(u"owner is empty"_s).isEmpty());
    CHECK(f.ids(u"owner is not empty"_s) == f.all());
    const Error unknown = f.error(u"owner = \"Zoe\""_s);
    CHECK(unknown.message.contains(u"Zoe"_s));
    CHECK(unknown.location.field == u"owner"_s);

    CHECK(f.ids(u"followers has \"Anna\""_s) == Ids{f.max, f.joerg});
    CHECK(f.ids(u"followers is me"_s) == Ids{f.joerg});
    CHECK(f.ids(u"followers has all (\"anna\", \"ben\")"_s).isEmpty());
    CHECK(f.ids(u"followers has none (\"Anna\")"_s) == Ids{f.erika, f.bau, f.lisa});
    CHECK(f.ids(u"followers is empty"_s) == Ids{f.erika, f.bau, f.lisa});
    CHECK(f.ids(u"created_by is me"_s) == f.all());

    CHECK(f.ids(u"kind = \"company\""_s) == Ids{f.bau});
    CHECK(f.ids(u"kind = person"_s) == f.allBut({f.bau}));
    CHECK(f.ids(u"type in (\"Lead\", \"Customer\") and lead = true"_s) == Ids{f.erika});
    CHECK(f.ids(u"type = \"customer\""_s) == Ids{f.max});
    CHECK(f.ids(u"type != \"Customer\""_s) == f.allBut({f.max}));
    CHECK(f.ids(u"type is empty"_s) == Ids{f.joerg, f.bau});
    CHECK(f.ids(u"lead = false"_s) == f.allBut({f.erika}));
    CHECK(f.ids(u"lead != false"_s) == Ids{f.erika});
    CHECK(f.error(u"type = \"Unbekannt\""_s).location.field == u"type"_s);
    CHECK(f.error(u"lead = \"vielleicht\""_s).location.field == u"lead"_s);
}

TEST_CASE("And, or and not groups combine conditions like the text says")
{
    Fixture f;
    CHECK(f.ids(u"city = \"Berlin\" and tags has \"Kunde\""_s) == Ids{f.max, f.erika});
    CHECK(f.ids(u"city = \"Berlin\" and lead = true or kind = \"company\""_s) == Ids{f.erika, f.bau});
    CHECK(f.ids(u"city = \"Berlin\" and (lead = true or kind = \"company\")"_s) == Ids{f.erika});
    CHECK(f.ids(u"not city = \"Berlin\""_s) == Ids{f.joerg, f.bau, f.lisa});
    CHECK(f.ids(u"not (city = \"Berlin\" or tags has \"Partner\")"_s) == Ids{f.joerg, f.bau});
    CHECK(f.ids(u"not not owner = \"Anna\""_s) == Ids{f.erika});
    CHECK(f.ids(u"not phone = \"+49 30 1234567\" and not email is empty"_s) == Ids{f.erika});
}

TEST_CASE("Filters that do not fit a field fail naming the field and the problem")
{
    Fixture f;
    Error e = f.error(u"farbe = \"rot\""_s);
    CHECK(e.location.field == u"farbe"_s);
    CHECK(e.message.contains(u"farbe"_s));
    e = f.error(u"birthday contains \"5\""_s);
    CHECK(e.location.field == u"birthday"_s);
    CHECK(e.message.contains(FilterFields::builtIn().at(21).label));
    CHECK(f.error(u"custom.Unbekannt = 1"_s).location.field == u"custom.Unbekannt"_s);
    CHECK(f.error(u"city > 3"_s).location.field == u"city"_s);
    CHECK(f.error(u"created in last 7 days and tags < 3"_s).location.field == u"tags"_s);
    CHECK(f.error(u"city = "_s).location.column == 8);
}

TEST_CASE("The field catalogue lists built-in fields and custom fields with fitting operators")
{
    Fixture f;
    auto fields = FilterFields::all(f.t.db());
    REQUIRE(fields.has_value());
    const auto branche = FilterFields::find(f.t.db(), u"custom.branche"_s);
    REQUIRE(branche.has_value());
    CHECK(branche->type == FilterFieldType::Choice);
    CHECK(branche->choices == QStringList{u"Bau"_s, u"Handel"_s, u"IT"_s});
    CHECK(FilterFields::find(f.t.db(), u"custom.Themen"_s)->type == FilterFieldType::Tags);
    CHECK(FilterFields::find(f.t.db(), u"custom.Umsatz"_s)->type == FilterFieldType::Number);
    CHECK(FilterFields::find(f.t.db(), u"type"_s)->choices.contains(u"Lead"_s));
    CHECK_FALSE(FilterFields::find(f.t.db(), u"farbe"_s).has_value());
    for (const auto &field : std::as_const(*fields)) {
        INFO(field.key.toStdString());
        CHECK_FALSE(field.label.isEmpty());
        const auto ops = FilterFields::operatorsFor(field.type);
        CHECK_FALSE(ops.isEmpty());
        for (const auto op : ops) {
            CHECK_FALSE(FilterFields::operatorLabel(op, field.type).isEmpty());
        }
    }
    CHECK(FilterFields::operatorsFor(FilterFieldType::Birthday).contains(FilterOperator::InNextDays));
    CHECK_FALSE(FilterFields::operatorsFor(FilterFieldType::Birthday).contains(FilterOperator::Contains));
}
