#include "CsvDialectDetector.h"

#include <QHash>
#include <QList>

#include <array>

namespace Kontor {

namespace {

constexpr int SampleRecords = 50;
const std::array<char16_t, 4> s_delimiters = {u',', u';', u'\t', u'|'};

bool isDelimiterCandidate(QChar c)
{
    return std::find(s_delimiters.begin(), s_delimiters.end(), c.unicode()) != s_delimiters.end();
}

// Field counts of the sample's records split by `delimiter`, honouring quotes; blank lines are left out.
QList<int> fieldCounts(QStringView sample, QChar delimiter, QChar quote, bool complete)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool lineHasContent = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < SampleRecords; ++i) {
        const QChar c = sample.at(i);
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < sample.size() && sample.at(i + 1) == quote) {
                    ++i;
                } else {
                    inQuotes = false;
                }
            }
            continue;
        }
        if (c == quote && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
            lineHasContent = true;
        } else if (c == delimiter) {
            ++fields;
            atFieldStart = true;
            lineHasContent = true;
        } else if (c == u'\n' || c == u'\r') {
            if (lineHasContent) {
                counts.append(fields);
            }
            fields = 1;
            atFieldStart = true;
            lineHasContent = false;
        } else {
            if (c != u' ') {
                atFieldStart = false;
            }
            lineHasContent = true;
        }
    }
    if (complete && lineHasContent && !inQuotes && counts.size() < SampleRecords) {
        counts.append(fields);
    }
    return counts;
}

} // namespace

QChar CsvDialectDetector::detectQuote(QStringView sample)
{
    // A quote that opens or closes a field stands next to a delimiter or a line break.
    auto boundaryQuotes = [&](QChar quote) {
        int opening = 0;
        int closing = 0;
        for (qsizetype i = 0; i < sample.size(); ++i) {
            if (sample.at(i) != quote) {
                continue;
            }
            const QChar before = i > 0 ? sample.at(i - 1) : QChar(u'\n');
            const QChar after = i + 1 < sample.size() ? sample.at(i + 1) : QChar(u'\n');
            if (before == u'\n' || before == u'\r' || isDelimiterCandidate(before)) {
                ++opening;
            }
            if (after == u'\n' || after == u'\r' || isDelimiterCandidate(after)) {
                ++closing;
            }
        }
        return std::min(opening, closing);
    };
    const int doubleQuotes = boundaryQuotes(QLatin1Char('"'));
    const int singleQuotes = boundaryQuotes(QLatin1Char('\''));
    // Apostrophes inside names (O'Brien) are not at boundaries; still, '"' wins every tie.
    return singleQuotes > doubleQuotes && doubleQuotes == 0 ? QLatin1Char('\'') : QLatin1Char('"');
}

QChar CsvDialectDetector::detectDelimiter(QStringView sample, QChar quote, bool complete, QChar fallback)
{
    QChar best = fallback;
    double bestConsistency = 0;
    int bestFields = 1;
    for (const char16_t candidate : s_delimiters) {
        const QList<int> counts = fieldCounts(sample, QChar(candidate), quote, complete);
        if (counts.isEmpty()) {
            continue;
        }
        QHash<int, int> frequency;
        int modeFields = 1;
        int modeCount = 0;
        for (int n : counts) {
            const int seen = ++frequency[n];
            if (seen > modeCount || (seen == modeCount && n > modeFields)) {
                modeCount = seen;
                modeFields = n;
            }
        }
        if (modeFields < 2) {
            continue;
        }
        const double consistency = double(modeCount) / double(counts.size());
        // Consistency first (a semicolon file with commas in its values splits unevenly at the commas), then
        // the number of fields.
        if (consistency > bestConsistency + 1e-9
            || (std::abs(consistency - bestConsistency) <= 1e-9 && modeFields > bestFields)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestFields = modeFields;
        }
    }
    return best;
}

} // namespace Kontor
