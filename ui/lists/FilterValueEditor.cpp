#include "FilterValueEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int DayMonthYear = 2000; // a leap year, so that 29 February can be chosen
constexpr int ListRowsShown = 4;

QString numberText(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.'))) {
        text.chop(1);
    }
    return text;
}
} // namespace

FilterValueEditor::FilterValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    // Also without an editor ("is empty") the value column keeps its space, so field and operator keep theirs.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

FilterValueEditor::Shape FilterValueEditor::shapeFor(const FilterField &field, FilterOperator op)
{
    switch (op) {
    case FilterOperator::IsEmpty:
    case FilterOperator::IsNotEmpty:
    case FilterOperator::IsMe:
        return Shape::None;
    case FilterOperator::InLastDays:
    case FilterOperator::InNextDays:
        return Shape::Days;
    case FilterOperator::HasAny:
    case FilterOperator::HasAll:
    case FilterOperator::HasNone:
    case FilterOperator::IsAnyOf:
        return Shape::Multi;
    default:
        break;
    }
    switch (field.type) {
    case FilterFieldType::Number:
        return Shape::Number;
    case FilterFieldType::Date:
        return Shape::Date;
    case FilterFieldType::Birthday:
        return Shape::DayMonth;
    case FilterFieldType::Boolean:
    case FilterFieldType::Choice:
    case FilterFieldType::User:
    case FilterFieldType::Users:
        return Shape::Choice;
    case FilterFieldType::Tags:
        return field.choices.isEmpty() ? Shape::Text : Shape::Choice;
    case FilterFieldType::Text:
        break;
    }
    return Shape::Text;
}

void FilterValueEditor::setup(const FilterField &field, FilterOperator op, const QList<User> &users)
{
    const QStringList kept = values();
    const Shape oldShape = m_shape;
    const int oldCount = int(m_editors.size());
    m_field = field;
    m_users = users;
    m_shape = shapeFor(field, op);

    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_editors.clear();
    if (m_shape == Shape::None) {
        return;
    }
    const int count = op == FilterOperator::Between ? 2 : 1;
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            auto *andLabel = new QLabel(tr("and", "between A and B"));
            andLabel->setObjectName(u"betweenAndLabel"_s);
            m_layout->addWidget(andLabel);
        }
        QWidget *editor = createEditor();
        m_layout->addWidget(editor, 1);
        m_editors.append(editor);
    }
    // Values of the same shape survive an operator change ("is" to "is not", one date to "between").
    if (oldShape == m_shape && oldCount > 0) {
        setValues(kept);
    }
}

QStringList FilterValueEditor::choiceValues() const
{
    if (m_field.type == FilterFieldType::Boolean) {
        return {u"true"_s, u"false"_s};
    }
    if (m_field.type == FilterFieldType::User || m_field.type == FilterFieldType::Users) {
        QStringList names;
        for (const User &user : m_users) {
            names.append(user.name);
        }
        return names;
    }
    return m_field.choices;
}

QString FilterValueEditor::choiceLabel(const QString &choice) const
{
    const qsizetype index = m_field.choices.indexOf(choice);
    return index >= 0 ? m_field.choiceLabels.value(index, choice) : choice;
}

QWidget *FilterValueEditor::createEditor()
{
    switch (m_shape) {
    case Shape::None:
        break;
    case Shape::Number: {
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(u"valueDoubleSpinBox"_s);
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &FilterValueEditor::changed);
        return spin;
    }
    case Shape::Date: {
        auto *edit = new QDateEdit(QDate::currentDate());
        edit->setObjectName(u"valueDateEdit"_s);
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &FilterValueEditor::changed);
        return edit;
    }
    case Shape::DayMonth: {
        const QDate today = QDate::currentDate();
        auto *edit = new QDateEdit(QDate(DayMonthYear, today.month(), today.day()));
        edit->setObjectName(u"dayMonthDateEdit"_s);
        edit->setDateRange(QDate(DayMonthYear, 1, 1), QDate(DayMonthYear, 12, 31));
        edit->setDisplayFormat(tr("d MMMM", "day and month of a birthday, Qt date format"));
        connect(edit, &QDateEdit::dateChanged, this, &FilterValueEditor::changed);
        return edit;
    }
    case Shape::Days: {
        auto *spin = new QSpinBox;
        spin->setObjectName(u"daysSpinBox"_s);
        spin->setRange(1, 3650);
        spin->setValue(7);
        spin->setSuffix(tr(" days", "in the last N days"));
        connect(spin, &QSpinBox::valueChanged, this, &FilterValueEditor::changed);
        return spin;
    }
    case Shape::Choice: {
        auto *combo = new QComboBox;
        combo->setObjectName(u"valueComboBox"_s);
        const QStringList choices = choiceValues();
        for (const QString &choice : choices) {
            QString label = choiceLabel(choice);
            if (m_field.type == FilterFieldType::Boolean) {
                label = choice == u"true"_s ? tr("yes") : tr("no");
            }
            combo->addItem(label, choice);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterValueEditor::changed);
        return combo;
    }
    case Shape::Multi: {
        const QStringList choices = choiceValues();
        if (choices.isEmpty()) {
            auto *edit = new QLineEdit;
            edit->setObjectName(u"valuesLineEdit"_s);
            edit->setPlaceholderText(tr("Values separated by commas"));
            connect(edit, &QLineEdit::textChanged, this, &FilterValueEditor::changed);
            return edit;
        }
        auto *list = new QListWidget;
        list->setObjectName(u"valuesListWidget"_s);
        for (const QString &choice : choices) {
            auto *item = new QListWidgetItem(choiceLabel(choice), list);
            item->setData(Qt::UserRole, choice);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = std::min<int>(ListRowsShown, std::max<int>(1, int(choices.size())));
        list->setFixedHeight(rows * list->sizeHintForRow(0) + 2 * list->frameWidth() + 2);
        connect(list, &QListWidget::itemChanged, this, &FilterValueEditor::changed);
        return list;
    }
    case Shape::Text:
        break;
    }
    auto *edit = new QLineEdit;
    edit->setObjectName(u"valueLineEdit"_s);
    connect(edit, &QLineEdit::textChanged, this, &FilterValueEditor::changed);
    return edit;
}

QStringList FilterValueEditor::values() const
{
    QStringList result;
    for (QWidget *editor : m_editors) {
        if (m_shape == Shape::Multi) {
            if (auto *list = qobject_cast<QListWidget *>(editor)) {
                for (int i = 0; i < list->count(); ++i) {
                    if (list->item(i)->checkState() == Qt::Checked) {
                        const QVariant choice = list->item(i)->data(Qt::UserRole);
                        result.append(choice.isValid() ? choice.toString() : list->item(i)->text());
                    }
                }
            } else {
                const QStringList parts = qobject_cast<QLineEdit *>(editor)->text().split(u',');
                for (const QString &part : parts) {
                    if (!part.trimmed().isEmpty()) {
                        result.append(part.trimmed());
                    }
                }
            }
        } else {
            result.append(editorValue(editor));
        }
    }
    return result;
}

bool FilterValueEditor::isComplete() const
{
    if (m_shape == Shape::Text || m_shape == Shape::Multi || m_shape == Shape::Choice) {
        const QStringList current = values();
        return !current.isEmpty() && std::none_of(current.begin(), current.end(), [](const QString &value) {
            return value.trimmed().isEmpty();
        });
    }
    return true;
}

QString FilterValueEditor::editorValue(QWidget *editor) const
{
    switch (m_shape) {
    case Shape::Number:
        return numberText(qobject_cast<QDoubleSpinBox *>(editor)->value());
    case Shape::Date:
        return qobject_cast<QDateEdit *>(editor)->date().toString(Qt::ISODate);
    case Shape::DayMonth:
        return qobject_cast<QDateEdit *>(editor)->date().toString(u"--MM-dd"_s);
    case Shape::Days:
        return QString::number(qobject_cast<QSpinBox *>(editor)->value());
    case Shape::Choice:
        return qobject_cast<QComboBox *>(editor)->currentData().toString();
    case Shape::Text:
        return qobject_cast<QLineEdit *>(editor)->text();
    case Shape::None:
    case Shape::Multi:
        break;
    }
    return {};
}

void FilterValueEditor::setValues(const QStringList &values)
{
    const QSignalBlocker blocker(this);
    if (m_shape == Shape::Multi && !m_editors.isEmpty()) {
        if (auto *list = qobject_cast<QListWidget *>(m_editors.first())) {
            for (const QString &value : values) {
                QListWidgetItem *item = nullptr;
                for (int i = 0; i < list->count() && !item; ++i) {
                    const QVariant choice = list->item(i)->data(Qt::UserRole);
                    if ((choice.isValid() ? choice.toString() : list->item(i)->text())
                            .compare(value, Qt::CaseInsensitive)
                        == 0) {
                        item = list->item(i);
                    }
                }
                if (!item) {
                    item = new QListWidgetItem(value, list);
                }
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        } else {
            qobject_cast<QLineEdit *>(m_editors.first())->setText(values.join(u", "_s));
        }
        return;
    }
    for (int i = 0; i < m_editors.size() && i < values.size(); ++i) {
        setEditorValue(m_editors.at(i), values.at(i));
    }
}

void FilterValueEditor::setEditorValue(QWidget *editor, const QString &value)
{
    switch (m_shape) {
    case Shape::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number)) {
            qobject_cast<QDoubleSpinBox *>(editor)->setValue(number);
        }
        break;
    }
    case Shape::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid()) {
            qobject_cast<QDateEdit *>(editor)->setDate(date);
        }
        break;
    }
    case Shape::DayMonth: {
        // "--MM-DD" or a full date whose year does not matter for the day-and-month comparison.
        const QString monthDay = value.startsWith(u"--"_s) ? value.mid(2) : value.mid(5);
        const QDate date = QDate::fromString(QString::number(DayMonthYear) + u'-' + monthDay, Qt::ISODate);
        if (date.isValid()) {
            qobject_cast<QDateEdit *>(editor)->setDate(date);
        }
        break;
    }
    case Shape::Days:
        qobject_cast<QSpinBox *>(editor)->setValue(value.toInt());
        break;
    case Shape::Choice: {
        auto *combo = qobject_cast<QComboBox *>(editor);
        int index = combo->findData(value);
        if (index < 0) {
            index = combo->findText(value, Qt::MatchFixedString);
        }
        if (index < 0) {
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Shape::Text:
        qobject_cast<QLineEdit *>(editor)->setText(value);
        break;
    case Shape::None:
    case Shape::Multi:
        break;
    }
}

} // namespace Kontor
