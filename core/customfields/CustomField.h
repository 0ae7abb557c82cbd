#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kontor {

enum class CustomFieldType
{
    Text,
    LongText,
    Number,
    Money,
    Date,
    Checkbox,
    SingleSelect,
    MultiSelect,
    Url,
    Phone,
    Email,
};

QString customFieldTypeKey(CustomFieldType type); // "text", "long_text", "number", ...
bool customFieldTypeFromKey(const QString &key, CustomFieldType *out);
QString customFieldTypeLabel(CustomFieldType type); // translated
QList<CustomFieldType> allCustomFieldTypes();

struct CustomFieldFolder
{
    qint64 id = 0;
    QString uuid;
    QString name;
    int position = 0;
};

struct CustomField
{
    qint64 id = 0;
    QString uuid;
    qint64 folderId = 0; // 0: no folder ("Additional information")
    QString name;
    CustomFieldType type = CustomFieldType::Text;
    QStringList options; // for single and multi select
    int position = 0;
};

// Canonical text forms of values, per type (what Contact::customValues holds):
//   text, long text, URL, phone, e-mail: the text; number: "1234.5"; money: "1234.50 EUR";
//   date: "YYYY-MM-DD"; checkbox: "1" or "0"; single select: the option; multi select: options joined by "\n".
// normalize() turns user input (also German "1.234,50" and "31.12.2025") into that form or reports why not.
namespace CustomFieldValues {
// Returns an empty string and sets *problem (translated) when `input` does not fit the field.
QString normalize(const CustomField &field, const QString &input, QString *problem);
// For number, money, checkbox and date: the number filters and sorting use; NaN otherwise.
double numericValue(const CustomField &field, const QString &canonical);
} // namespace CustomFieldValues

} // namespace Kontor
