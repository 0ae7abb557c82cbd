#pragma once

#include "Appointment.h"
#include "Result.h"

#include <QList>

namespace Kontor {

class Database;

// The SQL of appointments and their attendees. Only AppointmentService writes, inside its UnitOfWork.
// Loaded appointments carry UTC times, the contact's and the (translated) calendar's names, and attendees
// whose empty name or e-mail is filled from their user or contact.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(Database &db);

    Result<qint64> insert(const Appointment &appointment);
    Result<void> update(const Appointment &appointment);
    Result<void> remove(qint64 appointmentId);
    Result<void> writeAttendees(qint64 appointmentId, const QList<Attendee> &attendees);

    Result<Appointment> load(qint64 appointmentId); // NotFound
    Result<QList<Appointment>> forContact(qint64 contactId);
    // Of contacts out of the trash, overlapping [from, to) (invalid = open), by start.
    Result<QList<Appointment>> overlapping(const QDateTime &from, const QDateTime &to, int limit);
    // The contact's appointment with that .ics UID; 0 when there is none.
    Result<qint64> idForUid(qint64 contactId, const QString &icalUid);

    // The contact's e-mail addresses, primary first.
    Result<QStringList> contactEmails(qint64 contactId);
    // A user whose e-mail matches (case-insensitive); 0 when there is none.
    Result<qint64> userIdForEmail(const QString &email);
    bool userExists(qint64 userId);
    bool contactExists(qint64 contactId);
    QString userUuid(qint64 userId);
    QString contactUuid(qint64 contactId);

private:
    Result<QList<Appointment>> select(const QString &where, const QVariantList &binds);
    Result<void> loadAttendees(Appointment &appointment);

    Database &m_db;
};

} // namespace Kontor
