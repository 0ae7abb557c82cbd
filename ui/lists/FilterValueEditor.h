#pragma once

#include "filters/FilterFields.h"
#include "users/User.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace Kontor {

// The operand part of one filter condition: the editor that fits the field's type and the operator - a line
// edit for text, a spin box for numbers and day counts, a date edit with a calendar, a day-and-month edit for
// birthdays, a combo box for choices, yes/no and users, a checkable list or a comma-separated line edit for
// several values, two editors for "between" and nothing for "is empty" and "is me". Values come and go in the
// text form of FilterCondition::values (ISO dates, "--MM-DD", '.' as decimal point).
class FilterValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterValueEditor(QWidget *parent = nullptr);

    // Rebuilds the editors; values that still fit are kept.
    void setup(const FilterField &field, FilterOperator op, const QList<User> &users);
    QStringList values() const;
    void setValues(const QStringList &values);
    // False while a value the operator needs is still blank, so that a fresh row does not filter yet.
    bool isComplete() const;

Q_SIGNALS:
    void changed();

private:
    enum class Shape
    {
        None,
        Text,
        Number,
        Date,
        DayMonth,
        Days,
        Choice,
        Multi,
    };

    static Shape shapeFor(const FilterField &field, FilterOperator op);
    QStringList choiceValues() const;
    QString choiceLabel(const QString &choice) const; // translated where the field has choiceLabels
    QWidget *createEditor();
    QString editorValue(QWidget *editor) const;
    void setEditorValue(QWidget *editor, const QString &value);

    QHBoxLayout *m_layout;
    QList<QWidget *> m_editors;
    FilterField m_field;
    QList<User> m_users;
    Shape m_shape = Shape::None;
};

} // namespace Kontor
