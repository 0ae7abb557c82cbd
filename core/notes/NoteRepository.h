#pragma once

#include "Note.h"
#include "Result.h"

#include <QList>

namespace Kontor {

class Database;

// The SQL of notes and of the timeline's reads. Only NoteService writes, inside its UnitOfWork.
class NoteRepository
{
public:
    // A timeline card with its position in the audit log, which orders cards written in the same millisecond.
    struct TimelineRow
    {
        TimelineEntry entry;
        qint64 sequence = 0;
    };

    explicit NoteRepository(Database &db);

    Result<qint64> insert(const Note &note);
    Result<void> updateBody(qint64 noteId, const QString &body, qint64 at, qint64 by);
    Result<void> remove(qint64 noteId);

    Result<Note> load(qint64 noteId);
    Result<QList<Note>> forContact(qint64 contactId, int limit);

    // Newest first, at most `limit` each. Notes carry the audit id of their creation as sequence.
    Result<QList<TimelineRow>> noteRows(qint64 contactId, int limit);
    // The contact's own audit entries and its notes' edits and deletions ("create" of a note is its card).
    Result<QList<TimelineRow>> changeRows(qint64 contactId, int limit);

private:
    Database &m_db;
};

} // namespace Kontor
