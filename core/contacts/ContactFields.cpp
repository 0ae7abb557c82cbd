#include "ContactFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactFields)
};

void putText(QJsonObject &out, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        out.insert(key, value);
    }
}

QString call(const std::function<QString(qint64)> &f, qint64 id)
{
    return (f && id) ? f(id) : QString::number(id);
}

QJsonValue dndValue(DndChannels dnd)
{
    QJsonArray channels;
    const std::pair<DndChannel, const char16_t *> names[] = {
        {DndChannel::All, u"all"},
        {DndChannel::Email, u"email"},
        {DndChannel::Sms, u"sms"},
        {DndChannel::Calls, u"calls"},
        {DndChannel::WhatsApp, u"whatsapp"},
    };
    for (const auto &[flag, name] : names) {
        if (dnd.testFlag(flag)) {
            channels.append(QString::fromUtf16(name));
        }
    }
    return channels;
}
} // namespace

QStringList ContactFields::builtInKeys()
{
    return {u"kind"_s,
        u"salutation"_s,
        u"title"_s,
        u"first_name"_s,
        u"middle_name"_s,
        u"last_name"_s,
        u"display_name"_s,
        u"display_name_manual"_s,
        u"job_title"_s,
        u"department"_s,
        u"company"_s,
        u"emails"_s,
        u"phones"_s,
        u"addresses"_s,
        u"birthday"_s,
        u"website"_s,
        u"social"_s,
        u"source"_s,
        u"contact_type"_s,
        u"lead"_s,
        u"owner"_s,
        u"followers"_s,
        u"tags"_s,
        u"dnd"_s,
        u"description"_s,
        u"photo"_s};
}

QString ContactFields::label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {u"kind"_s, QT_TRANSLATE_NOOP("ContactFields", "Kind")},
        {u"salutation"_s, QT_TRANSLATE_NOOP("ContactFields", "Salutation")},
        {u"title"_s, QT_TRANSLATE_NOOP("ContactFields", "Title")},
        {u"first_name"_s, QT_TRANSLATE_NOOP("ContactFields", "First name")},
        {u"middle_name"_s, QT_TRANSLATE_NOOP("ContactFields", "Middle name")},
        {u"last_name"_s, QT_TRANSLATE_NOOP("ContactFields", "Last name")},
        {u"display_name"_s, QT_TRANSLATE_NOOP("ContactFields", "Display name")},
        {u"display_name_manual"_s, QT_TRANSLATE_NOOP("ContactFields", "Display name set by hand")},
        {u"job_title"_s, QT_TRANSLATE_NOOP("ContactFields", "Job title")},
        {u"department"_s, QT_TRANSLATE_NOOP("ContactFields", "Department")},
        {u"company"_s, QT_TRANSLATE_NOOP("ContactFields", "Company")},
        {u"emails"_s, QT_TRANSLATE_NOOP("ContactFields", "E-mail addresses")},
        {u"phones"_s, QT_TRANSLATE_NOOP("ContactFields", "Phone numbers")},
        {u"addresses"_s, QT_TRANSLATE_NOOP("ContactFields", "Addresses")},
        {u"birthday"_s, QT_TRANSLATE_NOOP("ContactFields", "Birthday")},
        {u"website"_s, QT_TRANSLATE_NOOP("ContactFields", "Website")},
        {u"social"_s, QT_TRANSLATE_NOOP("ContactFields", "Social profiles")},
        {u"source"_s, QT_TRANSLATE_NOOP("ContactFields", "Source")},
        {u"contact_type"_s, QT_TRANSLATE_NOOP("ContactFields", "Contact type")},
        {u"lead"_s, QT_TRANSLATE_NOOP("ContactFields", "Lead")},
        {u"owner"_s, QT_TRANSLATE_NOOP("ContactFields", "Owner")},
        {u"followers"_s, QT_TRANSLATE_NOOP("ContactFields", "Followers")},
        {u"tags"_s, QT_TRANSLATE_NOOP("ContactFields", "Tags")},
        {u"dnd"_s, QT_TRANSLATE_NOOP("ContactFields", "Do not disturb")},
        {u"description"_s, QT_TRANSLATE_NOOP("ContactFields", "Description")},
        {u"photo"_s, QT_TRANSLATE_NOOP("ContactFields", "Photo")},
        {u"name"_s, QT_TRANSLATE_NOOP("ContactFields", "Name")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : Tr::tr(it.value());
}

QJsonObject ContactFields::snapshot(const Contact &c, const References &refs, Purpose purpose)
{
    const bool sync = purpose == Purpose::Sync;
    QJsonObject out;
    out.insert(u"kind"_s, c.isCompany() ? u"company"_s : u"person"_s);
    putText(out, u"salutation"_s, c.salutation);
    putText(out, u"title"_s, c.title);
    putText(out, u"first_name"_s, c.firstName);
    putText(out, u"middle_name"_s, c.middleName);
    putText(out, u"last_name"_s, c.lastName);
    putText(out, u"display_name"_s, c.displayName);
    if (c.displayNameManual) {
        out.insert(u"display_name_manual"_s, true);
    }
    putText(out, u"job_title"_s, c.jobTitle);
    putText(out, u"department"_s, c.department);
    if (c.companyId) {
        out.insert(u"company"_s, sync ? call(refs.companyUuid, c.companyId) : call(refs.companyName, c.companyId));
    }
    if (!c.emails.isEmpty()) {
        QJsonArray a;
        for (const auto &e : c.emails) {
            a.append(QJsonObject{{u"value"_s, e.value}, {u"label"_s, e.label}, {u"primary"_s, e.primary}});
        }
        out.insert(u"emails"_s, a);
    }
    if (!c.phones.isEmpty()) {
        QJsonArray a;
        for (const auto &p : c.phones) {
            a.append(
                QJsonObject{{u"raw"_s, p.raw}, {u"e164"_s, p.e164}, {u"label"_s, p.label}, {u"primary"_s, p.primary}});
        }
        out.insert(u"phones"_s, a);
    }
    if (!c.addresses.isEmpty()) {
        QJsonArray a;
        for (const auto &ad : c.addresses) {
            a.append(QJsonObject{{u"street"_s, ad.street},
                {u"postal_code"_s, ad.postalCode},
                {u"city"_s, ad.city},
                {u"region"_s, ad.region},
                {u"country"_s, ad.country},
                {u"label"_s, ad.label}});
        }
        out.insert(u"addresses"_s, a);
    }
    putText(out, u"birthday"_s, c.birthday.toIsoString());
    putText(out, u"website"_s, c.website);
    if (!c.socialProfiles.isEmpty()) {
        QJsonObject s;
        for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
            s.insert(it.key(), it.value());
        }
        out.insert(u"social"_s, s);
    }
    putText(out, u"source"_s, c.source);
    putText(out, u"contact_type"_s, c.contactType);
    if (c.lead) {
        out.insert(u"lead"_s, true);
    }
    if (c.ownerId) {
        out.insert(u"owner"_s, sync ? call(refs.userUuid, c.ownerId) : call(refs.userName, c.ownerId));
    }
    if (!c.followerIds.isEmpty()) {
        QJsonArray a;
        for (const qint64 id : c.followerIds) {
            a.append(sync ? call(refs.userUuid, id) : call(refs.userName, id));
        }
        out.insert(u"followers"_s, a);
    }
    if (!c.tags.isEmpty()) {
        out.insert(u"tags"_s, QJsonArray::fromStringList(c.tags));
    }
    if (c.dnd) {
        out.insert(u"dnd"_s, dndValue(c.dnd));
    }
    putText(out, u"description"_s, c.description);
    if (!c.photo.isEmpty()) {
        out.insert(u"photo"_s,
            sync ? QString::fromLatin1(c.photo.toBase64())
                 : Tr::tr("Image, %1 KB").arg((c.photo.size() + 1023) / 1024) + u" #"_s
                    + QString::number(qHash(c.photo), 16));
    }
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it) {
        if (!it.value().isEmpty()) {
            out.insert(u"custom."_s + call(refs.customFieldUuid, it.key()), it.value());
        }
    }
    return out;
}

QString ContactFields::displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &item : value.toArray()) {
            if (item.isObject()) {
                const QJsonObject o = item.toObject();
                // e-mail / phone / address in one readable line
                QStringList fields;
                for (const char16_t *k : {u"value", u"e164", u"street", u"postal_code", u"city", u"country"}) {
                    const QString v = o.value(QString::fromUtf16(k)).toString();
                    if (!v.isEmpty()) {
                        fields << v;
                    }
                }
                if (fields.isEmpty()) {
                    fields << o.value(u"raw"_s).toString();
                }
                QString line = fields.join(u", "_s);
                const QString labelText = o.value(u"label"_s).toString();
                if (!labelText.isEmpty()) {
                    line += u" ("_s + labelText + u')';
                }
                parts << line;
            } else {
                parts << item.toVariant().toString();
            }
        }
        return parts.join(u"; "_s);
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            parts << it.key() + u": "_s + it.value().toVariant().toString();
        }
        return parts.join(u"; "_s);
    }
    }
    return {};
}

} // namespace Kontor
