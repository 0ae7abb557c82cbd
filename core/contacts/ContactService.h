#pragma once

#include "Contact.h"
#include "ContactSummary.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

#include <functional>

namespace Kontor {

class Database;
class ContactRepository;

// The one write path for contacts (STYLE.md, "Layers"): every create, update, delete, restore and purge goes
// through here. Each call validates, normalises (display name, E.164, tags), writes in one UnitOfWork and
// appends the audit entries and change-log entries in the same transaction. Nothing is written when any
// check fails; errors are returned as Result with a translated message naming the field.
class ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ContactService)

public:
    static constexpr int TrashRetentionDays = 60;

    ContactService(Database &db, Session session);
    ~ContactService();

    const Session &session() const { return m_session; }
    // Default region for phone numbers without a country code ("DE"); from Settings.
    void setDefaultRegion(const QString &region) { m_region = region; }
    const QString &defaultRegion() const { return m_region; }

    // Fills generated fields (display name, E.164, sort key) and checks every rule. Writes nothing.
    // The error names the first offending field (ErrorLocation::field is the field key, e.g. "emails").
    Result<Contact> prepare(Contact contact) const;

    Result<Contact> create(Contact contact);
    Result<Contact> update(Contact contact);
    // All or nothing: one transaction for the whole list; the error's location.row is the 0-based index.
    Result<QList<qint64>> createMany(const QList<Contact> &contacts);

    // Links the persons to a company (companyId) or unlinks them from theirs (0), in one UnitOfWork, audited per
    // person as a change of the field "company". Companies in the list, trashed or unknown ids fail the whole
    // call with Invalid / NotFound. ChangeSet::updatedContacts holds the persons that changed and their old and
    // new companies (whose person counts changed).
    Result<void> setCompany(const QList<qint64> &personIds, qint64 companyId);
    // The company of that name (case-insensitive, not in the trash, the oldest of equal names); 0 when none.
    Result<qint64> findCompany(const QString &name) const;
    // Links a person to the company of that name, creating the company when none matches (case-insensitive).
    Result<qint64> companyIdForName(const QString &name);

    Result<Contact> load(qint64 id) const; // also finds trashed contacts
    Result<Contact> loadByUuid(const QString &uuid) const;
    Result<ContactPage> list(const ContactListQuery &query) const;
    Result<qint64> count(const ContactListQuery &query) const;
    // Every row the query finds (its limit is the page size), page by page along the keyset cursor: for
    // work on a whole list (its ids, a company's persons), not for tables, which page themselves.
    Result<QList<ContactSummary>> listAll(ContactListQuery query) const;

    // Trash: the contacts with their dependent records; persons of a trashed company keep their link.
    Result<void> moveToTrash(const QList<qint64> &ids);
    Result<void> restore(const QList<qint64> &ids);
    // Deletes for good what has been in the trash longer than TrashRetentionDays (by the database clock),
    // leaving a tombstone in the change log. Returns how many were purged.
    Result<int> purgeExpired();
    // Empties the given trashed contacts now (the user's "delete for good").
    Result<int> purge(const QList<qint64> &ids);

    // Field-level history of one contact, newest first.
    struct AuditEntry
    {
        qint64 at = 0;
        QString userName;
        QString origin;
        QString action; // create, update, trash, restore
        QString field;
        QString oldValue;
        QString newValue;
    };
    Result<QList<AuditEntry>> history(qint64 contactId, int limit = 500) const;

private:
    Result<void> writeTrashState(const QList<qint64> &ids, bool trashed);

    Database &m_db;
    Session m_session;
    QString m_region;
    ContactRepository *m_repo;
};

} // namespace Kontor
