#pragma once

#include "RecordSource.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace Kontor {

// Reads delimited text (RFC 4180 and what spreadsheets really write) record by record: quoted fields with
// doubled quotes and embedded line breaks, CRLF, LF or CR line ends, blank lines skipped. The file is read in
// 64 KiB blocks through a TextDecoder, so memory stays bounded by the longest record (a field over
// TableReader::FieldLimitBytes is an error, which also stops an unclosed quote from swallowing the file).
class CsvReader final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Fills what `given` leaves empty (encoding, delimiter, quote) from the start of the file. Fails for a
    // file that cannot be read, an empty file and binary data.
    static Result<CsvDialect> detectDialect(const QString &path, const CsvDialect &given);
    // Opens the file with `dialect`; members left empty are detected first.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, const CsvDialect &dialect);

    Result<bool> nextRecord(ImportRow &row) override;
    qint64 position() const override;
    qint64 size() const override;

private:
    CsvReader(const QString &path, const CsvDialect &dialect);

    bool fill(); // decodes the next block into m_buffer; false at the end of the file
    Error error(int row, int column, const QString &message) const;

    QFile m_file;
    QString m_fileName;
    CsvDialect m_dialect;
    TextDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1; // the 1-based line of the character at m_pos
    bool m_skipLineFeed = false; // the last record ended on CR: a following LF belongs to it
    bool m_atEnd = false;
};

} // namespace Kontor
