#include "BenchReport.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString number(double value, int decimals = 0)
{
    return u"%L1"_s.arg(value, 0, 'f', decimals);
}

QString ms(double value)
{
    return number(value, value < 10 ? 2 : 1);
}

QString factor(double kontor, double raw, const QString &word)
{
    if (raw <= 0) {
        return u"-"_s;
    }
    return u"%1x %2"_s.arg(number(kontor / raw, 1), word);
}
} // namespace

BenchReport::BenchReport(int contacts, QString dir)
    : m_contacts(contacts)
    , m_dir(std::move(dir))
{}

double BenchReport::percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    // Nearest rank: p95 of 60 samples is the 57th.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void BenchReport::addRate(const QString &label, int rows, double kontorMs, double rawMs)
{
    const double kontorRate = rows / (kontorMs / 1000.0);
    const double rawRate = rows / (rawMs / 1000.0);
    m_lines.append({label, number(kontorRate), number(rawRate), factor(rawRate, kontorRate, u"slower"_s)});
    m_lines.append({u"  total time (s)"_s, number(kontorMs / 1000.0, 1), number(rawMs / 1000.0, 1), {}});
}

void BenchReport::addPercentiles(const QString &label, QList<double> kontorMs, QList<double> rawMs)
{
    for (const double p : {50.0, 95.0}) {
        const double k = percentile(kontorMs, p);
        const double r = percentile(rawMs, p);
        m_lines.append({u"%1 p%2"_s.arg(label).arg(int(p)), ms(k), ms(r), factor(k, r, u"slower"_s)});
    }
}

void BenchReport::addSearchHits(const QString &query, int kontorHits, int rawHits, double kontorMs, double rawMs)
{
    if (!m_search.contains(query)) {
        m_queryOrder.append(query);
    }
    Search &s = m_search[query];
    s.kontorHits = kontorHits;
    s.rawHits = rawHits;
    s.kontorMs.append(kontorMs);
    s.rawMs.append(rawMs);
}

void BenchReport::addSize(qint64 kontorBytes, qint64 rawBytes)
{
    const double mib = 1024.0 * 1024.0;
    m_lines.append({u"Database size, file + WAL (MiB)"_s,
        number(kontorBytes / mib, 1),
        number(rawBytes / mib, 1),
        factor(double(kontorBytes), double(rawBytes), u"larger"_s)});
}

void BenchReport::setGenerationMs(double ms, qint64 checksum)
{
    m_generationMs = ms;
    m_checksum = checksum;
}

void BenchReport::setWalkMs(int pages, double ms)
{
    m_walkPages = pages;
    m_walkMs = ms;
}

double BenchReport::peakRssMiB()
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            // "VmHWM:	  123456 kB"
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
#else
    return -1;
#endif
}

void BenchReport::print(QTextStream &out) const
{
    auto row = [&out](const QString &a, const QString &b, const QString &c, const QString &d) {
        out << a.leftJustified(44) << b.rightJustified(14) << c.rightJustified(14) << u"   "_s << d << Qt::endl;
    };
    out << Qt::endl
        << u"Kontor core benchmark: %L1 contacts (%L2 in Kontor), folder %3"_s.arg(m_contacts)
               .arg(m_kontorRows)
               .arg(m_dir)
        << Qt::endl
        << u"Generation only (no writes): %1 rows/s (checksum %2)"_s.arg(
               number(m_contacts / (m_generationMs / 1000.0)), QString::number(m_checksum))
        << Qt::endl
        << u"Walk to page %L1 through ContactService::list: %2 s (both stores, pages of 100)"_s.arg(m_walkPages)
               .arg(number(m_walkMs / 1000.0, 1))
        << Qt::endl
        << Qt::endl;
    row(u"Measure"_s, u"Kontor"_s, u"raw SQL"_s, u"Kontor vs raw"_s);
    row(QString(44, u'-'), QString(14, u'-'), QString(14, u'-'), QString(16, u'-'));
    for (const Line &line : m_lines) {
        row(line.label, line.kontor, line.raw, line.ratio);
    }
    const double peak = peakRssMiB();
    row(u"Peak RSS after write path / at end (MiB)"_s,
        m_peakAfterWrite < 0 ? u"n/a"_s : number(m_peakAfterWrite),
        peak < 0 ? u"n/a"_s : number(peak),
        u"(one process)"_s);

    out << Qt::endl << u"Quick search by query (median ms; hits of the first 50):"_s << Qt::endl;
    out << u"query"_s.leftJustified(18) << u"Kontor ms"_s.rightJustified(12) << u"hits"_s.rightJustified(6)
        << u"raw ms"_s.rightJustified(12) << u"hits"_s.rightJustified(6) << Qt::endl;
    for (const QString &query : m_queryOrder) {
        const Search &s = m_search.value(query);
        out << query.leftJustified(18) << ms(percentile(s.kontorMs, 50)).rightJustified(12)
            << QString::number(s.kontorHits).rightJustified(6) << ms(percentile(s.rawMs, 50)).rightJustified(12)
            << QString::number(s.rawHits).rightJustified(6) << Qt::endl;
    }
}

} // namespace Kontor
