#include "NoteRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)
};

QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kSelect = u"SELECT n.id, n.uuid, n.contact_id, n.body, n.created_at, n.created_by, cu.name,"
                        " n.updated_at, n.updated_by, uu.name FROM notes n"
                        " LEFT JOIN users cu ON cu.id = n.created_by LEFT JOIN users uu ON uu.id = n.updated_by"_s;

Note readNote(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.uuid = q.value(1).toString();
    n.contactId = q.value(2).toLongLong();
    n.body = q.value(3).toString();
    n.createdAt = q.value(4).toLongLong();
    n.createdBy = q.value(5).toLongLong();
    n.createdByName = q.value(6).toString();
    n.updatedAt = q.value(7).toLongLong();
    n.updatedBy = q.value(8).toLongLong();
    n.updatedByName = q.value(9).toString();
    return n;
}

Error noteNotFound(qint64 id)
{
    return makeError(Error::Code::NotFound, Tr::tr("There is no note with id %1.").arg(id));
}
} // namespace

NoteRepository::NoteRepository(Database &db)
    : m_db(db)
{}

Result<qint64> NoteRepository::insert(const Note &n)
{
    auto &q = m_db.prepared(u"INSERT INTO notes(uuid, contact_id, body, created_at, created_by, updated_at,"
                            " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(n.uuid);
    q.addBindValue(n.contactId);
    q.addBindValue(n.body);
    q.addBindValue(n.createdAt);
    q.addBindValue(nullable(n.createdBy));
    q.addBindValue(n.updatedAt);
    q.addBindValue(nullable(n.updatedBy));
    if (!q.exec()) {
        return storageError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> NoteRepository::updateBody(qint64 noteId, const QString &body, qint64 at, qint64 by)
{
    auto &q = m_db.prepared(u"UPDATE notes SET body = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
    q.addBindValue(body);
    q.addBindValue(at);
    q.addBindValue(nullable(by));
    q.addBindValue(noteId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return noteNotFound(noteId);
    }
    return {};
}

Result<void> NoteRepository::remove(qint64 noteId)
{
    auto &q = m_db.prepared(u"DELETE FROM notes WHERE id = ?"_s);
    q.addBindValue(noteId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return noteNotFound(noteId);
    }
    return {};
}

Result<Note> NoteRepository::load(qint64 noteId)
{
    auto &q = m_db.prepared(kSelect + u" WHERE n.id = ?"_s);
    q.addBindValue(noteId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return noteNotFound(noteId);
    }
    Note n = readNote(q);
    q.finish();
    return n;
}

Result<QList<Note>> NoteRepository::forContact(qint64 contactId, int limit)
{
    auto &q = m_db.prepared(kSelect + u" WHERE n.contact_id = ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Note> out;
    while (q.next()) {
        out << readNote(q);
    }
    q.finish();
    return out;
}

Result<QList<NoteRepository::TimelineRow>> NoteRepository::noteRows(qint64 contactId, int limit)
{
    auto &q = m_db.prepared(
        u"SELECT n.id, n.body, n.created_at, u.name, a.id, a.origin"
        " FROM notes n LEFT JOIN users u ON u.id = n.created_by"
        " LEFT JOIN audit_log a ON a.entity = 'note' AND a.record_id = n.contact_id AND a.record_uuid = n.uuid"
        "  AND a.action = 'create'"
        " WHERE n.contact_id = ? ORDER BY n.created_at DESC, n.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<TimelineRow> out;
    while (q.next()) {
        TimelineRow row;
        row.entry.type = TimelineEntry::Type::Note;
        row.entry.noteId = q.value(0).toLongLong();
        row.entry.text = q.value(1).toString();
        row.entry.at = q.value(2).toLongLong();
        row.entry.userName = q.value(3).toString();
        row.sequence = q.value(4).toLongLong();
        row.entry.origin = q.value(5).toString();
        out << row;
    }
    q.finish();
    return out;
}

Result<QList<NoteRepository::TimelineRow>> NoteRepository::changeRows(qint64 contactId, int limit)
{
    auto &q = m_db.prepared(
        u"SELECT a.id, a.at, u.name, a.origin, a.entity, a.action, a.field, a.old_value, a.new_value, n.id"
        " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
        " LEFT JOIN notes n ON a.entity = 'note' AND n.uuid = a.record_uuid"
        " WHERE a.entity IN ('contact', 'note') AND a.record_id = ? AND NOT (a.entity = 'note' AND a.action = 'create')"
        " ORDER BY a.at DESC, a.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<TimelineRow> out;
    while (q.next()) {
        TimelineRow row;
        row.sequence = q.value(0).toLongLong();
        TimelineEntry &e = row.entry;
        e.type = TimelineEntry::Type::Change;
        e.at = q.value(1).toLongLong();
        e.userName = q.value(2).toString();
        e.origin = q.value(3).toString();
        const bool note = q.value(4).toString() == u"note"_s;
        e.action = q.value(5).toString();
        e.field = note ? u"note"_s : q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        e.noteId = note ? q.value(9).toLongLong() : 0;
        out << row;
    }
    q.finish();
    return out;
}

} // namespace Kontor
