#include "ImportRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

ImportRepository::ImportRepository(Database &db)
    : m_db(db)
{}

Result<qint64> ImportRepository::firstId(const QString &sql, const QString &value, ContactKind kind)
{
    QSqlQuery &q = m_db.prepared(sql);
    q.addBindValue(value);
    q.addBindValue(int(kind));
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<qint64> ImportRepository::contactByEmail(const QString &foldedEmail, ContactKind kind)
{
    // contact_emails_value drives the lookup; the join only filters kind and trash.
    return firstId(u"SELECT c.id FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
                   " WHERE e.value_folded = ? AND c.kind = ? AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1"_s,
        foldedEmail,
        kind);
}

Result<qint64> ImportRepository::contactByPhone(const QString &e164, ContactKind kind)
{
    // The condition e164 <> '' lets SQLite use the partial index contact_phones_e164.
    return firstId(u"SELECT c.id FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
                   " WHERE p.e164 = ? AND p.e164 <> '' AND c.kind = ? AND c.deleted_at IS NULL"
                   " ORDER BY c.id LIMIT 1"_s,
        e164,
        kind);
}

Result<QList<ImportRepository::Company>> ImportRepository::companies()
{
    QSqlQuery &q
        = m_db.prepared(u"SELECT id, display_name FROM contacts WHERE kind = 1 AND deleted_at IS NULL ORDER BY id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Company> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    q.finish();
    return out;
}

} // namespace Kontor
