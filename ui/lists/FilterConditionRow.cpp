#include "FilterConditionRow.h"

#include "FilterValueEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

FilterConditionRow::FilterConditionRow(const QList<FilterField> &fields, const QList<User> &users, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_users(users)
    , m_fieldComboBox(new QComboBox)
    , m_operatorComboBox(new QComboBox)
    , m_valueEditor(new FilterValueEditor)
    , m_removeButton(new QToolButton)
{
    m_fieldComboBox->setObjectName(u"fieldComboBox"_s);
    m_operatorComboBox->setObjectName(u"operatorComboBox"_s);
    m_valueEditor->setObjectName(u"valueEditor"_s);
    m_removeButton->setObjectName(u"removeConditionButton"_s);
    m_removeButton->setIcon(QIcon::fromTheme(u"edit-delete"_s, QIcon(u":/icons/edit-delete.svg"_s)));
    m_removeButton->setToolTip(tr("Remove this condition"));
    m_removeButton->setAutoRaise(true);
    m_fieldComboBox->setMaxVisibleItems(20);
    // Equal widths keep the rows of a group in columns.
    m_fieldComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fieldComboBox->setMinimumContentsLength(16);
    m_operatorComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operatorComboBox->setMinimumContentsLength(20);

    bool customSeen = false;
    for (const FilterField &field : std::as_const(m_fields)) {
        // Custom fields come after the built-in ones; a separator tells them apart.
        if (field.customFieldId != 0 && !customSeen) {
            customSeen = true;
            if (m_fieldComboBox->count() > 0) {
                m_fieldComboBox->insertSeparator(m_fieldComboBox->count());
            }
        }
        m_fieldComboBox->addItem(field.label, field.key);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fieldComboBox);
    layout->addWidget(m_operatorComboBox);
    layout->addWidget(m_valueEditor, 1);
    layout->addWidget(m_removeButton, 0, Qt::AlignTop);

    fillOperators(FilterOperator::Is, false);
    updateValueEditor();
    connect(m_fieldComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillOperators(currentOperator(), false);
        updateValueEditor();
        Q_EMIT changed();
    });
    connect(m_operatorComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateValueEditor();
        Q_EMIT changed();
    });
    connect(m_valueEditor, &FilterValueEditor::changed, this, &FilterConditionRow::changed);
    connect(m_removeButton, &QToolButton::clicked, this, &FilterConditionRow::removeRequested);
}

void FilterConditionRow::setCondition(const FilterCondition &condition)
{
    const QSignalBlocker blocker(this);
    selectField(condition.field);
    fillOperators(condition.op, true);
    updateValueEditor();
    m_valueEditor->setValues(condition.values);
}

FilterCondition FilterConditionRow::condition() const
{
    return FilterCondition{m_fieldComboBox->currentData().toString(), currentOperator(), m_valueEditor->values()};
}

bool FilterConditionRow::isComplete() const
{
    return m_valueEditor->isComplete();
}

void FilterConditionRow::selectField(const QString &key)
{
    int index = m_fieldComboBox->findData(key);
    if (index < 0) {
        // A field the catalogue does not know (deleted custom field, typo in a saved filter) stays visible, so
        // that the filter keeps its meaning and the compiler's error can name it.
        m_fields.append(FilterField{key, key, FilterFieldType::Text, {}, 0, false});
        m_fieldComboBox->addItem(key, key);
        index = m_fieldComboBox->count() - 1;
    }
    const QSignalBlocker blocker(m_fieldComboBox);
    m_fieldComboBox->setCurrentIndex(index);
}

void FilterConditionRow::fillOperators(FilterOperator preferred, bool keepUnfitting)
{
    const FilterField field = currentField();
    QList<FilterOperator> operators = FilterFields::operatorsFor(field.type);
    if (!operators.contains(preferred)) {
        // A loaded condition keeps its operator so that the compiler's error can point at it; a new field
        // chosen by hand starts with its first operator.
        if (keepUnfitting || operators.isEmpty()) {
            operators.append(preferred);
        } else {
            preferred = operators.first();
        }
    }
    const QSignalBlocker blocker(m_operatorComboBox);
    m_operatorComboBox->clear();
    for (const FilterOperator op : std::as_const(operators)) {
        m_operatorComboBox->addItem(FilterFields::operatorLabel(op, field.type), int(op));
    }
    m_operatorComboBox->setCurrentIndex(std::max(0, m_operatorComboBox->findData(int(preferred))));
}

void FilterConditionRow::updateValueEditor()
{
    m_valueEditor->setup(currentField(), currentOperator(), m_users);
}

FilterField FilterConditionRow::currentField() const
{
    const QString key = m_fieldComboBox->currentData().toString();
    for (const FilterField &field : m_fields) {
        if (field.key == key) {
            return field;
        }
    }
    return FilterField{key, key, FilterFieldType::Text, {}, 0, false};
}

FilterOperator FilterConditionRow::currentOperator() const
{
    return m_operatorComboBox->count() > 0 ? FilterOperator(m_operatorComboBox->currentData().toInt())
                                           : FilterOperator::Is;
}

} // namespace Kontor
