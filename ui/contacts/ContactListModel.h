#pragma once

#include "Session.h"
#include "contacts/ContactSummary.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Kontor {

class StorageThread;
struct ChangeSet;

// The contact table of the main window and the trash: pages of ~200 rows by keyset, fetched on the
// StorageThread through canFetchMore()/fetchMore() (STYLE.md, "Big tables"). It never loads all rows and
// data() does no I/O. It reloads after every commit and when the search text changes (debounced); replies of
// an older generation (a search typed over) are dropped.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
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
    qint64 idAt(int row) const;
    const ContactSummary &summaryAt(int row) const { return m_rows.at(row).summary; }
    // Total rows matching the current search (from ContactService::count); -1 until known.
    qint64 totalCount() const { return m_total; }
    QString searchText() const { return m_search; }
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
        QString phone; // formatted once when the page arrives, not in data()
        QString tags;
        QString created;
        QString deletedAt;
        int daysLeft = 0;
    };

    struct Page
    {
        QList<Row> rows;
        bool hasMore = false;
        ContactOrder order = ContactOrder::ByName;
    };

    static Row makeRow(const ContactSummary &summary, qint64 now);
    void requestPage(bool first, int limit);
    void requestCount();
    void onChangesCommitted(const ChangeSet &changes);

    StorageThread *m_storage;
    Session m_session;
    ContactScope m_scope;
    QList<Row> m_rows;
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
