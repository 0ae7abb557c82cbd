#include "DomainResolver.h"

#include <QElapsedTimer>
#include <QThread>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

// The sandbox that runs the tests may have no network, so the tests accept both answers that are honest
// without one; what they rule out is a mail domain where none can exist, and waiting past the time-out.
TEST_CASE("DNS never says the reserved .invalid domain receives mail, and answers within the time-out")
{
    DnsDomainResolver resolver;
    constexpr int TimeoutMs = 3000;
    QElapsedTimer timer;
    timer.start();

    const auto answers = resolver.lookup({u"nonexistent-domain.invalid"_s, u"another-one.invalid"_s}, TimeoutMs);

    CHECK(timer.elapsed() < TimeoutMs + 1500);
    REQUIRE(answers.size() == 2);
    for (const auto &domain : {u"nonexistent-domain.invalid"_s, u"another-one.invalid"_s}) {
        REQUIRE(answers.contains(domain));
        const DomainLookup answer = answers.value(domain);
        CHECK((answer == DomainLookup::NoMail || answer == DomainLookup::Unreachable));
    }
}

TEST_CASE("DNS lookups work from a worker thread that runs no event loop of its own")
{
    QHash<QString, DomainLookup> answers;
    std::unique_ptr<QThread> worker(QThread::create([&answers] {
        DnsDomainResolver resolver;
        answers = resolver.lookup({u"nonexistent-domain.invalid"_s}, 2000);
    }));
    worker->start();
    REQUIRE(worker->wait(10000));

    REQUIRE(answers.size() == 1);
    CHECK(answers.value(u"nonexistent-domain.invalid"_s) != DomainLookup::ReceivesMail);
}

TEST_CASE("An empty list of domains is answered at once without any lookup")
{
    DnsDomainResolver resolver;
    CHECK(resolver.lookup({}, 1000).isEmpty());
}
