#pragma once

#include "Result.h"
#include "TimelineEntry.h"

#include <QDate>
#include <QList>

namespace Kontor {

class Database;

// The timeline's reads of a contact's tasks, appointments, documents and payments, straight from their tables
// (so that the timeline does not depend on each feature's service). Each returns at most `limit` cards,
// newest first by TimelineEntry::at, with the states as of `nowMs` (UTC) and `today` (local date).
class TimelineRepository
{
public:
    explicit TimelineRepository(Database &db);

    Result<bool> contactExists(qint64 contactId);
    Result<QList<TimelineEntry>> tasks(qint64 contactId, qint64 nowMs, int limit);
    Result<QList<TimelineEntry>> appointments(qint64 contactId, qint64 nowMs, int limit);
    Result<QList<TimelineEntry>> documents(qint64 contactId, int limit); // trashed ones too
    Result<QList<TimelineEntry>> payments(qint64 contactId, const QDate &today, int limit);

private:
    Database &m_db;
};

} // namespace Kontor
