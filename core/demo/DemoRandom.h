#pragma once

#include <QStringView>
#include <QtGlobal>

#include <span>

namespace Kontor {

// splitmix64 (Steele, Lea, Flood 2014). Our own generator and our own range reduction, because the standard
// distributions (std::uniform_int_distribution over std::mt19937) give different numbers on different standard
// libraries, and demo data and benchmarks must be the same on every machine.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}
    // An independent stream for item `index` of kind `stream`, so the i-th contact does not depend on the
    // ones before it.
    DemoRandom(quint64 seed, quint64 stream, quint64 index)
        : m_state(mix(seed ^ mix(stream * 0x9E3779B97F4A7C15ULL + index)))
    {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    // Uniform in [0, n) by Lemire's multiply-shift on the upper 32 bits; n > 0.
    int below(int n) { return int((quint64(quint32(next() >> 32)) * quint64(n)) >> 32); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    bool perMille(int p) { return below(1000) < p; }

    template <typename T> const T &pick(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }
    QString pick(std::span<const QStringView> items) { return items[std::size_t(below(int(items.size())))].toString(); }
    // `count` digits, the first from `firstFrom`..9 (no leading zero in subscriber numbers).
    QString digits(int count, int firstFrom = 1)
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i) {
            out += QChar(u'0' + (i == 0 ? between(firstFrom, 9) : below(10)));
        }
        return out;
    }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_state;
};

} // namespace Kontor
