#pragma once

#include "Appointment.h"
#include "Result.h"

#include <QList>

namespace Kontor {

class Database;

// The SQL of calendars. Only CalendarService writes, inside its UnitOfWork; AppointmentService reads.
class CalendarRepository
{
public:
    explicit CalendarRepository(Database &db);

    Result<QList<Calendar>> list(); // by position, then id
    Result<Calendar> load(qint64 id); // NotFound
    Result<qint64> insert(const Calendar &calendar, qint64 createdAt);
    Result<void> update(const Calendar &calendar);
    Result<void> remove(qint64 id);
    Result<qint64> appointmentCount(qint64 id);

private:
    Database &m_db;
};

} // namespace Kontor
