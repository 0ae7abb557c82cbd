#pragma once

#include "ContactSummary.h"
#include "Result.h"

#include <QCoreApplication>

class QSqlQuery;

namespace Kontor {

class Database;
struct ListFieldSql;

// The list queries behind every contact table: one SQL statement per page, keyset paging on the sort value and
// id (never OFFSET; FIELD-NOTES.md), quick search through the FTS index, filters compiled to SQL, counts in SQL.
//
// Order: by any list field (ContactListQuery::sort). Rows whose sort field is empty come after all others in both
// directions, ordered by id; their cursor is (null sortValue, id). The name walks contacts_alive_sort, created and
// last activity their indexes, a custom field other than number and money the index custom_field_values(field_id,
// value) (stored values compare bytewise there); every other field sorts by a correlated subquery, which reads
// the whole match set per page. The page that reaches the end of the rows with a value looks for rows without
// one, which scans the match set when there are none (bench/ListBench.cpp: "Last page by custom field").
class ContactListRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactListRepository)

public:
    // userId: who "me" is in filters ("owner is me").
    explicit ContactListRepository(Database &db, qint64 userId = 0);

    Result<ContactPage> list(const ContactListQuery &query);
    Result<qint64> count(const ContactListQuery &query);

private:
    enum class SearchPlan
    {
        None, // no search
        NothingMatches, // the search text has nothing searchable
        FromMatches, // few matches: take them from the FTS index and sort them by name
        NewestMatches, // many matches: take them from the FTS index in its rowid order, newest first
    };
    SearchPlan planFor(const ContactListQuery &query, bool forCount);
    // WHERE clause and its bind values for scope, kind, company, search and filter (not the cursor).
    Result<QString> where(const ContactListQuery &query, SearchPlan plan, QVariantList *binds);
    Result<QString> searchFieldsClause(const ContactListQuery &query, QVariantList *binds) const;
    bool matchCountAtMost(const QString &match, int limit);
    static QString from(SearchPlan plan);
    // One page segment: runs the statement and appends up to `limit` rows; true when there were more.
    Result<bool> fetch(const QString &sql, const QVariantList &binds, int limit, QList<ContactSummary> *rows);
    Result<void> fillColumns(const QList<ListFieldSql> &columns, QList<ContactSummary> *rows);

    Database &m_db;
    qint64 m_userId;
};

} // namespace Kontor
