#pragma once

#include "CustomField.h"
#include "ImportMapping.h"
#include "ImportTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace Kontor {

// How dates of one file are written; decided once per file from its values (DateOrderDetector), never per cell.
enum class DateOrder
{
    DayMonthYear, // 31.12.1980, 31/12/80, 1.2.85
    MonthDayYear, // 12/31/1980
    YearMonthDay, // 1980-12-31
};

// Collects the date cells of a file (birthdays, date custom fields) and decides their order: ISO when every
// value is yyyy-mm-dd; month first only when some value has a first part > 12 as its second part
// (12/31/1980) and none contradicts; otherwise day first (German and most European files).
class DateOrderDetector
{
public:
    void add(const QString &value);
    DateOrder result() const;

private:
    int m_dayFirstEvidence = 0;
    int m_monthFirstEvidence = 0;
    int m_iso = 0;
    int m_other = 0;
};

// Turns the cells of one table row into a contact draft following the mapping: splits full names ("Dr. Anna
// Maria Müller", "Müller, Anna") and multi-value cells, parses dates in the file's DateOrder ("--MM-DD" and
// Outlook's "0.0.00" are a birthday without year / none), keeps phones raw (ContactValidator normalises them
// with the import's region), reads yes/no cells in German and English ("ja", "x", "1", "true"), strips the
// apostrophe Kontor's export puts before cells starting with = + - @, and checks each custom value with
// CustomFieldValues::normalize. Problems name the row, the column and the header; they never throw away the
// other cells. Pure: no database access, safe on any thread.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(RowConverter)

public:
    struct Options
    {
        ContactKind kind = ContactKind::Person;
        DateOrder dateOrder = DateOrder::DayMonthYear;
        QList<CustomField> customFields; // existing fields, by id; "custom.new" columns need newFieldIds
        QHash<QString, qint64> newFieldIds; // label of a "custom.new" column -> id of the field created for it
    };

    RowConverter(const QStringList &headers, const ImportMapping &mapping, Options options);

    // The fixes apply before conversion (CellFix of this row). The record's owner, if mapped, is a name.
    ImportRecord convert(const ImportRow &row, const QList<CellFix> &fixes = {}) const;

    // "Dr. Anna Maria Müller" -> title, first, middle, last; "Müller, Anna" -> last, first.
    static void splitFullName(const QString &fullName, Contact &contact);
    // Parses one date cell; false when it is not a date in that order (or an impossible one such as 31.02.).
    // Sets a Birthday with year 0 for "--MM-DD" and "31.12." and a null Birthday for "" and "0.0.00".
    static bool parseDate(const QString &text, DateOrder order, Birthday *out);
    static QStringList splitMultiValue(const QString &cell, bool alsoComma);

private:
    QStringList m_headers;
    ImportMapping m_mapping;
    Options m_options;
};

} // namespace Kontor
