#include "NoteService.h"

#include "ContactFields.h"
#include "ContactRepository.h"
#include "Database.h"
#include "LinkedContact.h"
#include "NoteRepository.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonObject>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"note"_s;

// The owner must exist and be out of the trash: notes on a trashed contact would vanish from every view.
Result<LinkedContact> liveOwner(Database &db, qint64 contactId)
{
    return LinkedContact::loadLive(
        db, contactId, NoteService::tr("The contact is in the trash; restore it before changing its notes."));
}

// Notes keep the text as written, only without surrounding blank lines and spaces.
Result<QString> checkedBody(const QString &body)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        return invalidField(u"body"_s, NoteService::tr("A note needs some text."), NoteService::tr("Note"));
    }
    if (trimmed.size() > NoteService::MaxLength) {
        return invalidField(u"body"_s,
            NoteService::tr("A note can hold at most %1 characters.").arg(NoteService::MaxLength),
            NoteService::tr("Note"));
    }
    return trimmed;
}

} // namespace

NoteService::NoteService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<Note> NoteService::add(qint64 contactId, const QString &body)
{
    auto text = checkedBody(body);
    if (!text) {
        return text.error();
    }
    NoteRepository notes(m_db);
    ContactRepository contacts(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto owner = liveOwner(m_db, contactId);
    if (!owner) {
        return owner.error();
    }
    Note n;
    n.uuid = Uuid::createV7(m_db.clock());
    n.contactId = contactId;
    n.body = *text;
    n.createdAt = n.updatedAt = unit.now();
    n.createdBy = n.updatedBy = m_session.userId;
    auto id = notes.insert(n);
    if (!id) {
        return id.error();
    }
    Result<void> ok = unit.audit(kEntity, contactId, n.uuid, u"create"_s, u"body"_s, {}, n.body);
    if (ok) {
        ok = unit.logChange(kEntity,
            n.uuid,
            u"*"_s,
            QJsonObject{{u"contact"_s, owner->uuid},
                {u"body"_s, n.body},
                {u"created_at"_s, n.createdAt},
                {u"created_by"_s, contacts.userUuid(n.createdBy)}});
    }
    if (ok) {
        ok = LinkedContact::touch(unit, contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return notes.load(*id);
}

Result<Note> NoteService::edit(qint64 noteId, const QString &body)
{
    auto text = checkedBody(body);
    if (!text) {
        return text.error();
    }
    NoteRepository notes(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = notes.load(noteId);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    if (old->body == *text) {
        return *old;
    }
    Result<void> ok = notes.updateBody(noteId, *text, unit.now(), m_session.userId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"update"_s, u"body"_s, old->body, *text);
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"body"_s, *text);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return notes.load(noteId);
}

Result<void> NoteService::remove(qint64 noteId)
{
    NoteRepository notes(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto old = notes.load(noteId);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    Result<void> ok = notes.remove(noteId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"delete"_s, u"body"_s, old->body, {});
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"_purged"_s, true);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (!ok) {
        return ok;
    }
    return unit.commit();
}

Result<Note> NoteService::byId(qint64 noteId)
{
    return NoteRepository(m_db).load(noteId);
}

Result<QList<Note>> NoteService::forContact(qint64 contactId, int limit)
{
    NoteRepository notes(m_db);
    if (auto owner = LinkedContact::load(m_db, contactId); !owner) {
        return owner.error();
    }
    return notes.forContact(contactId, limit);
}

Result<QList<TimelineEntry>> NoteService::timeline(qint64 contactId, const QList<TimelineEntry::Type> &types, int limit)
{
    NoteRepository notes(m_db);
    if (auto owner = LinkedContact::load(m_db, contactId); !owner) {
        return owner.error();
    }
    const auto wanted = [&types](TimelineEntry::Type type) { return types.isEmpty() || types.contains(type); };
    QList<NoteRepository::TimelineRow> rows;
    if (wanted(TimelineEntry::Type::Note)) {
        auto noteRows = notes.noteRows(contactId, limit);
        if (!noteRows) {
            return noteRows.error();
        }
        rows << *noteRows;
    }
    if (wanted(TimelineEntry::Type::Change)) {
        auto changeRows = notes.changeRows(contactId, limit);
        if (!changeRows) {
            return changeRows.error();
        }
        rows << *changeRows;
    }
    // The audit id breaks ties of one millisecond in write order; a note written without an audit row (none
    // today) sorts after the changes of its millisecond.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.entry.at != b.entry.at) {
            return a.entry.at > b.entry.at;
        }
        return a.sequence > b.sequence;
    });
    ContactRepository contacts(m_db);
    QList<TimelineEntry> out;
    out.reserve(std::min<qsizetype>(rows.size(), limit));
    for (const auto &row : std::as_const(rows)) {
        if (out.size() >= limit) {
            break;
        }
        TimelineEntry e = row.entry;
        if (e.field == u"note"_s) {
            e.fieldLabel = tr("Note");
        } else if (e.field.startsWith(u"custom."_s)) {
            const QString name = contacts.customFieldName(e.field.mid(7));
            e.fieldLabel = name.isEmpty() ? e.field : name;
        } else if (!e.field.isEmpty()) {
            e.fieldLabel = ContactFields::label(e.field);
        }
        out << e;
    }
    return out;
}

} // namespace Kontor
