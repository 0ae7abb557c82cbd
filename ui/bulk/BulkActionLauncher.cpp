#include "BulkActionLauncher.h"

#include "BulkActionDialog.h"
#include "BulkActionRunner.h"
#include "TypedConfirmDialog.h"

#include <algorithm>
#include <climits>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

BulkActionLauncher::BulkActionLauncher(StorageThread *storage, const Session &session, QWidget *window)
    : QObject(window)
    , m_storage(storage)
    , m_session(session)
    , m_window(window)
    , m_runner(new BulkActionRunner(storage, session, window))
{}

void BulkActionLauncher::setDefaultRegion(const QString &region)
{
    m_runner->setDefaultRegion(region);
}

bool BulkActionLauncher::needsTypedConfirmation(const ContactSelection &selection)
{
    return selection.allInList || selection.count > TypedConfirmThreshold;
}

BulkTarget BulkActionLauncher::targetOf(const ContactSelection &selection)
{
    BulkTarget target;
    if (selection.allInList) {
        target.useQuery = true;
        target.query = selection.query;
    } else {
        target.ids = selection.ids;
    }
    return target;
}

void BulkActionLauncher::request(BulkActionKind kind, const ContactSelection &selection)
{
    if (selection.isEmpty()) {
        return;
    }
    if (kind == BulkActionKind::Delete) {
        confirmDelete(selection);
        return;
    }
    auto *dialog = new BulkActionDialog(m_storage, m_session, kind, selection.count, m_window);
    dialog->setObjectName(u"bulkActionDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection] {
        start(BulkRequest{dialog->action(), targetOf(selection), dialog->jobName()});
    });
    dialog->open();
}

void BulkActionLauncher::confirmDelete(const ContactSelection &selection)
{
    if (selection.isEmpty()) {
        return;
    }
    auto *dialog = new TypedConfirmDialog(selection.count, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection] {
        BulkAction action;
        action.kind = BulkActionKind::Delete;
        action.confirmation = dialog->typedWord();
        start(BulkRequest{action,
            targetOf(selection),
            tr("Move %Ln contact(s) to the trash", nullptr, int(std::min<qint64>(selection.count, INT_MAX)))});
    });
    dialog->open();
}

void BulkActionLauncher::start(const BulkRequest &request)
{
    if (!m_runner->start(request)) {
        Q_EMIT busy(tr("Another bulk action is still running. Wait for it to finish or cancel it first."));
    }
}

} // namespace Kontor
