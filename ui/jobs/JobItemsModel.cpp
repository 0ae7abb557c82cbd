#include "JobItemsModel.h"

#include "JobService.h"
#include "StorageThread.h"
#include "contacts/ContactService.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct ItemPage
{
    QList<JobItem> items;
    QList<QString> names; // per item
};
} // namespace

JobItemsModel::JobItemsModel(StorageThread *storage, const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
    , m_session(session)
{}

int JobItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == ContactIdRole) {
        return row.item.contactId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case OutcomeColumn:
        return jobItemOutcomeLabel(row.item.outcome);
    case RowColumn:
        return row.item.sourceRow > 0 ? QString::number(row.item.sourceRow) : QString();
    case ContactColumn:
        if (!row.contactName.isEmpty()) {
            return row.contactName;
        }
        return row.item.contactId > 0 ? tr("(removed, #%1)").arg(row.item.contactId) : QString();
    case ReasonColumn:
        if (row.item.reason.isEmpty() || row.item.column.isEmpty()) {
            return row.item.reason;
        }
        return tr("%1: %2", "column: reason").arg(row.item.column, row.item.reason);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case OutcomeColumn:
        return tr("Outcome");
    case RowColumn:
        return tr("Row", "file row");
    case ContactColumn:
        return tr("Contact");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

bool JobItemsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_jobId > 0 && m_hasMore && !m_loading;
}

void JobItemsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_loading = true;
    const quint64 generation = m_generation;
    const Session session = m_session;
    const qint64 jobId = m_jobId;
    const QList<JobItemOutcome> outcomes = m_outcomes;
    const qint64 afterSeq = m_rows.isEmpty() ? 0 : m_rows.constLast().item.seq;
    m_storage->run<Result<ItemPage>>(
        this,
        [session, jobId, outcomes, afterSeq](Database &db) -> Result<ItemPage> {
            auto items = JobService(db, session).items(jobId, outcomes, afterSeq, PageSize);
            if (!items) {
                return items.error();
            }
            ItemPage page;
            page.items = *items;
            ContactService contacts(db, session);
            for (const JobItem &item : std::as_const(page.items)) {
                QString name;
                if (item.contactId > 0) {
                    if (auto contact = contacts.load(item.contactId)) {
                        name = contact->displayName;
                    }
                }
                page.names.append(name);
            }
            return page;
        },
        [this, generation](const Result<ItemPage> &page) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            if (!page) {
                m_hasMore = false;
                Q_EMIT loadFailed(page.error().message);
                return;
            }
            m_hasMore = page->items.size() >= PageSize;
            if (!page->items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->items.size() - 1));
                for (int i = 0; i < page->items.size(); ++i) {
                    m_rows.append(Row{page->items.at(i), page->names.at(i)});
                }
                endInsertRows();
            }
            Q_EMIT pageLoaded();
        });
}

void JobItemsModel::setJob(qint64 jobId, const QList<JobItemOutcome> &outcomes)
{
    beginResetModel();
    ++m_generation;
    m_jobId = jobId;
    m_outcomes = outcomes;
    m_rows.clear();
    m_hasMore = jobId > 0;
    m_loading = false;
    endResetModel();
    fetchMore({});
}

void JobItemsModel::retranslate()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Kontor
