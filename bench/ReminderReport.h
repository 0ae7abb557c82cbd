#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Kontor {

class SqlTrace;

// The figures of kontor-bench-reminders: runs a read's two sides (Kontor, hand-written SQL) once per sample,
// and prints the table and the query plans of the statements they ran.
class ReminderReport
{
public:
    struct Measure
    {
        QString label;
        bool rows = true; // the answers are row counts (else a time, compared but not summed)
        QList<double> kontorMs;
        QList<double> rawMs;
        qint64 kontorRows = 0;
        int mismatches = 0;
        QStringList kontorSql; // statements of the first sample, repeats included
        QStringList rawSql;
    };

    ReminderReport(QTextStream &out, SqlTrace &trace);

    // Runs each side once per sample, alternating which goes first, and traces the first sample's statements.
    // A side returns its answer (rows, or a time in ms), -1 on failure with the reason in *error.
    // `rows`: the answers are row counts, else times.
    bool measure(const QString &label,
        bool rows,
        int samples,
        const std::function<qint64(int)> &kontor,
        const std::function<qint64(int)> &raw,
        QString *error);

    void printTable() const;
    // The full scans in the Kontor statements' plans, or with `all` every plan of both sides.
    void printPlans(bool all) const;

private:
    QTextStream &m_out;
    SqlTrace &m_trace;
    QList<Measure> m_measures;
};

} // namespace Kontor
