#include "CustomFieldsSettingsPage.h"

#include "ui_CustomFieldsSettingsPage.h"

#include "CustomFieldDialog.h"
#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "customfields/CustomFieldService.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
using Kind = CustomFieldTreeWidget::Kind;
const QString kEntity = u"custom_field"_s;

struct Loaded
{
    Result<QList<CustomFieldFolder>> folders;
    Result<QList<CustomField>> fields;
};
} // namespace

CustomFieldsSettingsPage::CustomFieldsSettingsPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::CustomFieldsSettingsPage>())
    , m_storage(storage)
    , m_session(session)
{
    ui->setupUi(this);
    ui->customFieldsTreeWidget->setColumnCount(3);
    ui->customFieldsTreeWidget->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    ui->customFieldsTreeWidget->header()->resizeSection(0, 240);
    ui->customFieldsTreeWidget->header()->resizeSection(1, 130);

    connect(ui->newFolderButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::newFolder);
    connect(ui->renameFolderButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::renameFolder);
    connect(ui->deleteFolderButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::deleteFolder);
    connect(ui->newFieldButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::newField);
    connect(ui->editFieldButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::editField);
    connect(ui->deleteFieldButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::deleteField);
    connect(ui->moveFieldUpButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::moveFieldUp);
    connect(ui->moveFieldDownButton, &QPushButton::clicked, this, &CustomFieldsSettingsPage::moveFieldDown);
    connect(
        ui->customFieldsTreeWidget, &QTreeWidget::currentItemChanged, this, &CustomFieldsSettingsPage::updateActions);
    connect(ui->customFieldsTreeWidget, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (CustomFieldTreeWidget::kind(item) == Kind::Field) {
            editField();
        }
    });
    connect(
        ui->customFieldsTreeWidget, &CustomFieldTreeWidget::fieldDropped, this, &CustomFieldsSettingsPage::moveField);
    connect(m_storage, &StorageThread::changesCommitted, this, &CustomFieldsSettingsPage::onChangesCommitted);
    retranslateCode();
    updateActions();
    reload();
}

CustomFieldsSettingsPage::~CustomFieldsSettingsPage() = default;

void CustomFieldsSettingsPage::reload()
{
    ++m_loading;
    const quint64 generation = ++m_generation;
    const Session session = m_session;
    m_storage->run<Loaded>(
        this,
        [session](Database &db) {
            CustomFieldService service(db, session);
            return Loaded{service.folders(), service.fields()};
        },
        [this, generation](const Loaded &loaded) {
            --m_loading;
            // Only the newest load counts: an older one may predate a change that has been written since.
            if (generation != m_generation) {
                return;
            }
            if (!loaded.folders || !loaded.fields) {
                ui->messageBar->showMessage(
                    tr("The custom fields could not be loaded: %1")
                        .arg((loaded.folders ? loaded.fields.error() : loaded.folders.error()).message));
                return;
            }
            m_folders = *loaded.folders;
            m_fields = *loaded.fields;
            rebuildTree();
            Q_EMIT reloaded();
        });
}

void CustomFieldsSettingsPage::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.otherEntities.contains(kEntity)) {
        reload();
    }
}

void CustomFieldsSettingsPage::rebuildTree()
{
    QTreeWidget *tree = ui->customFieldsTreeWidget;
    if (QTreeWidgetItem *current = currentItem(); current && m_select.id < 0) {
        m_select = {CustomFieldTreeWidget::kind(current) == Kind::Folder ? 1 : 2, CustomFieldTreeWidget::id(current)};
    }
    const QSignalBlocker blocker(tree);
    tree->clear();
    QTreeWidgetItem *toSelect = nullptr;
    QFont folderFont = tree->font();
    folderFont.setBold(true);
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const auto addFolder = [&](qint64 id, const QString &name) {
        auto *item = new QTreeWidgetItem(tree, {name});
        item->setData(0, CustomFieldTreeWidget::KindRole, int(Kind::Folder));
        item->setData(0, CustomFieldTreeWidget::IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
        item->setIcon(0, folderIcon);
        item->setFont(0, folderFont);
        if (m_select.kind == 1 && m_select.id == id) {
            toSelect = item;
        }
        for (const CustomField &field : std::as_const(m_fields)) {
            if (field.folderId != id) {
                continue;
            }
            auto *child = new QTreeWidgetItem(
                item, {field.name, customFieldTypeLabel(field.type), field.options.join(u", "_s)});
            child->setData(0, CustomFieldTreeWidget::KindRole, int(Kind::Field));
            child->setData(0, CustomFieldTreeWidget::IdRole, field.id);
            child->setFlags(
                Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren);
            child->setToolTip(2, field.options.join(u'\n'));
            if (m_select.kind == 2 && m_select.id == field.id) {
                toSelect = child;
            }
        }
        item->setExpanded(true);
    };
    addFolder(0, tr("Without folder"));
    for (const CustomFieldFolder &folder : std::as_const(m_folders)) {
        addFolder(folder.id, folder.name);
    }
    tree->setCurrentItem(toSelect ? toSelect : tree->topLevelItem(0));
    m_select = {};
    updateActions();
}

void CustomFieldsSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
        rebuildTree();
    }
    QWidget::changeEvent(event);
}

void CustomFieldsSettingsPage::retranslateCode()
{
    ui->customFieldsTreeWidget->setHeaderLabels({tr("Name"), tr("Type"), tr("Options")});
}

void CustomFieldsSettingsPage::updateActions()
{
    const CustomField *field = currentField();
    ui->renameFolderButton->setEnabled(currentFolder() != nullptr);
    ui->deleteFolderButton->setEnabled(currentFolder() != nullptr);
    ui->editFieldButton->setEnabled(field != nullptr);
    ui->deleteFieldButton->setEnabled(field != nullptr);
    QTreeWidgetItem *item = currentItem();
    const QTreeWidgetItem *folder = item ? item->parent() : nullptr;
    const int row = folder ? folder->indexOfChild(item) : -1;
    ui->moveFieldUpButton->setEnabled(field && row > 0);
    ui->moveFieldDownButton->setEnabled(field && folder && row < folder->childCount() - 1);
}

void CustomFieldsSettingsPage::write(std::function<Result<qint64>(CustomFieldService &)> change, int selectKind)
{
    const Session session = m_session;
    m_storage->run<Result<qint64>>(
        this,
        [session, change](Database &db) {
            CustomFieldService service(db, session);
            return change(service);
        },
        [this, selectKind](const Result<qint64> &result) {
            if (!result) {
                ui->messageBar->showMessage(result.error().message);
                reload(); // a refused drop or move shows the stored order again
                return;
            }
            ui->messageBar->clearMessage();
            if (*result >= 0) {
                m_select = {selectKind, *result};
            }
            reload();
        });
}

void CustomFieldsSettingsPage::askFolderName(
    const QString &title, const QString &current, std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"folderNameInputDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Folder name:"));
    dialog->setTextValue(current);
    connect(dialog, &QInputDialog::textValueSelected, this, std::move(done));
    dialog->open();
}

void CustomFieldsSettingsPage::newFolder()
{
    askFolderName(tr("New folder"), QString(), [this](const QString &name) {
        write(
            [name](CustomFieldService &service) -> Result<qint64> {
                auto folder = service.createFolder(name);
                if (!folder) {
                    return folder.error();
                }
                return folder->id;
            },
            1);
    });
}

void CustomFieldsSettingsPage::renameFolder()
{
    const CustomFieldFolder *folder = currentFolder();
    if (!folder) {
        return;
    }
    const qint64 id = folder->id;
    askFolderName(tr("Rename folder"), folder->name, [this, id](const QString &name) {
        write(
            [id, name](CustomFieldService &service) -> Result<qint64> {
                if (auto renamed = service.renameFolder(id, name); !renamed) {
                    return renamed.error();
                }
                return id;
            },
            1);
    });
}

void CustomFieldsSettingsPage::deleteFolder()
{
    const CustomFieldFolder *folder = currentFolder();
    if (!folder) {
        return;
    }
    const qint64 id = folder->id;
    const int fieldCount = int(fieldIdsIn(id).size());
    const QString text = fieldCount == 0
        ? tr("Delete the empty folder \"%1\"?").arg(folder->name)
        : tr("Delete the folder \"%1\"? Its %n field(s) move to \"Without folder\"; no values are lost.",
            nullptr,
            fieldCount)
              .arg(folder->name);
    Confirmation question;
    question.title = tr("Delete folder");
    question.text = text;
    question.acceptText = tr("Delete folder");
    question.objectName = u"deleteFolderMessageBox"_s;
    ConfirmBox::ask(this, question, [this, id] {
        write(
            [id](CustomFieldService &service) -> Result<qint64> {
                if (auto deleted = service.deleteFolder(id); !deleted) {
                    return deleted.error();
                }
                return qint64(0); // "Without folder", where its fields went
            },
            1);
    });
}

void CustomFieldsSettingsPage::newField()
{
    CustomField field;
    field.folderId = currentFolderId();
    openFieldDialog(field);
}

void CustomFieldsSettingsPage::editField()
{
    if (const CustomField *field = currentField()) {
        openFieldDialog(*field);
    }
}

void CustomFieldsSettingsPage::openFieldDialog(const CustomField &field)
{
    auto *dialog = new CustomFieldDialog(m_storage, m_session, field, m_folders, this);
    dialog->setObjectName(u"customFieldDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomFieldDialog::saved, this, [this](const CustomField &saved) {
        ui->messageBar->clearMessage();
        m_select = {2, saved.id};
        reload();
    });
    dialog->open();
}

void CustomFieldsSettingsPage::deleteField()
{
    const CustomField *field = currentField();
    if (!field) {
        return;
    }
    const qint64 id = field->id;
    const QString name = field->name;
    const Session session = m_session;
    // The confirmation says what is lost, so it waits for the count.
    m_storage->run<Result<qint64>>(
        this,
        [session, id](Database &db) { return CustomFieldService(db, session).valueCount(id); },
        [this, id, name](const Result<qint64> &count) {
            if (!count) {
                ui->messageBar->showMessage(count.error().message);
                return;
            }
            const QString text = *count == 0
                ? tr("Delete the custom field \"%1\"? No contact has a value in it.").arg(name)
                : tr("Delete the custom field \"%1\"? Its value is removed from %n contact(s).", nullptr, int(*count))
                      .arg(name);
            Confirmation question;
            question.icon = QMessageBox::Warning;
            question.title = tr("Delete custom field");
            question.text = text;
            question.acceptText = tr("Delete field");
            question.objectName = u"deleteFieldMessageBox"_s;
            ConfirmBox::ask(this, question, [this, id] {
                write(
                    [id](CustomFieldService &service) -> Result<qint64> {
                        if (auto deleted = service.deleteField(id); !deleted) {
                            return deleted.error();
                        }
                        return qint64(-1);
                    },
                    2);
            });
        });
}

void CustomFieldsSettingsPage::moveFieldBy(int delta)
{
    const CustomField *field = currentField();
    if (!field) {
        return;
    }
    const QList<qint64> ids = fieldIdsIn(field->folderId);
    const int index = int(ids.indexOf(field->id)) + delta;
    if (index < 0 || index >= ids.size()) {
        return;
    }
    // moveField() counts the field itself where it stands, so a step down lands one further.
    moveField(field->id, field->folderId, delta > 0 ? index + 1 : index);
}

void CustomFieldsSettingsPage::moveField(qint64 fieldId, qint64 folderId, int index)
{
    QList<qint64> ids = fieldIdsIn(folderId);
    const qsizetype from = ids.indexOf(fieldId);
    if (from >= 0) {
        if (from < index) {
            --index;
        }
        ids.removeAt(from);
    }
    ids.insert(qBound(0, index, int(ids.size())), fieldId);
    if (ids == fieldIdsIn(folderId)) {
        return;
    }
    write(
        [folderId, ids, fieldId](CustomFieldService &service) -> Result<qint64> {
            if (auto moved = service.reorderFields(folderId, ids); !moved) {
                return moved.error();
            }
            return fieldId;
        },
        2);
}

QTreeWidgetItem *CustomFieldsSettingsPage::currentItem() const
{
    return ui->customFieldsTreeWidget->currentItem();
}

const CustomField *CustomFieldsSettingsPage::currentField() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || CustomFieldTreeWidget::kind(item) != Kind::Field) {
        return nullptr;
    }
    const qint64 id = CustomFieldTreeWidget::id(item);
    for (const CustomField &field : m_fields) {
        if (field.id == id) {
            return &field;
        }
    }
    return nullptr;
}

const CustomFieldFolder *CustomFieldsSettingsPage::currentFolder() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || CustomFieldTreeWidget::kind(item) != Kind::Folder) {
        return nullptr;
    }
    const qint64 id = CustomFieldTreeWidget::id(item);
    for (const CustomFieldFolder &folder : m_folders) {
        if (folder.id == id) {
            return &folder;
        }
    }
    return nullptr;
}

qint64 CustomFieldsSettingsPage::currentFolderId() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item) {
        return 0;
    }
    return CustomFieldTreeWidget::kind(item) == Kind::Folder ? CustomFieldTreeWidget::id(item)
                                                             : CustomFieldTreeWidget::id(item->parent());
}

QList<qint64> CustomFieldsSettingsPage::fieldIdsIn(qint64 folderId) const
{
    QList<qint64> ids;
    for (const CustomField &field : m_fields) {
        if (field.folderId == folderId) {
            ids << field.id;
        }
    }
    return ids;
}

} // namespace Kontor
