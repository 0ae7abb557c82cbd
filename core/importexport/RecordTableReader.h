#pragma once

#include "RecordSource.h"
#include "TableReader.h"

#include <QList>

#include <memory>
#include <optional>

namespace Kontor {

// A TableReader over the raw records of any format: takes off the header row (given, or detected from the
// first records), names the columns, and skips rows without any value. Ragged rows pass as they are.
class RecordTableReader final : public TableReader
{
public:
    // Reads a few records ahead to decide on the header row when `hasHeader` is -1.
    static Result<std::unique_ptr<RecordTableReader>> create(std::unique_ptr<RecordSource> source, int hasHeader);

    // Whether the first of `records` names the columns: its cells are distinct, none looks like a value (a
    // number, a date, an e-mail address, a web address), and all are filled (trailing empty ones aside) - or
    // most are, and a named column holds values in most of the rows below.
    static bool looksLikeHeader(const QList<QStringList> &records);

    bool hasHeader() const { return m_hasHeader; }
    int headerRow() const { return m_headerRow; }

    QStringList headers() const override { return m_headers; }
    Result<bool> next(ImportRow &row) override;
    qint64 position() const override { return m_source->position(); }
    qint64 size() const override { return m_source->size(); }

private:
    explicit RecordTableReader(std::unique_ptr<RecordSource> source);

    Result<bool> readNonEmpty(ImportRow &row);

    std::unique_ptr<RecordSource> m_source;
    QList<ImportRow> m_pending; // records read ahead for the header decision, delivered first
    std::optional<Error> m_pendingError; // a failure met while reading ahead, reported after m_pending
    QStringList m_headers;
    bool m_hasHeader = false;
    int m_headerRow = 0;
};

} // namespace Kontor
