#include "ImportSource.h"

#include "TableReader.h"
#include "VCardReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Readers name the file in their errors; make sure every error from here does.
Error withFile(Error e, const QString &path)
{
    if (e.location.file.isEmpty()) {
        e.location.file = QFileInfo(path).fileName();
    }
    return e;
}

// "item1.TEL;TYPE=CELL:+49..." -> "TEL"; continuation and blank lines -> "".
QString propertyName(const QString &line)
{
    qsizetype end = 0;
    while (end < line.size() && line.at(end) != u':' && line.at(end) != u';') {
        ++end;
    }
    if (end == line.size() || end == 0) {
        return {};
    }
    QString name = line.left(end).trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0) {
        name = name.mid(dot + 1);
    }
    return name.toUpper();
}
} // namespace

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;

TableOptions ImportSource::tableOptions(const ProbeResult &probe)
{
    TableOptions options;
    options.format = probe.format;
    options.dialect = probe.dialect;
    options.sheet = probe.sheet;
    options.hasHeader = probe.hasHeader ? 1 : 0;
    return options;
}

Result<std::unique_ptr<ImportSource>> ImportSource::open(const QString &path,
    const ProbeResult &probe,
    const ImportMapping &mapping,
    const RowConverter::Options &options,
    const QList<CellFix> &fixes)
{
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->m_path = path;
    if (probe.format == ImportFormat::VCard) {
        auto reader = VCardReader::open(path);
        if (!reader) {
            return withFile(reader.error(), path);
        }
        source->m_vcard = std::move(*reader);
        return source;
    }
    auto reader = TableReader::open(path, tableOptions(probe));
    if (!reader) {
        return withFile(reader.error(), path);
    }
    source->m_table = std::move(*reader);
    source->m_converter = std::make_unique<RowConverter>(source->m_table->headers(), mapping, options);
    for (const CellFix &fix : fixes) {
        source->m_fixes[fix.row].append(fix);
    }
    return source;
}

Result<bool> ImportSource::nextRecord(ImportRecord &record)
{
    if (m_vcard) {
        record = ImportRecord();
        auto more = m_vcard->next(record);
        if (!more) {
            return withFile(more.error(), m_path);
        }
        return *more;
    }
    ImportRow row;
    auto more = m_table->next(row);
    if (!more) {
        return withFile(more.error(), m_path);
    }
    if (!*more) {
        return false;
    }
    const auto fixes = m_fixes.constFind(row.fileRow);
    record = m_converter->convert(row, fixes == m_fixes.constEnd() ? QList<CellFix>() : *fixes);
    return true;
}

Result<QList<ImportRecord>> ImportSource::nextChunk(int count)
{
    QList<ImportRecord> chunk;
    chunk.reserve(count);
    ImportRecord record;
    while (chunk.size() < count) {
        auto more = nextRecord(record);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        if (!record.isEmpty) {
            chunk.append(std::move(record));
        }
    }
    return chunk;
}

qint64 ImportSource::position() const
{
    return m_vcard ? m_vcard->position() : m_table->position();
}

qint64 ImportSource::size() const
{
    return m_vcard ? m_vcard->size() : m_table->size();
}

Result<DateOrder> ImportSource::detectDateOrder(const QString &path,
    const ProbeResult &probe,
    const ImportMapping &mapping,
    const QList<CustomField> &customFields,
    int rows)
{
    if (probe.format == ImportFormat::VCard) {
        return DateOrder::YearMonthDay; // vCard dates are ISO 8601
    }
    QSet<QString> dateTargets{u"birthday"_s};
    for (const CustomField &f : customFields) {
        if (f.type == CustomFieldType::Date) {
            dateTargets.insert(u"custom.%1"_s.arg(f.id));
        }
    }
    QList<int> columns;
    for (int i = 0; i < mapping.columns.size(); ++i) {
        if (dateTargets.contains(mapping.columns.at(i).target)) {
            columns << i;
        }
    }
    if (columns.isEmpty()) {
        return DateOrder::DayMonthYear;
    }
    auto reader = TableReader::open(path, tableOptions(probe));
    if (!reader) {
        return withFile(reader.error(), path);
    }
    DateOrderDetector detector;
    ImportRow row;
    for (int read = 0; read < rows; ++read) {
        auto more = (*reader)->next(row);
        if (!more) {
            return withFile(more.error(), path);
        }
        if (!*more) {
            break;
        }
        for (const int column : std::as_const(columns)) {
            if (column < row.cells.size() && !row.cells.at(column).trimmed().isEmpty()) {
                detector.add(row.cells.at(column).trimmed());
            }
        }
    }
    return detector.result();
}

bool ImportSource::looksLikeVCard(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(4096);
    QString text;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        auto decoder
            = QStringDecoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        text = decoder.decode(head.mid(2));
    } else {
        text = QString::fromLatin1(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
    }
    return text.trimmed().startsWith(u"BEGIN:VCARD"_s, Qt::CaseInsensitive);
}

Result<ProbeResult> ImportSource::probeVCard(const QString &path)
{
    auto reader = VCardReader::open(path);
    if (!reader) {
        return withFile(reader.error(), path);
    }
    ProbeResult probe;
    probe.format = ImportFormat::VCard;
    probe.hasHeader = false;
    probe.fileSize = QFileInfo(path).size();
    QSet<QString> seen;
    ImportRecord record;
    // The first cards show which properties the file uses; enough for the wizard's overview.
    for (int cards = 0; cards < 20; ++cards) {
        auto more = (*reader)->next(record);
        if (!more) {
            return withFile(more.error(), path);
        }
        if (!*more) {
            break;
        }
        for (const QString &line : std::as_const(record.cells)) {
            const QString name = propertyName(line);
            if (!name.isEmpty() && name != u"BEGIN" && name != u"END" && !seen.contains(name)) {
                seen.insert(name);
                probe.headers << name;
            }
        }
    }
    if (probe.headers.isEmpty()) {
        ErrorLocation where;
        where.file = QFileInfo(path).fileName();
        return makeError(Error::Code::Invalid, tr("The file %1 holds no contact cards.").arg(where.file), {}, where);
    }
    return probe;
}

} // namespace Kontor
