#pragma once

#include "CustomField.h"
#include "FilterFields.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Kontor {

class Database;

// The SQL behind one field of a list (FilterFields key, plus "persons" for companies): what a list sorts it by
// and what a column shows. Expressions read the row of `contacts c`; ids of custom fields are inlined as integer
// literals, so the expressions carry no bind values.
struct ListFieldSql
{
    QString key;
    FilterFieldType type = FilterFieldType::Text;
    // The ordering value; NULL where the field is empty (empty values sort last in both directions).
    // Text is folded (case, umlauts, ß) in SQL so that the order follows the German one of the name column.
    QString sortExpr;
    bool neverEmpty = false; // name, created, updated, kind, lead: one segment, no empty tail
    QString valueExpr; // the value a column shows, unfolded
    qint64 customFieldId = 0;
    CustomFieldType customType = CustomFieldType::Text;
};

class ContactListFields
{
    Q_DECLARE_TR_FUNCTIONS(ContactListFields)

public:
    // Error::Code::Invalid naming the field for a key that is neither built in nor a custom field's "custom.Name".
    static Result<ListFieldSql> resolve(Database &db, const QString &key);
    // The column value in the type ContactSummary::values documents, from what valueExpr returned.
    static QVariant columnValue(const ListFieldSql &field, const QVariant &raw);
    // `expr` lower-cased with German umlauts, ß and common accents folded, as TextFolding::sortKey does in C++.
    static QString foldSql(const QString &expr);
};

} // namespace Kontor
