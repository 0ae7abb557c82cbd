#include "XlsxWorkbook.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved to a zip entry
};

// A relationship target relative to the folder of the part that owns it ("worksheets/sheet1.xml" from
// "xl/workbook.xml"), or absolute from the package root ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString &ownerPart, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(u'/')) {
        parts = ownerPart.section(u'/', 0, -2, QString::SectionSkipEmpty).split(u'/', Qt::SkipEmptyParts);
        if (!ownerPart.contains(u'/')) {
            parts.clear();
        }
    }
    for (const QString &piece : target.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == u"..") {
            if (!parts.isEmpty()) {
                parts.removeLast();
            }
        } else if (piece != u".") {
            parts.append(piece);
        }
    }
    return parts.join(u'/');
}

QString relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

// An attribute by local name, whatever its namespace prefix (r:id, or a strict-OOXML namespace).
QString attribute(const QXmlStreamReader &xml, QStringView localName)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == localName) {
            return a.value().toString();
        }
    }
    return {};
}

} // namespace

Error XlsxWorkbook::damaged(const QString &detail) const
{
    ErrorLocation where;
    where.file = m_fileName;
    return makeError(Error::Code::Invalid, tr("The Excel workbook is damaged or not an XLSX file."), detail, where);
}

SpreadsheetValues::Kind XlsxWorkbook::styleKind(int styleIndex) const
{
    if (styleIndex < 0 || styleIndex >= m_styleKinds.size()) {
        return SpreadsheetValues::Kind::Number;
    }
    return m_styleKinds.at(styleIndex);
}

QString XlsxWorkbook::readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh") {
                xml.skipCurrentElement(); // phonetic reading (furigana): not part of the text
            } else if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

Result<XlsxWorkbook> XlsxWorkbook::load(const QString &path)
{
    XlsxWorkbook workbook;
    if (auto opened = workbook.open(path); !opened) {
        return opened.error();
    }
    if (auto read = workbook.readWorkbook(); !read) {
        return read.error();
    }
    if (!workbook.m_sharedStringsPart.isEmpty()) {
        if (auto read = workbook.readSharedStrings(workbook.m_sharedStringsPart); !read) {
            return read.error();
        }
    }
    if (!workbook.m_stylesPart.isEmpty()) {
        if (auto read = workbook.readStyles(workbook.m_stylesPart); !read) {
            return read.error();
        }
    }
    return workbook;
}

Result<void> XlsxWorkbook::open(const QString &path)
{
    m_path = path;
    m_fileName = QFileInfo(path).fileName();
    auto archive = ZipArchive::open(path);
    if (!archive) {
        if (archive.error().code == Error::Code::Invalid) {
            return damaged(archive.error().detail);
        }
        return archive.error();
    }
    m_archive = std::move(*archive);
    return {};
}

Result<void> XlsxWorkbook::readWorkbook()
{
    auto readRelationships = [this](const QString &ownerPart) -> Result<QList<Relationship>> {
        QList<Relationship> result;
        const auto file = m_archive.openEntry(relsPartOf(ownerPart));
        if (!file) {
            return result; // no relationships: the defaults below apply
        }
        QXmlStreamReader xml(file.get());
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
                result.append({attribute(xml, u"Id"),
                    attribute(xml, u"Type"),
                    attribute(xml, u"TargetMode") == u"External"
                        ? QString()
                        : resolveTarget(ownerPart, attribute(xml, u"Target"))});
            }
        }
        if (xml.hasError()) {
            return damaged(xml.errorString());
        }
        return result;
    };

    QString workbookPart = u"xl/workbook.xml"_s;
    auto rootRels = readRelationships(QString());
    if (!rootRels) {
        return rootRels.error();
    }
    for (const Relationship &r : *rootRels) {
        if (r.type.endsWith(u"/officeDocument") && !r.target.isEmpty()) {
            workbookPart = r.target;
        }
    }
    auto workbookRels = readRelationships(workbookPart);
    if (!workbookRels) {
        return workbookRels.error();
    }
    QHash<QString, QString> targets;
    for (const Relationship &r : *workbookRels) {
        targets.insert(r.id, r.target);
        if (r.type.endsWith(u"/sharedStrings")) {
            m_sharedStringsPart = r.target;
        } else if (r.type.endsWith(u"/styles")) {
            m_stylesPart = r.target;
        }
    }
    const QString folder = workbookPart.left(workbookPart.lastIndexOf(u'/') + 1);
    if (m_sharedStringsPart.isEmpty() && m_archive.contains(folder + u"sharedStrings.xml"_s)) {
        m_sharedStringsPart = folder + u"sharedStrings.xml"_s;
    }
    if (m_stylesPart.isEmpty() && m_archive.contains(folder + u"styles.xml"_s)) {
        m_stylesPart = folder + u"styles.xml"_s;
    }

    const auto file = m_archive.openEntry(workbookPart);
    if (!file) {
        return damaged(u"no %1 in the package"_s.arg(workbookPart));
    }
    QXmlStreamReader xml(file.get());
    int index = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"workbookPr") {
            const QString flag = attribute(xml, u"date1904");
            m_date1904 = flag == u"1" || flag.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (xml.name() == u"sheet") {
            ++index;
            QString part = targets.value(attribute(xml, u"id"));
            if (part.isEmpty()) {
                part = folder + u"worksheets/sheet%1.xml"_s.arg(index);
            }
            m_sheets.append({attribute(xml, u"name"), part});
        }
    }
    if (xml.hasError()) {
        return damaged(xml.errorString());
    }
    if (m_sheets.isEmpty()) {
        return damaged(u"the workbook lists no sheets"_s);
    }
    return {};
}

Result<void> XlsxWorkbook::readSharedStrings(const QString &part)
{
    const auto file = m_archive.openEntry(part);
    if (!file) {
        return damaged(u"cannot open %1"_s.arg(part));
    }
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            m_sharedStrings.append(readStringItem(xml));
        }
    }
    if (xml.hasError()) {
        return damaged(xml.errorString());
    }
    return {};
}

Result<void> XlsxWorkbook::readStyles(const QString &part)
{
    const auto file = m_archive.openEntry(part);
    if (!file) {
        return damaged(u"cannot open %1"_s.arg(part));
    }
    QXmlStreamReader xml(file.get());
    QHash<int, QString> customFormats;
    QList<int> cellFormats; // numFmtId of each cell style, in index order
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                customFormats.insert(attribute(xml, u"numFmtId").toInt(), attribute(xml, u"formatCode"));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                cellFormats.append(attribute(xml, u"numFmtId").toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError()) {
        return damaged(xml.errorString());
    }
    m_styleKinds.reserve(cellFormats.size());
    for (int id : cellFormats) {
        m_styleKinds.append(SpreadsheetValues::kindOfFormat(id, customFormats.value(id)));
    }
    return {};
}

} // namespace Kontor
