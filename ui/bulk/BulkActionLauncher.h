#pragma once

#include "BulkService.h"
#include "Session.h"
#include "main/ContactSelection.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Kontor {

class BulkActionRunner;
class StorageThread;

// What happens after a choice in the "Bulk actions" menu: the parameters dialog (BulkActionDialog) or, for a
// delete, the typed confirmation (TypedConfirmDialog), then the job on the BulkActionRunner. A selection of
// all contacts in a list becomes the list's query (BulkTarget::useQuery), so core fixes the ids itself.
class BulkActionLauncher : public QObject
{
    Q_OBJECT

public:
    // Deletes of more contacts than this - or of all in a list - need the typed confirmation; smaller ones get
    // the plain question of TrashRequest.
    static constexpr int TypedConfirmThreshold = 20;

    BulkActionLauncher(StorageThread *storage, const Session &session, QWidget *window);

    BulkActionRunner *runner() const { return m_runner; }
    void setDefaultRegion(const QString &region);

    static bool needsTypedConfirmation(const ContactSelection &selection);
    static BulkTarget targetOf(const ContactSelection &selection);

public Q_SLOTS:
    // Opens the dialog of `kind` for the selection (the typed confirmation for Delete); the job starts when the
    // user accepts it.
    void request(Kontor::BulkActionKind kind, const Kontor::ContactSelection &selection);
    void confirmDelete(const Kontor::ContactSelection &selection);

Q_SIGNALS:
    // The runner is busy with another job (nothing was started).
    void busy(const QString &message);

private:
    void start(const BulkRequest &request);

    StorageThread *m_storage;
    Session m_session;
    QPointer<QWidget> m_window;
    BulkActionRunner *m_runner;
};

} // namespace Kontor
