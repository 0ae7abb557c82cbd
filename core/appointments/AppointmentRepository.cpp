#include "AppointmentRepository.h"

#include "CalendarService.h"
#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
};

QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

const QString kSelect
    = u"SELECT a.id, a.uuid, a.contact_id, c.display_name, a.calendar_id, k.name, k.builtin, a.title, a.start_at,"
      " a.end_at, a.all_day, a.time_zone, a.location, a.notes, a.ical_uid, a.organizer, a.created_at, a.created_by,"
      " a.updated_at, a.updated_by FROM appointments a JOIN contacts c ON c.id = a.contact_id"
      " JOIN calendars k ON k.id = a.calendar_id"_s;

Appointment readAppointment(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.contactId = q.value(2).toLongLong();
    a.contactName = q.value(3).toString();
    a.calendarId = q.value(4).toLongLong();
    Calendar calendar;
    calendar.name = q.value(5).toString();
    calendar.builtin = q.value(6).toString();
    a.calendarName = CalendarService::displayName(calendar);
    a.title = q.value(7).toString();
    a.start = utc(q.value(8).toLongLong());
    a.end = utc(q.value(9).toLongLong());
    a.allDay = q.value(10).toBool();
    a.timeZone = q.value(11).toString();
    a.location = q.value(12).toString();
    a.notes = q.value(13).toString();
    a.icalUid = q.value(14).toString();
    a.organizer = q.value(15).toString();
    a.createdAt = q.value(16).toLongLong();
    a.createdBy = q.value(17).toLongLong();
    a.updatedAt = q.value(18).toLongLong();
    a.updatedBy = q.value(19).toLongLong();
    return a;
}

Error appointmentNotFound(qint64 id)
{
    return makeError(Error::Code::NotFound, Tr::tr("There is no appointment with id %1.").arg(id));
}

void bindRow(QSqlQuery &q, const Appointment &a)
{
    q.addBindValue(a.contactId);
    q.addBindValue(a.calendarId);
    q.addBindValue(text(a.title));
    q.addBindValue(a.start.toMSecsSinceEpoch());
    q.addBindValue(a.end.toMSecsSinceEpoch());
    q.addBindValue(a.allDay ? 1 : 0);
    q.addBindValue(text(a.timeZone));
    q.addBindValue(text(a.location));
    q.addBindValue(text(a.notes));
    q.addBindValue(text(a.icalUid));
    q.addBindValue(text(a.organizer));
    q.addBindValue(a.updatedAt);
    q.addBindValue(nullable(a.updatedBy));
}
} // namespace

AppointmentRepository::AppointmentRepository(Database &db)
    : m_db(db)
{}

Result<qint64> AppointmentRepository::insert(const Appointment &a)
{
    auto &q = m_db.prepared(
        u"INSERT INTO appointments(contact_id, calendar_id, title, start_at, end_at, all_day, time_zone, location,"
        " notes, ical_uid, organizer, updated_at, updated_by, uuid, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindRow(q, a);
    q.addBindValue(a.uuid);
    q.addBindValue(a.createdAt);
    q.addBindValue(nullable(a.createdBy));
    if (!q.exec()) {
        return storageError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> AppointmentRepository::update(const Appointment &a)
{
    auto &q = m_db.prepared(
        u"UPDATE appointments SET contact_id = ?, calendar_id = ?, title = ?, start_at = ?, end_at = ?, all_day = ?,"
        " time_zone = ?, location = ?, notes = ?, ical_uid = ?, organizer = ?, updated_at = ?, updated_by = ?"
        " WHERE id = ?"_s);
    bindRow(q, a);
    q.addBindValue(a.id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return appointmentNotFound(a.id);
    }
    return {};
}

Result<void> AppointmentRepository::remove(qint64 appointmentId)
{
    auto &q = m_db.prepared(u"DELETE FROM appointments WHERE id = ?"_s);
    q.addBindValue(appointmentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return appointmentNotFound(appointmentId);
    }
    return {};
}

Result<void> AppointmentRepository::writeAttendees(qint64 appointmentId, const QList<Attendee> &attendees)
{
    auto &del = m_db.prepared(u"DELETE FROM appointment_attendees WHERE appointment_id = ?"_s);
    del.addBindValue(appointmentId);
    if (!del.exec()) {
        return storageError(del);
    }
    auto &q = m_db.prepared(u"INSERT INTO appointment_attendees(appointment_id, position, user_id, contact_id, name,"
                            " email) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < attendees.size(); ++i) {
        const Attendee &at = attendees.at(i);
        q.addBindValue(appointmentId);
        q.addBindValue(i);
        q.addBindValue(nullable(at.userId));
        q.addBindValue(nullable(at.contactId));
        q.addBindValue(text(at.name));
        q.addBindValue(text(at.email));
        if (!q.exec()) {
            return storageError(q);
        }
    }
    return {};
}

Result<void> AppointmentRepository::loadAttendees(Appointment &a)
{
    // A contact's e-mail is its primary one (or the first); stored values win, they came with an invitation.
    auto &q = m_db.prepared(
        u"SELECT t.user_id, t.contact_id, t.name, t.email, u.name, u.email, c.display_name,"
        " (SELECT e.value FROM contact_emails e WHERE e.contact_id = t.contact_id"
        "  ORDER BY e.is_primary DESC, e.position LIMIT 1)"
        " FROM appointment_attendees t LEFT JOIN users u ON u.id = t.user_id"
        " LEFT JOIN contacts c ON c.id = t.contact_id WHERE t.appointment_id = ? ORDER BY t.position"_s);
    q.addBindValue(a.id);
    if (!q.exec()) {
        return storageError(q);
    }
    a.attendees.clear();
    while (q.next()) {
        Attendee at;
        at.userId = q.value(0).toLongLong();
        at.contactId = q.value(1).toLongLong();
        at.name = q.value(2).toString();
        at.email = q.value(3).toString();
        if (at.name.isEmpty()) {
            at.name = at.userId ? q.value(4).toString() : q.value(6).toString();
        }
        if (at.email.isEmpty()) {
            at.email = at.userId ? q.value(5).toString() : q.value(7).toString();
        }
        a.attendees << at;
    }
    q.finish();
    return {};
}

Result<QList<Appointment>> AppointmentRepository::select(const QString &where, const QVariantList &binds)
{
    auto &q = m_db.prepared(kSelect + where);
    for (const QVariant &bind : binds) {
        q.addBindValue(bind);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Appointment> out;
    while (q.next()) {
        out << readAppointment(q);
    }
    q.finish();
    for (Appointment &a : out) {
        if (auto ok = loadAttendees(a); !ok) {
            return ok.error();
        }
    }
    return out;
}

Result<Appointment> AppointmentRepository::load(qint64 appointmentId)
{
    auto rows = select(u" WHERE a.id = ?"_s, {appointmentId});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return appointmentNotFound(appointmentId);
    }
    return rows->constFirst();
}

Result<QList<Appointment>> AppointmentRepository::forContact(qint64 contactId)
{
    return select(u" WHERE a.contact_id = ? ORDER BY a.start_at, a.id"_s, {contactId});
}

Result<QList<Appointment>> AppointmentRepository::overlapping(const QDateTime &from, const QDateTime &to, int limit)
{
    // [start, end) overlaps [from, to) when start < to and end > from; an appointment without duration counts
    // when it starts at or after `from`.
    const QVariant noBound(QMetaType(QMetaType::LongLong));
    const QVariant fromMs = from.isValid() ? QVariant(from.toMSecsSinceEpoch()) : noBound;
    const QVariant toMs = to.isValid() ? QVariant(to.toMSecsSinceEpoch()) : noBound;
    return select(u" WHERE c.deleted_at IS NULL AND (? IS NULL OR a.end_at > ? OR a.start_at >= ?)"
                  " AND (? IS NULL OR a.start_at < ?) ORDER BY a.start_at, a.id LIMIT ?"_s,
        {fromMs, fromMs, fromMs, toMs, toMs, limit});
}

Result<qint64> AppointmentRepository::idForUid(qint64 contactId, const QString &icalUid)
{
    auto &q = m_db.prepared(u"SELECT id FROM appointments WHERE ical_uid = ? AND contact_id = ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(icalUid);
    q.addBindValue(contactId);
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Result<QStringList> AppointmentRepository::contactEmails(qint64 contactId)
{
    auto &e
        = m_db.prepared(u"SELECT value FROM contact_emails WHERE contact_id = ? ORDER BY is_primary DESC, position"_s);
    e.addBindValue(contactId);
    if (!e.exec()) {
        return storageError(e);
    }
    QStringList emails;
    while (e.next()) {
        emails << e.value(0).toString();
    }
    e.finish();
    return emails;
}

Result<qint64> AppointmentRepository::userIdForEmail(const QString &email)
{
    if (email.trimmed().isEmpty()) {
        return 0;
    }
    auto &q = m_db.prepared(u"SELECT id FROM users WHERE lower(trim(email)) = lower(?) ORDER BY id LIMIT 1"_s);
    q.addBindValue(email.trimmed());
    if (!q.exec()) {
        return storageError(q);
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool AppointmentRepository::userExists(qint64 userId)
{
    return !userUuid(userId).isEmpty();
}

bool AppointmentRepository::contactExists(qint64 contactId)
{
    return !contactUuid(contactId).isEmpty();
}

QString AppointmentRepository::userUuid(qint64 userId)
{
    auto &q = m_db.prepared(u"SELECT uuid FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    const QString uuid = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return uuid;
}

QString AppointmentRepository::contactUuid(qint64 contactId)
{
    auto &q = m_db.prepared(u"SELECT uuid FROM contacts WHERE id = ?"_s);
    q.addBindValue(contactId);
    const QString uuid = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return uuid;
}

} // namespace Kontor
