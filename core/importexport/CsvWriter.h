#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace Kontor {

// Writes a CSV file record by record: UTF-8, CRLF line ends, RFC 4180 quoting (a cell holding the delimiter, a
// quote, CR or LF is quoted and its quotes doubled), every cell neutralised against formula injection. The file
// is a QSaveFile: it appears under its name only when commit() succeeds; cancel() or destroying the writer
// leaves whatever was there before.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Dialect
    {
        QChar delimiter = u',';
        bool bom = false; // Excel needs the BOM to read UTF-8, and ';' in German locales
    };

    CsvWriter(const QString &path, Dialect dialect);

    Result<void> open();
    Result<void> writeRow(const QStringList &cells);
    Result<void> commit();
    void cancel();

    // One record with its CRLF, as writeRow() writes it (cells neutralised and quoted).
    static QByteArray encodeRow(const QStringList &cells, QChar delimiter);

private:
    Result<void> flush();
    Error ioError() const;

    QSaveFile m_file;
    Dialect m_dialect;
    QByteArray m_buffer;
};

} // namespace Kontor
