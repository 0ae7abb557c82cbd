#pragma once

#include "Contact.h"
#include "CustomField.h"
#include "ExportRepository.h"
#include "ExportService.h"

#include <QCoreApplication>
#include <QHash>

namespace Kontor {

// The columns of a CSV/XLSX export: which keys exist (availableColumns), how the chosen keys expand to concrete
// columns ("email" -> "E-mail 1", "E-mail 1 label", "E-mail 2", ...), their headers (ImportTargets::exportHeader,
// so the file maps back on import) and the text of each cell for one contact. Cells are not yet neutralised
// against formulas; the writers do that.
class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ExportColumns)

public:
    // Built-in keys in form order, then "custom.<id>" for every field.
    static QList<ExportColumn> available(const QList<CustomField> &fields);
    // True when a key list (empty: all) contains a multi-valued key whose column count depends on the data.
    static bool needsSlots(const QStringList &keys);

    // Fails with Invalid naming the first unknown key. `keys` empty: every available column.
    static Result<ExportColumns> create(QStringList keys,
        const QList<CustomField> &fields,
        const QHash<qint64, QString> &userNames,
        const ExportSlots &counts);

    const QStringList &headers() const { return m_headers; }
    QStringList cells(const Contact &contact) const;

private:
    struct Column
    {
        QString key; // a built-in key, "email"/"email_label" (per group), an address part, or "custom.<id>"
        int group = 0; // 1-based slot of multi-valued keys
        qint64 fieldId = 0;
    };

    QString cell(const Column &column, const Contact &contact) const;

    QList<Column> m_columns;
    QStringList m_headers;
    QHash<qint64, QString> m_userNames;
};

} // namespace Kontor
