#pragma once

#include "ImportMapping.h"
#include "ImportTypes.h"
#include "Result.h"
#include "RowConverter.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Kontor {

class TableReader;
class VCardReader;

// The records of one import file, converted: a table through TableReader and RowConverter (with the review's
// cell fixes), a vCard file through VCardReader. Streams; holds one chunk at most. Empty rows are dropped here,
// since they are neither data nor problems.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    ~ImportSource();

    // `probe` says how the file is read (format, dialect, sheet, header row). For vCard, mapping and options
    // are not used. Fails with the reader's error.
    static Result<std::unique_ptr<ImportSource>> open(const QString &path,
        const ProbeResult &probe,
        const ImportMapping &mapping,
        const RowConverter::Options &options,
        const QList<CellFix> &fixes);

    // Up to `count` non-empty records; an empty list at the end of the file. A reader error names file and row.
    Result<QList<ImportRecord>> nextChunk(int count);
    qint64 position() const;
    qint64 size() const;

    // How the dates of a table are written, from its first `rows` records' date columns (birthday and custom
    // date fields); DayMonthYear for files without any.
    static Result<DateOrder> detectDateOrder(const QString &path,
        const ProbeResult &probe,
        const ImportMapping &mapping,
        const QList<CustomField> &customFields,
        int rows = 1000);

    // Whether the file starts like a vCard file (after a byte-order mark and blank lines).
    static bool looksLikeVCard(const QString &path);
    // Step 1 and 2 for a vCard file: the property names of the first cards as headers, no sample rows.
    static Result<ProbeResult> probeVCard(const QString &path);
    static TableOptions tableOptions(const ProbeResult &probe);

private:
    ImportSource();
    Result<bool> nextRecord(ImportRecord &record);

    QString m_path;
    std::unique_ptr<TableReader> m_table;
    std::unique_ptr<VCardReader> m_vcard;
    std::unique_ptr<RowConverter> m_converter;
    QHash<int, QList<CellFix>> m_fixes; // by file row
};

} // namespace Kontor
