#include "ContactJson.h"

#include "customfields/CustomFieldService.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QJsonArray>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray emailsJson(const QList<EmailAddress> &emails)
{
    QJsonArray out;
    for (const auto &e : emails) {
        out.append(QJsonObject{{u"value"_s, e.value}, {u"label"_s, e.label}, {u"primary"_s, e.primary}});
    }
    return out;
}

QJsonArray phonesJson(const QList<PhoneNumber> &phones)
{
    QJsonArray out;
    for (const auto &p : phones) {
        out.append(QJsonObject{
            {u"e164"_s, textOrNull(p.e164)}, {u"raw"_s, p.raw}, {u"label"_s, p.label}, {u"primary"_s, p.primary}});
    }
    return out;
}

QJsonArray addressesJson(const QList<PostalAddress> &addresses)
{
    QJsonArray out;
    for (const auto &a : addresses) {
        out.append(QJsonObject{{u"street"_s, a.street},
            {u"postal_code"_s, a.postalCode},
            {u"city"_s, a.city},
            {u"region"_s, a.region},
            {u"country"_s, a.country},
            {u"label"_s, a.label}});
    }
    return out;
}

QJsonObject dndJson(DndChannels dnd)
{
    return QJsonObject{{u"all"_s, dnd.testFlag(DndChannel::All)},
        {u"email"_s, dnd.testFlag(DndChannel::Email)},
        {u"sms"_s, dnd.testFlag(DndChannel::Sms)},
        {u"calls"_s, dnd.testFlag(DndChannel::Calls)},
        {u"whatsapp"_s, dnd.testFlag(DndChannel::WhatsApp)}};
}

QString nameOf(const std::function<QString(qint64)> &lookup, qint64 id)
{
    return lookup ? lookup(id) : QString();
}

} // namespace

ContactJson::ContactJson(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

QString ContactJson::kindKey(ContactKind kind)
{
    return kind == ContactKind::Company ? u"company"_s : u"person"_s;
}

QString ContactJson::timestamp(qint64 utcMs)
{
    if (utcMs == 0) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject ContactJson::toJson(const Contact &c,
    const std::function<QString(qint64)> &userName,
    const std::function<QString(qint64)> &customFieldName)
{
    QJsonObject social;
    for (auto it = c.socialProfiles.cbegin(); it != c.socialProfiles.cend(); ++it) {
        social.insert(it.key(), it.value());
    }
    QJsonArray followers;
    for (qint64 id : c.followerIds) {
        followers.append(nameOf(userName, id));
    }
    QJsonObject custom;
    for (auto it = c.customValues.cbegin(); it != c.customValues.cend(); ++it) {
        QString name = nameOf(customFieldName, it.key());
        // A value whose definition is gone still shows up, under its id, rather than vanishing silently.
        custom.insert(name.isEmpty() ? u"#%1"_s.arg(it.key()) : name, it.value());
    }

    QJsonObject o;
    o.insert(u"id"_s, c.uuid);
    o.insert(u"kind"_s, kindKey(c.kind));
    o.insert(u"salutation"_s, c.salutation);
    o.insert(u"title"_s, c.title);
    o.insert(u"first_name"_s, c.firstName);
    o.insert(u"middle_name"_s, c.middleName);
    o.insert(u"last_name"_s, c.lastName);
    o.insert(u"display_name"_s, c.displayName);
    o.insert(u"company"_s, textOrNull(c.companyName));
    o.insert(u"job_title"_s, c.jobTitle);
    o.insert(u"department"_s, c.department);
    o.insert(u"emails"_s, emailsJson(c.emails));
    o.insert(u"phones"_s, phonesJson(c.phones));
    o.insert(u"addresses"_s, addressesJson(c.addresses));
    o.insert(u"birthday"_s, textOrNull(c.birthday.toIsoString()));
    o.insert(u"website"_s, c.website);
    o.insert(u"social"_s, social);
    o.insert(u"source"_s, c.source);
    o.insert(u"contact_type"_s, c.contactType);
    o.insert(u"lead"_s, c.lead);
    o.insert(u"owner"_s, c.ownerId ? textOrNull(nameOf(userName, c.ownerId)) : QJsonValue(QJsonValue::Null));
    o.insert(u"followers"_s, followers);
    o.insert(u"tags"_s, QJsonArray::fromStringList(c.tags));
    o.insert(u"dnd"_s, dndJson(c.dnd));
    o.insert(u"description"_s, c.description);
    o.insert(u"custom"_s, custom);
    o.insert(u"created_at"_s, timestamp(c.createdAt));
    o.insert(u"updated_at"_s, timestamp(c.updatedAt));
    o.insert(u"deleted_at"_s, textOrNull(timestamp(c.deletedAt)));
    return o;
}

Result<QJsonObject> ContactJson::toJson(const Contact &contact)
{
    if (auto loaded = loadNames(); !loaded) {
        return loaded.error();
    }
    const auto userName = [this](qint64 id) { return m_userNames.value(id); };
    const auto fieldName = [this](qint64 id) { return m_fieldNames.value(id); };
    return toJson(contact, userName, fieldName);
}

Result<void> ContactJson::loadNames()
{
    if (m_namesLoaded) {
        return {};
    }
    auto users = UserService(m_db).list();
    if (!users) {
        return users.error();
    }
    for (const User &u : *users) {
        m_userNames.insert(u.id, u.name);
    }
    auto fields = CustomFieldService(m_db, m_session).fields();
    if (!fields) {
        return fields.error();
    }
    for (const CustomField &f : *fields) {
        m_fieldNames.insert(f.id, f.name);
    }
    m_namesLoaded = true;
    return {};
}

} // namespace Kontor
