#pragma once

#include "Result.h"
#include "Session.h"
#include "TimelineEntry.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// A contact's timeline for the profile's centre column: its notes and audited changes (NoteService::timeline)
// together with its tasks, appointments, documents (also trashed ones, marked) and payments as cards, newest
// first by TimelineEntry::at; `types` empty = all. NotFound for a missing contact.
class TimelineService
{
    Q_DECLARE_TR_FUNCTIONS(TimelineService)

public:
    TimelineService(Database &db, Session session);

    Result<QList<TimelineEntry>> timeline(
        qint64 contactId, const QList<TimelineEntry::Type> &types = {}, int limit = 500);

    static QString typeKey(TimelineEntry::Type type); // "note", "change", "task", ...
    static bool typeFromKey(const QString &key, TimelineEntry::Type *type);
    static QString typeLabel(TimelineEntry::Type type); // translated, plural: "Notes", "Tasks", ...

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
