#include "ContactListRepository.h"

#include "ContactListFields.h"
#include "Database.h"
#include "FilterCompiler.h"
#include "SearchIndex.h"
#include "TextFolding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"SELECT c.id, c.uuid, c.kind, c.display_name, c.first_name, c.last_name, co.display_name,"
                         " c.job_title,"
                         " (SELECT value FROM contact_emails e WHERE e.contact_id = c.id"
                         "  ORDER BY e.is_primary DESC, e.position LIMIT 1),"
                         " (SELECT CASE WHEN p.e164 <> '' THEN p.e164 ELSE p.raw END FROM contact_phones p"
                         "  WHERE p.contact_id = c.id ORDER BY p.is_primary DESC, p.position LIMIT 1),"
                         " (SELECT a.city FROM contact_addresses a WHERE a.contact_id = c.id"
                         "  ORDER BY a.position LIMIT 1),"
                         " (SELECT group_concat(t.tag, char(31)) FROM (SELECT tag FROM contact_tags"
                         "  WHERE contact_id = c.id ORDER BY position) t),"
                         " c.contact_type, c.is_lead, c.created_at, c.updated_at, c.deleted_at, u.name, c.sort_key,"
                         " c.last_activity_at, CASE WHEN c.kind = 1 THEN (SELECT count(*) FROM contacts pc"
                         "  WHERE pc.company_id = c.id AND pc.deleted_at IS NULL) ELSE 0 END"_s;
const QString kJoins = u" LEFT JOIN contacts co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.deleted_by"_s;

// What quick search may be restricted to, and the text each field is searched in. Words match at the start of
// a word of the field (as FTS prefixes do); e-mails and phone numbers anywhere, phone numbers by digits.
QString searchHaystack(const QString &field)
{
    if (field == u"name"_s) {
        return u"c.display_name || ' ' || c.first_name || ' ' || c.last_name"_s;
    }
    if (field == u"company"_s) {
        return u"coalesce((SELECT display_name FROM contacts cs WHERE cs.id = c.company_id), '')"_s;
    }
    if (field == u"street"_s || field == u"city"_s) {
        return u"coalesce((SELECT group_concat(%1, ' ') FROM contact_addresses WHERE contact_id = c.id), '')"_s.arg(
            field);
    }
    if (field == u"tags"_s) {
        return u"coalesce((SELECT group_concat(tag, ' ') FROM contact_tags WHERE contact_id = c.id), '')"_s;
    }
    if (field == u"email"_s) {
        return u"coalesce((SELECT group_concat(value_folded, ' ') FROM contact_emails WHERE contact_id = c.id), '')"_s;
    }
    if (field == u"phone"_s) {
        return u"coalesce((SELECT group_concat(replace(replace(replace(replace(replace(raw, ' ', ''), '-', ''),"
               " '/', ''), '(', ''), ')', '') || ' ' || e164, ' ') FROM contact_phones WHERE contact_id = c.id), '')"_s;
    }
    return {};
}

struct SortSpec
{
    ListFieldSql field;
    bool descending = false;
    bool customIndex = false; // drive the page from custom_field_values(field_id, value)
};

} // namespace

ContactListRepository::ContactListRepository(Database &db, qint64 userId)
    : m_db(db)
    , m_userId(userId)
{}

ContactListRepository::SearchPlan ContactListRepository::planFor(const ContactListQuery &query, bool forCount)
{
    const QString match = SearchIndex::matchExpression(query.search);
    if (match.isEmpty()) {
        return query.search.trimmed().isEmpty() ? SearchPlan::None : SearchPlan::NothingMatches;
    }
    // Up to SortedMatchLimit matches are sorted by name in milliseconds. Beyond that, sorting costs seconds at
    // 1M contacts ("gmbh": 400,000 matches), and walking the name index while testing each row against the
    // index is as slow for prefixes ("schmi*" re-merges every expansion per row; both measured in bench/).
    // Counting is cheapest with the FTS index driving, however many matches there are.
    if (forCount || matchCountAtMost(match, ContactPage::SortedMatchLimit)) {
        return SearchPlan::FromMatches;
    }
    return SearchPlan::NewestMatches;
}

Result<QString> ContactListRepository::searchFieldsClause(const ContactListQuery &query, QVariantList *binds) const
{
    QList<std::pair<QString, bool>> haystacks; // expression, match anywhere (else at the start of a word)
    for (const QString &field : query.searchFields) {
        const QString haystack = searchHaystack(field);
        if (haystack.isEmpty()) {
            return invalidField(field, tr("Quick search cannot look in \"%1\".").arg(field));
        }
        const bool anywhere = field == u"email"_s || field == u"phone"_s;
        haystacks.append(
            {anywhere ? haystack : u"(' ' || replace(%1, '-', ' '))"_s.arg(ContactListFields::foldSql(haystack)),
                anywhere});
    }
    // Each typed word must be found in one of the chosen fields, under one of its German spellings.
    QStringList perWord;
    for (const QString &word : TextFolding::words(query.search)) {
        QStringList spellings = {TextFolding::sortKey(word)};
        for (const QString &variant : TextFolding::searchVariants(word)) {
            spellings << TextFolding::sortKey(variant);
        }
        spellings.removeDuplicates();
        QStringList alternatives;
        for (const auto &[haystack, anywhere] : std::as_const(haystacks)) {
            for (const QString &s : std::as_const(spellings)) {
                alternatives << u"%1 LIKE ?"_s.arg(haystack);
                *binds << (anywhere ? u"%"_s + s + u"%"_s : u"% "_s + s + u"%"_s);
            }
        }
        perWord << u"("_s + alternatives.join(u" OR "_s) + u")"_s;
    }
    return perWord.isEmpty() ? u"1"_s : perWord.join(u" AND "_s);
}

Result<QString> ContactListRepository::where(const ContactListQuery &query, SearchPlan plan, QVariantList *binds)
{
    QStringList clauses;
    clauses << (query.scope == ContactScope::Alive ? u"c.deleted_at IS NULL"_s : u"c.deleted_at IS NOT NULL"_s);
    if (query.kind >= 0) {
        clauses << u"c.kind = ?"_s;
        *binds << query.kind;
    }
    if (query.companyId > 0) {
        clauses << u"c.company_id = ?"_s;
        *binds << query.companyId;
    }
    switch (plan) {
    case SearchPlan::None:
        break;
    case SearchPlan::NothingMatches:
        clauses << u"0"_s; // only punctuation was typed
        break;
    case SearchPlan::FromMatches:
    case SearchPlan::NewestMatches: {
        clauses << u"contact_search MATCH ?"_s;
        *binds << SearchIndex::matchExpression(query.search);
        if (!query.searchFields.isEmpty()) {
            auto restricted = searchFieldsClause(query, binds);
            if (!restricted) {
                return restricted.error();
            }
            clauses << *restricted;
        }
        break;
    }
    }
    if (!query.filter.trimmed().isEmpty()) {
        auto compiled = FilterCompiler(m_db, m_userId).compile(query.filter);
        if (!compiled) {
            return compiled.error();
        }
        clauses << u"("_s + compiled->sql + u")"_s;
        *binds << compiled->binds;
    }
    return clauses.join(u" AND "_s);
}

bool ContactListRepository::matchCountAtMost(const QString &match, int limit)
{
    auto &q
        = m_db.prepared(u"SELECT count(*) FROM (SELECT 1 FROM contact_search WHERE contact_search MATCH ? LIMIT ?)"_s);
    q.addBindValue(match);
    q.addBindValue(limit + 1);
    const bool small = q.exec() && q.next() && q.value(0).toInt() <= limit;
    q.finish();
    return small;
}

QString ContactListRepository::from(SearchPlan plan)
{
    // CROSS JOIN fixes the join order: the FTS matches drive, each finds its contact by rowid.
    const bool fromIndex = plan == SearchPlan::FromMatches || plan == SearchPlan::NewestMatches;
    return fromIndex ? u" FROM contact_search CROSS JOIN contacts c ON c.id = contact_search.rowid"_s
                     : u" FROM contacts c"_s;
}

Result<bool> ContactListRepository::fetch(
    const QString &sql, const QVariantList &binds, int limit, QList<ContactSummary> *rows)
{
    auto &q = m_db.prepared(sql);
    for (const auto &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    bool more = false;
    int taken = 0;
    while (q.next()) {
        if (taken == limit) {
            more = true;
            break;
        }
        ContactSummary s;
        int i = 0;
        s.id = q.value(i++).toLongLong();
        s.uuid = q.value(i++).toString();
        s.kind = q.value(i++).toInt() == 1 ? ContactKind::Company : ContactKind::Person;
        s.displayName = q.value(i++).toString();
        s.firstName = q.value(i++).toString();
        s.lastName = q.value(i++).toString();
        s.companyName = q.value(i++).toString();
        s.jobTitle = q.value(i++).toString();
        s.primaryEmail = q.value(i++).toString();
        s.primaryPhone = q.value(i++).toString();
        s.city = q.value(i++).toString();
        const QString tags = q.value(i++).toString();
        s.tags = tags.isEmpty() ? QStringList() : tags.split(QChar(31));
        s.contactType = q.value(i++).toString();
        s.lead = q.value(i++).toInt() != 0;
        s.createdAt = q.value(i++).toLongLong();
        s.updatedAt = q.value(i++).toLongLong();
        s.deletedAt = q.value(i++).toLongLong();
        s.deletedByName = q.value(i++).toString();
        s.sortKey = q.value(i++).toString();
        s.lastActivityAt = q.value(i++).toLongLong();
        s.personCount = q.value(i++).toInt();
        const QVariant sortValue = q.value(i++);
        s.sortValue = sortValue.isNull() ? QVariant() : sortValue; // the driver's typed NULL is "valid"
        rows->append(s);
        ++taken;
    }
    q.finish();
    return more;
}

Result<ContactPage> ContactListRepository::list(const ContactListQuery &query)
{
    QList<ListFieldSql> columns;
    for (const QString &key : query.columns) {
        auto field = ContactListFields::resolve(m_db, key);
        if (!field) {
            return field.error();
        }
        columns << *field;
    }
    const bool byDefault = query.sort.trimmed().isEmpty();
    SortSpec sort;
    {
        QString key = byDefault ? u"name"_s : query.sort.trimmed();
        sort.descending = key.startsWith(u'-');
        auto field = ContactListFields::resolve(m_db, sort.descending ? key.mid(1) : key);
        if (!field) {
            return field.error();
        }
        sort.field = *field;
    }
    QVariantList binds;
    const SearchPlan plan = planFor(query, false);
    auto conditions = where(query, plan, &binds);
    if (!conditions) {
        return conditions.error();
    }
    const int limit = qBound(1, query.limit, 10000);
    ContactPage page;
    page.order = plan == SearchPlan::NewestMatches ? ContactOrder::NewestFirst : ContactOrder::ByName;

    if (plan == SearchPlan::NewestMatches || (query.scope == ContactScope::Trash && byDefault)) {
        QString sql = kColumns;
        if (plan == SearchPlan::NewestMatches) {
            // The FTS index answers rowid ranges and rowid order itself.
            sql += u", NULL"_s + from(plan) + kJoins + u" WHERE "_s + *conditions;
            if (query.afterId) {
                sql += u" AND contact_search.rowid < ?"_s;
                binds << query.afterId;
            }
            sql += u" ORDER BY contact_search.rowid DESC"_s;
        } else {
            sql += u", c.deleted_at"_s + from(plan) + kJoins + u" WHERE "_s + *conditions;
            if (query.afterDeletedAt && query.afterId) {
                sql += u" AND (c.deleted_at, c.id) < (?, ?)"_s;
                binds << query.afterDeletedAt << query.afterId;
            }
            sql += u" ORDER BY c.deleted_at DESC, c.id DESC"_s;
        }
        sql += u" LIMIT ?"_s;
        binds << limit + 1;
        auto more = fetch(sql, binds, limit, &page.rows);
        if (!more) {
            return more.error();
        }
        page.hasMore = *more;
    } else {
        const ListFieldSql &field = sort.field;
        const bool isNumber = field.type == FilterFieldType::Number;
        sort.customIndex = field.customFieldId && !isNumber && plan == SearchPlan::None;
        QVariant after = query.afterSortValue;
        if (after.isNull() && byDefault && !query.afterSortKey.isNull()) {
            after = query.afterSortKey;
        }
        const bool inTail = query.afterId > 0 && after.isNull() && !field.neverEmpty;
        const QString dir = sort.descending ? u" DESC"_s : QString();
        bool more = false;
        if (!inTail) {
            const QString value = sort.customIndex ? u"v.value"_s : field.sortExpr;
            const QString id = sort.customIndex ? u"v.contact_id"_s : u"c.id"_s;
            QString sql = kColumns + u", "_s + value;
            QVariantList segmentBinds = binds;
            if (sort.customIndex) {
                sql += u" FROM custom_field_values v CROSS JOIN contacts c ON c.id = v.contact_id"_s + kJoins
                    + u" WHERE v.field_id = %1 AND v.value <> '' AND "_s.arg(field.customFieldId) + *conditions;
            } else {
                sql += from(plan) + kJoins + u" WHERE "_s + *conditions;
                if (!field.neverEmpty) {
                    sql += u" AND "_s + value + u" IS NOT NULL"_s;
                }
            }
            if (query.afterId > 0) {
                sql += u" AND (%1, %2) %3 (?, ?)"_s.arg(value, id, sort.descending ? u"<"_s : u">"_s);
                segmentBinds << after << query.afterId;
            }
            sql += u" ORDER BY %1%3, %2%3 LIMIT ?"_s.arg(value, id, dir);
            segmentBinds << limit + 1;
            auto segment = fetch(sql, segmentBinds, limit, &page.rows);
            if (!segment) {
                return segment.error();
            }
            more = *segment;
        }
        if (!more && !field.neverEmpty) {
            // The rows without a value, after all others, by id.
            QString sql = kColumns + u", NULL"_s + from(plan) + kJoins + u" WHERE "_s + *conditions + u" AND "_s
                + field.sortExpr + u" IS NULL"_s;
            QVariantList tailBinds = binds;
            if (inTail) {
                sql += u" AND c.id > ?"_s;
                tailBinds << query.afterId;
            }
            sql += u" ORDER BY c.id LIMIT ?"_s;
            const int room = limit - int(page.rows.size());
            tailBinds << room + 1;
            QList<ContactSummary> tail;
            auto segment = fetch(sql, tailBinds, room, &tail);
            if (!segment) {
                return segment.error();
            }
            page.rows += tail;
            more = *segment;
        }
        page.hasMore = more;
    }
    if (!columns.isEmpty() && !page.rows.isEmpty()) {
        if (auto filled = fillColumns(columns, &page.rows); !filled) {
            return filled.error();
        }
    }
    return page;
}

Result<void> ContactListRepository::fillColumns(const QList<ListFieldSql> &columns, QList<ContactSummary> *rows)
{
    // A second statement for the page's rows only: the subqueries of the columns never run for skipped rows.
    QStringList values;
    for (const ListFieldSql &column : columns) {
        values << column.valueExpr;
    }
    QJsonArray ids;
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        ids.append(rows->at(i).id);
        rowOf.insert(rows->at(i).id, i);
    }
    auto &q = m_db.prepared(u"SELECT c.id, "_s + values.join(u", "_s)
        + u" FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?))"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return storageError(q);
    }
    while (q.next()) {
        ContactSummary &row = (*rows)[rowOf.value(q.value(0).toLongLong())];
        for (qsizetype c = 0; c < columns.size(); ++c) {
            row.values.insert(columns.at(c).key, ContactListFields::columnValue(columns.at(c), q.value(int(c) + 1)));
        }
    }
    q.finish();
    return {};
}

Result<qint64> ContactListRepository::count(const ContactListQuery &query)
{
    QVariantList binds;
    const SearchPlan plan = planFor(query, true);
    auto conditions = where(query, plan, &binds);
    if (!conditions) {
        return conditions.error();
    }
    auto &q = m_db.prepared(u"SELECT count(*)"_s + from(plan) + u" WHERE "_s + *conditions);
    for (const auto &b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace Kontor
