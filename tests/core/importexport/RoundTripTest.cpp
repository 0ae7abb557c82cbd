#include "ContactService.h"
#include "CustomFieldService.h"
#include "ExportService.h"
#include "ImportMapping.h"
#include "ImportService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

// Readable failure messages for Qt strings and string lists.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

// A 1x1 PNG: the photo a vCard must carry through export and import unchanged.
const QByteArray kPhoto = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// The users and custom fields both databases share by name, as two offices of one firm would.
struct Shared
{
    qint64 petra = 0;
    qint64 kundennummer = 0;
    qint64 interessen = 0;
    qint64 vertragsbeginn = 0;
    qint64 umsatz = 0;
};

Shared prepare(Test::TestDatabase &t)
{
    Shared s;
    auto petra = UserService(t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
    KONTOR_REQUIRE_OK(petra);
    s.petra = petra->id;
    CustomFieldService fields(t.db(), t.session());
    auto make = [&](const QString &name, CustomFieldType type, const QStringList &options = {}) {
        CustomField f;
        f.name = name;
        f.type = type;
        f.options = options;
        auto created = fields.createField(f);
        KONTOR_REQUIRE_OK(created);
        return created->id;
    };
    s.kundennummer = make(u"Kundennummer"_s, CustomFieldType::Text);
    s.interessen = make(u"Interessen"_s, CustomFieldType::MultiSelect, {u"Golf"_s, u"Segeln"_s, u"Wein"_s});
    s.vertragsbeginn = make(u"Vertragsbeginn"_s, CustomFieldType::Date);
    s.umsatz = make(u"Umsatz"_s, CustomFieldType::Money);
    return s;
}

// Every kind of value Kontor stores, on a company and three persons.
void fillBook(Test::TestDatabase &t, const Shared &s)
{
    ContactService svc(t.db(), t.session());
    svc.setDefaultRegion(u"DE"_s);

    Contact acme;
    acme.kind = ContactKind::Company;
    acme.displayName = u"Acme GmbH"_s;
    acme.displayNameManual = true;
    acme.emails = {{u"info@acme.example"_s, u"work"_s, true}};
    acme.phones = {{u"+49 30 1234567"_s, {}, u"work"_s, true}};
    acme.addresses = {{u"Hauptstraße 1"_s, u"10115"_s, u"Berlin"_s, u"Berlin"_s, u"DE"_s, u"work"_s}};
    acme.website = u"https://acme.example"_s;
    acme.tags = {u"Kunde"_s};
    acme.customValues = {{s.umsatz, u"125000.00 EUR"_s}};
    KONTOR_REQUIRE_OK(svc.create(acme));

    Contact anna;
    anna.salutation = u"Frau"_s;
    anna.title = u"Dr."_s;
    anna.firstName = u"Anna"_s;
    anna.middleName = u"Maria"_s;
    anna.lastName = u"Schmidt"_s;
    anna.jobTitle = u"Einkaufsleiterin"_s;
    anna.department = u"Einkauf"_s;
    anna.companyName = u"Acme GmbH"_s;
    anna.emails = {{u"anna@acme.example"_s, u"work"_s, true},
        {u"anna@home.example"_s, u"home"_s, false},
        {u"a.schmidt@nord.example"_s, u"Büro Nord"_s, false}};
    anna.phones = {{u"+49 30 7654321"_s, {}, u"work"_s, true}, {u"0171 2345678"_s, {}, u"mobile"_s, false}};
    anna.addresses = {{u"Am Markt 5"_s, u"20095"_s, u"Hamburg"_s, {}, u"DE"_s, u"home"_s},
        {u"Bahnhofstrasse 1"_s, u"8001"_s, u"Zürich"_s, u"ZH"_s, u"CH"_s, u"work"_s}};
    anna.birthday = {0, 2, 29};
    anna.website = u"https://anna.example"_s;
    anna.socialProfiles = {{u"linkedin"_s, u"https://www.linkedin.com/in/aschmidt"_s}, {u"x"_s, u"@anna"_s}};
    anna.source = u"Messe"_s;
    anna.contactType = u"Customer"_s;
    anna.lead = true;
    anna.ownerId = t.session().userId;
    anna.followerIds = {s.petra};
    anna.tags = {u"VIP"_s, u"Messe 2025"_s};
    anna.dnd = DndChannel::Email | DndChannel::Sms;
    anna.description = u"Sagt \"Hallo\", dann; tschüss\nZweite Zeile =1+2"_s;
    anna.photo = kPhoto;
    anna.customValues = {{s.kundennummer, u"K-1001"_s},
        {s.interessen, u"Golf\nWein"_s},
        {s.vertragsbeginn, u"2024-01-31"_s},
        {s.umsatz, u"1234.50 EUR"_s}};
    KONTOR_REQUIRE_OK(svc.create(anna));

    Contact bernd;
    bernd.firstName = u"Bernd"_s;
    bernd.lastName = u"Meier"_s;
    bernd.emails = {{u"bernd@example.de"_s, u"home"_s, true}};
    bernd.birthday = {1980, 12, 31};
    bernd.tags = {u"Kunde"_s};
    bernd.ownerId = s.petra;
    KONTOR_REQUIRE_OK(svc.create(bernd));

    Contact jurgen;
    jurgen.firstName = u"Jürgen"_s;
    jurgen.lastName = u"Öztürk"_s;
    jurgen.phones = {{u"+1 212 555 0100"_s, {}, u"other"_s, true}};
    jurgen.dnd = DndChannel::All;
    KONTOR_REQUIRE_OK(svc.create(jurgen));
}

// Everything a person reads about a contact, one "field: value" line each, with references by name, so that
// contacts of two databases compare although their ids differ.
QStringList describe(Test::TestDatabase &t, const Contact &c, bool withPhoto)
{
    UserService users(t.db());
    auto userName = [&](qint64 id) {
        auto u = users.byId(id);
        return u ? u->name : QString();
    };
    auto fields = CustomFieldService(t.db(), t.session()).fields();
    REQUIRE(fields.has_value());
    QStringList out{u"kind: "_s + QString::number(int(c.kind)),
        u"salutation: "_s + c.salutation,
        u"title: "_s + c.title,
        u"first: "_s + c.firstName,
        u"middle: "_s + c.middleName,
        u"last: "_s + c.lastName,
        u"display: "_s + c.displayName,
        u"job: "_s + c.jobTitle,
        u"department: "_s + c.department,
        u"company: "_s + c.companyName,
        u"birthday: "_s + c.birthday.toIsoString(),
        u"website: "_s + c.website,
        u"source: "_s + c.source,
        u"type: "_s + c.contactType,
        u"lead: "_s + QString::number(c.lead),
        u"owner: "_s + userName(c.ownerId),
        u"tags: "_s + c.tags.join(u'|'),
        u"dnd: "_s + QString::number(c.dnd.toInt()),
        u"description: "_s + c.description};
    for (const EmailAddress &e : c.emails) {
        out << u"email: %1 [%2]%3"_s.arg(e.value, e.label, e.primary ? u" primary"_s : QString());
    }
    for (const PhoneNumber &p : c.phones) {
        out << u"phone: %1 = %2 [%3]%4"_s.arg(p.raw, p.e164, p.label, p.primary ? u" primary"_s : QString());
    }
    for (const PostalAddress &a : c.addresses) {
        out << u"address: %1, %2 %3, %4, %5 [%6]"_s.arg(a.street, a.postalCode, a.city, a.region, a.country, a.label);
    }
    for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
        out << u"social: "_s + it.key() + u" = "_s + it.value();
    }
    for (qint64 id : c.followerIds) {
        out << u"follower: "_s + userName(id);
    }
    for (const CustomField &f : *fields) {
        if (c.customValues.contains(f.id)) {
            out << u"custom: "_s + f.name + u" = "_s + c.customValues.value(f.id);
        }
    }
    if (withPhoto) {
        out << u"photo: "_s + QString::fromLatin1(QCryptographicHash::hash(c.photo, QCryptographicHash::Sha1).toHex());
    }
    return out;
}

// Every contact of a database in list order, described.
QList<QStringList> describeAll(Test::TestDatabase &t, bool withPhoto)
{
    ContactService svc(t.db(), t.session());
    auto rows = svc.listAll(ContactListQuery{});
    KONTOR_REQUIRE_OK(rows);
    QList<QStringList> out;
    for (const ContactSummary &row : *rows) {
        auto c = svc.load(row.id);
        KONTOR_REQUIRE_OK(c);
        out << describe(t, *c, withPhoto);
    }
    return out;
}

Result<ExportReport> exportTo(
    Test::TestDatabase &t, ExportFormat format, const QString &path, const QStringList &columns = {})
{
    ExportOptions options;
    options.format = format;
    options.columns = columns;
    return ExportService(t.db(), t.session()).run(options, path);
}

void importFrom(Test::TestDatabase &t, const QString &path, qint64 expectedCreated)
{
    ImportService importer(t.db(), t.session(Origin::Import));
    ImportOptions options;
    options.region = u"DE"_s;
    auto report = importer.run(path, options);
    KONTOR_REQUIRE_OK(report);
    for (const ImportProblem &p : report->problems) {
        UNSCOPED_INFO("row " << p.row << " column " << p.columnName.toStdString() << ": " << p.reason.toStdString()
                             << " (" << p.value.toStdString() << ")");
    }
    CHECK(report->problems.isEmpty());
    CHECK_FALSE(report->rejected);
    CHECK(report->failed == 0);
    // The company named by persons is in the file itself and must be matched, not created twice.
    CHECK(report->created == expectedCreated);
}

// Lines of a vCard file without those that name this copy rather than the contact (UID, REV, PRODID).
QList<QByteArray> cardLines(const QByteArray &bytes)
{
    QList<QByteArray> out;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.startsWith("UID") && !line.startsWith("REV") && !line.startsWith("PRODID")) {
            out << line;
        }
    }
    return out;
}

} // namespace

TEST_CASE("A CSV file in Kontor's export format imports and exports again to the same bytes")
{
    Test::TestDatabase t;
    CustomField f;
    f.name = u"Kundennummer"_s;
    auto field = CustomFieldService(t.db(), t.session()).createField(f);
    KONTOR_REQUIRE_OK(field);
    const QString custom = u"custom."_s + QString::number(field->id);
    const QStringList keys{u"kind"_s,
        u"first_name"_s,
        u"last_name"_s,
        u"name"_s,
        u"company"_s,
        u"email"_s,
        u"phone"_s,
        u"address"_s,
        u"birthday"_s,
        u"tags"_s,
        u"lead"_s,
        u"description"_s,
        custom};
    auto h = [](const QString &target, int group = 0) {
        return ImportTargets::exportHeader(ColumnMapping{target, {}, group});
    };
    const QStringList headers{h(u"kind"_s),
        h(u"first_name"_s),
        h(u"last_name"_s),
        h(u"name"_s),
        h(u"company"_s),
        h(u"email"_s, 1),
        h(u"email_label"_s, 1),
        h(u"email"_s, 2),
        h(u"email_label"_s, 2),
        h(u"phone"_s, 1),
        h(u"phone_label"_s, 1),
        h(u"street"_s, 1),
        h(u"postal_code"_s, 1),
        h(u"city"_s, 1),
        h(u"region"_s, 1),
        h(u"country"_s, 1),
        h(u"address_label"_s, 1),
        h(u"birthday"_s),
        h(u"tags"_s),
        h(u"lead"_s),
        h(u"description"_s),
        ImportTargets::exportHeader(ColumnMapping{custom, {}, 0}, u"Kundennummer"_s)};
    const QByteArray fixture = headers.join(u',').toUtf8() + "\r\n"
        + "company,,,Acme GmbH,,info@acme.example,work,,,'+49 30 1234567,work,Hauptstraße 1,10115,Berlin,,DE,work,,"
          "Kunde,no,,\r\n"
        + "person,Bernd,Meier,Bernd Meier,,bernd@example.de,home,,,0171 2345678,mobile,,,,,,,1980-12-31,"
          "Kunde; VIP,yes,\"Sagt \"\"Hallo\"\", dann tschüss\",K-1002\r\n"
        + "person,Anna,Schmidt,Anna Schmidt,Acme GmbH,anna@acme.example,work,anna@home.example,Büro Nord,"
          "'+49 30 7654321,work,Am Markt 5,20095,Hamburg,,DE,home,'--03-15,Messe 2025,no,\"Zwei\nZeilen\",K-1001\r\n";
    const QString in = QDir(t.dir()).filePath(u"in.csv"_s);
    writeFile(in, fixture);
    importFrom(t, in, 3);

    const QString out = QDir(t.dir()).filePath(u"out.csv"_s);
    auto report = exportTo(t, ExportFormat::Csv, out, keys);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->written == 3);
    const QByteArray exported = readAll(out);
    CHECK(QString::fromUtf8(exported).toStdString() == QString::fromUtf8(fixture).toStdString());
}

TEST_CASE("A database exported to CSV imports into a fresh database with the same contacts field by field")
{
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::CsvExcel, ExportFormat::Xlsx}) {
        CAPTURE(exportFormatKey(format).toStdString());
        Test::TestDatabase source;
        fillBook(source, prepare(source));
        const QString file = QDir(source.dir()).filePath(u"book."_s + exportFormatSuffix(format));
        auto report = exportTo(source, format, file);
        KONTOR_REQUIRE_OK(report);
        CHECK(report->written == 4);

        Test::TestDatabase target;
        prepare(target);
        importFrom(target, file, 4);
        // A table has no photo column; everything else must arrive.
        CHECK(describeAll(target, false) == describeAll(source, false));
    }
}

TEST_CASE("vCard 4.0 and 3.0 exports import into a fresh database as identical contacts, photo and yearless "
          "birthday included")
{
    for (ExportFormat format : {ExportFormat::VCard4, ExportFormat::VCard3}) {
        CAPTURE(exportFormatKey(format).toStdString());
        Test::TestDatabase source;
        fillBook(source, prepare(source));
        const QString first = QDir(source.dir()).filePath(u"first.vcf"_s);
        auto report = exportTo(source, format, first);
        KONTOR_REQUIRE_OK(report);
        CHECK(report->written == 4);

        Test::TestDatabase target;
        prepare(target);
        importFrom(target, first, 4);
        const QList<QStringList> imported = describeAll(target, true);
        CHECK(imported == describeAll(source, true));
        REQUIRE(imported.size() == 4);
        CHECK(imported[3].contains(u"birthday: --02-29"_s)); // Anna Schmidt, after Öztürk and Meier by name

        // And the cards written from the copy are those written from the original.
        const QString second = QDir(target.dir()).filePath(u"second.vcf"_s);
        KONTOR_REQUIRE_OK(exportTo(target, format, second));
        CHECK(cardLines(readAll(second)) == cardLines(readAll(first)));
    }
}
