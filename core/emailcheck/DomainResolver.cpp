#include "DomainResolver.h"

#include <QDnsLookup>
#include <QEventLoop>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// The lookups of one call. Each domain asks for MX, then (none found) A, then AAAA, and stops at the first
// answer with records. NXDOMAIN ends a domain as NoMail at once. Any other failure (no server, time-out, a
// reply Qt could not read) is remembered: a domain that then has no records at all is Unreachable, not NoMail,
// so that an offline machine never calls an address invalid.
class LookupBatch
{
public:
    LookupBatch(const QStringList &domains, int timeoutMs)
        : m_domains(domains)
        , m_timeoutMs(timeoutMs)
    {
        for (const auto &domain : domains) {
            m_results.insert(domain, DomainLookup::Unreachable);
        }
    }

    // Runs on the batch's own thread, whose event loop delivers QDnsLookup::finished.
    void run()
    {
        QEventLoop loop;
        m_loop = &loop;
        for (const auto &domain : std::as_const(m_domains)) {
            ++m_pending;
            start(domain, QDnsLookup::MX);
        }
        if (m_pending > 0) {
            QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        // Unanswered domains stay Unreachable. Lookups still running inside Qt's DNS thread pool finish there
        // and are dropped: their QDnsLookup objects are gone, and with them the connections.
        for (const auto &lookup : m_lookups) {
            QObject::disconnect(lookup.get(), nullptr, nullptr, nullptr);
        }
        m_lookups.clear();
        m_loop = nullptr;
    }

    const QHash<QString, DomainLookup> &results() const { return m_results; }

private:
    void start(const QString &domain, QDnsLookup::Type type)
    {
        auto *lookup = new QDnsLookup(type, domain);
        m_lookups.emplace_back(lookup);
        QObject::connect(
            lookup, &QDnsLookup::finished, lookup, [this, lookup, domain, type] { answered(domain, type, *lookup); });
        lookup->lookup();
    }

    void answered(const QString &domain, QDnsLookup::Type type, const QDnsLookup &lookup)
    {
        const QDnsLookup::Error error = lookup.error();
        if (error == QDnsLookup::NotFoundError) {
            finish(domain, DomainLookup::NoMail);
            return;
        }
        if (error != QDnsLookup::NoError) {
            m_failed.insert(domain);
        } else if (type == QDnsLookup::MX) {
            const auto records = lookup.mailExchangeRecords();
            // RFC 7505: a single MX of "." says the domain accepts no mail.
            const bool nullMx
                = records.size() == 1 && (records.first().exchange().isEmpty() || records.first().exchange() == u"."_s);
            if (nullMx) {
                finish(domain, DomainLookup::NoMail);
                return;
            }
            if (!records.isEmpty()) {
                finish(domain, DomainLookup::ReceivesMail);
                return;
            }
        } else if (!lookup.hostAddressRecords().isEmpty()) {
            // RFC 5321 5.1: without an MX, mail goes to the domain's own address.
            finish(domain, DomainLookup::ReceivesMail);
            return;
        }
        switch (type) {
        case QDnsLookup::MX:
            start(domain, QDnsLookup::A);
            break;
        case QDnsLookup::A:
            start(domain, QDnsLookup::AAAA);
            break;
        default:
            finish(domain, m_failed.contains(domain) ? DomainLookup::Unreachable : DomainLookup::NoMail);
            break;
        }
    }

    void finish(const QString &domain, DomainLookup answer)
    {
        m_results.insert(domain, answer);
        if (--m_pending == 0 && m_loop) {
            m_loop->quit();
        }
    }

    QStringList m_domains;
    int m_timeoutMs;
    QHash<QString, DomainLookup> m_results;
    QSet<QString> m_failed;
    std::vector<std::unique_ptr<QDnsLookup>> m_lookups;
    QEventLoop *m_loop = nullptr;
    int m_pending = 0;
};

// A name that has had an address for decades. Some networks answer every query with NXDOMAIN (sandboxes,
// captive portals, filtering resolvers); when this one does not resolve either, a "does not exist" is not
// believed and becomes Unreachable, so that such a network never turns addresses invalid.
const QString kControlDomain = u"a.root-servers.net"_s;

} // namespace

QHash<QString, DomainLookup> DnsDomainResolver::lookup(const QStringList &domains, int timeoutMs)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const auto &domain : domains) {
        if (!domain.isEmpty() && !seen.contains(domain)) {
            seen.insert(domain);
            distinct << domain;
        }
    }
    if (distinct.isEmpty()) {
        return {};
    }
    const bool controlAsked = seen.contains(kControlDomain);
    if (!controlAsked) {
        distinct << kControlDomain;
    }
    LookupBatch batch(distinct, timeoutMs);
    // The lookups run in an event loop on a thread of their own: a local loop on the caller's thread would also
    // run the caller's queued work (the StorageThread's next task) in the middle of its open transaction.
    std::unique_ptr<QThread> thread(QThread::create([&batch] { batch.run(); }));
    thread->setObjectName(u"DnsDomainResolver"_s);
    thread->start();
    thread->wait();
    QHash<QString, DomainLookup> results = batch.results();
    if (results.value(kControlDomain) != DomainLookup::ReceivesMail) {
        for (auto &answer : results) {
            if (answer == DomainLookup::NoMail) {
                answer = DomainLookup::Unreachable;
            }
        }
    }
    if (!controlAsked) {
        results.remove(kControlDomain);
    }
    return results;
}

} // namespace Kontor
