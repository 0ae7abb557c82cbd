#include "CsvWriter.h"

#include "ExportService.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Rows are collected and written in blocks of about this size.
constexpr qsizetype FlushBytes = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(const QString &path, Dialect dialect)
    : m_file(path)
    , m_dialect(dialect)
{}

Result<void> CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return ioError();
    }
    if (m_dialect.bom) {
        m_buffer.append("\xEF\xBB\xBF");
    }
    return {};
}

QByteArray CsvWriter::encodeRow(const QStringList &cells, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += delimiter;
        }
        const QString cell = ExportService::neutralizeFormula(cells[i]);
        const bool quote
            = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
        if (quote) {
            line += u'"';
            line += QString(cell).replace(u"\""_s, u"\"\""_s);
            line += u'"';
        } else {
            line += cell;
        }
    }
    line += u"\r\n"_s;
    return line.toUtf8();
}

Result<void> CsvWriter::writeRow(const QStringList &cells)
{
    m_buffer += encodeRow(cells, m_dialect.delimiter);
    if (m_buffer.size() >= FlushBytes) {
        return flush();
    }
    return {};
}

Result<void> CsvWriter::flush()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size()) {
        return ioError();
    }
    m_buffer.clear();
    return {};
}

Result<void> CsvWriter::commit()
{
    if (auto ok = flush(); !ok) {
        m_file.cancelWriting();
        return ok;
    }
    if (!m_file.commit()) {
        return ioError();
    }
    return {};
}

void CsvWriter::cancel()
{
    m_buffer.clear();
    m_file.cancelWriting();
}

Error CsvWriter::ioError() const
{
    ErrorLocation where;
    where.file = m_file.fileName();
    return makeError(Error::Code::Io,
        tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()),
        m_file.errorString(),
        where);
}

} // namespace Kontor
