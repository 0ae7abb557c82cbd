#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace Kontor {

class Database;

// The raw-SQL side of kontor-bench-bulk and its checks, on the benchmark's own connection: the selected ids in
// a temporary table (so that statements join it instead of binding 100k values), counts that tell whether a
// step really changed the selection, and the baseline - one statement per step in its own transaction, without
// audit, change log, search index or job items. Failures return -1 with the reason in lastError().
class BulkBaseline
{
public:
    explicit BulkBaseline(Database &db);

    // Creates temp.bench_ids with `ids` (not timed).
    bool select(const QList<qint64> &ids);
    // Selected contacts carrying `tag`, and selected contacts in the trash.
    qint64 tagged(const QString &tag);
    qint64 trashed();

    // Seconds of each statement with its commit; -1 unless it changed exactly the selected rows.
    double addTag(const QString &tag); // INSERT INTO contact_tags ... SELECT
    double removeTag(const QString &tag); // DELETE FROM contact_tags
    double trash(qint64 nowMs, qint64 userId); // UPDATE contacts SET deleted_at = now
    double restore(); // UPDATE contacts SET deleted_at = NULL

    QString lastError() const { return m_error; }

private:
    qint64 scalar(const QString &sql, const QVariantList &binds);
    double timed(const QString &sql, const QVariantList &binds);

    Database &m_db;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace Kontor
