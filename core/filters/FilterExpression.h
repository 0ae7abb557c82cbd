#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Kontor {

// How a condition compares. Which operators fit which field type is decided by FilterFields::operatorsFor().
enum class FilterOperator
{
    Is, // =       text (German-folded, case-insensitive), number, date (that day), choice, boolean, user
    IsNot, // !=
    Contains, // contains "x"
    StartsWith, // starts with "x"
    IsEmpty, // is empty
    IsNotEmpty, // is not empty
    Less, // <  numbers
    Greater, // >  numbers
    Before, // before 2026-03-01     dates; birthdays compare day and month: before --06-01
    After, // after 2026-03-01
    Between, // between A and B      dates, birthdays, numbers (inclusive)
    InLastDays, // in last N days    dates, birthdays (by day and month)
    InNextDays, // in next N days
    HasAny, // has any ("a", "b")   tags, multi-select, followers; `has "a"` is HasAny with one value
    HasAll, // has all ("a", "b")
    HasNone, // has none ("a", "b")
    IsMe, // is me                 owner, followers, created by: the session's user
    IsAnyOf, // in ("a", "b")       choice, user (by name), text
};

// One condition: a field key (FilterFields), an operator and its operands as text, e.g.
// {"city", Is, {"Berlin"}}, {"birthday", InNextDays, {"14"}}, {"custom.Branche", Is, {"Bau"}}.
// Dates are ISO (2026-03-01); birthday day-and-month operands are --MM-DD; numbers use '.' as decimal point.
struct FilterCondition
{
    QString field;
    FilterOperator op = FilterOperator::Is;
    QStringList values;

    bool operator==(const FilterCondition &) const = default;
};

// A filter is a tree: conditions combined in AND / OR groups, optionally negated. The desktop's filter builder
// edits such a tree; the command line and saved smart lists use its text form (docs/filters.md):
//   city = "Berlin" and tags has "Kunde"
//   birthday in next 14 days or (type = "Lead" and created in last 7 days)
//   custom."Branche" = "Bau"
struct FilterNode
{
    enum class Kind
    {
        Condition,
        And,
        Or,
        Not, // exactly one child
    };

    Kind kind = Kind::And; // an empty And matches everything
    FilterCondition condition; // Kind::Condition only
    std::vector<FilterNode> children; // And, Or, Not

    bool isEmpty() const { return kind != Kind::Condition && children.empty(); }
    bool operator==(const FilterNode &) const = default;
};

namespace FilterExpression {
// Parses the text form. Empty or blank text is the empty filter (everything). A syntax error comes back as
// Error::Code::Invalid whose message says what was expected and where (character position, 1-based, in
// the message and in ErrorLocation::column), e.g. "Expected a value after \"=\" at position 8."
// Field names and operator words are not checked against the catalogue here; FilterCompiler does that.
Result<FilterNode> parse(const QString &text);
// The canonical text form; parse(toText(n)) == n for every tree parse() can produce (groups flattened:
// "a and (b and c)" prints as "a and b and c").
QString toText(const FilterNode &node);
// Key words of the language, for the docs and for completion.
QString operatorText(FilterOperator op);
} // namespace FilterExpression

} // namespace Kontor
