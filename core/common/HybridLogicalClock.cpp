#include "HybridLogicalClock.h"

#include "Clock.h"

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

HybridLogicalClock::HybridLogicalClock(const Clock &clock, QString deviceId)
    : m_clock(clock)
    , m_deviceId(std::move(deviceId))
{}

QString HybridLogicalClock::tick()
{
    const qint64 physical = m_clock.nowMs();
    if (physical > m_wallMs) {
        m_wallMs = physical;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format();
}

void HybridLogicalClock::observe(const QString &remote)
{
    qint64 remoteWall = 0;
    int remoteCounter = 0;
    if (!parse(remote, &remoteWall, &remoteCounter, nullptr)) {
        return;
    }
    const qint64 physical = m_clock.nowMs();
    const qint64 wall = std::max({m_wallMs, remoteWall, physical});
    if (wall == m_wallMs && wall == remoteWall) {
        m_counter = std::max(m_counter, remoteCounter) + 1;
    } else if (wall == m_wallMs) {
        ++m_counter;
    } else if (wall == remoteWall) {
        m_counter = remoteCounter + 1;
    } else {
        m_counter = 0;
    }
    m_wallMs = wall;
}

void HybridLogicalClock::restore(const QString &last)
{
    qint64 wall = 0;
    int counter = 0;
    if (parse(last, &wall, &counter, nullptr) && wall >= m_wallMs) {
        m_wallMs = wall;
        m_counter = counter;
    }
}

bool HybridLogicalClock::parse(const QString &text, qint64 *wallMs, int *counter, QString *deviceId)
{
    const auto parts = text.split(u'-');
    if (parts.size() < 3) {
        return false;
    }
    bool okWall = false;
    bool okCounter = false;
    const qint64 wall = parts.at(0).toLongLong(&okWall);
    const int count = parts.at(1).toInt(&okCounter);
    if (!okWall || !okCounter) {
        return false;
    }
    if (wallMs) {
        *wallMs = wall;
    }
    if (counter) {
        *counter = count;
    }
    if (deviceId) {
        *deviceId = text.section(u'-', 2);
    }
    return true;
}

QString HybridLogicalClock::format() const
{
    return u"%1-%2-%3"_s.arg(m_wallMs, 13, 10, QChar(u'0')).arg(m_counter, 5, 10, QChar(u'0')).arg(m_deviceId);
}

} // namespace Kontor
