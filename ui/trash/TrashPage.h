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
// left before they are purged; several can be selected and restored at once.
class TrashPage : public QWidget
{
    Q_OBJECT

public:
    TrashPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~TrashPage() override;

    ContactListModel *model() const { return m_model; }

public Q_SLOTS:
    void restoreSelected();

Q_SIGNALS:
    void restored(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void updateCountLabel();

    std::unique_ptr<Ui::TrashPage> ui;
    StorageThread *m_storage;
    Session m_session;
    ContactListModel *m_model;
};

} // namespace Kontor
