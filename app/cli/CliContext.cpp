#include "CliContext.h"

#include "contacts/ContactService.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

Result<Contact> CliContext::resolve(const QString &id) const
{
    const QString text = id.trimmed();
    bool isRowId = false;
    const qint64 rowId = text.toLongLong(&isRowId);
    Result<Contact> found = isRowId ? contacts.load(rowId) : contacts.loadByUuid(text);
    if (!found && found.error().code == Error::Code::NotFound) {
        // The core's message does not know which spelling of the id the user typed; say it back.
        return makeError(Error::Code::NotFound, tr("There is no contact with the id \"%1\".").arg(text));
    }
    return found;
}

Result<QList<Contact>> CliContext::resolveAll(const QStringList &ids) const
{
    QList<Contact> out;
    for (const QString &id : ids) {
        auto c = resolve(id);
        if (!c) {
            return c.error();
        }
        out << *c;
    }
    return out;
}

} // namespace Kontor
