#include "CollapsibleSection.h"

#include <QFormLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

CollapsibleSection::CollapsibleSection(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout)
    , m_bodyLayout(new QVBoxLayout(m_body))
{
    setObjectName(name + u"CollapsibleSection"_s);
    m_header->setObjectName(name + u"SectionToolButton"_s);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setText(title);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(2);
    m_bodyLayout->setContentsMargins(18, 0, 0, 6);
    m_bodyLayout->addLayout(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    connect(m_header, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_header->setText(title);
}

bool CollapsibleSection::isExpanded() const
{
    return m_body->isVisibleTo(this);
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void CollapsibleSection::addWidget(QWidget *widget)
{
    m_bodyLayout->addWidget(widget);
}

} // namespace Kontor
