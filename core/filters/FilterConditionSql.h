#pragma once

#include "FilterExpression.h"
#include "FilterFields.h"
#include "FilterSql.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace Kontor {

class Database;

// One condition of a filter as SQL over the contacts alias `c`: FilterCompiler's per-field rules. The SQL of every
// condition is true or false, never NULL, so that `not` returns exactly the other contacts.
// Fails with Error::Code::Invalid naming the field when the field is unknown, the operator does not fit its type
// or an operand is not a number, date, user or choice.
class FilterConditionSql
{
    Q_DECLARE_TR_FUNCTIONS(FilterCompiler)

public:
    FilterConditionSql(Database &db, qint64 userId, QList<FilterField> fields, qint64 nowMs);

    Result<FilterSql::Fragment> compile(const FilterCondition &condition);

private:
    using Fragment = FilterSql::Fragment;

    Result<Fragment> text(const FilterField &field, const FilterCondition &c);
    Result<Fragment> phone(const FilterField &field, const FilterCondition &c);
    Result<Fragment> number(const FilterField &field, const FilterCondition &c);
    Result<Fragment> date(const FilterField &field, const FilterCondition &c);
    Result<Fragment> birthday(const FilterField &field, const FilterCondition &c);
    Result<Fragment> boolean(const FilterField &field, const FilterCondition &c);
    Result<Fragment> choice(const FilterField &field, const FilterCondition &c);
    Result<Fragment> tags(const FilterField &field, const FilterCondition &c);
    Result<Fragment> users(const FilterField &field, const FilterCondition &c);

    Result<double> toNumber(const FilterField &field, const QString &value) const;
    Result<QDate> toDate(const FilterField &field, const QString &value) const;
    Result<int> toDays(const FilterField &field, const QString &value) const;
    Result<qint64> userIdFor(const FilterField &field, const QString &name);
    // Choices matched case-insensitively and returned as spelled in the catalogue.
    Result<QStringList> toChoices(const FilterField &field, const QStringList &values) const;
    Error invalid(const FilterField &field, const QString &message) const;

    Database &m_db;
    qint64 m_userId;
    QList<FilterField> m_fields;
    qint64 m_nowMs;
    QDate m_today; // local
};

} // namespace Kontor
