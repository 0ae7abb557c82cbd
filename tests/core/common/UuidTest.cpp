#include "Clock.h"
#include "Uuid.h"

#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace Kontor;

TEST_CASE("Record UUIDs are version 7, unique, and sort by creation time")
{
    ManualClock clock(1'767'225'600'000); // 2026-01-01
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 1000; ++i) {
        clock.advanceMs(1);
        const QString id = Uuid::createV7(clock);
        const QUuid parsed(id);
        REQUIRE_FALSE(parsed.isNull());
        CHECK(id.at(14) == QLatin1Char('7')); // the version nibble (QUuid::version() knows only 1-5 in Qt 6.4)
        CHECK(parsed.variant() == QUuid::DCE);
        CHECK(id > previous);
        previous = id;
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
    // The same millisecond still gives different ids.
    CHECK(Uuid::createV7(clock) != Uuid::createV7(clock));
    CHECK(Uuid::createV7(clock).startsWith(QStringLiteral("019b")));
}
