#pragma once

#include "Result.h"
#include "Session.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QListWidgetItem;

namespace Ui {
class ContactTypesSettingsPage;
}

namespace Kontor {

class ContactTypeService;
class StorageThread;
struct ChangeSet;

// The contact types in the user's order: add, rename in place, remove and reorder, each through
// ContactTypeService on the storage thread. The defaults show translated; their stored names stay English.
class ContactTypesSettingsPage : public QWidget
{
    Q_OBJECT

public:
    ContactTypesSettingsPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~ContactTypesSettingsPage() override;

    // The stored names as shown.
    QStringList types() const { return m_types; }
    bool isLoading() const { return m_loading > 0; }

public Q_SLOTS:
    void reload();
    void addType();
    void renameType(); // starts editing the current row
    void removeType();
    void moveTypeUp() { moveTypeBy(-1); }
    void moveTypeDown() { moveTypeBy(1); }

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildList();
    void updateActions();
    void moveTypeBy(int delta);
    void onItemChanged(QListWidgetItem *item);
    void onChangesCommitted(const ChangeSet &changes);
    // Runs `change`; afterwards the list shows the stored state with `select` as the current row.
    void write(std::function<Result<void>(ContactTypeService &)> change, const QString &select);

    std::unique_ptr<Ui::ContactTypesSettingsPage> ui;
    StorageThread *m_storage;
    Session m_session;
    QStringList m_types;
    QString m_select;
    int m_loading = 0;
    quint64 m_generation = 0;
};

} // namespace Kontor
