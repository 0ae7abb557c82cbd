#include "EmailCheckService.h"

#include "EmailCheckRepository.h"

namespace Kontor {

EmailCheckService::EmailCheckService(Database &db)
    : m_db(db)
{}

Result<QList<EmailCheck>> EmailCheckService::forContact(qint64 contactId) const
{
    return EmailCheckRepository(m_db).forContact(contactId);
}

} // namespace Kontor
