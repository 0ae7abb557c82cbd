// ContactFields::applyValue, the inverse of snapshot(Sync). Split from ContactFields.cpp by direction.
#include "ContactFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

qint64 resolve(const std::function<qint64(const QString &)> &f, const QString &uuid)
{
    return (f && !uuid.isEmpty()) ? f(uuid) : 0;
}

// A text field: a string, or nothing for the empty text.
bool readText(const QJsonValue &v, QString *out)
{
    if (isEmptyValue(v)) {
        *out = QString();
        return true;
    }
    if (!v.isString()) {
        return false;
    }
    *out = v.toString();
    return true;
}

bool readFlag(const QJsonValue &v, bool *out)
{
    if (isEmptyValue(v)) {
        *out = false;
        return true;
    }
    if (!v.isBool()) {
        return false;
    }
    *out = v.toBool();
    return true;
}

// An array of objects (e-mails, phones, addresses), each read by `item`; nothing is the empty list.
template <typename T, typename ReadItem> bool readList(const QJsonValue &v, QList<T> *out, ReadItem item)
{
    out->clear();
    if (isEmptyValue(v)) {
        return true;
    }
    if (!v.isArray()) {
        return false;
    }
    for (const QJsonValue &element : v.toArray()) {
        if (!element.isObject()) {
            return false;
        }
        T value;
        if (!item(element.toObject(), &value)) {
            return false;
        }
        *out << value;
    }
    return true;
}

// The string members of an object; a member that is there but not a string is a wrong shape.
bool readMembers(const QJsonObject &o, std::initializer_list<std::pair<const char16_t *, QString *>> members)
{
    for (const auto &[name, target] : members) {
        if (!readText(o.value(QString::fromUtf16(name)), target)) {
            return false;
        }
    }
    return true;
}

bool readStrings(const QJsonValue &v, QStringList *out)
{
    out->clear();
    if (isEmptyValue(v)) {
        return true;
    }
    if (!v.isArray()) {
        return false;
    }
    for (const QJsonValue &element : v.toArray()) {
        if (!element.isString()) {
            return false;
        }
        *out << element.toString();
    }
    return true;
}

bool readDnd(const QJsonValue &v, DndChannels *out)
{
    QStringList names;
    if (!readStrings(v, &names)) {
        return false;
    }
    static const QHash<QString, DndChannel> channels = {
        {u"all"_s, DndChannel::All},
        {u"email"_s, DndChannel::Email},
        {u"sms"_s, DndChannel::Sms},
        {u"calls"_s, DndChannel::Calls},
        {u"whatsapp"_s, DndChannel::WhatsApp},
    };
    DndChannels dnd;
    for (const QString &name : std::as_const(names)) {
        const auto it = channels.constFind(name);
        if (it == channels.constEnd()) {
            return false;
        }
        dnd |= it.value();
    }
    *out = dnd;
    return true;
}

// The plain text fields, by key.
QString *textMember(Contact &c, const QString &key)
{
    static const QHash<QString, QString Contact::*> members = {
        {u"salutation"_s, &Contact::salutation},
        {u"title"_s, &Contact::title},
        {u"first_name"_s, &Contact::firstName},
        {u"middle_name"_s, &Contact::middleName},
        {u"last_name"_s, &Contact::lastName},
        {u"display_name"_s, &Contact::displayName},
        {u"job_title"_s, &Contact::jobTitle},
        {u"department"_s, &Contact::department},
        {u"website"_s, &Contact::website},
        {u"source"_s, &Contact::source},
        {u"contact_type"_s, &Contact::contactType},
        {u"description"_s, &Contact::description},
    };
    const auto it = members.constFind(key);
    return it == members.constEnd() ? nullptr : &(c.*(it.value()));
}

} // namespace

bool ContactFields::applyValue(Contact &c, const QString &key, const QJsonValue &value, const Resolvers &resolvers)
{
    if (QString *member = textMember(c, key)) {
        return readText(value, member);
    }
    if (key == u"kind") {
        QString kind;
        if (!readText(value, &kind)) {
            return false;
        }
        if (kind == u"company") {
            c.kind = ContactKind::Company;
        } else if (kind == u"person" || kind.isEmpty()) {
            c.kind = ContactKind::Person;
        } else {
            return false;
        }
        return true;
    }
    if (key == u"display_name_manual") {
        return readFlag(value, &c.displayNameManual);
    }
    if (key == u"lead") {
        return readFlag(value, &c.lead);
    }
    if (key == u"company") {
        QString uuid;
        if (!readText(value, &uuid)) {
            return false;
        }
        c.companyId = resolve(resolvers.companyId, uuid);
        // The loaded name would make ContactService link the person by name again.
        c.companyName.clear();
        return true;
    }
    if (key == u"owner") {
        QString uuid;
        if (!readText(value, &uuid)) {
            return false;
        }
        c.ownerId = resolve(resolvers.userId, uuid);
        return true;
    }
    if (key == u"followers") {
        QStringList uuids;
        if (!readStrings(value, &uuids)) {
            return false;
        }
        QList<qint64> ids;
        for (const QString &uuid : std::as_const(uuids)) {
            if (const qint64 id = resolve(resolvers.userId, uuid); id && !ids.contains(id)) {
                ids << id;
            }
        }
        c.followerIds = ids;
        return true;
    }
    if (key == u"tags") {
        QStringList tags;
        if (!readStrings(value, &tags)) {
            return false;
        }
        c.tags = tags;
        return true;
    }
    if (key == u"emails") {
        QList<EmailAddress> emails;
        const bool ok = readList(value, &emails, [](const QJsonObject &o, EmailAddress *e) {
            if (!readMembers(o, {{u"value", &e->value}, {u"label", &e->label}})) {
                return false;
            }
            return readFlag(o.value(u"primary"_s), &e->primary);
        });
        if (ok) {
            c.emails = emails;
        }
        return ok;
    }
    if (key == u"phones") {
        QList<PhoneNumber> phones;
        const bool ok = readList(value, &phones, [](const QJsonObject &o, PhoneNumber *p) {
            if (!readMembers(o, {{u"raw", &p->raw}, {u"e164", &p->e164}, {u"label", &p->label}})) {
                return false;
            }
            return readFlag(o.value(u"primary"_s), &p->primary);
        });
        if (ok) {
            c.phones = phones;
        }
        return ok;
    }
    if (key == u"addresses") {
        QList<PostalAddress> addresses;
        const bool ok = readList(value, &addresses, [](const QJsonObject &o, PostalAddress *a) {
            return readMembers(o,
                {{u"street", &a->street},
                    {u"postal_code", &a->postalCode},
                    {u"city", &a->city},
                    {u"region", &a->region},
                    {u"country", &a->country},
                    {u"label", &a->label}});
        });
        if (ok) {
            c.addresses = addresses;
        }
        return ok;
    }
    if (key == u"birthday") {
        QString iso;
        Birthday birthday;
        if (!readText(value, &iso) || !Birthday::parseIso(iso, &birthday)) {
            return false;
        }
        c.birthday = birthday;
        return true;
    }
    if (key == u"social") {
        QMap<QString, QString> social;
        if (!isEmptyValue(value)) {
            if (!value.isObject()) {
                return false;
            }
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.value().isString()) {
                    return false;
                }
                social.insert(it.key(), it.value().toString());
            }
        }
        c.socialProfiles = social;
        return true;
    }
    if (key == u"dnd") {
        return readDnd(value, &c.dnd);
    }
    if (key == u"photo") {
        QString base64;
        if (!readText(value, &base64)) {
            return false;
        }
        const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return false;
        }
        c.photo = *decoded;
        return true;
    }
    if (key.startsWith(u"custom.")) {
        const qint64 fieldId = resolve(resolvers.customFieldId, key.mid(7));
        QString text;
        if (!fieldId || !readText(value, &text)) {
            return false; // a field this database does not know: nothing to set
        }
        if (text.isEmpty()) {
            c.customValues.remove(fieldId);
        } else {
            c.customValues.insert(fieldId, text);
        }
        return true;
    }
    return false;
}

} // namespace Kontor
