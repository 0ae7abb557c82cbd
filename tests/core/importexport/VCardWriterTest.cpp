#include "VCardWriter.h"

#include "VCardTestSupport.h"

#include <QStringDecoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;
using Version = VCardWriter::Version;

namespace {
QByteArray fakePhoto(const char *signature, int size)
{
    QByteArray photo(signature);
    for (int i = 0; photo.size() < size; ++i) {
        photo.append(static_cast<char>((i * 37) % 256));
    }
    return photo;
}

// A person using every field vCard carries.
Contact everyField()
{
    Contact c;
    c.uuid = u"5d2a4c9e-8f61-4b1a-9c3e-2f7d1e0a6b44"_s;
    c.salutation = u"Frau"_s;
    c.title = u"Dr. med."_s;
    c.firstName = u"Anna-Lena"_s;
    c.middleName = u"Maria"_s;
    c.lastName = u"Müller-Lüdenscheidt"_s;
    c.displayName = u"Dr. Anna Müller (Einkauf)"_s;
    c.displayNameManual = true;
    c.jobTitle = u"Leiterin Einkauf; Logistik"_s;
    c.department = u"Einkauf, Süd"_s;
    c.emails = {{u"anna.mueller@mueller-soehne.example"_s, u"work"_s, true},
        {u"anna@privat.example"_s, u"home"_s, false},
        {u"anna.mobil@privat.example"_s, u"mobile"_s, false},
        {u"news@privat.example"_s, u"Newsletter"_s, false},
        {u"alt@privat.example"_s, u"other"_s, false},
        {u"ohne@privat.example"_s, {}, false}};
    c.phones = {{u"+49 30 1234567"_s, {}, u"work"_s, false},
        {u"0170 1234567"_s, {}, u"mobile"_s, true},
        {u"030 7654321"_s, {}, u"home"_s, false},
        {u"+49 30 1234599"_s, {}, u"Fax (Büro)"_s, false},
        {u"+49 30 1234500"_s, {}, u"other"_s, false},
        {u"112"_s, {}, {}, false}};
    c.addresses = {{u"Hauptstraße 1\nHinterhaus, 2. OG"_s, u"10115"_s, u"Berlin"_s, u"Berlin"_s, u"DE"_s, u"work"_s},
        {u"Seeweg 3"_s, u"6020"_s, u"Innsbruck"_s, u"Tirol"_s, u"AT"_s, u"Ferienhaus"_s},
        {u"1 Rue de Rivoli"_s, u"75001"_s, u"Paris"_s, {}, u"FR"_s, u"home"_s},
        {u"Postfach 12 34"_s, u"8000"_s, u"Zürich"_s, {}, u"CH"_s, {}}};
    c.birthday = {0, 2, 29};
    c.website = u"https://mueller-soehne.example/team?a=1,b=2;c"_s;
    c.socialProfiles = {{u"linkedin"_s, u"https://www.linkedin.com/in/anna-mueller-example"_s},
        {u"skype"_s, u"anna.mueller"_s},
        {u"x"_s, u"@anna_m"_s},
        {u"telegram"_s, u"anna_tg"_s},
        {u"facebook"_s, u"https://facebook.com/anna.example"_s},
        {u"instagram"_s, u"anna.insta"_s},
        {u"whatsapp"_s, u"+49 170 1234567"_s}};
    c.source = u"Messe, Halle 3"_s;
    c.contactType = u"Kunde"_s;
    c.lead = true;
    c.tags = {u"Kunde"_s, u"Messe, 2025"_s, u"VIP\\Gold"_s, u"Größenwahn"_s};
    c.dnd = DndChannels(DndChannel::Email) | DndChannel::Sms;
    c.description
        = u"Erste Zeile\nZweite Zeile; mit Semikolon, Komma und \\ Backslash.\n"
          u"Ein langer Absatz mit Umlauten äöü ÄÖÜ ß und Emoji 🙂, damit die Zeile mehrfach gefaltet wird "
          u"und keine UTF-8-Folge zerteilt: ééééééééééééééééééééééééééééééééééééééééééééééééééé."_s;
    c.photo = fakePhoto("\x89PNG\r\n\x1a\n", 5000);
    return c;
}

VCardWriter::Names everyName()
{
    VCardWriter::Names names;
    names.companyName = u"Müller & Söhne GmbH; Co. KG"_s;
    names.ownerName = u"Vera Vertrieb"_s;
    names.followerNames = {u"Uwe"_s, u"Ina, die Zweite"_s};
    names.customValues = {{u"Kundennummer"_s, u"K-1001"_s}, {u"Notiz; intern"_s, u"a;b\nc, d\\e"_s}};
    return names;
}

ImportRecord readBack(const QByteArray &vcard)
{
    auto records = VCardTest::readText(vcard);
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 1);
    return records->first();
}

void checkSame(const Contact &read, const Contact &written)
{
    CHECK(read.kind == written.kind);
    CHECK(read.salutation == written.salutation);
    CHECK(read.title == written.title);
    CHECK(read.firstName == written.firstName);
    CHECK(read.middleName == written.middleName);
    CHECK(read.lastName == written.lastName);
    CHECK(read.displayName == written.displayName);
    CHECK(read.displayNameManual == written.displayNameManual);
    CHECK(read.jobTitle == written.jobTitle);
    CHECK(read.department == written.department);
    CHECK(read.emails == written.emails);
    CHECK(read.phones == written.phones);
    CHECK(read.addresses == written.addresses);
    CHECK(read.birthday == written.birthday);
    CHECK(read.website == written.website);
    CHECK(read.socialProfiles == written.socialProfiles);
    CHECK(read.source == written.source);
    CHECK(read.contactType == written.contactType);
    CHECK(read.lead == written.lead);
    CHECK(read.tags == written.tags);
    CHECK(read.dnd == written.dnd);
    CHECK(read.description == written.description);
    CHECK(read.photo == written.photo);
}

void checkRoundTrip(Version version)
{
    const Contact written = everyField();
    const VCardWriter::Names names = everyName();
    const ImportRecord r = readBack(VCardWriter::write(written, names, version));
    CHECK(r.problems.isEmpty());
    checkSame(r.contact, written);
    CHECK(r.companyName == names.companyName);
    CHECK(r.ownerName == names.ownerName);
    CHECK(r.followerNames == names.followerNames);
    CHECK(r.customByName.size() == 2);
    CHECK(r.customByName.value(u"Kundennummer"_s) == u"K-1001"_s);
    CHECK(r.customByName.value(u"Notiz; intern"_s) == u"a;b\nc, d\\e"_s);
}
} // namespace

TEST_CASE("A contact with every field round-trips through the reader as vCard 4.0")
{
    checkRoundTrip(Version::V4);
}

TEST_CASE("A contact with every field round-trips through the reader as vCard 3.0")
{
    checkRoundTrip(Version::V3);
}

TEST_CASE("A contact with a birthday with year, a JPEG photo and a generated display name round-trips")
{
    Contact c;
    c.firstName = u"Jürgen"_s;
    c.lastName = u"Weiß"_s;
    c.displayName = u"Jürgen Weiß"_s;
    c.birthday = {1970, 5, 21};
    c.photo = fakePhoto("\xFF\xD8\xFF\xE0", 700);
    for (const Version version : {Version::V3, Version::V4}) {
        const QByteArray vcard = VCardWriter::write(c, {}, version);
        CHECK_FALSE(vcard.contains("X-KONTOR-DISPLAY-NAME-MANUAL"));
        const ImportRecord r = readBack(vcard);
        CHECK(r.problems.isEmpty());
        checkSame(r.contact, c);
        CHECK(r.companyName.isEmpty());
        CHECK(r.ownerName.isEmpty());
    }
}

TEST_CASE("A company round-trips as KIND:org in 4.0 and X-ABShowAs:COMPANY in both versions")
{
    Contact company;
    company.kind = ContactKind::Company;
    company.displayName = u"Fjord Analytics AB"_s;
    company.displayNameManual = true;
    company.website = u"https://fjord.example"_s;
    company.phones = {{u"+46 8 5550500"_s, {}, u"work"_s, true}};
    company.tags = {u"Lieferant"_s};

    const QByteArray v4 = VCardWriter::write(company, {}, Version::V4);
    CHECK(v4.contains("\r\nKIND:org\r\n"));
    CHECK(v4.contains("\r\nX-ABShowAs:COMPANY\r\n"));
    CHECK(v4.contains("\r\nORG:Fjord Analytics AB\r\n"));
    const QByteArray v3 = VCardWriter::write(company, {}, Version::V3);
    CHECK_FALSE(v3.contains("KIND:"));
    CHECK(v3.contains("\r\nN:;;;;\r\n"));
    CHECK(v3.contains("\r\nX-ABShowAs:COMPANY\r\n"));
    for (const QByteArray &vcard : {v4, v3}) {
        const ImportRecord r = readBack(vcard);
        checkSame(r.contact, company);
        CHECK(r.companyName.isEmpty());
    }
}

TEST_CASE("Lines end in CRLF, are at most 75 octets and are folded without splitting UTF-8 sequences")
{
    const QByteArray vcard = VCardWriter::write(everyField(), everyName(), Version::V4);
    REQUIRE(vcard.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    REQUIRE(vcard.endsWith("END:VCARD\r\n"));
    CHECK(vcard.count('\n') == vcard.count("\r\n"));
    int folded = 0;
    for (const QByteArray &line : vcard.split('\n')) {
        if (line.isEmpty()) {
            continue; // after the last CRLF
        }
        REQUIRE(line.endsWith('\r'));
        const QByteArray content = line.chopped(1);
        CHECK(content.size() <= 75);
        QStringDecoder utf8(QStringConverter::Utf8);
        const QString text = utf8.decode(content);
        INFO(text.toStdString());
        CHECK_FALSE(utf8.hasError());
        folded += content.startsWith(' ') ? 1 : 0;
    }
    CHECK(folded > 70); // the photo alone takes ~90 continuation lines
}

TEST_CASE("Text values escape backslash, newline, comma and semicolon; a birthday without year is --MMDD")
{
    Contact c;
    c.firstName = u"A;B"_s;
    c.lastName = u"C,D"_s;
    c.description = u"x\\y\r\nz"_s;
    c.birthday = {0, 3, 15};
    const QByteArray v4 = VCardWriter::write(c, {}, Version::V4);
    CHECK(v4.contains("\r\nN:C\\,D;A\\;B;;;\r\n"));
    CHECK(v4.contains("\r\nNOTE:x\\\\y\\nz\r\n"));
    CHECK(v4.contains("\r\nBDAY:--0315\r\n"));

    c.birthday = {1985, 3, 15};
    CHECK(VCardWriter::write(c, {}, Version::V4).contains("\r\nBDAY:19850315\r\n"));
    CHECK(VCardWriter::write(c, {}, Version::V3).contains("\r\nBDAY:1985-03-15\r\n"));
}

TEST_CASE("Labels: work and home as TYPE, mobile phones as cell, other labels in item groups with X-ABLabel")
{
    Contact c;
    c.firstName = u"Lena"_s;
    c.emails = {{u"a@example.org"_s, u"work"_s, true}, {u"b@example.org"_s, u"Verein"_s, false}};
    c.phones = {{u"0170 1"_s, {}, u"mobile"_s, false}, {u"030 2"_s, {}, u"other"_s, false}};
    const QByteArray v4 = VCardWriter::write(c, {}, Version::V4);
    CHECK(v4.contains("\r\nEMAIL;TYPE=work;PREF=1:a@example.org\r\n"));
    CHECK(v4.contains("\r\nitem1.EMAIL:b@example.org\r\nitem1.X-ABLabel:Verein\r\n"));
    CHECK(v4.contains("\r\nTEL;VALUE=text;TYPE=cell:0170 1\r\n"));
    CHECK(v4.contains("\r\nitem2.TEL;VALUE=text:030 2\r\nitem2.X-ABLabel:_$!<Other>!$_\r\n"));
    const QByteArray v3 = VCardWriter::write(c, {}, Version::V3);
    CHECK(v3.contains("\r\nEMAIL;TYPE=INTERNET,WORK,PREF:a@example.org\r\n"));
    CHECK(v3.contains("\r\nTEL;TYPE=CELL:0170 1\r\n"));
}

TEST_CASE("The photo is written inline: a data URI in 4.0 and ENCODING=b in 3.0")
{
    Contact c;
    c.firstName = u"Lena"_s;
    c.photo = fakePhoto("\x89PNG\r\n\x1a\n", 30);
    CHECK(VCardWriter::write(c, {}, Version::V4).contains("\r\nPHOTO:data:image/png;base64,iVBORw0KGgo"));
    CHECK(VCardWriter::write(c, {}, Version::V3).contains("\r\nPHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo"));
}

TEST_CASE("Cards written one after another read back as one record each")
{
    Contact a;
    a.firstName = u"Ada"_s;
    Contact b;
    b.firstName = u"Bert"_s;
    const QByteArray file = VCardWriter::write(a, {}, Version::V3) + VCardWriter::write(b, {}, Version::V3);
    auto records = VCardTest::readText(file);
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 2);
    CHECK(records->at(0).contact.firstName == u"Ada"_s);
    CHECK(records->at(1).contact.firstName == u"Bert"_s);
    CHECK(records->at(1).fileRow > records->at(0).fileRow);
}
