#pragma once

#include "Contact.h"
#include "Result.h"

#include <QHash>
#include <QList>

namespace Kontor {

class Database;

// The SQL of bulk jobs: their targets (`job_targets`, schema 6) and the light look-up of whether contacts
// still exist and where they are, so that a chunk skips deleted and trashed contacts without loading them.
// No transactions of its own: BulkService and JobService call it inside their units.
class BulkRepository
{
public:
    explicit BulkRepository(Database &db);

    // Stores the contacts a job works on, in this order, as seq 0 .. n-1.
    Result<void> addTargets(qint64 jobId, const QList<qint64> &contactIds);
    // The contact ids of seq fromSeq .. fromSeq + limit - 1 (one chunk), in seq order.
    Result<QList<qint64>> targets(qint64 jobId, qint64 fromSeq, int limit) const;
    Result<qint64> targetCount(qint64 jobId) const;

    struct ContactState
    {
        ContactKind kind = ContactKind::Person;
        qint64 companyId = 0;
        qint64 createdAt = 0;
        qint64 deletedAt = 0; // 0: not in the trash
    };
    // The state of those of `ids` that exist (in the trash or not); deleted ones are absent.
    Result<QHash<qint64, ContactState>> states(const QList<qint64> &ids) const;

private:
    Database &m_db;
};

} // namespace Kontor
