#pragma once

#include "EmailCheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Kontor {

class DomainResolver;
enum class DomainLookup;

// Verifies e-mail addresses: the syntax (EmailValidator), the list of disposable-mail domains shipped as a
// resource (":/kontor/disposable-domains.txt"), and one DNS lookup per distinct domain, remembered for the
// verifier's lifetime (a bulk job keeps one verifier for all its chunks). Offline, a domain is Unknown, never
// Invalid. Never fails: every address gets a status and, unless valid, a translated reason.
class EmailVerifier
{
    Q_DECLARE_TR_FUNCTIONS(EmailVerifier)

public:
    static constexpr int LookupTimeoutMs = 5000;

    // resolver nullptr: DNS (DnsDomainResolver). The resolver must outlive the verifier.
    explicit EmailVerifier(DomainResolver *resolver = nullptr);
    ~EmailVerifier();

    static bool isDisposableDomain(const QString &domain); // case-insensitive; subdomains of listed ones too

    QList<EmailCheck> verify(const QStringList &emails, qint64 checkedAt);

private:
    DomainResolver *m_resolver;
    std::unique_ptr<DomainResolver> m_ownResolver;
    QHash<QString, DomainLookup> m_cache;
};

} // namespace Kontor
