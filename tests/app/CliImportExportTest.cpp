// `kontor-cli import …` and `kontor-cli export …`, run through the real binary against the fixtures in
// tests/data/import/cli/ (invented people).

#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KONTOR_TEST_DATA) + u"/import/cli/"_s + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject contactNamed(const QJsonArray &contacts, const QString &firstName)
{
    for (const QJsonValue &v : contacts) {
        if (v.toObject().value(u"first_name"_s).toString() == firstName) {
            return v.toObject();
        }
    }
    FAIL("no contact with first name " << firstName.toStdString());
    return {};
}

QList<int> problemRows(const QJsonObject &report)
{
    QList<int> rows;
    for (const QJsonValue &p : report.value(u"problems"_s).toArray()) {
        rows << p.toObject().value(u"row"_s).toInt();
    }
    return rows;
}

QJsonObject problemInRow(const QJsonObject &report, int row)
{
    for (const QJsonValue &p : report.value(u"problems"_s).toArray()) {
        if (p.toObject().value(u"row"_s).toInt() == row) {
            return p.toObject();
        }
    }
    FAIL("no problem in row " << row);
    return {};
}

} // namespace

TEST_CASE_METHOD(CliFixture,
    "import reads a CSV with German headers and creates its people, companies, phones and birthdays",
    "[cli][import]")
{
    const QJsonObject report = runObject({u"import"_s, fixture(u"people.csv"_s), u"--json"_s});
    CHECK(report.value(u"batch"_s).toInt() > 0);
    CHECK(report.value(u"created"_s).toInt() == 4);
    CHECK(report.value(u"updated"_s).toInt() == 0);
    CHECK(report.value(u"skipped"_s).toInt() == 0);
    CHECK(report.value(u"failed"_s).toInt() == 0);
    CHECK(report.value(u"problems"_s).toArray().isEmpty());

    const QJsonArray people = contacts({u"--filter"_s, u"kind = \"person\""_s});
    REQUIRE(people.size() == 4);
    const QJsonObject anna = contactNamed(people, u"Anna"_s);
    CHECK(anna.value(u"last_name"_s).toString() == u"Sommerfeld"_s);
    CHECK(anna.value(u"company"_s).toString() == u"Lindenhof Bau GmbH"_s);
    CHECK(anna.value(u"birthday"_s).toString() == u"1985-04-12"_s);
    CHECK(anna.value(u"emails"_s).toArray().first().toObject().value(u"value"_s).toString()
        == u"anna.sommerfeld@lindenhof-bau.example"_s);
    CHECK(anna.value(u"phones"_s).toArray().first().toObject().value(u"e164"_s).toString() == u"+49305550101"_s);
    CHECK(contactNamed(people, u"Jörg"_s).value(u"company"_s).toString() == u"Lindenhof Bau GmbH"_s);
    // Two persons of one company create it once.
    const QJsonArray companies = runArray({u"companies"_s, u"list"_s, u"--json"_s});
    CHECK(texts(companies, u"name"_s) == QStringList{u"Kieselstein Logistik AG"_s, u"Lindenhof Bau GmbH"_s});
}

TEST_CASE_METHOD(
    CliFixture, "import --dry-run writes nothing and lists every problem with row and column", "[cli][import]")
{
    const CliRun text = run({u"import"_s, fixture(u"people-invalid.csv"_s), u"--dry-run"_s});
    INFO(text.err.toStdString());
    // The dry run exits as the import would: refused because of the invalid rows.
    CHECK(text.exitCode == 2);
    CHECK(text.out.contains(u"row 3, column 3 (E-Mail-Adresse): "_s));
    CHECK(text.out.contains(u"row 4, column 4 (Geburtstag): "_s));
    CHECK(text.out.contains(u"Invalid rows: 2"_s));
    CHECK(contacts().isEmpty());

    const CliRun json = run({u"import"_s, fixture(u"people-invalid.csv"_s), u"--dry-run"_s, u"--json"_s});
    CHECK(json.exitCode == 2);
    const QJsonObject review = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(review.value(u"batch"_s).isNull());
    CHECK(review.value(u"dry_run"_s).toBool());
    CHECK(review.value(u"rows"_s).toInt() == 4);
    CHECK(review.value(u"created"_s).toInt() == 2);
    CHECK(review.value(u"failed"_s).toInt() == 2);
    CHECK(problemRows(review) == QList<int>{3, 4});
    const QJsonObject email = problemInRow(review, 3);
    CHECK(email.value(u"column"_s).toString() == u"E-Mail-Adresse"_s);
    CHECK(email.value(u"column_index"_s).toInt() == 3);
    CHECK(email.value(u"field"_s).toString() == u"emails"_s);
    CHECK_FALSE(email.value(u"reason"_s).toString().isEmpty());
    CHECK(problemInRow(review, 4).value(u"column"_s).toString() == u"Geburtstag"_s);
    CHECK(contacts().isEmpty());

    // With --skip-invalid the import would go ahead, so the dry run succeeds.
    CHECK(run({u"import"_s, fixture(u"people-invalid.csv"_s), u"--dry-run"_s, u"--skip-invalid"_s}).exitCode == 0);
    CHECK(contacts().isEmpty());
}

TEST_CASE_METHOD(CliFixture,
    "import without --skip-invalid refuses a file with an invalid row, exits with 2 and writes nothing",
    "[cli][import]")
{
    const CliRun r = run({u"import"_s, fixture(u"people-invalid.csv"_s), u"--json"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--skip-invalid"_s));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(report.value(u"batch"_s).isNull());
    CHECK(report.value(u"rejected"_s).toBool());
    CHECK(report.value(u"created"_s).toInt() == 0);
    CHECK(report.value(u"failed"_s).toInt() == 2);
    CHECK(problemRows(report) == QList<int>{3, 4});
    CHECK(contacts().isEmpty());
}

TEST_CASE_METHOD(CliFixture,
    "import --skip-invalid imports the valid rows and saves the invalid ones with --failed-rows",
    "[cli][import]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString failedPath = out.filePath(u"failed.csv"_s);
    const QJsonObject report = runObject({u"import"_s,
        fixture(u"people-invalid.csv"_s),
        u"--skip-invalid"_s,
        u"--failed-rows"_s,
        failedPath,
        u"--json"_s});
    CHECK(report.value(u"batch"_s).toInt() > 0);
    CHECK(report.value(u"created"_s).toInt() == 2);
    CHECK(report.value(u"failed"_s).toInt() == 2);
    CHECK(problemRows(report) == QList<int>{3, 4});
    QStringList names = texts(contacts(), u"first_name"_s);
    names.sort();
    CHECK(names == QStringList{u"Emil"_s, u"Hanna"_s});

    const QString failed = QString::fromUtf8(readAll(failedPath));
    CHECK(failed.contains(u"frieda@@example.org"_s));
    CHECK(failed.contains(u"31.02.1975"_s));
    CHECK_FALSE(failed.contains(u"Emil"_s));
}

TEST_CASE_METHOD(CliFixture,
    "import --on-duplicate update changes the contact matched by e-mail, and skip leaves it alone",
    "[cli][import]")
{
    REQUIRE(run({u"import"_s, fixture(u"people.csv"_s)}).exitCode == 0);

    const QJsonObject skipped = runObject({u"import"_s, fixture(u"people-update.csv"_s), u"--json"_s});
    CHECK(skipped.value(u"created"_s).toInt() == 1); // Ole
    CHECK(skipped.value(u"skipped"_s).toInt() == 1); // Anna, by the default policy
    CHECK(contactNamed(contacts(), u"Anna"_s).value(u"job_title"_s).toString().isEmpty());

    const QJsonObject updated
        = runObject({u"import"_s, fixture(u"people-update.csv"_s), u"--on-duplicate"_s, u"update"_s, u"--json"_s});
    CHECK(updated.value(u"updated"_s).toInt() >= 1);
    CHECK(updated.value(u"created"_s).toInt() == 0);
    const QJsonArray all = contacts({u"--filter"_s, u"kind = \"person\""_s});
    CHECK(all.size() == 5);
    const QJsonObject anna = contactNamed(all, u"Anna"_s);
    CHECK(anna.value(u"job_title"_s).toString() == u"Bauleiterin"_s);
    // Fields the row leaves empty keep their values.
    CHECK(anna.value(u"company"_s).toString() == u"Lindenhof Bau GmbH"_s);
}

TEST_CASE_METHOD(CliFixture, "import --tag adds the tag to every contact it imports", "[cli][import]")
{
    REQUIRE(run({u"import"_s, fixture(u"people.csv"_s), u"--tag"_s, u"Messe 2025"_s}).exitCode == 0);
    const QJsonArray tagged = contacts({u"--filter"_s, u"kind = \"person\" and tags has \"Messe 2025\""_s});
    CHECK(tagged.size() == 4);
    CHECK(contacts({u"--filter"_s, u"kind = \"person\" and not tags has \"Messe 2025\""_s}).isEmpty());
}

TEST_CASE_METHOD(CliFixture, "import --mapping maps columns the automatic mapping does not know", "[cli][import]")
{
    const QJsonObject report = runObject({u"import"_s,
        fixture(u"unknown-headers.csv"_s),
        u"--mapping"_s,
        fixture(u"unknown-headers.mapping.json"_s),
        u"--json"_s});
    CHECK(report.value(u"created"_s).toInt() == 2);
    const QJsonObject ines = contactNamed(contacts(), u"Ines"_s);
    CHECK(ines.value(u"last_name"_s).toString() == u"Kowalczyk"_s);
    CHECK(ines.value(u"emails"_s).toArray().first().toObject().value(u"value"_s).toString()
        == u"ines.kowalczyk@example.com"_s);
    const QJsonObject phone = ines.value(u"phones"_s).toArray().first().toObject();
    CHECK(phone.value(u"e164"_s).toString() == u"+491725550105"_s);
    CHECK(phone.value(u"label"_s).toString() == u"mobile"_s);
}

TEST_CASE_METHOD(
    CliFixture, "import --mapping with an unknown target exits with 2 naming the mapping file", "[cli][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString mapping = dir.filePath(u"bad-mapping.json"_s);
    QFile file(mapping);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"Spalte A": "shoe_size"})");
    file.close();
    const CliRun r = run({u"import"_s, fixture(u"unknown-headers.csv"_s), u"--mapping"_s, mapping});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"bad-mapping.json"_s));
    CHECK(contacts().isEmpty());
}

TEST_CASE_METHOD(CliFixture, "import of a missing file exits with 4 and names the file", "[cli][import]")
{
    const CliRun r = run({u"import"_s, fixture(u"no-such-file.csv"_s)});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"no-such-file.csv"_s));
    CHECK(run({u"import"_s}).exitCode == 1);
    CHECK(run({u"import"_s, fixture(u"people.csv"_s), u"--on-duplicate"_s, u"merge"_s}).exitCode == 1);
}

TEST_CASE_METHOD(
    CliFixture, "import undo removes what the batch created and import list shows it undone", "[cli][import]")
{
    addPerson(u"Vera"_s, u"Bestand"_s);
    const QJsonObject report = runObject({u"import"_s, fixture(u"people.csv"_s), u"--json"_s});
    const int batch = report.value(u"batch"_s).toInt();
    REQUIRE(batch > 0);
    REQUIRE(contacts({u"--filter"_s, u"kind = \"person\""_s}).size() == 5);

    const QJsonArray before = runArray({u"import"_s, u"list"_s, u"--json"_s});
    REQUIRE(before.size() == 1);
    CHECK(before.first().toObject().value(u"batch"_s).toInt() == batch);
    CHECK(before.first().toObject().value(u"status"_s).toString() == u"done"_s);
    // The batch's contacts: four persons and the two companies created for them.
    CHECK(before.first().toObject().value(u"created"_s).toInt() == 6);

    const CliRun undone = run({u"import"_s, u"undo"_s, QString::number(batch)});
    INFO(undone.err.toStdString());
    CHECK(undone.exitCode == 0);
    CHECK(undone.out.contains(u"Removed: 6"_s));
    CHECK(texts(contacts(), u"first_name"_s) == QStringList{u"Vera"_s});
    // The companies the import created for its people went with them.
    CHECK(runArray({u"companies"_s, u"list"_s, u"--json"_s}).isEmpty());
    CHECK(runArray({u"import"_s, u"list"_s, u"--json"_s}).first().toObject().value(u"status"_s).toString()
        == u"undone"_s);

    // Undoing twice is refused; an unknown batch is not found.
    CHECK(run({u"import"_s, u"undo"_s, QString::number(batch)}).exitCode == 2);
    CHECK(run({u"import"_s, u"undo"_s, u"4711"_s}).exitCode == 3);
}

TEST_CASE_METHOD(CliFixture,
    "import undo of an update reverts its fields but leaves a field changed since the import alone",
    "[cli][import]")
{
    REQUIRE(run({u"import"_s, fixture(u"people.csv"_s)}).exitCode == 0);
    const QJsonObject update = runObject({u"import"_s,
        fixture(u"people-update.csv"_s),
        u"--on-duplicate"_s,
        u"update"_s,
        u"--tag"_s,
        u"Nachtrag"_s,
        u"--json"_s});
    const QString batch = QString::number(update.value(u"batch"_s).toInt());
    const QString anna = contactNamed(contacts(), u"Anna"_s).value(u"id"_s).toString();
    REQUIRE(run({u"contacts"_s, u"edit"_s, anna, u"--job-title"_s, u"Geschäftsführerin"_s}).exitCode == 0);

    const QJsonObject undone = runObject({u"import"_s, u"undo"_s, batch, u"--json"_s});
    CHECK(undone.value(u"removed"_s).toInt() == 1); // Ole
    const QJsonArray kept = undone.value(u"skipped_fields"_s).toArray();
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().toObject().value(u"field"_s).toString() == u"job_title"_s);
    CHECK_FALSE(kept.first().toObject().value(u"reason"_s).toString().isEmpty());
    const QJsonObject after = contactNamed(contacts(), u"Anna"_s);
    CHECK(after.value(u"job_title"_s).toString() == u"Geschäftsführerin"_s);
    // The tag the update added is reverted: nobody touched it since.
    CHECK_FALSE(texts(after.value(u"tags"_s).toArray()).contains(u"Nachtrag"_s));
}

TEST_CASE_METHOD(CliFixture, "export writes every format, Excel CSV with a BOM and semicolons", "[cli][export]")
{
    REQUIRE(run({u"import"_s, fixture(u"people.csv"_s)}).exitCode == 0);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto exportTo = [&](const QString &format, const QString &name) {
        const QString path = dir.filePath(name);
        const QJsonObject r = runObject({u"export"_s, u"--format"_s, format, u"-o"_s, path, u"--json"_s});
        CHECK(r.value(u"written"_s).toInt() == 6); // four persons and two companies
        return readAll(path);
    };

    const QByteArray csv = exportTo(u"csv"_s, u"all.csv"_s);
    CHECK_FALSE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.left(csv.indexOf('\n')).contains(','));
    CHECK(csv.contains("Sommerfeld"));

    const QByteArray excel = exportTo(u"csv-excel"_s, u"excel.csv"_s);
    CHECK(excel.startsWith("\xEF\xBB\xBF"));
    const QByteArray excelHeader = excel.left(excel.indexOf('\n'));
    CHECK(excelHeader.contains(';'));
    CHECK(QString::fromUtf8(excel).contains(u"Jörg"_s));

    const QByteArray vcf4 = exportTo(u"vcf"_s, u"all.vcf"_s);
    CHECK(vcf4.count("BEGIN:VCARD") == 6);
    CHECK(vcf4.contains("VERSION:4.0"));
    CHECK(exportTo(u"vcf3"_s, u"all3.vcf"_s).contains("VERSION:3.0"));

    const QJsonDocument json = QJsonDocument::fromJson(exportTo(u"json"_s, u"all.json"_s));
    REQUIRE(json.isArray());
    CHECK(json.array().size() == 6);
}

TEST_CASE_METHOD(CliFixture, "export --format xlsx writes a workbook of every contact", "[cli][export]")
{
    REQUIRE(run({u"import"_s, fixture(u"people.csv"_s)}).exitCode == 0);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"all.xlsx"_s);
    const QJsonObject r = runObject({u"export"_s, u"-o"_s, path, u"--json"_s});
    CHECK(r.value(u"format"_s).toString() == u"xlsx"_s);
    CHECK(r.value(u"written"_s).toInt() == 6);
    CHECK(readAll(path).startsWith("PK"));
}

TEST_CASE_METHOD(CliFixture, "export neutralises cells that a spreadsheet would run as formulas", "[cli][export]")
{
    addPerson(u"Ida"_s, u"Formel"_s, {u"--job-title"_s, u"=HYPERLINK(\"http://evil.example\")"_s});
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &format : {u"csv"_s, u"csv-excel"_s}) {
        const QString path = dir.filePath(format + u".csv"_s);
        REQUIRE(run({u"export"_s, u"--format"_s, format, u"-o"_s, path}).exitCode == 0);
        const QString text = QString::fromUtf8(readAll(path));
        CHECK(text.contains(u"'=HYPERLINK"_s));
        CHECK_FALSE(text.contains(u",=HYPERLINK"_s));
        CHECK_FALSE(text.contains(u";=HYPERLINK"_s));
        CHECK_FALSE(text.contains(u"\"=HYPERLINK"_s));
    }
}

TEST_CASE_METHOD(CliFixture, "export --list writes the list's contacts with the chosen columns", "[cli][export]")
{
    REQUIRE(run({u"import"_s, fixture(u"people.csv"_s)}).exitCode == 0);
    REQUIRE(
        run({u"lists"_s, u"create"_s, u"--name"_s, u"Berlin"_s, u"--filter"_s, u"city = \"Berlin\""_s}).exitCode == 0);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"berlin.csv"_s);
    const CliRun r = run({u"export"_s,
        u"--list"_s,
        u"Berlin"_s,
        u"--columns"_s,
        u"first_name,last_name,company"_s,
        u"--format"_s,
        u"csv"_s,
        u"-o"_s,
        path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QStringList lines = QString::fromUtf8(readAll(path)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header, Anna, Jörg
    CHECK(lines.first().split(u',').size() == 3);
    lines.removeFirst();
    lines.sort();
    CHECK(lines == QStringList{u"Anna,Sommerfeld,Lindenhof Bau GmbH"_s, u"Jörg,Brandtner,Lindenhof Bau GmbH"_s});

    // An unknown column is invalid input; no output file and no -o are usage errors.
    CHECK(run({u"export"_s, u"--columns"_s, u"shoe_size"_s, u"-o"_s, dir.filePath(u"x.csv"_s)}).exitCode == 2);
    CHECK(run({u"export"_s, u"--format"_s, u"csv"_s}).exitCode == 1);
    CHECK(run({u"export"_s, u"--list"_s, u"Nowhere"_s, u"-o"_s, dir.filePath(u"y.csv"_s)}).exitCode == 3);
}
