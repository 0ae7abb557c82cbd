#pragma once

#include "FilterExpression.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Kontor {

// Building blocks of FilterCompiler's SQL. SQLite on Debian has no ICU, so German folding happens twice in the
// same way: fold() in C++ for operands, foldSql() in SQL for columns. SQLite's lower() lowers ASCII only, hence
// both sides lower ASCII and spell out ä, ö, ü and ß (either case) as ae, oe, ue and ss; other letters compare as
// they are.
namespace FilterSql {
// A piece of SQL with its positional binds, in order.
struct Fragment
{
    QString sql;
    QVariantList binds;

    Fragment &operator+=(const Fragment &other)
    {
        sql += other.sql;
        binds += other.binds;
        return *this;
    }
};

QString fold(const QString &text);
QString foldSql(const QString &column);
// An FTS5 MATCH expression whose matches are a superset of the contacts whose indexed text is `value`
// (startsAnchored: the value starts a word, endAnchored: it ends one). Empty when no word can be used.
QString ftsTerms(const QString &value, bool startAnchored, bool endAnchored);
// Alternatives ("a" OR "b"); empty if any alternative is empty, because then the prefilter would lose rows.
QString ftsAny(const QStringList &expressions);
QString placeholders(int count); // "?, ?, ?"
// UTC ms of local midnight starting `date`.
qint64 localDayStart(const QDate &date);
// The day-and-month window [from, to] (month * 100 + day) as SQL over `md`; wraps across the year end when
// from > to ("--12-20 to --01-10").
Fragment monthDayWindow(const QString &md, int from, int to);
// The birthdays celebrated on the days from..to. In a common year 29 February birthdays are celebrated on
// 1 March: a window opening on 1 March includes them, one closing on 28 February does not.
Fragment birthdayWindow(const QString &md, const QDate &from, const QDate &to);
// The folded comparison of `column` for Is, IsAnyOf, Contains or StartsWith.
Fragment textPredicate(const QString &column, FilterOperator op, const QStringList &values);
// Whether a name value may spell (the start of) a title, which the search index leaves out.
bool mayNameTitle(const QStringList &values);
// c.id [NOT] IN (SELECT contact_id FROM table WHERE where)
Fragment childIn(const QString &table, const Fragment &where, bool negate);
// The contacts with at least one address whose last check (email_checks) has one of `statuses`: "valid",
// "invalid", "unknown", or "unchecked" for an address without a check.
Fragment emailStatusIn(const QStringList &statuses, bool negate);
// The same over the values of one custom field.
Fragment customIn(qint64 fieldId, const Fragment &where, bool negate);
Fragment customEmpty(qint64 fieldId, bool empty);
Fragment negated(const Fragment &f);
Fragment both(const Fragment &a, const Fragment &b);
int dayNumber(const QDate &date); // yyyymmdd, as custom date fields store it
// true/yes/ja/1 and false/no/nein/0; false when the text is neither.
bool parseBoolean(const QString &value, bool *out);
// How many values an operator takes: 0, 1, 2 or -1 for one or more.
int valueCount(FilterOperator op);
} // namespace FilterSql

} // namespace Kontor
