#include "DemoGenerator.h"

#include "ContactService.h"
#include "DemoFormat.h"
#include "TestDatabase.h"

#include <QDate>
#include <QSet>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
bool isLowerAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 127 || c.isUpper()) {
            return false;
        }
    }
    return true;
}

// Contact has no operator==; these are all the fields the generator fills.
bool same(const Contact &a, const Contact &b)
{
    return a.kind == b.kind && a.salutation == b.salutation && a.title == b.title && a.firstName == b.firstName
        && a.middleName == b.middleName && a.lastName == b.lastName && a.displayName == b.displayName
        && a.jobTitle == b.jobTitle && a.department == b.department && a.companyId == b.companyId
        && a.emails == b.emails && a.phones == b.phones && a.addresses == b.addresses && a.birthday == b.birthday
        && a.website == b.website && a.socialProfiles == b.socialProfiles && a.source == b.source
        && a.contactType == b.contactType && a.lead == b.lead && a.tags == b.tags && a.description == b.description;
}
} // namespace

TEST_CASE("The demo generator gives the same contacts for the same seed and other ones for another seed")
{
    const DemoGenerator a(42);
    const DemoGenerator b(42);
    const DemoGenerator other(43);
    int differentNames = 0;
    for (int i = 0; i < 200; ++i) {
        CHECK(same(a.company(i), b.company(i)));
        CHECK(same(a.person(i, 7), b.person(i, 7)));
        const Contact mine = a.person(i, 0);
        const Contact theirs = other.person(i, 0);
        differentNames += mine.firstName + mine.lastName != theirs.firstName + theirs.lastName ? 1 : 0;
    }
    CHECK(differentNames > 150);
    // The i-th contact does not depend on the ones generated before it.
    CHECK(same(DemoGenerator(42).person(150, 0), a.person(150, 0)));
}

TEST_CASE("Every demo contact passes ContactService::prepare with valid e-mails, phones and birthdays")
{
    Test::TestDatabase t;
    ContactService service(t.db(), t.session());
    service.setDefaultRegion(u"DE"_s);
    const DemoGenerator generator;

    int companies = 0;
    for (int i = 0; i < 300; ++i) {
        const Contact company = generator.company(i);
        auto prepared = service.prepare(company);
        INFO(company.displayName.toStdString());
        REQUIRE(prepared.has_value());
        CHECK(prepared->isCompany());
        CHECK(!company.website.isEmpty());
        CHECK(company.emails.first().value.startsWith(u"info@"_s));
        companies += 1;
        for (const auto &e : company.emails) {
            CHECK(isLowerAscii(e.value));
        }
        const Contact employee = generator.person(i, Contact(*prepared));
        const QString domain = company.emails.first().value.mid(5);
        CHECK(employee.emails.first().value.endsWith(u'@' + domain));
    }
    CHECK(companies == 300);

    const int persons = 4000;
    int german = 0;
    int withoutYear = 0;
    int leapDays = 0;
    int international = 0;
    int notDe = 0;
    QSet<QString> titles;
    for (int i = 0; i < persons; ++i) {
        const Contact person = generator.person(i, 0);
        INFO(person.firstName.toStdString() + " " + person.lastName.toStdString());
        auto prepared = service.prepare(person);
        if (!prepared) {
            FAIL(prepared.error().toString().toStdString());
        }
        CHECK(!person.firstName.isEmpty());
        CHECK(!person.lastName.isEmpty());
        REQUIRE(!prepared->emails.isEmpty());
        REQUIRE(prepared->phones.size() >= 1);
        CHECK(prepared->phones.size() <= 2);
        for (const auto &e : prepared->emails) {
            CHECK(isLowerAscii(e.value));
        }
        for (const auto &p : prepared->phones) {
            INFO(p.raw.toStdString());
            CHECK(p.e164.startsWith(u'+'));
            international += p.raw.startsWith(u'+') ? 1 : 0;
        }
        REQUIRE(prepared->addresses.size() == 1);
        notDe += prepared->addresses.first().country != u"DE"_s ? 1 : 0;
        const Birthday &bd = prepared->birthday;
        CHECK(bd.isValid());
        if (!bd.isNull() && !bd.hasYear()) {
            ++withoutYear;
        }
        if (bd.month == 2 && bd.day == 29) {
            ++leapDays;
            CHECK((!bd.hasYear() || QDate::isLeapYear(bd.year)));
        }
        titles.insert(person.title);
        const QString name = person.firstName + person.lastName;
        for (const QChar c : name) {
            if (u"äöüßÄÖÜ"_s.contains(c)) {
                ++german;
                break;
            }
        }
    }
    CHECK(german > persons / 10);
    CHECK(withoutYear > 0);
    CHECK(leapDays > 0);
    CHECK(international > 0);
    CHECK(notDe > persons / 10);
    CHECK(notDe < persons / 2);
    CHECK(titles.contains(u"Dr."_s));
}

TEST_CASE("Demo e-mail addresses and domains fold names to lower-case ASCII")
{
    CHECK(DemoFormat::asciiFold(u"Müller") == u"mueller"_s);
    CHECK(DemoFormat::asciiFold(u"Weiß") == u"weiss"_s);
    CHECK(DemoFormat::asciiFold(u"Yılmaz") == u"yilmaz"_s);
    CHECK(DemoFormat::asciiFold(u"Łukasz") == u"lukasz"_s);
    CHECK(DemoFormat::asciiFold(u"Sébastien") == u"sebastien"_s);
    CHECK(DemoFormat::asciiFold(u"O'Brien") == u"obrien"_s);
    CHECK(DemoFormat::asciiFold(u"de Jong") == u"dejong"_s);
    CHECK(DemoFormat::asciiFold(u"Karl-Heinz") == u"karl-heinz"_s);
    CHECK(DemoFormat::asciiFold(u"Schäfer & Weiß", u'-') == u"schaefer-weiss"_s);
}

TEST_CASE("Populating 300 demo contacts writes 300 contacts, companies first and persons linked to them")
{
    Test::TestDatabase t;
    QList<int> reports;
    auto written = DemoGenerator::populate(t.db(), t.session(Origin::Bulk), 300, u"DE"_s, [&](int done, int total) {
        CHECK(total == 300);
        reports << done;
        return true;
    });
    if (!written) {
        FAIL(written.error().toString().toStdString() + " / " + written.error().detail.toStdString());
    }
    CHECK(*written == 300);
    CHECK(reports == QList<int>{DemoGenerator::companyCount(300), 300});

    ContactService service(t.db(), t.session());
    auto all = service.count({});
    REQUIRE(all.has_value());
    CHECK(*all == 300);
    ContactListQuery companiesOnly;
    companiesOnly.kind = int(ContactKind::Company);
    auto companies = service.count(companiesOnly);
    REQUIRE(companies.has_value());
    CHECK(*companies == DemoGenerator::companyCount(300));
    CHECK(t.rows(u"contacts WHERE kind = 0 AND company_id IS NOT NULL"_s) > 200);
}

TEST_CASE("Returning false from the populate progress stops after that batch and keeps what was written")
{
    Test::TestDatabase t;
    const int count = DemoGenerator::BatchSize * 3;
    int calls = 0;
    auto written = DemoGenerator::populate(t.db(), t.session(Origin::Bulk), count, u"DE"_s, [&](int done, int) {
        ++calls;
        return done < DemoGenerator::companyCount(count) + DemoGenerator::BatchSize;
    });
    if (!written) {
        FAIL(written.error().toString().toStdString() + " / " + written.error().detail.toStdString());
    }
    const int expected = DemoGenerator::companyCount(count) + DemoGenerator::BatchSize;
    CHECK(calls == 2);
    CHECK(*written == expected);
    auto all = ContactService(t.db(), t.session()).count({});
    REQUIRE(all.has_value());
    CHECK(*all == expected);
}
