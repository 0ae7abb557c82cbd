#pragma once

#include <QList>
#include <QString>

namespace Kontor {

// A visible column of a list: a FilterFields key and its width in pixels (0: the view's default).
struct ListColumn
{
    QString key;
    int width = 0;

    bool operator==(const ListColumn &) const = default;
};

// A saved view of the contacts: a filter (FilterExpression text form), the columns with their order and widths,
// and the sort. The default lists ("All", "My contacts", "Leads", "Birthdays in the next 14 days", "Added in the
// last 7 days") are smart lists too, marked by `builtin`; their names are translated when shown unless renamed.
struct SmartList
{
    qint64 id = 0;
    QString uuid;
    int kind = 0; // 0: persons, 1: companies (the Companies section's table)
    QString name;
    QString filter;
    QList<ListColumn> columns;
    QString sort; // "field" or "-field"; empty: by name
    qint64 ownerId = 0;
    QString ownerName;
    int position = 0;
    QString builtin; // "" for lists users made; "all", "mine", "leads", "birthdays", "recent"
    QList<qint64> sharedWith; // user ids
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isShared() const { return !sharedWith.isEmpty(); }
};

} // namespace Kontor
