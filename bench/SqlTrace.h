#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace Kontor {

class Database;

// Records the text of every statement the benchmark's connection starts (sqlite3_trace_v2 on the handle behind
// the Qt driver, the same system libsqlite3 the QSQLITE plugin links), so that kontor-bench-reminders shows the
// query plans of exactly what a service ran, and how many statements one call took, instead of a copy of the
// repositories' SQL that could drift from them.
class SqlTrace
{
public:
    explicit SqlTrace(Database &db);
    ~SqlTrace();
    SqlTrace(const SqlTrace &) = delete;
    SqlTrace &operator=(const SqlTrace &) = delete;

    // False when the driver gave no sqlite3 handle; nothing is recorded then.
    bool isValid() const { return m_handle != nullptr; }
    void start();
    // The statements started since start(), in order (repeats included).
    QStringList stop();

    // EXPLAIN QUERY PLAN of `sql` (parameters left unbound), one line per step, indented by depth.
    QStringList plan(const QString &sql);
    // The "SCAN" steps of a plan: a whole table or a whole index read ("SCAN CONSTANT ROW" left out).
    static QStringList scans(const QStringList &plan);

private:
    static int onTrace(unsigned type, void *context, void *statement, void *text);

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    bool m_recording = false;
    QStringList m_statements;
};

} // namespace Kontor
