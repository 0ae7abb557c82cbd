#pragma once

#include <QString>

namespace Kontor {

// How spreadsheet numbers become cell text, shared by the XLSX and XLS readers so that one workbook saved in
// both formats imports alike.
class SpreadsheetValues
{
public:
    enum class Kind
    {
        Number,
        Date,
        DateTime,
        Time,
    };

    // A number as a person would type it: integers without exponent or decimals (phone numbers and postcodes
    // are often stored as numbers), others with up to 15 significant digits (so 0.1 + 0.2 shows as 0.3).
    static QString formatNumber(double value);
    // A serial date as ISO text: "yyyy-MM-dd", with " HH:mm:ss" for a DateTime whose time is not midnight,
    // "HH:mm:ss" for a Time. The 1900 system counts the non-existent 1900-02-29 (Lotus' bug, kept by Excel);
    // the 1904 system (old Mac workbooks) counts from 1904-01-01. Serials out of Excel's range stay numbers.
    static QString formatSerial(double serial, Kind kind, bool date1904);
    // What a number format shows: a built-in format id (0-163) or, for custom ids, its format code.
    static Kind kindOfFormat(int numFmtId, const QString &formatCode);
    // Drops a midnight time from "yyyy-MM-dd HH:mm:ss" (libfreexl's date-time text).
    static QString trimMidnight(const QString &dateTime);
};

} // namespace Kontor
