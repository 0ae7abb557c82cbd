#pragma once

#include "Appointment.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// The configurable list of calendars. One always exists (the built-in "Appointments"). Names are unique
// (case-insensitive) and not empty (Error::Code::Invalid); a calendar that still holds appointments cannot be
// removed (Error::Code::Conflict names how many), nor can the last one. Writes announce otherEntities "calendar".
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    CalendarService(Database &db, Session session);

    Result<QList<Calendar>> list(); // by position
    Result<Calendar> byId(qint64 id);
    Result<Calendar> find(const QString &name); // by (display) name, case-insensitive; NotFound
    Result<Calendar> defaultCalendar(); // the first by position
    Result<Calendar> add(const Calendar &calendar);
    Result<Calendar> update(const Calendar &calendar);
    Result<void> remove(qint64 id);
    static QString displayName(const Calendar &calendar);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
