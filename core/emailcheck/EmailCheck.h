#pragma once

#include <QString>

namespace Kontor {

// The result of verifying one e-mail address (EmailVerifier), stored per address in `email_checks` (schema 6)
// and filterable as the field "email_status".
enum class EmailCheckStatus
{
    Valid, // syntax fine, not a disposable-mail domain, the domain has an MX or A record
    Invalid, // bad syntax, a disposable-mail domain, or the domain does not exist / receives no mail
    Unknown, // the lookup could not be done (offline, time-out, server failure): not "invalid"
};

QString emailCheckStatusKey(EmailCheckStatus status); // "valid", "invalid", "unknown"
bool emailCheckStatusFromKey(const QString &key, EmailCheckStatus *out);
QString emailCheckStatusLabel(EmailCheckStatus status); // translated

struct EmailCheck
{
    QString email; // as written on the contact
    EmailCheckStatus status = EmailCheckStatus::Unknown;
    QString reason; // translated: why invalid or unknown ("The domain example.invalid does not exist.")
    qint64 checkedAt = 0; // UTC ms
};

} // namespace Kontor
