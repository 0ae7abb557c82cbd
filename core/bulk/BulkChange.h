#pragma once

#include "BulkAction.h"
#include "Contact.h"

#include <QCoreApplication>

namespace Kontor {

// What a bulk action does to one contact, in memory: the field actions (tags, owner, followers, contact type,
// lead, do not disturb). The company, delete and e-mail actions work on whole chunks (BulkRunner).
class BulkChange
{
    Q_DECLARE_TR_FUNCTIONS(BulkChange)

public:
    // Changes `contact` as the action says. Returns the translated reason the contact is left as it is
    // ("already has the tag"), or an empty string when it changed. `userName`: the name of action.userId.
    static QString apply(const BulkAction &action, Contact &contact, const QString &userName);

    // Why a contact is not linked to (or unlinked from) a company; empty when it will be.
    static QString companySkipReason(
        const BulkAction &action, ContactKind kind, qint64 currentCompanyId, qint64 targetCompanyId);

    // Contacts deleted for good or moved to the trash since the job was created.
    static QString deletedReason();
    static QString inTrashReason();
};

} // namespace Kontor
