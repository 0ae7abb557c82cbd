#pragma once

#include "filters/FilterFields.h"
#include "users/User.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Kontor {

class FilterConditionRow;

// A group of the filter builder: "all of" (AND), "any of" (OR) or "none of" (NOT OR) the conditions and
// sub-groups below it. Only the top group (depth 0) offers "+ Group", so the builder stays two levels deep;
// deeper trees from the text form are still shown and kept.
class FilterGroupWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Match
    {
        All,
        Any,
        None,
    };

    FilterGroupWidget(const QList<FilterField> &fields, const QList<User> &users, int depth, QWidget *parent = nullptr);

    void setNode(const FilterNode &node);
    FilterNode node() const;
    Match match() const;
    void setMatch(Match match);

    FilterConditionRow *addCondition(const FilterCondition &condition = {});
    FilterGroupWidget *addGroup(const FilterNode &node);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void clearItems();
    void addChild(const FilterNode &child);
    void removeItem(QWidget *item);

    QList<FilterField> m_fields;
    QList<User> m_users;
    int m_depth;
    QComboBox *m_matchComboBox;
    QVBoxLayout *m_itemsLayout;
    QPushButton *m_addConditionButton;
    QPushButton *m_addGroupButton = nullptr;
    QToolButton *m_removeButton = nullptr;
};

} // namespace Kontor
