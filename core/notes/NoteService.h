#pragma once

#include "Note.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// Notes on contacts and the contact's timeline. Adding, editing and deleting a note each run in one UnitOfWork:
// audited on the contact (entity "note", who / when / old -> new text), logged for sync, the contact's
// last_activity_at set, and announced as ChangeSet::updatedContacts + otherEntities "note". An empty note or one
// longer than MaxLength is refused with Error::Code::Invalid; a missing note or contact, or one in the trash,
// with NotFound.
//
// Audit rows of notes: entity "note", record_id = the contact's id, record_uuid = the note's uuid, action
// create / update / delete, field "body", old -> new text. The contact's id (not the note's) is the record
// because notes are deleted for good: the index audit_log(entity, record_id) still finds a deleted note's
// history by its contact, and the uuid names the note (as in the change log). Entity "note" rather than
// "contact" keeps note texts out of ContactService::history, the contact's field history.
// In the timeline a note's edits and deletion are Change entries with field "note" (action "update" or
// "delete", noteId set while the note exists); its creation is the Note entry itself.
class NoteService
{
    Q_DECLARE_TR_FUNCTIONS(NoteService)

public:
    static constexpr int MaxLength = 100000;

    NoteService(Database &db, Session session);

    Result<Note> add(qint64 contactId, const QString &body);
    Result<Note> edit(qint64 noteId, const QString &body);
    Result<void> remove(qint64 noteId);
    Result<Note> byId(qint64 noteId);
    // Newest first.
    Result<QList<Note>> forContact(qint64 contactId, int limit = 1000);

    // Notes and audited changes of the contact (and of its notes), newest first; `types` empty: all types.
    Result<QList<TimelineEntry>> timeline(
        qint64 contactId, const QList<TimelineEntry::Type> &types = {}, int limit = 500);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
