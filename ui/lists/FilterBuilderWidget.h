#pragma once

#include "filters/FilterFields.h"
#include "users/User.h"

#include <QList>
#include <QWidget>

class QScrollArea;

namespace Kontor {

class FilterGroupWidget;

// Edits a filter tree (FilterNode) with widgets: a top group with its "all of" / "any of" selector, condition
// rows (field, operator, value) and sub-groups with their own selector. Knows nothing of the database: the
// caller loads the field catalogue (FilterFields::all) and the users on the storage thread and hands them in.
class FilterBuilderWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBuilderWidget(QWidget *parent = nullptr);

    // Rebuilds the rows with the new catalogue; the current filter is kept.
    void setFields(const QList<FilterField> &fields);
    // The users the owner and follower editors offer, by name.
    void setUsers(const QList<User> &users);
    void setFilter(const FilterNode &filter);
    // Rows whose value is still blank are left out; an empty tree matches every contact.
    FilterNode filter() const;
    FilterGroupWidget *rootGroup() const { return m_root; }

Q_SIGNALS:
    void changed();

private:
    void rebuild(const FilterNode &filter);

    QList<FilterField> m_fields;
    QList<User> m_users;
    QScrollArea *m_scrollArea;
    FilterGroupWidget *m_root = nullptr;
    FilterNode m_pendingFilter;
};

} // namespace Kontor
