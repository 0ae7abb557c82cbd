#include "BulkBaseline.h"

#include "Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kInSelection = u"(SELECT id FROM temp.bench_ids)"_s;
}

BulkBaseline::BulkBaseline(Database &db)
    : m_db(db)
{}

bool BulkBaseline::select(const QList<qint64> &ids)
{
    QSqlDatabase &connection = m_db.connection();
    QSqlQuery q(connection);
    if (!q.exec(u"CREATE TEMP TABLE bench_ids(id INTEGER PRIMARY KEY)"_s) || !connection.transaction()) {
        m_error = q.lastError().text();
        return false;
    }
    q.prepare(u"INSERT INTO temp.bench_ids(id) VALUES (?)"_s);
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            connection.rollback();
            return false;
        }
    }
    m_rows = ids.size();
    return connection.commit();
}

qint64 BulkBaseline::tagged(const QString &tag)
{
    return scalar(u"SELECT count(*) FROM contact_tags WHERE tag = ? AND contact_id IN "_s + kInSelection, {tag});
}

qint64 BulkBaseline::trashed()
{
    return scalar(u"SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL AND id IN "_s + kInSelection, {});
}

double BulkBaseline::addTag(const QString &tag)
{
    return timed(u"INSERT INTO contact_tags(contact_id, tag, position) SELECT id, ?, 0 FROM "_s + kInSelection, {tag});
}

double BulkBaseline::removeTag(const QString &tag)
{
    return timed(u"DELETE FROM contact_tags WHERE tag = ? AND contact_id IN "_s + kInSelection, {tag});
}

double BulkBaseline::trash(qint64 nowMs, qint64 userId)
{
    return timed(u"UPDATE contacts SET deleted_at = ?, deleted_by = ? WHERE id IN "_s + kInSelection, {nowMs, userId});
}

double BulkBaseline::restore()
{
    return timed(u"UPDATE contacts SET deleted_at = NULL, deleted_by = NULL WHERE id IN "_s + kInSelection, {});
}

qint64 BulkBaseline::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec() || !q.next()) {
        m_error = sql + u": "_s + q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

double BulkBaseline::timed(const QString &sql, const QVariantList &binds)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase &connection = m_db.connection();
    QSqlQuery q(connection);
    if (!connection.transaction()) {
        m_error = connection.lastError().text();
        return -1;
    }
    q.prepare(sql);
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec() || q.numRowsAffected() != m_rows) {
        m_error = u"%1: %L2 rows instead of %L3 (%4)"_s.arg(sql)
                      .arg(q.numRowsAffected())
                      .arg(m_rows)
                      .arg(q.lastError().text());
        connection.rollback();
        return -1;
    }
    if (!connection.commit()) {
        m_error = connection.lastError().text();
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace Kontor
