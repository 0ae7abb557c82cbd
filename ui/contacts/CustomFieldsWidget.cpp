#include "CustomFieldsWidget.h"

#include "contacts/Contact.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QDate NoDate(1800, 1, 1);

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"fieldErrorLabel"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}
} // namespace

CustomFieldsWidget::CustomFieldsWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_emptyLabel(new QLabel(this))
{
    m_emptyLabel->setObjectName(u"noCustomFieldsLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_layout->addWidget(m_emptyLabel);
    m_layout->addStretch();
    retranslate();
}

void CustomFieldsWidget::setDefinitions(const QList<CustomFieldFolder> &folders, const QList<CustomField> &fields)
{
    qDeleteAll(m_groups);
    m_groups.clear();
    m_fields.clear();

    QList<CustomFieldFolder> ordered{CustomFieldFolder{}}; // id 0: fields without a folder come first
    ordered.append(folders);
    int insertAt = 1;
    for (const auto &folder : std::as_const(ordered)) {
        QList<CustomField> inFolder;
        for (const auto &field : fields) {
            if (field.folderId == folder.id) {
                inFolder.append(field);
            }
        }
        if (inFolder.isEmpty()) {
            continue;
        }
        auto *group = new QGroupBox(folder.name, this);
        if (folder.id == 0) {
            group->setObjectName(u"noFolderGroupBox"_s);
        }
        auto *form = new QFormLayout(group);
        for (const auto &field : std::as_const(inFolder)) {
            Editor editor;
            editor.field = field;
            editor.widget = createEditor(field);
            editor.widget->setParent(group);
            editor.widget->setObjectName(u"customField%1Editor"_s.arg(field.id));
            editor.error = makeErrorLabel(group);
            auto *cell = new QVBoxLayout;
            cell->setSpacing(2);
            cell->addWidget(editor.widget);
            cell->addWidget(editor.error);
            form->addRow(field.name, cell);
            m_fields.append(editor);
        }
        m_layout->insertWidget(insertAt++, group);
        m_groups.append(group);
    }
    m_emptyLabel->setVisible(m_fields.isEmpty());
    retranslate();
}

void CustomFieldsWidget::setValues(const QMap<qint64, QString> &values)
{
    for (auto &editor : m_fields) {
        setRawValue(editor, values.value(editor.field.id));
    }
}

QMap<qint64, QString> CustomFieldsWidget::values(QString *problemField, QString *problem) const
{
    QMap<qint64, QString> out;
    for (const auto &editor : m_fields) {
        const QString raw = rawValue(editor);
        if (raw.isEmpty()) {
            continue;
        }
        QString why;
        const QString canonical = CustomFieldValues::normalize(editor.field, raw, &why);
        if (!why.isEmpty()) {
            if (problemField && problemField->isEmpty()) {
                *problemField = u"custom."_s + editor.field.uuid;
                if (problem) {
                    //: %1 is the name of a custom field, %2 the reason
                    *problem = tr("%1: %2").arg(editor.field.name, why);
                }
            }
            continue;
        }
        out.insert(editor.field.id, canonical);
    }
    return out;
}

bool CustomFieldsWidget::showFieldError(const QString &fieldKey, const QString &message)
{
    for (auto &editor : m_fields) {
        if (fieldKey == u"custom."_s + editor.field.uuid || fieldKey == u"custom.%1"_s.arg(editor.field.id)) {
            editor.error->setText(message);
            editor.error->show();
            return true;
        }
    }
    return false;
}

void CustomFieldsWidget::clearFieldErrors()
{
    for (auto &editor : m_fields) {
        editor.error->clear();
        editor.error->hide();
    }
}

void CustomFieldsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

QWidget *CustomFieldsWidget::createEditor(const CustomField &field)
{
    switch (field.type) {
    case CustomFieldType::LongText: {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(64);
        return edit;
    }
    case CustomFieldType::Date: {
        auto *edit = new QDateEdit;
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(u" "_s); // the minimum stands for "no date"
        edit->setDate(NoDate);
        return edit;
    }
    case CustomFieldType::Checkbox:
        return new QCheckBox;
    case CustomFieldType::SingleSelect: {
        auto *combo = new QComboBox;
        combo->addItem(QString());
        combo->addItems(field.options);
        return combo;
    }
    case CustomFieldType::MultiSelect: {
        auto *list = new QListWidget;
        for (const auto &option : field.options) {
            auto *item = new QListWidgetItem(option, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setFixedHeight(qMin(120, 8 + 22 * int(field.options.size())));
        return list;
    }
    case CustomFieldType::Text:
    case CustomFieldType::Number:
    case CustomFieldType::Money:
    case CustomFieldType::Url:
    case CustomFieldType::Phone:
    case CustomFieldType::Email:
        break;
    }
    auto *edit = new QLineEdit;
    edit->setMaxLength(ContactLimits::TextChars);
    return edit;
}

QString CustomFieldsWidget::rawValue(const Editor &editor) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor.widget)) {
        return line->text().trimmed();
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor.widget)) {
        return text->toPlainText().trimmed();
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor.widget)) {
        return date->date() == NoDate ? QString() : date->date().toString(Qt::ISODate);
    }
    if (auto *check = qobject_cast<QCheckBox *>(editor.widget)) {
        return check->isChecked() ? u"1"_s : QString();
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor.widget)) {
        return combo->currentText();
    }
    if (auto *list = qobject_cast<QListWidget *>(editor.widget)) {
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                chosen.append(list->item(i)->text());
            }
        }
        return chosen.join(u'\n');
    }
    return {};
}

void CustomFieldsWidget::setRawValue(Editor &editor, const QString &canonical)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor.widget)) {
        line->setText(canonical);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor.widget)) {
        text->setPlainText(canonical);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor.widget)) {
        const QDate d = QDate::fromString(canonical, Qt::ISODate);
        date->setDate(d.isValid() ? d : NoDate);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor.widget)) {
        check->setChecked(canonical == u"1"_s);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor.widget)) {
        int index = combo->findText(canonical);
        if (index < 0) {
            combo->addItem(canonical); // an option removed since; keep the stored value
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *list = qobject_cast<QListWidget *>(editor.widget)) {
        const QStringList chosen = canonical.split(u'\n', Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i) {
            list->item(i)->setCheckState(chosen.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void CustomFieldsWidget::retranslate()
{
    m_emptyLabel->setText(tr("No custom fields are defined yet."));
    for (auto *group : std::as_const(m_groups)) {
        if (group->objectName() == u"noFolderGroupBox"_s) {
            static_cast<QGroupBox *>(group)->setTitle(tr("Additional information"));
        }
    }
}

} // namespace Kontor
