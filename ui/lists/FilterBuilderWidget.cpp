#include "FilterBuilderWidget.h"

#include "FilterGroupWidget.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

FilterBuilderWidget::FilterBuilderWidget(QWidget *parent)
    : QWidget(parent)
    , m_scrollArea(new QScrollArea)
{
    m_scrollArea->setObjectName(u"filterScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
    rebuild(FilterNode());
}

void FilterBuilderWidget::setFields(const QList<FilterField> &fields)
{
    const FilterNode current = filter();
    m_pendingFilter = FilterNode();
    m_fields = fields;
    rebuild(current);
}

void FilterBuilderWidget::setUsers(const QList<User> &users)
{
    const FilterNode current = filter();
    m_users = users;
    rebuild(current);
}

void FilterBuilderWidget::setFilter(const FilterNode &filter)
{
    // Until the catalogue arrives the rows could not tell a date from a text; keep the tree as it is.
    m_pendingFilter = m_fields.isEmpty() ? filter : FilterNode();
    rebuild(filter);
    Q_EMIT changed();
}

FilterNode FilterBuilderWidget::filter() const
{
    return m_fields.isEmpty() ? m_pendingFilter : m_root->node();
}

void FilterBuilderWidget::rebuild(const FilterNode &filter)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_root = new FilterGroupWidget(m_fields, m_users, 0);
    if (!m_fields.isEmpty()) {
        m_root->setNode(filter);
    }
    // An empty filter starts with one blank row to fill in rather than a bare "+ Condition".
    if (filter.isEmpty() && !m_fields.isEmpty()) {
        m_root->addCondition();
    }
    layout->addWidget(m_root);
    layout->addStretch(1);
    connect(m_root, &FilterGroupWidget::changed, this, &FilterBuilderWidget::changed);
    delete m_scrollArea->takeWidget();
    m_scrollArea->setWidget(page);
}

} // namespace Kontor
