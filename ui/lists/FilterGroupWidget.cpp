#include "FilterGroupWidget.h"

#include "FilterConditionRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

FilterGroupWidget::FilterGroupWidget(
    const QList<FilterField> &fields, const QList<User> &users, int depth, QWidget *parent)
    : QFrame(parent)
    , m_fields(fields)
    , m_users(users)
    , m_depth(depth)
    , m_matchComboBox(new QComboBox)
    , m_itemsLayout(new QVBoxLayout)
    , m_addConditionButton(new QPushButton(tr("+ Condition")))
{
    setObjectName(depth == 0 ? u"rootFilterGroupWidget"_s : u"filterGroupWidget"_s);
    if (depth > 0) {
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::AlternateBase);
    }
    m_matchComboBox->setObjectName(u"matchComboBox"_s);
    m_matchComboBox->addItem(tr("all of", "match all of the following conditions"), int(Match::All));
    m_matchComboBox->addItem(tr("any of", "match any of the following conditions"), int(Match::Any));
    m_matchComboBox->addItem(tr("none of", "match none of the following conditions"), int(Match::None));
    m_addConditionButton->setObjectName(u"addConditionButton"_s);

    auto *header = new QHBoxLayout;
    auto *matchLabel = new QLabel(depth == 0 ? tr("Show contacts that match") : tr("Contacts that match"));
    header->addWidget(matchLabel);
    header->addWidget(m_matchComboBox);
    header->addWidget(new QLabel(tr("the following conditions:")));
    header->addStretch(1);
    if (depth > 0) {
        m_removeButton = new QToolButton;
        m_removeButton->setObjectName(u"removeGroupButton"_s);
        m_removeButton->setIcon(QIcon::fromTheme(u"edit-delete"_s, QIcon(u":/icons/edit-delete.svg"_s)));
        m_removeButton->setToolTip(tr("Remove this group"));
        m_removeButton->setAutoRaise(true);
        header->addWidget(m_removeButton);
        connect(m_removeButton, &QToolButton::clicked, this, &FilterGroupWidget::removeRequested);
    }

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_addConditionButton);
    if (depth == 0) {
        m_addGroupButton = new QPushButton(tr("+ Group"));
        m_addGroupButton->setObjectName(u"addGroupButton"_s);
        m_addGroupButton->setToolTip(tr("Add a group of conditions with its own \"all of\" or \"any of\""));
        footer->addWidget(m_addGroupButton);
        connect(m_addGroupButton, &QPushButton::clicked, this, [this] {
            // A sub-group usually says the opposite of its parent: "all of: city, any of: tag A, tag B".
            FilterNode group;
            group.kind = match() == Match::Any ? FilterNode::Kind::And : FilterNode::Kind::Or;
            addGroup(group)->addCondition();
            Q_EMIT changed();
        });
    }
    footer->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    if (depth == 0) {
        layout->setContentsMargins(0, 0, 0, 0);
    }
    layout->addLayout(header);
    m_itemsLayout->setContentsMargins(depth == 0 ? 0 : 12, 0, 0, 0);
    layout->addLayout(m_itemsLayout);
    layout->addLayout(footer);

    connect(m_matchComboBox, &QComboBox::currentIndexChanged, this, &FilterGroupWidget::changed);
    connect(m_addConditionButton, &QPushButton::clicked, this, [this] {
        addCondition();
        Q_EMIT changed();
    });
}

FilterGroupWidget::Match FilterGroupWidget::match() const
{
    return Match(m_matchComboBox->currentData().toInt());
}

void FilterGroupWidget::setMatch(Match match)
{
    m_matchComboBox->setCurrentIndex(m_matchComboBox->findData(int(match)));
}

void FilterGroupWidget::setNode(const FilterNode &node)
{
    const QSignalBlocker blocker(this);
    clearItems();
    switch (node.kind) {
    case FilterNode::Kind::Condition:
        setMatch(Match::All);
        addChild(node);
        break;
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or:
        setMatch(node.kind == FilterNode::Kind::And ? Match::All : Match::Any);
        for (const FilterNode &child : node.children) {
            addChild(child);
        }
        break;
    case FilterNode::Kind::Not: {
        setMatch(Match::None);
        if (node.children.empty()) {
            break;
        }
        // "none of a, b" is not (a or b); any other negated group becomes a sub-group under "none of".
        const FilterNode &negated = node.children.front();
        if (negated.kind == FilterNode::Kind::Or) {
            for (const FilterNode &child : negated.children) {
                addChild(child);
            }
        } else {
            addChild(negated);
        }
        break;
    }
    }
}

FilterNode FilterGroupWidget::node() const
{
    std::vector<FilterNode> children;
    for (int i = 0; i < m_itemsLayout->count(); ++i) {
        QWidget *item = m_itemsLayout->itemAt(i)->widget();
        if (auto *row = qobject_cast<FilterConditionRow *>(item)) {
            if (!row->isComplete()) {
                continue;
            }
            FilterNode condition;
            condition.kind = FilterNode::Kind::Condition;
            condition.condition = row->condition();
            children.push_back(condition);
        } else if (auto *group = qobject_cast<FilterGroupWidget *>(item)) {
            FilterNode child = group->node();
            if (!child.isEmpty()) {
                children.push_back(child);
            }
        }
    }
    FilterNode result;
    if (children.empty()) {
        return result;
    }
    const Match how = match();
    if (children.size() == 1) {
        result = children.front();
    } else {
        result.kind = how == Match::All ? FilterNode::Kind::And : FilterNode::Kind::Or;
        result.children = std::move(children);
    }
    if (how == Match::None) {
        FilterNode negation;
        negation.kind = FilterNode::Kind::Not;
        negation.children.push_back(result);
        return negation;
    }
    return result;
}

FilterConditionRow *FilterGroupWidget::addCondition(const FilterCondition &condition)
{
    auto *row = new FilterConditionRow(m_fields, m_users);
    if (!condition.field.isEmpty()) {
        row->setCondition(condition);
    }
    m_itemsLayout->addWidget(row);
    connect(row, &FilterConditionRow::changed, this, &FilterGroupWidget::changed);
    connect(row, &FilterConditionRow::removeRequested, this, [this, row] { removeItem(row); });
    return row;
}

FilterGroupWidget *FilterGroupWidget::addGroup(const FilterNode &node)
{
    auto *group = new FilterGroupWidget(m_fields, m_users, m_depth + 1);
    group->setNode(node);
    m_itemsLayout->addWidget(group);
    connect(group, &FilterGroupWidget::changed, this, &FilterGroupWidget::changed);
    connect(group, &FilterGroupWidget::removeRequested, this, [this, group] { removeItem(group); });
    return group;
}

void FilterGroupWidget::addChild(const FilterNode &child)
{
    if (child.kind == FilterNode::Kind::Condition) {
        addCondition(child.condition);
    } else if (!child.isEmpty()) {
        addGroup(child);
    }
}

void FilterGroupWidget::removeItem(QWidget *item)
{
    // The request comes from a button inside `item`: take it out of the tree now, delete it later.
    m_itemsLayout->removeWidget(item);
    item->hide();
    item->setParent(nullptr);
    item->deleteLater();
    Q_EMIT changed();
}

void FilterGroupWidget::clearItems()
{
    while (QLayoutItem *item = m_itemsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace Kontor
