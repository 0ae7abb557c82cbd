#include "SmartListTableView.h"

#include "ColumnChooserDialog.h"
#include "SmartListService.h"
#include "StorageThread.h"
#include "contacts/ContactListModel.h"

#include <QHash>
#include <QHeaderView>
#include <QScopedValueRollback>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Dragging a header edge emits a resize per pixel: one save after the user let go is enough.
constexpr int SaveDelayMs = 600;

QStringList keysOf(const QList<ListColumn> &columns)
{
    QStringList keys;
    for (const ListColumn &column : columns) {
        keys.append(column.key);
    }
    return keys;
}
} // namespace

SmartListTableView::SmartListTableView(QWidget *parent)
    : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &SmartListTableView::saveColumnsFromHeader);
    connect(header, &QHeaderView::sectionClicked, this, &SmartListTableView::onSectionClicked);
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying) {
            m_saveTimer.start();
        }
    });
    connect(header, &QHeaderView::sectionResized, this, &SmartListTableView::onSectionResized);
}

void SmartListTableView::setup(StorageThread *storage, const Session &session, ContactListModel *model)
{
    m_storage = storage;
    m_session = session;
    m_model = model;
    setModel(model);
}

void SmartListTableView::showList(const SmartList &list)
{
    m_saveTimer.stop();
    m_list = list;
    const QList<ListColumn> columns
        = list.columns.isEmpty() ? SmartListService::defaultColumns(list.kind) : list.columns;
    m_list.columns = columns;
    m_model->setView(list.filter, keysOf(columns), list.sort);
    layoutColumns();
}

void SmartListTableView::applyColumns(const QList<ListColumn> &columns)
{
    if (columns.isEmpty()) {
        return;
    }
    m_list.columns = columns;
    m_model->setColumns(keysOf(columns));
    layoutColumns();
    saveColumns();
}

void SmartListTableView::applySort(const QString &sort)
{
    m_list.sort = sort;
    m_model->setSort(sort);
    updateSortIndicator();
    if (m_list.id == 0) {
        return;
    }
    const qint64 id = m_list.id;
    const Session session = m_session;
    m_storage->run<Result<void>>(
        this,
        [id, sort, session](Database &db) { return SmartListService(db, session).setSort(id, sort); },
        [this](const Result<void> &done) {
            if (!done) {
                Q_EMIT failed(done.error().message);
            }
        });
    Q_EMIT listChanged(m_list);
}

void SmartListTableView::chooseColumns()
{
    const Session session = m_session;
    m_storage->run<Result<QList<FilterField>>>(
        this,
        [session](Database &db) { return FilterFields::all(db); },
        [this](const Result<QList<FilterField>> &fields) {
            if (!fields) {
                Q_EMIT failed(fields.error().message);
                return;
            }
            auto *dialog = new ColumnChooserDialog(*fields + m_extraFields, m_list.columns, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] { applyColumns(dialog->columns()); });
            dialog->open();
        });
}

void SmartListTableView::onSectionClicked(int logical)
{
    const QString key = m_model->columnKey(logical);
    if (key.isEmpty() || !m_model->isSortable(key)) {
        updateSortIndicator(); // undo the header's own flip
        return;
    }
    const bool ascendingNow = m_list.sort == key || (m_list.sort.isEmpty() && key == u"name"_s);
    applySort(ascendingNow ? u"-"_s + key : key);
}

void SmartListTableView::onSectionResized(int logical)
{
    // The stretched last section follows the window, not the user.
    if (m_applying || horizontalHeader()->visualIndex(logical) == horizontalHeader()->count() - 1) {
        return;
    }
    m_saveTimer.start();
}

void SmartListTableView::layoutColumns()
{
    QScopedValueRollback<bool> applying(m_applying, true);
    QHeaderView *header = horizontalHeader();
    // The model's order is the list's order: undo moves the header kept from the previous list.
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->visualIndex(logical) != logical) {
            header->moveSection(header->visualIndex(logical), logical);
        }
    }
    // The last column stretches to the window's edge; a stored width there would only add a scroll bar.
    for (int logical = 0; logical < m_list.columns.size() && logical < header->count() - 1; ++logical) {
        const ListColumn &column = m_list.columns.at(logical);
        header->resizeSection(logical, column.width > 0 ? column.width : defaultWidth(column.key));
    }
    updateSortIndicator();
}

void SmartListTableView::updateSortIndicator()
{
    const bool descending = m_list.sort.startsWith(u'-');
    const QString key = m_list.sort.isEmpty() ? u"name"_s : m_list.sort.mid(descending ? 1 : 0);
    const int column = int(m_model->columns().indexOf(key));
    QHeaderView *header = horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void SmartListTableView::saveColumnsFromHeader()
{
    QHeaderView *header = horizontalHeader();
    QList<ListColumn> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        const bool stretched = visual == header->count() - 1;
        const QString key = m_model->columnKey(logical);
        int width = header->sectionSize(logical);
        if (stretched) {
            const auto kept = std::find_if(
                m_list.columns.cbegin(), m_list.columns.cend(), [&](const ListColumn &c) { return c.key == key; });
            width = kept != m_list.columns.cend() ? kept->width : 0;
        }
        columns.append(ListColumn{key, width});
    }
    if (columns == m_list.columns) {
        return;
    }
    m_list.columns = columns;
    saveColumns();
}

void SmartListTableView::saveColumns()
{
    Q_EMIT listChanged(m_list);
    if (m_list.id == 0) {
        return;
    }
    const qint64 id = m_list.id;
    const QList<ListColumn> columns = m_list.columns;
    const Session session = m_session;
    m_storage->run<Result<void>>(
        this,
        [id, columns, session](Database &db) { return SmartListService(db, session).setColumns(id, columns); },
        [this](const Result<void> &done) {
            if (!done) {
                Q_EMIT failed(done.error().message);
            }
        });
}

int SmartListTableView::defaultWidth(const QString &key)
{
    // Wide enough for typical values, narrow enough that the default columns fit a 1280 pixel window.
    static const QHash<QString, int> widths{{u"name"_s, 180},
        {u"email"_s, 200},
        {u"company"_s, 190},
        {u"website"_s, 180},
        {u"phone"_s, 140},
        {u"tags"_s, 160},
        {u"created"_s, 90},
        {u"updated"_s, 90},
        {u"last_activity"_s, 90},
        {u"birthday"_s, 90},
        {u"persons"_s, 80}};
    return widths.value(key, 120);
}

} // namespace Kontor
