#pragma once

#include <QHash>
#include <QStringList>

namespace Kontor {

// Whether a mail domain can receive mail, as DNS answers.
enum class DomainLookup
{
    ReceivesMail, // an MX record, or (no MX but) an A or AAAA record
    NoMail, // NXDOMAIN, or neither MX nor A/AAAA records (trusted only when the root servers resolve)
    Unreachable, // no answer: offline, time-out, server failure
};

// Looks up mail domains. The DNS implementation (DnsDomainResolver) uses QDnsLookup with a local event loop,
// so it can be called from any thread that has no event loop running; tests give their own resolver where a
// DNS server cannot run.
class DomainResolver
{
public:
    virtual ~DomainResolver() = default;
    // One answer per domain (ASCII/ACE form, lower case); all of them within about timeoutMs.
    virtual QHash<QString, DomainLookup> lookup(const QStringList &domains, int timeoutMs) = 0;
};

class DnsDomainResolver : public DomainResolver
{
public:
    QHash<QString, DomainLookup> lookup(const QStringList &domains, int timeoutMs) override;
};

} // namespace Kontor
