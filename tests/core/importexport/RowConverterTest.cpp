#include "RowConverter.h"

#include "MappingTestSupport.h"

#include <QDate>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Column
{
    QString header;
    ColumnMapping mapping;
};

// Converts one row of `cells` under the given columns, as file row 7.
ImportRecord convertRow(const QList<Column> &columns,
    const QStringList &cells,
    RowConverter::Options options = {},
    const QList<CellFix> &fixes = {})
{
    QStringList headers;
    ImportMapping mapping;
    for (const Column &c : columns) {
        headers << c.header;
        mapping.columns << c.mapping;
    }
    return RowConverter(headers, mapping, std::move(options)).convert(ImportRow{7, cells}, fixes);
}

Column column(const QString &header, const QString &target, const QString &label = {}, int group = 0)
{
    return Column{header, ColumnMapping{target, label, group}};
}

Birthday date(const QString &text, DateOrder order = DateOrder::DayMonthYear)
{
    Birthday b{-1, -1, -1};
    if (!RowConverter::parseDate(text, order, &b)) {
        return Birthday{-1, -1, -1};
    }
    return b;
}

Contact split(const QString &fullName)
{
    Contact c;
    RowConverter::splitFullName(fullName, c);
    return c;
}

QStringList parts(const Contact &c)
{
    return {c.salutation, c.title, c.firstName, c.middleName, c.lastName};
}

} // namespace

TEST_CASE("Full names split into salutation, titles, first, middle and last name")
{
    CHECK(parts(split(u"Dr. Anna Maria Müller"_s)) == QStringList{{}, u"Dr."_s, u"Anna"_s, u"Maria"_s, u"Müller"_s});
    CHECK(parts(split(u"Müller, Anna"_s)) == QStringList{{}, {}, u"Anna"_s, {}, u"Müller"_s});
    CHECK(parts(split(u"von Müller, Dr. Anna Lena"_s))
        == QStringList{{}, u"Dr."_s, u"Anna"_s, u"Lena"_s, u"von Müller"_s});
    CHECK(parts(split(u"Herr Prof. Dr. med. Hans Meier"_s))
        == QStringList{u"Herr"_s, u"Prof. Dr. med."_s, u"Hans"_s, {}, u"Meier"_s});
    CHECK(
        parts(split(u"Dipl.-Ing. Peter Schmitz"_s)) == QStringList{{}, u"Dipl.-Ing."_s, u"Peter"_s, {}, u"Schmitz"_s});
    CHECK(parts(split(u"Frau Müller"_s)) == QStringList{u"Frau"_s, {}, {}, {}, u"Müller"_s});
    CHECK(parts(split(u"Mrs. Jane Doe"_s)) == QStringList{u"Mrs."_s, {}, u"Jane"_s, {}, u"Doe"_s});
    CHECK(parts(split(u"Ludwig van Beethoven"_s)) == QStringList{{}, {}, u"Ludwig"_s, {}, u"van Beethoven"_s});
    CHECK(parts(split(u"Ana Maria de la Cruz"_s)) == QStringList{{}, {}, u"Ana"_s, u"Maria"_s, u"de la Cruz"_s});
    CHECK(parts(split(u"Karl-Theodor zu Guttenberg"_s))
        == QStringList{{}, {}, u"Karl-Theodor"_s, {}, u"zu Guttenberg"_s});
    CHECK(parts(split(u"John Smith Jr."_s)) == QStringList{{}, {}, u"John"_s, {}, u"Smith Jr."_s});
    CHECK(parts(split(u"  Anna  "_s)) == QStringList{{}, {}, u"Anna"_s, {}, {}});
    CHECK(parts(split(u""_s)) == QStringList{{}, {}, {}, {}, {}});
}

TEST_CASE("Dates parse in the file's order, with two-digit years and without a year")
{
    const int thisYy = QDate::currentDate().year() % 100;
    CHECK(date(u"31.12.1980"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"1.2.85"_s) == Birthday{1985, 2, 1});
    CHECK(date(u"7.8.65"_s) == Birthday{1965, 8, 7});
    CHECK(date(u"12.5.01"_s) == Birthday{2001, 5, 12});
    CHECK(date(u"1.1.%1"_s.arg(thisYy, 2, 10, QChar(u'0'))) == Birthday{2000 + thisYy, 1, 1});
    CHECK(date(u"1.1.%1"_s.arg(thisYy + 1, 2, 10, QChar(u'0'))) == Birthday{1901 + thisYy, 1, 1});
    CHECK(date(u"31/12/80"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"12/31/1980"_s, DateOrder::MonthDayYear) == Birthday{1980, 12, 31});
    CHECK(date(u"1/2/1979"_s, DateOrder::MonthDayYear) == Birthday{1979, 1, 2});
    // Dots are day first in any file.
    CHECK(date(u"1.2.1979"_s, DateOrder::MonthDayYear) == Birthday{1979, 2, 1});
    CHECK(date(u"1980-12-31"_s, DateOrder::MonthDayYear) == Birthday{1980, 12, 31});
    CHECK(date(u"1980-12-31T00:00:00"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"1980-12-31 00:00:00"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"--12-31"_s) == Birthday{0, 12, 31});
    CHECK(date(u"31.12."_s) == Birthday{0, 12, 31});
    CHECK(date(u"29.02."_s) == Birthday{0, 2, 29});
    CHECK(date(u"31. Dezember 1980"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"Dec 31, 1980"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"3. März 1975"_s) == Birthday{1975, 3, 3});
    CHECK(date(u"31. 12. 1980"_s) == Birthday{1980, 12, 31});
    CHECK(date(u"0.0.00"_s) == Birthday{});
    CHECK(date(u"0/0/00"_s) == Birthday{});
    CHECK(date(u""_s) == Birthday{});
    CHECK(date(u"31.02.1980"_s) == Birthday{-1, -1, -1});
    CHECK(date(u"29.02.1981"_s) == Birthday{-1, -1, -1});
    CHECK(date(u"29.02.1980"_s) == Birthday{1980, 2, 29});
    CHECK(date(u"12/31/1980"_s) == Birthday{-1, -1, -1});
    CHECK(date(u"13.13.1980"_s) == Birthday{-1, -1, -1});
    CHECK(date(u"gestern"_s) == Birthday{-1, -1, -1});
    CHECK(date(u"1980"_s) == Birthday{-1, -1, -1});
}

TEST_CASE("The date order is decided once per file from the values that tell")
{
    SECTION("German dates")
    {
        DateOrderDetector d;
        for (const QString &v : {u"01.02.1980"_s, u"0.0.00"_s, u""_s, u"3.4.85"_s}) {
            d.add(v);
        }
        CHECK(d.result() == DateOrder::DayMonthYear);
    }
    SECTION("American dates with one day above 12")
    {
        DateOrderDetector d;
        for (const QString &v : {u"1/2/1979"_s, u"0/0/00"_s, u"7/23/1982"_s, u"12/31/1990"_s}) {
            d.add(v);
        }
        CHECK(d.result() == DateOrder::MonthDayYear);
    }
    SECTION("Contradicting slashed dates stay day first")
    {
        DateOrderDetector d;
        for (const QString &v : {u"7/23/1982"_s, u"23/7/1982"_s}) {
            d.add(v);
        }
        CHECK(d.result() == DateOrder::DayMonthYear);
    }
    SECTION("Ambiguous slashed dates only are day first")
    {
        DateOrderDetector d;
        d.add(u"01/02/1980"_s);
        CHECK(d.result() == DateOrder::DayMonthYear);
    }
    SECTION("ISO dates only")
    {
        DateOrderDetector d;
        for (const QString &v : {u"1980-12-31"_s, u"--04-12"_s, u"1975-01-02"_s}) {
            d.add(v);
        }
        CHECK(d.result() == DateOrder::YearMonthDay);
    }
    SECTION("No dates at all")
    {
        CHECK(DateOrderDetector().result() == DateOrder::DayMonthYear);
    }
}

TEST_CASE("Multi-value cells split on Google's separator, semicolons and line breaks")
{
    CHECK(RowConverter::splitMultiValue(u"a@x.example ::: b@y.example"_s, false)
        == QStringList{u"a@x.example"_s, u"b@y.example"_s});
    CHECK(RowConverter::splitMultiValue(u"Kunde;Messe 2025"_s, true) == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    CHECK(RowConverter::splitMultiValue(u"Kunde, Messe 2025\nVIP"_s, true)
        == QStringList{u"Kunde"_s, u"Messe 2025"_s, u"VIP"_s});
    CHECK(RowConverter::splitMultiValue(u"Müller, Anna ::: Weiß, Jürgen"_s, true)
        == QStringList{u"Müller, Anna"_s, u"Weiß, Jürgen"_s});
    CHECK(RowConverter::splitMultiValue(u"+49 30 1, 2"_s, false) == QStringList{u"+49 30 1, 2"_s});
    CHECK(RowConverter::splitMultiValue(u" ; ;"_s, true).isEmpty());
}

TEST_CASE("An Outlook row becomes a person with labelled addresses, raw phones and categories as tags")
{
    const QList<Column> columns{column(u"Anrede"_s, u"salutation"_s),
        column(u"Vorname"_s, u"first_name"_s),
        column(u"Nachname"_s, u"last_name"_s),
        column(u"Firma"_s, u"company"_s),
        column(u"Straße geschäftlich"_s, u"street"_s, u"work"_s),
        column(u"Straße geschäftlich 2"_s, u"street"_s, u"work"_s),
        column(u"Ort geschäftlich"_s, u"city"_s, u"work"_s),
        column(u"Postleitzahl geschäftlich"_s, u"postal_code"_s, u"work"_s),
        column(u"Land/Region geschäftlich"_s, u"country"_s, u"work"_s),
        column(u"Straße privat"_s, u"street"_s, u"home"_s),
        column(u"Land/Region privat"_s, u"country"_s, u"home"_s),
        column(u"Telefon geschäftlich"_s, u"phone"_s, u"work"_s),
        column(u"Mobiltelefon"_s, u"phone"_s, u"mobile"_s),
        column(u"E-Mail-Adresse"_s, u"email"_s),
        column(u"E-Mail-Typ"_s, {}),
        column(u"Geburtstag"_s, u"birthday"_s),
        column(u"Kategorien"_s, u"tags"_s),
        column(u"Notizen"_s, u"description"_s)};
    const ImportRecord r = convertRow(columns,
        {u"Herr Dr."_s,
            u"Thomas"_s,
            u"Müller"_s,
            u"Müller GmbH"_s,
            u"Hauptstraße 12"_s,
            u"Gebäude B"_s,
            u"München"_s,
            u"80331"_s,
            u"Deutschland"_s,
            u"Am Bach 3"_s,
            u"Schweiz"_s,
            u"+49 89 1234567"_s,
            u"0171 2345678"_s,
            u"thomas.mueller@mueller-gmbh.example"_s,
            u"SMTP"_s,
            u"14.3.1975"_s,
            u"Kunde;Messe 2025"_s,
            u"Erste Zeile\r\nZweite Zeile"_s});
    REQUIRE(r.problems.isEmpty());
    CHECK_FALSE(r.isEmpty);
    CHECK(r.fileRow == 7);
    const Contact &c = r.contact;
    CHECK(c.kind == ContactKind::Person);
    CHECK(parts(c) == QStringList{u"Herr"_s, u"Dr."_s, u"Thomas"_s, {}, u"Müller"_s});
    CHECK(r.companyName == u"Müller GmbH"_s);
    REQUIRE(c.addresses.size() == 2);
    CHECK(c.addresses.at(0)
        == PostalAddress{u"Hauptstraße 12, Gebäude B"_s, u"80331"_s, u"München"_s, {}, u"DE"_s, u"work"_s});
    CHECK(c.addresses.at(1) == PostalAddress{u"Am Bach 3"_s, {}, {}, {}, u"CH"_s, u"home"_s});
    REQUIRE(c.phones.size() == 2);
    CHECK(c.phones.at(0) == PhoneNumber{u"+49 89 1234567"_s, {}, u"work"_s, false});
    CHECK(c.phones.at(1) == PhoneNumber{u"0171 2345678"_s, {}, u"mobile"_s, false});
    REQUIRE(c.emails.size() == 1);
    CHECK(c.emails.at(0).value == u"thomas.mueller@mueller-gmbh.example"_s);
    CHECK(c.birthday == Birthday{1975, 3, 14});
    CHECK(c.tags == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    CHECK(c.description == u"Erste Zeile\nZweite Zeile"_s);
    CHECK_FALSE(c.displayNameManual);
}

TEST_CASE("Google's type columns label every value of their group, and system groups are no tags")
{
    const QList<Column> columns{column(u"Given Name"_s, u"first_name"_s),
        column(u"Group Membership"_s, u"tags"_s),
        column(u"E-mail 1 - Type"_s, u"email_label"_s, {}, 1),
        column(u"E-mail 1 - Value"_s, u"email"_s, {}, 1),
        column(u"E-mail 2 - Type"_s, u"email_label"_s, {}, 2),
        column(u"E-mail 2 - Value"_s, u"email"_s, {}, 2),
        column(u"Phone 1 - Type"_s, u"phone_label"_s, {}, 1),
        column(u"Phone 1 - Value"_s, u"phone"_s, {}, 1),
        column(u"Address 1 - Type"_s, u"address_label"_s, {}, 1),
        column(u"Address 1 - Formatted"_s, u"address"_s, {}, 1),
        column(u"Address 1 - City"_s, u"city"_s, {}, 1)};
    const ImportRecord r = convertRow(columns,
        {u"Anna"_s,
            u"Kunden ::: * myContacts ::: * starred"_s,
            u"* Work"_s,
            u"anna@beispiel.example ::: a.s@beispiel.example"_s,
            u"Home"_s,
            u"anna@privat.example"_s,
            u"Mobile"_s,
            u"+49 170 1111111"_s,
            u"Work"_s,
            u"Unter den Linden 1\n10117 Berlin\nDeutschland"_s,
            u"Berlin-Mitte"_s});
    REQUIRE(r.problems.isEmpty());
    const Contact &c = r.contact;
    CHECK(c.tags == QStringList{u"Kunden"_s});
    REQUIRE(c.emails.size() == 3);
    CHECK(c.emails.at(0) == EmailAddress{u"anna@beispiel.example"_s, u"work"_s, false});
    CHECK(c.emails.at(1) == EmailAddress{u"a.s@beispiel.example"_s, u"work"_s, false});
    CHECK(c.emails.at(2) == EmailAddress{u"anna@privat.example"_s, u"home"_s, false});
    REQUIRE(c.phones.size() == 1);
    CHECK(c.phones.at(0).label == u"mobile"_s);
    // The city column wins over the formatted address, which fills the rest.
    REQUIRE(c.addresses.size() == 1);
    CHECK(c.addresses.at(0)
        == PostalAddress{u"Unter den Linden 1"_s, u"10117"_s, u"Berlin-Mitte"_s, {}, u"DE"_s, u"work"_s});
}

TEST_CASE("An impossible date is a problem naming row, column, header, field and value")
{
    const ImportRecord r = convertRow(
        {column(u"Vorname"_s, u"first_name"_s), column(u"Geburtstag"_s, u"birthday"_s)}, {u"Anna"_s, u"31.02.1980"_s});
    REQUIRE(r.problems.size() == 1);
    const ImportProblem &p = r.problems.first();
    CHECK(p.row == 7);
    CHECK(p.column == 1);
    CHECK(p.columnName == u"Geburtstag"_s);
    CHECK(p.field == u"birthday"_s);
    CHECK(p.value == u"31.02.1980"_s);
    CHECK(p.reason.contains(u"31.02.1980"_s));
    CHECK(r.contact.firstName == u"Anna"_s);
    CHECK(r.contact.birthday.isNull());
}

TEST_CASE("Text longer than the contact limits is a problem for its column")
{
    const QString longName(ContactLimits::NameChars + 1, u'a');
    const QString longTag(ContactLimits::TagChars + 1, u't');
    const ImportRecord r = convertRow(
        {column(u"Vorname"_s, u"first_name"_s), column(u"Nachname"_s, u"last_name"_s), column(u"Tags"_s, u"tags"_s)},
        {longName, u"Müller"_s, u"kurz;"_s + longTag});
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems.at(0).field == u"first_name"_s);
    CHECK(r.problems.at(0).column == 0);
    CHECK(r.problems.at(1).field == u"tags"_s);
    CHECK(r.problems.at(1).column == 2);
    CHECK(r.contact.lastName == u"Müller"_s);
    CHECK(r.contact.tags == QStringList{u"kurz"_s});
}

TEST_CASE("A broken e-mail is reported for its column; phones are kept raw for the validator")
{
    const ImportRecord r = convertRow(
        {column(u"Vorname"_s, u"first_name"_s), column(u"E-Mail"_s, u"email"_s), column(u"Telefon"_s, u"phone"_s)},
        {u"Anna"_s, u"anna@@example; Anna <anna@example.com>"_s, u"kein Telefon"_s});
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.at(0).column == 1);
    CHECK(r.problems.at(0).field == u"emails"_s);
    CHECK(r.problems.at(0).value == u"anna@@example"_s);
    REQUIRE(r.contact.emails.size() == 1);
    CHECK(r.contact.emails.at(0).value == u"anna@example.com"_s);
    REQUIRE(r.contact.phones.size() == 1);
    CHECK(r.contact.phones.at(0).raw == u"kein Telefon"_s);
}

TEST_CASE("The export's protective apostrophe is removed only before formula characters")
{
    const ImportRecord r = convertRow({column(u"Vorname"_s, u"first_name"_s),
                                          column(u"Nachname"_s, u"last_name"_s),
                                          column(u"Beschreibung"_s, u"description"_s),
                                          column(u"Position"_s, u"job_title"_s)},
        {u"'=1+2"_s, u"'Brien"_s, u"'-minus"_s, u"'@home"_s});
    CHECK(r.contact.firstName == u"=1+2"_s);
    CHECK(r.contact.lastName == u"'Brien"_s);
    CHECK(r.contact.description == u"-minus"_s);
    CHECK(r.contact.jobTitle == u"@home"_s);
}

TEST_CASE("Cells beyond the header are ignored and rows without values are empty")
{
    const QList<Column> columns{column(u"Vorname"_s, u"first_name"_s),
        column(u"Geburtstag"_s, u"birthday"_s),
        column(u"Priorität"_s, {}),
        column(u"E-Mail-Typ"_s, u"email_label"_s, {}, 1)};
    const ImportRecord ragged = convertRow(columns, {u"Anna"_s, u""_s, u""_s, u""_s, u"überzählig"_s});
    CHECK(ragged.problems.isEmpty());
    CHECK(ragged.contact.firstName == u"Anna"_s);
    CHECK(ragged.cells.size() == 5);

    CHECK(convertRow(columns, {u""_s, u" "_s}).isEmpty);
    // Outlook's empty contact: "0.0.00", defaults in unmapped columns, a label without a value.
    const ImportRecord outlook = convertRow(columns, {u""_s, u"0.0.00"_s, u"Normal"_s, u"SMTP"_s});
    CHECK(outlook.isEmpty);
    CHECK(outlook.problems.isEmpty());
    CHECK_FALSE(convertRow(columns, {u""_s, u"1.1.1980"_s}).isEmpty);
}

TEST_CASE("Fixes from the review replace cells before conversion")
{
    const QList<Column> columns{column(u"Vorname"_s, u"first_name"_s), column(u"Geburtstag"_s, u"birthday"_s)};
    const ImportRecord r = convertRow(
        columns, {u"Anna"_s, u"31.02.1980"_s}, {}, {CellFix{7, 1, u"28.02.1980"_s}, CellFix{8, 0, u"Other row"_s}});
    CHECK(r.problems.isEmpty());
    CHECK(r.contact.birthday == Birthday{1980, 2, 28});
    CHECK(r.contact.firstName == u"Anna"_s);
    CHECK(r.cells == QStringList{u"Anna"_s, u"28.02.1980"_s});
}

TEST_CASE("Countries in German and English become ISO codes; unknown ones are problems")
{
    const QList<Column> columns{column(u"Vorname"_s, u"first_name"_s),
        column(u"Land 1"_s, u"country"_s, {}, 1),
        column(u"Land 2"_s, u"country"_s, {}, 2),
        column(u"Land 3"_s, u"country"_s, {}, 3),
        column(u"Land 4"_s, u"country"_s, {}, 4)};
    const ImportRecord r
        = convertRow(columns, {u"Anna"_s, u"Österreich"_s, u"United Kingdom"_s, u"ch"_s, u"Atlantis"_s});
    REQUIRE(r.contact.addresses.size() == 3);
    CHECK(r.contact.addresses.at(0).country == u"AT"_s);
    CHECK(r.contact.addresses.at(1).country == u"GB"_s);
    CHECK(r.contact.addresses.at(2).country == u"CH"_s);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.at(0).column == 4);
    CHECK(r.problems.at(0).field == u"addresses"_s);
}

TEST_CASE("Yes/no, kind, owner, followers and do-not-disturb cells are read in German and English")
{
    const QList<Column> columns{column(u"Name"_s, u"name"_s),
        column(u"Art"_s, u"kind"_s),
        column(u"Lead"_s, u"lead"_s),
        column(u"Verantwortlich"_s, u"owner"_s),
        column(u"Follower"_s, u"followers"_s),
        column(u"Nicht stören"_s, u"dnd"_s),
        column(u"Vorname"_s, u"first_name"_s)};
    const ImportRecord company = convertRow(columns,
        {u"Müller GmbH"_s, u"Firma"_s, u"ja"_s, u"Petra Klein"_s, u"Anna; Bernd"_s, u"E-Mail, SMS"_s, u"Ignoriert"_s});
    REQUIRE(company.problems.isEmpty());
    CHECK(company.contact.kind == ContactKind::Company);
    CHECK(company.contact.displayName == u"Müller GmbH"_s);
    CHECK(company.contact.displayNameManual);
    CHECK(company.contact.firstName.isEmpty());
    CHECK(company.contact.lead);
    CHECK(company.ownerName == u"Petra Klein"_s);
    CHECK(company.followerNames == QStringList{u"Anna"_s, u"Bernd"_s});
    CHECK(company.contact.dnd == (DndChannels(DndChannel::Email) | DndChannel::Sms));

    const ImportRecord person = convertRow(columns, {{}, u"person"_s, u"nein"_s, {}, {}, u"all"_s, u"Anna"_s});
    REQUIRE(person.problems.isEmpty());
    CHECK(person.contact.kind == ContactKind::Person);
    CHECK_FALSE(person.contact.lead);
    CHECK(person.contact.dnd == DndChannels(DndChannel::All));

    // HubSpot's lead status is set on leads only.
    CHECK(convertRow(columns, {{}, {}, u"In Progress"_s, {}, {}, {}, u"Anna"_s}).contact.lead);

    const ImportRecord bad = convertRow(columns, {{}, u"Tier"_s, {}, {}, {}, u"Brieftaube"_s, u"Anna"_s});
    REQUIRE(bad.problems.size() == 2);
    CHECK(bad.problems.at(0).field == u"kind"_s);
    CHECK(bad.problems.at(1).field == u"dnd"_s);
}

TEST_CASE("A person's name cell is a display name set by hand only when it differs from the parts")
{
    const QList<Column> columns{
        column(u"Name"_s, u"name"_s), column(u"Vorname"_s, u"first_name"_s), column(u"Nachname"_s, u"last_name"_s)};
    const ImportRecord same = convertRow(columns, {u"Anna Müller"_s, u"Anna"_s, u"Müller"_s});
    CHECK_FALSE(same.contact.displayNameManual);
    const ImportRecord own = convertRow(columns, {u"Anna Müller (Messe)"_s, u"Anna"_s, u"Müller"_s});
    CHECK(own.contact.displayNameManual);
    CHECK(own.contact.displayName == u"Anna Müller (Messe)"_s);
    // Without parts the name is split (Google rows with an empty given name).
    const ImportRecord alone = convertRow(columns, {u"Lisa Meyer"_s, {}, {}});
    CHECK(alone.contact.firstName == u"Lisa"_s);
    CHECK(alone.contact.lastName == u"Meyer"_s);
    CHECK_FALSE(alone.contact.displayNameManual);
}

TEST_CASE("Full name columns fill only the name parts no column of their own gave")
{
    const ImportRecord r = convertRow({column(u"Name"_s, u"full_name"_s), column(u"Vorname"_s, u"first_name"_s)},
        {u"Dr. Anna Maria Müller"_s, u"Annie"_s});
    CHECK(parts(r.contact) == QStringList{{}, u"Dr."_s, u"Annie"_s, u"Maria"_s, u"Müller"_s});
}

TEST_CASE("Custom values are normalised for their field type, in the file's date order")
{
    RowConverter::Options options;
    options.dateOrder = DateOrder::MonthDayYear;
    options.customFields = {CustomField{1, {}, 0, u"Umsatz"_s, CustomFieldType::Number, {}, 0},
        CustomField{2, {}, 0, u"Vertrag bis"_s, CustomFieldType::Date, {}, 0},
        CustomField{3, {}, 0, u"Branche"_s, CustomFieldType::MultiSelect, {u"Bau"_s, u"IT"_s}, 0},
        CustomField{4, {}, 0, u"Newsletter"_s, CustomFieldType::Checkbox, {}, 0}};
    options.newFieldIds = {{u"Lieblingsfarbe"_s, 9}};
    const QList<Column> columns{column(u"Vorname"_s, u"first_name"_s),
        column(u"Umsatz"_s, u"custom.1"_s),
        column(u"Vertrag bis"_s, u"custom.2"_s),
        column(u"Branche"_s, u"custom.3"_s),
        column(u"Newsletter"_s, u"custom.4"_s),
        column(u"Farbe"_s, u"custom.new"_s, u"Lieblingsfarbe"_s),
        column(u"Alt"_s, u"custom.5"_s),
        column(u"Neu"_s, u"custom.new"_s, u"Nie angelegt"_s)};
    const ImportRecord ok = convertRow(
        columns, {u"Anna"_s, u"1.234,50"_s, u"12/31/2030"_s, u"bau ::: IT"_s, u"wahr"_s, u"blau"_s, {}, {}}, options);
    REQUIRE(ok.problems.isEmpty());
    CHECK(ok.contact.customValues.value(1) == u"1234.5"_s);
    CHECK(ok.contact.customValues.value(2) == u"2030-12-31"_s);
    CHECK(ok.contact.customValues.value(3) == u"Bau\nIT"_s);
    CHECK(ok.contact.customValues.value(4) == u"1"_s);
    CHECK(ok.contact.customValues.value(9) == u"blau"_s);

    const ImportRecord bad = convertRow(
        columns, {u"Anna"_s, u"viel"_s, u"2/30/2030"_s, u"Landwirtschaft"_s, {}, {}, u"x"_s, u"y"_s}, options);
    REQUIRE(bad.problems.size() == 5);
    CHECK(bad.problems.at(0).field == u"custom.1"_s);
    CHECK(bad.problems.at(0).columnName == u"Umsatz"_s);
    CHECK(bad.problems.at(1).field == u"custom.2"_s);
    CHECK(bad.problems.at(2).field == u"custom.3"_s);
    CHECK(bad.problems.at(3).field == u"custom.5"_s);
    CHECK(bad.problems.at(4).field == u"custom.new"_s);
    CHECK(bad.contact.customValues.isEmpty());
}

TEST_CASE("Street columns of one address join, a house number with a space")
{
    const ImportRecord r = convertRow({column(u"Vorname"_s, u"first_name"_s),
                                          column(u"Straße"_s, u"street"_s),
                                          column(u"Hausnummer"_s, u"street"_s),
                                          column(u"PLZ"_s, u"postal_code"_s),
                                          column(u"Ort"_s, u"city"_s)},
        {u"Anna"_s, u"Hauptstraße"_s, u"12a"_s, u"01067"_s, u"Dresden"_s});
    REQUIRE(r.contact.addresses.size() == 1);
    CHECK(r.contact.addresses.at(0) == PostalAddress{u"Hauptstraße 12a"_s, u"01067"_s, u"Dresden"_s, {}, {}, {}});
}

TEST_CASE("One address cell splits into street, postal code, city and country")
{
    const auto address = [](const QString &cell) {
        const ImportRecord r
            = convertRow({column(u"Vorname"_s, u"first_name"_s), column(u"Adresse"_s, u"address"_s)}, {u"A"_s, cell});
        REQUIRE(r.contact.addresses.size() == 1);
        return r.contact.addresses.first();
    };
    CHECK(address(u"Königstraße 10, 70173 Stuttgart, Deutschland"_s)
        == PostalAddress{u"Königstraße 10"_s, u"70173"_s, u"Stuttgart"_s, {}, u"DE"_s, {}});
    CHECK(address(u"Ringstraße 1\nA-1010 Wien"_s)
        == PostalAddress{u"Ringstraße 1"_s, u"1010"_s, u"Wien"_s, {}, u"AT"_s, {}});
    CHECK(address(u"100 Main Street, Springfield, IL 62701, USA"_s)
        == PostalAddress{u"100 Main Street"_s, u"62701"_s, u"Springfield"_s, u"IL"_s, u"US"_s, {}});
    CHECK(address(u"Postfach 12"_s) == PostalAddress{u"Postfach 12"_s, {}, {}, {}, {}, {}});
}
