#include "ContactListModel.h"

#include "StorageThread.h"
#include "contacts/ContactService.h"
#include "contacts/ContactTypeService.h"
#include "contacts/PhoneNormalizer.h"

#include <QDate>
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
// Companies carry the number of their persons; it is no filter field, so it has no catalogue entry.
const QString PersonsKey = u"persons"_s;

QString formatDate(qint64 utcMs)
{
    return utcMs > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).date(), QLocale::ShortFormat)
                     : QString();
}

// "YYYY-MM-DD" or "--MM-DD" (year unknown) as the locale writes a day: 24.12.1980 or 24.12.
QString formatBirthday(const QString &iso)
{
    Birthday birthday;
    if (!Birthday::parseIso(iso, &birthday) || birthday.isNull()) {
        return iso;
    }
    if (birthday.hasYear()) {
        return QLocale().toString(QDate(birthday.year, birthday.month, birthday.day), QLocale::ShortFormat);
    }
    return QLocale().toString(QDate(2000, birthday.month, birthday.day), u"dd.MM."_s);
}

QString formatVariant(const QVariant &value, const FilterField *field)
{
    const FilterFieldType type = field ? field->type : FilterFieldType::Text;
    switch (value.typeId()) {
    case QMetaType::QStringList:
        return value.toStringList().join(u", "_s);
    case QMetaType::QDate:
        return QLocale().toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return type == FilterFieldType::Date ? formatDate(value.toLongLong()) : QLocale().toString(value.toLongLong());
    default:
        break;
    }
    const QString text = value.toString();
    return type == FilterFieldType::Birthday ? formatBirthday(text) : text;
}
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
    if (m_scope == ContactScope::Alive) {
        m_columns = defaultColumns();
        // Built-in labels need no database; custom fields arrive with the first page.
        QHash<QString, FilterField> builtIn;
        for (const FilterField &field : FilterFields::builtIn()) {
            builtIn.insert(field.key, field);
        }
        setCatalogue(builtIn);
    }
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
    return m_scope == ContactScope::Trash ? int(TrashColumnCount) : int(m_columns.size());
}

QStringList ContactListModel::defaultColumns()
{
    return {u"name"_s, u"company"_s, u"email"_s, u"phone"_s, u"city"_s, u"tags"_s, u"created"_s};
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
        const bool right = m_scope == ContactScope::Trash ? index.column() == DaysLeftColumn
                                                          : m_numeric.contains(m_columns.at(index.column()));
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
    return row.cells.value(m_columns.at(index.column()));
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
    return headerLabel(m_columns.value(section));
}

QString ContactListModel::headerLabel(const QString &key) const
{
    if (const auto it = m_fields.constFind(key); it != m_fields.constEnd()) {
        return it->label;
    }
    if (key == PersonsKey) {
        return tr("Persons");
    }
    return key;
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

void ContactListModel::setKind(int kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        reload();
    }
}

void ContactListModel::setView(const QString &filter, const QStringList &columns, const QString &sort)
{
    if (filter == m_filter && columns == m_columns && sort == m_sort) {
        return;
    }
    m_filter = filter;
    m_sort = sort;
    if (columns != m_columns) {
        // The rows keep their cells by key: columns shown before stay filled until the reload arrives.
        beginResetModel();
        m_columns = columns;
        endResetModel();
    }
    reload();
}

void ContactListModel::setFilter(const QString &filter)
{
    setView(filter, m_columns, m_sort);
}

void ContactListModel::setSort(const QString &sort)
{
    setView(m_filter, m_columns, sort);
}

void ContactListModel::setColumns(const QStringList &keys)
{
    setView(m_filter, keys, m_sort);
}

void ContactListModel::setSearchFields(const QStringList &fields)
{
    if (fields == m_searchFields) {
        return;
    }
    m_searchFields = fields;
    if (!m_search.isEmpty()) {
        m_searchTimer.start();
    }
}

ContactListQuery ContactListModel::query() const
{
    ContactListQuery query;
    query.scope = m_scope;
    query.kind = m_kind;
    query.search = m_search;
    query.searchFields = m_searchFields;
    query.filter = m_filter;
    query.sort = m_sort;
    return query;
}

void ContactListModel::setCatalogue(const QHash<QString, FilterField> &fields)
{
    m_fields = fields;
    m_unsortable.clear();
    m_numeric = {PersonsKey};
    for (const FilterField &field : fields) {
        if (!field.sortable) {
            m_unsortable.insert(field.key);
        }
        if (field.type == FilterFieldType::Number) {
            m_numeric.insert(field.key);
        }
    }
}

void ContactListModel::reload()
{
    m_searchTimer.stop();
    m_changeTimer.stop();
    ++m_generation;
    requestPage(true, qBound(m_pageSize, int(m_rows.size()), MaxReloadRows));
    requestCount();
}

ContactListModel::Row ContactListModel::makeRow(
    const ContactSummary &summary, qint64 now, const QStringList &columns, const QHash<QString, FilterField> &fields)
{
    Row row;
    row.summary = summary;
    for (const QString &key : columns) {
        const auto field = fields.constFind(key);
        row.cells.insert(key, formatCell(summary, key, field == fields.constEnd() ? nullptr : &*field));
    }
    const QLocale locale;
    if (summary.deletedAt > 0) {
        row.deletedAt = locale.toString(QDateTime::fromMSecsSinceEpoch(summary.deletedAt), QLocale::ShortFormat);
        const qint64 ageDays = (now - summary.deletedAt) / DayMs;
        row.daysLeft = int(qMax<qint64>(0, ContactService::TrashRetentionDays - ageDays));
    }
    return row;
}

QString ContactListModel::formatCell(const ContactSummary &summary, const QString &key, const FilterField *field)
{
    // The summary's own fields first: every list fills them, whatever columns it asked for.
    if (key == u"name"_s) {
        return summary.displayName;
    }
    if (key == u"company"_s) {
        return summary.companyName;
    }
    if (key == u"email"_s) {
        return summary.primaryEmail;
    }
    if (key == u"phone"_s) {
        return summary.primaryPhone.startsWith(u'+') ? PhoneNormalizer::formatInternational(summary.primaryPhone)
                                                     : summary.primaryPhone;
    }
    if (key == u"city"_s) {
        return summary.city;
    }
    if (key == u"job_title"_s) {
        return summary.jobTitle;
    }
    if (key == u"tags"_s) {
        return summary.tags.join(u", "_s);
    }
    if (key == u"type"_s) {
        return summary.contactType.isEmpty() ? QString() : ContactTypeService::displayName(summary.contactType);
    }
    if (key == u"lead"_s) {
        return summary.lead ? tr("Yes") : QString();
    }
    if (key == u"created"_s) {
        return formatDate(summary.createdAt);
    }
    if (key == u"updated"_s) {
        return formatDate(summary.updatedAt);
    }
    if (key == u"last_activity"_s) {
        return formatDate(summary.lastActivityAt);
    }
    if (key == PersonsKey) {
        return QLocale().toString(summary.personCount);
    }
    const QVariant value = summary.values.value(key);
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? tr("Yes") : QString();
    }
    return value.isValid() ? formatVariant(value, field) : QString();
}

void ContactListModel::requestPage(bool first, int limit)
{
    ContactListQuery query = this->query();
    query.columns = m_columns;
    query.limit = limit;
    if (!first && !m_rows.isEmpty()) {
        query.continueAfter(m_rows.last().summary);
    }
    m_loading = true;
    const int generation = m_generation;
    const Session session = m_session;
    const QHash<QString, FilterField> known = m_fields;
    m_storage->run<Result<Page>>(
        this,
        [query, session, first, known](Database &db) -> Result<Page> {
            ContactService service(db, session);
            auto page = service.list(query);
            if (!page) {
                return page.error();
            }
            Page out;
            // Custom fields may have been added or renamed since the last reload: the headers follow.
            if (first && query.scope == ContactScope::Alive) {
                auto fields = FilterFields::all(db);
                if (!fields) {
                    return fields.error();
                }
                for (const FilterField &field : std::as_const(*fields)) {
                    out.fields.insert(field.key, field);
                }
            }
            const QHash<QString, FilterField> &catalogue = out.fields.isEmpty() ? known : out.fields;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            out.hasMore = page->hasMore;
            out.order = page->order;
            out.rows.reserve(page->rows.size());
            for (const auto &summary : std::as_const(page->rows)) {
                out.rows.append(makeRow(summary, now, query.columns, catalogue));
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
                if (!page->fields.isEmpty()) {
                    setCatalogue(page->fields);
                }
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
    const ContactListQuery query = this->query();
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
        && changes.restoredContacts.isEmpty() && changes.purgedContacts.isEmpty()
        && !changes.otherEntities.contains(u"custom_field"_s)) {
        return;
    }
    m_changeTimer.start();
}

} // namespace Kontor
