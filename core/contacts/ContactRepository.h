#pragma once

#include "Contact.h"
#include "ContactSummary.h"
#include "Result.h"

#include <QHash>

namespace Kontor {

class Database;
namespace ContactFields {
struct References;
}

// The SQL of the contact aggregate: the contacts row, its parts (e-mails, phones, addresses, social profiles,
// tags, followers, custom values, photo) and its search document. Only ContactService calls the writing
// functions, inside a UnitOfWork; reads may be used by any core service.
class ContactRepository
{
public:
    explicit ContactRepository(Database &db);

    Result<qint64> insert(const Contact &contact);
    Result<void> update(const Contact &contact); // row and all parts
    Result<void> setTrashed(qint64 id, qint64 at, qint64 by); // at == 0 restores
    Result<void> remove(qint64 id); // hard delete; parts cascade
    // Only the link to a company (0: none), as a save of the person at `at`.
    Result<void> setCompany(qint64 id, qint64 companyId, qint64 at, qint64 by);
    // Notes and other activities on a contact that do not save the contact itself.
    Result<void> setLastActivity(qint64 id, qint64 at);
    Result<void> updateSearchDocument(const Contact &contact);

    Result<Contact> load(qint64 id);
    Result<qint64> idForUuid(const QString &uuid);
    Result<QList<qint64>> trashedBefore(qint64 cutoffMs);
    Result<QList<qint64>> personsOfCompany(qint64 companyId);
    // Matching ignores case and spacing; 0 when there is none.
    Result<qint64> findCompanyByName(const QString &name);

    QString companyName(qint64 id);
    QString companyUuid(qint64 id);
    QString userName(qint64 id);
    QString userUuid(qint64 id);
    QString customFieldUuid(qint64 id);
    QString customFieldName(const QString &uuid);
    // The lookups above as the references ContactFields::snapshot needs; valid while this repository lives.
    ContactFields::References references();

private:
    Result<void> writeParts(const Contact &c, bool replace);
    Result<void> loadParts(Contact &c);
    QString lookup(QHash<qint64, QString> &cache, const QString &sql, qint64 id);

    Database &m_db;
    QHash<qint64, QString> m_userNames;
    QHash<qint64, QString> m_userUuids;
    QHash<qint64, QString> m_fieldUuids;
    QHash<qint64, QString> m_companyUuids;
};

} // namespace Kontor
