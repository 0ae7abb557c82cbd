#include "CustomFieldBinding.h"

#include "contacts/Contact.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

FieldBinding CustomFieldBinding::make(const CustomField &field)
{
    const QString key = u"custom."_s + field.uuid;
    const QString name = u"customField%1"_s.arg(field.id);
    QWidget *editor = nullptr;
    std::function<QString()> read;
    std::function<void(const QString &)> write;
    switch (field.type) {
    case CustomFieldType::LongText: {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(name + u"PlainTextEdit"_s);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(80);
        editor = edit;
        read = [edit] { return edit->toPlainText().trimmed(); };
        write = [edit](const QString &value) { edit->setPlainText(value); };
        break;
    }
    case CustomFieldType::Checkbox: {
        auto *check = new QCheckBox(field.name);
        check->setObjectName(name + u"CheckBox"_s);
        editor = check;
        read = [check] { return check->isChecked() ? u"1"_s : QString(); };
        write = [check](const QString &value) { check->setChecked(value == u"1"_s); };
        break;
    }
    case CustomFieldType::SingleSelect: {
        auto *combo = new QComboBox;
        combo->setObjectName(name + u"ComboBox"_s);
        combo->addItem(QString());
        combo->addItems(field.options);
        editor = combo;
        read = [combo] { return combo->currentText(); };
        write = [combo](const QString &value) {
            if (combo->findText(value) < 0) {
                combo->addItem(value); // an option removed since; keep the stored value
            }
            combo->setCurrentText(value);
        };
        break;
    }
    case CustomFieldType::MultiSelect: {
        auto *list = new QListWidget;
        list->setObjectName(name + u"ListWidget"_s);
        for (const QString &option : field.options) {
            auto *item = new QListWidgetItem(option, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(qMin(140, 8 + 22 * int(qMax<qsizetype>(1, field.options.size()))));
        editor = list;
        read = [list] {
            QStringList chosen;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked) {
                    chosen << list->item(i)->text();
                }
            }
            return chosen.join(u'\n');
        };
        write = [list](const QString &value) {
            const QStringList chosen = value.split(u'\n', Qt::SkipEmptyParts);
            for (int i = 0; i < list->count(); ++i) {
                list->item(i)->setCheckState(chosen.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
            }
        };
        break;
    }
    case CustomFieldType::Date:
    case CustomFieldType::Text:
    case CustomFieldType::Number:
    case CustomFieldType::Money:
    case CustomFieldType::Url:
    case CustomFieldType::Phone:
    case CustomFieldType::Email: {
        auto *edit = new QLineEdit;
        edit->setObjectName(name + u"LineEdit"_s);
        edit->setMaxLength(ContactLimits::TextChars);
        editor = edit;
        read = [edit] { return edit->text().trimmed(); };
        write = [edit, field](const QString &value) {
            edit->setText(field.type == CustomFieldType::Date ? displayText(field, value) : value);
        };
        break;
    }
    }
    FieldBinding b;
    b.key = key;
    b.name = name;
    b.label = field.name;
    b.editor = editor;
    b.multiLine = field.type == CustomFieldType::LongText;
    b.display = [field](const Contact &c) { return displayText(field, c.customValues.value(field.id)); };
    b.fill = [field, write](const Contact &c) { write(c.customValues.value(field.id)); };
    b.apply = [field, read](Contact &c) {
        const QString raw = read();
        if (raw.isEmpty()) {
            c.customValues.remove(field.id);
            return QString();
        }
        QString problem;
        const QString canonical = CustomFieldValues::normalize(field, raw, &problem);
        if (!problem.isEmpty()) {
            //: %1 is the name of a custom field, %2 the reason
            return tr("%1: %2").arg(field.name, problem);
        }
        c.customValues.insert(field.id, canonical);
        return QString();
    };
    return b;
}

QString CustomFieldBinding::displayText(const CustomField &field, const QString &canonical)
{
    if (canonical.isEmpty()) {
        return {};
    }
    switch (field.type) {
    case CustomFieldType::Date: {
        const QDate date = QDate::fromString(canonical, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : canonical;
    }
    case CustomFieldType::Checkbox:
        return canonical == u"1"_s ? tr("Yes") : tr("No");
    case CustomFieldType::MultiSelect:
        return canonical.split(u'\n', Qt::SkipEmptyParts).join(u", "_s);
    default:
        return canonical;
    }
}

} // namespace Kontor
