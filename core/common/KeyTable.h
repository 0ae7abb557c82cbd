#pragma once

#include <QString>

#include <cstddef>
#include <utility>

namespace Kontor {

// Enums stored as text keys (job statuses, outcomes, bulk actions): one table of {value, key} pairs per enum,
// looked up both ways. The keys are written to the database; never rename them.
template <typename Enum, std::size_t N> QString keyOf(const std::pair<Enum, const char16_t *> (&table)[N], Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value) {
            return QString::fromUtf16(key);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
bool fromKey(const std::pair<Enum, const char16_t *> (&table)[N], const QString &key, Enum *out)
{
    for (const auto &[e, k] : table) {
        if (key == QStringView(k)) {
            if (out) {
                *out = e;
            }
            return true;
        }
    }
    return false;
}

} // namespace Kontor
