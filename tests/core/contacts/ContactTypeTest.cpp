#include "ContactService.h"
#include "ContactTypeService.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Contact types default to Lead, Customer, Partner, Supplier and Other and can be changed")
{
    Test::TestDatabase t;
    ContactTypeService types(t.db(), t.session());
    CHECK(*types.list() == QStringList{u"Lead"_s, u"Customer"_s, u"Partner"_s, u"Supplier"_s, u"Other"_s});
    KONTOR_REQUIRE_OK(types.add(u"Reseller"_s));
    CHECK_FALSE(types.add(u"reseller"_s).has_value());
    KONTOR_REQUIRE_OK(
        types.reorder({u"Reseller"_s, u"Lead"_s, u"Customer"_s, u"Partner"_s, u"Supplier"_s, u"Other"_s}));
    CHECK(types.list()->first() == u"Reseller"_s);
}

TEST_CASE("A contact's type must be on the list; case and the translated default names are accepted")
{
    Test::TestDatabase t;
    ContactService svc(t.db(), t.session());
    Contact c;
    c.firstName = u"Tom"_s;
    c.contactType = u"customer"_s;
    auto ok = svc.create(c);
    KONTOR_REQUIRE_OK(ok);
    CHECK(ok->contactType == u"Customer"_s);

    c.contactType = u"Astronaut"_s;
    auto bad = svc.create(c);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().location.field == u"contact_type"_s);
    CHECK(bad.error().message.contains(u"Astronaut"_s));
}

TEST_CASE("Renaming a contact type moves its contacts along; a type in use cannot be removed")
{
    Test::TestDatabase t;
    ContactTypeService types(t.db(), t.session());
    ContactService svc(t.db(), t.session());
    Contact c;
    c.firstName = u"Tom"_s;
    c.contactType = u"Partner"_s;
    auto created = svc.create(c);
    KONTOR_REQUIRE_OK(created);
    auto removed = types.remove(u"Partner"_s);
    REQUIRE_FALSE(removed.has_value());
    CHECK(removed.error().code == Error::Code::Conflict);
    KONTOR_REQUIRE_OK(types.rename(u"Partner"_s, u"Vertriebspartner"_s));
    CHECK(svc.load(created->id)->contactType == u"Vertriebspartner"_s);
    KONTOR_REQUIRE_OK(types.remove(u"Other"_s));
    CHECK_FALSE(types.list()->contains(u"Other"_s));
}
