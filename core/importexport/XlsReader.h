#pragma once

#include "RecordSource.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Kontor {

// Reads one sheet of a legacy Excel 97-2003 workbook (BIFF, .xls) through libfreexl, which parses the whole
// file when it is opened (such files are at most 65,536 rows). Dates come from libfreexl as ISO text; numbers
// are formatted as in XLSX. Password-protected and damaged files are Errors naming the file.
class XlsReader final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    static Result<std::unique_ptr<XlsReader>> open(const QString &path, int sheet);
    // The sheet names, without selecting a sheet.
    static Result<QStringList> sheetNames(const QString &path);
    ~XlsReader() override;

    Result<bool> nextRecord(ImportRow &row) override;
    qint64 position() const override;
    qint64 size() const override;

private:
    XlsReader() = default;

    static Result<const void *> openHandle(const QString &path, bool infoOnly);
    static Result<QStringList> readSheetNames(const void *handle, const QString &fileName);
    Error error(int row, int column, const QString &message, const QString &detail = {}) const;

    const void *m_handle = nullptr;
    QString m_fileName;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_nextRow = 0;
};

} // namespace Kontor
