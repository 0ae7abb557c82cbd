#include "EmailCheckRepository.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
EmailCheck readCheck(const QSqlQuery &q)
{
    EmailCheck check;
    check.email = q.value(0).toString();
    emailCheckStatusFromKey(q.value(1).toString(), &check.status);
    check.reason = q.value(2).toString();
    check.checkedAt = q.value(3).toLongLong();
    return check;
}
} // namespace

EmailCheckRepository::EmailCheckRepository(Database &db)
    : m_db(db)
{}

Result<void> EmailCheckRepository::store(const QList<EmailCheck> &checks)
{
    auto &q = m_db.prepared(u"INSERT INTO email_checks(email, status, reason, checked_at) VALUES (?, ?, ?, ?)"
                            " ON CONFLICT(email) DO UPDATE SET status = excluded.status, reason = excluded.reason,"
                            " checked_at = excluded.checked_at"_s);
    for (const auto &check : checks) {
        // The same folding as contact_emails.value_folded (ContactRepository), so the join needs no function.
        q.addBindValue(check.email.toCaseFolded());
        q.addBindValue(emailCheckStatusKey(check.status));
        q.addBindValue(check.reason.isEmpty() ? u""_s : check.reason); // a null QString binds NULL
        q.addBindValue(check.checkedAt);
        if (!q.exec()) {
            return storageError(q);
        }
    }
    return {};
}

Result<QHash<QString, EmailCheck>> EmailCheckRepository::find(const QStringList &emails) const
{
    QHash<QString, EmailCheck> out;
    auto &q = m_db.prepared(u"SELECT email, status, reason, checked_at FROM email_checks WHERE email = ?"_s);
    for (const auto &email : emails) {
        q.addBindValue(email.toCaseFolded());
        if (!q.exec()) {
            return storageError(q);
        }
        if (q.next()) {
            EmailCheck check = readCheck(q);
            check.email = email;
            out.insert(email, check);
        }
        q.finish();
    }
    return out;
}

Result<QList<EmailCheck>> EmailCheckRepository::forContact(qint64 contactId) const
{
    auto &q = m_db.prepared(u"SELECT e.value, k.status, k.reason, k.checked_at FROM contact_emails e"
                            " JOIN email_checks k ON k.email = e.value_folded WHERE e.contact_id = ?"
                            " ORDER BY e.position"_s);
    q.addBindValue(contactId);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<EmailCheck> out;
    while (q.next()) {
        out << readCheck(q);
    }
    q.finish();
    return out;
}

} // namespace Kontor
