#include "TableReader.h"

#include "CsvReader.h"
#include "EncodingDetector.h"
#include "RecordTableReader.h"
#include "TextDecoder.h"
#include "XlsReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SampleRows = 20;

ErrorLocation locationOf(const QString &path, int row = -1)
{
    ErrorLocation where;
    where.file = QFileInfo(path).fileName();
    where.row = row;
    return where;
}

bool startsWithVCard(const QByteArray &head)
{
    QString encoding;
    const int bomLength = EncodingDetector::byteOrderMark(head, &encoding);
    if (bomLength == 0) {
        encoding = EncodingDetector::detect(head, false).name;
    }
    TextDecoder decoder(encoding);
    const QString text = decoder.decode(QByteArrayView(head).sliced(bomLength)).trimmed();
    return text.startsWith(u"BEGIN:VCARD", Qt::CaseInsensitive);
}

// The format of a file by its content (zip, OLE compound document, a vCard's first line), else by its name.
// Content wins: a workbook saved as ".csv" or a vCard named ".txt" are still read as what they are.
ImportFormat sniffFormat(const QString &path)
{
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly)) {
        head = file.read(4096);
    }
    if (head.startsWith("PK\x03\x04")) {
        return ImportFormat::Xlsx;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return ImportFormat::Xls;
    }
    if (startsWithVCard(head)) {
        return ImportFormat::VCard;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vcf" || suffix == u"vcard") {
        return ImportFormat::VCard;
    }
    return ImportFormat::Csv;
}

bool hasWorkbookSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls";
}

struct Opened
{
    ImportFormat format = ImportFormat::Csv;
    CsvDialect dialect;
    QStringList sheets;
    std::unique_ptr<RecordTableReader> table;
};

// Everything probe() and open() share: the format, the dialect or sheet, the source and the header decision.
Result<Opened> openTable(const QString &path, const TableOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable()) {
        return makeError(Error::Code::Io,
            TableReader::tr("The file \"%1\" cannot be opened.").arg(info.fileName()),
            {},
            locationOf(path));
    }
    if (info.size() == 0) {
        return makeError(Error::Code::Invalid, TableReader::tr("The file is empty."), {}, locationOf(path, 1));
    }
    Opened opened;
    opened.format = options.format == ImportFormat::Auto ? sniffFormat(path) : options.format;
    std::unique_ptr<RecordSource> source;
    switch (opened.format) {
    case ImportFormat::Auto:
    case ImportFormat::VCard:
        return makeError(Error::Code::Unsupported,
            TableReader::tr("A vCard file is not a table; it is read by the vCard import."),
            {},
            locationOf(path));
    case ImportFormat::Csv: {
        auto dialect = CsvReader::detectDialect(path, options.dialect);
        if (!dialect && dialect.error().code == Error::Code::Unsupported && hasWorkbookSuffix(path)) {
            Error e = dialect.error();
            e.message = TableReader::tr("The file is named as an Excel workbook but is neither a workbook nor text.");
            return e;
        }
        if (!dialect) {
            return dialect.error();
        }
        opened.dialect = *dialect;
        auto reader = CsvReader::open(path, opened.dialect);
        if (!reader) {
            return reader.error();
        }
        source = std::move(*reader);
        break;
    }
    case ImportFormat::Xlsx: {
        auto reader = XlsxReader::open(path, options.sheet);
        if (!reader) {
            return reader.error();
        }
        opened.sheets = (*reader)->sheetNames();
        source = std::move(*reader);
        break;
    }
    case ImportFormat::Xls: {
        auto names = XlsReader::sheetNames(path);
        if (!names) {
            return names.error();
        }
        opened.sheets = *names;
        auto reader = XlsReader::open(path, options.sheet);
        if (!reader) {
            return reader.error();
        }
        source = std::move(*reader);
        break;
    }
    }
    auto table = RecordTableReader::create(std::move(source), options.hasHeader);
    if (!table) {
        return table.error();
    }
    opened.table = std::move(*table);
    return opened;
}

} // namespace

Result<ProbeResult> TableReader::probe(const QString &path, const TableOptions &options)
{
    ProbeResult result;
    result.fileSize = QFileInfo(path).size();
    const ImportFormat format = options.format == ImportFormat::Auto ? sniffFormat(path) : options.format;
    if (format == ImportFormat::VCard) {
        // The vCard import probes its own format; here it is only recognised.
        result.format = ImportFormat::VCard;
        result.hasHeader = false;
        return result;
    }
    TableOptions resolved = options;
    resolved.format = format;
    auto opened = openTable(path, resolved);
    if (!opened) {
        return opened.error();
    }
    RecordTableReader &table = *opened->table;
    result.format = opened->format;
    result.dialect = opened->dialect;
    result.sheets = opened->sheets;
    result.sheet = options.sheet;
    result.hasHeader = table.hasHeader();
    result.headers = table.headers();
    while (result.sample.size() < SampleRows) {
        ImportRow row;
        auto more = table.next(row);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        result.sample.append(row);
    }
    if (result.sample.isEmpty()) {
        if (table.hasHeader()) {
            return makeError(Error::Code::Invalid,
                tr("The file contains only a header row and no data."),
                {},
                locationOf(path, table.headerRow()));
        }
        if (!result.sheets.isEmpty()) {
            return makeError(Error::Code::Invalid,
                tr("The sheet \"%1\" is empty.").arg(result.sheets.value(options.sheet)),
                {},
                locationOf(path));
        }
        return makeError(Error::Code::Invalid, tr("The file is empty."), {}, locationOf(path, 1));
    }
    return result;
}

Result<std::unique_ptr<TableReader>> TableReader::open(const QString &path, const TableOptions &options)
{
    auto opened = openTable(path, options);
    if (!opened) {
        return opened.error();
    }
    return std::unique_ptr<TableReader>(std::move(opened->table));
}

} // namespace Kontor
