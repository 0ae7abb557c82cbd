#include "ReaderTestSupport.h"

#include <QTemporaryDir>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("An empty file is reported as empty, naming the file")
{
    const Error e = probeError(readerFixture(u"Broken_Empty.csv"_s));
    CHECK(e.code == Error::Code::Invalid);
    CHECK(e.location.file == u"Broken_Empty.csv");
    CHECK(e.message.contains(u"empty"));

    QTemporaryDir dir;
    const QString blank = dir.filePath(u"blank.csv"_s);
    writeBytes(blank, "\xEF\xBB\xBF\r\n  \r\n\r\n");
    CHECK(probeError(blank).message.contains(u"empty"));
}

TEST_CASE("A file with only a header row is reported as such")
{
    const Error e = probeError(readerFixture(u"Broken_HeaderOnly.csv"_s));
    CHECK(e.code == Error::Code::Invalid);
    CHECK(e.location.file == u"Broken_HeaderOnly.csv");
    CHECK(e.location.row == 1);
    CHECK(e.message.contains(u"only a header row"));
}

TEST_CASE("CSV reader reports an unterminated quote with the row where it opened")
{
    const Error e = probeError(readerFixture(u"Broken_UnterminatedQuote.csv"_s));
    CHECK(e.code == Error::Code::Invalid);
    CHECK(e.location.file == u"Broken_UnterminatedQuote.csv");
    CHECK(e.location.row == 3);
    CHECK(e.location.column == 3);
    CHECK(e.message.contains(u"row 3"));
    CHECK(e.toString().startsWith(u"Broken_UnterminatedQuote.csv, row 3"));
}

TEST_CASE("CSV reader reports a field over the size limit with its row and column and stops reading")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Broken_HugeField.csv"_s);
    QByteArray bytes = "Vorname,Nachname,Notiz\nAnna,Schmidt,kurz\nBen,Lang,";
    bytes += QByteArray(2 * 1024 * 1024, 'x');
    bytes += "\nCarl,Kurz,kurz\n";
    writeBytes(path, bytes);

    auto reader = TableReader::open(path);
    REQUIRE(reader.has_value());
    ImportRow row;
    auto first = (*reader)->next(row);
    REQUIRE(first.has_value());
    CHECK(row.cells.first() == u"Anna");
    auto second = (*reader)->next(row);
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().location.file == u"Broken_HugeField.csv");
    CHECK(second.error().location.row == 3);
    CHECK(second.error().location.column == 3);
    CHECK(second.error().message.contains(u"longer than 1 MB"));
}

TEST_CASE("An unclosed quote in a large file ends in the size limit, naming the row of the quote")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"open-quote.csv"_s);
    QByteArray bytes = "Name,Notiz\nAnna,\"offen\n";
    for (int i = 0; i < 80000; ++i) {
        bytes += "Person " + QByteArray::number(i) + ",Notiz\n";
    }
    writeBytes(path, bytes);
    const Error e = probeError(path);
    CHECK(e.location.row == 2);
    CHECK(e.message.contains(u"closing quote"));
}

TEST_CASE("A binary file is refused as not being text")
{
    const Error e = probeError(readerFixture(u"Broken_Binary.csv"_s));
    CHECK(e.code == Error::Code::Unsupported);
    CHECK(e.location.file == u"Broken_Binary.csv");
    CHECK(e.message.contains(u"binary"));

    // Text with a NUL byte far behind the sniffed start: the row is named.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nul.csv"_s);
    QByteArray bytes = "Vorname,Nachname\n";
    for (int i = 0; i < 6000; ++i) {
        bytes += "Anna,Schmidt\n";
    }
    bytes += "Ben,L\0ang\n"_qba;
    writeBytes(path, bytes);
    auto reader = TableReader::open(path);
    REQUIRE(reader.has_value());
    ImportRow row;
    Result<bool> more = true;
    while (more && *more) {
        more = (*reader)->next(row);
    }
    REQUIRE_FALSE(more.has_value());
    CHECK(more.error().location.row == 6002);
}

TEST_CASE("A workbook saved with a .csv name is read as a workbook")
{
    const ProbeResult probe = probed(readerFixture(u"XlsxWithCsvExtension.csv"_s));
    CHECK(probe.format == ImportFormat::Xlsx);
    CHECK(probe.headers == QStringList{u"Vorname"_s, u"Nachname"_s});
    REQUIRE(probe.sample.size() == 1);
    CHECK(probe.sample.first().cells == QStringList{u"Greta"_s, u"Sommer"_s});
}

TEST_CASE("A text file with an .xlsx name is read as text")
{
    const ProbeResult probe = probed(readerFixture(u"TextWithXlsxExtension.xlsx"_s));
    CHECK(probe.format == ImportFormat::Csv);
    CHECK(probe.dialect.delimiter == u';');
    REQUIRE(probe.sample.size() == 2);
    CHECK(probe.sample.at(1).cells == QStringList{u"Tom"_s, u"Seidel"_s});
}

TEST_CASE("A vCard with a .txt name is recognised as vCard and not opened as a table")
{
    const ProbeResult probe = probed(readerFixture(u"VCardWithTxtExtension.txt"_s));
    CHECK(probe.format == ImportFormat::VCard);
    CHECK(probe.fileSize > 0);
    CHECK(probe.sample.isEmpty());

    auto reader = TableReader::open(readerFixture(u"VCardWithTxtExtension.txt"_s));
    REQUIRE_FALSE(reader.has_value());
    CHECK(reader.error().code == Error::Code::Unsupported);
}

TEST_CASE("Random bytes with an .xlsx name get a clear error, not a crash")
{
    const Error e = probeError(readerFixture(u"Broken_NotAWorkbook.xlsx"_s));
    CHECK(e.location.file == u"Broken_NotAWorkbook.xlsx");
    CHECK(e.message.contains(u"Excel workbook"));
}

TEST_CASE("Damaged XLSX workbooks are errors naming the file and, where known, the row")
{
    Error e = probeError(readerFixture(u"Broken_Truncated.xlsx"_s));
    CHECK(e.location.file == u"Broken_Truncated.xlsx");
    CHECK(e.message.contains(u"damaged"));

    e = probeError(readerFixture(u"Broken_SharedStringIndex.xlsx"_s));
    CHECK(e.location.row == 2);
    CHECK(e.location.column == 1);

    e = probeError(readerFixture(u"Broken_Xml.xlsx"_s));
    CHECK(e.location.file == u"Broken_Xml.xlsx");
    CHECK(e.location.row == 3);
    CHECK_FALSE(e.detail.isEmpty());

    // Forced to read as XLSX, a text file is not a workbook.
    TableOptions options;
    options.format = ImportFormat::Xlsx;
    e = probeError(readerFixture(u"TextWithXlsxExtension.xlsx"_s), options);
    CHECK(e.message.contains(u"damaged or not an XLSX file"));
}

TEST_CASE("A missing file is an input/output error naming it")
{
    const Error e = probeError(readerFixture(u"does-not-exist.csv"_s));
    CHECK(e.code == Error::Code::Io);
    CHECK(e.location.file == u"does-not-exist.csv");
}
