#pragma once

#include <QString>

namespace Kontor {

// A note on a contact: free text with who wrote and last changed it.
struct Note
{
    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0;
    QString body;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString createdByName;
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;
    QString updatedByName;
};

// One card of a contact's timeline: a note or an audited change, newest first. Later features (tasks,
// appointments, documents, e-mails) add their own types.
struct TimelineEntry
{
    enum class Type
    {
        Note,
        Change, // an audit entry: created, a field changed, trashed, restored
    };

    Type type = Type::Note;
    qint64 at = 0;
    QString userName;
    qint64 noteId = 0; // Type::Note
    QString text; // the note's body
    QString action; // Type::Change: create, update, trash, restore
    QString field; // Type::Change: the field key (ContactFields), empty for create/trash/restore
    QString fieldLabel; // translated
    QString oldValue;
    QString newValue;
    QString origin; // ui, cli, import, bulk, sync
};

} // namespace Kontor
