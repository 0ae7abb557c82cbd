#pragma once

#include "ImportTypes.h"
#include "Result.h"

#include <QCoreApplication>

#include <memory>

namespace Kontor {

// Streams the records of a CSV, XLSX or XLS file with bounded memory (XLSX keeps its shared strings; XLS is
// read whole by libfreexl). Every failure - a binary file, an unterminated quote, a field over FieldLimitBytes,
// a damaged workbook - is an Error whose location names the file, the 1-based row and (where known) the
// 1-based column, with a translated message.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    static constexpr qint64 FieldLimitBytes = 1024 * 1024; // longer cells are an error, not silently cut

    virtual ~TableReader() = default;

    // Detects format, encoding, delimiter, quote and header row (where `options` leaves them empty) and reads
    // the first records. Fails for an empty file, a file with only a header row, binary data and an
    // unknown format, naming the file.
    static Result<ProbeResult> probe(const QString &path, const TableOptions &options = {});
    // Opens the file for reading as `options` (typically filled from probe()) say. VCard is not a table:
    // it fails with Unsupported.
    static Result<std::unique_ptr<TableReader>> open(const QString &path, const TableOptions &options = {});

    // The column names: the header row, or "Column 1", "Column 2", ... (translated) without one.
    virtual QStringList headers() const = 0;
    // The next record into `row`; false at the end of the data. Ragged rows are not an error here: cells are
    // delivered as found (the converter reports cells beyond the header and missing ones are empty).
    virtual Result<bool> next(ImportRow &row) = 0;
    // Bytes (or rows) consumed so far and the total, for progress bars.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace Kontor
