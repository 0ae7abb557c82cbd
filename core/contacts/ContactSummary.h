#pragma once

#include "Contact.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

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
    qint64 lastActivityAt = 0;
    int personCount = 0; // companies: persons linked to it (not in the trash)
    // The value of the sort field for this row: the keyset cursor of the next page (ContactListQuery::sort).
    QVariant sortValue;
    // The values of ContactListQuery::columns, keyed by field key (FilterFields): QString for text, choice and
    // user (name), double for numbers, qint64 UTC ms for timestamps, QDate for custom dates, QString
    // "YYYY-MM-DD" or "--MM-DD" for birthdays, bool, QStringList for tags, multi-selects and followers.
    QHash<QString, QVariant> values;
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
    qint64 companyId = 0; // > 0: only the persons linked to this company
    QString search; // quick search (FTS); empty: everything
    // Which fields the quick search looks in (FilterFields keys among name, company, email, phone, street,
    // city, tags); empty: all of them.
    QStringList searchFields;
    // A filter in the text form of FilterExpression ("city = \"Berlin\" and tags has \"Kunde\""); empty: none.
    // An invalid filter makes list() and count() fail with the parser's or compiler's error.
    QString filter;
    // Sort field (FilterFields key), "-key" for descending; empty: by name. Ties are broken by id, so the
    // order is stable and the keyset cursor (afterSortValue, afterId) is exact.
    QString sort;
    // Extra fields whose values each row carries in ContactSummary::values (the visible columns).
    QStringList columns;
    int limit = 200;
    // Keyset cursor: the sort key and id of the last row of the previous page; empty for the first page.
    // Alive lists sort by (sort_key, id) - last name, first name, German folding; the trash newest first.
    QString afterSortKey;
    QVariant afterSortValue; // the previous page's last ContactSummary::sortValue, for any sort field
    qint64 afterId = 0;
    qint64 afterDeletedAt = 0;

    // Sets the cursor to continue after `last`, the final row of the previous page, whatever the order.
    void continueAfter(const ContactSummary &last)
    {
        afterSortKey = last.sortKey;
        afterSortValue = last.sortValue;
        afterDeletedAt = last.deletedAt;
        afterId = last.id;
    }
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
