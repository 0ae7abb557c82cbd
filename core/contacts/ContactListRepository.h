#pragma once

#include "ContactSummary.h"
#include "Result.h"

namespace Kontor {

class Database;

// The list queries behind every contact table: one SQL statement per page, keyset paging on the stored sort
// key (never OFFSET; FIELD-NOTES.md), quick search through the FTS index, counts in SQL.
class ContactListRepository
{
public:
    explicit ContactListRepository(Database &db);

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
    // WHERE clause and its bind values for scope, kind and search (not the cursor).
    QString where(const ContactListQuery &query, SearchPlan plan, QVariantList *binds) const;
    bool matchCountAtMost(const QString &match, int limit);
    static QString from(SearchPlan plan);

    Database &m_db;
};

} // namespace Kontor
