#include "ReaderTestSupport.h"
#include "SpreadsheetValues.h"

#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A workbook as Kontor's exporter writes it, with libxlsxwriter; `constantMemory` makes libxlsxwriter
// write inline strings instead of shared ones.
void writeWithXlsxWriter(const QString &path, bool constantMemory)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(book);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Kontakte");
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    const char *header[] = {"Vorname", "Nachname", "Geburtstag", "Telefon", "Aktiv"};
    for (lxw_col_t c = 0; c < 5; ++c) {
        worksheet_write_string(sheet, 0, c, header[c], nullptr);
    }
    worksheet_write_string(sheet, 1, 0, "Jürgen", nullptr);
    worksheet_write_string(sheet, 1, 1, "Müller", nullptr);
    lxw_datetime birthday = {1975, 3, 12, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 2, &birthday, dateFormat);
    worksheet_write_number(sheet, 1, 3, 4917012345678.0, nullptr);
    worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
    // Row 3 (index 2) stays empty; row 4 leaves the last name out.
    worksheet_write_string(sheet, 3, 0, "=Anna", nullptr);
    worksheet_write_string(sheet, 3, 2, "keine Angabe", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

} // namespace

TEST_CASE("XLSX reader reads shared strings with rich-text runs, inline strings, booleans and formulas")
{
    const ProbeResult probe = probed(readerFixture(u"people.xlsx"_s));
    CHECK(probe.format == ImportFormat::Xlsx);
    CHECK(probe.sheets == QStringList{u"Kontakte"_s, u"Firmen"_s});
    CHECK(probe.hasHeader);
    CHECK(probe.headers
        == QStringList{u"Vorname"_s,
            u"Nachname"_s,
            u"Geburtstag"_s,
            u"Telefon"_s,
            u"Kunde"_s,
            u"Termin"_s,
            u"Uhrzeit"_s,
            u"Umsatz"_s,
            u"Formel"_s});
    REQUIRE(probe.sample.size() == 3);
    const ImportRow &first = probe.sample.at(0);
    CHECK(first.fileRow == 2);
    CHECK(first.cells.at(0) == u"Jürgen");
    CHECK(first.cells.at(1) == u"Müller GmbH");
    CHECK(first.cells.at(3) == u"4917012345678");
    CHECK(first.cells.at(4) == u"TRUE");
    CHECK(first.cells.at(7) == u"1234.5");
    CHECK(first.cells.at(8) == u"Jürgen Müller GmbH");
}

TEST_CASE("XLSX reader turns numbers in date styles into ISO dates, keeping Excel's leap day 1900")
{
    const QList<ImportRow> rows = readAll(readerFixture(u"people.xlsx"_s));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).cells.at(2) == u"1975-03-12"); // built-in format 14
    CHECK(rows.at(0).cells.at(5) == u"2025-05-02 14:30:00"); // built-in date-time 22
    CHECK(rows.at(0).cells.at(6) == u"12:00:00"); // built-in time 20
    CHECK(rows.at(1).cells.at(2) == u"1900-02-29"); // serial 60, custom "dd/mm/yyyy;@"
    CHECK(rows.at(1).cells.at(3) == u"1900-03-01");
    CHECK(rows.at(2).cells.at(2) == u"1900-02-28");
}

TEST_CASE("XLSX reader places cells by their reference and skips empty rows")
{
    const QList<ImportRow> rows = readAll(readerFixture(u"people.xlsx"_s));
    REQUIRE(rows.size() == 3);
    // Row 3 holds only a styled blank cell and row 4 does not exist: the next record is row 5.
    CHECK(rows.at(1).fileRow == 5);
    CHECK(rows.at(1).cells
        == QStringList{
            u"Zoë"_s, QString(), u"1900-02-29"_s, u"1900-03-01"_s, QString(), QString(), QString(), u"0.3"_s});
    // Cells without a reference follow each other.
    CHECK(rows.at(2).fileRow == 6);
    CHECK(rows.at(2).cells == QStringList{u"Ida"_s, u"Lorenz"_s, u"1900-02-28"_s});
}

TEST_CASE("XLSX reader reads the chosen sheet, found through the workbook's relationships")
{
    TableOptions options;
    options.sheet = 1;
    const ProbeResult probe = probed(readerFixture(u"people.xlsx"_s), options);
    CHECK(probe.sheet == 1);
    CHECK(probe.headers == QStringList{u"Firma"_s, u"Ort"_s});
    REQUIRE(probe.sample.size() == 1);
    CHECK(probe.sample.first().cells == QStringList{u"Weiß & Söhne"_s, u"Dresden"_s});

    options.sheet = 2;
    auto missing = TableReader::probe(readerFixture(u"people.xlsx"_s), options);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().location.file == u"people.xlsx");
}

TEST_CASE("XLSX reader counts dates from 1904 in workbooks with the 1904 date system")
{
    const QList<ImportRow> rows = readAll(readerFixture(u"date1904.xlsx"_s));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).cells == QStringList{u"Jürgen"_s, u"1904-01-01"_s});
    CHECK(rows.at(1).cells == QStringList{u"Ida"_s, u"1975-03-12"_s});
}

TEST_CASE("XLSX reader reads back a workbook written by libxlsxwriter, with shared and with inline strings")
{
    QTemporaryDir dir;
    for (bool constantMemory : {false, true}) {
        CAPTURE(constantMemory);
        const QString path = dir.filePath(constantMemory ? u"inline.xlsx"_s : u"shared.xlsx"_s);
        writeWithXlsxWriter(path, constantMemory);
        QStringList headers;
        const QList<ImportRow> rows = readAll(path, {}, &headers);
        CHECK(headers == QStringList{u"Vorname"_s, u"Nachname"_s, u"Geburtstag"_s, u"Telefon"_s, u"Aktiv"_s});
        REQUIRE(rows.size() == 2);
        CHECK(rows.at(0).fileRow == 2);
        CHECK(
            rows.at(0).cells == QStringList{u"Jürgen"_s, u"Müller"_s, u"1975-03-12"_s, u"4917012345678"_s, u"TRUE"_s});
        CHECK(rows.at(1).fileRow == 4);
        CHECK(rows.at(1).cells == QStringList{u"=Anna"_s, QString(), u"keine Angabe"_s});
    }
}

TEST_CASE("Spreadsheet numbers read as a person would type them")
{
    CHECK(SpreadsheetValues::formatNumber(4917012345678.0) == u"4917012345678");
    CHECK(SpreadsheetValues::formatNumber(-12.0) == u"-12");
    CHECK(SpreadsheetValues::formatNumber(0.1 + 0.2) == u"0.3");
    CHECK(SpreadsheetValues::formatNumber(1234.5) == u"1234.5");
    using Kind = SpreadsheetValues::Kind;
    CHECK(SpreadsheetValues::formatSerial(45000, Kind::Date, false) == u"2023-03-15");
    CHECK(SpreadsheetValues::formatSerial(45000.25, Kind::DateTime, false) == u"2023-03-15 06:00:00");
    CHECK(SpreadsheetValues::formatSerial(45000, Kind::DateTime, false) == u"2023-03-15");
    CHECK(SpreadsheetValues::formatSerial(1, Kind::Date, false) == u"1900-01-01");
    CHECK(SpreadsheetValues::formatSerial(-3, Kind::Date, false) == u"-3");
    CHECK(SpreadsheetValues::formatSerial(0.75, Kind::Time, false) == u"18:00:00");
    CHECK(SpreadsheetValues::trimMidnight(u"1975-03-12 00:00:00"_s) == u"1975-03-12");
    CHECK(SpreadsheetValues::trimMidnight(u"1975-03-12 08:15:00"_s) == u"1975-03-12 08:15:00");
}

TEST_CASE("Spreadsheet number formats tell dates, times and numbers apart")
{
    using Kind = SpreadsheetValues::Kind;
    CHECK(SpreadsheetValues::kindOfFormat(14, {}) == Kind::Date);
    CHECK(SpreadsheetValues::kindOfFormat(22, {}) == Kind::DateTime);
    CHECK(SpreadsheetValues::kindOfFormat(21, {}) == Kind::Time);
    CHECK(SpreadsheetValues::kindOfFormat(47, {}) == Kind::Time);
    CHECK(SpreadsheetValues::kindOfFormat(4, {}) == Kind::Number);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"dd.mm.yyyy"_s) == Kind::Date);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"[$-407]mmmm\\ yy"_s) == Kind::Date);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"yyyy-mm-dd hh:mm"_s) == Kind::DateTime);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"h:mm:ss"_s) == Kind::Time);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"[h]:mm"_s) == Kind::Time);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"#,##0.00 \"days\""_s) == Kind::Number);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"[Red]0.00;[Blue]-0.00"_s) == Kind::Number);
    CHECK(SpreadsheetValues::kindOfFormat(164, u"0.00E+00"_s) == Kind::Number);
}
