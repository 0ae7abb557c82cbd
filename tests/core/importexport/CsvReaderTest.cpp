#include "CsvDialectDetector.h"
#include "ReaderTestSupport.h"
#include "RecordTableReader.h"

#include <QTemporaryDir>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("CSV reader detects semicolons, the UTF-8 byte-order mark and the header of an Excel (German) export")
{
    const ProbeResult probe = probed(readerFixture(u"utf8-bom-semicolon.csv"_s));
    CHECK(probe.format == ImportFormat::Csv);
    CHECK(probe.dialect.encoding == u"UTF-8");
    CHECK(probe.dialect.bom);
    CHECK(probe.dialect.delimiter == u';');
    CHECK(probe.dialect.quote == u'"');
    CHECK(probe.hasHeader);
    CHECK(probe.headers == QStringList{u"Name"_s, u"Vorname"_s, u"Firma"_s, u"PLZ"_s, u"Ort"_s});
    REQUIRE(probe.sample.size() == 2);
    CHECK(probe.sample.at(0).fileRow == 2);
    CHECK(probe.sample.at(0).cells
        == QStringList{u"Weiß"_s, u"Günther"_s, u"Weiß & Söhne, Tischlerei"_s, u"01067"_s, u"Dresden"_s});
    CHECK(probe.sample.at(1).cells.at(2) == u"Phở Hà Nội");
    CHECK(probe.fileSize == QFileInfo(readerFixture(u"utf8-bom-semicolon.csv"_s)).size());
}

TEST_CASE("CSV reader reads a German Outlook export in windows-1252 with categories in one quoted cell")
{
    QStringList headers;
    const QList<ImportRow> rows = readAll(readerFixture(u"outlook-de-cp1252.csv"_s), {}, &headers);
    REQUIRE(headers.size() == 18);
    CHECK(headers.at(8) == u"Straße geschäftlich");
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).fileRow == 2);
    CHECK(rows.at(0).cells.at(1) == u"Jürgen");
    CHECK(rows.at(0).cells.at(5) == u"Bäckerei Schäfer GmbH");
    CHECK(rows.at(0).cells.at(16) == u"Kunde;Messe 2025");
    CHECK(rows.at(0).cells.at(17) == u"Zahlt per Überweisung, 30 € Rabatt");
    CHECK(rows.at(1).cells.at(15) == u"0.0.00");
    CHECK(rows.at(2).cells.at(3) == u"Brontë-Åberg");
}

TEST_CASE("CSV reader keeps embedded line breaks and doubled quotes and numbers each record by its first line")
{
    const QList<ImportRow> rows = readAll(readerFixture(u"embedded-newlines.csv"_s));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).fileRow == 2);
    CHECK(rows.at(0).cells == QStringList{u"Hans Meier"_s, u"Lindenallee 3\n10115 Berlin"_s, u"sagt \"Moin\""_s});
    CHECK(rows.at(1).fileRow == 4);
    CHECK(rows.at(1).cells.at(1) == u"Postfach 12\nz. Hd. Einkauf\n20095 Hamburg");
    CHECK(rows.at(1).cells.at(2) == u"ruft zurück");
    CHECK(rows.at(2).fileRow == 7);
    CHECK(rows.at(2).cells == QStringList{u"Karl Vogel"_s, u"Gartenweg 1"_s, QString()});
}

TEST_CASE("CSV reader reads tab-separated, pipe-separated and single-quoted text")
{
    ProbeResult probe = probed(readerFixture(u"tab.tsv"_s));
    CHECK(probe.dialect.delimiter == u'\t');
    CHECK(probe.headers == QStringList{u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Phone"_s});
    REQUIRE(probe.sample.size() == 2);
    CHECK(probe.sample.at(1).cells.at(2) == u"oliver@example.co.uk");

    probe = probed(readerFixture(u"pipe.txt"_s));
    CHECK(probe.dialect.delimiter == u'|');
    CHECK(probe.sample.at(0).cells == QStringList{u"Paul"_s, u"Krüger"_s, u"Bremen"_s});

    probe = probed(readerFixture(u"single-quote.csv"_s));
    CHECK(probe.dialect.quote == u'\'');
    CHECK(probe.dialect.delimiter == u',');
    CHECK(probe.headers == QStringList{u"Name"_s, u"Firma"_s, u"Ort"_s});
    CHECK(probe.sample.at(0).cells == QStringList{u"O'Brien, Sean"_s, u"Murphy & Co"_s, u"Dublin"_s});
}

TEST_CASE("CSV reader reads UTF-16 LE with a byte-order mark and Mac Roman with CR line ends")
{
    ProbeResult probe = probed(readerFixture(u"utf16le.csv"_s));
    CHECK(probe.dialect.encoding == u"UTF-16LE");
    CHECK(probe.dialect.bom);
    CHECK(probe.dialect.delimiter == u'\t');
    CHECK(probe.headers == QStringList{u"Vorname"_s, u"Nachname"_s, u"Ort"_s});
    REQUIRE(probe.sample.size() == 2);
    CHECK(probe.sample.at(1).cells == QStringList{u"Łucja"_s, u"Węgrzyn"_s, u"Gdańsk"_s});

    probe = probed(readerFixture(u"macroman.csv"_s));
    CHECK(probe.dialect.encoding == u"macintosh");
    REQUIRE(probe.sample.size() == 3);
    CHECK(probe.sample.at(0).fileRow == 2);
    CHECK(probe.sample.at(1).cells == QStringList{u"Åse"_s, u"Öberg"_s, u"Malmö"_s, u"Café au lait"_s});
    CHECK(probe.sample.at(2).fileRow == 4);
}

TEST_CASE("CSV reader names the columns itself when the first row holds data")
{
    const ProbeResult probe = probed(readerFixture(u"no-header.csv"_s));
    CHECK_FALSE(probe.hasHeader);
    CHECK(probe.headers == QStringList{u"Column 1"_s, u"Column 2"_s, u"Column 3"_s, u"Column 4"_s});
    REQUIRE(probe.sample.size() == 2);
    CHECK(probe.sample.at(0).fileRow == 1);
    CHECK(probe.sample.at(0).cells.at(2) == u"anna@example.de");
}

TEST_CASE("CSV reader follows an explicit header choice over detection")
{
    TableOptions options;
    options.hasHeader = 0;
    const ProbeResult probe = probed(readerFixture(u"tab.tsv"_s), options);
    CHECK_FALSE(probe.hasHeader);
    CHECK(probe.headers.first() == u"Column 1");
    REQUIRE(probe.sample.size() == 3);
    CHECK(probe.sample.at(0).cells.first() == u"First Name");

    options.hasHeader = 1;
    const QList<ImportRow> rows = readAll(readerFixture(u"no-header.csv"_s), options);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().fileRow == 2);
}

TEST_CASE("CSV reader delivers ragged rows as found")
{
    const QList<ImportRow> rows = readAll(readerFixture(u"ragged.csv"_s));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).cells == QStringList{u"Mia"_s, u"Klein"_s});
    CHECK(rows.at(1).cells == QStringList{u"Luca"_s, u"Groß"_s, u"Essen"_s, u"Extra"_s});
    CHECK(rows.at(2).cells.size() == 3);
}

TEST_CASE("CSV reader skips blank lines and counts them in the row numbers")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"blank.csv"_s);
    writeBytes(path, "Vorname,Nachname\r\n\r\nAnna,Schmidt\r\n,\r\nPeter,Lang\r\n\r\n\r\n");
    const QList<ImportRow> rows = readAll(path);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).fileRow == 3);
    CHECK(rows.at(1).fileRow == 5);
}

TEST_CASE("CSV reader streams a file larger than its read block, including characters split between blocks")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"many.csv"_s);
    QByteArray bytes = "Vorname;Nachname;Notiz\n";
    const int rows = 6000;
    for (int i = 1; i <= rows; ++i) {
        bytes += u"Jürgen%1;Müller;\"Zeile eins\nZeile zwei 😀\"\n"_s.arg(i).toUtf8();
    }
    writeBytes(path, bytes);
    REQUIRE(bytes.size() > 3 * 64 * 1024);

    auto reader = TableReader::open(path);
    REQUIRE(reader.has_value());
    CHECK((*reader)->size() == bytes.size());
    int count = 0;
    ImportRow row;
    ImportRow last;
    for (;;) {
        auto more = (*reader)->next(row);
        REQUIRE(more.has_value());
        if (!*more) {
            break;
        }
        ++count;
        REQUIRE(row.cells.size() == 3);
        REQUIRE(row.cells.at(1) == u"Müller");
        last = row;
    }
    CHECK(count == rows);
    CHECK(last.cells.at(0) == u"Jürgen%1"_s.arg(rows));
    CHECK(last.cells.at(2) == u"Zeile eins\nZeile zwei 😀");
    CHECK(last.fileRow == 2 + (rows - 1) * 2);
    CHECK((*reader)->position() == (*reader)->size());
}

TEST_CASE("Delimiter detection prefers the delimiter that splits every line alike")
{
    const QString semicolons = u"Name;Ort;Notiz\nMüller, Hans;Köln;a, b, c\nSchmidt, Eva;Bonn;d\n"_s;
    CHECK(CsvDialectDetector::detectDelimiter(semicolons, u'"', true) == u';');
    const QString commas = u"Name,Kategorien\n\"Müller\",\"Kunde;Messe 2025;VIP\"\n\"Eva\",\"Lieferant\"\n"_s;
    CHECK(CsvDialectDetector::detectDelimiter(commas, u'"', true) == u',');
    CHECK(CsvDialectDetector::detectDelimiter(u"nur@eine.spalte\nzwei@x.de\n"_s, u'"', true, u'\t') == u'\t');
    CHECK(CsvDialectDetector::detectQuote(u"'a','b'\n'c','d'\n"_s) == u'\'');
    CHECK(CsvDialectDetector::detectQuote(u"O'Brien,Sean\nD'Angelo,Mia\n"_s) == u'"');
}

TEST_CASE("Header detection takes names as a header and values as data")
{
    using Rows = QList<QStringList>;
    CHECK(RecordTableReader::looksLikeHeader(Rows{{u"Vorname"_s, u"Nachname"_s, u"E-Mail"_s}}));
    CHECK_FALSE(RecordTableReader::looksLikeHeader(Rows{{u"Anna"_s, u"anna@example.de"_s}}));
    CHECK_FALSE(RecordTableReader::looksLikeHeader(Rows{{u"Anna"_s, u"12.03.1975"_s}}));
    CHECK_FALSE(RecordTableReader::looksLikeHeader(Rows{{u"Name"_s, u"name"_s}}));
    // An unnamed column in a hand-made list: the e-mail column below shows the first row is a header.
    CHECK(RecordTableReader::looksLikeHeader(Rows{{u"Name"_s, QString(), u"E-Mail"_s},
        {u"Anna"_s, u"x"_s, u"anna@example.de"_s},
        {u"Ben"_s, QString(), u"ben@example.de"_s}}));
    CHECK_FALSE(
        RecordTableReader::looksLikeHeader(Rows{{u"Anna"_s, QString(), u"Berlin"_s}, {u"Ben"_s, u"x"_s, u"Bonn"_s}}));
}
