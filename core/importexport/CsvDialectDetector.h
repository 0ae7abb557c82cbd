#pragma once

#include <QChar>
#include <QStringView>

namespace Kontor {

// Guesses the quote character and the delimiter of delimited text from its decoded first lines.
class CsvDialectDetector
{
public:
    // '"' unless the sample quotes its fields with '\'' and never with '"'.
    static QChar detectQuote(QStringView sample);
    // Among ',', ';', '\t' and '|': the one that splits the sample's records (outside quotes) into the most
    // consistent number of fields, more fields winning a tie. `fallback` when no candidate splits any line
    // (a one-column file). `complete` says the sample is the whole file; otherwise its last, possibly cut,
    // record is ignored.
    static QChar detectDelimiter(QStringView sample, QChar quote, bool complete, QChar fallback = QLatin1Char(','));
};

} // namespace Kontor
