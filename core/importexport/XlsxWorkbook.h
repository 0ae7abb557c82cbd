#pragma once

#include "Result.h"
#include "SpreadsheetValues.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QXmlStreamReader;

namespace Kontor {

// The parts of an XLSX workbook a sheet needs to be read: the sheets' names and parts (workbook.xml and its
// relationships), the shared strings (rich-text runs joined, phonetic runs left out), which cell styles show
// dates (styles.xml) and the date system. Shared strings are the one thing kept in memory whole: cells refer
// to them by index. Damaged or missing parts are Errors naming the file.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString part; // the sheet's entry in the zip, e.g. "xl/worksheets/sheet1.xml"
    };

    static Result<XlsxWorkbook> load(const QString &path);

    const QString &path() const { return m_path; }
    const ZipArchive &archive() const { return m_archive; }
    const QList<Sheet> &sheets() const { return m_sheets; }
    const QStringList &sharedStrings() const { return m_sharedStrings; }
    bool date1904() const { return m_date1904; }
    // What the cell style with index `styleIndex` (a cell's s attribute) shows.
    SpreadsheetValues::Kind styleKind(int styleIndex) const;

    // The text of a rich or plain string element (<si>, <is>) at the reader's position: its <t> parts joined,
    // phonetic runs (<rPh>) left out. Leaves the reader at the element's end.
    static QString readStringItem(QXmlStreamReader &xml);

    Error damaged(const QString &detail) const;

private:
    Result<void> open(const QString &path);
    Result<void> readWorkbook();
    Result<void> readSharedStrings(const QString &part);
    Result<void> readStyles(const QString &part);

    QString m_path;
    QString m_fileName;
    ZipArchive m_archive;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<SpreadsheetValues::Kind> m_styleKinds;
    bool m_date1904 = false;
};

} // namespace Kontor
