#include "VCardReader.h"

#include "VCardTestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;
using VCardTest::fixture;
using VCardTest::readAll;
using VCardTest::readText;

namespace {
QByteArray pngOf(const char *name)
{
    // The photos in the fixtures are these PNG files' bytes, base64 encoded.
    static const QHash<QByteArray, QByteArray> png = {
        {"lena",
            QByteArray::fromBase64(
                "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mM4oaGBFTEMLQkAgl1GARdiiXUAAAAAS"
                "UVORK5CYII=")},
        {"sven",
            QByteArray::fromBase64(
                "iVBORw0KGgoAAAANSUhEUgAAAAYAAAAGCAIAAABvrngfAAAAEUlEQVR42mOQizqBhhhoKwQA7hEtAf8YCnwAAAAAS"
                "UVORK5CYII=")},
    };
    return png.value(name);
}

ImportRecord single(const QByteArray &card)
{
    auto records = readText(card);
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 1);
    return records->first();
}

QByteArray card(const QByteArray &version, const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:" + version + "\r\n" + body + "END:VCARD\r\n";
}
} // namespace

TEST_CASE("Apple Contacts 3.0 export yields people with item-group labels, a company card and skips the group")
{
    auto records = readAll(fixture("apple-contacts-3.0.vcf"));
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 4);

    const ImportRecord &lena = records->at(0);
    const Contact &c = lena.contact;
    CHECK(lena.fileRow == 1);
    CHECK(lena.problems.isEmpty());
    CHECK_FALSE(lena.isEmpty);
    CHECK(c.kind == ContactKind::Person);
    CHECK(c.lastName == u"Brandt"_s);
    CHECK(c.firstName == u"Lena"_s);
    CHECK(c.middleName == u"Sophie"_s);
    CHECK(c.title == u"Dr."_s);
    CHECK(c.salutation.isEmpty());
    CHECK(c.displayName == u"Dr. Lena Sophie Brandt"_s);
    CHECK_FALSE(c.displayNameManual);
    CHECK(lena.companyName == u"Nordlicht Consulting GmbH"_s);
    CHECK(c.department == u"Beratung"_s);
    CHECK(c.jobTitle == u"Geschäftsführerin"_s);
    CHECK(c.emails
        == QList<EmailAddress>{
            {u"lena.brandt@nordlicht.example"_s, {}, true}, {u"lena@privat.example"_s, u"other"_s, false}});
    CHECK(c.phones
        == QList<PhoneNumber>{{u"+49 171 5550101"_s, {}, u"mobile"_s, true},
            {u"040 5550102"_s, {}, u"work"_s, false},
            {u"040 5550103"_s, {}, u"Zentrale"_s, false}});
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses.first()
        == PostalAddress{u"Speicherstraße 12\nHaus B"_s, u"20457"_s, u"Hamburg"_s, {}, u"DE"_s, u"work"_s});
    CHECK(c.website == u"https://nordlicht.example"_s);
    CHECK(c.birthday == Birthday{0, 3, 15});
    CHECK(c.description == u"Kennengelernt auf der Messe, Halle 3.\nRückruf im Mai."_s);
    CHECK(c.socialProfiles
        == QMap<QString, QString>{{u"linkedin"_s, u"https://www.linkedin.com/in/lena-brandt-example"_s},
            {u"skype"_s, u"lena.brandt.example"_s}});
    CHECK(c.tags == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    CHECK(c.photo == pngOf("lena"));

    const ImportRecord &company = records->at(1);
    CHECK(company.fileRow == 28);
    CHECK(company.problems.isEmpty());
    CHECK(company.contact.kind == ContactKind::Company);
    CHECK(company.contact.displayName == u"Nordlicht Consulting GmbH"_s);
    CHECK(company.contact.firstName.isEmpty());
    CHECK(company.companyName.isEmpty());
    CHECK(company.contact.phones == QList<PhoneNumber>{{u"+49 40 5550100"_s, {}, u"work"_s, true}});
    REQUIRE(company.contact.addresses.size() == 1);
    CHECK(company.contact.addresses.first().country == u"DE"_s);

    const ImportRecord &tobi = records->at(2);
    CHECK(tobi.fileRow == 39);
    CHECK(tobi.contact.firstName == u"Tobi"_s);
    CHECK(tobi.contact.lastName == u"Okafor"_s);
    CHECK(tobi.contact.emails == QList<EmailAddress>{{u"tobi.okafor@mail.example"_s, u"home"_s, false}});
    CHECK(tobi.contact.birthday == Birthday{1990, 11, 2});
    REQUIRE(tobi.contact.addresses.size() == 1);
    CHECK(tobi.contact.addresses.first()
        == PostalAddress{u"12 Harbour Road"_s, u"T12 X123"_s, u"Cork"_s, {}, u"IE"_s, u"home"_s});

    const ImportRecord &group = records->at(3);
    CHECK(group.fileRow == 47);
    CHECK(group.isEmpty);
    CHECK(group.problems.isEmpty());
}

TEST_CASE("Outlook 2.1 export decodes Windows-1252, quoted-printable soft line breaks and bare TYPE parameters")
{
    auto records = readAll(fixture("outlook-2.1.vcf"));
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 2);
    const ImportRecord &juergen = records->at(0);
    const Contact &c = juergen.contact;
    CHECK(juergen.fileRow == 1);
    CHECK(juergen.problems.isEmpty());
    CHECK(c.salutation == u"Herr"_s);
    CHECK(c.title.isEmpty());
    CHECK(c.firstName == u"Jürgen"_s);
    CHECK(c.lastName == u"Weiß"_s);
    CHECK(c.displayName == u"Jürgen Weiß"_s);
    CHECK(juergen.companyName == u"Bäckerei Schönbrunn GmbH"_s);
    CHECK(c.department == u"Vertrieb"_s);
    CHECK(c.jobTitle == u"Verkaufsleiter Süd"_s);
    CHECK(c.description
        == u"Bevorzugt Anrufe vormittags.\nGrüße an die Familie, diese lange Zeile wird weich umbrochen € und geht weiter."_s);
    CHECK(c.phones
        == QList<PhoneNumber>{{u"+49 (711) 555-0201"_s, {}, u"work"_s, false},
            {u"0170 5550202"_s, {}, u"mobile"_s, false},
            {u"+49 (711) 555-0209"_s, {}, u"Fax"_s, false}});
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses.first()
        == PostalAddress{u"Königstraße 5"_s, u"70173"_s, u"Stuttgart"_s, u"Baden-Württemberg"_s, u"DE"_s, u"work"_s});
    CHECK(c.website == u"http://www.baeckerei-schoenbrunn.example"_s);
    CHECK(c.emails
        == QList<EmailAddress>{
            {u"juergen.weiss@schoenbrunn.example"_s, {}, true}, {u"j.weiss@privat.example"_s, {}, false}});
    CHECK(c.birthday == Birthday{1970, 5, 21});
    // The card's lines: the folded NOTE is one line, as the failed-rows file shows it.
    CHECK(juergen.cells.size() == 18);
    CHECK(juergen.cells.at(5).startsWith(u"NOTE;ENCODING=QUOTED-PRINTABLE"_s));
}

TEST_CASE("An Outlook card with an unknown country and an impossible birthday reports both with their lines")
{
    auto records = readAll(fixture("outlook-2.1.vcf"));
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 2);
    const ImportRecord &marta = records->at(1);
    CHECK(marta.fileRow == 24);
    CHECK(marta.contact.firstName == u"Marta"_s);
    CHECK(marta.contact.lastName == u"Kowalski"_s);
    REQUIRE(marta.problems.size() == 2);
    const ImportProblem &country = marta.problems.at(0);
    CHECK(country.row == 30);
    CHECK(country.column == -1);
    CHECK(country.columnName == u"ADR"_s);
    CHECK(country.field == u"addresses"_s);
    CHECK(country.value == u"Atlantis"_s);
    CHECK(country.reason.contains(u"Atlantis"_s));
    REQUIRE(marta.contact.addresses.size() == 1);
    CHECK(marta.contact.addresses.first().country.isEmpty());
    CHECK(marta.contact.addresses.first().city == u"Berlin"_s);
    const ImportProblem &birthday = marta.problems.at(1);
    CHECK(birthday.row == 31);
    CHECK(birthday.columnName == u"BDAY"_s);
    CHECK(birthday.field == u"birthday"_s);
    CHECK(birthday.value == u"1985-02-30"_s);
    CHECK(marta.contact.birthday.isNull());
}

TEST_CASE("Google 3.0 export unescapes URLs, reads a birthday without year and drops the myContacts group")
{
    auto records = readAll(fixture("google-3.0.vcf"));
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 2);
    const ImportRecord &amelie = records->at(0);
    const Contact &c = amelie.contact;
    CHECK(amelie.problems.isEmpty());
    CHECK(c.firstName == u"Amélie"_s);
    CHECK(c.lastName == u"Laurent"_s);
    CHECK(c.emails
        == QList<EmailAddress>{
            {u"amelie.laurent@atelier.example"_s, u"work"_s, false}, {u"amelie@maison.example"_s, u"home"_s, false}});
    CHECK(c.phones
        == QList<PhoneNumber>{
            {u"+33 6 55 50 04 01"_s, {}, u"mobile"_s, false}, {u"+33 1 55 50 04 02"_s, {}, u"work"_s, false}});
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses.first() == PostalAddress{u"12 Rue des Lilas"_s, u"69002"_s, u"Lyon"_s, {}, u"FR"_s, u"work"_s});
    CHECK(amelie.companyName == u"Atelier Lumière"_s);
    CHECK(c.jobTitle == u"Designerin"_s);
    CHECK(c.birthday == Birthday{0, 7, 14});
    CHECK(c.website == u"https://atelier.example"_s);
    CHECK(c.description == u"Mag Espresso, kein Filterkaffee."_s);
    CHECK(c.tags == QStringList{u"Partner"_s});

    const ImportRecord &kh = records->at(1);
    CHECK(kh.fileRow == 20);
    CHECK(kh.contact.firstName == u"Karl-Heinz"_s);
    CHECK(kh.contact.lastName == u"Brückner"_s);
    CHECK(kh.contact.tags.isEmpty());
}

TEST_CASE("vCard 4.0 cards read PREF, quoted TYPE lists, tel URIs, data URI photos and KIND:org")
{
    auto records = readAll(fixture("nextcloud-4.0.vcf"));
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 2);
    const ImportRecord &sven = records->at(0);
    const Contact &c = sven.contact;
    CHECK(sven.problems.isEmpty());
    CHECK(c.salutation == u"Herr"_s);
    CHECK(c.title == u"Prof. Dr."_s);
    CHECK(c.firstName == u"Sven"_s);
    CHECK(c.lastName == u"Lindqvist"_s);
    CHECK(c.emails == QList<EmailAddress>{{u"sven.lindqvist@uni.example"_s, u"work"_s, true}});
    CHECK(c.phones
        == QList<PhoneNumber>{
            {u"+46-8-555-0501"_s, {}, u"work"_s, false}, {u"+46 70 555 0502"_s, {}, u"mobile"_s, false}});
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses.first() == PostalAddress{u"Storgatan 3"_s, u"111 22"_s, u"Stockholm"_s, {}, u"SE"_s, u"home"_s});
    CHECK(c.birthday == Birthday{1978, 4, 30});
    CHECK(c.socialProfiles == QMap<QString, QString>{{u"skype"_s, u"sven.lq"_s}});
    CHECK(c.photo == pngOf("sven"));
    CHECK(c.tags == QStringList{u"Forschung"_s, u"Beirat"_s});

    const ImportRecord &fjord = records->at(1);
    CHECK(fjord.fileRow == 17);
    CHECK(fjord.problems.isEmpty()); // the logo is a link elsewhere: ignored without a problem
    CHECK(fjord.contact.kind == ContactKind::Company);
    CHECK(fjord.contact.displayName == u"Fjord Analytics AB"_s);
    CHECK(fjord.contact.website == u"https://fjord.example"_s);
    CHECK(fjord.contact.photo.isEmpty());
}

TEST_CASE("Android 2.1 export decodes quoted-printable UTF-8 and an indented base64 photo ended by a blank line")
{
    auto records = readAll(fixture("android-2.1.vcf"));
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 2);
    const Contact &deniz = records->at(0).contact;
    CHECK(records->at(0).problems.isEmpty());
    CHECK(deniz.lastName == u"Öztürk"_s);
    CHECK(deniz.firstName == u"Deniz"_s);
    CHECK(deniz.displayName == u"Deniz Öztürk"_s);
    CHECK(deniz.phones
        == QList<PhoneNumber>{
            {u"+49 152 5550601"_s, {}, u"mobile"_s, false}, {u"089 5550602"_s, {}, u"home"_s, false}});
    CHECK(deniz.emails == QList<EmailAddress>{{u"deniz@familie.example"_s, u"home"_s, false}});
    REQUIRE(deniz.addresses.size() == 1);
    CHECK(deniz.addresses.first() == PostalAddress{u"Sonnenstraße 9"_s, u"80331"_s, u"München"_s, {}, {}, u"home"_s});
    CHECK(deniz.photo == pngOf("sven"));

    // A card with FN only: the name is split into its parts.
    const ImportRecord &yuki = records->at(1);
    CHECK(yuki.fileRow == 14);
    CHECK(yuki.contact.firstName == u"Yuki"_s);
    CHECK(yuki.contact.lastName.isEmpty());
    CHECK(yuki.contact.phones.size() == 1);
}

TEST_CASE("A card without END:VCARD fails with the file and the line of its BEGIN:VCARD after the good cards")
{
    auto reader = VCardReader::open(fixture("Broken_MissingEnd.vcf"));
    REQUIRE(reader.has_value());
    ImportRecord record;
    auto first = (*reader)->next(record);
    REQUIRE(first.has_value());
    CHECK(*first);
    CHECK(record.contact.firstName == u"Anna"_s);
    auto second = (*reader)->next(record);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().location.file == u"Broken_MissingEnd.vcf"_s);
    CHECK(second.error().location.row == 6);
    CHECK(second.error().message.contains(u"END:VCARD"_s));
}

TEST_CASE("A file that is not a vCard fails on its first line")
{
    auto records = readAll(fixture("Broken_NotVCard.vcf"));
    REQUIRE_FALSE(records.has_value());
    CHECK(records.error().code == Error::Code::Invalid);
    CHECK(records.error().location.file == u"Broken_NotVCard.vcf"_s);
    CHECK(records.error().location.row == 1);
    CHECK(records.error().toString().contains(u"Broken_NotVCard.vcf"_s));
}

TEST_CASE("Empty files, binary data, over-long lines and text between cards fail with their line")
{
    auto empty = readText({});
    REQUIRE_FALSE(empty.has_value());
    CHECK_FALSE(empty.error().message.isEmpty());

    auto blank = readText("\r\n\r\n");
    REQUIRE_FALSE(blank.has_value());
    CHECK(blank.error().message.contains(u"BEGIN:VCARD"_s));

    auto bin
        = readText("BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO:" + QByteArray("\x00\x01\x02\x03", 4) + "\r\nEND:VCARD\r\n");
    REQUIRE_FALSE(bin.has_value());
    CHECK(bin.error().location.row == 3);
    CHECK(bin.error().message.contains(u"binary"_s));

    auto longLine = readText(card("3.0", "NOTE:" + QByteArray(1024 * 1024 + 10, 'x') + "\r\n"));
    REQUIRE_FALSE(longLine.has_value());
    CHECK(longLine.error().location.row == 3);
    CHECK(longLine.error().message.contains(u"1 MiB"_s));

    auto between = readText(card("3.0", "FN:Anna\r\n") + "Hallo\r\n" + card("3.0", "FN:Bert\r\n"));
    REQUIRE_FALSE(between.has_value());
    CHECK(between.error().location.row == 5);
}

TEST_CASE("Folded lines are unfolded after a space or a tab and escapes are decoded")
{
    const ImportRecord r = single(card("3.0",
        "N:M\\;ller;Anna;;;\r\n"
        "FN:Anna\r\n"
        " M;ller\r\n"
        "NOTE:Zeile eins\\nZeile zwei\\Nmit \\\\ Backslash\\, Komma\\; Semikolon und \r\n"
        "\tTab-Fortsetzung\r\n"
        "CATEGORIES:a\\,b,c\r\n"));
    CHECK(r.contact.lastName == u"M;ller"_s);
    CHECK(r.contact.displayName == u"AnnaM;ller"_s);
    CHECK(r.contact.description == u"Zeile eins\nZeile zwei\nmit \\ Backslash, Komma; Semikolon und Tab-Fortsetzung"_s);
    CHECK(r.contact.tags == QStringList{u"a,b"_s, u"c"_s});
    CHECK(r.cells.size() == 5);
    CHECK(r.cells.at(2) == u"FN:AnnaM;ller"_s);
}

TEST_CASE("TYPE parameters are read in every form and PREF marks the primary value")
{
    const ImportRecord r = single(card("4.0",
        "FN:Anna\r\n"
        "TEL;TYPE=work,voice:1\r\n"
        "TEL;TYPE=\"home,voice\";PREF=1:2\r\n"
        "TEL;type=CELL;type=pref:3\r\n"
        "EMAIL;TYPE=HOME;PREF=2:a@example.org\r\n"
        "EMAIL;X-CUSTOM=\"a;b:c\";TYPE=other:b@example.org\r\n"));
    CHECK(r.contact.phones
        == QList<PhoneNumber>{{u"1"_s, {}, u"work"_s, false},
            {u"2"_s, {}, u"home"_s, true},
            {u"3"_s, {}, u"mobile"_s, false}}); // only the first preferred one is primary
    CHECK(r.contact.emails
        == QList<EmailAddress>{{u"a@example.org"_s, u"home"_s, false}, {u"b@example.org"_s, u"other"_s, false}});

    const ImportRecord old = single(card("2.1", "FN:Bert\r\nTEL;WORK;CELL:4\r\nTEL;PREF;HOME:5\r\nTEL;PAGER:6\r\n"));
    CHECK(old.contact.phones
        == QList<PhoneNumber>{
            {u"4"_s, {}, u"mobile"_s, false}, {u"5"_s, {}, u"home"_s, true}, {u"6"_s, {}, u"Pager"_s, false}});
}

TEST_CASE("Birthdays are read in every vCard form and impossible ones become problems of the card")
{
    const std::pair<const char *, Birthday> good[] = {
        {"1985-03-15", {1985, 3, 15}},
        {"19850315", {1985, 3, 15}},
        {"--0315", {0, 3, 15}},
        {"--03-15", {0, 3, 15}},
        {"1985-03-15T00:00:00Z", {1985, 3, 15}},
        {"19850315T120000", {1985, 3, 15}},
        {"1604-02-29", {0, 2, 29}},
    };
    for (const auto &[text, expected] : good) {
        INFO(text);
        const ImportRecord r = single(card("3.0", "FN:Anna\r\nBDAY:" + QByteArray(text) + "\r\n"));
        CHECK(r.problems.isEmpty());
        CHECK(r.contact.birthday == expected);
    }
    const ImportRecord omitted = single(card("3.0", "FN:Anna\r\nBDAY;X-APPLE-OMIT-YEAR=1900:1900-12-24\r\n"));
    CHECK(omitted.contact.birthday == Birthday{0, 12, 24});

    for (const char *text : {"1985-13-01", "2023-02-29", "--0230", "irgendwann", "1750-01-01"}) {
        INFO(text);
        const ImportRecord r = single(card("4.0", "FN:Anna\r\nBDAY:" + QByteArray(text) + "\r\n"));
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().row == 4);
        CHECK(r.problems.first().field == u"birthday"_s);
        CHECK(r.problems.first().value == QString::fromLatin1(text));
        CHECK(r.contact.birthday.isNull());
    }
}

TEST_CASE("Photos that are too large, no image or broken base64 are problems; links elsewhere are ignored")
{
    const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(100, 'j');
    const ImportRecord ok = single(card("3.0", "FN:A\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:" + jpeg.toBase64() + "\r\n"));
    CHECK(ok.problems.isEmpty());
    CHECK(ok.contact.photo == jpeg);

    const QByteArray big = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(ContactLimits::PhotoBytes, 'p');
    // Folded like every writer folds a photo: the unfolded line may be longer than the 1 MiB a physical line may be.
    QByteArray folded = "PHOTO:data:image/png;base64," + big.toBase64();
    for (qsizetype i = 74; i < folded.size(); i += 75) {
        folded.insert(i, "\r\n ");
        i += 3;
    }
    const ImportRecord tooBig = single(card("4.0", "FN:A\r\n" + folded + "\r\n"));
    REQUIRE(tooBig.problems.size() == 1);
    CHECK(tooBig.problems.first().field == u"photo"_s);
    CHECK(tooBig.problems.first().value.size() == 200);
    CHECK(tooBig.contact.photo.isEmpty());

    const ImportRecord gif
        = single(card("3.0", "FN:A\r\nPHOTO;ENCODING=b;TYPE=GIF:" + QByteArray("GIF89a....").toBase64() + "\r\n"));
    REQUIRE(gif.problems.size() == 1);
    CHECK(gif.problems.first().columnName == u"PHOTO"_s);

    const ImportRecord broken = single(card("3.0", "FN:A\r\nPHOTO;ENCODING=b:%%%notbase64%%%\r\n"));
    CHECK(broken.problems.size() == 1);

    const ImportRecord link = single(card("3.0", "FN:A\r\nPHOTO;VALUE=uri:https://example.org/a.jpg\r\n"));
    CHECK(link.problems.isEmpty());
    CHECK(link.contact.photo.isEmpty());
}

TEST_CASE("Countries given as names in German or English or as codes become ISO codes")
{
    const std::pair<const char *, const char *> countries[] = {
        {"Deutschland", "DE"},
        {"Germany", "DE"},
        {"de", "DE"},
        {"Österreich", "AT"},
        {"Oesterreich", "AT"},
        {"Schweiz", "CH"},
        {"Switzerland", "CH"},
        {"U.S.A.", "US"},
        {"United States", "US"},
        {"Vereinigtes Königreich", "GB"},
        {"United Kingdom", "GB"},
        {"Niederlande", "NL"},
    };
    for (const auto &[name, code] : countries) {
        INFO(name);
        const ImportRecord r = single(card("3.0", "FN:A\r\nADR:;;Weg 1;Ort;;12345;" + QByteArray(name) + "\r\n"));
        CHECK(r.problems.isEmpty());
        REQUIRE(r.contact.addresses.size() == 1);
        CHECK(r.contact.addresses.first().country == QString::fromLatin1(code));
    }
}

TEST_CASE("Social profiles come from X-SOCIALPROFILE, IMPP and the X-SKYPE family")
{
    const ImportRecord r = single(card("3.0",
        "FN:A\r\n"
        "X-SOCIALPROFILE;type=twitter;x-user=anna:x-apple:anna\r\n"
        "X-SOCIALPROFILE:https://www.instagram.com/anna.example\r\n"
        "IMPP;X-SERVICE-TYPE=Telegram:x-apple:anna_tg\r\n"
        "IMPP:skype:anna.skype?call\r\n"
        "IMPP:xmpp:anna@jabber.example\r\n"
        "X-LINKEDIN:https://linkedin.com/in/anna\r\n"
        "X-SKYPE-USERNAME:other.skype\r\n"));
    CHECK(r.contact.socialProfiles
        == QMap<QString, QString>{{u"x"_s, u"anna"_s},
            {u"instagram"_s, u"https://www.instagram.com/anna.example"_s},
            {u"telegram"_s, u"anna_tg"_s},
            {u"skype"_s, u"anna.skype"_s},
            {u"linkedin"_s, u"https://linkedin.com/in/anna"_s}});
}

TEST_CASE("Kontor's X-KONTOR properties fill owner, followers, custom values and the flags")
{
    const ImportRecord r = single(card("4.0",
        "N:Muster;Max;;;\r\n"
        "FN:Maxi\r\n"
        "X-KONTOR-DISPLAY-NAME-MANUAL:1\r\n"
        "X-KONTOR-SALUTATION:Herr\r\n"
        "X-KONTOR-OWNER:Vera Vertrieb\r\n"
        "X-KONTOR-FOLLOWER:Uwe\\, der Zweite\r\n"
        "X-KONTOR-FOLLOWER:Ina\r\n"
        "X-KONTOR-CONTACT-TYPE:Kunde\r\n"
        "X-KONTOR-LEAD:1\r\n"
        "X-KONTOR-SOURCE:Messe\r\n"
        "X-KONTOR-DND:email,calls\r\n"
        "X-KONTOR-CUSTOM:Kundennummer;K-1001\r\n"
        "X-KONTOR-CUSTOM:Notiz\\; intern;a\\;b\\nc\r\n"
        "X-UNKNOWN-THING:ignored\r\n"));
    CHECK(r.problems.isEmpty());
    CHECK(r.contact.displayName == u"Maxi"_s);
    CHECK(r.contact.displayNameManual);
    CHECK(r.contact.salutation == u"Herr"_s);
    CHECK(r.ownerName == u"Vera Vertrieb"_s);
    CHECK(r.followerNames == QStringList{u"Uwe, der Zweite"_s, u"Ina"_s});
    CHECK(r.contact.contactType == u"Kunde"_s);
    CHECK(r.contact.lead);
    CHECK(r.contact.source == u"Messe"_s);
    CHECK(r.contact.dnd == (DndChannels(DndChannel::Email) | DndChannel::Calls));
    CHECK(r.customByName.value(u"Kundennummer"_s) == u"K-1001"_s);
    CHECK(r.customByName.value(u"Notiz; intern"_s) == u"a;b\nc"_s);
}

TEST_CASE("A UTF-16 file with byte-order mark is read like UTF-8")
{
    const QString text = QString::fromUtf8(card("3.0", "N:Ömer;Çelik;;;\r\nFN:Çelik Ömer\r\nEMAIL:c@example.org\r\n"));
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray utf16 = encoder.encode(text);
    const ImportRecord r = single(utf16);
    CHECK(r.contact.lastName == u"Ömer"_s);
    CHECK(r.contact.firstName == u"Çelik"_s);
    CHECK(r.contact.emails.size() == 1);

    const ImportRecord bom = single("\xEF\xBB\xBF" + card("3.0", "FN:Ada\r\n"));
    CHECK(bom.contact.firstName == u"Ada"_s);
}

TEST_CASE("Values without CHARSET are UTF-8 when valid and Windows-1252 otherwise; CHARSET is honoured")
{
    const ImportRecord r = single(card("2.1",
        "N:M\xFCller;J\xF6rg\r\n"
        "FN;CHARSET=ISO-8859-1:J\xF6rg M\xFCller\r\n"
        "ORG;CHARSET=UTF-8:B\xC3\xA4"
        "ckerei\r\n"
        "NOTE;CHARSET=ISO-8859-15:\xA4\r\n"));
    CHECK(r.contact.lastName == u"Müller"_s);
    CHECK(r.contact.firstName == u"Jörg"_s);
    CHECK(r.contact.displayName == u"Jörg Müller"_s);
    CHECK(r.companyName == u"Bäckerei"_s);
    CHECK(r.contact.description == u"€"_s);
}

TEST_CASE("A large file is streamed card by card with bounded memory")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.vcf"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int i = 0; i < 100000; ++i) {
            chunk += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nachname" + QByteArray::number(i) + ";Vorname;;;\r\nEMAIL:p"
                + QByteArray::number(i) + "@example.org\r\nEND:VCARD\r\n";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    auto reader = VCardReader::open(path);
    REQUIRE(reader.has_value());
    ImportRecord record;
    REQUIRE((*reader)->next(record).value_or(false));
    // After the first card only a read-ahead buffer of the ~9 MB file has been consumed.
    CHECK((*reader)->size() > 8 * 1024 * 1024);
    CHECK((*reader)->position() < 1024);
    int count = 1;
    ImportRecord last;
    while ((*reader)->next(record).value_or(false)) {
        ++count;
        last = record;
    }
    CHECK(count == 100000);
    CHECK(last.fileRow == 99999 * 5 + 1);
    CHECK(last.contact.lastName == u"Nachname99999"_s);
    CHECK((*reader)->position() == (*reader)->size());
}
