#pragma once

#include <QList>
#include <QMap>
#include <QString>

class QTextStream;

namespace Kontor {

// Collects the figures of kontor-bench-core and prints them as one table: Kontor, the raw-SQL baseline and
// their ratio.
class BenchReport
{
public:
    BenchReport(int contacts, QString dir);

    void addRate(const QString &label, int rows, double kontorMs, double rawMs);
    void addPercentiles(const QString &label, QList<double> kontorMs, QList<double> rawMs);
    void addSearchHits(const QString &query, int kontorHits, int rawHits, double kontorMs, double rawMs);
    void addSize(qint64 kontorBytes, qint64 rawBytes);
    void setGenerationMs(double ms, qint64 checksum);
    void setWalkMs(int pages, double ms);
    void setPeakAfterWrite(double mib) { m_peakAfterWrite = mib; }
    void setKontorRows(qint64 rows) { m_kontorRows = rows; }
    void print(QTextStream &out) const;

    // VmHWM of this process in MiB; negative where the platform does not tell.
    static double peakRssMiB();
    static double percentile(QList<double> values, double p);

private:
    struct Line
    {
        QString label;
        QString kontor;
        QString raw;
        QString ratio;
    };
    struct Search
    {
        int kontorHits = 0;
        int rawHits = 0;
        QList<double> kontorMs;
        QList<double> rawMs;
    };

    int m_contacts;
    QString m_dir;
    QList<Line> m_lines;
    QList<QString> m_queryOrder;
    QMap<QString, Search> m_search;
    double m_generationMs = 0;
    qint64 m_checksum = 0;
    int m_walkPages = 0;
    double m_walkMs = 0;
    double m_peakAfterWrite = -1;
    qint64 m_kontorRows = 0;
};

} // namespace Kontor
