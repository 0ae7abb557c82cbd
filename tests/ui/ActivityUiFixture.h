#pragma once

#include "GuiFixture.h"

#include <QDateTime>
#include <QListWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace Kontor::Test {

// What the profile's Tasks and Payments tabs and the timeline need: a database on a real StorageThread whose
// clock the test moves (overdue tasks and invoices), the local user's session and settings in a temporary ini.
// The clock starts on Thursday 10 December 2026, 10:00 local time.
class ActivityUiFixture : public GuiFixture
{
public:
    ActivityUiFixture()
        : GuiFixture(QStringLiteral("en"), QDateTime(QDate(2026, 12, 10), QTime(10, 0)))
    {}

    ManualClock &clock() { return manualClock(); }
    QDateTime now() { return QDateTime::fromMSecsSinceEpoch(manualClock().nowMs()); }
    // Moves the clock; the worker reads it only while running a job, which none does between test steps.
    void setNow(const QDateTime &now) { manualClock().setMs(now.toMSecsSinceEpoch()); }
};

// Before a screenshot: the timeline shows at least `entries` cards and its layout has settled (the list reaches
// down to the composer; a list just shown keeps its old height until the posted layout request runs).
inline void waitForTimeline(QWidget *profile, int entries)
{
    auto *list = child<QListWidget>(profile, QStringLiteral("timelineListWidget"));
    auto *composer = child<QWidget>(profile, QStringLiteral("timelineComposer"));
    const bool settled = QTest::qWaitFor(
        [&] {
            return list->isVisible() && list->count() >= entries
                && list->geometry().bottom() + 40 >= composer->geometry().top();
        },
        GuiWaitMs);
    INFO("timeline cards: " << list->count());
    REQUIRE(settled);
}

} // namespace Kontor::Test
