#include "ContactService.h"

#include "TestDatabase.h"
#include "UserService.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Every field of a person survives a save and a load")
{
    Test::TestDatabase t;
    auto colleague = UserService(t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
    REQUIRE(colleague.has_value());
    ContactService svc(t.db(), t.session());
    svc.setDefaultRegion(u"DE"_s);

    Contact c;
    c.salutation = u"Frau"_s;
    c.title = u"Prof. Dr."_s;
    c.firstName = u"Gülşen"_s;
    c.middleName = u"Ayşe"_s;
    c.lastName = u"Öztürk"_s;
    c.jobTitle = u"Einkaufsleiterin"_s;
    c.department = u"Einkauf"_s;
    c.companyName = u"Weiß & Söhne GmbH & Co. KG"_s;
    c.emails = {{u"g.oeztuerk@weiss-soehne.de"_s, u"work"_s, false}, {u"guelsen@example.com"_s, u"home"_s, true}};
    c.phones = {{u"+49 171 2345678"_s, {}, u"mobile"_s, false}, {u"0221 9876543"_s, {}, u"work"_s, false}};
    c.addresses = {{u"Hohe Straße 12"_s, u"50667"_s, u"Köln"_s, u"NRW"_s, u"DE"_s, u"work"_s},
        {u"Bahnhofstrasse 1"_s, u"8001"_s, u"Zürich"_s, {}, u"CH"_s, u"home"_s}};
    c.birthday = {0, 2, 29};
    c.website = u"https://weiss-soehne.de"_s;
    c.socialProfiles = {{u"linkedin"_s, u"https://www.linkedin.com/in/goeztuerk"_s}, {u"x"_s, u"@gulsen"_s}};
    c.source = u"Messe"_s;
    c.contactType = u"Customer"_s;
    c.lead = true;
    c.followerIds = {colleague->id};
    c.tags = {u"VIP"_s, u"Messe 2025"_s};
    c.dnd = DndChannel::Email | DndChannel::Sms;
    c.description = u"Trifft Entscheidungen über Rahmenverträge."_s;
    c.photo = QByteArray("\x89PNG fake but small", 19);

    auto created = svc.create(c);
    KONTOR_REQUIRE_OK(created);
    auto loaded = svc.load(created->id);
    REQUIRE(loaded.has_value());
    const Contact &l = *loaded;
    CHECK(l.uuid.size() == 36);
    CHECK(l.displayName == u"Prof. Dr. Gülşen Ayşe Öztürk"_s);
    CHECK(l.salutation == c.salutation);
    CHECK(l.jobTitle == c.jobTitle);
    CHECK(l.department == c.department);
    CHECK(l.companyName == c.companyName);
    REQUIRE(l.emails.size() == 2);
    CHECK(l.emails.at(1).primary);
    CHECK_FALSE(l.emails.at(0).primary);
    CHECK(l.primaryEmail() == u"guelsen@example.com"_s);
    REQUIRE(l.phones.size() == 2);
    CHECK(l.phones.at(0).e164 == u"+491712345678"_s);
    CHECK(l.phones.at(1).raw == u"0221 9876543"_s);
    CHECK(l.addresses == c.addresses);
    CHECK(l.birthday == Birthday{0, 2, 29});
    CHECK(l.website == c.website);
    CHECK(l.socialProfiles == c.socialProfiles);
    CHECK(l.source == c.source);
    CHECK(l.contactType == c.contactType);
    CHECK(l.lead);
    CHECK(l.ownerId == t.session().userId);
    CHECK(l.followerIds == QList<qint64>{colleague->id});
    CHECK(l.tags == c.tags);
    CHECK(l.dnd == c.dnd);
    CHECK(l.description == c.description);
    CHECK(l.photo == c.photo);
    CHECK(l.teamId == t.session().teamId);
    CHECK(l.createdAt == t.clock().nowMs());
    CHECK(l.createdBy == t.session().userId);
}

TEST_CASE("A company needs a name and never links to another company")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    Contact company;
    company.kind = ContactKind::Company;
    auto r = svc.create(company);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().location.field == u"name"_s);
    company.displayName = u"Kontor Beispiel AG"_s;
    company.companyName = u"Other AG"_s;
    auto ok = svc.create(company);
    KONTOR_REQUIRE_OK(ok);
    CHECK(ok->companyId == 0);
    CHECK(ok->isCompany());
}

TEST_CASE("Renaming a company makes its persons findable by the new name")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    Contact p;
    p.firstName = u"Ole"_s;
    p.companyName = u"Altname GmbH"_s;
    auto person = svc.create(p);
    REQUIRE(person.has_value());
    auto company = svc.load(person->companyId);
    REQUIRE(company.has_value());
    company->displayName = u"Neuname GmbH"_s;
    REQUIRE(svc.update(*company).has_value());
    ContactListQuery q;
    q.search = u"neuname"_s;
    q.kind = int(ContactKind::Person);
    auto page = svc.list(q);
    REQUIRE(page.has_value());
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows.first().companyName == u"Neuname GmbH"_s);
}

TEST_CASE("The history of a contact lists who changed which field, newest first")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    Contact p;
    p.firstName = u"Ole"_s;
    auto created = svc.create(p);
    KONTOR_REQUIRE_OK(created);
    Contact changed = *created;
    changed.jobTitle = u"Vertrieb"_s;
    t.clock().advanceMs(1000);
    REQUIRE(svc.update(changed).has_value());
    auto history = svc.history(created->id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == u"update"_s);
    CHECK(history->at(0).field == u"Job title"_s);
    CHECK(history->at(0).newValue == u"Vertrieb"_s);
    CHECK_FALSE(history->at(0).userName.isEmpty());
    CHECK(history->at(1).action == u"create"_s);
}

TEST_CASE("Editing a contact in the trash is refused until it is restored")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    Contact p;
    p.firstName = u"Ole"_s;
    auto created = svc.create(p);
    KONTOR_REQUIRE_OK(created);
    REQUIRE(svc.moveToTrash({created->id}).has_value());
    Contact edit = *created;
    edit.lastName = u"X"_s;
    auto r = svc.update(edit);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Error::Code::Conflict);
}
