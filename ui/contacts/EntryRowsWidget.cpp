#include "EntryRowsWidget.h"

#include "common/RegionComboBox.h"
#include "contacts/EmailValidator.h"
#include "contacts/PhoneNormalizer.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct LabelChoice
{
    const char16_t *key;
    const char *text;
};

const QList<LabelChoice> &labelChoices(EntryRowsWidget::Kind kind)
{
    static const QList<LabelChoice> email{{u"work", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Work")},
        {u"home", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Home")},
        {u"other", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Other")}};
    static const QList<LabelChoice> phone{{u"work", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Work")},
        {u"home", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Home")},
        {u"mobile", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Mobile")},
        {u"other", QT_TRANSLATE_NOOP("Kontor::EntryRowsWidget", "Other")}};
    return kind == EntryRowsWidget::Kind::Phone ? phone : email;
}
} // namespace

EntryRowsWidget::EntryRowsWidget(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_rowsLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    switch (kind) {
    case Kind::Email:
        m_addButton->setObjectName(u"addEmailButton"_s);
        break;
    case Kind::Phone:
        m_addButton->setObjectName(u"addPhoneButton"_s);
        break;
    case Kind::Address:
        m_addButton->setObjectName(u"addAddressButton"_s);
        break;
    }
    m_addButton->setIcon(QIcon::fromTheme(u"list-add"_s));
    connect(m_addButton, &QPushButton::clicked, this, &EntryRowsWidget::addRow);
    retranslate();
}

void EntryRowsWidget::setEmails(const QList<EmailAddress> &emails)
{
    clearRows();
    QList<EmailAddress> ordered = emails;
    std::stable_partition(ordered.begin(), ordered.end(), [](const EmailAddress &e) { return e.primary; });
    for (const auto &email : std::as_const(ordered)) {
        Row &row = appendRow();
        row.value->setText(email.value);
        setLabel(row.label, email.label);
    }
    if (m_rows.isEmpty()) {
        appendRow();
    }
}

QList<EmailAddress> EntryRowsWidget::emails() const
{
    QList<EmailAddress> out;
    for (const auto &row : m_rows) {
        const QString value = row.value->text().trimmed();
        if (!value.isEmpty()) {
            out.append({value, labelOf(row.label), out.isEmpty()});
        }
    }
    return out;
}

void EntryRowsWidget::setPhones(const QList<PhoneNumber> &phones)
{
    clearRows();
    QList<PhoneNumber> ordered = phones;
    std::stable_partition(ordered.begin(), ordered.end(), [](const PhoneNumber &p) { return p.primary; });
    for (const auto &phone : std::as_const(ordered)) {
        Row &row = appendRow();
        row.value->setText(phone.raw.isEmpty() ? PhoneNormalizer::formatInternational(phone.e164) : phone.raw);
        setLabel(row.label, phone.label);
    }
    if (m_rows.isEmpty()) {
        appendRow();
    }
}

QList<PhoneNumber> EntryRowsWidget::phones() const
{
    QList<PhoneNumber> out;
    for (const auto &row : m_rows) {
        const QString raw = row.value->text().trimmed();
        if (!raw.isEmpty()) {
            PhoneNumber phone;
            phone.raw = raw;
            phone.label = labelOf(row.label);
            phone.primary = out.isEmpty();
            out.append(phone);
        }
    }
    return out;
}

void EntryRowsWidget::setAddresses(const QList<PostalAddress> &addresses)
{
    clearRows();
    for (const auto &address : addresses) {
        Row &row = appendRow();
        row.street->setText(address.street);
        row.postalCode->setText(address.postalCode);
        row.city->setText(address.city);
        row.region->setText(address.region);
        row.country->setRegion(address.country);
        setLabel(row.label, address.label);
    }
}

QList<PostalAddress> EntryRowsWidget::addresses() const
{
    QList<PostalAddress> out;
    for (const auto &row : m_rows) {
        PostalAddress address;
        address.street = row.street->text().trimmed();
        address.postalCode = row.postalCode->text().trimmed();
        address.city = row.city->text().trimmed();
        address.region = row.region->text().trimmed();
        address.country = row.country->region();
        address.label = labelOf(row.label);
        if (!address.isEmpty()) {
            out.append(address);
        }
    }
    return out;
}

QString EntryRowsWidget::problem(const QString &defaultRegion) const
{
    for (const auto &row : m_rows) {
        if (!row.value) {
            continue;
        }
        const QString value = row.value->text().trimmed();
        if (value.isEmpty()) {
            continue;
        }
        if (m_kind == Kind::Email) {
            if (const QString why = EmailValidator::problem(value); !why.isEmpty()) {
                //: %1 is the e-mail address as typed, %2 the reason
                return tr("\"%1\" is not a valid e-mail address: %2").arg(value, why);
            }
        } else if (m_kind == Kind::Phone && !PhoneNormalizer::normalize(value, defaultRegion).parsed) {
            return tr("\"%1\" is not a phone number.").arg(value);
        }
    }
    return {};
}

void EntryRowsWidget::addRow()
{
    Row &row = appendRow();
    (row.value ? static_cast<QWidget *>(row.value) : row.street)->setFocus();
}

void EntryRowsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

EntryRowsWidget::Row &EntryRowsWidget::appendRow()
{
    Row row;
    row.widget = new QWidget(this);
    row.label = new QComboBox(row.widget);
    row.label->setEditable(true); // the user's own label ("Assistant") is allowed
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->setMinimumContentsLength(8);
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(u"removeRowButton"_s);
    row.remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    row.remove->setText(u"\u2212"_s);
    row.remove->setAutoRaise(true);
    fillLabels(row.label);

    if (m_kind == Kind::Address) {
        row.label->setObjectName(u"addressLabelComboBox"_s);
        row.street = new QLineEdit(row.widget);
        row.street->setObjectName(u"streetLineEdit"_s);
        row.postalCode = new QLineEdit(row.widget);
        row.postalCode->setObjectName(u"postalCodeLineEdit"_s);
        row.postalCode->setMaximumWidth(90);
        row.city = new QLineEdit(row.widget);
        row.city->setObjectName(u"cityLineEdit"_s);
        row.region = new QLineEdit(row.widget);
        row.region->setObjectName(u"regionLineEdit"_s);
        row.country = new RegionComboBox(row.widget);
        row.country->setObjectName(u"countryComboBox"_s);
        row.country->setAllowEmpty(true);
        row.country->setRegion(QString());
        auto *grid = new QGridLayout(row.widget);
        grid->setContentsMargins(0, 0, 0, 6);
        grid->addWidget(row.label, 0, 0);
        grid->addWidget(row.street, 0, 1, 1, 3);
        grid->addWidget(row.remove, 0, 4);
        grid->addWidget(row.postalCode, 1, 1);
        grid->addWidget(row.city, 1, 2, 1, 2);
        grid->addWidget(row.region, 2, 1, 1, 2);
        grid->addWidget(row.country, 2, 3);
        grid->setColumnStretch(2, 1);
    } else {
        row.value = new QLineEdit(row.widget);
        const bool email = m_kind == Kind::Email;
        row.value->setObjectName(email ? u"emailLineEdit"_s : u"phoneLineEdit"_s);
        row.label->setObjectName(email ? u"emailLabelComboBox"_s : u"phoneLabelComboBox"_s);
        row.value->setMaxLength(email ? ContactLimits::EmailChars : 64);
        auto *line = new QHBoxLayout(row.widget);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(row.label);
        line->addWidget(row.value, 1);
        line->addWidget(row.remove);
        connect(row.value, &QLineEdit::editingFinished, this, &EntryRowsWidget::editingFinished);
    }
    QWidget *rowWidget = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    retranslateRow(row);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    return m_rows.last();
}

void EntryRowsWidget::removeRow(QWidget *rowWidget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            rowWidget->hide();
            break;
        }
    }
    Q_EMIT editingFinished();
}

void EntryRowsWidget::clearRows()
{
    for (const auto &row : std::as_const(m_rows)) {
        delete row.widget;
    }
    m_rows.clear();
}

void EntryRowsWidget::fillLabels(QComboBox *combo) const
{
    combo->clear();
    for (const auto &choice : labelChoices(m_kind)) {
        combo->addItem(tr(choice.text), QString::fromUtf16(choice.key));
    }
}

void EntryRowsWidget::setLabel(QComboBox *combo, const QString &label) const
{
    const int index = combo->findData(label.isEmpty() ? u"work"_s : label);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setEditText(label);
    }
}

QString EntryRowsWidget::labelOf(const QComboBox *combo) const
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

void EntryRowsWidget::retranslate()
{
    switch (m_kind) {
    case Kind::Email:
        m_addButton->setText(tr("Add e-mail"));
        break;
    case Kind::Phone:
        m_addButton->setText(tr("Add phone"));
        break;
    case Kind::Address:
        m_addButton->setText(tr("Add address"));
        break;
    }
    for (auto &row : m_rows) {
        const QString label = labelOf(row.label);
        const auto &choices = labelChoices(m_kind);
        for (int i = 0; i < choices.size() && i < row.label->count(); ++i) {
            row.label->setItemText(i, tr(choices.at(i).text));
        }
        setLabel(row.label, label);
        retranslateRow(row);
    }
}

void EntryRowsWidget::retranslateRow(Row &row)
{
    row.remove->setToolTip(tr("Remove this entry"));
    if (row.value) {
        row.value->setPlaceholderText(m_kind == Kind::Email ? tr("name@example.com") : tr("+49 30 1234567"));
    } else {
        row.street->setPlaceholderText(tr("Street and number"));
        row.postalCode->setPlaceholderText(tr("Postal code"));
        row.city->setPlaceholderText(tr("City"));
        row.region->setPlaceholderText(tr("Region or state"));
    }
}

} // namespace Kontor
