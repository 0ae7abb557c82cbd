#include "SmartListTabBar.h"

#include "SmartListService.h"

#include <QScopedValueRollback>

namespace Kontor {

SmartListTabBar::SmartListTabBar(QWidget *parent)
    : QTabBar(parent)
{
    setDocumentMode(true);
    setExpanding(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideRight);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_filling && index >= 0 && index < m_lists.size()) {
            Q_EMIT currentListChanged(m_lists.at(index));
        }
    });
}

void SmartListTabBar::setLists(const QList<SmartList> &lists)
{
    const SmartList before = currentList();
    {
        QScopedValueRollback<bool> filling(m_filling, true);
        m_lists = lists;
        while (count() > 0) {
            removeTab(count() - 1);
        }
        for (const SmartList &list : lists) {
            addTab(SmartListService::displayName(list));
        }
        updateTabs();
        int index = 0;
        for (int i = 0; i < m_lists.size(); ++i) {
            if (m_lists.at(i).id == before.id) {
                index = i;
            }
        }
        setCurrentIndex(m_lists.isEmpty() ? -1 : index);
    }
    const SmartList now = currentList();
    // Only a different list or one edited elsewhere (Manage smart lists) needs the table to follow.
    if (now.id != before.id || now.filter != before.filter || now.columns != before.columns
        || now.sort != before.sort) {
        Q_EMIT currentListChanged(now);
    }
}

SmartList SmartListTabBar::currentList() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_lists.size() ? m_lists.at(index) : SmartList();
}

bool SmartListTabBar::selectList(qint64 id)
{
    for (int i = 0; i < m_lists.size(); ++i) {
        if (m_lists.at(i).id == id) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void SmartListTabBar::updateList(const SmartList &list)
{
    for (SmartList &known : m_lists) {
        if (known.id == list.id) {
            known = list;
        }
    }
}

void SmartListTabBar::updateTabs()
{
    for (int i = 0; i < m_lists.size(); ++i) {
        // The filter in its text form tells what the list shows better than its name can.
        setTabToolTip(i, m_lists.at(i).filter);
    }
}

} // namespace Kontor
