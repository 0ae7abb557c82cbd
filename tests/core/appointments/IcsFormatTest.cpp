#include "IcsFormat.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <libical/ical.h>
#include <memory>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA) + u"/ics/"_s + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

Appointment meeting()
{
    Appointment a;
    a.uuid = u"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"_s;
    a.title = u"Jahresgespräch, Angebot; \"Preise\""_s;
    a.start = utc(2026, 3, 10, 13, 30);
    a.end = utc(2026, 3, 10, 15);
    a.timeZone = u"Europe/Berlin"_s;
    a.location = u"Hauptstraße 5, Köln"_s;
    a.notes = u"Agenda:\n- Angebot\n- Lieferzeiten"_s;
    a.organizer = u"Petra Schulz <petra.schulz@example.de>"_s;
    a.attendees = {Attendee{0, 7, u"Anna Berger"_s, u"anna.berger@example.de"_s},
        Attendee{1, 0, u"Jonas Weiß"_s, u"jonas@kontor.example"_s},
        Attendee{0, 0, u"Without mail"_s, {}}};
    a.updatedAt = utc(2026, 3, 1, 9).toMSecsSinceEpoch();
    return a;
}

Appointment fair()
{
    Appointment a;
    a.uuid = u"0190a1b2-c3d4-7e5f-8a9b-000000000002"_s;
    a.icalUid = u"fair-2026@kontor"_s;
    a.title = u"Messe Hannover"_s;
    a.timeZone = u"Europe/Berlin"_s;
    a.setDays(QDate(2026, 4, 1), QDate(2026, 4, 2));
    return a;
}
} // namespace

TEST_CASE("Exported .ics is read by libical with summary, start in UTC, all-day DATE values and attendees")
{
    const QByteArray ics = IcsFormat::write({meeting(), fair()});
    CHECK(ics.contains("PRODID:-//Kontor//Kontor CRM//EN"));
    CHECK(ics.contains("METHOD:PUBLISH"));

    std::unique_ptr<icalcomponent, ComponentFree> root(icalparser_parse_string(ics.constData()));
    REQUIRE(root);
    REQUIRE(icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT);
    REQUIRE(icalcomponent_count_components(root.get(), ICAL_VEVENT_COMPONENT) == 2);

    icalcomponent *first = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
    CHECK(QString::fromUtf8(icalcomponent_get_summary(first)) == meeting().title);
    CHECK(QString::fromUtf8(icalcomponent_get_uid(first)) == meeting().uuid + u"@kontor"_s);
    CHECK(QString::fromUtf8(icalcomponent_get_location(first)) == meeting().location);
    CHECK(QString::fromUtf8(icalcomponent_get_description(first)) == meeting().notes);
    const icaltimetype start = icalcomponent_get_dtstart(first);
    CHECK(icaltime_is_utc(start));
    CHECK_FALSE(start.is_date);
    CHECK(start.hour == 13);
    CHECK(start.minute == 30);
    CHECK(icaltime_as_timet_with_zone(icalcomponent_get_dtend(first), icaltimezone_get_utc_timezone())
        == utc(2026, 3, 10, 15).toSecsSinceEpoch());
    // The attendee without an e-mail cannot be invited and is left out.
    CHECK(icalcomponent_count_properties(first, ICAL_ATTENDEE_PROPERTY) == 2);
    icalproperty *organizer = icalcomponent_get_first_property(first, ICAL_ORGANIZER_PROPERTY);
    REQUIRE(organizer);
    CHECK(QString::fromUtf8(icalproperty_get_organizer(organizer)) == u"mailto:petra.schulz@example.de"_s);
    CHECK(icalcomponent_get_first_property(first, ICAL_DTSTAMP_PROPERTY));

    icalcomponent *second = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT);
    const icaltimetype day = icalcomponent_get_dtstart(second);
    CHECK(day.is_date);
    CHECK(QDate(day.year, day.month, day.day) == QDate(2026, 4, 1));
    const icaltimetype dayEnd = icalcomponent_get_dtend(second);
    CHECK(dayEnd.is_date);
    CHECK(QDate(dayEnd.year, dayEnd.month, dayEnd.day) == QDate(2026, 4, 3));
    CHECK(QString::fromUtf8(icalcomponent_get_uid(second)) == u"fair-2026@kontor"_s);
}

TEST_CASE("Exported appointments read back by IcsFormat keep times, all-day days, texts and attendees")
{
    auto events = IcsFormat::read(IcsFormat::write({meeting(), fair()}), u"export.ics"_s, u"Europe/Berlin"_s);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 2);
    const Appointment &m = events->at(0).appointment;
    CHECK_FALSE(events->at(0).cancelled);
    CHECK(m.title == meeting().title);
    CHECK(m.start == meeting().start);
    CHECK(m.end == meeting().end);
    CHECK_FALSE(m.allDay);
    CHECK(m.location == meeting().location);
    CHECK(m.notes == meeting().notes);
    CHECK(m.organizer == meeting().organizer);
    REQUIRE(m.attendees.size() == 2);
    CHECK(m.attendees.at(0).name == u"Anna Berger"_s);
    CHECK(m.attendees.at(0).email == u"anna.berger@example.de"_s);
    CHECK(m.attendees.at(1).name == u"Jonas Weiß"_s);

    const Appointment &f = events->at(1).appointment;
    CHECK(f.allDay);
    CHECK(f.timeZone == u"Europe/Berlin"_s);
    CHECK(f.start == fair().start);
    CHECK(f.end == fair().end);
    CHECK(f.firstDay() == QDate(2026, 4, 1));
    CHECK(f.lastDay() == QDate(2026, 4, 2));
    CHECK(f.icalUid == u"fair-2026@kontor"_s);
}

TEST_CASE("An Outlook invitation in Europe/Berlin gives the right UTC start in winter and in summer")
{
    auto winter = IcsFormat::read(fixture(u"outlook-berlin-request.ics"_s), u"request.ics"_s, u"UTC"_s);
    REQUIRE(winter.has_value());
    REQUIRE(winter->size() == 1);
    const Appointment &w = winter->first().appointment;
    CHECK(w.start == utc(2026, 1, 15, 9)); // 10:00 CET
    CHECK(w.end == utc(2026, 1, 15, 10, 30));
    CHECK(w.timeZone == u"Europe/Berlin"_s); // from the Windows zone name of the VTIMEZONE
    CHECK(w.title == u"Jahresgespräch"_s);
    CHECK(w.location == u"Besprechungsraum 2, Hauptstraße 5"_s);
    CHECK(w.notes.startsWith(u"Agenda:\n- Angebot\n- Lieferzeiten, Preise"_s));
    CHECK(w.organizer == u"Petra Schulz <petra.schulz@example.de>"_s);
    REQUIRE(w.attendees.size() == 2);
    CHECK(w.attendees.at(1).name == u"Jonas Weiß"_s);
    CHECK(w.icalUid.startsWith(u"040000008200E00074C5B7101A82E008"_s));
    CHECK_FALSE(winter->first().cancelled);

    auto summer = IcsFormat::read(fixture(u"outlook-berlin-update.ics"_s), u"update.ics"_s, u"UTC"_s);
    REQUIRE(summer.has_value());
    CHECK(summer->first().appointment.start == utc(2026, 7, 16, 12)); // 14:00 CEST
    CHECK(summer->first().appointment.end == utc(2026, 7, 16, 13));
    CHECK(summer->first().appointment.icalUid == w.icalUid);

    auto cancel = IcsFormat::read(fixture(u"outlook-berlin-cancel.ics"_s), u"cancel.ics"_s);
    REQUIRE(cancel.has_value());
    CHECK(cancel->first().cancelled);
}

TEST_CASE("A Google invitation in UTC, TZID without VTIMEZONE, DURATION and floating times are resolved")
{
    auto google = IcsFormat::read(fixture(u"google-utc.ics"_s), u"invite.ics"_s, u"Europe/Berlin"_s);
    REQUIRE(google.has_value());
    const Appointment &g = google->first().appointment;
    CHECK(g.start == utc(2026, 3, 10, 14));
    CHECK(g.end == utc(2026, 3, 10, 14, 45));
    CHECK(g.timeZone == u"Europe/Berlin"_s); // UTC times are shown in the reader's zone
    CHECK(g.organizer == u"max.mustermann@gmail.com"_s);
    REQUIRE(g.attendees.size() == 2);
    CHECK(g.attendees.at(1).email == u"anna.berger@kontor.example"_s);
    CHECK(g.attendees.at(1).name.isEmpty());

    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
          "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTAMP:20260101T000000Z\r\n"
          "DTSTART;TZID=Europe/Berlin:20260715T100000\r\nDURATION:PT45M\r\nSUMMARY:Iana\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:b@test\r\nDTSTAMP:20260101T000000Z\r\n"
          "DTSTART;TZID=W. Europe Standard Time:20260115T100000\r\nSUMMARY:Windows\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:c@test\r\nDTSTAMP:20260101T000000Z\r\n"
          "DTSTART:20260715T100000\r\nDTEND:20260715T110000\r\nSUMMARY:Floating\r\nEND:VEVENT\r\n"
          "END:VCALENDAR\r\n";
    auto events = IcsFormat::read(ics, u"mixed.ics"_s, u"America/New_York"_s);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 3);
    CHECK(events->at(0).appointment.start == utc(2026, 7, 15, 8));
    CHECK(events->at(0).appointment.end == utc(2026, 7, 15, 8, 45));
    CHECK(events->at(0).appointment.timeZone == u"Europe/Berlin"_s);
    CHECK(events->at(1).appointment.start == utc(2026, 1, 15, 9));
    CHECK(events->at(1).appointment.end == events->at(1).appointment.start);
    CHECK(events->at(2).appointment.start == utc(2026, 7, 15, 14)); // 10:00 EDT
    CHECK(events->at(2).appointment.timeZone == u"America/New_York"_s);
}

TEST_CASE("All-day events are whole local days, one day when DTEND is missing")
{
    auto events = IcsFormat::read(fixture(u"all-day.ics"_s), u"all-day.ics"_s, u"Europe/Berlin"_s);
    REQUIRE(events.has_value());
    REQUIRE(events->size() == 2);
    const Appointment &fairDays = events->at(0).appointment;
    CHECK(fairDays.allDay);
    CHECK(fairDays.start == utc(2026, 3, 31, 22)); // local midnight in CEST
    CHECK(fairDays.end == utc(2026, 4, 2, 22));
    CHECK(fairDays.firstDay() == QDate(2026, 4, 1));
    CHECK(fairDays.lastDay() == QDate(2026, 4, 2));
    const Appointment &easter = events->at(1).appointment;
    CHECK(easter.allDay);
    CHECK(easter.firstDay() == QDate(2026, 4, 5));
    CHECK(easter.lastDay() == QDate(2026, 4, 5));
    CHECK(easter.start.msecsTo(easter.end) == 24 * 3600 * 1000);
}

TEST_CASE("Broken .ics files are refused naming the file, and the event's UID when the start is unreadable")
{
    auto notCalendar = IcsFormat::read(fixture(u"BrokenNotCalendar.ics"_s), u"BrokenNotCalendar.ics"_s);
    REQUIRE_FALSE(notCalendar.has_value());
    CHECK(notCalendar.error().code == Error::Code::Invalid);
    CHECK(notCalendar.error().location.file == u"BrokenNotCalendar.ics"_s);
    CHECK(notCalendar.error().message.contains(u"BrokenNotCalendar.ics"_s));

    auto badStart = IcsFormat::read(fixture(u"BrokenDtstart.ics"_s), u"BrokenDtstart.ics"_s);
    REQUIRE_FALSE(badStart.has_value());
    CHECK(badStart.error().code == Error::Code::Invalid);
    CHECK(badStart.error().message.contains(u"BrokenDtstart.ics"_s));
    CHECK(badStart.error().message.contains(u"broken-start@example.de"_s));
    CHECK(badStart.error().detail.contains(u"DTSTART"_s));

    for (const QByteArray &bad : {QByteArray(),
             QByteArray("   \r\n"),
             QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),
             QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\nEND:VEVENT\r\n"),
             QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:y\r\nDTSTART:20260101T100000Z\r\n"
                        "DTEND:20260101T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
             QByteArray("BEGIN:VCALENDAR\0garbage", 24)}) {
        auto r = IcsFormat::read(bad, u"bad.ics"_s);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK(r.error().location.file == u"bad.ics"_s);
    }
}
