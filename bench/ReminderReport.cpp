#include "ReminderReport.h"

#include "BenchReport.h"
#include "SqlTrace.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

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

// Distinct statements in first-seen order with their repeat counts.
QList<QPair<QString, int>> distinct(const QStringList &statements)
{
    QList<QPair<QString, int>> out;
    for (const QString &sql : statements) {
        auto it = std::find_if(out.begin(), out.end(), [&sql](const auto &p) { return p.first == sql; });
        if (it == out.end()) {
            out.append({sql, 1});
        } else {
            ++it->second;
        }
    }
    return out;
}
} // namespace

ReminderReport::ReminderReport(QTextStream &out, SqlTrace &trace)
    : m_out(out)
    , m_trace(trace)
{}

bool ReminderReport::measure(const QString &label,
    bool rows,
    int samples,
    const std::function<qint64(int)> &kontor,
    const std::function<qint64(int)> &raw,
    QString *error)
{
    Measure m;
    m.label = label;
    m.rows = rows;
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        qint64 answers[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            const bool isKontor = (k == 0) == (i % 2 == 0);
            if (i == 0) {
                m_trace.start();
            }
            timer.start();
            const qint64 answer = isKontor ? kontor(i) : raw(i);
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (i == 0) {
                (isKontor ? m.kontorSql : m.rawSql) = m_trace.stop();
            }
            if (answer < 0) {
                *error = u"%1 (%2), sample %3 failed: %4"_s.arg(m.label, isKontor ? u"Kontor"_s : u"SQL"_s)
                             .arg(i)
                             .arg(*error);
                return false;
            }
            (isKontor ? m.kontorMs : m.rawMs) << elapsed;
            answers[isKontor ? 0 : 1] = answer;
        }
        m.kontorRows += answers[0];
        m.mismatches += answers[0] != answers[1] ? 1 : 0;
    }
    m_measures << m;
    return true;
}

void ReminderReport::printTable() const
{
    const auto row = [this](const QStringList &cells) {
        static const int widths[] = {-46, 10, 11, 10, 15, 11, 10, 7};
        for (qsizetype i = 0; i < cells.size(); ++i) {
            m_out << (widths[i] < 0 ? cells.at(i).leftJustified(-widths[i]) : cells.at(i).rightJustified(widths[i]));
        }
        m_out << Qt::endl;
    };
    const int samples = m_measures.isEmpty() ? 0 : int(m_measures.first().kontorMs.size());
    row({u"Read (%1 samples)"_s.arg(samples),
        u"rows/call"_s,
        u"Kontor p50"_s,
        u"SQL p50"_s,
        u"Kontor vs SQL"_s,
        u"Kontor p95"_s,
        u"SQL p95"_s,
        u"stmts"_s});
    row({QString(46, u'-'),
        QString(10, u'-'),
        QString(11, u'-'),
        QString(10, u'-'),
        QString(15, u'-'),
        QString(11, u'-'),
        QString(10, u'-'),
        QString(7, u'-')});
    for (const Measure &m : m_measures) {
        const double k = BenchReport::percentile(m.kontorMs, 50);
        const double r = BenchReport::percentile(m.rawMs, 50);
        row({m.label,
            m.rows ? number(double(m.kontorRows) / double(m.kontorMs.size()), 0) : u"-"_s,
            ms(k),
            ms(r),
            r > 0 ? u"%1x slower"_s.arg(number(k / r, 1)) : u"-"_s,
            ms(BenchReport::percentile(m.kontorMs, 95)),
            ms(BenchReport::percentile(m.rawMs, 95)),
            QString::number(m.kontorSql.size())});
        if (m.mismatches) {
            m_out << u"    DIFFERENT ANSWERS in %1 of %2 samples"_s.arg(m.mismatches).arg(m.kontorMs.size())
                  << Qt::endl;
        }
    }
    m_out << u"(ms; stmts: statements the Kontor call started in the first sample)"_s << Qt::endl;
}

void ReminderReport::printPlans(bool all) const
{
    m_out << Qt::endl
          << (all ? u"Query plans (EXPLAIN QUERY PLAN, parameters unbound):"_s
                  : u"Full scans in the plans of the Kontor calls (all plans: --plans):"_s)
          << Qt::endl;
    bool anyScan = false;
    for (const Measure &m : m_measures) {
        for (const bool kontor : {true, false}) {
            if (!kontor && !all) {
                continue;
            }
            for (const auto &[sql, times] : distinct(kontor ? m.kontorSql : m.rawSql)) {
                const QStringList plan = m_trace.plan(sql);
                const QStringList scans = SqlTrace::scans(plan);
                anyScan = anyScan || (kontor && !scans.isEmpty());
                if (!all && scans.isEmpty()) {
                    continue;
                }
                m_out << Qt::endl
                      << u"[%1, %2] %3x: %4"_s.arg(m.label, kontor ? u"Kontor"_s : u"SQL"_s).arg(times).arg(sql)
                      << Qt::endl;
                for (const QString &line : all ? plan : scans) {
                    m_out << u"    "_s << line << Qt::endl;
                }
            }
        }
    }
    if (!all && !anyScan) {
        m_out << u"    none"_s << Qt::endl;
    }
}

} // namespace Kontor
