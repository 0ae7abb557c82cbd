#include "ImportService.h"
#include "ImportServiceTestSupport.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

// Every vendor export in tests/data/import/sources and every vCard in tests/data/import/vcard, imported with
// the automatic mapping as a user would (only the region set where the file's numbers are national ones of
// another country), must produce the people and companies the file holds.
namespace {
QString fixture(const QString &relative)
{
    return QStringLiteral(KONTOR_TEST_DATA "/import/") + relative;
}

ImportReport importFixture(TestDatabase &t,
    const QString &relative,
    const QString &region = u"DE"_s,
    ContactKind kind = ContactKind::Person,
    bool skipInvalid = false)
{
    ImportService svc(t.db(), t.session());
    ImportOptions options;
    options.kind = kind;
    options.region = region;
    options.skipInvalid = skipInvalid;
    auto report = svc.run(fixture(relative), options);
    KONTOR_REQUIRE_OK(report);
    for (const ImportProblem &p : report->problems) {
        UNSCOPED_INFO("row " << p.row << " " << p.columnName.toStdString() << ": " << p.reason.toStdString());
    }
    REQUIRE_FALSE(report->rejected);
    return *report;
}

Contact person(TestDatabase &t, const QString &email)
{
    auto c = contactByEmail(t, email);
    INFO(email.toStdString());
    REQUIRE(c.has_value());
    return *c;
}

QStringList e164s(const Contact &c)
{
    QStringList out;
    for (const PhoneNumber &p : c.phones) {
        out << p.e164;
    }
    return out;
}

QStringList emails(const Contact &c)
{
    QStringList out;
    for (const EmailAddress &e : c.emails) {
        out << e.value;
    }
    return out;
}
} // namespace

TEST_CASE("Outlook's German CSV export (Windows-1252, semicolons) yields its people and links Mueller GmbH once")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/outlook-de.csv"_s);
    CHECK(r.created == 6);
    CHECK(r.failed == 0);
    CHECK(r.companiesCreated == 4);
    const Contact thomas = person(t, u"thomas.mueller@mueller-gmbh.example"_s);
    CHECK(thomas.firstName == u"Thomas"_s);
    CHECK(thomas.lastName == u"Müller"_s);
    CHECK(thomas.companyName == u"Müller GmbH"_s);
    CHECK(thomas.jobTitle == u"Vertriebsleiter"_s);
    CHECK(thomas.birthday == Birthday{1975, 3, 14});
    CHECK(thomas.tags == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    CHECK(e164s(thomas).contains(u"+491712345678"_s));
    REQUIRE(thomas.addresses.size() == 1);
    CHECK(thomas.addresses.first().city == u"München"_s);
    CHECK(thomas.addresses.first().country == u"DE"_s);
    const Contact sabine = person(t, u"sabine.schaefer@mueller-gmbh.example"_s);
    CHECK(sabine.companyId == thomas.companyId); // "Mueller GmbH"
    CHECK(sabine.birthday.isNull()); // Outlook's 0.0.00
    CHECK(emails(sabine).contains(u"s.schaefer@privat.example"_s));
    const Contact juergen = person(t, u"juergen@weiss-soehne.example"_s);
    CHECK(juergen.birthday == Birthday{1964, 2, 29});
    CHECK(juergen.companyName == u"Weiß & Söhne KG"_s);
    const Contact claudia = person(t, u"claudia.becker@hs-beispiel.example"_s);
    REQUIRE(claudia.addresses.size() == 1);
    CHECK(claudia.addresses.first().country == u"AT"_s);
}

TEST_CASE("Outlook's English CSV export reads US dates month first and US numbers with region US")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/outlook-en.csv"_s, u"US"_s);
    CHECK(r.created == 5);
    CHECK(r.companiesCreated == 3);
    const Contact john = person(t, u"john.smith@acme.example"_s);
    CHECK(john.birthday == Birthday{1982, 7, 23});
    CHECK(e164s(john).contains(u"+12175550100"_s));
    CHECK(john.tags == QStringList{u"Customer"_s, u"Trade Show 2025"_s});
    const Contact hannah = person(t, u"hannah.lee@acme.example"_s);
    CHECK(hannah.birthday == Birthday{1990, 12, 31});
    CHECK(hannah.companyId == john.companyId); // "Acme Corp." = "Acme Corporation"
    const Contact emily = person(t, u"emily@northwind.example"_s);
    CHECK(emily.birthday.isNull()); // 0/0/00
    CHECK(e164s(emily).contains(u"+442079460018"_s));
    CHECK(person(t, u"carlos.garcia@contoso.example"_s).companyName == u"Contoso, S.A."_s);
}

TEST_CASE("Google Contacts CSV splits ' ::: ' values, reads labels by group and birthdays without year")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/google.csv"_s);
    CHECK(r.created == 5);
    const Contact anna = person(t, u"anna.schmidt@beispiel-ag.example"_s);
    CHECK(emails(anna)
        == QStringList{
            u"anna.schmidt@beispiel-ag.example"_s, u"a.schmidt@beispiel-ag.example"_s, u"anna@privat.example"_s});
    CHECK(e164s(anna) == QStringList{u"+491701111111"_s, u"+49302222222"_s});
    CHECK(anna.phones.first().label == u"mobile"_s);
    CHECK(anna.birthday == Birthday{1985, 4, 12});
    CHECK(anna.companyName == u"Beispiel AG"_s);
    CHECK(anna.jobTitle == u"Projektleiterin"_s);
    CHECK(anna.tags == QStringList{u"Kunden"_s}); // Google's "* myContacts" is not a tag
    const Contact peter = person(t, u"peter.wagner@wagner-consulting.example"_s);
    CHECK(peter.birthday == Birthday{0, 7, 4});
    CHECK(peter.tags == QStringList{u"Partner"_s, u"Messe 2025"_s});
}

TEST_CASE("A hand-made German Excel list maps Vorname, Firma, E-Mail-Adresse, PLZ and Geburtstag")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/excel-handmade-de.csv"_s);
    CHECK(r.created == 6);
    CHECK(r.companiesCreated == 3);
    const Contact petra = person(t, u"petra.klein@mueller-gmbh.example"_s);
    const Contact frank = person(t, u"frank.wolf@mueller-gmbh.example"_s);
    CHECK(petra.companyName == u"Müller GmbH"_s);
    CHECK(frank.companyId == petra.companyId);
    CHECK(petra.birthday == Birthday{1978, 4, 3});
    CHECK(frank.birthday == Birthday{1965, 8, 7});
    CHECK(e164s(petra) == QStringList{u"+49891234560"_s});
    const Contact bernd = person(t, u"bernd.schwarz@mail.example"_s);
    CHECK(bernd.firstName == u"Bernd"_s);
    CHECK(bernd.birthday == Birthday{0, 12, 31});
    CHECK(bernd.companyId == 0);
}

TEST_CASE("A German company list imports companies and treats Mueller GmbH as the Müller GmbH above it")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/companies-de.csv"_s, u"DE"_s, ContactKind::Company);
    CHECK(r.created == 5);
    CHECK(r.skipped == 1);
    CHECK(aliveContacts(t, ContactKind::Company) == 5);
    CHECK(aliveContacts(t, ContactKind::Person) == 0);
    const auto mueller = contactByEmail(t, u"info@mueller-gmbh.example"_s, ContactKind::Company);
    REQUIRE(mueller);
    CHECK(mueller->displayName == u"Müller GmbH"_s);
    CHECK(mueller->tags == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    REQUIRE(mueller->addresses.size() == 1);
    CHECK(mueller->addresses.first().postalCode == u"80331"_s);
}

TEST_CASE("HubSpot's export links Globex Incorporated to Globex Inc. and reports an unknown lifecycle stage")
{
    TestDatabase t;
    ImportService svc(t.db(), t.session());
    ImportOptions options;
    options.region = u"US"_s;
    auto review = svc.review(fixture(u"sources/hubspot.csv"_s), options);
    KONTOR_REQUIRE_OK(review);
    CHECK(review->rows == 5);
    REQUIRE(review->problems.size() == 1);
    CHECK(review->problems.first().row == 5);
    CHECK(review->problems.first().columnName == u"Lifecycle Stage"_s);
    CHECK(review->problems.first().value == u"subscriber"_s);

    const ImportReport r = importFixture(t, u"sources/hubspot.csv"_s, u"US"_s, ContactKind::Person, true);
    CHECK(r.created == 4);
    CHECK(r.failed == 1);
    const Contact jennifer = person(t, u"jennifer.miller@globex.example"_s);
    CHECK(e164s(jennifer) == QStringList{u"+12125550147"_s, u"+19175550123"_s});
    CHECK(jennifer.contactType == u"Customer"_s);
    CHECK(person(t, u"laura.wilson@globex.example"_s).companyId == jennifer.companyId);
}

TEST_CASE("Pipedrive's export reads work and home e-mails and links KOCH Maschinenbau GmbH case-insensitively")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/pipedrive.csv"_s);
    CHECK(r.created == 5);
    const Contact stefan = person(t, u"stefan.koch@koch-maschinenbau.example"_s);
    const Contact katrin = person(t, u"k.schulz@koch-maschinenbau.example"_s);
    CHECK(katrin.companyId == stefan.companyId);
    CHECK(katrin.birthday == Birthday{1988, 2, 29});
    const Contact julia = person(t, u"julia.richter@richter-partner.example"_s);
    REQUIRE(julia.emails.size() == 2);
    CHECK(julia.emails.at(1).label == u"home"_s);
    CHECK(e164s(stefan) == QStringList{u"+49711123450"_s, u"+491609876543"_s});
}

TEST_CASE("Salesforce's export reads US numbers with region US and links Stark Industries Inc. to Stark Industries")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/salesforce.csv"_s, u"US"_s);
    CHECK(r.created == 5);
    CHECK(r.companiesCreated == 3);
    const Contact robert = person(t, u"robert.anderson@stark.example"_s);
    CHECK(e164s(robert) == QStringList{u"+13105550134"_s, u"+13105550177"_s});
    CHECK(robert.birthday == Birthday{1976, 5, 17});
    CHECK(robert.source == u"Web"_s);
    CHECK(person(t, u"james.martin@stark.example"_s).companyId == robert.companyId);
    CHECK(person(t, u"patricia.thomas@wayne.example"_s).birthday == Birthday{1981, 11, 3});
}

TEST_CASE("Zoho's export reads secondary e-mails and tags and links Rossi SpA to Rossi S.p.A.")
{
    TestDatabase t;
    const ImportReport r = importFixture(t, u"sources/zoho.csv"_s);
    CHECK(r.created == 5);
    const Contact rajesh = person(t, u"rajesh.kumar@infosoft.example"_s);
    CHECK(emails(rajesh).contains(u"rajesh@personal.example"_s));
    CHECK(rajesh.tags == QStringList{u"Customer"_s, u"Priority"_s});
    CHECK(rajesh.birthday == Birthday{1984, 8, 15});
    CHECK(e164s(rajesh).contains(u"+918040001234"_s));
    CHECK(person(t, u"eva.novak@rossi.example"_s).companyId == person(t, u"maria.rossi@rossi.example"_s).companyId);
}

TEST_CASE("Apple Contacts' vCard links a person to the company card of the same file")
{
    TestDatabase t;
    ImportService svc(t.db(), t.session());
    auto probe = svc.probe(fixture(u"vcard/apple-contacts-3.0.vcf"_s));
    KONTOR_REQUIRE_OK(probe);
    CHECK(probe->format == ImportFormat::VCard);
    CHECK(probe->headers.contains(u"EMAIL"_s));
    CHECK(probe->sample.isEmpty());
    auto mapping = svc.suggestMapping(*probe, ContactKind::Person);
    KONTOR_REQUIRE_OK(mapping);
    CHECK(mapping->columns.isEmpty());

    const ImportReport r = importFixture(t, u"vcard/apple-contacts-3.0.vcf"_s);
    CHECK(r.created == 3);
    CHECK(r.companiesCreated == 0);
    const Contact lena = person(t, u"lena.brandt@nordlicht.example"_s);
    CHECK(lena.companyName == u"Nordlicht Consulting GmbH"_s);
    CHECK(lena.birthday == Birthday{0, 3, 15});
    CHECK(lena.tags == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    CHECK(aliveContacts(t, ContactKind::Company) == 1);
}

TEST_CASE("Google, Android and Nextcloud vCards produce their people")
{
    TestDatabase t;
    CHECK(importFixture(t, u"vcard/google-3.0.vcf"_s).created == 2);
    const Contact amelie = person(t, u"amelie.laurent@atelier.example"_s);
    CHECK(amelie.companyName == u"Atelier Lumière"_s);
    CHECK(amelie.birthday == Birthday{0, 7, 14});
    CHECK(e164s(amelie) == QStringList{u"+33655500401"_s, u"+33155500402"_s});

    CHECK(importFixture(t, u"vcard/android-2.1.vcf"_s).created == 2);
    const Contact deniz = person(t, u"deniz@familie.example"_s);
    CHECK(deniz.lastName == u"Öztürk"_s);

    CHECK(importFixture(t, u"vcard/nextcloud-4.0.vcf"_s).created == 2);
    const Contact sven = person(t, u"sven.lindqvist@uni.example"_s);
    CHECK(sven.birthday == Birthday{1978, 4, 30});
    CHECK(contactByEmail(t, u"sven.lindqvist@uni.example"_s).has_value());
}

TEST_CASE("An Outlook vCard with an unknown country and an impossible birthday rejects the file, or fails that card")
{
    TestDatabase t;
    ImportService svc(t.db(), t.session());
    ImportOptions options;
    options.region = u"DE"_s;
    auto rejected = svc.run(fixture(u"vcard/outlook-2.1.vcf"_s), options);
    KONTOR_REQUIRE_OK(rejected);
    CHECK(rejected->rejected);
    CHECK(rejected->failed == 1);
    REQUIRE(rejected->problems.size() == 2);
    CHECK(rejected->problems.at(0).column == -1);
    CHECK(t.rows(u"contacts"_s) == 0);

    const ImportReport r = importFixture(t, u"vcard/outlook-2.1.vcf"_s, u"DE"_s, ContactKind::Person, true);
    CHECK(r.created == 1);
    CHECK(r.failed == 1);
    const Contact juergen = person(t, u"juergen.weiss@schoenbrunn.example"_s);
    CHECK(juergen.companyName == u"Bäckerei Schönbrunn GmbH"_s);

    // The failed card is saved with its row and its lines.
    const QString out = t.dir() + u"/failed.csv"_s;
    auto written = svc.saveFailedRows(r.jobId, out);
    KONTOR_REQUIRE_OK(written);
    CHECK(*written == 1);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    CHECK(text.startsWith(u"Row,Reason,Card\r\n"_s));
    CHECK(text.contains(u"Kowalski"_s));
}
