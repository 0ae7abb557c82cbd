#pragma once

#include "RecordSource.h"
#include "XlsxWorkbook.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <memory>

class QIODevice;

namespace Kontor {

// Streams the rows of one sheet of an XLSX workbook: the sheet's XML is read from the zip as it is parsed,
// so memory holds one row (plus the workbook's shared strings). Cells are placed by their reference (r="C5"),
// so skipped empty cells keep the columns in place; numbers in a date style become ISO dates.
class XlsxReader final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, int sheet);
    ~XlsxReader() override;

    QStringList sheetNames() const;

    Result<bool> nextRecord(ImportRow &row) override;
    qint64 position() const override;
    qint64 size() const override;

private:
    explicit XlsxReader(XlsxWorkbook workbook);

    Result<QString> readCell(int fileRow, int column);
    Error error(int row, int column, const QString &message, const QString &detail = {}) const;

    XlsxWorkbook m_workbook;
    QString m_fileName;
    std::unique_ptr<QIODevice> m_file;
    bool m_atEnd = false;
    QXmlStreamReader m_xml;
    int m_lastRow = 0;
};

} // namespace Kontor
