#pragma once

#include "Result.h"
#include "Session.h"
#include "customfields/CustomField.h"

#include <QWidget>

#include <functional>
#include <memory>

class QTreeWidgetItem;

namespace Ui {
class CustomFieldsSettingsPage;
}

namespace Kontor {

class CustomFieldService;
class StorageThread;
struct ChangeSet;

// Custom field folders and their fields: create, rename, delete and order them, and move fields between
// folders (buttons, drag and drop, or the folder in the field dialog). Every change runs through
// CustomFieldService on the storage thread; a refusal shows in the message bar and the tree shows what was
// stored.
class CustomFieldsSettingsPage : public QWidget
{
    Q_OBJECT

public:
    CustomFieldsSettingsPage(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~CustomFieldsSettingsPage() override;

    const QList<CustomFieldFolder> &folders() const { return m_folders; }
    const QList<CustomField> &fields() const { return m_fields; }
    bool isLoading() const { return m_loading > 0; }

public Q_SLOTS:
    void reload();
    void newFolder();
    void renameFolder();
    void deleteFolder();
    void newField();
    void editField();
    void deleteField();
    void moveFieldUp() { moveFieldBy(-1); }
    void moveFieldDown() { moveFieldBy(1); }
    // Puts the field at `index` among the folder's fields as shown (what a drop on the tree asks for).
    void moveField(qint64 fieldId, qint64 folderId, int index);

Q_SIGNALS:
    // The tree shows the stored state again after a load or a change.
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Selection
    {
        int kind = 0;
        qint64 id = -1;
    };

    void rebuildTree();
    void retranslateCode();
    void updateActions();
    void moveFieldBy(int delta);
    void askFolderName(const QString &title, const QString &current, std::function<void(const QString &)> done);
    void openFieldDialog(const CustomField &field);
    // Runs `change` on the storage thread; it returns the id to select afterwards (a folder's when
    // `selectKind` says so), -1 to keep the selection.
    void write(std::function<Result<qint64>(CustomFieldService &)> change, int selectKind);
    void onChangesCommitted(const ChangeSet &changes);
    QTreeWidgetItem *currentItem() const;
    const CustomField *currentField() const;
    const CustomFieldFolder *currentFolder() const; // a real folder, not "Without folder"
    qint64 currentFolderId() const; // of the selected folder or field; 0 for none
    QList<qint64> fieldIdsIn(qint64 folderId) const;

    std::unique_ptr<Ui::CustomFieldsSettingsPage> ui;
    StorageThread *m_storage;
    Session m_session;
    QList<CustomFieldFolder> m_folders;
    QList<CustomField> m_fields;
    Selection m_select;
    int m_loading = 0;
    quint64 m_generation = 0;
};

} // namespace Kontor
