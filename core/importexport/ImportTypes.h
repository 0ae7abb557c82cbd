#pragma once

#include "Contact.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Kontor {

enum class ImportFormat
{
    Auto, // by content first (BOM/zip/OLE/BEGIN:VCARD), then by extension
    Csv, // CSV, TSV, semicolon, any delimited text
    Xlsx,
    Xls,
    VCard,
};

QString importFormatKey(ImportFormat format); // "auto", "csv", "xlsx", "xls", "vcf"
bool importFormatFromKey(const QString &key, ImportFormat *out);

// How a delimited text file is read. Empty / null members mean "detect".
struct CsvDialect
{
    QString encoding; // a codec name QStringDecoder accepts: "UTF-8", "UTF-16LE", "windows-1252", "macintosh"...
    bool bom = false; // the file started with a byte-order mark (detected; ignored as input)
    QChar delimiter; // ',', ';', '\t', '|'
    QChar quote; // '"' or '\''
};

// What the reader is asked for: format and dialect (all detected when left empty), the sheet of a workbook,
// and whether the first row names the columns.
struct TableOptions
{
    ImportFormat format = ImportFormat::Auto;
    CsvDialect dialect;
    int sheet = 0; // 0-based index among ProbeResult::sheets
    int hasHeader = -1; // -1: detect; 0: no header row (columns are named "Column 1", ...); 1: header row
};

// One record of a table: its cells and the 1-based row of the file where it starts (a CSV record with embedded
// newlines spans several lines; the row is where it begins, as a spreadsheet would number it).
struct ImportRow
{
    int fileRow = 0;
    QStringList cells;
};

// What probing a file found: the format and dialect it will be read with, the sheets of a workbook, the
// column names and the first rows for the mapping step's samples.
struct ProbeResult
{
    ImportFormat format = ImportFormat::Csv;
    CsvDialect dialect; // filled for Csv
    QStringList sheets; // filled for Xlsx and Xls
    int sheet = 0;
    bool hasHeader = true;
    QStringList headers; // for VCard: the property names found ("N", "EMAIL", "X-ABLabel", ...)
    QList<ImportRow> sample; // up to 20 records after the header (empty for VCard)
    qint64 fileSize = 0;
};

// A problem with one cell or one field of one row: what the review lists and what --json prints.
struct ImportProblem
{
    int row = 0; // 1-based file row
    int column = -1; // 0-based column index of a table; -1 when the problem is not about one cell (vCard, row)
    QString columnName; // the header of that column, or the vCard property / field label
    QString field; // the target field key ("emails", "birthday", "first_name", "custom.<id>")
    QString reason; // translated
    QString value; // the offending text, shortened to 200 characters
};

// A corrected cell value the user typed in the review step (tables only).
struct CellFix
{
    int row = 0; // 1-based file row
    int column = 0; // 0-based column
    QString value;
};

// One row turned into a contact: the draft (not yet validated or saved), the company it names (linked by name
// when written) and what was wrong with its cells. A row with problems is invalid.
struct ImportRecord
{
    int fileRow = 0;
    Contact contact;
    QString companyName;
    QString ownerName; // the owner by user name or e-mail, resolved when written; empty: none / the import's
    QStringList followerNames; // resolved like the owner
    QHash<QString, QString> customByName; // vCard: custom values by field name, resolved when written
    QList<ImportProblem> problems;
    QStringList cells; // the source cells (tables) or the card's lines (vCard), for the failed-rows file
    bool isEmpty = false; // a row without any value: skipped silently, never a problem
};

// What to do with a row that matches an existing contact (same e-mail, else same phone number).
enum class DuplicatePolicy
{
    Skip, // leave the existing contact alone; the row counts as skipped
    Update, // fill and overwrite the existing contact's fields with the row's non-empty values
    Create, // create a new contact anyway ("create only")
};

QString duplicatePolicyKey(DuplicatePolicy policy); // "skip", "update", "create"
bool duplicatePolicyFromKey(const QString &key, DuplicatePolicy *out);

} // namespace Kontor
