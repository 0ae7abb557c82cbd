#pragma once

#include <QString>

namespace Kontor {

class Clock;

// Global record ids. Version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. They sort by
// creation time, so the unique indexes on `uuid` and the change log's record index grow at their right edge
// instead of at random places - a 1M-row import keeps its speed - and two devices still never collide.
// (QUuid::createUuidV7 only exists from Qt 6.9.)
namespace Uuid {
QString createV7(const Clock &clock);
} // namespace Uuid

} // namespace Kontor
