#include "FilterCompiler.h"

#include "Clock.h"
#include "Database.h"
#include "FilterConditionSql.h"
#include "FilterFields.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FilterCompiler)
};

Result<FilterSql::Fragment> compileNode(FilterConditionSql &conditions, const FilterNode &node);
} // namespace

FilterCompiler::FilterCompiler(Database &db, qint64 userId)
    : m_db(db)
    , m_userId(userId)
{}

Result<CompiledFilter> FilterCompiler::compile(const QString &expression)
{
    auto tree = FilterExpression::parse(expression);
    if (!tree) {
        return tree.error();
    }
    return compile(*tree);
}

Result<CompiledFilter> FilterCompiler::compile(const FilterNode &filter)
{
    if (filter.isEmpty()) {
        return CompiledFilter{u"1"_s, {}};
    }
    auto fields = FilterFields::all(m_db);
    if (!fields) {
        return fields.error();
    }
    FilterConditionSql conditions(m_db, m_userId, *fields, m_db.clock().nowMs());
    auto sql = compileNode(conditions, filter);
    if (!sql) {
        return sql.error();
    }
    return CompiledFilter{sql->sql, sql->binds};
}

namespace {
Result<FilterSql::Fragment> compileNode(FilterConditionSql &conditions, const FilterNode &node)
{
    switch (node.kind) {
    case FilterNode::Kind::Condition:
        return conditions.compile(node.condition);
    case FilterNode::Kind::Not: {
        if (node.children.size() != 1) {
            return makeError(Error::Code::Invalid, Tr::tr("\"not\" needs exactly one condition or group."));
        }
        auto inner = compileNode(conditions, node.children.front());
        if (!inner) {
            return inner;
        }
        // Every condition is true or false, never NULL, so NOT gives exactly the other contacts.
        return FilterSql::Fragment{u"NOT ("_s + inner->sql + u')', inner->binds};
    }
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        if (node.children.empty()) {
            return FilterSql::Fragment{u"1"_s, {}};
        }
        FilterSql::Fragment out;
        const QString glue = node.kind == FilterNode::Kind::And ? u" AND "_s : u" OR "_s;
        for (const auto &child : node.children) {
            auto part = compileNode(conditions, child);
            if (!part) {
                return part;
            }
            if (!out.sql.isEmpty()) {
                out.sql += glue;
            }
            out.sql += u'(' + part->sql + u')';
            out.binds += part->binds;
        }
        return out;
    }
    }
    return FilterSql::Fragment{u"1"_s, {}};
}

} // namespace

} // namespace Kontor
