#include "HybridLogicalClock.h"

#include "Clock.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Hybrid logical clock timestamps increase even when the wall clock stands still or goes back")
{
    ManualClock clock(1'700'000'000'000);
    HybridLogicalClock hlc(clock, u"dev-a"_s);
    const QString t1 = hlc.tick();
    const QString t2 = hlc.tick();
    clock.advanceMs(-5000);
    const QString t3 = hlc.tick();
    CHECK(t1 < t2);
    CHECK(t2 < t3);
    clock.advanceMs(10000);
    const QString t4 = hlc.tick();
    CHECK(t3 < t4);
    qint64 wall = 0;
    int counter = -1;
    QString device;
    REQUIRE(HybridLogicalClock::parse(t4, &wall, &counter, &device));
    CHECK(wall == 1'700'000'005'000);
    CHECK(counter == 0);
    CHECK(device == u"dev-a"_s);
}

TEST_CASE("Hybrid logical clock orders a local event after a remote timestamp from a clock that runs ahead")
{
    ManualClock clock(1'000'000);
    HybridLogicalClock local(clock, u"laptop"_s);
    ManualClock fast(9'000'000);
    HybridLogicalClock remote(fast, u"server"_s);
    const QString remoteStamp = remote.tick();
    local.observe(remoteStamp);
    const QString next = local.tick();
    CHECK(next > remoteStamp);
}

TEST_CASE("Hybrid logical clock continues after the last timestamp of an earlier session")
{
    ManualClock clock(5'000);
    HybridLogicalClock first(clock, u"d"_s);
    first.tick();
    const QString last = first.tick();
    HybridLogicalClock second(clock, u"d"_s);
    second.restore(last);
    CHECK(second.tick() > last);
}
