#include "RecordTableReader.h"

#include <QRegularExpression>
#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int LookAheadRecords = 20;

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

// A cell that holds data rather than a column name.
bool looksLikeValue(const QString &cell)
{
    static const QRegularExpression number(u"^[+-]?[\\d\\s.,/()'-]*\\d[\\d\\s.,/()'-]*$"_s);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression web(u"^(https?://|www\\.)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString text = cell.trimmed();
    return number.match(text).hasMatch() || email.match(text).hasMatch() || web.match(text).hasMatch();
}

} // namespace

RecordTableReader::RecordTableReader(std::unique_ptr<RecordSource> source)
    : m_source(std::move(source))
{}

bool RecordTableReader::looksLikeHeader(const QList<QStringList> &records)
{
    if (records.isEmpty()) {
        return false;
    }
    QStringList first = records.first();
    while (!first.isEmpty() && first.constLast().trimmed().isEmpty()) {
        first.removeLast();
    }
    if (first.isEmpty()) {
        return false;
    }
    QSet<QString> seen;
    int filled = 0;
    for (const QString &cell : first) {
        const QString name = cell.trimmed().toCaseFolded();
        if (name.isEmpty()) {
            continue;
        }
        if (seen.contains(name) || looksLikeValue(cell)) {
            return false;
        }
        seen.insert(name);
        ++filled;
    }
    if (filled == first.size()) {
        return true;
    }
    // A hand-made list may leave a column unnamed; then the rows below must show it: a named column that
    // holds values (numbers, e-mail addresses) in most rows.
    if (filled * 2 <= first.size() || records.size() < 2) {
        return false;
    }
    for (qsizetype column = 0; column < first.size(); ++column) {
        if (first.at(column).trimmed().isEmpty()) {
            continue;
        }
        int values = 0;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringList &cells = records.at(r);
            values += column < cells.size() && looksLikeValue(cells.at(column)) ? 1 : 0;
        }
        if (values * 2 > records.size() - 1) {
            return true;
        }
    }
    return false;
}

Result<std::unique_ptr<RecordTableReader>> RecordTableReader::create(
    std::unique_ptr<RecordSource> source, int hasHeader)
{
    std::unique_ptr<RecordTableReader> reader(new RecordTableReader(std::move(source)));
    const int wanted = hasHeader < 0 ? LookAheadRecords : 1;
    QList<QStringList> records;
    while (reader->m_pending.size() < wanted) {
        ImportRow row;
        auto more = reader->readNonEmpty(row);
        if (!more && reader->m_pending.size() < 2) {
            return more.error(); // not even a header and a record: nothing to read before the failure
        }
        if (!more) {
            // Reported by next() in its place, after the good records before it.
            reader->m_pendingError = more.error();
            break;
        }
        if (!*more) {
            break;
        }
        records.append(row.cells);
        reader->m_pending.append(row);
    }
    reader->m_hasHeader = hasHeader < 0 ? looksLikeHeader(records) : hasHeader > 0;
    int columns = 0;
    if (reader->m_hasHeader && !reader->m_pending.isEmpty()) {
        const ImportRow header = reader->m_pending.takeFirst();
        reader->m_headerRow = header.fileRow;
        reader->m_headers = header.cells;
        while (!reader->m_headers.isEmpty() && reader->m_headers.constLast().trimmed().isEmpty()) {
            reader->m_headers.removeLast();
        }
        for (qsizetype i = 0; i < reader->m_headers.size(); ++i) {
            reader->m_headers[i] = reader->m_headers.at(i).trimmed();
            if (reader->m_headers.at(i).isEmpty()) {
                reader->m_headers[i] = tr("Column %1").arg(i + 1);
            }
        }
        return reader;
    }
    for (const ImportRow &row : std::as_const(reader->m_pending)) {
        columns = std::max(columns, int(row.cells.size()));
    }
    for (int i = 0; i < columns; ++i) {
        reader->m_headers.append(tr("Column %1").arg(i + 1));
    }
    return reader;
}

Result<bool> RecordTableReader::readNonEmpty(ImportRow &row)
{
    for (;;) {
        auto more = m_source->nextRecord(row);
        if (!more || !*more) {
            return more;
        }
        if (!isBlank(row.cells)) {
            return true;
        }
    }
}

Result<bool> RecordTableReader::next(ImportRow &row)
{
    if (!m_pending.isEmpty()) {
        row = m_pending.takeFirst();
        return true;
    }
    if (m_pendingError) {
        return *m_pendingError;
    }
    return readNonEmpty(row);
}

} // namespace Kontor
