#pragma once

#include "EmailCheck.h"
#include "Result.h"

#include <QList>

namespace Kontor {

class Database;

// The stored results of e-mail verification, for the desktop and the command line to show. Writing them is the
// bulk action's (BulkService, through EmailCheckRepository). Fails with Error::Code::Storage when the database
// does.
class EmailCheckService
{
public:
    explicit EmailCheckService(Database &db);

    // The last check of each of the contact's addresses, in the contact's order; never-checked ones are absent.
    Result<QList<EmailCheck>> forContact(qint64 contactId) const;

private:
    Database &m_db;
};

} // namespace Kontor
