#include "TrashRequest.h"

#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "contacts/ContactService.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdPageSize = 5000;

// Every id the query finds.
Result<QList<qint64>> idsOf(ContactService &service, ContactListQuery query)
{
    query.columns.clear();
    query.limit = IdPageSize;
    auto rows = service.listAll(query);
    if (!rows) {
        return rows.error();
    }
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const ContactSummary &row : std::as_const(*rows)) {
        ids.append(row.id);
    }
    return ids;
}
} // namespace

void TrashRequest::confirm(QWidget *parent,
    StorageThread *storage,
    const Session &session,
    const ContactSelection &selection,
    const QString &name,
    std::function<void(int, const QString &)> done)
{
    if (selection.isEmpty()) {
        return;
    }
    QString question;
    if (selection.allInList) {
        question = tr("Move all %Ln contact(s) of this list to the trash?", nullptr, int(selection.count));
    } else if (selection.ids.size() == 1 && !name.isEmpty()) {
        question = tr("Move \"%1\" to the trash?").arg(name);
    } else {
        question = tr("Move %Ln contact(s) to the trash?", nullptr, int(selection.ids.size()));
    }
    Confirmation confirmation;
    confirmation.title = tr("Delete contacts");
    confirmation.text = question;
    confirmation.informativeText = tr("Contacts stay in the trash for %n day(s) and can be restored until then.",
        nullptr,
        ContactService::TrashRetentionDays);
    confirmation.acceptText = tr("Move to trash");
    confirmation.objectName = u"deleteConfirmationMessageBox"_s;
    confirmation.acceptIsDefault = true;
    ConfirmBox::ask(parent, confirmation, [parent, storage, session, selection, done] {
        storage->run<Result<int>>(
            parent,
            [selection, session](Database &db) -> Result<int> {
                ContactService service(db, session);
                QList<qint64> ids = selection.ids;
                if (selection.allInList) {
                    auto all = idsOf(service, selection.query);
                    if (!all) {
                        return all.error();
                    }
                    ids = *all;
                }
                if (auto moved = service.moveToTrash(ids); !moved) {
                    return moved.error();
                }
                return int(ids.size());
            },
            [done](const Result<int> &moved) { done(moved ? *moved : 0, moved ? QString() : moved.error().message); });
    });
}

} // namespace Kontor
