#pragma once

#include "filters/FilterFields.h"
#include "users/User.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace Kontor {

class FilterValueEditor;

// One condition of the filter builder: field, operator, value editor and a remove button. The operators on
// offer follow the field's type (FilterFields::operatorsFor), the value editor follows field and operator.
class FilterConditionRow : public QWidget
{
    Q_OBJECT

public:
    FilterConditionRow(const QList<FilterField> &fields, const QList<User> &users, QWidget *parent = nullptr);

    void setCondition(const FilterCondition &condition);
    FilterCondition condition() const;
    // False while the value is still blank (FilterValueEditor::isComplete); the group leaves such rows out.
    bool isComplete() const;

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void selectField(const QString &key);
    void fillOperators(FilterOperator preferred, bool keepUnfitting);
    void updateValueEditor();
    FilterField currentField() const;
    FilterOperator currentOperator() const;

    QList<FilterField> m_fields;
    QList<User> m_users;
    QComboBox *m_fieldComboBox;
    QComboBox *m_operatorComboBox;
    FilterValueEditor *m_valueEditor;
    QToolButton *m_removeButton;
};

} // namespace Kontor
