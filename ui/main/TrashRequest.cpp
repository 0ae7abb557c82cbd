#include "TrashRequest.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"

#include <QMessageBox>
#include <QPushButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdPageSize = 5000;

// Every id the query finds, page by page along its keyset cursor.
Result<QList<qint64>> idsOf(ContactService &service, ContactListQuery query)
{
    query.columns.clear();
    query.limit = IdPageSize;
    QList<qint64> ids;
    for (;;) {
        auto page = service.list(query);
        if (!page) {
            return page.error();
        }
        for (const ContactSummary &row : std::as_const(page->rows)) {
            ids.append(row.id);
        }
        if (!page->hasMore || page->rows.isEmpty()) {
            return ids;
        }
        const ContactSummary &last = page->rows.last();
        query.afterSortKey = last.sortKey;
        query.afterSortValue = last.sortValue;
        query.afterId = last.id;
    }
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
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete contacts"), question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(u"deleteConfirmationMessageBox"_s);
    box->setInformativeText(tr("Contacts stay in the trash for %n day(s) and can be restored until then.",
        nullptr,
        ContactService::TrashRetentionDays));
    box->button(QMessageBox::Yes)->setText(tr("Move to trash"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [parent, storage, session, selection, box, done] {
        if (box->clickedButton() != box->button(QMessageBox::Yes)) {
            return;
        }
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
    box->open();
}

} // namespace Kontor
