#include "IcsFormat.h"

#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>
#include <memory>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

const QString kTzidPrefix = u"/freeassociation.sourceforge.net/"_s;

QString text(const char *value)
{
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

// "mailto:a@b" (any case of the scheme) -> "a@b"; other URIs are kept as they are.
QString mailAddress(const char *uri)
{
    QString value = text(uri);
    if (value.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
        value = value.mid(7).trimmed();
    }
    return value;
}

QString paramText(icalproperty *p, icalparameter_kind kind)
{
    icalparameter *param = icalproperty_get_first_parameter(p, kind);
    if (!param) {
        return {};
    }
    return kind == ICAL_CN_PARAMETER ? text(icalparameter_get_cn(param)) : text(icalparameter_get_tzid(param));
}

// The libical errors (X-LIC-ERROR) of an event, for the detail of an error.
QString parseErrors(icalcomponent *event)
{
    QStringList out;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
        out << text(icalproperty_get_xlicerror(p));
    }
    return out.join(u"; "_s);
}

icaltimetype utcValue(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

icaltimetype dateValue(const QDate &d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

icalproperty *withCn(icalproperty *p, const QString &name)
{
    if (!name.isEmpty()) {
        icalproperty_add_parameter(p, icalparameter_new_cn(name.toUtf8().constData()));
    }
    return p;
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &value)
{
    if (!value.isEmpty()) {
        icalcomponent_add_property(event, make(value.toUtf8().constData()));
    }
}

icalcomponent *eventOf(const Appointment &a)
{
    icalcomponent *event = icalcomponent_new_vevent();
    const QString uid = a.icalUid.isEmpty() ? a.uuid + u"@kontor"_s : a.icalUid;
    icalcomponent_add_property(event, icalproperty_new_uid(uid.toUtf8().constData()));
    // DTSTAMP is the time the appointment was last written, so exporting twice gives the same file.
    const qint64 stamp = a.updatedAt ? a.updatedAt : (a.createdAt ? a.createdAt : a.start.toMSecsSinceEpoch());
    icalcomponent_add_property(
        event, icalproperty_new_dtstamp(utcValue(QDateTime::fromMSecsSinceEpoch(stamp, QTimeZone::utc()))));
    if (a.allDay) {
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(a.firstDay())));
        icalcomponent_add_property(event, icalproperty_new_dtend(dateValue(a.lastDay().addDays(1))));
    } else {
        icalcomponent_add_property(event, icalproperty_new_dtstart(utcValue(a.start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utcValue(a.end.isValid() ? a.end : a.start)));
    }
    addText(event, icalproperty_new_summary, a.title);
    addText(event, icalproperty_new_location, a.location);
    addText(event, icalproperty_new_description, a.notes);
    addText(event, icalproperty_new_categories, a.calendarName);
    if (!a.organizer.isEmpty()) {
        // "Name <mail>" or a bare address, as read from an invitation.
        QString name = a.organizer;
        QString mail = a.organizer;
        if (const auto open = a.organizer.lastIndexOf(u'<'); open >= 0 && a.organizer.endsWith(u'>')) {
            name = a.organizer.left(open).trimmed();
            mail = a.organizer.mid(open + 1).chopped(1).trimmed();
        } else {
            name.clear();
        }
        icalcomponent_add_property(
            event, withCn(icalproperty_new_organizer((u"mailto:"_s + mail).toUtf8().constData()), name));
    }
    for (const Attendee &attendee : a.attendees) {
        if (attendee.email.isEmpty()) {
            continue;
        }
        icalproperty *p = icalproperty_new_attendee((u"mailto:"_s + attendee.email).toUtf8().constData());
        icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalcomponent_add_property(event, withCn(p, attendee.name));
    }
    return event;
}

// An IANA id for a libical zone: builtin zones carry it in their TZID or location, Outlook names its
// VTIMEZONE after the Windows zone ("W. Europe Standard Time").
QString ianaId(const icaltimezone *zone, const QString &tzid)
{
    QStringList candidates;
    if (zone) {
        auto *z = const_cast<icaltimezone *>(zone);
        candidates << text(icaltimezone_get_location(z)) << text(icaltimezone_get_tzid(z));
    }
    candidates << tzid;
    for (QString id : std::as_const(candidates)) {
        if (id.startsWith(kTzidPrefix)) {
            id = id.mid(kTzidPrefix.size());
        }
        if (id.isEmpty()) {
            continue;
        }
        if (QTimeZone(id.toUtf8()).isValid()) {
            return id;
        }
        if (const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8()); !windows.isEmpty()) {
            return QString::fromUtf8(windows);
        }
    }
    return {};
}

struct Resolved
{
    QDateTime utc;
    QString zone; // IANA id; empty for UTC and floating times
};

// A DATE-TIME as UTC. libical resolves a TZID against the file's VTIMEZONE (or its builtin names); a TZID it
// does not know is tried as an IANA or Windows id, and floating times are local to `localZone`.
// icaltime_as_timet_with_zone() takes the zone the time is *in*, not the one to convert to.
Resolved resolve(icaltimetype t, const QString &tzid, const QTimeZone &localZone)
{
    if (t.zone) {
        const QString iana = icaltime_is_utc(t) ? QString() : ianaId(t.zone, tzid);
        return {QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, t.zone), QTimeZone::utc()), iana};
    }
    const QString iana = tzid.isEmpty() ? QString() : ianaId(nullptr, tzid);
    const QTimeZone zone = iana.isEmpty() ? localZone : QTimeZone(iana.toUtf8());
    const QDateTime local(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone);
    return {local.toUTC(), iana};
}

struct Reader
{
    QString fileName;
    QTimeZone localZone;
    QString localZoneId;
    bool methodCancel = false;

    Error eventError(const QString &uid, const QString &message, const QString &libicalErrors) const
    {
        ErrorLocation where;
        where.file = fileName;
        QStringList detail{u"UID: "_s + uid};
        if (!libicalErrors.isEmpty()) {
            detail << libicalErrors;
        }
        return makeError(Error::Code::Invalid, message, detail.join(u"; "_s), where);
    }

    Result<IcsFormat::Event> read(icalcomponent *event, int number) const
    {
        IcsFormat::Event out;
        Appointment &a = out.appointment;
        a.icalUid = text(icalcomponent_get_uid(event));
        const QString name = a.icalUid.isEmpty() ? IcsFormat::tr("number %1").arg(number) : a.icalUid;
        icalproperty *startProp = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        const icaltimetype start = icalcomponent_get_dtstart(event);
        if (!startProp || icaltime_is_null_time(start) || !icaltime_is_valid_time(start)) {
            return eventError(a.icalUid,
                IcsFormat::tr("The event %1 in \"%2\" has no readable start (DTSTART).").arg(name, fileName),
                parseErrors(event));
        }
        const bool hasEnd = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)
            || icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
        const QString startTzid = paramText(startProp, ICAL_TZID_PARAMETER);
        if (start.is_date) {
            a.allDay = true;
            a.timeZone = localZoneId;
            const QDate first(start.year, start.month, start.day);
            QDate afterLast = first.addDays(1);
            if (hasEnd) {
                const icaltimetype end = icalcomponent_get_dtend(event);
                afterLast = std::max(afterLast, QDate(end.year, end.month, end.day));
            }
            a.start = QDateTime(first, QTime(0, 0), localZone).toUTC();
            a.end = QDateTime(afterLast, QTime(0, 0), localZone).toUTC();
        } else {
            const Resolved s = resolve(start, startTzid, localZone);
            a.start = s.utc;
            a.timeZone = s.zone.isEmpty() ? localZoneId : s.zone;
            a.end = a.start;
            if (icalproperty *endProp = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
                a.end = resolve(icalcomponent_get_dtend(event), paramText(endProp, ICAL_TZID_PARAMETER), localZone).utc;
            } else if (hasEnd) {
                a.end = a.start.addSecs(icaldurationtype_as_int(icalcomponent_get_duration(event)));
            }
            if (a.end < a.start) {
                return eventError(
                    a.icalUid, IcsFormat::tr("The event %1 in \"%2\" ends before it starts.").arg(name, fileName), {});
            }
        }
        a.title = text(icalcomponent_get_summary(event));
        a.location = text(icalcomponent_get_location(event));
        a.notes = text(icalcomponent_get_description(event));
        if (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY)) {
            const QString mail = mailAddress(icalproperty_get_organizer(p));
            const QString cn = paramText(p, ICAL_CN_PARAMETER);
            a.organizer = cn.isEmpty() || cn == mail ? mail : u"%1 <%2>"_s.arg(cn, mail);
        }
        QSet<QString> seen;
        for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY); p;
             p = icalcomponent_get_next_property(event, ICAL_ATTENDEE_PROPERTY)) {
            Attendee attendee;
            attendee.email = mailAddress(icalproperty_get_attendee(p));
            attendee.name = paramText(p, ICAL_CN_PARAMETER);
            if (attendee.name == attendee.email) {
                attendee.name.clear();
            }
            const QString key = attendee.email.toLower();
            if ((attendee.email.isEmpty() && attendee.name.isEmpty()) || (!key.isEmpty() && seen.contains(key))) {
                continue;
            }
            seen.insert(key);
            a.attendees << attendee;
        }
        out.cancelled = methodCancel || icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
        return out;
    }
};

// The VEVENTs of a VCALENDAR, without the changed occurrences of a series whose master is in the file too
// (Kontor keeps one appointment per UID).
QList<icalcomponent *> eventsOf(icalcomponent *calendar)
{
    QList<icalcomponent *> all;
    QSet<QString> masters;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        all << e;
        if (!icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
            masters.insert(text(icalcomponent_get_uid(e)));
        }
    }
    QList<icalcomponent *> out;
    for (icalcomponent *e : std::as_const(all)) {
        if (!icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)
            || !masters.contains(text(icalcomponent_get_uid(e)))) {
            out << e;
        }
    }
    return out;
}
} // namespace

QByteArray IcsFormat::write(const QList<Appointment> &appointments)
{
    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Kontor//Kontor CRM//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    for (const Appointment &a : appointments) {
        icalcomponent_add_component(calendar.get(), eventOf(a));
    }
    char *ics = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray out(ics);
    icalmemory_free_buffer(ics);
    return out;
}

Result<QList<IcsFormat::Event>> IcsFormat::read(
    const QByteArray &ics, const QString &fileName, const QString &localZone)
{
    ErrorLocation where;
    where.file = fileName;
    // icalparser_parse_string reads up to the first NUL byte; a binary file is no calendar anyway.
    if (ics.trimmed().isEmpty() || ics.contains('\0')) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is not an iCalendar (.ics) file.").arg(fileName), {}, where);
    }
    ComponentPtr root(icalparser_parse_string(ics.constData()));
    if (!root) {
        return makeError(Error::Code::Invalid, tr("\"%1\" is not an iCalendar (.ics) file.").arg(fileName), {}, where);
    }
    // One VCALENDAR is the root; several come wrapped in an XROOT; a bare VEVENT is its own root.
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT)) {
            calendars << c;
        }
    } else {
        calendars << root.get();
    }

    Reader reader;
    reader.fileName = fileName;
    reader.localZoneId = localZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : localZone;
    reader.localZone = QTimeZone(reader.localZoneId.toUtf8());
    if (!reader.localZone.isValid()) {
        reader.localZone = QTimeZone::systemTimeZone();
        reader.localZoneId = QString::fromUtf8(reader.localZone.id());
    }
    QList<Event> out;
    int number = 0;
    for (icalcomponent *calendar : std::as_const(calendars)) {
        reader.methodCancel = icalcomponent_get_method(calendar) == ICAL_METHOD_CANCEL;
        const QList<icalcomponent *> events
            = icalcomponent_isa(calendar) == ICAL_VEVENT_COMPONENT ? QList{calendar} : eventsOf(calendar);
        for (icalcomponent *event : events) {
            auto e = reader.read(event, ++number);
            if (!e) {
                return e.error();
            }
            out << *e;
        }
    }
    if (out.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("\"%1\" contains no events.").arg(fileName), {}, where);
    }
    return out;
}

} // namespace Kontor
