#include "XlsxExportWriter.h"

#include "ExportService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <xlsxwriter.h>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Column widths are measured over the header and this many rows.
constexpr int WidthSampleRows = 100;
constexpr int MinWidth = 8;
constexpr int MaxWidth = 50;
} // namespace

XlsxExportWriter::XlsxExportWriter(const QString &path)
    : m_path(path)
{}

XlsxExportWriter::~XlsxExportWriter()
{
    cancel();
}

Result<void> XlsxExportWriter::open()
{
    // Reserve a unique name in the target folder, so that the final rename stays on one file system and a
    // folder we cannot write to fails now rather than after the whole export.
    QTemporaryFile reserve(QFileInfo(m_path).absoluteDir().filePath(QFileInfo(m_path).fileName() + u".XXXXXX"_s));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        return ioError(reserve.errorString());
    }
    m_tempPath = reserve.fileName();
    reserve.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(m_tempPath);
    m_workbook = workbook_new_opt(name.constData(), &options);
    m_sheet = m_workbook ? workbook_add_worksheet(m_workbook, nullptr) : nullptr;
    if (!m_sheet) {
        cancel();
        return ioError(u"libxlsxwriter could not create the workbook"_s);
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

Result<void> XlsxExportWriter::writeRow(const QStringList &cells)
{
    if (!m_sheet) {
        return ioError(u"the workbook is not open"_s);
    }
    if (m_widthsSet) {
        return writeCells(cells, nullptr);
    }
    m_pending << cells;
    if (m_pending.size() > WidthSampleRows) {
        return flushPending();
    }
    return {};
}

Result<void> XlsxExportWriter::flushPending()
{
    if (m_widthsSet) {
        return {};
    }
    m_widthsSet = true;
    qsizetype columns = 0;
    for (const QStringList &row : std::as_const(m_pending)) {
        columns = std::max(columns, row.size());
    }
    for (qsizetype c = 0; c < columns && c <= LXW_COL_MAX; ++c) {
        qsizetype width = MinWidth;
        for (const QStringList &row : std::as_const(m_pending)) {
            if (c < row.size()) {
                // The longest line of the cell, as a multi-line cell shows it.
                for (const auto line : QStringView(row[c]).split(u'\n')) {
                    width = std::max(width, line.size() + 2);
                }
            }
        }
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(m_sheet, col, col, double(std::min<qsizetype>(width, MaxWidth)), nullptr);
    }
    const QList<QStringList> pending = std::exchange(m_pending, {});
    for (const QStringList &row : pending) {
        if (auto ok = writeCells(row, m_row == 0 ? m_bold : nullptr); !ok) {
            return ok;
        }
    }
    return {};
}

Result<void> XlsxExportWriter::writeCells(const QStringList &cells, lxw_format *format)
{
    if (m_row >= LXW_ROW_MAX) {
        return makeError(Error::Code::Unsupported,
            tr("An Excel worksheet holds at most %1 rows; export fewer contacts or choose CSV.").arg(LXW_ROW_MAX));
    }
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QString cell = ExportService::neutralizeFormula(cells[c]);
        if (cell.isEmpty()) {
            continue;
        }
        const QByteArray utf8 = cell.toUtf8();
        const lxw_error error
            = worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(c), utf8.constData(), format);
        if (error != LXW_NO_ERROR) {
            return ioError(QString::fromUtf8(lxw_strerror(error)));
        }
    }
    ++m_row;
    return {};
}

Result<void> XlsxExportWriter::close()
{
    if (!m_workbook) {
        return {};
    }
    const lxw_error error = workbook_close(std::exchange(m_workbook, nullptr));
    m_sheet = nullptr;
    m_bold = nullptr;
    if (error != LXW_NO_ERROR) {
        return ioError(QString::fromUtf8(lxw_strerror(error)));
    }
    return {};
}

Result<void> XlsxExportWriter::commit()
{
    if (auto ok = flushPending(); !ok) {
        cancel();
        return ok;
    }
    if (auto ok = close(); !ok) {
        cancel();
        return ok;
    }
    // std::filesystem::rename replaces an existing file in one step (QFile::rename refuses to).
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(m_tempPath.toStdU16String()), std::filesystem::path(m_path.toStdU16String()), ec);
    if (ec) {
        cancel();
        return ioError(QString::fromStdString(ec.message()));
    }
    m_tempPath.clear();
    return {};
}

void XlsxExportWriter::cancel()
{
    // libxlsxwriter has no public way to drop a workbook in constant-memory mode without writing it; closing
    // writes the temporary file, which is then removed.
    (void)close();
    m_pending.clear();
    if (!m_tempPath.isEmpty()) {
        QFile::remove(std::exchange(m_tempPath, {}));
    }
}

Error XlsxExportWriter::ioError(const QString &detail) const
{
    ErrorLocation where;
    where.file = m_path;
    return makeError(Error::Code::Io, tr("Could not write %1: %2").arg(m_path, detail), detail, where);
}

} // namespace Kontor
