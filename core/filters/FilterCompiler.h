#pragma once

#include "FilterExpression.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace Kontor {

class Database;

// A filter turned into SQL: one boolean expression over the contacts table under the alias `c`, to be ANDed
// into the WHERE clause of a list or count query, with its positional bind values in order.
struct CompiledFilter
{
    QString sql; // "1" for the empty filter
    QVariantList binds;
};

// Compiles a filter tree into one SQL expression, so that lists, counts, bulk actions and exports run the
// filter inside SQLite and never load rows into memory (STYLE.md, "Big tables"). Conditions on child tables
// (e-mails, phones, addresses, tags, followers, custom values) become `c.id IN (SELECT contact_id ...)`
// subqueries the planner can drive from their indexes; text comparisons fold German spellings and case on both
// sides (Müller = mueller = MÜLLER, Straße = strasse). Relative dates ("in last 7 days") are resolved against the
// database clock and the local time zone at compile time: compile again for a new day.
class FilterCompiler
{
    Q_DECLARE_TR_FUNCTIONS(FilterCompiler)

public:
    // userId: who "me" is (owner is me).
    FilterCompiler(Database &db, qint64 userId);

    // Fails with Error::Code::Invalid naming the field (ErrorLocation::field, fieldLabel) for an unknown field,
    // an operator that does not fit the field's type, or an operand that is not a number / date / user / choice.
    Result<CompiledFilter> compile(const FilterNode &filter);
    // parse() + compile().
    Result<CompiledFilter> compile(const QString &expression);

private:
    Database &m_db;
    qint64 m_userId;
};

} // namespace Kontor
