#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Kontor {

// Writes one worksheet with libxlsxwriter in constant-memory mode (rows go to disk as they are written): every
// cell a string neutralised against formulas, the first row bold and frozen, column widths from the header and
// the first rows. The workbook is written to a temporary name beside `path` and renamed when commit() succeeds;
// cancel() or destroying the writer removes it, leaving whatever was at `path` before.
class XlsxExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExportWriter)

public:
    explicit XlsxExportWriter(const QString &path);
    ~XlsxExportWriter();
    XlsxExportWriter(const XlsxExportWriter &) = delete;
    XlsxExportWriter &operator=(const XlsxExportWriter &) = delete;

    Result<void> open();
    // The first row written is the header.
    Result<void> writeRow(const QStringList &cells);
    Result<void> commit();
    void cancel();

private:
    Result<void> flushPending();
    Result<void> writeCells(const QStringList &cells, lxw_format *format);
    Result<void> close();
    Error ioError(const QString &detail) const;

    QString m_path;
    QString m_tempPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    quint32 m_row = 0;
    // Rows kept back until the column widths are known; constant-memory mode cannot go back to a row.
    QList<QStringList> m_pending;
    bool m_widthsSet = false;
};

} // namespace Kontor
