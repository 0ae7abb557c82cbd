#include "Clock.h"

namespace Kontor {

namespace {
class SystemClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

Clock &Clock::system()
{
    static SystemClock s_clock;
    return s_clock;
}

} // namespace Kontor
