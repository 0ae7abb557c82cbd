#include "SqlTrace.h"

#include "Database.h"

#include <QHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

SqlTrace::SqlTrace(Database &db)
    : m_db(db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    }
    if (m_handle) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &SqlTrace::onTrace, this);
    }
}

SqlTrace::~SqlTrace()
{
    if (m_handle) {
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
}

int SqlTrace::onTrace(unsigned type, void *context, void *statement, void *text)
{
    auto *self = static_cast<SqlTrace *>(context);
    if (type != SQLITE_TRACE_STMT || !self->m_recording) {
        return 0;
    }
    // X is "-- ..." for statements run by triggers; the statement's own text is the one to explain.
    Q_UNUSED(text)
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql) {
        self->m_statements << QString::fromUtf8(sql);
    }
    return 0;
}

void SqlTrace::start()
{
    m_statements.clear();
    m_recording = true;
}

QStringList SqlTrace::stop()
{
    m_recording = false;
    return std::exchange(m_statements, {});
}

QStringList SqlTrace::plan(const QString &sql)
{
    if (!m_handle) {
        return {};
    }
    // Straight through the SQLite API: the traced text carries Qt's placeholders (":0", ":1"), which QSqlQuery
    // refuses to run unbound, and unbound parameters are NULL for the planner (no STAT4: values do not matter).
    const QByteArray text = (u"EXPLAIN QUERY PLAN "_s + sql).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        return {u"(EXPLAIN QUERY PLAN failed: %1)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))};
    }
    QHash<int, int> depth; // step id -> depth
    QStringList out;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const int id = sqlite3_column_int(statement, 0);
        const int parent = sqlite3_column_int(statement, 1);
        const int d = parent == 0 ? 0 : depth.value(parent) + 1;
        depth.insert(id, d);
        const auto *detail = sqlite3_column_text(statement, 3);
        out << QString(2 * d, u' ')
                + QString::fromUtf8(reinterpret_cast<const char *>(detail), sqlite3_column_bytes(statement, 3));
    }
    sqlite3_finalize(statement);
    return out;
}

QStringList SqlTrace::scans(const QStringList &plan)
{
    QStringList out;
    for (const QString &line : plan) {
        const QString step = line.trimmed();
        if (step.startsWith(u"SCAN "_s) && !step.startsWith(u"SCAN CONSTANT ROW"_s)) {
            out << step;
        }
    }
    return out;
}

} // namespace Kontor
