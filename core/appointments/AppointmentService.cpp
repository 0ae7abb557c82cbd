#include "AppointmentService.h"

#include "AppointmentRepository.h"
#include "AppointmentValidator.h"
#include "CalendarRepository.h"
#include "CalendarService.h"
#include "ContactRepository.h"
#include "Database.h"
#include "IcsFormat.h"
#include "LinkedContact.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"appointment"_s;

// The owner must exist and be out of the trash: appointments of a trashed contact are hidden everywhere.
Result<LinkedContact> liveOwner(Database &db, qint64 contactId)
{
    return LinkedContact::loadLive(db,
        contactId,
        AppointmentService::tr("The contact is in the trash; restore it before changing its appointments."));
}

QString shownTime(const Appointment &a, bool end)
{
    if (a.allDay) {
        return (end ? a.lastDay() : a.firstDay()).toString(Qt::ISODate);
    }
    return (end ? a.end : a.start).toTimeZone(a.zone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

// What the audit log shows of an appointment, field by field.
QMap<QString, QString> shown(const Appointment &a)
{
    QStringList attendees;
    for (const Attendee &at : a.attendees) {
        attendees << (at.name.isEmpty() ? at.email : at.name);
    }
    return {{u"title"_s, a.title},
        {u"start"_s, shownTime(a, false)},
        {u"end"_s, shownTime(a, true)},
        {u"time_zone"_s, a.timeZone},
        {u"location"_s, a.location},
        {u"notes"_s, a.notes},
        {u"calendar"_s, a.calendarName},
        {u"attendees"_s, attendees.join(u", "_s)},
        {u"organizer"_s, a.organizer},
        {u"contact"_s, a.contactName}};
}

// What a sync replica needs of an appointment; references by uuid.
QJsonObject snapshot(AppointmentRepository &repo, Database &db, const Appointment &a)
{
    QJsonArray attendees;
    for (const Attendee &at : a.attendees) {
        attendees.append(QJsonObject{{u"user"_s, at.userId ? repo.userUuid(at.userId) : QString()},
            {u"contact"_s, at.contactId ? repo.contactUuid(at.contactId) : QString()},
            {u"name"_s, at.name},
            {u"email"_s, at.email}});
    }
    auto calendar = CalendarRepository(db).load(a.calendarId);
    return QJsonObject{{u"contact"_s, repo.contactUuid(a.contactId)},
        {u"calendar"_s, calendar ? calendar->uuid : QString()},
        {u"title"_s, a.title},
        {u"start_at"_s, a.start.toMSecsSinceEpoch()},
        {u"end_at"_s, a.end.toMSecsSinceEpoch()},
        {u"all_day"_s, a.allDay},
        {u"time_zone"_s, a.timeZone},
        {u"location"_s, a.location},
        {u"notes"_s, a.notes},
        {u"ical_uid"_s, a.icalUid},
        {u"organizer"_s, a.organizer},
        {u"attendees"_s, attendees}};
}

} // namespace

AppointmentService::AppointmentService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<Appointment> AppointmentService::add(const Appointment &appointment)
{
    AppointmentRepository repo(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto owner = liveOwner(m_db, appointment.contactId);
    if (!owner) {
        return owner.error();
    }
    auto valid = AppointmentValidator::check(m_db, appointment);
    if (!valid) {
        return valid.error();
    }
    Appointment a = valid->appointment;
    if (a.location.isEmpty()) {
        a.location = valid->calendar.defaultLocation;
    }
    a.uuid = Uuid::createV7(m_db.clock());
    if (a.icalUid.isEmpty()) {
        a.icalUid = a.uuid + u"@kontor"_s;
    }
    a.contactName = owner->displayName;
    a.createdAt = a.updatedAt = unit.now();
    a.createdBy = a.updatedBy = m_session.userId;
    auto id = repo.insert(a);
    if (!id) {
        return id.error();
    }
    Result<void> ok = repo.writeAttendees(*id, a.attendees);
    if (ok) {
        ok = unit.audit(kEntity, a.contactId, a.uuid, u"create"_s, u"title"_s, {}, a.title);
    }
    if (ok) {
        QJsonObject record = snapshot(repo, m_db, a);
        record.insert(u"created_at"_s, a.createdAt);
        record.insert(u"created_by"_s, repo.userUuid(a.createdBy));
        ok = unit.logChange(kEntity, a.uuid, u"*"_s, record);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, a.contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return repo.load(*id);
}

Result<Appointment> AppointmentService::update(const Appointment &appointment)
{
    AppointmentRepository repo(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = repo.load(appointment.id);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    Appointment in = appointment;
    if (in.contactId == 0) {
        in.contactId = old->contactId;
    }
    auto owner = liveOwner(m_db, in.contactId);
    if (!owner) {
        return owner.error();
    }
    auto valid = AppointmentValidator::check(m_db, in);
    if (!valid) {
        return valid.error();
    }
    Appointment a = valid->appointment;
    a.id = old->id;
    a.uuid = old->uuid;
    a.contactName = owner->displayName;
    if (a.icalUid.isEmpty()) {
        a.icalUid = old->icalUid;
    }
    a.createdAt = old->createdAt;
    a.createdBy = old->createdBy;
    const QJsonObject before = snapshot(repo, m_db, *old);
    const QJsonObject after = snapshot(repo, m_db, a);
    if (before == after) {
        return *old;
    }
    a.updatedAt = unit.now();
    a.updatedBy = m_session.userId;
    Result<void> ok = repo.update(a);
    if (ok) {
        ok = repo.writeAttendees(a.id, a.attendees);
    }
    const auto oldShown = shown(*old);
    const auto newShown = shown(a);
    for (auto it = newShown.begin(); ok && it != newShown.end(); ++it) {
        if (oldShown.value(it.key()) != it.value()) {
            ok = unit.audit(kEntity, a.contactId, a.uuid, u"update"_s, it.key(), oldShown.value(it.key()), it.value());
        }
    }
    for (auto it = after.begin(); ok && it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            ok = unit.logChange(kEntity, a.uuid, it.key(), it.value());
        }
    }
    if (ok) {
        ok = LinkedContact::touch(unit, a.contactId, kEntity);
    }
    if (ok && old->contactId != a.contactId) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return repo.load(a.id);
}

Result<void> AppointmentService::remove(qint64 appointmentId)
{
    AppointmentRepository repo(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto old = repo.load(appointmentId);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    Result<void> ok = repo.remove(appointmentId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"delete"_s, u"title"_s, old->title, {});
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

Result<Appointment> AppointmentService::byId(qint64 appointmentId)
{
    return AppointmentRepository(m_db).load(appointmentId);
}

Result<QList<Appointment>> AppointmentService::forContact(qint64 contactId)
{
    AppointmentRepository repo(m_db);
    if (auto owner = LinkedContact::load(m_db, contactId); !owner) {
        return owner.error();
    }
    return repo.forContact(contactId);
}

Result<QList<Appointment>> AppointmentService::list(const QDateTime &from, const QDateTime &to, int limit)
{
    return AppointmentRepository(m_db).overlapping(from, to, limit);
}

Result<QList<Appointment>> AppointmentService::importIcs(
    qint64 contactId, const QByteArray &ics, const QString &fileName)
{
    auto events = IcsFormat::read(ics, fileName);
    if (!events) {
        return events.error();
    }
    AppointmentRepository repo(m_db);
    // One unit around all events: add, update and remove below join it, so a failure leaves nothing behind.
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto owner = liveOwner(m_db, contactId);
    if (!owner) {
        return owner.error();
    }
    auto emails = repo.contactEmails(contactId);
    if (!emails) {
        return emails.error();
    }
    const auto fail = [&fileName](Error e, const QString &uid) {
        e.location.file = fileName;
        e.detail = e.detail.isEmpty() ? u"UID: "_s + uid : e.detail;
        return e;
    };
    QList<Appointment> out;
    for (const IcsFormat::Event &event : std::as_const(*events)) {
        Appointment a = event.appointment;
        a.contactId = contactId;
        auto existing = a.icalUid.isEmpty() ? Result<qint64>(0) : repo.idForUid(contactId, a.icalUid);
        if (!existing) {
            return existing.error();
        }
        if (event.cancelled) {
            if (*existing) {
                if (auto ok = remove(*existing); !ok) {
                    return fail(ok.error(), a.icalUid);
                }
            }
            continue;
        }
        if (a.title.isEmpty()) {
            a.title = tr("Appointment from %1").arg(fileName);
        }
        // The contact takes part; the others are kept by name and e-mail, linked when they are users here.
        a.attendees = {Attendee{0, contactId, owner->displayName, emails->value(0)}};
        for (Attendee at : event.appointment.attendees) {
            if (emails->contains(at.email, Qt::CaseInsensitive)) {
                continue;
            }
            auto user = repo.userIdForEmail(at.email);
            if (!user) {
                return user.error();
            }
            at.userId = *user;
            a.attendees << at;
        }
        Result<Appointment> saved = Appointment{};
        if (*existing) {
            auto old = repo.load(*existing);
            if (!old) {
                return old.error();
            }
            a.id = old->id;
            a.calendarId = old->calendarId;
            saved = update(a);
        } else {
            saved = add(a);
        }
        if (!saved) {
            return fail(saved.error(), a.icalUid);
        }
        out << *saved;
    }
    if (auto ok = unit.commit(); !ok) {
        return ok.error();
    }
    return out;
}

} // namespace Kontor
