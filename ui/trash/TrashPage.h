#pragma once

#include "Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TrashPage;
}

namespace Kontor {

class ContactListModel;
class StorageThread;

// The "Restore" view: contacts in the trash with when and by whom they were deleted and how many days are
// left before they are purged (ContactService::TrashRetentionDays); searchable. The selected ones - or all that
// match the search - are restored with their notes, tasks, appointments, documents and company links after a
// question.
class TrashPage : public QWidget
{
    Q_OBJECT

public:
    TrashPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~TrashPage() override;

    ContactListModel *model() const { return m_model; }

public Q_SLOTS:
    // Asks, then restores the selected contacts.
    void restoreSelected();
    // Asks, then restores every trashed contact the search finds (all of them without a search), also those
    // never loaded into the table.
    void restoreAll();

Q_SIGNALS:
    void restored(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void updateCountLabel();
    void runRestore(const QList<qint64> &ids, bool allMatching);

    std::unique_ptr<Ui::TrashPage> ui;
    StorageThread *m_storage;
    Session m_session;
    ContactListModel *m_model;
};

} // namespace Kontor
