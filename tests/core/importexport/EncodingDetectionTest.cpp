#include "EncodingDetector.h"
#include "ImportTypes.h"
#include "ReaderTestSupport.h"
#include "TextDecoder.h"

#include <QStringDecoder>
#include <QTemporaryDir>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString decoded(const QByteArray &bytes, const QString &encoding)
{
    TextDecoder decoder(encoding);
    REQUIRE(decoder.isValid());
    return decoder.decode(bytes);
}

} // namespace

TEST_CASE("Encoding detection trusts a byte-order mark before anything else")
{
    QString name;
    CHECK(EncodingDetector::byteOrderMark("\xEF\xBB\xBFName", &name) == 3);
    CHECK(name == u"UTF-8");
    CHECK(EncodingDetector::byteOrderMark(QByteArray("\xFF\xFEN\0", 4), &name) == 2);
    CHECK(name == u"UTF-16LE");
    CHECK(EncodingDetector::byteOrderMark(QByteArray("\xFE\xFF\0N", 4), &name) == 2);
    CHECK(name == u"UTF-16BE");
    CHECK(EncodingDetector::byteOrderMark("Name", &name) == 0);

    // A UTF-8 mark followed by bytes that are not UTF-8 still decides.
    const DetectedEncoding detected = EncodingDetector::detect("\xEF\xBB\xBFM\xFCller", true);
    CHECK(detected.name == u"UTF-8");
    CHECK(detected.bomLength == 3);
}

TEST_CASE("Encoding detection recognises UTF-16 without a byte-order mark")
{
    const QString text = u"Vorname;Nachname\r\nJürgen;Müller\r\n"_s;
    QStringEncoder little(QStringConverter::Utf16LE);
    QStringEncoder big(QStringConverter::Utf16BE);
    CHECK(EncodingDetector::detect(QByteArray(little(text)), true).name == u"UTF-16LE");
    CHECK(EncodingDetector::detect(QByteArray(big(text)), true).name == u"UTF-16BE");
}

TEST_CASE("Encoding detection takes valid UTF-8 as UTF-8 even when the sample ends inside a character")
{
    const QByteArray utf8 = u"Jürgen Müller, Köln"_s.toUtf8();
    CHECK(EncodingDetector::detect(utf8, true).name == u"UTF-8");
    const QByteArray cut = utf8.left(utf8.indexOf("\xC3\xB6") + 1); // ends after the first byte of "ö"
    CHECK(EncodingDetector::isValidUtf8(cut, false));
    CHECK_FALSE(EncodingDetector::isValidUtf8(cut, true));
    CHECK(EncodingDetector::detect(cut, false).name == u"UTF-8");
    // Overlong forms and surrogates are not UTF-8.
    CHECK_FALSE(EncodingDetector::isValidUtf8("\xC0\xAF", true));
    CHECK_FALSE(EncodingDetector::isValidUtf8("\xED\xA0\x80", true));
}

TEST_CASE("Encoding detection reads an Outlook export in windows-1252 although uchardet calls it ISO-8859-1")
{
    const QByteArray bytes = fileBytes(readerFixture(u"outlook-de-cp1252.csv"_s));
    const DetectedEncoding detected = EncodingDetector::detect(bytes, true);
    REQUIRE(detected.name == u"windows-1252");
    const QString text = decoded(bytes, detected.name);
    CHECK(text.contains(u"Jürgen"));
    CHECK(text.contains(u"Straße geschäftlich"));
    CHECK(text.contains(u"30 € Rabatt"));
}

TEST_CASE("Encoding detection reads a short German line in windows-1252")
{
    QStringEncoder encoder("windows-1252");
    REQUIRE(encoder.isValid());
    for (const QString &text : {u"Jürgen;Müller"_s, u"Größe"_s, u"Straße 5;Köln"_s}) {
        CAPTURE(text);
        CHECK(EncodingDetector::detect(QByteArray(encoder(text)), true).name == u"windows-1252");
    }
}

TEST_CASE("Encoding detection recognises Mac Roman text that uchardet calls WINDOWS-1250")
{
    const QByteArray bytes = fileBytes(readerFixture(u"macroman.csv"_s));
    const DetectedEncoding detected = EncodingDetector::detect(bytes, true);
    REQUIRE(detected.name == u"macintosh");
    const QString text = decoded(bytes, detected.name);
    CHECK(text.contains(u"Jürgen,Müller,Köln,Größe L"));
    CHECK(text.contains(u"Ärger,Übel,Düsseldorf,fünf € bar"));
}

TEST_CASE("Encoding detection chooses ISO-8859-15 when the euro sign stands at 0xA4")
{
    const QByteArray bytes = fileBytes(readerFixture(u"latin9-euro.csv"_s));
    const DetectedEncoding detected = EncodingDetector::detect(bytes, true);
    REQUIRE(detected.name == u"ISO-8859-15");
    CHECK(decoded(bytes, detected.name).contains(u"Jörg;Köhler;1.200 €"));
}

TEST_CASE("Encoding detection believes uchardet for Cyrillic text")
{
    QStringEncoder encoder("windows-1251");
    REQUIRE(encoder.isValid());
    const QString text = u"Имя;Фамилия;Город\nИван;Петров;Москва\nОльга;Смирнова;Санкт-Петербург\n"
                         u"Дмитрий;Кузнецов;Новосибирск\nАнна;Попова;Екатеринбург\n"_s;
    const QByteArray bytes = encoder.encode(text);
    const DetectedEncoding detected = EncodingDetector::detect(bytes, true);
    CHECK(decoded(bytes, detected.name) == text);
}

TEST_CASE("Built-in code page tables decode every byte as ICU does")
{
    QByteArray all;
    for (int b = 0; b < 256; ++b) {
        all.append(char(b));
    }
    for (const QString &name : {u"windows-1252"_s, u"ISO-8859-15"_s, u"macintosh"_s}) {
        CAPTURE(name);
        QStringDecoder icu(name.toLatin1().constData());
        REQUIRE(icu.isValid());
        TextDecoder table(name, true);
        REQUIRE(table.isValid());
        CHECK(table.decode(all) == icu.decode(all));
    }
}

TEST_CASE("Text decoder knows the aliases of the Western code pages")
{
    CHECK(TextDecoder::canonicalName(u"cp1252"_s) == u"windows-1252");
    CHECK(TextDecoder::canonicalName(u"ISO-8859-1"_s) == u"windows-1252");
    CHECK(TextDecoder::canonicalName(u"latin9"_s) == u"ISO-8859-15");
    CHECK(TextDecoder::canonicalName(u"MacRoman"_s) == u"macintosh");
    CHECK(TextDecoder::canonicalName(u"utf8"_s) == u"UTF-8");
    CHECK(TextDecoder::isSupported(u"macintosh"_s));
    CHECK_FALSE(TextDecoder::isSupported(u"no-such-encoding"_s));
}

TEST_CASE("Text decoder completes a UTF-8 character split between two blocks")
{
    TextDecoder decoder(u"UTF-8"_s);
    const QByteArray bytes = u"Müller"_s.toUtf8();
    const qsizetype split = bytes.indexOf('\xC3') + 1;
    const QString head = decoder.decode(bytes.left(split));
    const QString rest = decoder.decode(bytes.mid(split));
    CHECK(head == u"M");
    CHECK(head + rest == u"Müller");
}

TEST_CASE("Binary detection flags NUL characters and many control characters but not one stray mark")
{
    CHECK(EncodingDetector::looksBinary(QString(u"Name\0Vorname"_s)));
    QString controls;
    for (int i = 0; i < 40; ++i) {
        controls += QChar(0x01 + (i % 8)) + u"ab"_s;
    }
    CHECK(EncodingDetector::looksBinary(controls));
    CHECK_FALSE(EncodingDetector::looksBinary(u"Vorname;Nachname\r\nAnna;Schmidt\r\n\x1A"_s));
    CHECK_FALSE(EncodingDetector::looksBinary(u"a\tb\fc\r\n"_s));
}

TEST_CASE("CSV reader decodes with an explicitly chosen encoding instead of the detected one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"latin.csv"_s);
    writeBytes(path, "Vorname;Nachname\nJ\xFCrgen;M\xFCller\n");

    TableOptions options;
    options.dialect.encoding = u"macintosh"_s;
    const ProbeResult probe = probed(path, options);
    CHECK(probe.dialect.encoding == u"macintosh");
    REQUIRE(probe.sample.size() == 1);
    // 0xFC is "ü" in windows-1252 but the cedilla "¸" in Mac Roman: the choice was honoured.
    CHECK(probe.sample.first().cells == QStringList{u"J\u00B8rgen"_s, u"M\u00B8ller"_s});

    options.dialect.encoding.clear();
    CHECK(probed(path, options).sample.first().cells.first() == u"Jürgen");
}

TEST_CASE("Import format and duplicate policy keys read back and accept the aliases")
{
    for (ImportFormat format :
        {ImportFormat::Auto, ImportFormat::Csv, ImportFormat::Xlsx, ImportFormat::Xls, ImportFormat::VCard}) {
        ImportFormat back = ImportFormat::Auto;
        REQUIRE(importFormatFromKey(importFormatKey(format), &back));
        CHECK(back == format);
    }
    ImportFormat format = ImportFormat::Auto;
    CHECK(importFormatFromKey(u"TSV"_s, &format));
    CHECK(format == ImportFormat::Csv);
    CHECK(importFormatFromKey(u"txt"_s, &format));
    CHECK(format == ImportFormat::Csv);
    CHECK(importFormatFromKey(u"vcard"_s, &format));
    CHECK(format == ImportFormat::VCard);
    CHECK_FALSE(importFormatFromKey(u"ods"_s, &format));

    for (DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create}) {
        DuplicatePolicy back = DuplicatePolicy::Create;
        REQUIRE(duplicatePolicyFromKey(duplicatePolicyKey(policy), &back));
        CHECK(back == policy);
    }
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    CHECK_FALSE(duplicatePolicyFromKey(u"merge"_s, &policy));
    CHECK(duplicatePolicyKey(DuplicatePolicy::Update) == u"update");
}
