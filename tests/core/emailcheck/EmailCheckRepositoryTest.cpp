#include "EmailCheckRepository.h"

#include "ContactService.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
EmailCheck check(const QString &email, EmailCheckStatus status, qint64 at, const QString &reason = {})
{
    EmailCheck c;
    c.email = email;
    c.status = status;
    c.reason = reason;
    c.checkedAt = at;
    return c;
}
} // namespace

TEST_CASE("Stored checks are found by the address in any case, keyed as asked")
{
    Test::TestDatabase t;
    EmailCheckRepository repo(t.db());
    KONTOR_REQUIRE_OK(repo.store({check(u"Max@Example.com"_s, EmailCheckStatus::Valid, 1000),
        check(u"info@gibt-es-nicht.de"_s, EmailCheckStatus::Invalid, 2000, u"The domain does not exist."_s)}));

    auto found = repo.find({u"max@example.COM"_s, u"info@gibt-es-nicht.de"_s, u"never@checked.de"_s});
    KONTOR_REQUIRE_OK(found);

    REQUIRE(found->size() == 2);
    const EmailCheck max = found->value(u"max@example.COM"_s);
    CHECK(max.email == u"max@example.COM"_s);
    CHECK(max.status == EmailCheckStatus::Valid);
    CHECK(max.checkedAt == 1000);
    const EmailCheck info = found->value(u"info@gibt-es-nicht.de"_s);
    CHECK(info.status == EmailCheckStatus::Invalid);
    CHECK(info.reason == u"The domain does not exist."_s);
    CHECK_FALSE(found->contains(u"never@checked.de"_s));
    CHECK(t.rows(u"email_checks"_s) == 2);
}

TEST_CASE("A new check of an address replaces the earlier one")
{
    Test::TestDatabase t;
    EmailCheckRepository repo(t.db());
    KONTOR_REQUIRE_OK(repo.store({check(u"max@example.com"_s, EmailCheckStatus::Unknown, 1000, u"offline"_s)}));
    KONTOR_REQUIRE_OK(repo.store({check(u"MAX@example.com"_s, EmailCheckStatus::Valid, 5000)}));

    auto found = repo.find({u"max@example.com"_s});
    KONTOR_REQUIRE_OK(found);

    REQUIRE(found->size() == 1);
    const EmailCheck max = found->value(u"max@example.com"_s);
    CHECK(max.status == EmailCheckStatus::Valid);
    CHECK(max.reason.isEmpty());
    CHECK(max.checkedAt == 5000);
    CHECK(t.rows(u"email_checks"_s) == 1);
}

TEST_CASE("A contact's checks come in the order of its addresses, shared by contacts with the same address")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    Contact max;
    max.firstName = u"Max"_s;
    max.lastName = u"Mustermann"_s;
    max.emails = {{u"max@firma.de"_s, {}, false}, {u"never@checked.de"_s, {}, false}, {u"Max@Privat.de"_s, {}, true}};
    auto created = contacts.create(max);
    KONTOR_REQUIRE_OK(created);
    Contact erika;
    erika.firstName = u"Erika"_s;
    erika.lastName = u"Mustermann"_s;
    erika.emails = {{u"MAX@privat.de"_s, {}, true}};
    auto erikaCreated = contacts.create(erika);
    KONTOR_REQUIRE_OK(erikaCreated);

    EmailCheckRepository repo(t.db());
    KONTOR_REQUIRE_OK(repo.store({check(u"max@privat.de"_s, EmailCheckStatus::Invalid, 3000, u"gone"_s),
        check(u"max@firma.de"_s, EmailCheckStatus::Valid, 2000)}));

    auto checks = repo.forContact(created->id);
    KONTOR_REQUIRE_OK(checks);
    REQUIRE(checks->size() == 2);
    CHECK(checks->at(0).email == u"max@firma.de"_s);
    CHECK(checks->at(0).status == EmailCheckStatus::Valid);
    CHECK(checks->at(1).email == u"Max@Privat.de"_s); // as written on the contact
    CHECK(checks->at(1).status == EmailCheckStatus::Invalid);
    CHECK(checks->at(1).reason == u"gone"_s);
    CHECK(checks->at(1).checkedAt == 3000);

    auto erikas = repo.forContact(erikaCreated->id);
    KONTOR_REQUIRE_OK(erikas);
    REQUIRE(erikas->size() == 1);
    CHECK(erikas->at(0).email == u"MAX@privat.de"_s);
    CHECK(erikas->at(0).status == EmailCheckStatus::Invalid);
}

TEST_CASE("Status keys round-trip and have labels")
{
    for (const auto status : {EmailCheckStatus::Valid, EmailCheckStatus::Invalid, EmailCheckStatus::Unknown}) {
        EmailCheckStatus back = EmailCheckStatus::Unknown;
        REQUIRE(emailCheckStatusFromKey(emailCheckStatusKey(status), &back));
        CHECK(back == status);
        CHECK_FALSE(emailCheckStatusLabel(status).isEmpty());
    }
    EmailCheckStatus out = EmailCheckStatus::Valid;
    CHECK_FALSE(emailCheckStatusFromKey(u"unchecked"_s, &out));
    CHECK(out == EmailCheckStatus::Valid);
    CHECK(emailCheckStatusKey(EmailCheckStatus::Invalid) == u"invalid"_s);
}
