#include "JobRepository.h"

#include "Clock.h"
#include "Database.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JobRepository)
};

const QString kSelectJob = u"SELECT j.id, j.uuid, j.type, j.name, j.user_id, u.name, j.created_at, j.started_at,"
                           " j.finished_at, j.status, j.params, j.total, j.processed, j.succeeded, j.skipped,"
                           " j.failed, j.chunks_done, j.error, j.undone_at"
                           " FROM jobs j LEFT JOIN users u ON u.id = j.user_id"_s;

const QString kSelectItem = u"SELECT job_id, seq, contact_id, source_row, outcome, reason, column_name, before,"
                            " after, data FROM job_items"_s;

// 0 stands for "none" in the structs; the columns hold NULL.
QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant json(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject objectFrom(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

Job readJob(const QSqlQuery &q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.uuid = q.value(1).toString();
    j.type = q.value(2).toString();
    j.name = q.value(3).toString();
    j.userId = q.value(4).toLongLong();
    j.userName = q.value(5).toString();
    j.createdAt = q.value(6).toLongLong();
    j.startedAt = q.value(7).toLongLong();
    j.finishedAt = q.value(8).toLongLong();
    if (!jobStatusFromKey(q.value(9).toString(), &j.status)) {
        j.status = JobStatus::Failed; // a key from a newer build: show it as not undoable rather than running
    }
    j.params = objectFrom(q.value(10));
    j.total = q.value(11).toLongLong();
    j.processed = q.value(12).toLongLong();
    j.succeeded = q.value(13).toLongLong();
    j.skipped = q.value(14).toLongLong();
    j.failed = q.value(15).toLongLong();
    j.chunksDone = q.value(16).toLongLong();
    j.error = q.value(17).toString();
    j.undoneAt = q.value(18).toLongLong();
    return j;
}

JobItem readItem(const QSqlQuery &q)
{
    JobItem i;
    i.jobId = q.value(0).toLongLong();
    i.seq = q.value(1).toLongLong();
    i.contactId = q.value(2).toLongLong();
    i.sourceRow = q.value(3).toInt();
    if (!jobItemOutcomeFromKey(q.value(4).toString(), &i.outcome)) {
        i.outcome = JobItemOutcome::Skipped;
    }
    i.reason = q.value(5).toString();
    i.column = q.value(6).toString();
    i.before = objectFrom(q.value(7));
    i.after = objectFrom(q.value(8));
    if (!q.value(9).isNull()) {
        for (const QJsonValue &cell : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array()) {
            i.data << cell.toString();
        }
    }
    return i;
}

Result<QList<JobItem>> readItems(QSqlQuery &q)
{
    if (!q.exec()) {
        return storageError(q);
    }
    QList<JobItem> out;
    while (q.next()) {
        out << readItem(q);
    }
    q.finish();
    return out;
}

// Outcome keys come from the enum, never from input: safe to put into the SQL text.
QString outcomeList(const QList<JobItemOutcome> &outcomes)
{
    QStringList keys;
    for (const JobItemOutcome o : outcomes) {
        keys << u'\'' + jobItemOutcomeKey(o) + u'\'';
    }
    return keys.join(u", "_s);
}
} // namespace

JobRepository::JobRepository(Database &db)
    : m_db(db)
{}

Result<Job> JobRepository::insert(Job job)
{
    if (job.uuid.isEmpty()) {
        job.uuid = Uuid::createV7(m_db.clock());
    }
    if (!job.createdAt) {
        job.createdAt = m_db.clock().nowMs();
    }
    auto &q = m_db.prepared(u"INSERT INTO jobs(uuid, type, name, user_id, created_at, started_at, finished_at, status,"
                            " params, total, processed, succeeded, skipped, failed, chunks_done, error, undone_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(job.uuid);
    q.addBindValue(text(job.type));
    q.addBindValue(text(job.name));
    q.addBindValue(nullable(job.userId));
    q.addBindValue(job.createdAt);
    q.addBindValue(nullable(job.startedAt));
    q.addBindValue(nullable(job.finishedAt));
    q.addBindValue(jobStatusKey(job.status));
    q.addBindValue(QString::fromUtf8(QJsonDocument(job.params).toJson(QJsonDocument::Compact)));
    q.addBindValue(job.total);
    q.addBindValue(job.processed);
    q.addBindValue(job.succeeded);
    q.addBindValue(job.skipped);
    q.addBindValue(job.failed);
    q.addBindValue(job.chunksDone);
    q.addBindValue(text(job.error));
    q.addBindValue(nullable(job.undoneAt));
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return byId(id);
}

Result<Job> JobRepository::byId(qint64 id) const
{
    auto &q = m_db.prepared(kSelectJob + u" WHERE j.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        q.finish();
        return makeError(Error::Code::NotFound, Tr::tr("There is no job with id %1.").arg(id));
    }
    Job job = readJob(q);
    q.finish();
    return job;
}

Result<QList<Job>> JobRepository::list(const Filter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.type.endsWith(u'.')) {
        where << u"substr(j.type, 1, ?) = ?"_s;
        binds << filter.type.size() << filter.type;
    } else if (!filter.type.isEmpty()) {
        where << u"j.type = ?"_s;
        binds << filter.type;
    }
    if (filter.userId) {
        where << u"j.user_id = ?"_s;
        binds << filter.userId;
    }
    if (filter.status) {
        where << u"j.status = ?"_s;
        binds << jobStatusKey(*filter.status);
    }
    QString sql = kSelectJob;
    if (!where.isEmpty()) {
        sql += u" WHERE "_s + where.join(u" AND "_s);
    }
    sql += u" ORDER BY j.created_at DESC, j.id DESC LIMIT ?"_s;
    binds << (filter.limit > 0 ? filter.limit : -1);
    auto &q = m_db.prepared(sql);
    for (const QVariant &v : std::as_const(binds)) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Job> out;
    while (q.next()) {
        out << readJob(q);
    }
    q.finish();
    return out;
}

Result<void> JobRepository::saveProgress(const Job &job)
{
    auto &q = m_db.prepared(u"UPDATE jobs SET status = ?, total = ?, processed = ?, succeeded = ?, skipped = ?,"
                            " failed = ?, chunks_done = ?, started_at = ?, finished_at = ?, undone_at = ?, error = ?"
                            " WHERE id = ?"_s);
    q.addBindValue(jobStatusKey(job.status));
    q.addBindValue(job.total);
    q.addBindValue(job.processed);
    q.addBindValue(job.succeeded);
    q.addBindValue(job.skipped);
    q.addBindValue(job.failed);
    q.addBindValue(job.chunksDone);
    q.addBindValue(nullable(job.startedAt));
    q.addBindValue(nullable(job.finishedAt));
    q.addBindValue(nullable(job.undoneAt));
    q.addBindValue(text(job.error));
    q.addBindValue(job.id);
    if (!q.exec()) {
        return storageError(q);
    }
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) {
        return makeError(Error::Code::NotFound, Tr::tr("There is no job with id %1.").arg(job.id));
    }
    return {};
}

Result<void> JobRepository::addItems(qint64 jobId, const QList<JobItem> &items)
{
    if (items.isEmpty()) {
        return {};
    }
    auto &last = m_db.prepared(u"SELECT coalesce(max(seq), 0) FROM job_items WHERE job_id = ?"_s);
    last.addBindValue(jobId);
    if (!last.exec() || !last.next()) {
        return storageError(last);
    }
    qint64 seq = last.value(0).toLongLong();
    last.finish();

    // One prepared statement for the whole list: an import adds 1000 items per chunk, up to 1M per job.
    auto &q = m_db.prepared(u"INSERT INTO job_items(job_id, seq, contact_id, source_row, outcome, reason,"
                            " column_name, before, after, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant noText(QMetaType(QMetaType::QString));
    for (const JobItem &item : items) {
        q.bindValue(0, jobId);
        q.bindValue(1, ++seq);
        q.bindValue(2, nullable(item.contactId));
        q.bindValue(3, item.sourceRow);
        q.bindValue(4, jobItemOutcomeKey(item.outcome));
        q.bindValue(5, text(item.reason));
        q.bindValue(6, text(item.column));
        q.bindValue(7, json(item.before));
        q.bindValue(8, json(item.after));
        q.bindValue(9,
            item.data.isEmpty()
                ? noText
                : QVariant(QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(item.data)).toJson(QJsonDocument::Compact))));
        if (!q.exec()) {
            return storageError(q);
        }
    }
    q.finish();
    return {};
}

Result<QList<JobItem>> JobRepository::items(
    qint64 jobId, const QList<JobItemOutcome> &outcomes, qint64 afterSeq, int limit) const
{
    QString sql = kSelectItem + u" WHERE job_id = ? AND seq > ?"_s;
    if (!outcomes.isEmpty()) {
        sql += u" AND outcome IN ("_s + outcomeList(outcomes) + u')';
    }
    sql += u" ORDER BY seq LIMIT ?"_s;
    auto &q = m_db.prepared(sql);
    q.addBindValue(jobId);
    q.addBindValue(afterSeq);
    q.addBindValue(limit > 0 ? limit : -1);
    return readItems(q);
}

Result<JobCounts> JobRepository::counts(qint64 jobId) const
{
    auto &q = m_db.prepared(u"SELECT outcome, count(*) FROM job_items WHERE job_id = ? GROUP BY outcome"_s);
    q.addBindValue(jobId);
    if (!q.exec()) {
        return storageError(q);
    }
    JobCounts c;
    while (q.next()) {
        JobItemOutcome outcome;
        if (!jobItemOutcomeFromKey(q.value(0).toString(), &outcome)) {
            continue;
        }
        const qint64 n = q.value(1).toLongLong();
        switch (outcome) {
        case JobItemOutcome::Created:
            c.created = n;
            break;
        case JobItemOutcome::Updated:
            c.updated = n;
            break;
        case JobItemOutcome::Unchanged:
            c.unchanged = n;
            break;
        case JobItemOutcome::Skipped:
            c.skipped = n;
            break;
        case JobItemOutcome::Failed:
            c.failed = n;
            break;
        case JobItemOutcome::Exported:
            c.exported = n;
            break;
        case JobItemOutcome::Trashed:
            c.trashed = n;
            break;
        case JobItemOutcome::Checked:
            c.checked = n;
            break;
        }
    }
    q.finish();
    return c;
}

Result<int> JobRepository::markInterrupted(qint64 finishedAt, const std::function<bool(const Job &)> &isLive)
{
    Filter running;
    running.status = JobStatus::Running;
    running.limit = 0;
    auto jobs = list(running);
    if (!jobs) {
        return jobs.error();
    }
    int n = 0;
    for (const Job &job : std::as_const(*jobs)) {
        if (isLive && isLive(job)) {
            continue;
        }
        auto &q = m_db.prepared(u"UPDATE jobs SET status = 'interrupted', finished_at = coalesce(finished_at, ?)"
                                " WHERE id = ? AND status = 'running'"_s);
        q.addBindValue(finishedAt);
        q.addBindValue(job.id);
        if (!q.exec()) {
            return storageError(q);
        }
        n += q.numRowsAffected();
        q.finish();
    }
    return n;
}

Result<QList<JobItem>> JobRepository::itemsToUndo(qint64 jobId, qint64 beforeSeq, int limit) const
{
    // Walks the primary key (job_id, seq) backwards from the caller's cursor, so each item is read once.
    auto &q = m_db.prepared(kSelectItem
        + u" WHERE job_id = ? AND seq < ? AND undone = 0 AND outcome IN ('created', 'updated', 'trashed')"
          " ORDER BY seq DESC LIMIT ?"_s);
    q.addBindValue(jobId);
    q.addBindValue(beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    q.addBindValue(limit > 0 ? limit : -1);
    return readItems(q);
}

Result<void> JobRepository::markUndone(qint64 jobId, qint64 seq, UndoMark mark, const QList<JobItem> &kept)
{
    QVariant keptJson(QMetaType(QMetaType::QString));
    if (!kept.isEmpty()) {
        QJsonArray a;
        for (const JobItem &k : kept) {
            a.append(QJsonObject{{u"column"_s, k.column}, {u"reason"_s, k.reason}});
        }
        keptJson = QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    auto &q = m_db.prepared(u"UPDATE job_items SET undone = ?, undo_kept = ? WHERE job_id = ? AND seq = ?"_s);
    q.addBindValue(int(mark));
    q.addBindValue(keptJson);
    q.addBindValue(jobId);
    q.addBindValue(seq);
    if (!q.exec()) {
        return storageError(q);
    }
    q.finish();
    return {};
}

Result<JobRepository::UndoTally> JobRepository::undoTally(qint64 jobId) const
{
    auto &q = m_db.prepared(u"SELECT undone, count(*) FROM job_items WHERE job_id = ?"
                            " AND outcome IN ('created', 'updated', 'trashed') GROUP BY undone"_s);
    q.addBindValue(jobId);
    if (!q.exec()) {
        return storageError(q);
    }
    UndoTally t;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        switch (UndoMark(q.value(0).toInt())) {
        case UndoMark::Pending:
            t.pending += n;
            break;
        case UndoMark::Removed:
            t.removed += n;
            break;
        case UndoMark::Reverted:
            t.reverted += n;
            break;
        case UndoMark::LeftAlone:
            t.leftAlone += n;
            break;
        case UndoMark::Restored:
            t.restored += n;
            break;
        }
    }
    q.finish();
    return t;
}

Result<QList<JobItem>> JobRepository::undoKept(qint64 jobId) const
{
    auto &q = m_db.prepared(u"SELECT seq, contact_id, undo_kept FROM job_items WHERE job_id = ?"
                            " AND undo_kept IS NOT NULL ORDER BY seq"_s);
    q.addBindValue(jobId);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<JobItem> out;
    while (q.next()) {
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            JobItem item;
            item.jobId = jobId;
            item.seq = q.value(0).toLongLong();
            item.contactId = q.value(1).toLongLong();
            item.outcome = JobItemOutcome::Skipped;
            item.column = o.value(u"column"_s).toString();
            item.reason = o.value(u"reason"_s).toString();
            out << item;
        }
    }
    q.finish();
    return out;
}

} // namespace Kontor
