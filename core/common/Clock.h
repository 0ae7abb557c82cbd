#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Kontor {

// The source of "now" for everything that stores or compares times, so that tests can move time
// (trash retention, reminders) without sleeping. Times are UTC milliseconds since the epoch.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }

    static Clock &system();
};

// A clock that only moves when told to; for tests and for reproducible demo data.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_ms(startMs)
    {}
    qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceDays(int days) { m_ms += qint64(days) * 24 * 3600 * 1000; }

private:
    qint64 m_ms;
};

} // namespace Kontor
