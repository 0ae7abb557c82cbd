#include "ContactListRepository.h"

#include "Database.h"
#include "SearchIndex.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

ContactListRepository::ContactListRepository(Database &db)
    : m_db(db)
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

QString ContactListRepository::where(const ContactListQuery &query, SearchPlan plan, QVariantList *binds) const
{
    QStringList clauses;
    clauses << (query.scope == ContactScope::Alive ? u"c.deleted_at IS NULL"_s : u"c.deleted_at IS NOT NULL"_s);
    if (query.kind >= 0) {
        clauses << u"c.kind = ?"_s;
        *binds << query.kind;
    }
    switch (plan) {
    case SearchPlan::None:
        break;
    case SearchPlan::NothingMatches:
        clauses << u"0"_s; // only punctuation was typed
        break;
    case SearchPlan::FromMatches:
    case SearchPlan::NewestMatches:
        clauses << u"contact_search MATCH ?"_s;
        *binds << SearchIndex::matchExpression(query.search);
        break;
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

Result<ContactPage> ContactListRepository::list(const ContactListQuery &query)
{
    QVariantList binds;
    QString sql = u"SELECT c.id, c.uuid, c.kind, c.display_name, c.first_name, c.last_name, co.display_name,"
                  " c.job_title,"
                  " (SELECT value FROM contact_emails e WHERE e.contact_id = c.id"
                  "  ORDER BY e.is_primary DESC, e.position LIMIT 1),"
                  " (SELECT CASE WHEN p.e164 <> '' THEN p.e164 ELSE p.raw END FROM contact_phones p"
                  "  WHERE p.contact_id = c.id ORDER BY p.is_primary DESC, p.position LIMIT 1),"
                  " (SELECT a.city FROM contact_addresses a WHERE a.contact_id = c.id ORDER BY a.position LIMIT 1),"
                  " (SELECT group_concat(t.tag, char(31)) FROM (SELECT tag FROM contact_tags WHERE contact_id = c.id"
                  "  ORDER BY position) t),"
                  " c.contact_type, c.is_lead, c.created_at, c.updated_at, c.deleted_at, u.name, c.sort_key"_s;
    const SearchPlan plan = planFor(query, false);
    const QString conditions = where(query, plan, &binds);
    sql += from(plan)
        + u" LEFT JOIN contacts co ON co.id = c.company_id LEFT JOIN users u ON u.id = c.deleted_by WHERE "_s
        + conditions;
    if (plan == SearchPlan::NewestMatches) {
        // The FTS index answers rowid ranges and rowid order itself.
        if (query.afterId) {
            sql += u" AND contact_search.rowid < ?"_s;
            binds << query.afterId;
        }
        sql += u" ORDER BY contact_search.rowid DESC"_s;
    } else if (query.scope == ContactScope::Alive) {
        if (!query.afterSortKey.isNull() && query.afterId) {
            sql += u" AND (c.sort_key, c.id) > (?, ?)"_s;
            binds << query.afterSortKey << query.afterId;
        }
        sql += u" ORDER BY c.sort_key, c.id"_s;
    } else {
        if (query.afterDeletedAt && query.afterId) {
            sql += u" AND (c.deleted_at, c.id) < (?, ?)"_s;
            binds << query.afterDeletedAt << query.afterId;
        }
        sql += u" ORDER BY c.deleted_at DESC, c.id DESC"_s;
    }
    sql += u" LIMIT ?"_s;
    const int limit = qBound(1, query.limit, 10000);
    binds << limit + 1;

    auto &q = m_db.prepared(sql);
    for (const auto &b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    ContactPage page;
    page.order = plan == SearchPlan::NewestMatches ? ContactOrder::NewestFirst : ContactOrder::ByName;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
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
        page.rows << s;
    }
    q.finish();
    return page;
}

Result<qint64> ContactListRepository::count(const ContactListQuery &query)
{
    QVariantList binds;
    const SearchPlan plan = planFor(query, true);
    const QString conditions = where(query, plan, &binds);
    auto &q = m_db.prepared(u"SELECT count(*)"_s + from(plan) + u" WHERE "_s + conditions);
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
