#include "ContactFields.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "CustomFieldService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

// A database with a colleague, a company and a custom field, and the references both ways between their ids
// and UUIDs, as the change log and an undo use them.
struct Fixture
{
    Fixture()
        : svc(t.db(), t.session())
        , repo(t.db())
    {
        svc.setDefaultRegion(u"DE"_s);
        auto user = UserService(t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
        REQUIRE(user.has_value());
        colleague = *user;
        CustomField f;
        f.name = u"Kundennummer"_s;
        auto created = CustomFieldService(t.db(), t.session()).createField(f);
        KONTOR_REQUIRE_OK(created);
        field = *created;
        Contact company;
        company.kind = ContactKind::Company;
        company.displayName = u"Weiß & Söhne GmbH"_s;
        auto c = svc.create(company);
        KONTOR_REQUIRE_OK(c);
        companyId = c->id;

        refs.companyUuid = [this](qint64 id) { return repo.companyUuid(id); };
        refs.userUuid = [this](qint64 id) { return repo.userUuid(id); };
        refs.customFieldUuid = [this](qint64 id) { return repo.customFieldUuid(id); };
        resolvers.companyId = [this](const QString &uuid) {
            auto id = repo.idForUuid(uuid);
            return id ? *id : qint64(0);
        };
        resolvers.userId = [this](const QString &uuid) {
            auto users = UserService(t.db()).list();
            for (const User &u : *users) {
                if (u.uuid == uuid) {
                    return u.id;
                }
            }
            return qint64(0);
        };
        resolvers.customFieldId = [this](const QString &uuid) { return uuid == field.uuid ? field.id : 0; };
    }

    QJsonObject sync(const Contact &c) const { return ContactFields::snapshot(c, refs, ContactFields::Purpose::Sync); }

    // A person with every field Kontor stores, saved and loaded back.
    Contact fullPerson()
    {
        Contact c;
        c.salutation = u"Frau"_s;
        c.title = u"Dr."_s;
        c.firstName = u"Gülşen"_s;
        c.middleName = u"Ayşe"_s;
        c.lastName = u"Öztürk"_s;
        c.displayName = u"Dr. G. Öztürk"_s;
        c.displayNameManual = true;
        c.jobTitle = u"Einkaufsleiterin"_s;
        c.department = u"Einkauf"_s;
        c.companyId = companyId;
        c.emails = {{u"g.oeztuerk@weiss-soehne.de"_s, u"work"_s, false}, {u"guelsen@example.com"_s, u"home"_s, true}};
        c.phones = {{u"0221 9876543"_s, {}, u"work"_s, true}};
        c.addresses = {{u"Hohe Straße 12"_s, u"50667"_s, u"Köln"_s, u"NRW"_s, u"DE"_s, u"work"_s}};
        c.birthday = {0, 2, 29};
        c.website = u"https://weiss-soehne.de"_s;
        c.socialProfiles = {{u"linkedin"_s, u"https://www.linkedin.com/in/goeztuerk"_s}};
        c.source = u"Messe"_s;
        c.contactType = u"Customer"_s;
        c.lead = true;
        c.ownerId = colleague.id;
        c.followerIds = {colleague.id, t.session().userId};
        c.tags = {u"VIP"_s, u"Messe 2025"_s};
        c.dnd = DndChannel::Email | DndChannel::WhatsApp;
        c.description = u"Trifft Entscheidungen über Rahmenverträge."_s;
        c.photo = QByteArray("\x89PNG fake but small", 19);
        c.customValues = {{field.id, u"K-4711"_s}};
        auto created = svc.create(c);
        KONTOR_REQUIRE_OK(created);
        return *created;
    }

    Test::TestDatabase t;
    ContactService svc;
    ContactRepository repo;
    User colleague;
    CustomField field;
    qint64 companyId = 0;
    ContactFields::References refs;
    ContactFields::Resolvers resolvers;
};

} // namespace

TEST_CASE("Applying every key of a sync snapshot to an empty contact rebuilds the same snapshot")
{
    Fixture f;
    const Contact person = f.fullPerson();
    const QJsonObject expected = f.sync(person);
    // Every built-in key is written by the snapshot, plus the custom field: the round trip covers them all.
    for (const QString &key : ContactFields::builtInKeys()) {
        INFO(key.toStdString());
        CHECK(expected.contains(key));
    }
    REQUIRE(expected.contains(u"custom."_s + f.field.uuid));

    Contact rebuilt;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(ContactFields::applyValue(rebuilt, it.key(), it.value(), f.resolvers));
    }
    CHECK(f.sync(rebuilt) == expected);
    CHECK(rebuilt.photo == person.photo);
    CHECK(rebuilt.companyId == f.companyId);
    CHECK(rebuilt.followerIds == person.followerIds);
    CHECK(rebuilt.customValues == person.customValues);

    auto company = f.svc.load(f.companyId);
    REQUIRE(company.has_value());
    Contact rebuiltCompany;
    const QJsonObject companySnapshot = f.sync(*company);
    for (auto it = companySnapshot.begin(); it != companySnapshot.end(); ++it) {
        CHECK(ContactFields::applyValue(rebuiltCompany, it.key(), it.value(), f.resolvers));
    }
    CHECK(rebuiltCompany.isCompany());
    CHECK(f.sync(rebuiltCompany) == companySnapshot);
}

TEST_CASE("Applying an empty value clears each field, and the cleared contact saves without it")
{
    Fixture f;
    const Contact person = f.fullPerson();
    const QJsonObject full = f.sync(person);
    for (auto it = full.begin(); it != full.end(); ++it) {
        const QString &key = it.key();
        if (key == u"kind"_s || key == u"first_name"_s) {
            continue; // always present / required
        }
        INFO(key.toStdString());
        Contact c = person;
        REQUIRE(ContactFields::applyValue(c, key, QJsonValue(), f.resolvers));
        CHECK_FALSE(f.sync(c).contains(key));
    }

    // The loaded company name must not bring the link back when the service saves the person.
    Contact unlinked = person;
    REQUIRE_FALSE(unlinked.companyName.isEmpty());
    REQUIRE(ContactFields::applyValue(unlinked, u"company"_s, QJsonValue(QJsonValue::Null), f.resolvers));
    auto saved = f.svc.update(unlinked);
    KONTOR_REQUIRE_OK(saved);
    CHECK(saved->companyId == 0);
    CHECK(saved->companyName.isEmpty());
}

TEST_CASE("A value of the wrong shape or an unknown key changes nothing and is refused")
{
    Fixture f;
    const Contact person = f.fullPerson();
    const QJsonObject before = f.sync(person);
    const std::pair<QString, QJsonValue> bad[] = {
        {u"first_name"_s, 42},
        {u"lead"_s, u"yes"_s},
        {u"kind"_s, u"robot"_s},
        {u"emails"_s, u"a@example.de"_s},
        {u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, 1}}}},
        {u"phones"_s, QJsonArray{u"+4930123456"_s}},
        {u"addresses"_s, QJsonObject{{u"city"_s, u"Köln"_s}}},
        {u"birthday"_s, u"31.12.1980"_s},
        {u"social"_s, QJsonObject{{u"x"_s, 3}}},
        {u"tags"_s, QJsonArray{u"VIP"_s, 7}},
        {u"followers"_s, u"someone"_s},
        {u"dnd"_s, QJsonArray{u"fax"_s}},
        {u"photo"_s, u"not base64 !!!"_s},
        {u"custom.00000000-0000-7000-8000-000000000000"_s, u"x"_s},
        {u"favourite_colour"_s, u"blue"_s},
    };
    for (const auto &[key, value] : bad) {
        INFO(key.toStdString());
        Contact c = person;
        CHECK_FALSE(ContactFields::applyValue(c, key, value, f.resolvers));
        CHECK(f.sync(c) == before);
    }
}

TEST_CASE("References to records this database does not know resolve to none")
{
    Fixture f;
    Contact c = f.fullPerson();
    CHECK(ContactFields::applyValue(c, u"company"_s, u"00000000-0000-7000-8000-000000000001"_s, f.resolvers));
    CHECK(c.companyId == 0);
    CHECK(ContactFields::applyValue(
        c, u"followers"_s, QJsonArray{u"00000000-0000-7000-8000-000000000002"_s, f.colleague.uuid}, f.resolvers));
    CHECK(c.followerIds == QList<qint64>{f.colleague.id});
    CHECK(ContactFields::applyValue(c, u"owner"_s, u"00000000-0000-7000-8000-000000000003"_s, f.resolvers));
    CHECK(c.ownerId == 0);
}
