#pragma once

#include "BulkAction.h"
#include "Session.h"

#include <QDialog>

#include <memory>

class QStringListModel;

namespace Ui {
class BulkActionDialog;
}

namespace Kontor {

class StorageThread;

// Asks for what one bulk action needs - a tag (completed from the tags in use), a user for owner and
// followers, a company name (completed from the companies), a contact type, lead on or off, a do-not-disturb
// channel on or off - and the job's name or description, and says how many contacts it applies to. Users and
// contact types load on the StorageThread; OK is enabled once the parameters are complete.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    BulkActionDialog(
        StorageThread *storage, const Session &session, BulkActionKind kind, qint64 count, QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    BulkActionKind kind() const { return m_kind; }
    // The action as chosen (no confirmation: deletes go through TypedConfirmDialog).
    BulkAction action() const;
    // What the user typed as the name, or the action's description.
    QString jobName() const;
    // Users and contact types have arrived.
    bool isReady() const { return m_pendingLoads == 0; }
    bool isComplete() const;

Q_SIGNALS:
    void ready();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupRows();
    void loadUsers();
    void loadContactTypes();
    void loaded();
    void updateTagCompletions();
    void fillChannels();
    void retranslateCode();
    void updateState();

    std::unique_ptr<Ui::BulkActionDialog> ui;
    StorageThread *m_storage;
    Session m_session;
    BulkActionKind m_kind;
    qint64 m_count;
    QStringListModel *m_tagNames;
    int m_pendingLoads = 0;
    quint64 m_tagGeneration = 0;
};

} // namespace Kontor
