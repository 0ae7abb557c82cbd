#include "CsvReader.h"

#include "CsvDialectDetector.h"
#include "EncodingDetector.h"
#include "TableReader.h"

#include <QFileInfo>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 BlockBytes = 64 * 1024;
constexpr qint64 RecordLimitBytes = 16 * TableReader::FieldLimitBytes;

qint64 utf8Length(QStringView text)
{
    qint64 bytes = text.size();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            // Two bytes, three outside the two-byte range; a surrogate pair makes four (2 + 2).
            bytes += (u >= 0x800 && !QChar::isSurrogate(u)) ? 2 : 1;
        }
    }
    return bytes;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

CsvReader::CsvReader(const QString &path, const CsvDialect &dialect)
    : m_file(path)
    , m_fileName(QFileInfo(path).fileName())
    , m_dialect(dialect)
    , m_decoder(dialect.encoding)
{}

Error CsvReader::error(int row, int column, const QString &message) const
{
    ErrorLocation where;
    where.file = m_fileName;
    where.row = row;
    where.column = column;
    return makeError(Error::Code::Invalid, message, {}, where);
}

Result<CsvDialect> CsvReader::detectDialect(const QString &path, const CsvDialect &given)
{
    ErrorLocation where;
    where.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
            tr("The file \"%1\" cannot be opened: %2").arg(where.file, file.errorString()),
            file.errorString(),
            where);
    }
    const QByteArray head = file.read(BlockBytes);
    const bool complete = file.atEnd();
    CsvDialect dialect = given;
    QString bomEncoding;
    const int bomLength = EncodingDetector::byteOrderMark(head, &bomEncoding);
    dialect.bom = bomLength > 0;
    if (dialect.encoding.isEmpty()) {
        dialect.encoding = EncodingDetector::detect(head, complete).name;
    } else {
        dialect.encoding = TextDecoder::canonicalName(dialect.encoding);
    }
    TextDecoder decoder(dialect.encoding);
    if (!decoder.isValid()) {
        return makeError(Error::Code::Unsupported,
            tr("The text encoding \"%1\" is not supported.").arg(dialect.encoding),
            {},
            where);
    }
    const QString sample = decoder.decode(QByteArrayView(head).sliced(bomLength));
    if (sample.trimmed().isEmpty()) {
        where.row = 1;
        return makeError(Error::Code::Invalid, tr("The file is empty."), {}, where);
    }
    if (EncodingDetector::looksBinary(sample)) {
        return makeError(
            Error::Code::Unsupported, tr("The file contains binary data, not text: it is not a CSV file."), {}, where);
    }
    if (dialect.quote.isNull()) {
        dialect.quote = CsvDialectDetector::detectQuote(sample);
    }
    if (dialect.delimiter.isNull()) {
        const bool tsv = QFileInfo(path).suffix().compare(u"tsv", Qt::CaseInsensitive) == 0;
        dialect.delimiter = CsvDialectDetector::detectDelimiter(
            sample, dialect.quote, complete, tsv ? QLatin1Char('\t') : QLatin1Char(','));
    }
    return dialect;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const CsvDialect &dialect)
{
    CsvDialect complete = dialect;
    if (dialect.encoding.isEmpty() || dialect.delimiter.isNull() || dialect.quote.isNull()) {
        auto detected = detectDialect(path, dialect);
        if (!detected) {
            return detected.error();
        }
        complete = *detected;
    }
    std::unique_ptr<CsvReader> reader(new CsvReader(path, complete));
    if (!reader->m_decoder.isValid()) {
        return reader->error(-1, -1, tr("The text encoding \"%1\" is not supported.").arg(complete.encoding));
    }
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        Error e = reader->error(
            -1, -1, tr("The file \"%1\" cannot be opened: %2").arg(reader->m_fileName, reader->m_file.errorString()));
        e.code = Error::Code::Io;
        return e;
    }
    // A byte-order mark is never content, even when the caller chose another encoding than it names.
    const int bomLength = EncodingDetector::byteOrderMark(reader->m_file.peek(4), nullptr);
    reader->m_file.seek(bomLength);
    return reader;
}

bool CsvReader::fill()
{
    if (m_atEnd) {
        return false;
    }
    const QByteArray block = m_file.read(BlockBytes);
    if (block.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer = m_buffer.sliced(m_pos) + m_decoder.decode(block);
    m_pos = 0;
    return true;
}

Result<bool> CsvReader::nextRecord(ImportRow &row)
{
    enum class State
    {
        FieldStart, // nothing but spaces in the field yet: a quote here opens a quoted field
        Unquoted,
        Quoted,
        AfterQuote, // a quote inside a quoted field: doubled, or the field's end
    };
    const QChar delimiter = m_dialect.delimiter;
    const QChar quote = m_dialect.quote;
    row.cells.clear();
    row.fileRow = 0;
    QString field;
    qint64 fieldBytes = 0;
    qint64 recordBytes = 0;
    State state = State::FieldStart;
    bool hasContent = false;
    int quoteLine = 0;

    auto append = [&](QStringView text) -> std::optional<Error> {
        field += text;
        const qint64 bytes = utf8Length(text);
        fieldBytes += bytes;
        recordBytes += bytes;
        if (fieldBytes > TableReader::FieldLimitBytes) {
            const int megabytes = int(TableReader::FieldLimitBytes / (1024 * 1024));
            if (state == State::Quoted) {
                return error(quoteLine,
                    int(row.cells.size()) + 1,
                    tr("The field whose quote opens in row %1 is longer than %2 MB; perhaps its closing quote "
                       "is missing.")
                        .arg(quoteLine)
                        .arg(megabytes));
            }
            return error(row.fileRow,
                int(row.cells.size()) + 1,
                tr("The field in row %1, column %2 is longer than %3 MB.")
                    .arg(row.fileRow)
                    .arg(row.cells.size() + 1)
                    .arg(megabytes));
        }
        if (recordBytes > RecordLimitBytes) {
            return error(row.fileRow,
                -1,
                tr("Row %1 is longer than %2 MB.").arg(row.fileRow).arg(RecordLimitBytes / (1024 * 1024)));
        }
        return std::nullopt;
    };
    auto endField = [&] {
        row.cells.append(field);
        field.clear();
        fieldBytes = 0;
    };
    // Consumes the line break at m_pos (CR LF counts as one).
    auto consumeLineBreak = [&] {
        m_skipLineFeed = m_buffer.at(m_pos) == u'\r';
        ++m_pos;
        ++m_line;
    };

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (fill()) {
                continue;
            }
            if (state == State::Quoted) {
                return error(quoteLine,
                    int(row.cells.size()) + 1,
                    tr("The quote opened in row %1, column %2 is never closed.")
                        .arg(quoteLine)
                        .arg(row.cells.size() + 1));
            }
            if (!hasContent && field.isEmpty()) {
                return false;
            }
            endField();
            return true;
        }
        const QChar c = m_buffer.at(m_pos);
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == u'\n') {
                ++m_pos;
                continue;
            }
        }
        if (c.unicode() == 0) {
            return error(m_line,
                int(row.cells.size()) + 1,
                tr("Row %1 contains binary data (a NUL character): this is not a text file.").arg(m_line));
        }
        if (row.fileRow == 0) {
            row.fileRow = m_line;
        }
        if (state == State::Quoted) {
            qsizetype end = m_pos;
            while (end < m_buffer.size()) {
                const QChar d = m_buffer.at(end);
                if (d == quote || isLineBreak(d) || d.unicode() == 0) {
                    break;
                }
                ++end;
            }
            if (end > m_pos) {
                if (auto e = append(QStringView(m_buffer).sliced(m_pos, end - m_pos))) {
                    return *e;
                }
                m_pos = end;
            } else if (c == quote) {
                state = State::AfterQuote;
                ++m_pos;
            } else {
                // A line break inside quotes is content; CR LF and CR become LF.
                consumeLineBreak();
                if (auto e = append(u"\n")) {
                    return *e;
                }
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            state = State::FieldStart;
            hasContent = true;
            ++m_pos;
            continue;
        }
        if (isLineBreak(c)) {
            consumeLineBreak();
            if (!hasContent && field.isEmpty() && row.cells.isEmpty()) {
                row.fileRow = 0; // a blank line is no record
                continue;
            }
            endField();
            return true;
        }
        hasContent = true;
        if (state == State::AfterQuote) {
            if (c == quote) {
                state = State::Quoted;
            } else {
                // Text after the closing quote ("abc"def): kept, as spreadsheets do.
                state = State::Unquoted;
            }
            if (auto e = append(QStringView(&c, 1))) {
                return *e;
            }
            ++m_pos;
            continue;
        }
        if (state == State::FieldStart) {
            if (c == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                field.clear(); // spaces before the opening quote are not content
                fieldBytes = 0;
                ++m_pos;
                continue;
            }
            if (c != u' ') {
                state = State::Unquoted;
            }
        }
        // An unquoted run up to the next delimiter or line break; a quote inside it is an ordinary character.
        qsizetype end = m_pos + 1;
        if (state == State::Unquoted) {
            while (end < m_buffer.size()) {
                const QChar d = m_buffer.at(end);
                if (d == delimiter || isLineBreak(d) || d.unicode() == 0) {
                    break;
                }
                ++end;
            }
        }
        if (auto e = append(QStringView(m_buffer).sliced(m_pos, end - m_pos))) {
            return *e;
        }
        m_pos = end;
    }
}

qint64 CsvReader::position() const
{
    return m_file.pos();
}

qint64 CsvReader::size() const
{
    return m_file.size();
}

} // namespace Kontor
