#include "XlsReader.h"

#include "SpreadsheetValues.h"

#include <QFile>
#include <QFileInfo>

#include <freexl.h>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

ErrorLocation locationOf(const QString &fileName)
{
    ErrorLocation where;
    where.file = fileName;
    return where;
}

} // namespace

XlsReader::~XlsReader()
{
    if (m_handle) {
        freexl_close(m_handle);
    }
}

Error XlsReader::error(int row, int column, const QString &message, const QString &detail) const
{
    ErrorLocation where = locationOf(m_fileName);
    where.row = row;
    where.column = column;
    return makeError(Error::Code::Invalid, message, detail, where);
}

Result<const void *> XlsReader::openHandle(const QString &path, bool infoOnly)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isReadable()) {
        return makeError(
            Error::Code::Io, tr("The file \"%1\" cannot be opened.").arg(fileName), {}, locationOf(fileName));
    }
    const void *handle = nullptr;
    const QByteArray encodedPath = QFile::encodeName(path);
    const int rc
        = infoOnly ? freexl_open_info(encodedPath.constData(), &handle) : freexl_open(encodedPath.constData(), &handle);
    if (rc != FREEXL_OK) {
        // libfreexl asks for a close even after a failed open.
        if (handle) {
            freexl_close(handle);
        }
        return makeError(Error::Code::Invalid,
            tr("The Excel 97-2003 workbook is damaged or not an XLS file."),
            u"libfreexl error %1"_s.arg(rc),
            locationOf(fileName));
    }
    unsigned int password = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED) {
        freexl_close(handle);
        return makeError(Error::Code::Unsupported,
            tr("The Excel workbook is password-protected. Save it without a password and import it again."),
            {},
            locationOf(fileName));
    }
    return handle;
}

Result<QStringList> XlsReader::readSheetNames(const void *handle, const QString &fileName)
{
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
        return makeError(
            Error::Code::Invalid, tr("The Excel 97-2003 workbook contains no sheets."), {}, locationOf(fileName));
    }
    QStringList names;
    for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name) == FREEXL_OK && name) {
            names.append(QString::fromUtf8(name));
        } else {
            names.append(tr("Sheet %1").arg(i + 1));
        }
    }
    return names;
}

Result<QStringList> XlsReader::sheetNames(const QString &path)
{
    auto handle = openHandle(path, true);
    if (!handle) {
        return handle.error();
    }
    auto names = readSheetNames(*handle, QFileInfo(path).fileName());
    freexl_close(*handle);
    return names;
}

Result<std::unique_ptr<XlsReader>> XlsReader::open(const QString &path, int sheet)
{
    auto handle = openHandle(path, false);
    if (!handle) {
        return handle.error();
    }
    std::unique_ptr<XlsReader> reader(new XlsReader);
    reader->m_handle = *handle;
    reader->m_fileName = QFileInfo(path).fileName();
    auto names = readSheetNames(reader->m_handle, reader->m_fileName);
    if (!names) {
        return names.error();
    }
    if (sheet < 0 || sheet >= names->size()) {
        return makeError(Error::Code::NotFound,
            tr("The workbook has no sheet number %1.").arg(sheet + 1),
            {},
            locationOf(reader->m_fileName));
    }
    if (freexl_select_active_worksheet(reader->m_handle, static_cast<unsigned short>(sheet)) != FREEXL_OK
        || freexl_worksheet_dimensions(reader->m_handle, &reader->m_rows, &reader->m_columns) != FREEXL_OK) {
        return reader->error(-1, -1, tr("The Excel 97-2003 workbook is damaged or not an XLS file."));
    }
    return reader;
}

Result<bool> XlsReader::nextRecord(ImportRow &row)
{
    if (m_nextRow >= m_rows) {
        return false;
    }
    const unsigned int r = m_nextRow++;
    row.fileRow = int(r) + 1;
    row.cells.clear();
    for (unsigned short c = 0; c < m_columns; ++c) {
        FreeXL_CellValue cell;
        if (freexl_get_cell_value(m_handle, r, c, &cell) != FREEXL_OK) {
            return error(
                row.fileRow, c + 1, tr("The cell in row %1, column %2 cannot be read.").arg(row.fileRow).arg(c + 1));
        }
        QString text;
        switch (cell.type) {
        case FREEXL_CELL_INT:
            text = QString::number(cell.value.int_value);
            break;
        case FREEXL_CELL_DOUBLE:
            text = SpreadsheetValues::formatNumber(cell.value.double_value);
            break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_TIME:
            text = QString::fromUtf8(cell.value.text_value);
            break;
        case FREEXL_CELL_DATETIME:
            text = SpreadsheetValues::trimMidnight(QString::fromUtf8(cell.value.text_value));
            break;
        default:
            break;
        }
        row.cells.append(text);
    }
    while (!row.cells.isEmpty() && row.cells.constLast().isEmpty()) {
        row.cells.removeLast();
    }
    return true;
}

qint64 XlsReader::position() const
{
    return m_nextRow;
}

qint64 XlsReader::size() const
{
    return m_rows;
}

} // namespace Kontor
