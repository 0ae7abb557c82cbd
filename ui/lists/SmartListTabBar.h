#pragma once

#include "SmartList.h"

#include <QTabBar>

namespace Kontor {

// One tab per smart list, in the order SmartListService::list() gives ("All" first). Refreshing the lists
// keeps the current tab when that list still exists.
class SmartListTabBar : public QTabBar
{
    Q_OBJECT

public:
    explicit SmartListTabBar(QWidget *parent = nullptr);

    void setLists(const QList<SmartList> &lists);
    const QList<SmartList> &lists() const { return m_lists; }
    // The list of the current tab; an empty SmartList (id 0) before the lists are loaded.
    SmartList currentList() const;
    bool selectList(qint64 id);
    // Keeps a list's columns and sort the table changed, so that switching back shows them.
    void updateList(const SmartList &list);

Q_SIGNALS:
    void currentListChanged(const Kontor::SmartList &list);

private:
    void updateTabs();

    QList<SmartList> m_lists;
    bool m_filling = false;
};

} // namespace Kontor
