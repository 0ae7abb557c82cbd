#pragma once

#include <QString>

namespace Kontor {

class Clock;

// Hybrid logical clock (Kulkarni et al. 2014): timestamps that follow wall time but never go backwards and
// order causally related events across devices even when their clocks disagree. The change log stamps
// every entry with one, so replicas can merge field by field with "last writer wins".
//
// The text form "<wall ms, 13 digits>-<counter, 5 digits>-<device id>" sorts in timestamp order as a string.
class HybridLogicalClock
{
public:
    HybridLogicalClock(const Clock &clock, QString deviceId);

    // A timestamp for a local event.
    QString tick();
    // Moves the clock past a timestamp received from another device.
    void observe(const QString &remote);
    // Continue after the last timestamp issued in an earlier session.
    void restore(const QString &last);

    const QString &deviceId() const { return m_deviceId; }
    // The last timestamp issued or observed; empty before the first.
    QString current() const { return m_wallMs ? format() : QString(); }

    static bool parse(const QString &text, qint64 *wallMs, int *counter, QString *deviceId);

private:
    QString format() const;

    const Clock &m_clock;
    QString m_deviceId;
    qint64 m_wallMs = 0;
    int m_counter = 0;
};

} // namespace Kontor
