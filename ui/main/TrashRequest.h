#pragma once

#include "ContactSelection.h"
#include "Session.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Kontor {

class StorageThread;

// Asks before contacts go to the trash and then moves them there on the StorageThread. A selection of all
// contacts in a list names their count and collects the ids with the list's query in core.
class TrashRequest
{
    Q_DECLARE_TR_FUNCTIONS(TrashRequest)

public:
    // `name` is shown when one contact is selected. `done(count, error)` runs after the move (error empty on
    // success); nothing runs when the user cancels.
    static void confirm(QWidget *parent,
        StorageThread *storage,
        const Session &session,
        const ContactSelection &selection,
        const QString &name,
        std::function<void(int, const QString &)> done);
};

} // namespace Kontor
