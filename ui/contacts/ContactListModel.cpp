#include "ContactListModel.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"
#include "contacts/PhoneNormalizer.h"

#include <QDateTime>
#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
constexpr int SearchDelayMs = 200;
// Commits come in bursts (sample data, imports write in batches): one reload for each burst is enough.
constexpr int ChangeDelayMs = 100;
// A reload keeps at most this many rows, so a view scrolled deep into a huge list does not fetch for ever.
constexpr int MaxReloadRows = 2000;
} // namespace

ContactListModel::ContactListModel(StorageThread *storage, const Session &session, ContactScope scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
    , m_session(session)
    , m_scope(scope)
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &ContactListModel::reload);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &ContactListModel::reload);
    connect(m_storage, &StorageThread::changesCommitted, this, &ContactListModel::onChangesCommitted);
    reload();
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_scope == ContactScope::Trash ? TrashColumnCount : ContactColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const ContactSummary &s = row.summary;
    if (role == IdRole) {
        return s.id;
    }
    if (role == KindRole) {
        return int(s.kind);
    }
    if (role == Qt::ToolTipRole && index.column() == 0 && !s.jobTitle.isEmpty()) {
        return s.jobTitle;
    }
    if (role == Qt::TextAlignmentRole) {
        const bool right = m_scope == ContactScope::Trash && index.column() == DaysLeftColumn;
        return QVariant::fromValue(Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (m_scope == ContactScope::Trash) {
        switch (index.column()) {
        case TrashNameColumn:
            return s.displayName;
        case DeletedAtColumn:
            return row.deletedAt;
        case DeletedByColumn:
            return s.deletedByName;
        case DaysLeftColumn:
            return row.daysLeft;
        default:
            return {};
        }
    }
    switch (index.column()) {
    case NameColumn:
        return s.displayName;
    case CompanyColumn:
        return s.companyName;
    case EmailColumn:
        return s.primaryEmail;
    case PhoneColumn:
        return row.phone;
    case CityColumn:
        return s.city;
    case TagsColumn:
        return row.tags;
    case CreatedColumn:
        return row.created;
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (m_scope == ContactScope::Trash) {
        switch (section) {
        case TrashNameColumn:
            return tr("Name");
        case DeletedAtColumn:
            return tr("Deleted at");
        case DeletedByColumn:
            return tr("Deleted by");
        case DaysLeftColumn:
            return tr("Days left");
        default:
            return {};
        }
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case CityColumn:
        return tr("City");
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    requestPage(false, m_pageSize);
}

qint64 ContactListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : 0;
}

void ContactListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search) {
        return;
    }
    m_search = trimmed;
    m_searchTimer.start();
}

void ContactListModel::reload()
{
    m_searchTimer.stop();
    m_changeTimer.stop();
    ++m_generation;
    requestPage(true, qBound(m_pageSize, int(m_rows.size()), MaxReloadRows));
    requestCount();
}

ContactListModel::Row ContactListModel::makeRow(const ContactSummary &summary, qint64 now)
{
    Row row;
    row.summary = summary;
    row.phone = summary.primaryPhone.startsWith(u'+') ? PhoneNormalizer::formatInternational(summary.primaryPhone)
                                                      : summary.primaryPhone;
    row.tags = summary.tags.join(u", "_s);
    const QLocale locale;
    if (summary.createdAt > 0) {
        row.created = locale.toString(QDateTime::fromMSecsSinceEpoch(summary.createdAt).date(), QLocale::ShortFormat);
    }
    if (summary.deletedAt > 0) {
        row.deletedAt = locale.toString(QDateTime::fromMSecsSinceEpoch(summary.deletedAt), QLocale::ShortFormat);
        const qint64 ageDays = (now - summary.deletedAt) / DayMs;
        row.daysLeft = int(qMax<qint64>(0, ContactService::TrashRetentionDays - ageDays));
    }
    return row;
}

void ContactListModel::requestPage(bool first, int limit)
{
    ContactListQuery query;
    query.scope = m_scope;
    query.search = m_search;
    query.limit = limit;
    if (!first && !m_rows.isEmpty()) {
        const ContactSummary &last = m_rows.last().summary;
        query.afterSortKey = last.sortKey;
        query.afterId = last.id;
        query.afterDeletedAt = last.deletedAt;
    }
    m_loading = true;
    const int generation = m_generation;
    const Session session = m_session;
    m_storage->run<Result<Page>>(
        this,
        [query, session](Database &db) -> Result<Page> {
            ContactService service(db, session);
            auto page = service.list(query);
            if (!page) {
                return page.error();
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            Page out;
            out.hasMore = page->hasMore;
            out.order = page->order;
            out.rows.reserve(page->rows.size());
            for (const auto &summary : std::as_const(page->rows)) {
                out.rows.append(makeRow(summary, now));
            }
            return out;
        },
        [this, first, generation](const Result<Page> &page) {
            if (generation != m_generation) {
                return; // an older search or reload; a newer request is on its way
            }
            if (!page) {
                m_loading = false;
                Q_EMIT loadFailed(page.error().message);
                return;
            }
            // m_loading stays set until the rows are in: views and testers call fetchMore() from inside
            // beginInsertRows(), and a request from there would use the old last row as its cursor.
            if (first) {
                beginResetModel();
                m_rows = page->rows;
                m_hasMore = page->hasMore;
                m_order = page->order;
                m_loading = false;
                endResetModel();
                Q_EMIT loaded();
            } else if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
                m_rows.append(page->rows);
                m_hasMore = page->hasMore;
                m_loading = false;
                endInsertRows();
            } else {
                m_hasMore = false;
                m_loading = false;
            }
        });
}

void ContactListModel::requestCount()
{
    ContactListQuery query;
    query.scope = m_scope;
    query.search = m_search;
    const int generation = m_generation;
    const Session session = m_session;
    m_storage->run<Result<qint64>>(
        this,
        [query, session](Database &db) { return ContactService(db, session).count(query); },
        [this, generation](const Result<qint64> &total) {
            if (generation != m_generation) {
                return;
            }
            if (!total) {
                Q_EMIT loadFailed(total.error().message);
                return;
            }
            m_total = *total;
            Q_EMIT totalCountChanged(m_total);
        });
}

void ContactListModel::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.createdContacts.isEmpty() && changes.updatedContacts.isEmpty() && changes.trashedContacts.isEmpty()
        && changes.restoredContacts.isEmpty() && changes.purgedContacts.isEmpty()) {
        return;
    }
    m_changeTimer.start();
}

} // namespace Kontor
