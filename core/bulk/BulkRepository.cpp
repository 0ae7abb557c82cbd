#include "BulkRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

BulkRepository::BulkRepository(Database &db)
    : m_db(db)
{}

Result<void> BulkRepository::addTargets(qint64 jobId, const QList<qint64> &contactIds)
{
    // One prepared statement for all: a job may target a million contacts.
    auto &q = m_db.prepared(u"INSERT INTO job_targets(job_id, seq, contact_id) VALUES (?, ?, ?)"_s);
    for (qsizetype seq = 0; seq < contactIds.size(); ++seq) {
        q.bindValue(0, jobId);
        q.bindValue(1, qint64(seq));
        q.bindValue(2, contactIds.at(seq));
        if (!q.exec()) {
            return storageError(q);
        }
    }
    q.finish();
    return {};
}

Result<QList<qint64>> BulkRepository::targets(qint64 jobId, qint64 fromSeq, int limit) const
{
    return m_db.selectIds(u"SELECT contact_id FROM job_targets WHERE job_id = ? AND seq >= ? ORDER BY seq LIMIT ?"_s,
        {jobId, fromSeq, limit});
}

Result<qint64> BulkRepository::targetCount(qint64 jobId) const
{
    auto &q = m_db.prepared(u"SELECT count(*) FROM job_targets WHERE job_id = ?"_s);
    q.addBindValue(jobId);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QHash<qint64, BulkRepository::ContactState>> BulkRepository::states(const QList<qint64> &ids) const
{
    QJsonArray list;
    for (const qint64 id : ids) {
        list.append(id);
    }
    // The ids as one JSON array: one statement text for chunks of any size.
    auto &q = m_db.prepared(u"SELECT id, kind, coalesce(company_id, 0), created_at, coalesce(deleted_at, 0)"
                            " FROM contacts WHERE id IN (SELECT value FROM json_each(?))"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return storageError(q);
    }
    QHash<qint64, ContactState> out;
    out.reserve(ids.size());
    while (q.next()) {
        ContactState s;
        s.kind = q.value(1).toInt() == int(ContactKind::Company) ? ContactKind::Company : ContactKind::Person;
        s.companyId = q.value(2).toLongLong();
        s.createdAt = q.value(3).toLongLong();
        s.deletedAt = q.value(4).toLongLong();
        out.insert(q.value(0).toLongLong(), s);
    }
    q.finish();
    return out;
}

} // namespace Kontor
