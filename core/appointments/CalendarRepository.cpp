#include "CalendarRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
};

const QString kSelect = u"SELECT id, uuid, name, color, default_location, position, builtin FROM calendars"_s;

Calendar readCalendar(const QSqlQuery &q)
{
    Calendar c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.color = q.value(3).toString();
    c.defaultLocation = q.value(4).toString();
    c.position = q.value(5).toInt();
    c.builtin = q.value(6).toString();
    return c;
}

Error calendarNotFound(qint64 id)
{
    return makeError(Error::Code::NotFound, Tr::tr("There is no calendar with id %1.").arg(id));
}
// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}
} // namespace

CalendarRepository::CalendarRepository(Database &db)
    : m_db(db)
{}

Result<QList<Calendar>> CalendarRepository::list()
{
    auto &q = m_db.prepared(kSelect + u" ORDER BY position, id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Calendar> out;
    while (q.next()) {
        out << readCalendar(q);
    }
    q.finish();
    return out;
}

Result<Calendar> CalendarRepository::load(qint64 id)
{
    auto &q = m_db.prepared(kSelect + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return calendarNotFound(id);
    }
    Calendar c = readCalendar(q);
    q.finish();
    return c;
}

Result<qint64> CalendarRepository::insert(const Calendar &c, qint64 createdAt)
{
    auto &q = m_db.prepared(u"INSERT INTO calendars(uuid, name, color, default_location, position, builtin,"
                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.uuid);
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.color));
    q.addBindValue(text(c.defaultLocation));
    q.addBindValue(c.position);
    q.addBindValue(text(c.builtin));
    q.addBindValue(createdAt);
    if (!q.exec()) {
        return storageError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> CalendarRepository::update(const Calendar &c)
{
    auto &q
        = m_db.prepared(u"UPDATE calendars SET name = ?, color = ?, default_location = ?, position = ? WHERE id = ?"_s);
    q.addBindValue(text(c.name));
    q.addBindValue(text(c.color));
    q.addBindValue(text(c.defaultLocation));
    q.addBindValue(c.position);
    q.addBindValue(c.id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return calendarNotFound(c.id);
    }
    return {};
}

Result<void> CalendarRepository::remove(qint64 id)
{
    auto &q = m_db.prepared(u"DELETE FROM calendars WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return calendarNotFound(id);
    }
    return {};
}

Result<qint64> CalendarRepository::appointmentCount(qint64 id)
{
    auto &q = m_db.prepared(u"SELECT count(*) FROM appointments WHERE calendar_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace Kontor
