#include "ContactValidator.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
Contact person(const QString &first, const QString &last = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    return c;
}
} // namespace

TEST_CASE("A person without first name is rejected with the field first_name")
{
    auto r = ContactValidator(u"DE"_s).prepare(person(u"  "_s, u"Müller"_s));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Error::Code::Invalid);
    CHECK(r.error().location.field == u"first_name"_s);
    CHECK_FALSE(r.error().message.isEmpty());
}

TEST_CASE("The display name is generated from title and name parts unless set by hand")
{
    Contact c = person(u"Anna"_s, u"Müller"_s);
    c.title = u"Dr."_s;
    c.middleName = u"Maria"_s;
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE(r.has_value());
    CHECK(r->displayName == u"Dr. Anna Maria Müller"_s);

    c.displayName = u"Anni"_s;
    c.displayNameManual = true;
    r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE(r.has_value());
    CHECK(r->displayName == u"Anni"_s);
}

TEST_CASE("Phone numbers are stored as E.164 with the default region and keep the raw input")
{
    Contact c = person(u"Jürgen"_s);
    c.phones = {{u"030 1234567"_s, {}, u"work"_s, false}, {u"+43 1 5123456"_s, {}, u"mobile"_s, false}};
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE(r.has_value());
    CHECK(r->phones.at(0).e164 == u"+49301234567"_s);
    CHECK(r->phones.at(0).raw == u"030 1234567"_s);
    CHECK(r->phones.at(0).primary);
    CHECK(r->phones.at(1).e164 == u"+4315123456"_s);

    auto swiss = ContactValidator(u"CH"_s).prepare(person(u"Ueli"_s));
    REQUIRE(swiss.has_value());
    Contact ch = person(u"Ueli"_s);
    ch.phones = {{u"044 668 18 00"_s, {}, {}, false}};
    auto r2 = ContactValidator(u"CH"_s).prepare(ch);
    REQUIRE(r2.has_value());
    CHECK(r2->phones.at(0).e164 == u"+41446681800"_s);
}

TEST_CASE("Text that is not a phone number is rejected naming the value and the field phones")
{
    Contact c = person(u"Jürgen"_s);
    c.phones = {{u"call me maybe"_s, {}, {}, false}};
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().location.field == u"phones"_s);
    CHECK(r.error().message.contains(u"call me maybe"_s));
}

TEST_CASE("A birthday on 29 February is valid only in leap years or without a year")
{
    ContactValidator v(u"DE"_s);
    Contact c = person(u"Lea"_s);
    c.birthday = {2024, 2, 29};
    CHECK(v.prepare(c).has_value());
    c.birthday = {0, 2, 29};
    CHECK(v.prepare(c).has_value());
    c.birthday = {2023, 2, 29};
    auto r = v.prepare(c);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().location.field == u"birthday"_s);
    c.birthday = {1990, 4, 31};
    CHECK_FALSE(v.prepare(c).has_value());
    c.birthday = {0, 13, 1};
    CHECK_FALSE(v.prepare(c).has_value());
}

TEST_CASE("Birthdays parse as YYYY-MM-DD and --MM-DD")
{
    Birthday b;
    REQUIRE(Birthday::parseIso(u"1984-07-09"_s, &b));
    CHECK(b == Birthday{1984, 7, 9});
    CHECK(b.toIsoString() == u"1984-07-09"_s);
    REQUIRE(Birthday::parseIso(u"--02-29"_s, &b));
    CHECK(b == Birthday{0, 2, 29});
    CHECK(b.toIsoString() == u"--02-29"_s);
    CHECK_FALSE(Birthday::parseIso(u"09.07.1984"_s, &b));
}

TEST_CASE("Names longer than the limit are rejected naming the field")
{
    Contact c = person(QString(101, u'a'));
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().location.field == u"first_name"_s);
}

TEST_CASE("An invalid e-mail among several is rejected with its value in the message")
{
    Contact c = person(u"Max"_s);
    c.emails = {{u"max@example.com"_s, {}, false}, {u"max@@example"_s, {}, false}};
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().location.field == u"emails"_s);
    CHECK(r.error().message.contains(u"max@@example"_s));
}

TEST_CASE("E-mails and tags are de-duplicated ignoring case and the first e-mail becomes primary")
{
    Contact c = person(u"Max"_s);
    c.emails = {{u"Max@Example.com"_s, {}, false}, {u"max@example.com"_s, u"home"_s, false}, {u""_s, {}, false}};
    c.tags = {u"Kunde"_s, u" kunde "_s, u"VIP"_s, u""_s};
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE(r.has_value());
    REQUIRE(r->emails.size() == 1);
    CHECK(r->emails.first().primary);
    CHECK(r->tags == QStringList{u"Kunde"_s, u"VIP"_s});
}

TEST_CASE("A country that is not a two-letter code is rejected in addresses")
{
    Contact c = person(u"Max"_s);
    c.addresses = {{u"Hauptstraße 1"_s, u"10115"_s, u"Berlin"_s, {}, u"Deutschland"_s, {}}};
    auto r = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().location.field == u"addresses"_s);
    c.addresses.first().country = u"de"_s;
    auto ok = ContactValidator(u"DE"_s).prepare(c);
    REQUIRE(ok.has_value());
    CHECK(ok->addresses.first().country == u"DE"_s);
}

TEST_CASE("The sort key folds umlauts and case so that Ärger sorts among the A names")
{
    Contact a = person(u"Anna"_s, u"Ärger"_s);
    Contact b = person(u"Bert"_s, u"Adler"_s);
    Contact z = person(u"Zoe"_s, u"Zander"_s);
    CHECK(ContactValidator::sortKey(b) < ContactValidator::sortKey(a));
    CHECK(ContactValidator::sortKey(a) < ContactValidator::sortKey(z));
    CHECK(ContactValidator::sortKey(person(u"X"_s, u"Weiß"_s)).startsWith(u"weiss"_s));
}

TEST_CASE("Validating a large batch on two threads gives the same results in the same order as one by one")
{
    ContactValidator v(u"DE"_s);
    QList<Contact> batch;
    for (int i = 0; i < 1000; ++i) {
        Contact c = person(u"Vorname%1"_s.arg(i), u"Müller"_s);
        c.phones = {{u"030 %1"_s.arg(1000000 + i), {}, {}, false}};
        c.emails = {{i % 97 == 0 ? u"kaputt@@example"_s : u"p%1@example.de"_s.arg(i), {}, false}};
        batch << c;
    }
    const auto all = v.prepareAll(batch);
    REQUIRE(all.size() == batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        const auto one = v.prepare(batch.at(i));
        REQUIRE(all.at(i).has_value() == one.has_value());
        if (one) {
            CHECK(all.at(i)->firstName == one->firstName);
            CHECK(all.at(i)->phones.first().e164 == one->phones.first().e164);
        } else {
            CHECK(i % 97 == 0);
            CHECK(all.at(i).error().message == one.error().message);
        }
    }
}
