#include "CustomField.h"

#include "EmailValidator.h"
#include "PhoneNormalizer.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomField)
};

struct TypeInfo
{
    CustomFieldType type;
    const char16_t *key;
    const char *label;
};

const TypeInfo kTypes[] = {
    {CustomFieldType::Text, u"text", QT_TRANSLATE_NOOP("CustomField", "Text")},
    {CustomFieldType::LongText, u"long_text", QT_TRANSLATE_NOOP("CustomField", "Long text")},
    {CustomFieldType::Number, u"number", QT_TRANSLATE_NOOP("CustomField", "Number")},
    {CustomFieldType::Money, u"money", QT_TRANSLATE_NOOP("CustomField", "Money")},
    {CustomFieldType::Date, u"date", QT_TRANSLATE_NOOP("CustomField", "Date")},
    {CustomFieldType::Checkbox, u"checkbox", QT_TRANSLATE_NOOP("CustomField", "Checkbox")},
    {CustomFieldType::SingleSelect, u"single_select", QT_TRANSLATE_NOOP("CustomField", "Single select")},
    {CustomFieldType::MultiSelect, u"multi_select", QT_TRANSLATE_NOOP("CustomField", "Multi select")},
    {CustomFieldType::Url, u"url", QT_TRANSLATE_NOOP("CustomField", "URL")},
    {CustomFieldType::Phone, u"phone", QT_TRANSLATE_NOOP("CustomField", "Phone")},
    {CustomFieldType::Email, u"email", QT_TRANSLATE_NOOP("CustomField", "E-mail")},
};

// "1.234,50" (German) and "1,234.50" / "1234.5" (English): the last separator is the decimal one.
bool parseNumber(QString text, double *out)
{
    text.remove(u' ').remove(QChar(0x00A0)).remove(u'\'');
    const int comma = text.lastIndexOf(u',');
    const int dot = text.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        if (comma > dot) {
            text.remove(u'.').replace(u',', u'.');
        } else {
            text.remove(u',');
        }
    } else if (comma >= 0) {
        text.replace(u',', u'.');
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && std::isfinite(v)) {
        *out = v;
        return true;
    }
    return false;
}

QString formatNumber(double v, int decimals)
{
    QString s = QString::number(v, 'f', decimals);
    if (decimals > 2 && s.contains(u'.')) {
        while (s.endsWith(u'0')) {
            s.chop(1);
        }
        if (s.endsWith(u'.')) {
            s.chop(1);
        }
    }
    return s;
}
} // namespace

QString customFieldTypeKey(CustomFieldType type)
{
    for (const auto &t : kTypes) {
        if (t.type == type) {
            return QString::fromUtf16(t.key);
        }
    }
    return u"text"_s;
}

bool customFieldTypeFromKey(const QString &key, CustomFieldType *out)
{
    for (const auto &t : kTypes) {
        if (key == QString::fromUtf16(t.key)) {
            *out = t.type;
            return true;
        }
    }
    return false;
}

QString customFieldTypeLabel(CustomFieldType type)
{
    for (const auto &t : kTypes) {
        if (t.type == type) {
            return Tr::tr(t.label);
        }
    }
    return {};
}

QList<CustomFieldType> allCustomFieldTypes()
{
    QList<CustomFieldType> out;
    for (const auto &t : kTypes) {
        out << t.type;
    }
    return out;
}

QString CustomFieldValues::normalize(const CustomField &field, const QString &input, QString *problem)
{
    problem->clear();
    const QString text = field.type == CustomFieldType::LongText ? input.trimmed() : input.simplified();
    if (text.isEmpty()) {
        return {};
    }
    switch (field.type) {
    case CustomFieldType::Text:
    case CustomFieldType::LongText: {
        const int limit = field.type == CustomFieldType::Text ? 255 : 20000;
        if (text.size() > limit) {
            *problem = Tr::tr("The text is longer than %1 characters.").arg(limit);
            return {};
        }
        return text;
    }
    case CustomFieldType::Number: {
        double v = 0;
        if (!parseNumber(text, &v)) {
            *problem = Tr::tr("\"%1\" is not a number.").arg(text);
            return {};
        }
        return formatNumber(v, 6);
    }
    case CustomFieldType::Money: {
        static const QRegularExpression re(u"^(.*?)\\s*([A-Za-z]{3}|€|\\$)?$"_s);
        const auto m = re.match(text);
        double v = 0;
        if (!m.hasMatch() || !parseNumber(m.captured(1), &v)) {
            *problem = Tr::tr("\"%1\" is not an amount of money.").arg(text);
            return {};
        }
        QString currency = m.captured(2).toUpper();
        currency = currency == u"€"_s ? u"EUR"_s : currency == u"$"_s ? u"USD"_s : currency;
        return formatNumber(v, 2) + u' ' + (currency.isEmpty() ? u"EUR"_s : currency);
    }
    case CustomFieldType::Date: {
        QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            d = QDate::fromString(text, u"d.M.yyyy"_s);
        }
        if (!d.isValid()) {
            *problem = Tr::tr("\"%1\" is not a date (use YYYY-MM-DD or DD.MM.YYYY).").arg(text);
            return {};
        }
        return d.toString(Qt::ISODate);
    }
    case CustomFieldType::Checkbox: {
        const QString t = text.toLower();
        if (t == u"1"_s || t == u"true"_s || t == u"yes"_s || t == u"ja"_s || t == u"x"_s) {
            return u"1"_s;
        }
        if (t == u"0"_s || t == u"false"_s || t == u"no"_s || t == u"nein"_s) {
            return u"0"_s;
        }
        *problem = Tr::tr("\"%1\" is neither yes nor no.").arg(text);
        return {};
    }
    case CustomFieldType::SingleSelect:
    case CustomFieldType::MultiSelect: {
        const QStringList parts = field.type == CustomFieldType::SingleSelect
            ? QStringList{text}
            : input.split(QRegularExpression(u"[\\n;]"_s), Qt::SkipEmptyParts);
        QStringList chosen;
        for (const QString &part : parts) {
            const QString p = part.simplified();
            bool found = false;
            for (const QString &option : field.options) {
                if (option.compare(p, Qt::CaseInsensitive) == 0) {
                    if (!chosen.contains(option)) {
                        chosen << option;
                    }
                    found = true;
                    break;
                }
            }
            if (!found && !p.isEmpty()) {
                *problem = Tr::tr("\"%1\" is not one of the options (%2).").arg(p, field.options.join(u", "_s));
                return {};
            }
        }
        return chosen.join(u'\n');
    }
    case CustomFieldType::Url: {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || url.host().isEmpty()) {
            *problem = Tr::tr("\"%1\" is not a web address.").arg(text);
            return {};
        }
        return text;
    }
    case CustomFieldType::Phone: {
        if (!PhoneNormalizer::normalize(text, u"DE"_s).parsed) {
            *problem = Tr::tr("\"%1\" is not a phone number.").arg(text);
            return {};
        }
        return text;
    }
    case CustomFieldType::Email: {
        if (const QString p = EmailValidator::problem(text); !p.isEmpty()) {
            *problem = p;
            return {};
        }
        return text;
    }
    }
    return text;
}

double CustomFieldValues::numericValue(const CustomField &field, const QString &canonical)
{
    switch (field.type) {
    case CustomFieldType::Number:
    case CustomFieldType::Checkbox:
        return canonical.toDouble();
    case CustomFieldType::Money:
        return canonical.section(u' ', 0, 0).toDouble();
    case CustomFieldType::Date:
        return QString(canonical).remove(u'-').toDouble();
    default:
        return std::nan("");
    }
}

} // namespace Kontor
