#include "ProfileFieldFactory.h"

#include "ContactTypeService.h"
#include "contacts/ContactFields.h"
#include "contacts/EntryRowsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString camel(const QString &key)
{
    QString out;
    bool upper = false;
    for (const QChar c : key) {
        if (c == u'_' || c == u'.' || c == u'-') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

FieldBinding base(const QString &key, const QString &label, QWidget *editor)
{
    FieldBinding b;
    b.key = key;
    b.name = camel(key);
    b.label = label;
    b.editor = editor;
    return b;
}

QLineEdit *lineEdit(const QString &name, int maxLength)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name + u"LineEdit"_s);
    edit->setMaxLength(maxLength);
    return edit;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive)) {
            tags.append(tag);
        }
    }
    return tags;
}

QListWidget *checkList(const QString &name, const QList<std::pair<QString, QVariant>> &items)
{
    auto *list = new QListWidget;
    list->setObjectName(name + u"ListWidget"_s);
    for (const auto &[text, data] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, data);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(qMin(140, 8 + 22 * int(qMax<qsizetype>(1, items.size()))));
    return list;
}

QString userName(const QList<User> &users, qint64 id)
{
    for (const auto &user : users) {
        if (user.id == id) {
            return user.name;
        }
    }
    return {};
}
} // namespace

FieldBinding ProfileFieldFactory::text(const QString &key, QString Contact::*member, int maxLength)
{
    auto *edit = lineEdit(camel(key), maxLength);
    FieldBinding b = base(key, ContactFields::label(key), edit);
    b.display = [member](const Contact &c) { return c.*member; };
    b.fill = [edit, member](const Contact &c) { edit->setText(c.*member); };
    b.apply = [edit, member](Contact &c) {
        c.*member = edit->text().trimmed();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::longText(const QString &key, QString Contact::*member, int maxLength)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(camel(key) + u"PlainTextEdit"_s);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    edit->setToolTip(tr("Ctrl+Enter saves, Esc cancels"));
    FieldBinding b = base(key, ContactFields::label(key), edit);
    b.multiLine = true;
    b.display = [member](const Contact &c) { return c.*member; };
    b.fill = [edit, member](const Contact &c) { edit->setPlainText(c.*member); };
    b.apply = [edit, member, maxLength](Contact &c) {
        c.*member = edit->toPlainText().trimmed();
        return (c.*member).size() > maxLength ? tr("The text is longer than %1 characters.").arg(maxLength) : QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::companyName()
{
    FieldBinding b = text(u"display_name"_s, &Contact::displayName, ContactLimits::TextChars);
    b.label = ContactFields::label(u"name"_s);
    auto apply = b.apply;
    b.apply = [apply](Contact &c) {
        c.displayNameManual = true;
        return apply(c);
    };
    return b;
}

FieldBinding ProfileFieldFactory::salutation()
{
    auto *combo = new QComboBox;
    combo->setObjectName(u"salutationComboBox"_s);
    combo->setEditable(true);
    combo->addItems({QString(),
        QCoreApplication::translate("Kontor::ContactEditDialog", "Mr"),
        QCoreApplication::translate("Kontor::ContactEditDialog", "Ms"),
        QCoreApplication::translate("Kontor::ContactEditDialog", "Mx")});
    FieldBinding b = base(u"salutation"_s, ContactFields::label(u"salutation"_s), combo);
    b.display = [](const Contact &c) { return c.salutation; };
    b.fill = [combo](const Contact &c) { combo->setCurrentText(c.salutation); };
    b.apply = [combo](Contact &c) {
        c.salutation = combo->currentText().trimmed();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::company()
{
    auto *edit = lineEdit(u"company"_s, ContactLimits::TextChars);
    FieldBinding b = base(u"company"_s, ContactFields::label(u"company"_s), edit);
    b.display = [](const Contact &c) { return c.companyName; };
    b.fill = [edit](const Contact &c) { edit->setText(c.companyName); };
    b.apply = [edit](Contact &c) {
        const QString name = edit->text().trimmed();
        if (name.compare(c.companyName, Qt::CaseInsensitive) != 0) {
            c.companyId = 0; // ContactService links (or creates) the company of that name
        }
        c.companyName = name;
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::emails(const QString &)
{
    auto *rows = new EntryRowsWidget(EntryRowsWidget::Kind::Email);
    rows->setObjectName(u"emailsEntryRowsWidget"_s);
    FieldBinding b = base(u"emails"_s, ContactFields::label(u"emails"_s), rows);
    b.display = [](const Contact &c) {
        QStringList lines;
        for (const auto &e : c.emails) {
            lines << (e.label.isEmpty() ? e.value : u"%1 (%2)"_s.arg(e.value, entryLabel(e.label)));
        }
        return lines.join(u'\n');
    };
    b.fill = [rows](const Contact &c) { rows->setEmails(c.emails); };
    b.apply = [rows](Contact &c) {
        c.emails = rows->emails();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::phones(const QString &)
{
    auto *rows = new EntryRowsWidget(EntryRowsWidget::Kind::Phone);
    rows->setObjectName(u"phonesEntryRowsWidget"_s);
    FieldBinding b = base(u"phones"_s, ContactFields::label(u"phones"_s), rows);
    b.display = [](const Contact &c) {
        QStringList lines;
        for (const auto &p : c.phones) {
            lines << (p.label.isEmpty() ? p.raw : u"%1 (%2)"_s.arg(p.raw, entryLabel(p.label)));
        }
        return lines.join(u'\n');
    };
    b.fill = [rows](const Contact &c) { rows->setPhones(c.phones); };
    b.apply = [rows](Contact &c) {
        c.phones = rows->phones();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::addresses(const QString &homeRegion)
{
    auto *rows = new EntryRowsWidget(EntryRowsWidget::Kind::Address);
    rows->setObjectName(u"addressesEntryRowsWidget"_s);
    FieldBinding b = base(u"addresses"_s, ContactFields::label(u"addresses"_s), rows);
    b.display = [homeRegion](const Contact &c) {
        QStringList blocks;
        for (const auto &a : c.addresses) {
            blocks << addressText(a, homeRegion);
        }
        return blocks.join(u"\n\n"_s);
    };
    b.fill = [rows](const Contact &c) { rows->setAddresses(c.addresses); };
    b.apply = [rows](Contact &c) {
        c.addresses = rows->addresses();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::birthday()
{
    auto *edit = lineEdit(u"birthday"_s, 10);
    edit->setPlaceholderText(tr("e.g. 31.12.1980, 31.12. or 1980-12-31"));
    FieldBinding b = base(u"birthday"_s, ContactFields::label(u"birthday"_s), edit);
    b.display = [](const Contact &c) { return birthdayText(c.birthday); };
    b.fill = [edit](const Contact &c) {
        const Birthday &d = c.birthday;
        edit->setText(d.isNull() ? QString()
                : d.hasYear()    ? QDate(d.year, d.month, d.day).toString(u"dd.MM.yyyy"_s)
                                 : u"%1.%2."_s.arg(d.day, 2, 10, QChar(u'0')).arg(d.month, 2, 10, QChar(u'0')));
    };
    b.apply = [edit](Contact &c) {
        const QString text = edit->text().trimmed();
        Birthday parsed;
        if (Birthday::parseIso(text, &parsed)) {
            c.birthday = parsed;
            return QString();
        }
        static const QRegularExpression german(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?$"_s);
        const auto match = german.match(text);
        if (!match.hasMatch()) {
            return tr("Birthday: enter a date such as 31.12.1980, or 31.12. without the year.");
        }
        c.birthday = Birthday{match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt()};
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::contactType(const QStringList &types)
{
    auto *combo = new QComboBox;
    combo->setObjectName(u"contactTypeComboBox"_s);
    combo->addItem(QCoreApplication::translate("Kontor::ContactEditDialog", "(none)"), QString());
    for (const QString &type : types) {
        combo->addItem(ContactTypeService::displayName(type), type);
    }
    FieldBinding b = base(u"contact_type"_s, ContactFields::label(u"contact_type"_s), combo);
    b.display = [](const Contact &c) {
        return c.contactType.isEmpty() ? QString() : ContactTypeService::displayName(c.contactType);
    };
    b.fill = [combo](const Contact &c) {
        int index = combo->findData(c.contactType);
        if (index < 0) {
            combo->addItem(c.contactType, c.contactType); // a type removed from the list since
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    b.apply = [combo](Contact &c) {
        c.contactType = combo->currentData().toString();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::lead()
{
    auto *check = new QCheckBox(tr("This contact is a lead"));
    check->setObjectName(u"leadCheckBox"_s);
    FieldBinding b = base(u"lead"_s, ContactFields::label(u"lead"_s), check);
    b.display = [](const Contact &c) { return c.lead ? tr("Yes") : tr("No"); };
    b.fill = [check](const Contact &c) { check->setChecked(c.lead); };
    b.apply = [check](Contact &c) {
        c.lead = check->isChecked();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::tags()
{
    auto *edit = lineEdit(u"tags"_s, 1000);
    edit->setPlaceholderText(tr("Separate tags with commas"));
    FieldBinding b = base(u"tags"_s, ContactFields::label(u"tags"_s), edit);
    b.display = [](const Contact &c) { return c.tags.join(u", "_s); };
    b.fill = [edit](const Contact &c) { edit->setText(c.tags.join(u", "_s)); };
    b.apply = [edit](Contact &c) {
        c.tags = splitTags(edit->text());
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::owner(const QList<User> &users)
{
    auto *combo = new QComboBox;
    combo->setObjectName(u"ownerComboBox"_s);
    combo->addItem(tr("(nobody)"), qint64(0));
    for (const auto &user : users) {
        combo->addItem(user.name, user.id);
    }
    FieldBinding b = base(u"owner"_s, ContactFields::label(u"owner"_s), combo);
    b.display = [users](const Contact &c) { return userName(users, c.ownerId); };
    b.fill = [combo](const Contact &c) { combo->setCurrentIndex(qMax(0, combo->findData(c.ownerId))); };
    b.apply = [combo](Contact &c) {
        c.ownerId = combo->currentData().toLongLong();
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::followers(const QList<User> &users)
{
    QList<std::pair<QString, QVariant>> items;
    for (const auto &user : users) {
        items.append({user.name, user.id});
    }
    auto *list = checkList(u"followers"_s, items);
    FieldBinding b = base(u"followers"_s, ContactFields::label(u"followers"_s), list);
    b.display = [users](const Contact &c) {
        QStringList names;
        for (qint64 id : c.followerIds) {
            names << userName(users, id);
        }
        return names.join(u", "_s);
    };
    b.fill = [list](const Contact &c) {
        for (int i = 0; i < list->count(); ++i) {
            const bool on = c.followerIds.contains(list->item(i)->data(Qt::UserRole).toLongLong());
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    };
    b.apply = [list](Contact &c) {
        c.followerIds.clear();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                c.followerIds.append(list->item(i)->data(Qt::UserRole).toLongLong());
            }
        }
        return QString();
    };
    return b;
}

FieldBinding ProfileFieldFactory::dnd()
{
    const QList<std::pair<DndChannel, QString>> channels{{DndChannel::All, tr("All channels")},
        {DndChannel::Email, tr("E-mail")},
        {DndChannel::Sms, tr("SMS")},
        {DndChannel::Calls, tr("Calls")},
        {DndChannel::WhatsApp, tr("WhatsApp")}};
    auto *box = new QWidget;
    box->setObjectName(u"dndEditorWidget"_s);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QList<std::pair<DndChannel, QCheckBox *>> checks;
    for (const auto &[flag, text] : channels) {
        auto *check = new QCheckBox(text, box);
        check->setObjectName(u"dnd%1CheckBox"_s.arg(int(flag)));
        layout->addWidget(check);
        checks.append({flag, check});
    }
    layout->addStretch();
    FieldBinding b = base(u"dnd"_s, ContactFields::label(u"dnd"_s), box);
    b.display = [channels](const Contact &c) {
        QStringList on;
        for (const auto &[flag, text] : channels) {
            if (c.dnd.testFlag(flag)) {
                on << text;
            }
        }
        return on.join(u", "_s);
    };
    b.fill = [checks](const Contact &c) {
        for (const auto &[flag, check] : checks) {
            check->setChecked(c.dnd.testFlag(flag));
        }
    };
    b.apply = [checks](Contact &c) {
        DndChannels dnd;
        for (const auto &[flag, check] : checks) {
            dnd.setFlag(flag, check->isChecked());
        }
        c.dnd = dnd;
        return QString();
    };
    return b;
}

QString ProfileFieldFactory::entryLabel(const QString &label)
{
    static const QStringList known{u"work"_s, u"home"_s, u"mobile"_s, u"other"_s};
    if (!known.contains(label)) {
        return label;
    }
    QString text = label;
    text[0] = text[0].toUpper();
    return QCoreApplication::translate("Kontor::EntryRowsWidget", text.toUtf8().constData());
}

QString ProfileFieldFactory::addressText(const PostalAddress &a, const QString &homeRegion)
{
    const auto joined = [](const QStringList &parts, const QString &separator) {
        QStringList kept;
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty()) {
                kept << part.trimmed();
            }
        }
        return kept.join(separator);
    };
    const QString country = a.country.isEmpty() || a.country.compare(homeRegion, Qt::CaseInsensitive) == 0
        ? QString()
        : QLocale::territoryToString(QLocale::codeToTerritory(a.country));
    QString text
        = joined({a.street, joined({a.postalCode, a.city}, u" "_s), joined({a.region, country}, u", "_s)}, u"\n"_s);
    if (!a.label.isEmpty()) {
        text += u" (%1)"_s.arg(entryLabel(a.label));
    }
    return text;
}

QString ProfileFieldFactory::birthdayText(const Birthday &d)
{
    if (d.isNull()) {
        return {};
    }
    const QLocale locale;
    if (!d.hasYear()) {
        //: A birthday without a year: %1 is the day, %2 the month's name
        return tr("%2 %1").arg(d.day).arg(locale.monthName(d.month));
    }
    return locale.toString(QDate(d.year, d.month, d.day), QLocale::LongFormat);
}

} // namespace Kontor
