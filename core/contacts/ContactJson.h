#pragma once

#include "Contact.h"
#include "Result.h"
#include "Session.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Kontor {

class Database;

// The JSON form of a contact that `kontor-cli --json` prints and scripts read (docs/cli.md describes every key).
// Keys are snake_case and always present; unknown or absent values are "" for text, [] / {} for lists and maps
// and null for company, birthday, owner, deleted_at and a phone's e164. References are written by name:
// the owner and followers as user names, custom fields as "field name": canonical value.
class ContactJson
{
public:
    // Resolves user and custom field names through UserService and CustomFieldService, once per instance.
    ContactJson(Database &db, Session session);

    // Fails with the storage error of the name lookups; the contact itself cannot make it fail.
    Result<QJsonObject> toJson(const Contact &contact);

    // The conversion itself, with the names supplied by the caller (an unset function names nothing).
    static QJsonObject toJson(const Contact &contact,
        const std::function<QString(qint64)> &userName,
        const std::function<QString(qint64)> &customFieldName);

    static QString kindKey(ContactKind kind); // "person" or "company"
    // ISO 8601 in UTC with milliseconds, "2025-11-23T09:30:00.000Z"; "" for 0.
    static QString timestamp(qint64 utcMs);

private:
    Result<void> loadNames();

    Database &m_db;
    Session m_session;
    bool m_namesLoaded = false;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_fieldNames;
};

} // namespace Kontor
