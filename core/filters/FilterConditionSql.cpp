#include "FilterConditionSql.h"

#include "Contact.h"
#include "PhoneNormalizer.h"
#include "UserService.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;
using FilterSql::both;
using FilterSql::childIn;
using FilterSql::customEmpty;
using FilterSql::customIn;
using FilterSql::dayNumber;
using FilterSql::Fragment;
using FilterSql::mayNameTitle;
using FilterSql::negated;
using FilterSql::parseBoolean;
using FilterSql::textPredicate;
using FilterSql::valueCount;

namespace {
// Where a text field lives: a column of the contact, a column of a child table (any row may match) or the name
// of the linked company. `fts`: its words are in the search index (SearchIndex::documentFor), so a prefilter
// over contact_search can narrow the contacts before the exact folded comparison.
struct TextTarget
{
    enum class Kind
    {
        Column,
        Child,
        Company,
    };
    Kind kind = Kind::Column;
    QString table;
    QString column;
    bool fts = false;
    Fragment scope; // extra condition on the child rows (custom field id)
};

TextTarget textTarget(const FilterField &field)
{
    using K = TextTarget::Kind;
    if (field.customFieldId) {
        return {K::Child, u"custom_field_values"_s, u"value"_s, false, {u"field_id = ?"_s, {field.customFieldId}}};
    }
    const QString &key = field.key;
    if (key == u"name"_s) {
        return {K::Column, {}, u"c.display_name"_s, true, {}};
    }
    if (key == u"first_name"_s || key == u"last_name"_s) {
        return {K::Column, {}, u"c."_s + key, true, {}};
    }
    if (key == u"company"_s) {
        return {K::Company, {}, u"display_name"_s, true, {}};
    }
    if (key == u"email"_s) {
        return {K::Child, u"contact_emails"_s, u"value"_s, true, {}};
    }
    if (key == u"street"_s || key == u"city"_s) {
        return {K::Child, u"contact_addresses"_s, key, true, {}};
    }
    if (key == u"postal_code"_s || key == u"region"_s || key == u"country"_s) {
        return {K::Child, u"contact_addresses"_s, key, false, {}};
    }
    return {K::Column, {}, u"c."_s + key, false, {}};
}

QString ftsPrefilterFor(FilterOperator op, const QStringList &values)
{
    QStringList alternatives;
    for (const auto &v : values) {
        alternatives << FilterSql::ftsTerms(
            v, op != FilterOperator::Contains, op == FilterOperator::Is || op == FilterOperator::IsAnyOf);
    }
    return FilterSql::ftsAny(alternatives);
}

} // namespace

FilterConditionSql::FilterConditionSql(Database &db, qint64 userId, QList<FilterField> fields, qint64 nowMs)
    : m_db(db)
    , m_userId(userId)
    , m_fields(std::move(fields))
    , m_nowMs(nowMs)
    , m_today(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::systemTimeZone()).date())
{}

Error FilterConditionSql::invalid(const FilterField &field, const QString &message) const
{
    return invalidField(field.key, message, field.label);
}

Result<Fragment> FilterConditionSql::compile(const FilterCondition &condition)
{
    const bool custom = condition.field.startsWith(u"custom."_s, Qt::CaseInsensitive);
    const FilterField *field = nullptr;
    for (const auto &f : std::as_const(m_fields)) {
        if (custom ? (f.customFieldId && f.label.compare(condition.field.mid(7), Qt::CaseInsensitive) == 0)
                   : (!f.customFieldId && f.key.compare(condition.field, Qt::CaseInsensitive) == 0)) {
            field = &f;
            break;
        }
    }
    if (!field) {
        return invalidField(condition.field, tr("Unknown field \"%1\".").arg(condition.field));
    }
    if (!FilterFields::operatorsFor(field->type).contains(condition.op)) {
        return invalid(*field,
            tr("The operator \"%1\" does not fit \"%2\".")
                .arg(FilterFields::operatorLabel(condition.op, field->type), field->label));
    }
    const int expected = valueCount(condition.op);
    if ((expected >= 0 && condition.values.size() != expected) || (expected < 0 && condition.values.isEmpty())) {
        return invalid(*field,
            tr("\"%1\" %2 needs %n value(s).", nullptr, qMax(expected, 1))
                .arg(field->label, FilterFields::operatorLabel(condition.op, field->type)));
    }
    switch (field->type) {
    case FilterFieldType::Text:
        return field->key == u"phone"_s ? phone(*field, condition) : text(*field, condition);
    case FilterFieldType::Number:
        return number(*field, condition);
    case FilterFieldType::Date:
        return date(*field, condition);
    case FilterFieldType::Birthday:
        return birthday(*field, condition);
    case FilterFieldType::Boolean:
        return boolean(*field, condition);
    case FilterFieldType::Choice:
        return choice(*field, condition);
    case FilterFieldType::Tags:
        return tags(*field, condition);
    case FilterFieldType::User:
    case FilterFieldType::Users:
        return users(*field, condition);
    }
    return invalid(*field, tr("Unknown field \"%1\".").arg(condition.field));
}

Result<Fragment> FilterConditionSql::text(const FilterField &field, const FilterCondition &c)
{
    const TextTarget target = textTarget(field);
    FilterOperator op = c.op;
    if ((op == FilterOperator::Is || op == FilterOperator::IsNot) && c.values.value(0).trimmed().isEmpty()) {
        op = op == FilterOperator::Is ? FilterOperator::IsEmpty : FilterOperator::IsNotEmpty;
    }
    const bool negate = op == FilterOperator::IsNot;
    const FilterOperator positiveOp = negate ? FilterOperator::Is : op;

    if (op == FilterOperator::IsEmpty || op == FilterOperator::IsNotEmpty) {
        const bool empty = op == FilterOperator::IsEmpty;
        switch (target.kind) {
        case TextTarget::Kind::Column:
            return Fragment{u"%1 %2 ''"_s.arg(target.column, empty ? u"="_s : u"<>"_s), {}};
        case TextTarget::Kind::Company:
            return Fragment{empty ? u"c.company_id IS NULL"_s : u"c.company_id IS NOT NULL"_s, {}};
        case TextTarget::Kind::Child: {
            Fragment where = target.scope;
            where.sql += (where.sql.isEmpty() ? u""_s : u" AND "_s) + target.column + u" <> ''"_s;
            return childIn(target.table, where, empty);
        }
        }
    }

    Fragment exact;
    Fragment prefilter;
    const QString match = target.fts && !negate ? ftsPrefilterFor(op, c.values) : QString();
    if (!match.isEmpty()) {
        prefilter = {u"c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)"_s, {match}};
        if (field.key == u"name"_s && mayNameTitle(c.values)) {
            // The generated display name starts with the title, which the index leaves out. Testing every
            // titled contact reads the whole table, so only values that may spell a title pay for it.
            prefilter.sql = u'(' + prefilter.sql + u" OR c.title <> '')"_s;
        }
    }
    switch (target.kind) {
    case TextTarget::Kind::Column:
        exact = textPredicate(target.column, positiveOp, c.values);
        if (field.key == u"name"_s) {
            // Lists sort persons by last name, so "name starts with "mül"" finds Max Müller too.
            const Fragment last = textPredicate(u"c.last_name"_s, positiveOp, c.values);
            exact.sql = u'(' + exact.sql + u" OR "_s + last.sql + u')';
            exact.binds += last.binds;
        }
        break;
    case TextTarget::Kind::Company: {
        const Fragment p = textPredicate(u"display_name"_s, positiveOp, c.values);
        // With a prefilter the candidates' companies are looked up one by one; without one the companies are
        // read from their own index, never the persons.
        exact = prefilter.sql.isEmpty() || negate
            ? Fragment{u"c.company_id IS NOT NULL AND c.company_id IN (SELECT id FROM contacts WHERE"
                       " deleted_at IS NULL AND kind = 1 AND "_s
                    + p.sql + u')',
                p.binds}
            : Fragment{u"EXISTS (SELECT 1 FROM contacts co WHERE co.id = c.company_id AND "_s
                    + textPredicate(u"co.display_name"_s, positiveOp, c.values).sql + u')',
                p.binds};
        break;
    }
    case TextTarget::Kind::Child: {
        Fragment where = target.scope;
        if (field.key == u"email"_s && (positiveOp == FilterOperator::Is || positiveOp == FilterOperator::IsAnyOf)) {
            // E-mail addresses are compared as stored case-folded, which their index answers directly.
            QVariantList binds;
            for (const auto &v : c.values) {
                binds << v.trimmed().toCaseFolded();
            }
            return childIn(target.table,
                {u"value_folded IN (%1)"_s.arg(FilterSql::placeholders(int(binds.size()))), binds},
                negate);
        }
        const Fragment p = textPredicate(target.column, positiveOp, c.values);
        if (!prefilter.sql.isEmpty()) {
            // Checked per candidate of the index instead of scanning the whole child table.
            Fragment correlated{
                u"EXISTS (SELECT 1 FROM %1 x WHERE x.contact_id = c.id"_s.arg(target.table), target.scope.binds};
            if (!target.scope.sql.isEmpty()) {
                correlated.sql += u" AND x."_s + target.scope.sql;
            }
            correlated.sql += u" AND "_s + textPredicate(u"x."_s + target.column, positiveOp, c.values).sql + u')';
            correlated.binds += p.binds;
            return both(prefilter, correlated);
        }
        where.sql += (where.sql.isEmpty() ? u""_s : u" AND "_s) + p.sql;
        where.binds += p.binds;
        return childIn(target.table, where, negate);
    }
    }
    if (negate) {
        return negated(exact);
    }
    return prefilter.sql.isEmpty() ? exact : both(prefilter, exact);
}

Result<Fragment> FilterConditionSql::phone(const FilterField &, const FilterCondition &c)
{
    const QString table = u"contact_phones"_s;
    const QString digitsOnly = u"replace(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''), '/', ''),"
                               " '(', ''), ')', ''), '.', '')"_s;
    switch (c.op) {
    case FilterOperator::IsEmpty:
    case FilterOperator::IsNotEmpty:
        return childIn(table, {u"raw <> ''"_s, {}}, c.op == FilterOperator::IsEmpty);
    case FilterOperator::Is:
    case FilterOperator::IsNot:
    case FilterOperator::IsAnyOf: {
        // Numbers compare in E.164 where they parse ("030 1234" = "+49 30 1234"), which the e164 index answers.
        QStringList e164;
        QStringList raw;
        for (const auto &v : c.values) {
            const auto parsed = PhoneNormalizer::normalize(v, u"DE"_s);
            (parsed.parsed ? e164 : raw) << (parsed.parsed ? parsed.e164 : FilterSql::fold(v.trimmed()));
        }
        Fragment where;
        QStringList parts;
        if (!e164.isEmpty()) {
            parts << u"(e164 <> '' AND e164 IN (%1))"_s.arg(FilterSql::placeholders(int(e164.size())));
            for (const auto &e : e164) {
                where.binds << e;
            }
        }
        if (!raw.isEmpty()) {
            parts << u"%1 IN (%2)"_s.arg(FilterSql::foldSql(u"raw"_s), FilterSql::placeholders(int(raw.size())));
            for (const auto &r : raw) {
                where.binds << r;
            }
        }
        where.sql = parts.join(u" OR "_s);
        return childIn(table, where, c.op == FilterOperator::IsNot);
    }
    default: {
        QString value = c.values.value(0).trimmed();
        static const QRegularExpression phoneLike(u"^[+0-9 ()/.\\-]*[0-9][0-9 ()/.\\-]*$"_s);
        if (!phoneLike.match(value).hasMatch()) {
            return childIn(table, textPredicate(u"raw"_s, c.op, {value}), false);
        }
        value.remove(QRegularExpression(u"[ ()/.\\-]"_s));
        if (c.op == FilterOperator::Contains) {
            return childIn(table, {u"instr(e164, ?) > 0 OR instr(%1, ?) > 0"_s.arg(digitsOnly), {value, value}}, false);
        }
        Fragment where{u"instr(%1, ?) = 1"_s.arg(digitsOnly), {value}};
        const QString international = value.startsWith(u"00"_s) ? u'+' + value.mid(2) : value;
        if (international.startsWith(u'+')) {
            where.sql += u" OR (e164 <> '' AND instr(e164, ?) = 1)"_s;
            where.binds << international;
        }
        return childIn(table, where, false);
    }
    }
}

Result<double> FilterConditionSql::toNumber(const FilterField &field, const QString &value) const
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        return invalid(field, tr("\"%1\" is not a number (%2).").arg(value, field.label));
    }
    return v;
}

Result<QDate> FilterConditionSql::toDate(const FilterField &field, const QString &value) const
{
    QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        d = QDate::fromString(value.trimmed(), u"d.M.yyyy"_s);
    }
    if (!d.isValid()) {
        return invalid(field, tr("\"%1\" is not a date (%2); use YYYY-MM-DD.").arg(value, field.label));
    }
    return d;
}

Result<int> FilterConditionSql::toDays(const FilterField &field, const QString &value) const
{
    bool ok = false;
    const int days = value.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > 100000) {
        return invalid(field, tr("\"%1\" is not a number of days (%2).").arg(value, field.label));
    }
    return days;
}

Result<QStringList> FilterConditionSql::toChoices(const FilterField &field, const QStringList &values) const
{
    if (field.choices.isEmpty()) {
        return values;
    }
    QStringList out;
    for (const auto &v : values) {
        const auto it = std::find_if(field.choices.cbegin(), field.choices.cend(), [&](const QString &choice) {
            return choice.compare(v.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (it == field.choices.cend()) {
            return invalid(
                field, tr("\"%1\" is not a choice of \"%2\" (%3).").arg(v, field.label, field.choices.join(u", "_s)));
        }
        out << *it;
    }
    return out;
}

Result<qint64> FilterConditionSql::userIdFor(const FilterField &field, const QString &name)
{
    auto user = UserService(m_db).find(name);
    if (!user) {
        if (user.error().code == Error::Code::NotFound) {
            return invalid(field, tr("There is no user \"%1\" (%2).").arg(name, field.label));
        }
        return user.error();
    }
    return user->id;
}

Result<Fragment> FilterConditionSql::number(const FilterField &field, const FilterCondition &c)
{
    const qint64 id = field.customFieldId;
    if (c.op == FilterOperator::IsEmpty || c.op == FilterOperator::IsNotEmpty) {
        return customEmpty(id, c.op == FilterOperator::IsEmpty);
    }
    QVariantList numbers;
    for (const auto &v : c.values) {
        auto n = toNumber(field, v);
        if (!n) {
            return n.error();
        }
        numbers << *n;
    }
    switch (c.op) {
    case FilterOperator::Less:
        return customIn(id, {u"value_num < ?"_s, numbers}, false);
    case FilterOperator::Greater:
        return customIn(id, {u"value_num > ?"_s, numbers}, false);
    case FilterOperator::Between:
        if (numbers.at(0).toDouble() > numbers.at(1).toDouble()) {
            std::swap(numbers[0], numbers[1]);
        }
        return customIn(id, {u"value_num BETWEEN ? AND ?"_s, numbers}, false);
    default:
        return customIn(id, {u"value_num = ?"_s, numbers}, c.op == FilterOperator::IsNot);
    }
}

Result<Fragment> FilterConditionSql::date(const FilterField &field, const FilterCondition &c)
{
    QList<QDate> dates;
    int days = 0;
    if (c.op == FilterOperator::InLastDays || c.op == FilterOperator::InNextDays) {
        auto n = toDays(field, c.values.value(0));
        if (!n) {
            return n.error();
        }
        days = *n;
    } else {
        for (const auto &v : c.values) {
            auto d = toDate(field, v);
            if (!d) {
                return d.error();
            }
            dates << *d;
        }
        if (dates.size() == 2 && dates.at(0) > dates.at(1)) {
            std::swap(dates[0], dates[1]);
        }
    }

    if (field.customFieldId) {
        // Custom dates are stored as the number yyyymmdd.
        const qint64 id = field.customFieldId;
        switch (c.op) {
        case FilterOperator::IsEmpty:
        case FilterOperator::IsNotEmpty:
            return customEmpty(id, c.op == FilterOperator::IsEmpty);
        case FilterOperator::Before:
            return customIn(id, {u"value_num < ?"_s, {dayNumber(dates.at(0))}}, false);
        case FilterOperator::After:
            return customIn(id, {u"value_num > ?"_s, {dayNumber(dates.at(0))}}, false);
        case FilterOperator::Between:
            return customIn(
                id, {u"value_num BETWEEN ? AND ?"_s, {dayNumber(dates.at(0)), dayNumber(dates.at(1))}}, false);
        case FilterOperator::InLastDays:
            return customIn(
                id, {u"value_num BETWEEN ? AND ?"_s, {dayNumber(m_today.addDays(-days)), dayNumber(m_today)}}, false);
        case FilterOperator::InNextDays:
            return customIn(
                id, {u"value_num BETWEEN ? AND ?"_s, {dayNumber(m_today), dayNumber(m_today.addDays(days))}}, false);
        default:
            return customIn(id, {u"value_num = ?"_s, {dayNumber(dates.at(0))}}, c.op == FilterOperator::IsNot);
        }
    }

    const QString column = field.key == u"created"_s ? u"c.created_at"_s
        : field.key == u"updated"_s                  ? u"c.updated_at"_s
                                                     : u"c.last_activity_at"_s;
    const bool nullable = column == u"c.last_activity_at"_s;
    using FilterSql::localDayStart;
    Fragment range;
    switch (c.op) {
    case FilterOperator::IsEmpty:
        return Fragment{nullable ? column + u" IS NULL"_s : u"0"_s, {}};
    case FilterOperator::IsNotEmpty:
        return Fragment{nullable ? column + u" IS NOT NULL"_s : u"1"_s, {}};
    case FilterOperator::Before:
        range = {column + u" < ?"_s, {localDayStart(dates.at(0))}};
        break;
    case FilterOperator::After:
        range = {column + u" >= ?"_s, {localDayStart(dates.at(0).addDays(1))}};
        break;
    case FilterOperator::Between:
        range = {
            u"%1 >= ? AND %1 < ?"_s.arg(column), {localDayStart(dates.at(0)), localDayStart(dates.at(1).addDays(1))}};
        break;
    case FilterOperator::InLastDays:
        // From the start of the local day `days` ago until now.
        range = {u"%1 >= ? AND %1 <= ?"_s.arg(column), {localDayStart(m_today.addDays(-days)), m_nowMs}};
        break;
    case FilterOperator::InNextDays:
        range = {u"%1 >= ? AND %1 < ?"_s.arg(column), {m_nowMs, localDayStart(m_today.addDays(days + 1))}};
        break;
    default:
        range = {
            u"%1 >= ? AND %1 < ?"_s.arg(column), {localDayStart(dates.at(0)), localDayStart(dates.at(0).addDays(1))}};
        break;
    }
    if (nullable) {
        range.sql = column + u" IS NOT NULL AND "_s + range.sql;
    }
    return c.op == FilterOperator::IsNot ? negated(range) : range;
}

Result<Fragment> FilterConditionSql::birthday(const FilterField &field, const FilterCondition &c)
{
    const QString md = u"(c.birthday_month * 100 + c.birthday_day)"_s;
    const QString ymd = u"(c.birthday_year * 10000 + c.birthday_month * 100 + c.birthday_day)"_s;
    const auto known = [](const Fragment &f) {
        return Fragment{u"c.birthday_month IS NOT NULL AND ("_s + f.sql + u')', f.binds};
    };
    switch (c.op) {
    case FilterOperator::IsEmpty:
        return Fragment{u"c.birthday_month IS NULL"_s, {}};
    case FilterOperator::IsNotEmpty:
        return Fragment{u"c.birthday_month IS NOT NULL"_s, {}};
    case FilterOperator::InNextDays:
    case FilterOperator::InLastDays: {
        auto days = toDays(field, c.values.value(0));
        if (!days) {
            return days.error();
        }
        const bool next = c.op == FilterOperator::InNextDays;
        const QDate from = next ? m_today : m_today.addDays(-*days);
        const QDate to = next ? m_today.addDays(*days) : m_today;
        return known(FilterSql::birthdayWindow(md, from, to));
    }
    default:
        break;
    }
    QList<Birthday> values;
    for (const auto &v : c.values) {
        Birthday b;
        if (!Birthday::parseIso(v.trimmed(), &b) || b.isNull() || !b.isValid()) {
            return invalid(field,
                tr("\"%1\" is not a birthday (%2); use YYYY-MM-DD or --MM-DD for day and month.").arg(v, field.label));
        }
        values << b;
    }
    // With a year the whole date counts; without one (--MM-DD) day and month, whatever the year.
    const bool withYear = values.at(0).hasYear();
    for (const auto &b : values) {
        if (b.hasYear() != withYear) {
            return invalid(
                field, tr("Give both birthdays of \"%1\" with a year or both without one (--MM-DD).").arg(field.label));
        }
    }
    const auto key
        = [&](const Birthday &b) { return withYear ? b.year * 10000 + b.month * 100 + b.day : b.month * 100 + b.day; };
    const QString expr = withYear ? ymd : md;
    const QString yearKnown = withYear ? u"c.birthday_year IS NOT NULL AND "_s : QString();
    Fragment f;
    switch (c.op) {
    case FilterOperator::Before:
        f = known({yearKnown + expr + u" < ?"_s, {key(values.at(0))}});
        break;
    case FilterOperator::After:
        f = known({yearKnown + expr + u" > ?"_s, {key(values.at(0))}});
        break;
    case FilterOperator::Between: {
        const int from = key(values.at(0));
        const int to = key(values.at(1));
        const Fragment window = withYear ? Fragment{expr + u" BETWEEN ? AND ?"_s, {qMin(from, to), qMax(from, to)}}
                                         : FilterSql::monthDayWindow(md, from, to);
        f = known({yearKnown + window.sql, window.binds});
        break;
    }
    default:
        f = known({yearKnown + expr + u" = ?"_s, {key(values.at(0))}});
        break;
    }
    return c.op == FilterOperator::IsNot ? negated(f) : f;
}

Result<Fragment> FilterConditionSql::boolean(const FilterField &field, const FilterCondition &c)
{
    bool value = false;
    if (!parseBoolean(c.values.value(0), &value)) {
        return invalid(field, tr("\"%1\" is neither true nor false (%2).").arg(c.values.value(0), field.label));
    }
    const bool want = c.op == FilterOperator::Is ? value : !value;
    if (field.customFieldId) {
        return customIn(field.customFieldId, {u"value_num = 1"_s, {}}, !want);
    }
    return Fragment{u"c.is_lead = ?"_s, {want ? 1 : 0}};
}

Result<Fragment> FilterConditionSql::choice(const FilterField &field, const FilterCondition &c)
{
    const bool empty = c.op == FilterOperator::IsEmpty;
    if (field.key == u"email_status"_s) {
        if (empty || c.op == FilterOperator::IsNotEmpty) {
            return childIn(u"contact_emails"_s, {u"1"_s, {}}, empty); // empty: no address to check
        }
        auto statuses = toChoices(field, c.values);
        if (!statuses) {
            return statuses.error();
        }
        return FilterSql::emailStatusIn(*statuses, c.op == FilterOperator::IsNot);
    }
    if (field.key == u"kind"_s) {
        if (empty || c.op == FilterOperator::IsNotEmpty) {
            return Fragment{empty ? u"0"_s : u"1"_s, {}};
        }
    } else if (empty || c.op == FilterOperator::IsNotEmpty) {
        if (field.customFieldId) {
            return customEmpty(field.customFieldId, empty);
        }
        return Fragment{empty ? u"c.contact_type = ''"_s : u"c.contact_type <> ''"_s, {}};
    }
    auto choices = toChoices(field, c.values);
    if (!choices) {
        return choices.error();
    }
    QVariantList binds;
    for (const auto &choice : std::as_const(*choices)) {
        if (field.key == u"kind"_s) {
            binds << (choice == u"company"_s ? 1 : 0);
        } else {
            binds << choice;
        }
    }
    const QString in = u"IN (%1)"_s.arg(FilterSql::placeholders(int(binds.size())));
    const bool negate = c.op == FilterOperator::IsNot;
    if (field.customFieldId) {
        return customIn(field.customFieldId, {u"value "_s + in, binds}, negate);
    }
    const QString column = field.key == u"kind"_s ? u"c.kind"_s : u"c.contact_type COLLATE NOCASE"_s;
    return Fragment{u"%1 %2%3"_s.arg(column, negate ? u"NOT "_s : u""_s, in), binds};
}

Result<Fragment> FilterConditionSql::tags(const FilterField &field, const FilterCondition &c)
{
    const bool custom = field.customFieldId != 0;
    if (c.op == FilterOperator::IsEmpty || c.op == FilterOperator::IsNotEmpty) {
        const bool empty = c.op == FilterOperator::IsEmpty;
        return custom ? customEmpty(field.customFieldId, empty) : childIn(u"contact_tags"_s, {u"1"_s, {}}, empty);
    }
    auto values = toChoices(field, c.values);
    if (!values) {
        return values.error();
    }
    // One test per contact that has any of `any`.
    const auto hasAny = [&](const QStringList &any) -> Fragment {
        if (custom) {
            // Multi-select values are the chosen options joined by "\n".
            QStringList tests;
            QVariantList binds;
            for (const auto &v : any) {
                tests << u"instr(char(10) || value || char(10), ?) > 0"_s;
                binds << QString(u'\n' + v + u'\n');
            }
            return customIn(field.customFieldId, {tests.join(u" OR "_s), binds}, false);
        }
        // Tags repeat: the distinct spellings are found by hopping through the tag index (one seek per distinct
        // tag), folded there, and the matching ones then drive contact_tags_tag. Scanning every contact's tags
        // with the fold, or testing each FTS match, took about three times as long on 50,000 demo contacts.
        const Fragment folded = textPredicate(u"d.tag"_s, FilterOperator::IsAnyOf, any);
        return childIn(u"contact_tags"_s,
            {u"tag IN (WITH RECURSIVE d(tag) AS (SELECT min(tag) FROM contact_tags UNION ALL"
             " SELECT (SELECT min(tag) FROM contact_tags WHERE tag > d.tag) FROM d WHERE d.tag IS NOT NULL)"
             " SELECT d.tag FROM d WHERE d.tag IS NOT NULL AND "_s
                    + folded.sql + u')',
                folded.binds},
            false);
    };
    switch (c.op) {
    case FilterOperator::HasAll: {
        Fragment out;
        for (const auto &v : std::as_const(*values)) {
            const Fragment one = hasAny({v});
            out = out.sql.isEmpty() ? one : both(out, one);
        }
        return out;
    }
    case FilterOperator::HasNone:
        return negated(hasAny(*values));
    default:
        return hasAny(*values);
    }
}

Result<Fragment> FilterConditionSql::users(const FilterField &field, const FilterCondition &c)
{
    QVariantList ids;
    if (c.op == FilterOperator::IsMe) {
        ids << m_userId;
    }
    for (const auto &name : c.values) {
        auto id = userIdFor(field, name);
        if (!id) {
            return id.error();
        }
        ids << *id;
    }
    const bool empty = c.op == FilterOperator::IsEmpty;
    if (field.type == FilterFieldType::Users) {
        const QString table = u"contact_followers"_s;
        switch (c.op) {
        case FilterOperator::IsEmpty:
        case FilterOperator::IsNotEmpty:
            return childIn(table, {u"1"_s, {}}, empty);
        case FilterOperator::HasAll: {
            Fragment out;
            for (const auto &id : std::as_const(ids)) {
                const Fragment one = childIn(table, {u"user_id = ?"_s, {id}}, false);
                out = out.sql.isEmpty() ? one : both(out, one);
            }
            return out;
        }
        default:
            return childIn(table,
                {u"user_id IN (%1)"_s.arg(FilterSql::placeholders(int(ids.size()))), ids},
                c.op == FilterOperator::HasNone);
        }
    }
    const QString column = field.key == u"owner"_s ? u"c.owner_id"_s : u"c.created_by"_s;
    if (empty || c.op == FilterOperator::IsNotEmpty) {
        return Fragment{column + (empty ? u" IS NULL"_s : u" IS NOT NULL"_s), {}};
    }
    const Fragment f{u"%1 IS NOT NULL AND %1 IN (%2)"_s.arg(column, FilterSql::placeholders(int(ids.size()))), ids};
    return c.op == FilterOperator::IsNot ? negated(f) : f;
}

} // namespace Kontor
