#include "EmailVerifier.h"

#include "DomainResolver.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
// Answers from a table instead of DNS and remembers what it was asked.
class FakeResolver : public DomainResolver
{
public:
    QHash<QString, DomainLookup> answers;
    QList<QStringList> calls;

    QHash<QString, DomainLookup> lookup(const QStringList &domains, int) override
    {
        calls << domains;
        QHash<QString, DomainLookup> out;
        for (const auto &domain : domains) {
            if (answers.contains(domain)) {
                out.insert(domain, answers.value(domain));
            }
        }
        return out;
    }
};

constexpr qint64 kNow = 1'780'000'000'000;
} // namespace

TEST_CASE("An address whose domain has a mail server is valid, with no reason and the time of the check")
{
    FakeResolver resolver;
    resolver.answers.insert(u"example.com"_s, DomainLookup::ReceivesMail);
    EmailVerifier verifier(&resolver);

    const auto checks = verifier.verify({u"Max.Mustermann@Example.com"_s}, kNow);

    REQUIRE(checks.size() == 1);
    CHECK(checks.at(0).email == u"Max.Mustermann@Example.com"_s);
    CHECK(checks.at(0).status == EmailCheckStatus::Valid);
    CHECK(checks.at(0).reason.isEmpty());
    CHECK(checks.at(0).checkedAt == kNow);
    REQUIRE(resolver.calls.size() == 1);
    CHECK(resolver.calls.at(0) == QStringList{u"example.com"_s}); // lower case, as DNS is asked
}

TEST_CASE("An address at a domain that does not exist is invalid and says so")
{
    FakeResolver resolver;
    resolver.answers.insert(u"gibt-es-nicht.de"_s, DomainLookup::NoMail);
    EmailVerifier verifier(&resolver);

    const auto checks = verifier.verify({u"info@gibt-es-nicht.de"_s}, kNow);

    REQUIRE(checks.size() == 1);
    CHECK(checks.at(0).status == EmailCheckStatus::Invalid);
    CHECK(checks.at(0).reason == u"The domain gibt-es-nicht.de does not exist or receives no mail."_s);
}

TEST_CASE("An unreachable DNS makes an address unknown, never invalid")
{
    FakeResolver resolver;
    resolver.answers.insert(u"offline.example"_s, DomainLookup::Unreachable);
    EmailVerifier verifier(&resolver);

    // One domain unreachable, one the resolver did not answer at all (its time-out).
    const auto checks = verifier.verify({u"a@offline.example"_s, u"b@silent.example"_s}, kNow);

    REQUIRE(checks.size() == 2);
    for (const auto &check : checks) {
        CHECK(check.status == EmailCheckStatus::Unknown);
        CHECK(check.reason == u"The domain could not be looked up (offline?)."_s);
    }
}

TEST_CASE("An address at a disposable-mail domain is invalid without asking DNS")
{
    FakeResolver resolver;
    EmailVerifier verifier(&resolver);

    const auto checks = verifier.verify({u"wegwerf@Mailinator.com"_s, u"x@inbox.guerrillamail.com"_s}, kNow);

    REQUIRE(checks.size() == 2);
    CHECK(checks.at(0).status == EmailCheckStatus::Invalid);
    CHECK(checks.at(0).reason == u"The domain Mailinator.com is a disposable-mail domain."_s);
    CHECK(checks.at(1).status == EmailCheckStatus::Invalid);
    CHECK(checks.at(1).reason.contains(u"disposable"_s));
    CHECK(resolver.calls.isEmpty());
}

TEST_CASE("An address with bad syntax is invalid with the syntax check's reason and no lookup")
{
    FakeResolver resolver;
    EmailVerifier verifier(&resolver);

    const auto checks
        = verifier.verify({u"max@@example.com"_s, u"max example@example.com"_s, u"max@localhost"_s}, kNow);

    REQUIRE(checks.size() == 3);
    CHECK(checks.at(0).status == EmailCheckStatus::Invalid);
    CHECK(checks.at(0).reason == u"An e-mail address has exactly one \"@\"."_s);
    CHECK(checks.at(1).status == EmailCheckStatus::Invalid);
    CHECK(checks.at(1).reason == u"An e-mail address must not contain spaces."_s);
    CHECK(checks.at(2).status == EmailCheckStatus::Invalid);
    CHECK(checks.at(2).reason.contains(u"needs a dot"_s));
    CHECK(resolver.calls.isEmpty());
}

TEST_CASE("Each domain is looked up once for the verifier's lifetime, across calls and spellings")
{
    FakeResolver resolver;
    resolver.answers.insert(u"example.com"_s, DomainLookup::ReceivesMail);
    resolver.answers.insert(u"example.org"_s, DomainLookup::NoMail);
    EmailVerifier verifier(&resolver);

    const auto first
        = verifier.verify({u"a@example.com"_s, u"b@EXAMPLE.com"_s, u"c@example.org"_s, u"d@example.com"_s}, kNow);
    const auto second = verifier.verify({u"e@Example.COM"_s, u"f@example.org"_s}, kNow + 1000);

    REQUIRE(resolver.calls.size() == 1);
    QStringList asked = resolver.calls.at(0);
    asked.sort();
    CHECK(asked == QStringList{u"example.com"_s, u"example.org"_s});
    REQUIRE(first.size() == 4);
    CHECK(first.at(1).status == EmailCheckStatus::Valid);
    CHECK(first.at(2).status == EmailCheckStatus::Invalid);
    REQUIRE(second.size() == 2);
    CHECK(second.at(0).status == EmailCheckStatus::Valid);
    CHECK(second.at(1).status == EmailCheckStatus::Invalid);
    CHECK(second.at(1).checkedAt == kNow + 1000);
}

TEST_CASE("An internationalised domain is looked up in its ASCII (ACE) form")
{
    FakeResolver resolver;
    resolver.answers.insert(u"xn--bcher-kva.de"_s, DomainLookup::ReceivesMail);
    EmailVerifier verifier(&resolver);

    const auto checks = verifier.verify({u"info@bücher.de"_s}, kNow);

    REQUIRE(checks.size() == 1);
    CHECK(checks.at(0).status == EmailCheckStatus::Valid);
    REQUIRE(resolver.calls.size() == 1);
    CHECK(resolver.calls.at(0) == QStringList{u"xn--bcher-kva.de"_s});
}

TEST_CASE("The shipped list of disposable-mail domains is in the resources and matches subdomains")
{
    QFile list(u":/kontor/disposable-domains.txt"_s);
    REQUIRE(list.open(QIODevice::ReadOnly | QIODevice::Text));
    int domains = 0;
    while (!list.atEnd()) {
        const QByteArray line = list.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith('#')) {
            ++domains;
        }
    }
    CHECK(domains > 100);

    CHECK(EmailVerifier::isDisposableDomain(u"mailinator.com"_s));
    CHECK(EmailVerifier::isDisposableDomain(u"YOPmail.com"_s));
    CHECK(EmailVerifier::isDisposableDomain(u"10minutemail.com"_s));
    CHECK(EmailVerifier::isDisposableDomain(u"trashmail.de"_s));
    CHECK(EmailVerifier::isDisposableDomain(u"temp-mail.org"_s));
    CHECK(EmailVerifier::isDisposableDomain(u"a.b.mailinator.com"_s));
    CHECK(EmailVerifier::isDisposableDomain(u"sharklasers.com."_s));

    CHECK_FALSE(EmailVerifier::isDisposableDomain(u"gmail.com"_s));
    CHECK_FALSE(EmailVerifier::isDisposableDomain(u"web.de"_s));
    CHECK_FALSE(EmailVerifier::isDisposableDomain(u"notmailinator.company"_s));
    CHECK_FALSE(EmailVerifier::isDisposableDomain(u"xmailinator.com"_s)); // a suffix, not a subdomain
    CHECK_FALSE(EmailVerifier::isDisposableDomain(u"com"_s));
    CHECK_FALSE(EmailVerifier::isDisposableDomain(QString()));
}
