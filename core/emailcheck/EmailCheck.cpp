#include "EmailCheck.h"

#include <QCoreApplication>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailCheck)
};
} // namespace

QString emailCheckStatusKey(EmailCheckStatus status)
{
    switch (status) {
    case EmailCheckStatus::Valid:
        return u"valid"_s;
    case EmailCheckStatus::Invalid:
        return u"invalid"_s;
    case EmailCheckStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool emailCheckStatusFromKey(const QString &key, EmailCheckStatus *out)
{
    for (const auto status : {EmailCheckStatus::Valid, EmailCheckStatus::Invalid, EmailCheckStatus::Unknown}) {
        if (key.compare(emailCheckStatusKey(status), Qt::CaseInsensitive) == 0) {
            *out = status;
            return true;
        }
    }
    return false;
}

QString emailCheckStatusLabel(EmailCheckStatus status)
{
    switch (status) {
    case EmailCheckStatus::Valid:
        return Tr::tr("valid", "e-mail check");
    case EmailCheckStatus::Invalid:
        return Tr::tr("invalid", "e-mail check");
    case EmailCheckStatus::Unknown:
        break;
    }
    return Tr::tr("unknown", "e-mail check");
}

} // namespace Kontor
