#include "EmailVerifier.h"

#include "DomainResolver.h"
#include "EmailValidator.h"

#include <QFile>
#include <QSet>
#include <QUrl>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// The shipped list, read once per process: one domain a line, '#' starts a comment.
const QSet<QString> &disposableDomains()
{
    static const QSet<QString> s_domains = [] {
        QSet<QString> out;
        QFile file(u":/kontor/disposable-domains.txt"_s);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            qWarning("EmailVerifier: the list of disposable-mail domains is missing from the resources");
            return out;
        }
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine());
            const qsizetype hash = line.indexOf(u'#');
            if (hash >= 0) {
                line.truncate(hash);
            }
            line = line.trimmed().toLower();
            if (!line.isEmpty()) {
                out.insert(line);
            }
        }
        return out;
    }();
    return s_domains;
}

// The lower-case ASCII form of a domain, as DNS and the list spell it; empty when it has none.
QString aceDomain(const QString &domain)
{
    return QString::fromLatin1(QUrl::toAce(domain.trimmed())).toLower();
}

} // namespace

EmailVerifier::EmailVerifier(DomainResolver *resolver)
    : m_resolver(resolver)
{
    if (!m_resolver) {
        m_ownResolver = std::make_unique<DnsDomainResolver>();
        m_resolver = m_ownResolver.get();
    }
}

EmailVerifier::~EmailVerifier() = default;

bool EmailVerifier::isDisposableDomain(const QString &domain)
{
    QString ace = aceDomain(domain);
    if (ace.endsWith(u'.')) {
        ace.chop(1);
    }
    const QSet<QString> &list = disposableDomains();
    // "inbox.mailinator.com" is as disposable as "mailinator.com"; the top-level domain alone never matches.
    while (ace.contains(u'.')) {
        if (list.contains(ace)) {
            return true;
        }
        ace = ace.mid(ace.indexOf(u'.') + 1);
    }
    return false;
}

QList<EmailCheck> EmailVerifier::verify(const QStringList &emails, qint64 checkedAt)
{
    QList<EmailCheck> out;
    out.reserve(emails.size());
    QStringList domains; // per check; empty once its status is settled without DNS
    QStringList toLookUp;
    QSet<QString> queued;
    for (const QString &email : emails) {
        EmailCheck check;
        check.email = email;
        check.checkedAt = checkedAt;
        const QString problem = EmailValidator::problem(email);
        const QString domain = email.mid(email.lastIndexOf(u'@') + 1);
        QString ace;
        if (!problem.isEmpty()) {
            check.status = EmailCheckStatus::Invalid;
            check.reason = problem;
        } else if (isDisposableDomain(domain)) {
            check.status = EmailCheckStatus::Invalid;
            check.reason = tr("The domain %1 is a disposable-mail domain.").arg(domain);
        } else {
            ace = aceDomain(domain);
            if (!m_cache.contains(ace) && !queued.contains(ace)) {
                queued.insert(ace);
                toLookUp << ace;
            }
        }
        out << check;
        domains << ace;
    }
    if (!toLookUp.isEmpty()) {
        const QHash<QString, DomainLookup> answers = m_resolver->lookup(toLookUp, LookupTimeoutMs);
        for (const QString &ace : std::as_const(toLookUp)) {
            m_cache.insert(ace, answers.value(ace, DomainLookup::Unreachable));
        }
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QString &ace = domains.at(i);
        if (ace.isEmpty()) {
            continue;
        }
        EmailCheck &check = out[i];
        const QString domain = check.email.mid(check.email.lastIndexOf(u'@') + 1);
        switch (m_cache.value(ace, DomainLookup::Unreachable)) {
        case DomainLookup::ReceivesMail:
            check.status = EmailCheckStatus::Valid;
            break;
        case DomainLookup::NoMail:
            check.status = EmailCheckStatus::Invalid;
            check.reason = tr("The domain %1 does not exist or receives no mail.").arg(domain);
            break;
        case DomainLookup::Unreachable:
            check.status = EmailCheckStatus::Unknown;
            check.reason = tr("The domain could not be looked up (offline?).");
            break;
        }
    }
    return out;
}

} // namespace Kontor
