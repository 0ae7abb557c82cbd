// RowConverter on the vendor fixtures of tests/data/import/sources: each file's README says what it holds.
#include "ContactValidator.h"
#include "MappingTestSupport.h"
#include "RowConverter.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every non-empty record of a vendor fixture, converted with the guessed mapping and the detected date order.
QList<ImportRecord> convertFixture(
    const QString &name, QChar delimiter, ContactKind kind, const char *encoding = "UTF-8")
{
    QList<ImportRow> rows = Test::readFixtureRows(name, delimiter, encoding);
    REQUIRE(rows.size() > 1);
    const QStringList headers = rows.takeFirst().cells;
    const ImportMapping mapping = AutoMapper::guess(headers, kind);
    DateOrderDetector detector;
    for (const ImportRow &row : std::as_const(rows)) {
        for (int i = 0; i < mapping.columns.size(); ++i) {
            if (mapping.columns.at(i).target == u"birthday"_s) {
                detector.add(row.cells.value(i));
            }
        }
    }
    RowConverter::Options options;
    options.kind = kind;
    options.dateOrder = detector.result();
    const RowConverter converter(headers, mapping, options);
    QList<ImportRecord> records;
    for (const ImportRow &row : std::as_const(rows)) {
        ImportRecord r = converter.convert(row);
        for (const ImportProblem &p : std::as_const(r.problems)) {
            FAIL_CHECK(name.toStdString()
                << " row " << p.row << " " << p.columnName.toStdString() << ": " << p.reason.toStdString());
        }
        if (!r.isEmpty) {
            records << r;
        }
    }
    return records;
}

// "Dr. Anna Müller <a@x, b@y> @Company *1980-12-31 #Tag1,Tag2": what a fixture's README promises of a contact.
QString summary(const ImportRecord &r)
{
    const Contact &c = r.contact;
    QString out = c.displayNameManual ? c.displayName : ContactValidator::generatedDisplayName(c);
    QStringList emails;
    for (const EmailAddress &e : c.emails) {
        emails << e.value;
    }
    out += u" <"_s + emails.join(u", "_s) + u'>';
    if (!r.companyName.isEmpty()) {
        out += u" @"_s + r.companyName;
    }
    if (!c.birthday.isNull()) {
        out += u" *"_s + c.birthday.toIsoString();
    }
    if (!c.tags.isEmpty()) {
        out += u" #"_s + c.tags.join(u',');
    }
    return out;
}

QStringList summaries(const QList<ImportRecord> &records)
{
    QStringList out;
    for (const ImportRecord &r : records) {
        out << summary(r);
    }
    return out;
}

} // namespace

TEST_CASE("The German Outlook fixture converts to six people and skips Outlook's empty contact")
{
    const auto records = convertFixture(u"outlook-de.csv"_s, u';', ContactKind::Person, "windows-1252");
    CHECK(summaries(records)
        == QStringList{
            u"Dr. Thomas Müller <thomas.mueller@mueller-gmbh.example> @Müller GmbH *1975-03-14 #Kunde,Messe 2025"_s,
            u"Sabine Maria Schäfer <sabine.schaefer@mueller-gmbh.example, s.schaefer@privat.example> @Mueller GmbH #Kunde"_s,
            u"Jürgen Weiß <juergen@weiss-soehne.example> @Weiß & Söhne KG *1964-02-29 #Lieferant"_s,
            u"Prof. Dr. Claudia Becker-Lindner <claudia.becker@hs-beispiel.example> @Hochschule Beispielstadt "
            "*1970-02-01 #Partner,Messe 2025"_s,
            u"Lukas Fischer <lukas.fischer@mail.example> *1990-11-05"_s,
            u"Ömer Öztürk <oemer@oeztuerk-import.example> @Öztürk Import GmbH *1985-06-30"_s});
    REQUIRE(records.size() == 6);
    CHECK(records.at(0).contact.salutation == u"Herr"_s);
    CHECK(records.at(0).contact.addresses
        == QList<PostalAddress>{{u"Hauptstraße 12"_s, u"80331"_s, u"München"_s, u"Bayern"_s, u"DE"_s, u"work"_s}});
    CHECK(records.at(1).contact.addresses.value(0).street == u"Industriestr. 5, Gebäude B"_s);
    CHECK(records.at(2).contact.phones
        == QList<PhoneNumber>{{u"+49 221 9876543"_s, {}, u"work"_s, false}, {u"0221 112233"_s, {}, u"home"_s, false}});
    CHECK(records.at(3).contact.description == u"Erste Zeile der Notiz.\nZweite Zeile mit \"Zitat\"."_s);
    CHECK(records.at(4).contact.addresses
        == QList<PostalAddress>{{u"Am Bach 3"_s, u"8001"_s, u"Zürich"_s, {}, u"CH"_s, u"home"_s}});
    CHECK(records.at(5).contact.website == u"www.oeztuerk-import.example"_s);
}

TEST_CASE("The English Outlook fixture reads its dates month first")
{
    const auto records = convertFixture(u"outlook-en.csv"_s, u',', ContactKind::Person);
    CHECK(summaries(records)
        == QStringList{
            u"John Smith <john.smith@acme.example> @Acme Corporation *1982-07-23 #Customer,Trade Show 2025"_s,
            u"Dr. Emily Rose Johnson <emily@northwind.example, emily.j@home.example> @Northwind Traders Ltd #Partner"_s,
            u"Carlos García <carlos.garcia@contoso.example> @Contoso, S.A. *1979-01-02"_s,
            u"Hannah Lee <hannah.lee@acme.example> @Acme Corp. *1990-12-31"_s,
            u"Olivia Brown <olivia.brown@mail.example> *1988-03-15"_s});
    REQUIRE(records.size() == 5);
    CHECK(records.at(0).contact.salutation == u"Mr."_s);
    CHECK(records.at(0).contact.addresses
        == QList<PostalAddress>{{u"100 Main Street"_s, u"62701"_s, u"Springfield"_s, u"IL"_s, u"US"_s, u"work"_s}});
    CHECK(records.at(1).contact.addresses.value(0).street == u"1 High Street, Suite 4"_s);
    CHECK(records.at(4).contact.phones == QList<PhoneNumber>{{u"(503) 555-0142"_s, {}, u"home"_s, false}});
}

TEST_CASE("The Google fixture splits multi-values and labels them from the type columns")
{
    const auto records = convertFixture(u"google.csv"_s, u',', ContactKind::Person);
    CHECK(summaries(records)
        == QStringList{u"Anna Schmidt <anna.schmidt@beispiel-ag.example, a.schmidt@beispiel-ag.example, "
                       "anna@privat.example> @Beispiel AG *1985-04-12 #Kunden"_s,
            u"Dr. Peter Wagner <peter.wagner@wagner-consulting.example> @Wagner Consulting GmbH *--07-04 "
            "#Partner,Messe 2025"_s,
            u"Lisa Meyer <lisa.meyer@mail.example>"_s,
            u"Sophie Wolf (Messe Hannover) <sophie.wolf@mail.example> @Wolf Design *1992-11-03 #Messe 2025"_s,
            u"Markus Braun <m.braun@braun-it.example> @Braun IT"_s});
    REQUIRE(records.size() == 5);
    const Contact &anna = records.at(0).contact;
    CHECK(anna.emails.at(2).label == u"home"_s);
    CHECK(anna.phones
        == QList<PhoneNumber>{
            {u"+49 170 1111111"_s, {}, u"mobile"_s, false}, {u"+49 30 2222222"_s, {}, u"work"_s, false}});
    CHECK(anna.addresses
        == QList<PostalAddress>{{u"Unter den Linden 1"_s, u"10117"_s, u"Berlin"_s, {}, u"DE"_s, u"work"_s}});
    CHECK(anna.jobTitle == u"Projektleiterin"_s);
    CHECK(records.at(3).contact.addresses
        == QList<PostalAddress>{{u"Lindenallee 8"_s, u"30159"_s, u"Hannover"_s, {}, {}, u"home"_s}});
    CHECK(records.at(4).contact.department == u"IT"_s);
}

TEST_CASE("The CRM fixtures convert with their lead, source and owner columns")
{
    const auto hubspot = convertFixture(u"hubspot.csv"_s, u',', ContactKind::Person);
    CHECK(summaries(hubspot)
        == QStringList{u"Jennifer Miller <jennifer.miller@globex.example> @Globex Inc."_s,
            u"Michael Davis <michael.davis@initech.example> @Initech"_s,
            u"Laura Wilson <laura.wilson@globex.example> @Globex Incorporated"_s,
            u"Daniel Taylor <dan.taylor@umbrella.example> @Umbrella Ltd"_s,
            u"Sarah Moore <sarah.moore@mail.example>"_s});
    REQUIRE(hubspot.size() == 5);
    QList<bool> leads;
    for (const ImportRecord &r : hubspot) {
        leads << r.contact.lead;
    }
    CHECK(leads == QList<bool>{false, true, true, false, true});
    CHECK(hubspot.at(0).contact.contactType == u"customer"_s);
    CHECK(hubspot.at(0).contact.source == u"Organic Search"_s);

    const auto pipedrive = convertFixture(u"pipedrive.csv"_s, u',', ContactKind::Person);
    CHECK(summaries(pipedrive)
        == QStringList{
            u"Stefan Koch <stefan.koch@koch-maschinenbau.example> @Koch Maschinenbau GmbH *1979-09-21 #Hot lead"_s,
            u"Julia Richter <julia.richter@richter-partner.example, julia.r@privat.example> @Richter & Partner "
            "#Customer"_s,
            u"Tobias Hoffmann <tobias.hoffmann@mail.example>"_s,
            u"Katrin Schulz <k.schulz@koch-maschinenbau.example> @KOCH Maschinenbau GmbH *1988-02-29 #Warm lead"_s,
            u"Andreas Zimmermann <a.zimmermann@zimmermann-bau.example> @Zimmermann Bau AG"_s});

    const auto salesforce = convertFixture(u"salesforce.csv"_s, u',', ContactKind::Person);
    CHECK(summaries(salesforce)
        == QStringList{u"Robert Anderson <robert.anderson@stark.example> @Stark Industries *1976-05-17"_s,
            u"Patricia Thomas <patricia.thomas@wayne.example> @Wayne Enterprises *1981-11-03"_s,
            u"Dr. James Martin <james.martin@stark.example> @Stark Industries Inc. *1970-01-09"_s,
            u"Linda Clark <linda.clark@cyberdyne.example> @Cyberdyne Systems"_s,
            u"Kevin Lewis <kevin.lewis@wayne.example> @Wayne Enterprises *1990-12-24"_s});
    REQUIRE(salesforce.size() == 5);
    CHECK(salesforce.at(0).contact.jobTitle == u"Procurement Lead"_s);
    CHECK(salesforce.at(0).contact.addresses.value(0).country == u"US"_s);

    const auto zoho = convertFixture(u"zoho.csv"_s, u',', ContactKind::Person);
    CHECK(summaries(zoho)
        == QStringList{u"Rajesh Kumar <rajesh.kumar@infosoft.example, rajesh@personal.example> @Infosoft Solutions "
                       "Pvt Ltd *1984-08-15 #Customer,Priority"_s,
            u"Maria Rossi <maria.rossi@rossi.example> @Rossi S.p.A. *1977-03-02 #Messe 2025"_s,
            u"Pierre Dubois <pierre.dubois@dubois.example> @Dubois SARL"_s,
            u"Eva Novak <eva.novak@rossi.example> @Rossi SpA *1993-12-01 #Customer"_s,
            u"Ahmed Hassan <ahmed.hassan@mail.example>"_s});
    REQUIRE(zoho.size() == 5);
    CHECK(zoho.at(0).contact.addresses
        == QList<PostalAddress>{{u"MG Road 45"_s, u"560001"_s, u"Bengaluru"_s, u"Karnataka"_s, u"IN"_s, {}}});
    CHECK(zoho.at(4).contact.addresses.value(0).country == u"EG"_s);
}

TEST_CASE("The hand-made German list reads d.m.yy dates and birthdays without a year")
{
    const auto records = convertFixture(u"excel-handmade-de.csv"_s, u';', ContactKind::Person);
    CHECK(summaries(records)
        == QStringList{u"Petra Klein <petra.klein@mueller-gmbh.example> @Müller GmbH *1978-04-03"_s,
            u"Frank Wolf <frank.wolf@mueller-gmbh.example> @Mueller GmbH *1965-08-07"_s,
            u"Heike Neumann <heike@neumann-co.example> @Neumann & Co. KG *2001-05-12"_s,
            u"Bernd Schwarz <bernd.schwarz@mail.example> *--12-31"_s,
            u"Monika Krüger <m.krueger@mueller-gmbh.example> @müller gmbh"_s,
            u"Uwe Lehmann <uwe@lehmann-elektro.example> @Lehmann Elektro e.K. *1959-12-24"_s});
    REQUIRE(records.size() == 6);
    CHECK(records.at(2).contact.addresses == QList<PostalAddress>{{{}, u"01067"_s, u"Dresden"_s, {}, {}, {}}});
    CHECK(records.at(4).contact.addresses.isEmpty());
}

TEST_CASE("The German company list converts to companies")
{
    const auto records = convertFixture(u"companies-de.csv"_s, u';', ContactKind::Company);
    CHECK(summaries(records)
        == QStringList{u"Müller GmbH <info@mueller-gmbh.example> #Kunde,Messe 2025"_s,
            u"Mueller GmbH <> #Kunde"_s,
            u"Weiß & Söhne KG <kontakt@weiss-soehne.example> #Lieferant"_s,
            u"Nordlicht Software UG (haftungsbeschränkt) <hallo@nordlicht.example>"_s,
            u"Alpenblick Hotel GmbH <rezeption@alpenblick.example> #Partner"_s,
            u"Sonnenschein e.V. <vorstand@sonnenschein.example>"_s});
    REQUIRE(records.size() == 6);
    for (const ImportRecord &r : records) {
        CHECK(r.contact.kind == ContactKind::Company);
    }
    CHECK(records.at(4).contact.addresses
        == QList<PostalAddress>{{u"Seestraße 21"_s, u"6020"_s, u"Innsbruck"_s, {}, u"AT"_s, {}}});
}
