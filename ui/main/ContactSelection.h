#pragma once

#include "contacts/ContactSummary.h"

#include <QList>

namespace Kontor {

// What the user selected in a contact list, for actions on many contacts: the selected rows, or - after
// "Select all N in this list" - every contact the list's query finds, including rows never loaded. Actions on
// allInList run the query in core on the StorageThread; they never drain the view's model.
struct ContactSelection
{
    QList<qint64> ids; // the selected loaded rows
    bool allInList = false;
    ContactListQuery query; // filter, search and sort of the list, without a cursor
    qint64 count = 0; // ids.size(), or the list's total for allInList

    bool isEmpty() const { return count == 0; }
};

} // namespace Kontor
