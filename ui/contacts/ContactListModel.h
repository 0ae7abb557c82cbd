#pragma once

#include "FilterFields.h"
#include "Session.h"
#include "contacts/ContactSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace Kontor {

class StorageThread;
struct ChangeSet;

// The contact tables of the smart lists, the companies and the trash: pages of ~200 rows by keyset
// (afterSortValue, afterId), fetched on the StorageThread through canFetchMore()/fetchMore() (STYLE.md, "Big
// tables"). Filter, sort and quick search run in SQL. Alive lists show the columns a smart list names
// (FilterFields keys); their values are formatted on the storage thread when a page arrives, so data() does no
// I/O and no formatting. It reloads after every commit, when the view changes and when the search text changes
// (debounced); replies of an older generation (a search typed over) are dropped.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns of an alive list without a smart list (defaultColumns()), and the trash's fixed columns.
    enum Column
    {
        NameColumn,
        CompanyColumn,
        EmailColumn,
        PhoneColumn,
        CityColumn,
        TagsColumn,
        CreatedColumn,
        ContactColumnCount,
        // The trash shows other columns.
        TrashNameColumn = 0,
        DeletedAtColumn,
        DeletedByColumn,
        DaysLeftColumn,
        TrashColumnCount,
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
    };

    ContactListModel(StorageThread *storage, const Session &session, ContactScope scope, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    ContactScope scope() const { return m_scope; }
    // name, company, email, phone, city, tags, created: the columns before a smart list sets its own.
    static QStringList defaultColumns();

    // Which rows and columns an alive list shows. Each setter reloads (the view setters at once, the
    // search text after a pause); setView() changes all three with a single reload.
    void setKind(int kind); // -1 all, otherwise int(ContactKind)
    void setView(const QString &filter, const QStringList &columns, const QString &sort);
    void setFilter(const QString &filter);
    void setSort(const QString &sort); // FilterFields key, "-key" descending; empty: by name
    void setColumns(const QStringList &keys);
    void setSearchFields(const QStringList &fields);
    QString filter() const { return m_filter; }
    QString sort() const { return m_sort; }
    QStringList columns() const { return m_columns; }
    QString columnKey(int column) const { return m_columns.value(column); }
    // Whether the storage can sort by that column (FilterField::sortable).
    bool isSortable(const QString &key) const { return !m_unsortable.contains(key); }
    // The query of what the list shows now (scope, kind, filter, search, sort), without a cursor: for counts
    // and bulk actions that run in core over the whole list.
    ContactListQuery query() const;

    qint64 idAt(int row) const;
    const ContactSummary &summaryAt(int row) const { return m_rows.at(row).summary; }
    // Total rows matching the current search (from ContactService::count); -1 until known.
    qint64 totalCount() const { return m_total; }
    QString searchText() const { return m_search; }
    QStringList searchFields() const { return m_searchFields; }
    // Name order, or newest first for a quick search with very many matches (ContactPage::SortedMatchLimit).
    ContactOrder order() const { return m_order; }
    // True while a reload or a page request is on its way.
    bool isLoading() const { return m_loading; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }

public Q_SLOTS:
    // Starts a new search after a short pause, so that typing does not flood the storage thread.
    void setSearchText(const QString &text);
    // Reloads now, keeping about as many rows as are loaded so the view stays where it is.
    void reload();
    // After a language switch: headers and the dates formatted for the old locale are rebuilt.
    void retranslate() { reload(); }

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    // The first page of a (re)load has arrived.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Row
    {
        ContactSummary summary;
        QHash<QString, QString> cells; // column key -> text, formatted once when the page arrives
        QString deletedAt;
        int daysLeft = 0;
    };

    struct Page
    {
        QList<Row> rows;
        bool hasMore = false;
        ContactOrder order = ContactOrder::ByName;
        QHash<QString, FilterField> fields; // the field catalogue, with the first page only
    };

    static Row makeRow(const ContactSummary &summary,
        qint64 now,
        const QStringList &columns,
        const QHash<QString, FilterField> &fields);
    static QString formatCell(const ContactSummary &summary, const QString &key, const FilterField *field);
    QString headerLabel(const QString &key) const;
    void setCatalogue(const QHash<QString, FilterField> &fields);
    void requestPage(bool first, int limit);
    void requestCount();
    void onChangesCommitted(const ChangeSet &changes);

    StorageThread *m_storage;
    Session m_session;
    ContactScope m_scope;
    QList<Row> m_rows;
    int m_kind = -1;
    QString m_filter;
    QString m_sort;
    QStringList m_columns;
    QStringList m_searchFields;
    QHash<QString, FilterField> m_fields;
    QSet<QString> m_unsortable;
    QSet<QString> m_numeric; // right-aligned
    QString m_search;
    QTimer m_searchTimer;
    QTimer m_changeTimer;
    qint64 m_total = -1;
    int m_pageSize = 200;
    int m_generation = 0;
    bool m_hasMore = false;
    ContactOrder m_order = ContactOrder::ByName;
    bool m_loading = false;
};

} // namespace Kontor
