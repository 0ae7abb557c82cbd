#include "XlsxReader.h"

#include <QFileInfo>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxColumns = 16384; // Excel's limit (column XFD)

QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName) {
            return a.value().toString();
        }
    }
    return {};
}

// The 0-based column of a cell reference ("C5" -> 2); -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = QChar::toUpper(reference.at(i).unicode());
        if (c < u'A' || c > u'Z') {
            break;
        }
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns) {
            return MaxColumns;
        }
    }
    return i == 0 ? -1 : column - 1;
}

} // namespace

XlsxReader::XlsxReader(XlsxWorkbook workbook)
    : m_workbook(std::move(workbook))
    , m_fileName(QFileInfo(m_workbook.path()).fileName())
{}

XlsxReader::~XlsxReader() = default;

Error XlsxReader::error(int row, int column, const QString &message, const QString &detail) const
{
    ErrorLocation where;
    where.file = m_fileName;
    where.row = row;
    where.column = column;
    return makeError(Error::Code::Invalid, message, detail, where);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, int sheet)
{
    auto workbook = XlsxWorkbook::load(path);
    if (!workbook) {
        return workbook.error();
    }
    if (sheet < 0 || sheet >= workbook->sheets().size()) {
        ErrorLocation where;
        where.file = QFileInfo(path).fileName();
        return makeError(Error::Code::NotFound, tr("The workbook has no sheet number %1.").arg(sheet + 1), {}, where);
    }
    const QString part = workbook->sheets().at(sheet).part;
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(*workbook)));
    reader->m_file = reader->m_workbook.archive().openEntry(part);
    if (!reader->m_file) {
        return reader->m_workbook.damaged(u"cannot open %1"_s.arg(part));
    }
    reader->m_xml.setDevice(reader->m_file.get());
    return reader;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : m_workbook.sheets()) {
        names.append(sheet.name);
    }
    return names;
}

Result<QString> XlsxReader::readCell(int fileRow, int column)
{
    const QString type = attribute(m_xml, u"t");
    const QString style = attribute(m_xml, u"s");
    QString value;
    bool hasValue = false;
    QString inlineText;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"c") {
            break;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (m_xml.name() == u"v") {
            value = m_xml.readElementText();
            hasValue = true;
        } else if (m_xml.name() == u"is") {
            inlineText = XlsxWorkbook::readStringItem(m_xml);
        } else {
            m_xml.skipCurrentElement(); // <f> formulas, <extLst>: the cached value <v> is what was shown
        }
    }
    if (type == u"inlineStr") {
        return inlineText;
    }
    if (!hasValue) {
        return QString();
    }
    if (type == u"s") {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_workbook.sharedStrings().size()) {
            return error(fileRow,
                column + 1,
                tr("The cell in row %1, column %2 refers to a text the workbook does not contain.")
                    .arg(fileRow)
                    .arg(column + 1),
                u"shared string index %1"_s.arg(value));
        }
        return m_workbook.sharedStrings().at(index);
    }
    if (type == u"b") {
        return value.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
    }
    if (type == u"d") {
        // An ISO 8601 date cell (strict OOXML): midnight is a plain date.
        QString text = value.trimmed();
        if (text.endsWith(u"T00:00:00")) {
            text.chop(9);
        }
        return text.replace(u'T', u' ');
    }
    if (type == u"str" || type == u"e") {
        return value;
    }
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok) {
        return value;
    }
    const auto kind = style.isEmpty() ? SpreadsheetValues::Kind::Number : m_workbook.styleKind(style.toInt());
    return SpreadsheetValues::formatSerial(number, kind, m_workbook.date1904());
}

Result<bool> XlsxReader::nextRecord(ImportRow &row)
{
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement || m_xml.name() != u"row") {
            continue;
        }
        bool ok = false;
        int rowNumber = attribute(m_xml, u"r").toInt(&ok);
        if (!ok || rowNumber <= m_lastRow) {
            rowNumber = m_lastRow + 1;
        }
        m_lastRow = rowNumber;
        row.fileRow = rowNumber;
        row.cells.clear();
        int nextColumn = 0;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement && m_xml.name() == u"row") {
                break;
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            int column = columnOf(attribute(m_xml, u"r"));
            if (column < 0) {
                column = nextColumn;
            }
            if (column >= MaxColumns) {
                return error(
                    rowNumber, -1, tr("Row %1 has a cell beyond the last column Excel allows.").arg(rowNumber));
            }
            auto value = readCell(rowNumber, column);
            if (!value) {
                return value.error();
            }
            if (!value->isEmpty()) {
                while (row.cells.size() <= column) {
                    row.cells.append(QString());
                }
                row.cells[column] = *value;
            }
            nextColumn = column + 1;
        }
        if (m_xml.hasError()) {
            break;
        }
        return true;
    }
    if (m_xml.hasError()) {
        return error(m_lastRow > 0 ? m_lastRow : -1,
            -1,
            tr("The Excel workbook is damaged near row %1.").arg(std::max(m_lastRow, 1)),
            m_xml.errorString());
    }
    m_atEnd = true;
    return false;
}

qint64 XlsxReader::position() const
{
    // The sheet is a stream without positions; the characters parsed are its bytes as far as XML is ASCII.
    return m_atEnd ? size() : std::min(m_xml.characterOffset(), size());
}

qint64 XlsxReader::size() const
{
    return m_file ? m_file->size() : 0;
}

} // namespace Kontor
