#include "ManageSmartListsPage.h"

#include "FilterBuilderDialog.h"
#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "common/MessageBar.h"
#include "smartlists/SmartListService.h"
#include "users/UserService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

ManageSmartListsPage::ManageSmartListsPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_messageBar(new MessageBar)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_moveUpButton(new QPushButton)
    , m_moveDownButton(new QPushButton)
    , m_copyButton(new QPushButton)
    , m_renameButton(new QPushButton)
    , m_editFilterButton(new QPushButton)
    , m_shareButton(new QPushButton)
    , m_deleteButton(new QPushButton)
{
    setObjectName(u"manageSmartListsPage"_s);
    m_messageBar->setObjectName(u"messageBar"_s);
    m_moveUpButton->setObjectName(u"moveUpButton"_s);
    m_moveDownButton->setObjectName(u"moveDownButton"_s);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_renameButton->setObjectName(u"renameButton"_s);
    m_editFilterButton->setObjectName(u"editFilterButton"_s);
    m_shareButton->setObjectName(u"shareButton"_s);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_deleteButton->setIcon(QIcon::fromTheme(u"edit-delete"_s, QIcon(u":/icons/edit-delete.svg"_s)));
    m_editFilterButton->setIcon(QIcon::fromTheme(u"edit-find"_s, QIcon(u":/icons/edit-find.svg"_s)));
    setupTable();

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_moveUpButton, m_moveDownButton}) {
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    for (QPushButton *button : {m_renameButton, m_copyButton, m_editFilterButton, m_shareButton, m_deleteButton}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(body, 1);

    connect(m_moveUpButton, &QPushButton::clicked, this, &ManageSmartListsPage::moveUp);
    connect(m_moveDownButton, &QPushButton::clicked, this, &ManageSmartListsPage::moveDown);
    connect(m_copyButton, &QPushButton::clicked, this, &ManageSmartListsPage::copyCurrent);
    connect(m_renameButton, &QPushButton::clicked, this, &ManageSmartListsPage::renameCurrent);
    connect(m_editFilterButton, &QPushButton::clicked, this, &ManageSmartListsPage::editFilterOfCurrent);
    connect(m_shareButton, &QPushButton::clicked, this, &ManageSmartListsPage::shareCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &ManageSmartListsPage::deleteCurrent);
    connect(m_storage, &StorageThread::changesCommitted, this, [this](const ChangeSet &changes) {
        if (changes.otherEntities.contains(u"smart_list"_s) || changes.otherEntities.contains(u"user"_s)) {
            reload();
        }
    });
    retranslate();
    updateActions();
    reload();
}

ManageSmartListsPage::~ManageSmartListsPage() = default;

void ManageSmartListsPage::setupTable()
{
    m_table->setObjectName(u"smartListsTableWidget"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(NameColumn, 240);
    header->setSectionResizeMode(FilterColumn, QHeaderView::Stretch);
    header->resizeSection(SharedWithColumn, 160);
    header->resizeSection(OwnerColumn, 140);
    // Dragging a row by its number reorders the lists, without a custom view class.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionsMovable(true);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(rows, &QHeaderView::sectionMoved, this, &ManageSmartListsPage::reorderByVisualRows);
    connect(m_table, &QTableWidget::itemChanged, this, &ManageSmartListsPage::renameItem);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ManageSmartListsPage::updateActions);
}

void ManageSmartListsPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Filter"), tr("Shared with"), tr("Owner")});
    m_table->verticalHeader()->setToolTip(tr("Drag a number to move the list"));
    m_moveUpButton->setText(tr("Move up"));
    m_moveDownButton->setText(tr("Move down"));
    m_renameButton->setText(tr("Rename"));
    m_copyButton->setText(tr("Copy…"));
    m_editFilterButton->setText(tr("Edit filter…"));
    m_shareButton->setText(tr("Share…"));
    m_deleteButton->setText(tr("Delete…"));
}

void ManageSmartListsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

void ManageSmartListsPage::setListKind(int kind)
{
    m_kind = kind;
    reload();
}

void ManageSmartListsPage::reload()
{
    using Loaded = std::pair<Result<QList<SmartList>>, Result<QList<User>>>;
    const Session session = m_session;
    const int kind = m_kind;
    m_storage->run<Loaded>(
        this,
        [session, kind](
            Database &db) { return Loaded(SmartListService(db, session).list(kind), UserService(db).list()); },
        [this](const Loaded &result) {
            if (!result.first || !result.second) {
                const Error &error = result.first ? result.second.error() : result.first.error();
                m_messageBar->showMessage(tr("The smart lists could not be loaded: %1").arg(error.message));
                return;
            }
            const qint64 selected = m_selectAfterLoad ? m_selectAfterLoad : currentListId();
            m_selectAfterLoad = 0;
            m_lists = *result.first;
            m_users = *result.second;
            fill();
            selectList(selected);
            Q_EMIT loaded();
        });
}

void ManageSmartListsPage::fill()
{
    const qint64 selected = currentListId();
    m_filling = true;
    // Emptying the table also forgets a row moved by dragging, so the rows show the stored order again.
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_lists.size()));
    for (int row = 0; row < m_lists.size(); ++row) {
        const SmartList &list = m_lists.at(row);
        const Qt::ItemFlags readOnly = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        auto *name = new QTableWidgetItem(SmartListService::displayName(list));
        name->setData(IdRole, list.id);
        name->setFlags(isOwn(list) ? readOnly | Qt::ItemIsEditable : readOnly);
        auto *filter = new QTableWidgetItem(list.filter.isEmpty() ? tr("(all contacts)") : list.filter);
        filter->setToolTip(list.filter);
        auto *shared = new QTableWidgetItem(sharedWithText(list));
        auto *owner = new QTableWidgetItem(list.ownerName);
        for (QTableWidgetItem *item : {filter, shared, owner}) {
            item->setFlags(readOnly);
        }
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, FilterColumn, filter);
        m_table->setItem(row, SharedWithColumn, shared);
        m_table->setItem(row, OwnerColumn, owner);
    }
    m_filling = false;
    selectList(selected);
    updateActions();
}

QString ManageSmartListsPage::sharedWithText(const SmartList &list) const
{
    QStringList names;
    for (const User &user : m_users) {
        if (list.sharedWith.contains(user.id)) {
            names.append(user.name);
        }
    }
    return names.join(u", "_s);
}

qint64 ManageSmartListsPage::currentListId() const
{
    const SmartList *list = currentList();
    return list ? list->id : 0;
}

const SmartList *ManageSmartListsPage::currentList() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const int row = selected.first()->row();
    return row >= 0 && row < m_lists.size() ? &m_lists.at(row) : nullptr;
}

void ManageSmartListsPage::selectList(qint64 id)
{
    for (int row = 0; row < m_lists.size(); ++row) {
        if (m_lists.at(row).id == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, NameColumn);
            return;
        }
    }
}

void ManageSmartListsPage::updateActions()
{
    const SmartList *list = currentList();
    const bool own = list && isOwn(*list);
    int ownCount = 0;
    for (const SmartList &each : std::as_const(m_lists)) {
        ownCount += isOwn(each) ? 1 : 0;
    }
    const int row = list ? int(list - m_lists.constData()) : -1;
    m_moveUpButton->setEnabled(own && row > 0);
    m_moveDownButton->setEnabled(own && row < ownCount - 1);
    m_copyButton->setEnabled(list != nullptr);
    for (QPushButton *button : {m_renameButton, m_editFilterButton, m_shareButton, m_deleteButton}) {
        button->setEnabled(own);
    }
}

void ManageSmartListsPage::runAction(std::function<Result<qint64>(Database &)> job)
{
    m_messageBar->clearMessage();
    m_storage->run<Result<qint64>>(this, std::move(job), [this](const Result<qint64> &done) {
        if (!done) {
            m_messageBar->showMessage(done.error().message);
            fill(); // puts back a name edited in place or a row dragged away
            return;
        }
        m_selectAfterLoad = *done ? *done : currentListId();
        reload();
    });
}

void ManageSmartListsPage::moveUp()
{
    moveCurrent(-1);
}

void ManageSmartListsPage::moveDown()
{
    moveCurrent(1);
}

void ManageSmartListsPage::moveCurrent(int step)
{
    const SmartList *list = currentList();
    if (!list || !isOwn(*list)) {
        return;
    }
    QList<qint64> ids;
    for (const SmartList &each : std::as_const(m_lists)) {
        if (isOwn(each)) {
            ids.append(each.id);
        }
    }
    const qsizetype from = ids.indexOf(list->id);
    const qsizetype to = from + step;
    if (from < 0 || to < 0 || to >= ids.size()) {
        return;
    }
    ids.move(from, to);
    saveOrder(ids);
}

void ManageSmartListsPage::reorderByVisualRows()
{
    const QHeaderView *rows = m_table->verticalHeader();
    QList<qint64> ids;
    for (int visual = 0; visual < rows->count(); ++visual) {
        const int row = rows->logicalIndex(visual);
        if (row >= 0 && row < m_lists.size() && isOwn(m_lists.at(row))) {
            ids.append(m_lists.at(row).id);
        }
    }
    saveOrder(ids);
}

void ManageSmartListsPage::saveOrder(const QList<qint64> &ids)
{
    const Session session = m_session;
    const qint64 selected = currentListId();
    runAction([ids, session, selected](Database &db) -> Result<qint64> {
        if (auto done = SmartListService(db, session).reorder(ids); !done) {
            return done.error();
        }
        return selected;
    });
}

void ManageSmartListsPage::renameCurrent()
{
    const SmartList *list = currentList();
    if (list && isOwn(*list)) {
        const int row = int(list - m_lists.constData());
        m_table->setFocus();
        m_table->editItem(m_table->item(row, NameColumn));
    }
}

void ManageSmartListsPage::renameItem(QTableWidgetItem *item)
{
    if (m_filling || item->column() != NameColumn) {
        return;
    }
    const qint64 id = item->data(IdRole).toLongLong();
    const QString name = item->text().trimmed();
    const Session session = m_session;
    runAction([id, name, session](Database &db) -> Result<qint64> {
        if (auto done = SmartListService(db, session).rename(id, name); !done) {
            return done.error();
        }
        return id;
    });
}

void ManageSmartListsPage::copyCurrent()
{
    const SmartList *list = currentList();
    if (!list) {
        return;
    }
    auto *ask = new QInputDialog(this);
    ask->setObjectName(u"copyNameInputDialog"_s);
    ask->setWindowTitle(tr("Copy smart list"));
    ask->setLabelText(tr("Name of the copy:"));
    ask->setTextValue(tr("%1 (copy)").arg(SmartListService::displayName(*list)));
    ask->setOkButtonText(tr("Copy"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this, [this, id = list->id](const QString &name) {
        const Session session = m_session;
        runAction([id, name, session](Database &db) -> Result<qint64> {
            auto copied = SmartListService(db, session).copy(id, name.trimmed());
            if (!copied) {
                return copied.error();
            }
            return copied->id;
        });
    });
    ask->open();
}

void ManageSmartListsPage::deleteCurrent()
{
    const SmartList *list = currentList();
    if (!list || !isOwn(*list)) {
        return;
    }
    Confirmation question;
    question.title = tr("Delete smart list");
    question.text = tr("Delete the smart list \"%1\"?").arg(SmartListService::displayName(*list));
    question.informativeText = tr("The contacts in it stay; only the saved filter, columns and sort are removed.");
    question.acceptText = tr("Delete");
    question.objectName = u"deleteSmartListMessageBox"_s;
    ConfirmBox::ask(this, question, [this, id = list->id] {
        const Session session = m_session;
        runAction([id, session](Database &db) -> Result<qint64> {
            if (auto done = SmartListService(db, session).remove(id); !done) {
                return done.error();
            }
            return qint64(0);
        });
    });
}

void ManageSmartListsPage::editFilterOfCurrent()
{
    const SmartList *list = currentList();
    if (!list || !isOwn(*list)) {
        return;
    }
    auto *dialog = new FilterBuilderDialog(m_storage, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setListKind(list->kind);
    dialog->setFilterText(list->filter);
    dialog->setEditedList(list->id, SmartListService::displayName(*list));
    connect(dialog, &FilterBuilderDialog::smartListSaved, this, [this](qint64 id) {
        m_selectAfterLoad = id;
        reload();
    });
    dialog->open();
}

void ManageSmartListsPage::shareCurrent()
{
    const SmartList *list = currentList();
    if (!list || !isOwn(*list)) {
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shareDialog"_s);
    dialog->setWindowTitle(tr("Share \"%1\"").arg(SmartListService::displayName(*list)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *users = new QListWidget;
    users->setObjectName(u"shareUsersListWidget"_s);
    for (const User &user : std::as_const(m_users)) {
        if (user.id == m_session.userId) {
            continue;
        }
        auto *item = new QListWidgetItem(user.email.isEmpty() ? user.name : tr("%1 <%2>").arg(user.name, user.email));
        item->setData(IdRole, user.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(list->sharedWith.contains(user.id) ? Qt::Checked : Qt::Unchecked);
        users->addItem(item);
    }
    auto *hint = new QLabel(users->count() > 0 ? tr("Users who see this list among their tabs:")
                                               : tr("There are no other users in this database yet."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"shareOkButton"_s);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(hint);
    layout->addWidget(users);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, users, id = list->id] {
        QList<qint64> ids;
        for (int i = 0; i < users->count(); ++i) {
            if (users->item(i)->checkState() == Qt::Checked) {
                ids.append(users->item(i)->data(IdRole).toLongLong());
            }
        }
        const Session session = m_session;
        runAction([id, ids, session](Database &db) -> Result<qint64> {
            if (auto done = SmartListService(db, session).share(id, ids); !done) {
                return done.error();
            }
            return id;
        });
    });
    dialog->open();
}

} // namespace Kontor
