#include "CalendarService.h"

#include "CalendarRepository.h"
#include "Database.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"calendar"_s;
const QString kBuiltinDefault = u"default"_s;
const QString kBuiltinName = u"Appointments"_s;

QJsonObject snapshot(const Calendar &c)
{
    return QJsonObject{{u"name"_s, c.name},
        {u"color"_s, c.color},
        {u"default_location"_s, c.defaultLocation},
        {u"position"_s, c.position},
        {u"builtin"_s, c.builtin}};
}

bool sameName(const Calendar &c, const QString &name)
{
    return c.name.compare(name, Qt::CaseInsensitive) == 0
        || CalendarService::displayName(c).compare(name, Qt::CaseInsensitive) == 0;
}

// Trims the texts and checks name and colour against the other calendars.
Result<Calendar> checked(Calendar c, const QList<Calendar> &others)
{
    c.name = c.name.trimmed();
    c.color = c.color.trimmed();
    c.defaultLocation = c.defaultLocation.trimmed();
    if (c.name.isEmpty()) {
        return invalidField(u"name"_s, CalendarService::tr("A calendar needs a name."), CalendarService::tr("Name"));
    }
    for (const Calendar &other : others) {
        if (other.id != c.id && sameName(other, c.name)) {
            return invalidField(u"name"_s,
                CalendarService::tr("There is already a calendar named \"%1\".").arg(c.name),
                CalendarService::tr("Name"));
        }
    }
    static const QRegularExpression colorPattern(u"^#[0-9a-fA-F]{6}$"_s);
    if (!c.color.isEmpty() && !colorPattern.match(c.color).hasMatch()) {
        return invalidField(u"color"_s,
            CalendarService::tr("The colour \"%1\" is not of the form #rrggbb.").arg(c.color),
            CalendarService::tr("Colour"));
    }
    return c;
}
} // namespace

CalendarService::CalendarService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

QString CalendarService::displayName(const Calendar &calendar)
{
    // The built-in calendar is stored under its English name; once renamed, the user's name is shown as typed.
    if (calendar.builtin == kBuiltinDefault && calendar.name == kBuiltinName) {
        return tr("Appointments");
    }
    return calendar.name;
}

Result<QList<Calendar>> CalendarService::list()
{
    return CalendarRepository(m_db).list();
}

Result<Calendar> CalendarService::byId(qint64 id)
{
    return CalendarRepository(m_db).load(id);
}

Result<Calendar> CalendarService::find(const QString &name)
{
    auto all = list();
    if (!all) {
        return all.error();
    }
    const QString wanted = name.trimmed();
    for (const Calendar &c : std::as_const(*all)) {
        if (sameName(c, wanted)) {
            return c;
        }
    }
    return makeError(Error::Code::NotFound, tr("There is no calendar named \"%1\".").arg(wanted));
}

Result<Calendar> CalendarService::defaultCalendar()
{
    auto all = list();
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("There is no calendar."));
    }
    return all->constFirst();
}

Result<Calendar> CalendarService::add(const Calendar &calendar)
{
    CalendarRepository calendars(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto all = calendars.list();
    if (!all) {
        return all.error();
    }
    Calendar c = calendar;
    c.id = 0;
    auto valid = checked(c, *all);
    if (!valid) {
        return valid.error();
    }
    c = *valid;
    c.uuid = Uuid::createV7(m_db.clock());
    c.builtin.clear();
    c.position = all->isEmpty() ? 0 : all->constLast().position + 1;
    auto id = calendars.insert(c, unit.now());
    if (!id) {
        return id.error();
    }
    Result<void> ok = unit.logChange(kEntity, c.uuid, u"*"_s, snapshot(c));
    if (ok) {
        unit.changes().otherEntities.insert(kEntity);
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return calendars.load(*id);
}

Result<Calendar> CalendarService::update(const Calendar &calendar)
{
    CalendarRepository calendars(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = calendars.load(calendar.id);
    if (!old) {
        return old.error();
    }
    auto all = calendars.list();
    if (!all) {
        return all.error();
    }
    auto valid = checked(calendar, *all);
    if (!valid) {
        return valid.error();
    }
    Calendar c = *valid;
    c.uuid = old->uuid;
    c.builtin = old->builtin;
    // The built-in calendar keeps its stored English name (and so its translation) while shown unchanged.
    if (c.builtin == kBuiltinDefault && c.name == displayName(*old)) {
        c.name = old->name;
    }
    const QJsonObject before = snapshot(*old);
    const QJsonObject after = snapshot(c);
    if (before == after) {
        return *old;
    }
    Result<void> ok = calendars.update(c);
    for (auto it = after.begin(); ok && it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            ok = unit.logChange(kEntity, c.uuid, it.key(), it.value());
        }
    }
    if (ok) {
        unit.changes().otherEntities.insert(kEntity);
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return calendars.load(c.id);
}

Result<void> CalendarService::remove(qint64 id)
{
    CalendarRepository calendars(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    auto old = calendars.load(id);
    if (!old) {
        return old.error();
    }
    auto used = calendars.appointmentCount(id);
    if (!used) {
        return used.error();
    }
    if (*used > 0) {
        return makeError(Error::Code::Conflict,
            tr("The calendar \"%1\" still holds %n appointment(s); move or delete them first.", nullptr, int(*used))
                .arg(displayName(*old)));
    }
    auto all = calendars.list();
    if (!all) {
        return all.error();
    }
    if (all->size() <= 1) {
        return makeError(Error::Code::Conflict, tr("The last calendar cannot be removed."));
    }
    Result<void> ok = calendars.remove(id);
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"_purged"_s, true);
    }
    if (!ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(kEntity);
    return unit.commit();
}

} // namespace Kontor
