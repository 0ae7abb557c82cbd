#pragma once

#include "ImportTypes.h"
#include "Result.h"

namespace Kontor {

// The raw records of one table file (CSV, a sheet of a workbook), header row included, as the format readers
// deliver them. RecordTableReader turns a source into a TableReader: it takes the header row off, names the
// columns and skips empty rows. Failures are Errors naming the file and the row.
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // The next record into `row` (fileRow is where it starts); false at the end.
    virtual Result<bool> nextRecord(ImportRow &row) = 0;
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace Kontor
