#pragma once

#include "Contact.h"

#include <QList>
#include <QString>

namespace Kontor {

// One row of a contact list: what tables show, without loading the whole aggregate.
struct ContactSummary
{
    qint64 id = 0;
    QString uuid;
    ContactKind kind = ContactKind::Person;
    QString displayName;
    QString firstName;
    QString lastName;
    QString companyName;
    QString jobTitle;
    QString primaryEmail;
    QString primaryPhone; // E.164 where known, otherwise raw
    QString city;
    QStringList tags;
    QString contactType;
    bool lead = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 deletedAt = 0;
    QString deletedByName;
    QString sortKey; // keyset cursor part
};

enum class ContactScope
{
    Alive, // not in the trash
    Trash,
};

// What a list shows: scope, optional kind, optional quick-search text, and a keyset cursor.
struct ContactListQuery
{
    ContactScope scope = ContactScope::Alive;
    int kind = -1; // -1: persons and companies; otherwise int(ContactKind)
    QString search; // quick search (FTS); empty: everything
    int limit = 200;
    // Keyset cursor: the sort key and id of the last row of the previous page; empty for the first page.
    // Alive lists sort by (sort_key, id) - last name, first name, German folding; the trash newest first.
    QString afterSortKey;
    qint64 afterId = 0;
    qint64 afterDeletedAt = 0;
};

// How a page is ordered. A quick search with more than ContactPage::SortedMatchLimit matches comes newest first,
// in the search index's own order: sorting hundreds of thousands of matches by name would take seconds.
enum class ContactOrder
{
    ByName, // (sort_key, id); the trash: newest deletion first
    NewestFirst, // id descending; cursor: afterId only
};

struct ContactPage
{
    static constexpr int SortedMatchLimit = 4000;

    QList<ContactSummary> rows;
    bool hasMore = false;
    ContactOrder order = ContactOrder::ByName;
};

} // namespace Kontor
