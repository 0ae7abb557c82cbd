#include "FilterExpression.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
FilterNode parsed(const QString &text)
{
    auto node = FilterExpression::parse(text);
    if (!node) {
        FAIL(node.error().message.toStdString());
    }
    return *node;
}

Error syntaxError(const QString &text)
{
    auto node = FilterExpression::parse(text);
    REQUIRE_FALSE(node.has_value());
    CHECK(node.error().code == Error::Code::Invalid);
    return node.error();
}
} // namespace

TEST_CASE("Filter text parses into conditions with operators and operands")
{
    const FilterNode n = parsed(u"city = \"Berlin\" and tags has \"Kunde\""_s);
    REQUIRE(n.kind == FilterNode::Kind::And);
    REQUIRE(n.children.size() == 2);
    CHECK(n.children[0].condition == FilterCondition{u"city"_s, FilterOperator::Is, {u"Berlin"_s}});
    CHECK(n.children[1].condition == FilterCondition{u"tags"_s, FilterOperator::HasAny, {u"Kunde"_s}});

    const auto only = [](const QString &text) {
        const FilterNode node = parsed(text);
        REQUIRE(node.children.size() == 1);
        return node.children.front().condition;
    };
    CHECK(only(u"birthday in next 14 days"_s) == FilterCondition{u"birthday"_s, FilterOperator::InNextDays, {u"14"_s}});
    CHECK(only(u"created IN LAST 1 day"_s) == FilterCondition{u"created"_s, FilterOperator::InLastDays, {u"1"_s}});
    CHECK(only(u"custom.\"Branche mit Leer\" = \"Bau\""_s)
        == FilterCondition{u"custom.Branche mit Leer"_s, FilterOperator::Is, {u"Bau"_s}});
    CHECK(only(u"custom.Umsatz > 1000"_s) == FilterCondition{u"custom.Umsatz"_s, FilterOperator::Greater, {u"1000"_s}});
    CHECK(only(u"name starts with \"mül\""_s) == FilterCondition{u"name"_s, FilterOperator::StartsWith, {u"mül"_s}});
    CHECK(only(u"email contains \"@example.de\""_s)
        == FilterCondition{u"email"_s, FilterOperator::Contains, {u"@example.de"_s}});
    CHECK(only(u"owner is me"_s) == FilterCondition{u"owner"_s, FilterOperator::IsMe, {}});
    CHECK(only(u"type in (\"Lead\", \"Customer\")"_s)
        == FilterCondition{u"type"_s, FilterOperator::IsAnyOf, {u"Lead"_s, u"Customer"_s}});
    CHECK(only(u"lead = true"_s) == FilterCondition{u"lead"_s, FilterOperator::Is, {u"true"_s}});
    CHECK(
        only(u"tags has all (\"a\", \"b\")"_s) == FilterCondition{u"tags"_s, FilterOperator::HasAll, {u"a"_s, u"b"_s}});
    CHECK(only(u"tags has none (\"a\")"_s) == FilterCondition{u"tags"_s, FilterOperator::HasNone, {u"a"_s}});
    CHECK(
        only(u"tags has any (\"a\", \"b\")"_s) == FilterCondition{u"tags"_s, FilterOperator::HasAny, {u"a"_s, u"b"_s}});
    CHECK(only(u"created between 2026-01-01 and 2026-03-31"_s)
        == FilterCondition{u"created"_s, FilterOperator::Between, {u"2026-01-01"_s, u"2026-03-31"_s}});
    CHECK(only(u"updated before 2026-01-01"_s)
        == FilterCondition{u"updated"_s, FilterOperator::Before, {u"2026-01-01"_s}});
    CHECK(only(u"birthday after --06-01"_s) == FilterCondition{u"birthday"_s, FilterOperator::After, {u"--06-01"_s}});
    CHECK(only(u"phone is empty"_s) == FilterCondition{u"phone"_s, FilterOperator::IsEmpty, {}});
    CHECK(only(u"phone is not empty"_s) == FilterCondition{u"phone"_s, FilterOperator::IsNotEmpty, {}});
    CHECK(only(u"city is not \"Köln\""_s) == FilterCondition{u"city"_s, FilterOperator::IsNot, {u"Köln"_s}});
    CHECK(only(u"city != \"Köln\""_s) == FilterCondition{u"city"_s, FilterOperator::IsNot, {u"Köln"_s}});
    CHECK(only(u"custom.Umsatz < -2.5"_s) == FilterCondition{u"custom.Umsatz"_s, FilterOperator::Less, {u"-2.5"_s}});
    CHECK(only(u"name = \"Sagt \\\"Hallo\\\" \\\\ so\""_s)
        == FilterCondition{u"name"_s, FilterOperator::Is, {u"Sagt \"Hallo\" \\ so"_s}});
}

TEST_CASE("Filter text binds and tighter than or and honours parentheses and not")
{
    const FilterNode n = parsed(u"a = 1 or b = 2 and c = 3"_s);
    REQUIRE(n.kind == FilterNode::Kind::Or);
    REQUIRE(n.children.size() == 2);
    CHECK(n.children[0].kind == FilterNode::Kind::Condition);
    REQUIRE(n.children[1].kind == FilterNode::Kind::And);
    CHECK(n.children[1].children.size() == 2);

    const FilterNode grouped = parsed(u"(a = 1 or b = 2) and not c = 3"_s);
    REQUIRE(grouped.kind == FilterNode::Kind::And);
    CHECK(grouped.children[0].kind == FilterNode::Kind::Or);
    REQUIRE(grouped.children[1].kind == FilterNode::Kind::Not);
    CHECK(grouped.children[1].children.front().condition.field == u"c"_s);

    const FilterNode flattened = parsed(u"a = 1 and (b = 2 and c = 3)"_s);
    CHECK(flattened.children.size() == 3);
    CHECK(parsed(u"  "_s).isEmpty());
    CHECK(parsed({}).isEmpty());
}

TEST_CASE("Printing a parsed filter and parsing it again gives the same tree")
{
    const QStringList texts = {
        u"city = \"Berlin\" and tags has \"Kunde\""_s,
        u"birthday in next 14 days or (type = \"Lead\" and created in last 7 days)"_s,
        u"custom.\"Branche\" = \"Bau\""_s,
        u"custom.\"Umsatz in €\" > 1000.5"_s,
        u"name starts with \"mül\" or email contains \"@example.de\""_s,
        u"created in last 7 days and owner is me"_s,
        u"type in (\"Lead\", \"Customer\") and lead = true"_s,
        u"tags has any (\"a\", \"b\") and tags has all (\"c\", \"d\") and tags has none (\"e\")"_s,
        u"created between 2026-01-01 and 2026-03-31"_s,
        u"not (city = \"Berlin\" or city = \"Hamburg\") and not phone is empty"_s,
        u"(a = 1 or b = 2) and (c = 3 or d = 4)"_s,
        u"birthday after --06-01 or birthday = 1980-05-17"_s,
        u"phone is not empty and followers has \"Anna\" and owner = \"me\""_s,
        u"name = \"und \\\"so\\\"\" and description contains \"and\""_s,
        u"not not city = \"x\""_s,
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        const FilterNode first = parsed(text);
        const QString printed = FilterExpression::toText(first);
        INFO(printed.toStdString());
        CHECK(parsed(printed) == first);
        CHECK(FilterExpression::toText(parsed(printed)) == printed);
    }
    CHECK(FilterExpression::toText(parsed(u"CITY = 'x'"_s.replace(u'\'', u'"'))) == u"CITY = \"x\""_s);
    CHECK(FilterExpression::toText(parsed(u"a=1 AND (b=2 AND c=3)"_s)) == u"a = 1 and b = 2 and c = 3"_s);
    CHECK(FilterExpression::toText(parsed(u"tags has any (\"x\")"_s)) == u"tags has \"x\""_s);
    CHECK(FilterExpression::toText(FilterNode{}).isEmpty());
}

TEST_CASE("Filter syntax errors say what was expected and at which position")
{
    Error e = syntaxError(u"city = "_s);
    CHECK(e.location.column == 8);
    CHECK(e.message.contains(u"value"_s));
    CHECK(e.message.contains(u"8"_s));

    e = syntaxError(u"city \"Berlin\""_s);
    CHECK(e.location.column == 6);
    CHECK(e.message.contains(u"operator"_s));

    e = syntaxError(u"(city = \"Berlin\""_s);
    CHECK(e.location.column == 17);
    CHECK(e.message.contains(u")"_s));

    e = syntaxError(u"city = \"Berlin"_s);
    CHECK(e.location.column == 8);
    CHECK(e.message.contains(u"quote"_s));

    CHECK(syntaxError(u"city = \"a\" \"b\""_s).location.column == 12);
    CHECK(syntaxError(u"and city = \"a\""_s).location.column == 1);
    CHECK(syntaxError(u"birthday in next x days"_s).location.column == 18);
    CHECK(syntaxError(u"created between 2026-01-01 2026-02-01"_s).location.column == 28);
    CHECK(syntaxError(u"tags has any (\"a\" \"b\")"_s).location.column == 19);
    CHECK(syntaxError(u"city ! \"a\""_s).location.column == 6);
    CHECK(syntaxError(u"()"_s).location.column == 1);
    CHECK(syntaxError(u"type in \"Lead\""_s).location.column == 9);
}
