#include "XlsReader.h"

#include "ReaderTestSupport.h"

#include <QTemporaryDir>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

// people.xls was written by tests/data/import/readers/make-people-xls.py (python3-xlwt).

TEST_CASE("XLS reader lists the sheets of an Excel 97-2003 workbook")
{
    auto names = XlsReader::sheetNames(readerFixture(u"people.xls"_s));
    REQUIRE(names.has_value());
    CHECK(*names == QStringList{u"Kontakte"_s, u"Firmen"_s});
}

TEST_CASE("XLS reader reads text, numbers, booleans and dates of the first sheet")
{
    const ProbeResult probe = probed(readerFixture(u"people.xls"_s));
    CHECK(probe.format == ImportFormat::Xls);
    CHECK(probe.sheets == QStringList{u"Kontakte"_s, u"Firmen"_s});
    CHECK(probe.hasHeader);
    CHECK(probe.headers
        == QStringList{u"Vorname"_s,
            u"Nachname"_s,
            u"Firma"_s,
            u"PLZ"_s,
            u"Telefon"_s,
            u"Geburtstag"_s,
            u"Letzter Kontakt"_s,
            u"Umsatz"_s,
            u"Kunde"_s});
    REQUIRE(probe.sample.size() == 3);
    const QStringList &juergen = probe.sample.at(0).cells;
    CHECK(probe.sample.at(0).fileRow == 2);
    CHECK(juergen.at(0) == u"Jürgen");
    CHECK(juergen.at(2) == u"Bäckerei Schäfer GmbH");
    CHECK(juergen.at(3) == u"50667");
    CHECK(juergen.at(4) == u"492211234567");
    CHECK(juergen.at(5) == u"1975-03-12");
    CHECK(juergen.at(6) == u"2025-05-02 14:30:00");
    CHECK(juergen.at(7) == u"1234.5");
    const QStringList &anna = probe.sample.at(1).cells;
    CHECK(anna.at(4).isEmpty());
    CHECK(anna.at(5) == u"1990-12-01");
    CHECK(anna.at(6) == u"2025-01-15");
    CHECK(anna.at(7) == u"0.3");
    // Row 4 is empty and skipped; the next record keeps the sheet's numbering.
    CHECK(probe.sample.at(2).fileRow == 5);
    CHECK(probe.sample.at(2).cells == QStringList{u"Zoë"_s, u"Brontë"_s});
}

TEST_CASE("XLS reader reads the chosen sheet and reports progress in rows")
{
    TableOptions options;
    options.sheet = 1;
    auto reader = TableReader::open(readerFixture(u"people.xls"_s), options);
    REQUIRE(reader.has_value());
    CHECK((*reader)->headers() == QStringList{u"Firma"_s, u"Ort"_s});
    ImportRow row;
    auto more = (*reader)->next(row);
    REQUIRE(more.has_value());
    REQUIRE(*more);
    CHECK(row.cells == QStringList{u"Weiß & Söhne"_s, u"Dresden"_s});
    more = (*reader)->next(row);
    REQUIRE(more.has_value());
    CHECK_FALSE(*more);
    CHECK((*reader)->position() == (*reader)->size());
}

TEST_CASE("XLS reader reports a damaged workbook with the file name")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Kaputt.xls"_s);
    QFile source(readerFixture(u"people.xls"_s));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.truncate(700); // the OLE header survives, the workbook stream does not
    writeBytes(path, bytes);

    auto probe = TableReader::probe(path);
    REQUIRE_FALSE(probe.has_value());
    CHECK(probe.error().location.file == u"Kaputt.xls");
    CHECK_FALSE(probe.error().message.isEmpty());
}
