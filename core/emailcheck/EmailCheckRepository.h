#pragma once

#include "EmailCheck.h"
#include "Result.h"

#include <QHash>
#include <QList>

namespace Kontor {

class Database;

// The SQL of `email_checks` (schema 6): the last verification of each address, keyed by the folded address
// (contact_emails.value_folded), so every contact with that address shares it. No transactions of its own:
// BulkService writes inside its chunk's UnitOfWork.
class EmailCheckRepository
{
public:
    explicit EmailCheckRepository(Database &db);

    Result<void> store(const QList<EmailCheck> &checks); // replaces earlier results of the same addresses
    // The stored results of these addresses (keyed by the address as given); addresses never checked are absent.
    Result<QHash<QString, EmailCheck>> find(const QStringList &emails) const;
    // The results of one contact's addresses, in the contact's order; never-checked addresses are absent.
    Result<QList<EmailCheck>> forContact(qint64 contactId) const;

private:
    Database &m_db;
};

} // namespace Kontor
