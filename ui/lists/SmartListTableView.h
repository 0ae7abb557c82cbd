#pragma once

#include "FilterFields.h"
#include "Session.h"
#include "SmartList.h"

#include <QTableView>
#include <QTimer>

namespace Kontor {

class ContactListModel;
class StorageThread;

// The table of a smart list over a ContactListModel: shows the list's columns in its order and widths, sorts in
// SQL by a click on a header (again: descending), and keeps what the user changes - sort, column order by
// dragging a header, widths, the columns chosen in the ColumnChooserDialog - in the smart list
// (SmartListService on the StorageThread; moves and resizes saved after a pause).
class SmartListTableView : public QTableView
{
    Q_OBJECT

public:
    explicit SmartListTableView(QWidget *parent = nullptr);

    void setup(StorageThread *storage, const Session &session, ContactListModel *model);
    ContactListModel *listModel() const { return m_model; }
    // Fields offered in the column chooser besides the catalogue's (the companies' person count).
    void setExtraFields(const QList<FilterField> &fields) { m_extraFields = fields; }

    // Shows the list's filter, columns and sort.
    void showList(const SmartList &list);
    const SmartList &list() const { return m_list; }

public Q_SLOTS:
    // Opens the column chooser once the field catalogue is loaded; OK applies and saves the columns.
    void chooseColumns();
    // Applies and saves columns (what the chooser's OK does).
    void applyColumns(const QList<ListColumn> &columns);
    // Sorts by a column key; "-key" descending. Saved with the list.
    void applySort(const QString &sort);

Q_SIGNALS:
    // The list's columns or sort changed and were handed to the storage to be saved.
    void listChanged(const Kontor::SmartList &list);
    void failed(const QString &message);

private:
    void onSectionClicked(int logical);
    void onSectionResized(int logical);
    void layoutColumns();
    void updateSortIndicator();
    void saveColumnsFromHeader();
    void saveColumns();
    static int defaultWidth(const QString &key);

    StorageThread *m_storage = nullptr;
    Session m_session;
    ContactListModel *m_model = nullptr;
    SmartList m_list;
    QList<FilterField> m_extraFields;
    QTimer m_saveTimer;
    bool m_applying = false;
};

} // namespace Kontor
