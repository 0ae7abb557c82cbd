#include "ExportService.h"

#include "ContactService.h"
#include "CustomFieldService.h"
#include "ImportMapping.h"
#include "JobService.h"
#include "TableReader.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// RFC 4180 records of a UTF-8 CSV text: enough to check what the export wrote, cell by cell.
QList<QStringList> parseCsv(const QByteArray &bytes, QChar delimiter)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == delimiter) {
            row << cell;
            cell.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += ch;
        }
    }
    return rows;
}

QString header(const QString &target, int group = 0)
{
    return ImportTargets::exportHeader(ColumnMapping{target, {}, group});
}

// A small address book: a company, two customers (one with two e-mails and a formula in its description) and a
// supplier.
struct Fixture
{
    Test::TestDatabase t;
    qint64 anna = 0;
    qint64 bernd = 0;
    qint64 carla = 0;
    qint64 acme = 0;

    Fixture()
    {
        ContactService svc(t.db(), t.session());
        svc.setDefaultRegion(u"DE"_s);
        Contact company;
        company.kind = ContactKind::Company;
        company.displayName = u"Acme GmbH"_s;
        company.displayNameManual = true;
        auto a = svc.create(company);
        KONTOR_REQUIRE_OK(a);
        acme = a->id;

        Contact c;
        c.firstName = u"Anna"_s;
        c.lastName = u"Schmidt"_s;
        c.companyName = u"Acme GmbH"_s;
        c.emails = {{u"anna@acme.example"_s, u"work"_s, true}, {u"anna@home.example"_s, u"home"_s, false}};
        c.phones = {{u"+49 30 1234567"_s, {}, u"work"_s, true}};
        c.addresses = {{u"Hauptstraße 1"_s, u"10115"_s, u"Berlin"_s, {}, u"DE"_s, u"work"_s}};
        c.tags = {u"Kunde"_s, u"VIP"_s};
        c.birthday = {0, 3, 15};
        c.lead = true;
        c.description = u"=cmd|' /C calc'!A0"_s;
        auto created = svc.create(c);
        KONTOR_REQUIRE_OK(created);
        anna = created->id;

        Contact b;
        b.firstName = u"Bernd"_s;
        b.lastName = u"Meier"_s;
        b.emails = {{u"bernd@example.de"_s, u"work"_s, true}};
        b.tags = {u"Kunde"_s};
        b.description = u"Sagt \"Hallo\", dann\nauf Wiedersehen; tschüss"_s;
        created = svc.create(b);
        KONTOR_REQUIRE_OK(created);
        bernd = created->id;

        Contact s;
        s.firstName = u"Carla"_s;
        s.lastName = u"Wolf"_s;
        s.tags = {u"Lieferant"_s};
        created = svc.create(s);
        KONTOR_REQUIRE_OK(created);
        carla = created->id;
    }

    QString path(const QString &name) const { return QDir(t.dir()).filePath(name); }

    Result<ExportReport> run(const ExportOptions &options, const QString &file, const JobProgress &progress = {})
    {
        return ExportService(t.db(), t.session()).run(options, path(file), progress);
    }
};

ExportOptions csvOf(const QStringList &columns)
{
    ExportOptions o;
    o.format = ExportFormat::Csv;
    o.columns = columns;
    return o;
}

QStringList column(const QList<QStringList> &rows, int index)
{
    QStringList out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        out << rows[r].value(index);
    }
    return out;
}

} // namespace

TEST_CASE("Formula neutralisation puts an apostrophe before = + - @ tab and carriage return only")
{
    CHECK(ExportService::neutralizeFormula(u"=1+2"_s) == u"'=1+2"_s);
    CHECK(ExportService::neutralizeFormula(u"+49 30 1234567"_s) == u"'+49 30 1234567"_s);
    CHECK(ExportService::neutralizeFormula(u"-5"_s) == u"'-5"_s);
    CHECK(ExportService::neutralizeFormula(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(ExportService::neutralizeFormula(u"\tx"_s) == u"'\tx"_s);
    CHECK(ExportService::neutralizeFormula(u"\rx"_s) == u"'\rx"_s);
    CHECK(ExportService::neutralizeFormula(u"Anna = Chefin"_s) == u"Anna = Chefin"_s);
    CHECK(ExportService::neutralizeFormula(QString()).isEmpty());
}

TEST_CASE("Export formats have stable keys, suffixes and labels")
{
    for (ExportFormat f : {ExportFormat::Csv,
             ExportFormat::CsvExcel,
             ExportFormat::Xlsx,
             ExportFormat::VCard4,
             ExportFormat::VCard3,
             ExportFormat::Json}) {
        ExportFormat back = ExportFormat::Json;
        REQUIRE(exportFormatFromKey(exportFormatKey(f), &back));
        CHECK(back == f);
        CHECK_FALSE(exportFormatLabel(f).isEmpty());
    }
    CHECK(exportFormatKey(ExportFormat::CsvExcel) == u"csv-excel"_s);
    CHECK(exportFormatKey(ExportFormat::VCard3) == u"vcf3"_s);
    CHECK(exportFormatSuffix(ExportFormat::CsvExcel) == u"csv"_s);
    CHECK(exportFormatSuffix(ExportFormat::VCard3) == u"vcf"_s);
    ExportFormat unused;
    CHECK_FALSE(exportFormatFromKey(u"pdf"_s, &unused));
}

TEST_CASE("Available columns list the built-in fields in form order and then every custom field")
{
    Test::TestDatabase t;
    CustomField f;
    f.name = u"Kundennummer"_s;
    auto field = CustomFieldService(t.db(), t.session()).createField(f);
    KONTOR_REQUIRE_OK(field);
    auto columns = ExportService(t.db(), t.session()).availableColumns();
    KONTOR_REQUIRE_OK(columns);
    QStringList keys;
    for (const ExportColumn &c : *columns) {
        keys << c.key;
        CHECK_FALSE(c.label.isEmpty());
    }
    REQUIRE(keys.size() > 20);
    CHECK(keys.first() == u"kind"_s);
    CHECK(keys.indexOf(u"first_name"_s) < keys.indexOf(u"last_name"_s));
    CHECK(keys.indexOf(u"last_name"_s) < keys.indexOf(u"email"_s));
    CHECK(keys.indexOf(u"email"_s) < keys.indexOf(u"phone"_s));
    CHECK(keys.indexOf(u"phone"_s) < keys.indexOf(u"address"_s));
    CHECK(keys.contains(u"social.linkedin"_s));
    CHECK(keys.indexOf(u"tags"_s) < keys.indexOf(u"description"_s));
    CHECK(keys.last() == u"custom."_s + QString::number(field->id));
    CHECK(columns->last().label == u"Kundennummer"_s);
}

TEST_CASE("CSV export writes headers the importer maps back, one numbered column per e-mail, and RFC 4180 quoting")
{
    Fixture fx;
    auto report = fx.run(csvOf({u"first_name"_s, u"last_name"_s, u"email"_s, u"description"_s}), u"out.csv"_s);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->written == 4);
    const QByteArray bytes = readAll(fx.path(u"out.csv"_s));
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(bytes, u',');
    REQUIRE(rows.size() == 5);
    const QStringList expectedHeader{header(u"first_name"_s),
        header(u"last_name"_s),
        header(u"email"_s, 1),
        header(u"email_label"_s, 1),
        header(u"email"_s, 2),
        header(u"email_label"_s, 2),
        header(u"description"_s)};
    CHECK(rows[0] == expectedHeader);
    CHECK(rows[0][4] == u"E-mail 2"_s);
    CHECK(rows[0][5] == u"E-mail 2 label"_s);

    // The header maps back to the same columns.
    const ImportMapping mapping = AutoMapper::guess(rows[0], ContactKind::Person);
    REQUIRE(mapping.columns.size() == 7);
    CHECK(mapping.columns[0].target == u"first_name"_s);
    CHECK(mapping.columns[4].target == u"email"_s);
    CHECK(mapping.columns[4].group == 2);
    CHECK(mapping.columns[5].target == u"email_label"_s);
    CHECK(mapping.columns[5].group == 2);
    CHECK(mapping.columns[6].target == u"description"_s);

    // Name order: Acme GmbH, Meier, Schmidt, Wolf.
    CHECK(column(rows, 1) == QStringList{{}, u"Meier"_s, u"Schmidt"_s, u"Wolf"_s});
    CHECK(rows[3]
        == QStringList{u"Anna"_s,
            u"Schmidt"_s,
            u"anna@acme.example"_s,
            u"work"_s,
            u"anna@home.example"_s,
            u"home"_s,
            u"'=cmd|' /C calc'!A0"_s});
    CHECK(rows[2][6] == u"Sagt \"Hallo\", dann\nauf Wiedersehen; tschüss"_s);
    CHECK(bytes.contains("\"Sagt \"\"Hallo\"\", dann\nauf Wiedersehen; tschüss\""));
}

TEST_CASE("The Excel (German) preset writes a byte-order mark, semicolons and CRLF line ends")
{
    Fixture fx;
    ExportOptions o = csvOf({u"last_name"_s, u"description"_s});
    o.format = ExportFormat::CsvExcel;
    KONTOR_REQUIRE_OK(fx.run(o, u"excel.csv"_s));
    const QByteArray bytes = readAll(fx.path(u"excel.csv"_s));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    CHECK(lines[0] == (header(u"last_name"_s) + u';' + header(u"description"_s) + u'\r').toUtf8());
    // The description with "," is not quoted for ';' but the one with ';' is.
    const QList<QStringList> rows = parseCsv(bytes, u';');
    REQUIRE(rows.size() == 5);
    CHECK(rows[2][1] == u"Sagt \"Hallo\", dann\nauf Wiedersehen; tschüss"_s);
    CHECK(rows[3] == QStringList{u"Schmidt"_s, u"'=cmd|' /C calc'!A0"_s});
}

TEST_CASE("CSV export neutralises a formula in a description and the + of an international phone number")
{
    Fixture fx;
    KONTOR_REQUIRE_OK(fx.run(csvOf({u"last_name"_s, u"phone"_s, u"description"_s}), u"f.csv"_s));
    const QList<QStringList> rows = parseCsv(readAll(fx.path(u"f.csv"_s)), u',');
    REQUIRE(rows.size() == 5);
    CHECK(rows[0]
        == QStringList{
            header(u"last_name"_s), header(u"phone"_s, 1), header(u"phone_label"_s, 1), header(u"description"_s)});
    CHECK(rows[3] == QStringList{u"Schmidt"_s, u"'+49 30 1234567"_s, u"work"_s, u"'=cmd|' /C calc'!A0"_s});
}

TEST_CASE("Addresses expand to numbered part columns as many as the contacts need, one group even when none has one")
{
    Fixture fx;
    KONTOR_REQUIRE_OK(fx.run(csvOf({u"last_name"_s, u"address"_s}), u"a.csv"_s));
    const QList<QStringList> rows = parseCsv(readAll(fx.path(u"a.csv"_s)), u',');
    REQUIRE(rows.size() == 5);
    CHECK(rows[0]
        == QStringList{header(u"last_name"_s),
            header(u"street"_s, 1),
            header(u"postal_code"_s, 1),
            header(u"city"_s, 1),
            header(u"region"_s, 1),
            header(u"country"_s, 1),
            header(u"address_label"_s, 1)});
    CHECK(rows[0][3] == u"Address 1 city"_s);
    CHECK(rows[3] == QStringList{u"Schmidt"_s, u"Hauptstraße 1"_s, u"10115"_s, u"Berlin"_s, {}, u"DE"_s, u"work"_s});

    ExportOptions onlyCarla = csvOf({u"last_name"_s, u"email"_s});
    onlyCarla.ids = {fx.carla};
    KONTOR_REQUIRE_OK(fx.run(onlyCarla, u"c.csv"_s));
    const QList<QStringList> carla = parseCsv(readAll(fx.path(u"c.csv"_s)), u',');
    CHECK(carla
        == QList<QStringList>{
            {header(u"last_name"_s), header(u"email"_s, 1), header(u"email_label"_s, 1)}, {u"Wolf"_s, {}, {}}});
}

TEST_CASE("Every column's value is written as the importer reads it")
{
    Fixture fx;
    auto petra = UserService(fx.t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
    KONTOR_REQUIRE_OK(petra);
    CustomField f;
    f.name = u"Interessen"_s;
    f.type = CustomFieldType::MultiSelect;
    f.options = {u"Golf"_s, u"Segeln"_s};
    auto field = CustomFieldService(fx.t.db(), fx.t.session()).createField(f);
    KONTOR_REQUIRE_OK(field);
    ContactService svc(fx.t.db(), fx.t.session());
    auto anna = svc.load(fx.anna);
    KONTOR_REQUIRE_OK(anna);
    anna->followerIds = {petra->id};
    anna->dnd = DndChannel::Email | DndChannel::Calls;
    anna->socialProfiles = {{u"linkedin"_s, u"https://www.linkedin.com/in/aschmidt"_s}};
    anna->customValues = {{field->id, u"Golf\nSegeln"_s}};
    KONTOR_REQUIRE_OK(svc.update(*anna));

    const QString custom = u"custom."_s + QString::number(field->id);
    ExportOptions o = csvOf({u"kind"_s,
        u"name"_s,
        u"company"_s,
        u"birthday"_s,
        u"lead"_s,
        u"followers"_s,
        u"tags"_s,
        u"dnd"_s,
        u"social.linkedin"_s,
        custom});
    o.ids = {fx.anna, fx.acme};
    KONTOR_REQUIRE_OK(fx.run(o, u"v.csv"_s));
    const QList<QStringList> rows = parseCsv(readAll(fx.path(u"v.csv"_s)), u',');
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].last() == ImportTargets::exportHeader(ColumnMapping{custom, {}, 0}, u"Interessen"_s));
    CHECK(rows[1]
        == QStringList{u"person"_s,
            u"Anna Schmidt"_s,
            u"Acme GmbH"_s,
            u"'--03-15"_s, // a leading - is neutralised too; the importer strips the apostrophe
            u"yes"_s,
            u"Petra Vogel"_s,
            u"Kunde; VIP"_s,
            u"email; calls"_s,
            u"https://www.linkedin.com/in/aschmidt"_s,
            u"Golf; Segeln"_s});
    CHECK(rows[2] == QStringList{u"company"_s, u"Acme GmbH"_s, {}, {}, u"no"_s, {}, {}, {}, {}, {}});
}

TEST_CASE("An unknown column is refused before anything is written or logged")
{
    Fixture fx;
    auto report = fx.run(csvOf({u"first_name"_s, u"shoe_size"_s}), u"x.csv"_s);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().code == Error::Code::Invalid);
    CHECK(report.error().message.contains(u"shoe_size"_s));
    CHECK_FALSE(QFile::exists(fx.path(u"x.csv"_s)));
    CHECK(fx.t.rows(u"jobs"_s) == 0);
}

TEST_CASE("XLSX export reads back with the same headers and every value as text, formulas neutralised")
{
    Fixture fx;
    ExportOptions o = csvOf({u"name"_s, u"first_name"_s, u"last_name"_s, u"phone"_s, u"description"_s});
    o.format = ExportFormat::Xlsx;
    auto report = fx.run(o, u"out.xlsx"_s);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->written == 4);
    CHECK(readAll(fx.path(u"out.xlsx"_s)).startsWith("PK"));
    // Only the workbook is left in the folder: the temporary name was renamed.
    CHECK(QDir(fx.t.dir()).entryList({u"out.xlsx*"_s}, QDir::Files) == QStringList{u"out.xlsx"_s});

    TableOptions options;
    options.format = ImportFormat::Xlsx;
    options.hasHeader = 1;
    auto reader = TableReader::open(fx.path(u"out.xlsx"_s), options);
    KONTOR_REQUIRE_OK(reader);
    CHECK((*reader)->headers()
        == QStringList{header(u"name"_s),
            header(u"first_name"_s),
            header(u"last_name"_s),
            header(u"phone"_s, 1),
            header(u"phone_label"_s, 1),
            header(u"description"_s)});
    QList<QStringList> rows;
    ImportRow row;
    for (;;) {
        auto more = (*reader)->next(row);
        KONTOR_REQUIRE_OK(more);
        if (!*more) {
            break;
        }
        rows << row.cells;
    }
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].value(0) == u"Acme GmbH"_s);
    CHECK(rows[2].value(1) == u"Anna"_s);
    CHECK(rows[2].value(3) == u"'+49 30 1234567"_s);
    CHECK(rows[2].value(5) == u"'=cmd|' /C calc'!A0"_s);
    CHECK(rows[1].value(5) == u"Sagt \"Hallo\", dann\nauf Wiedersehen; tschüss"_s);
}

TEST_CASE("vCard 4.0 and 3.0 exports hold one card per contact with its properties")
{
    Fixture fx;
    for (const auto &[format, version] :
        {std::pair{ExportFormat::VCard4, "VERSION:4.0"}, std::pair{ExportFormat::VCard3, "VERSION:3.0"}}) {
        ExportOptions o;
        o.format = format;
        auto report = fx.run(o, u"out.vcf"_s);
        KONTOR_REQUIRE_OK(report);
        CHECK(report->written == 4);
        const QByteArray bytes = readAll(fx.path(u"out.vcf"_s));
        CHECK(bytes.count("BEGIN:VCARD\r\n") == 4);
        CHECK(bytes.count("END:VCARD\r\n") == 4);
        CHECK(bytes.count(version) == 4);
        CHECK(bytes.contains("FN:Anna Schmidt\r\n"));
        CHECK(bytes.contains("anna@home.example"));
        CHECK(bytes.contains("CATEGORIES:Kunde,VIP"));
        CHECK(bytes.contains("ORG:Acme GmbH"));
        // vCard is not a spreadsheet: its values are written unchanged.
        CHECK(bytes.contains("=cmd|' /C calc'!A0"));
    }
}

TEST_CASE("JSON export is an array of contact objects in list order")
{
    Fixture fx;
    ExportOptions o;
    o.format = ExportFormat::Json;
    KONTOR_REQUIRE_OK(fx.run(o, u"out.json"_s));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(fx.path(u"out.json"_s)), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    const QJsonArray array = doc.array();
    REQUIRE(array.size() == 4);
    CHECK(array[0][u"kind"_s] == u"company"_s);
    const QJsonObject anna = array[2].toObject();
    CHECK(anna[u"first_name"_s] == u"Anna"_s);
    CHECK(anna[u"company"_s] == u"Acme GmbH"_s);
    CHECK(anna[u"emails"_s].toArray().size() == 2);
    CHECK(anna[u"description"_s] == u"=cmd|' /C calc'!A0"_s);

    // An empty export is an empty array.
    ExportOptions none;
    none.format = ExportFormat::Json;
    none.query.filter = u"tags has \"Niemand\""_s;
    KONTOR_REQUIRE_OK(fx.run(none, u"empty.json"_s));
    const QJsonDocument empty = QJsonDocument::fromJson(readAll(fx.path(u"empty.json"_s)));
    CHECK(empty.isArray());
    CHECK(empty.array().isEmpty());
}

TEST_CASE("Export takes a smart list's filter, exactly a selection in its order, or everything")
{
    Fixture fx;
    auto lastNames = [&](const ExportOptions &options) {
        auto report = fx.run(options, u"sel.csv"_s);
        KONTOR_REQUIRE_OK(report);
        QStringList names = column(parseCsv(readAll(fx.path(u"sel.csv"_s)), u','), 0);
        CHECK(report->written == names.size());
        return names;
    };
    ExportOptions filtered = csvOf({u"name"_s});
    filtered.query.filter = u"tags has \"Kunde\""_s;
    CHECK(lastNames(filtered) == QStringList{u"Bernd Meier"_s, u"Anna Schmidt"_s});

    ExportOptions selection = csvOf({u"name"_s});
    selection.ids = {fx.carla, fx.anna};
    CHECK(lastNames(selection) == QStringList{u"Carla Wolf"_s, u"Anna Schmidt"_s});

    ExportOptions everything = csvOf({u"name"_s});
    everything.query.limit = 2; // pages of two: the keyset cursor must carry on to the end
    CHECK(lastNames(everything) == QStringList{u"Acme GmbH"_s, u"Bernd Meier"_s, u"Anna Schmidt"_s, u"Carla Wolf"_s});

    ExportOptions companies = csvOf({u"name"_s});
    companies.query.kind = int(ContactKind::Company);
    CHECK(lastNames(companies) == QStringList{u"Acme GmbH"_s});
}

TEST_CASE("Cancelling an export leaves no file, keeps an older file and marks the job cancelled")
{
    Fixture fx;
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::VCard4, ExportFormat::Json}) {
        const QString name = u"cancel."_s + exportFormatSuffix(format);
        std::atomic_bool cancel = false;
        JobProgress progress;
        progress.cancel = &cancel;
        progress.report = [&](qint64, qint64) { cancel = true; };
        ExportOptions o;
        o.format = format;
        auto report = fx.run(o, name, progress);
        KONTOR_REQUIRE_OK(report);
        CHECK(report->cancelled);
        CHECK_FALSE(QFile::exists(fx.path(name)));
        CHECK(QDir(fx.t.dir()).entryList({u"cancel*"_s}, QDir::Files).isEmpty());
        auto job = JobService(fx.t.db(), fx.t.session()).byId(report->jobId);
        KONTOR_REQUIRE_OK(job);
        CHECK(job->status == JobStatus::Cancelled);
        CHECK(job->finishedAt > 0);
    }

    // A file already at the path stays as it was.
    QFile old(fx.path(u"keep.csv"_s));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old content\n");
    old.close();
    std::atomic_bool cancel = true;
    JobProgress progress;
    progress.cancel = &cancel;
    auto report = fx.run(csvOf({}), u"keep.csv"_s, progress);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->cancelled);
    CHECK(readAll(fx.path(u"keep.csv"_s)) == "old content\n");
}

TEST_CASE("A finished export is listed as a done job with the number of contacts written and its options")
{
    Fixture fx;
    QList<qint64> reported;
    JobProgress progress;
    progress.report = [&](qint64 done, qint64 total) {
        CHECK(total == 3);
        reported << done;
    };
    ExportOptions o = csvOf({u"first_name"_s, u"last_name"_s});
    o.format = ExportFormat::CsvExcel;
    o.query.filter = u"tags has \"Kunde\" or tags has \"Lieferant\""_s;
    auto report = fx.run(o, u"jobs.csv"_s, progress);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->written == 3);
    CHECK_FALSE(reported.isEmpty());

    JobService jobs(fx.t.db(), fx.t.session());
    JobRepository::Filter filter;
    filter.type = QString::fromUtf16(JobType::Export);
    auto list = jobs.list(filter);
    KONTOR_REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    const Job &job = list->first();
    CHECK(job.id == report->jobId);
    CHECK(job.status == JobStatus::Done);
    CHECK(job.succeeded == 3);
    CHECK(job.total == 3);
    CHECK(job.userId == fx.t.session().userId);
    CHECK(job.name == u"Export to jobs.csv"_s);
    CHECK(job.params[u"format"_s] == u"csv-excel"_s);
    CHECK(job.params[u"filter"_s] == o.query.filter);
    CHECK(job.params[u"columns"_s].toArray().size() == 2);
    CHECK(job.params[u"file"_s].toString().endsWith(u"jobs.csv"_s));
    // No items per contact: an export changes nothing that could be undone.
    auto items = jobs.items(job.id);
    KONTOR_REQUIRE_OK(items);
    CHECK(items->isEmpty());
}

TEST_CASE("An export to a folder that does not exist fails with an I/O error and a failed job")
{
    Fixture fx;
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json}) {
        ExportOptions o;
        o.format = format;
        auto report = ExportService(fx.t.db(), fx.t.session())
                          .run(o, fx.path(u"missing/folder/out."_s + exportFormatSuffix(format)));
        REQUIRE_FALSE(report.has_value());
        CHECK(report.error().code == Error::Code::Io);
    }
    JobRepository::Filter filter;
    filter.status = JobStatus::Failed;
    auto failed = JobService(fx.t.db(), fx.t.session()).list(filter);
    KONTOR_REQUIRE_OK(failed);
    CHECK(failed->size() == 3);
    CHECK_FALSE(failed->first().error.isEmpty());
}
