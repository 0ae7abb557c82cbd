#include "SmartListsPage.h"

#include "ui_SmartListsPage.h"

#include "FilterFields.h"
#include "SmartListService.h"
#include "StorageThread.h"
#include "contacts/ContactListModel.h"
#include "lists/FilterBuilderDialog.h"
#include "lists/SmartListTabBar.h"
#include "lists/SmartListTableView.h"
#include "settings/Settings.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Saving columns or sort commits a "smart_list" change too; one refresh of the tabs per burst is enough.
constexpr int ListsDelayMs = 150;
} // namespace

SmartListsPage::SmartListsPage(StorageThread *storage, const Session &session, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SmartListsPage>())
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_model(new ContactListModel(storage, session, ContactScope::Alive, this))
    , m_searchFieldsMenu(new QMenu(this))
{
    ui->setupUi(this);
    m_model->setKind(int(ContactKind::Person));
    m_model->setSearchFields(m_settings->quickSearchFields());
    ui->contactsTableView->setup(storage, session, m_model);
    ui->contactsTableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    ui->filterBar->hide();
    ui->selectAllBar->hide();
    setupSearchFields();

    m_listsTimer.setSingleShot(true);
    m_listsTimer.setInterval(ListsDelayMs);
    connect(&m_listsTimer, &QTimer::timeout, this, &SmartListsPage::reloadLists);
    connect(m_storage, &StorageThread::changesCommitted, this, &SmartListsPage::onChangesCommitted);
    connect(ui->smartListTabBar, &SmartListTabBar::currentListChanged, this, &SmartListsPage::showList);
    connect(ui->contactsTableView, &SmartListTableView::listChanged, ui->smartListTabBar, &SmartListTabBar::updateList);
    connect(ui->contactsTableView, &SmartListTableView::failed, this, &SmartListsPage::failed);
    connect(ui->contactsTableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openContactRequested(m_model->idAt(index.row()));
    });
    connect(ui->contactsTableView->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &SmartListsPage::onSelectionChanged);
    connect(ui->searchLineEdit, &QLineEdit::textChanged, m_model, &ContactListModel::setSearchText);
    connect(ui->moreFiltersButton, &QPushButton::clicked, this, &SmartListsPage::openFilterBuilder);
    connect(ui->columnsButton, &QPushButton::clicked, ui->contactsTableView, &SmartListTableView::chooseColumns);
    connect(ui->clearFilterButton, &QPushButton::clicked, this, &SmartListsPage::clearFilter);
    connect(ui->saveFilterButton, &QPushButton::clicked, this, &SmartListsPage::saveFilterAsList);
    connect(ui->selectAllButton, &QPushButton::clicked, this, [this] {
        if (m_allInList) {
            ui->contactsTableView->clearSelection();
        } else {
            selectAllInList();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_allInList = false;
        updateSelectAllBar();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (m_allInList) {
            // "All in list" stays true while more pages arrive: their rows are part of it.
            const QItemSelection rows(m_model->index(first, 0), m_model->index(last, m_model->columnCount() - 1));
            ui->contactsTableView->selectionModel()->select(rows, QItemSelectionModel::Select);
        }
        updateSelectAllBar();
    });
    connect(m_model, &ContactListModel::totalCountChanged, this, [this] {
        updateRowCount();
        updateSelectAllBar();
    });
    connect(m_model, &ContactListModel::loadFailed, this, &SmartListsPage::failed);

    ui->rowCountLabel->setObjectName(u"rowCountLabel"_s);
    retranslateCode();
    updateRowCount();
    reloadLists();
}

SmartListsPage::~SmartListsPage() = default;

SmartListTableView *SmartListsPage::tableView() const
{
    return ui->contactsTableView;
}

SmartListTabBar *SmartListsPage::tabBar() const
{
    return ui->smartListTabBar;
}

QLineEdit *SmartListsPage::searchLineEdit() const
{
    return ui->searchLineEdit;
}

void SmartListsPage::setupSearchFields()
{
    m_searchFieldsMenu->setObjectName(u"searchFieldsMenu"_s);
    const QStringList checked = m_settings->quickSearchFields();
    for (const QString &key : Settings::allQuickSearchFields()) {
        auto *action = m_searchFieldsMenu->addAction(key);
        action->setObjectName(key + u"SearchFieldAction"_s);
        action->setData(key);
        action->setCheckable(true);
        action->setChecked(checked.contains(key));
        connect(action, &QAction::toggled, this, [this] {
            QStringList fields;
            const auto actions = m_searchFieldsMenu->actions();
            for (const QAction *a : actions) {
                if (a->isChecked()) {
                    fields.append(a->data().toString());
                }
            }
            // The last checked field stays: a search in no field would find nothing.
            for (QAction *a : actions) {
                a->setEnabled(!(a->isChecked() && fields.size() == 1));
            }
            m_settings->setQuickSearchFields(fields);
            m_model->setSearchFields(fields);
        });
    }
    if (checked.size() == 1) {
        for (QAction *a : m_searchFieldsMenu->actions()) {
            a->setEnabled(!a->isChecked());
        }
    }
    m_searchFieldsAction = ui->searchLineEdit->addAction(
        QIcon::fromTheme(u"edit-find"_s, QIcon(u":/icons/edit-find.svg"_s)), QLineEdit::LeadingPosition);
    m_searchFieldsAction->setObjectName(u"searchFieldsAction"_s);
    connect(m_searchFieldsAction, &QAction::triggered, this, [this] {
        m_searchFieldsMenu->popup(ui->searchLineEdit->mapToGlobal(QPoint(0, ui->searchLineEdit->height())));
    });
}

void SmartListsPage::reloadLists()
{
    m_listsTimer.stop();
    const Session session = m_session;
    m_storage->run<Result<QList<SmartList>>>(
        this,
        [session](Database &db) -> Result<QList<SmartList>> {
            SmartListService service(db, session);
            if (auto ensured = service.ensureDefaults(); !ensured) {
                return ensured.error();
            }
            return service.list(int(ContactKind::Person));
        },
        [this](const Result<QList<SmartList>> &lists) {
            if (!lists) {
                Q_EMIT failed(tr("The smart lists could not be loaded: %1").arg(lists.error().message));
                return;
            }
            ui->smartListTabBar->setLists(*lists);
            Q_EMIT listsLoaded();
        });
}

void SmartListsPage::showList(const SmartList &list)
{
    m_appliedFilter.clear();
    ui->contactsTableView->showList(list);
    updateFilterBar();
}

void SmartListsPage::applyFilter(const QString &filter)
{
    const QString trimmed = filter.trimmed();
    if (trimmed.isEmpty() || trimmed == ui->smartListTabBar->currentList().filter) {
        clearFilter();
        return;
    }
    m_appliedFilter = trimmed;
    m_model->setFilter(trimmed);
    updateFilterBar();
}

void SmartListsPage::clearFilter()
{
    m_appliedFilter.clear();
    m_model->setFilter(ui->smartListTabBar->currentList().filter);
    updateFilterBar();
}

void SmartListsPage::openFilterBuilder()
{
    auto *dialog = new FilterBuilderDialog(m_storage, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFilterText(m_model->filter());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyFilter(dialog->filterText()); });
    connect(dialog, &FilterBuilderDialog::smartListSaved, this, [this](qint64 id) {
        connect(
            this,
            &SmartListsPage::listsLoaded,
            this,
            [this, id] { ui->smartListTabBar->selectList(id); },
            Qt::SingleShotConnection);
        reloadLists();
    });
    dialog->open();
}

void SmartListsPage::saveFilterAsList()
{
    if (m_appliedFilter.isEmpty()) {
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"smartListNameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save as smart list"));
    dialog->setLabelText(tr("Name of the new smart list:"));
    const QString filter = m_appliedFilter;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, filter](const QString &name) {
        createList(name, filter);
    });
    dialog->open();
}

void SmartListsPage::createList(const QString &name, const QString &filter)
{
    const Session session = m_session;
    const SmartList current = ui->contactsTableView->list();
    m_storage->run<Result<SmartList>>(
        this,
        [name, filter, current, session](Database &db) -> Result<SmartList> {
            SmartListService service(db, session);
            auto created = service.create(name, filter, int(ContactKind::Person));
            if (!created) {
                return created.error();
            }
            // The new list starts with the columns and sort the user is looking at.
            if (auto columns = service.setColumns(created->id, current.columns); !columns) {
                return columns.error();
            }
            if (auto sort = service.setSort(created->id, current.sort); !sort) {
                return sort.error();
            }
            return service.byId(created->id);
        },
        [this](const Result<SmartList> &created) {
            if (!created) {
                Q_EMIT failed(created.error().message);
                return;
            }
            connect(
                this,
                &SmartListsPage::listsLoaded,
                this,
                [this, id = created->id] { ui->smartListTabBar->selectList(id); },
                Qt::SingleShotConnection);
            reloadLists();
        });
}

ContactSelection SmartListsPage::selection() const
{
    ContactSelection selection;
    selection.query = m_model->query();
    if (m_allInList) {
        selection.allInList = true;
        selection.count = m_model->totalCount();
    }
    const auto rows = ui->contactsTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        selection.ids.append(m_model->idAt(index.row()));
    }
    if (selection.ids.isEmpty() && ui->contactsTableView->currentIndex().isValid()) {
        selection.ids.append(m_model->idAt(ui->contactsTableView->currentIndex().row()));
    }
    if (!m_allInList) {
        selection.count = selection.ids.size();
    }
    return selection;
}

qint64 SmartListsPage::currentContactId() const
{
    const QModelIndex current = ui->contactsTableView->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QString SmartListsPage::currentContactName() const
{
    const QModelIndex current = ui->contactsTableView->currentIndex();
    return current.isValid() ? m_model->summaryAt(current.row()).displayName : QString();
}

void SmartListsPage::selectAllInList()
{
    ui->contactsTableView->selectAll();
    m_allInList = true;
    updateSelectAllBar();
    Q_EMIT selectionChanged();
}

void SmartListsPage::focusSearch()
{
    ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    ui->searchLineEdit->selectAll();
}

void SmartListsPage::onSelectionChanged()
{
    const int selected = int(ui->contactsTableView->selectionModel()->selectedRows().size());
    if (m_allInList && selected != m_model->rowCount()) {
        m_allInList = false;
    }
    updateSelectAllBar();
    Q_EMIT selectionChanged();
}

void SmartListsPage::updateFilterBar()
{
    ui->filterBar->setVisible(!m_appliedFilter.isEmpty());
    ui->filterLabel->setText(tr("Filtered: %1").arg(m_appliedFilter));
    ui->filterLabel->setToolTip(m_appliedFilter);
}

void SmartListsPage::updateSelectAllBar()
{
    const int loaded = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    const int selected = int(ui->contactsTableView->selectionModel()->selectedRows().size());
    const bool allLoaded = loaded > 0 && selected == loaded;
    if (m_allInList) {
        ui->selectAllLabel->setText(tr("All %Ln contact(s) in this list are selected.", nullptr, int(total)));
        ui->selectAllButton->setText(tr("Clear selection"));
    } else {
        ui->selectAllLabel->setText(tr("All %Ln loaded contact(s) are selected.", nullptr, loaded));
        ui->selectAllButton->setText(tr("Select all %Ln in this list", nullptr, int(total)));
    }
    ui->selectAllBar->setVisible(m_allInList || (allLoaded && total > loaded));
}

void SmartListsPage::updateRowCount()
{
    const qint64 total = m_model->totalCount();
    ui->rowCountLabel->setText(total < 0 ? tr("Loading...") : tr("%Ln contact(s)", nullptr, int(total)));
}

void SmartListsPage::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.otherEntities.contains(u"smart_list"_s)) {
        m_listsTimer.start();
    }
}

void SmartListsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateCode();
        updateFilterBar();
        updateSelectAllBar();
        updateRowCount();
        reloadLists();
    }
    QWidget::changeEvent(event);
}

void SmartListsPage::retranslateCode()
{
    ui->searchLineEdit->setPlaceholderText(tr("Search contacts (Ctrl+F)"));
    m_searchFieldsAction->setToolTip(tr("Choose the fields the search looks in"));
    QHash<QString, QString> labels;
    for (const FilterField &field : FilterFields::builtIn()) {
        labels.insert(field.key, field.label);
    }
    for (QAction *action : m_searchFieldsMenu->actions()) {
        action->setText(labels.value(action->data().toString(), action->data().toString()));
    }
    ui->moreFiltersButton->setToolTip(tr("Combine conditions on any field, including custom fields"));
    ui->columnsButton->setToolTip(tr("Choose and order the columns of this list"));
}

} // namespace Kontor
