#include "Error.h"

#include <QCoreApplication>

namespace Kontor {

namespace {
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Error)
};
} // namespace

QString Error::toString() const
{
    QStringList where;
    if (!location.file.isEmpty()) {
        where << location.file;
    }
    if (location.row >= 0) {
        where << ErrorText::tr("row %1").arg(location.row);
    }
    if (!location.field.isEmpty() || !location.fieldLabel.isEmpty()) {
        where
            << ErrorText::tr("field \"%1\"").arg(location.fieldLabel.isEmpty() ? location.field : location.fieldLabel);
    }
    if (where.isEmpty()) {
        return message;
    }
    //: %1 is a location such as "contacts.csv, row 17, field "E-mail"", %2 the error message
    return ErrorText::tr("%1: %2").arg(where.join(u", "), message);
}

Error makeError(Error::Code code, const QString &message, const QString &detail, const ErrorLocation &where)
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    e.location = where;
    return e;
}

Error invalidField(const QString &field, const QString &message, const QString &fieldLabel)
{
    ErrorLocation where;
    where.field = field;
    where.fieldLabel = fieldLabel;
    return makeError(Error::Code::Invalid, message, {}, where);
}

} // namespace Kontor
