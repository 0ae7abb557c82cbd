#include "ImportMapping.h"

#include "HeaderSynonyms.h"
#include "TextFolding.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

struct MappingTr
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
};

struct TargetsTr
{
    Q_DECLARE_TR_FUNCTIONS(ImportTargets)
};

struct TargetInfo
{
    const char16_t *key;
    const char *label;
    bool hasLabel;
    bool person;
    bool company;
};

// In the order the mapping step lists them. The export headers below share these source texts where they are
// the same words, so one translation serves both.
const TargetInfo kTargets[] = {
    {u"full_name", QT_TRANSLATE_NOOP("ImportTargets", "Full name"), false, true, false},
    {u"salutation", QT_TRANSLATE_NOOP("ImportTargets", "Salutation"), false, true, false},
    {u"title", QT_TRANSLATE_NOOP("ImportTargets", "Title"), false, true, false},
    {u"first_name", QT_TRANSLATE_NOOP("ImportTargets", "First name"), false, true, false},
    {u"middle_name", QT_TRANSLATE_NOOP("ImportTargets", "Middle name"), false, true, false},
    {u"last_name", QT_TRANSLATE_NOOP("ImportTargets", "Last name"), false, true, false},
    {u"name", QT_TRANSLATE_NOOP("ImportTargets", "Name"), false, true, true},
    {u"company", QT_TRANSLATE_NOOP("ImportTargets", "Company"), false, true, false},
    {u"job_title", QT_TRANSLATE_NOOP("ImportTargets", "Job title"), false, true, false},
    {u"department", QT_TRANSLATE_NOOP("ImportTargets", "Department"), false, true, false},
    {u"email", QT_TRANSLATE_NOOP("ImportTargets", "E-mail"), true, true, true},
    {u"email_label", QT_TRANSLATE_NOOP("ImportTargets", "E-mail label"), false, true, true},
    {u"phone", QT_TRANSLATE_NOOP("ImportTargets", "Phone"), true, true, true},
    {u"phone_label", QT_TRANSLATE_NOOP("ImportTargets", "Phone label"), false, true, true},
    {u"street", QT_TRANSLATE_NOOP("ImportTargets", "Street"), true, true, true},
    {u"postal_code", QT_TRANSLATE_NOOP("ImportTargets", "Postal code"), true, true, true},
    {u"city", QT_TRANSLATE_NOOP("ImportTargets", "City"), true, true, true},
    {u"region", QT_TRANSLATE_NOOP("ImportTargets", "Region"), true, true, true},
    {u"country", QT_TRANSLATE_NOOP("ImportTargets", "Country"), true, true, true},
    {u"address", QT_TRANSLATE_NOOP("ImportTargets", "Address (one cell)"), true, true, true},
    {u"address_label", QT_TRANSLATE_NOOP("ImportTargets", "Address label"), false, true, true},
    {u"birthday", QT_TRANSLATE_NOOP("ImportTargets", "Birthday"), false, true, false},
    {u"website", QT_TRANSLATE_NOOP("ImportTargets", "Website"), false, true, true},
    {u"social.linkedin", nullptr, false, true, true},
    {u"social.skype", nullptr, false, true, true},
    {u"social.telegram", nullptr, false, true, true},
    {u"social.x", nullptr, false, true, true},
    {u"social.facebook", nullptr, false, true, true},
    {u"social.instagram", nullptr, false, true, true},
    {u"social.whatsapp", nullptr, false, true, true},
    {u"source", QT_TRANSLATE_NOOP("ImportTargets", "Source"), false, true, true},
    {u"contact_type", QT_TRANSLATE_NOOP("ImportTargets", "Contact type"), false, true, true},
    {u"lead", QT_TRANSLATE_NOOP("ImportTargets", "Lead"), false, true, true},
    {u"tags", QT_TRANSLATE_NOOP("ImportTargets", "Tags"), false, true, true},
    {u"owner", QT_TRANSLATE_NOOP("ImportTargets", "Owner"), false, true, true},
    {u"followers", QT_TRANSLATE_NOOP("ImportTargets", "Followers"), false, true, true},
    {u"dnd", QT_TRANSLATE_NOOP("ImportTargets", "Do not disturb"), false, true, true},
    {u"kind", QT_TRANSLATE_NOOP("ImportTargets", "Kind (person or company)"), false, true, true},
    {u"description", QT_TRANSLATE_NOOP("ImportTargets", "Description"), false, true, true},
    {u"note", QT_TRANSLATE_NOOP("ImportTargets", "Note"), false, true, true},
};

// Social networks are proper names, the same in every language.
QString socialName(const QString &network)
{
    static const QHash<QString, QString> names = {
        {QString::fromUtf16(SocialNetwork::LinkedIn), u"LinkedIn"_s},
        {QString::fromUtf16(SocialNetwork::Skype), u"Skype"_s},
        {QString::fromUtf16(SocialNetwork::Telegram), u"Telegram"_s},
        {QString::fromUtf16(SocialNetwork::X), u"X"_s},
        {QString::fromUtf16(SocialNetwork::Facebook), u"Facebook"_s},
        {QString::fromUtf16(SocialNetwork::Instagram), u"Instagram"_s},
        {QString::fromUtf16(SocialNetwork::WhatsApp), u"WhatsApp"_s},
    };
    return names.value(network, network);
}

const TargetInfo *findTarget(const QString &key)
{
    for (const TargetInfo &t : kTargets) {
        if (key == QString::fromUtf16(t.key)) {
            return &t;
        }
    }
    return nullptr;
}

QString columnName(const QStringList &headers, int index)
{
    const QString header = headers.value(index).trimmed();
    return header.isEmpty() ? MappingTr::tr("Column %1").arg(index + 1) : header;
}

// A column of either JSON form: "target", {"target", "label", "group"} or null/"" for an ignored column.
bool parseColumn(const QJsonValue &value, const QString &name, ColumnMapping *out, QString *error)
{
    *out = {};
    if (value.isNull() || value.isUndefined()) {
        return true;
    }
    if (value.isString()) {
        out->target = value.toString().trimmed();
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        out->target = o.value(u"target"_s).toString().trimmed();
        out->label = o.value(u"label"_s).toString().trimmed();
        out->group = o.value(u"group"_s).toInt();
        if (out->group < 0) {
            *error = MappingTr::tr("Column \"%1\": the group must be 0 or more.").arg(name);
            return false;
        }
    } else {
        *error = MappingTr::tr("Column \"%1\": expected a field name or an object with \"target\".").arg(name);
        return false;
    }
    if (out->isIgnored()) {
        *out = {};
        return true;
    }
    if (!ImportTargets::isKnown(out->target)) {
        *error = MappingTr::tr("Column \"%1\": \"%2\" is not a field Kontor can import into.").arg(name, out->target);
        return false;
    }
    if (out->target == u"custom.new"_s && out->label.isEmpty()) {
        out->label = name;
    }
    return true;
}

} // namespace

QJsonObject ImportMapping::toJson() const
{
    QJsonArray columnsJson;
    for (const ColumnMapping &c : columns) {
        QJsonObject o{{u"target"_s, c.target}, {u"label"_s, c.label}};
        if (c.group != 0) {
            o.insert(u"group"_s, c.group);
        }
        columnsJson.append(o);
    }
    return QJsonObject{{u"columns"_s, columnsJson}};
}

bool ImportMapping::fromJson(const QJsonObject &json, const QStringList &headers, ImportMapping *out, QString *error)
{
    ImportMapping mapping;
    QString problem;
    if (json.contains(u"columns"_s) && json.value(u"columns"_s).isArray()) {
        const QJsonArray array = json.value(u"columns"_s).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            ColumnMapping column;
            if (!parseColumn(array.at(i), columnName(headers, int(i)), &column, &problem)) {
                *error = problem;
                return false;
            }
            if (!headers.isEmpty() && i >= headers.size()) {
                if (!column.isIgnored()) {
                    *error = MappingTr::tr("The mapping has a column %1, but the file has only %n column(s).",
                        nullptr,
                        int(headers.size()))
                                 .arg(i + 1);
                    return false;
                }
                continue;
            }
            mapping.columns << column;
        }
        while (mapping.columns.size() < headers.size()) {
            mapping.columns << ColumnMapping{};
        }
    } else {
        // The hand-written form: {"Header": "target"} in any order, other columns ignored.
        mapping.columns.resize(headers.size());
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            const QString wanted = it.key().trimmed();
            QList<int> matches;
            for (int i = 0; i < headers.size(); ++i) {
                if (headers.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
                    matches << i;
                }
            }
            if (matches.isEmpty()) {
                for (int i = 0; i < headers.size(); ++i) {
                    if (HeaderSynonyms::fold(headers.at(i)) == HeaderSynonyms::fold(wanted)) {
                        matches << i;
                    }
                }
            }
            if (matches.isEmpty()) {
                *error
                    = MappingTr::tr("The mapping names the column \"%1\", which the file does not have.").arg(wanted);
                return false;
            }
            for (const int i : std::as_const(matches)) {
                ColumnMapping column;
                if (!parseColumn(it.value(), columnName(headers, i), &column, &problem)) {
                    *error = problem;
                    return false;
                }
                mapping.columns[i] = column;
            }
        }
    }
    *out = mapping;
    return true;
}

QString ImportMapping::headerKey(const QStringList &headers)
{
    QStringList folded;
    folded.reserve(headers.size());
    for (const QString &h : headers) {
        folded << TextFolding::sortKey(h);
    }
    // The unit separator never occurs in a header a person typed.
    return folded.join(QChar(0x1f));
}

QList<ImportTargets::Target> ImportTargets::all(ContactKind kind)
{
    QList<Target> out;
    for (const TargetInfo &t : kTargets) {
        if (kind == ContactKind::Person ? t.person : t.company) {
            const QString key = QString::fromUtf16(t.key);
            QString text = label(key);
            if (key == u"name"_s && kind == ContactKind::Person) {
                text = TargetsTr::tr("Display name");
            }
            out << Target{key, text, t.hasLabel};
        }
    }
    return out;
}

QString ImportTargets::label(const QString &key)
{
    if (key.startsWith(u"social."_s)) {
        return socialName(key.mid(7));
    }
    if (key == u"custom.new"_s) {
        return TargetsTr::tr("New custom field");
    }
    if (key.startsWith(u"custom."_s)) {
        return TargetsTr::tr("Custom field");
    }
    const TargetInfo *t = findTarget(key);
    return t && t->label ? TargetsTr::tr(t->label) : key;
}

bool ImportTargets::isKnown(const QString &key)
{
    static const QRegularExpression customId(u"^custom\\.[1-9][0-9]*$"_s);
    return findTarget(key) || key == u"custom.new"_s || customId.match(key).hasMatch();
}

QString ImportTargets::exportHeader(const ColumnMapping &column, const QString &customFieldName)
{
    const QString &key = column.target;
    const int n = column.group;
    if (key == u"custom.new"_s) {
        return column.label;
    }
    if (key.startsWith(u"custom."_s)) {
        return customFieldName.isEmpty() ? key : customFieldName;
    }
    if (key.startsWith(u"social."_s)) {
        return socialName(key.mid(7));
    }
    // Numbered columns: one per value of a multi-valued field ("E-mail 2", "Address 1 city").
    struct Numbered
    {
        const char16_t *key;
        const char *numbered;
        const char *single;
    };
    static const Numbered numbered[] = {
        {u"email", QT_TRANSLATE_NOOP("ImportTargets", "E-mail %1"), QT_TRANSLATE_NOOP("ImportTargets", "E-mail")},
        {u"email_label",
            QT_TRANSLATE_NOOP("ImportTargets", "E-mail %1 label"),
            QT_TRANSLATE_NOOP("ImportTargets", "E-mail label")},
        {u"phone", QT_TRANSLATE_NOOP("ImportTargets", "Phone %1"), QT_TRANSLATE_NOOP("ImportTargets", "Phone")},
        {u"phone_label",
            QT_TRANSLATE_NOOP("ImportTargets", "Phone %1 label"),
            QT_TRANSLATE_NOOP("ImportTargets", "Phone label")},
        {u"street",
            QT_TRANSLATE_NOOP("ImportTargets", "Address %1 street"),
            QT_TRANSLATE_NOOP("ImportTargets", "Street")},
        {u"postal_code",
            QT_TRANSLATE_NOOP("ImportTargets", "Address %1 postal code"),
            QT_TRANSLATE_NOOP("ImportTargets", "Postal code")},
        {u"city", QT_TRANSLATE_NOOP("ImportTargets", "Address %1 city"), QT_TRANSLATE_NOOP("ImportTargets", "City")},
        {u"region",
            QT_TRANSLATE_NOOP("ImportTargets", "Address %1 region"),
            QT_TRANSLATE_NOOP("ImportTargets", "Region")},
        {u"country",
            QT_TRANSLATE_NOOP("ImportTargets", "Address %1 country"),
            QT_TRANSLATE_NOOP("ImportTargets", "Country")},
        {u"address", QT_TRANSLATE_NOOP("ImportTargets", "Address %1"), QT_TRANSLATE_NOOP("ImportTargets", "Address")},
        {u"address_label",
            QT_TRANSLATE_NOOP("ImportTargets", "Address %1 label"),
            QT_TRANSLATE_NOOP("ImportTargets", "Address label")},
    };
    for (const Numbered &entry : numbered) {
        if (key == QString::fromUtf16(entry.key)) {
            return n > 0 ? TargetsTr::tr(entry.numbered).arg(n) : TargetsTr::tr(entry.single);
        }
    }
    if (key == u"kind"_s) {
        return TargetsTr::tr("Kind");
    }
    const TargetInfo *t = findTarget(key);
    return t && t->label ? TargetsTr::tr(t->label) : key;
}

} // namespace Kontor
