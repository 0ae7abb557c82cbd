#include "Recurrence.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone &berlin()
{
    static const QTimeZone s_zone("Europe/Berlin");
    return s_zone;
}

QDateTime at(int y, int m, int d, int h = 9, int min = 0)
{
    return Recurrence::localDateTime(QDate(y, m, d), QTime(h, min), berlin());
}

Recurrence every(Recurrence::Frequency frequency, int interval = 1)
{
    Recurrence r;
    r.frequency = frequency;
    r.interval = interval;
    return r;
}
} // namespace

TEST_CASE("A monthly task on the 31st falls on the month's last day and returns to the 31st")
{
    Recurrence r = every(Recurrence::Frequency::Monthly);
    r.monthDay = 31;
    const QDateTime jan = at(2028, 1, 31);
    const QDateTime feb = r.next(jan);
    CHECK(feb == at(2028, 2, 29));
    const QDateTime mar = r.next(feb);
    CHECK(mar == at(2028, 3, 31));
    CHECK(r.next(mar) == at(2028, 4, 30));
    CHECK(r.next(at(2028, 4, 30)) == at(2028, 5, 31));

    // Without a pinned day the anchor's day counts: 31 January -> 29 February (leap year).
    const Recurrence plain = every(Recurrence::Frequency::Monthly);
    CHECK(plain.next(jan) == at(2028, 2, 29));
}

TEST_CASE("A monthly task on the 30th goes to 28 February in a common year and back to the 30th")
{
    Recurrence r = every(Recurrence::Frequency::Monthly);
    r.monthDay = 30;
    CHECK(r.next(at(2027, 1, 30)) == at(2027, 2, 28));
    CHECK(r.next(at(2027, 2, 28)) == at(2027, 3, 30));
    Recurrence quarterly = every(Recurrence::Frequency::Monthly, 3);
    CHECK(quarterly.next(at(2027, 11, 30)) == at(2028, 2, 29));
}

TEST_CASE("A yearly task on 29 February falls on 28 February in common years and on the 29th in leap years")
{
    Recurrence r = every(Recurrence::Frequency::Yearly);
    const QDateTime leap = at(2028, 2, 29, 8, 15);
    r.monthDay = 29;
    const QDateTime y2029 = r.next(leap);
    CHECK(y2029 == at(2029, 2, 28, 8, 15));
    CHECK(r.next(at(2031, 2, 28, 8, 15)) == at(2032, 2, 29, 8, 15));
    Recurrence everyFour = every(Recurrence::Frequency::Yearly, 4);
    CHECK(everyFour.next(leap) == at(2032, 2, 29, 8, 15));
}

TEST_CASE("A weekly task on Monday and Wednesday every 2 weeks goes to Wednesday, then skips a week to Monday")
{
    Recurrence r = every(Recurrence::Frequency::Weekly, 2);
    r.weekdays = {1, 3};
    const QDateTime monday = at(2026, 6, 1, 10); // a Monday
    REQUIRE(monday.date().dayOfWeek() == 1);
    const QDateTime wednesday = r.next(monday);
    CHECK(wednesday == at(2026, 6, 3, 10));
    const QDateTime nextMonday = r.next(wednesday);
    CHECK(nextMonday == at(2026, 6, 15, 10));
    CHECK(r.next(nextMonday) == at(2026, 6, 17, 10));
    // Weekly without chosen days repeats on the anchor's weekday.
    CHECK(every(Recurrence::Frequency::Weekly).next(at(2026, 6, 4)) == at(2026, 6, 11));
}

TEST_CASE("A daily 09:00 task stays at 09:00 local time across both daylight-saving switches in Berlin")
{
    const Recurrence daily = every(Recurrence::Frequency::Daily);
    const QDateTime beforeSpring = at(2026, 3, 28);
    const QDateTime spring = daily.next(beforeSpring);
    CHECK(spring.date() == QDate(2026, 3, 29));
    CHECK(spring.time() == QTime(9, 0));
    CHECK(spring.toUTC().time() == QTime(7, 0));
    CHECK(beforeSpring.toUTC().time() == QTime(8, 0));
    CHECK(beforeSpring.secsTo(spring) == 23 * 3600);

    const QDateTime beforeAutumn = at(2026, 10, 24);
    const QDateTime autumn = daily.next(beforeAutumn);
    CHECK(autumn.date() == QDate(2026, 10, 25));
    CHECK(autumn.time() == QTime(9, 0));
    CHECK(autumn.toUTC().time() == QTime(8, 0));
    CHECK(beforeAutumn.secsTo(autumn) == 25 * 3600);
}

TEST_CASE("A 02:30 occurrence on the spring-forward day moves to 03:30 and the pinned time returns to 02:30")
{
    Recurrence daily = every(Recurrence::Frequency::Daily);
    const QDateTime before = at(2026, 3, 28, 2, 30);
    const QDateTime onSwitch = daily.next(before);
    REQUIRE(onSwitch.isValid());
    CHECK(onSwitch.date() == QDate(2026, 3, 29));
    CHECK(onSwitch.time() == QTime(3, 30));
    CHECK(onSwitch.toUTC() == QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
    daily.time = QTime(2, 30);
    const QDateTime after = daily.next(onSwitch);
    CHECK(after.date() == QDate(2026, 3, 30));
    CHECK(after.time() == QTime(2, 30));
}

TEST_CASE("The text form round-trips every frequency and refuses junk naming the part")
{
    Recurrence weekly = every(Recurrence::Frequency::Weekly, 2);
    weekly.weekdays = {1, 3};
    CHECK(weekly.toText() == u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE"_s);
    Recurrence monthly = every(Recurrence::Frequency::Monthly);
    monthly.monthDay = 31;
    CHECK(monthly.toText() == u"FREQ=MONTHLY;BYMONTHDAY=31"_s);
    Recurrence yearly = every(Recurrence::Frequency::Yearly, 3);
    yearly.month = 2;
    yearly.monthDay = 29;
    Recurrence pinned = every(Recurrence::Frequency::Daily);
    pinned.time = QTime(2, 30);
    CHECK(pinned.toText() == u"FREQ=DAILY;BYHOUR=2;BYMINUTE=30"_s);

    for (const Recurrence &r :
        {Recurrence(), every(Recurrence::Frequency::Daily, 5), weekly, monthly, yearly, pinned}) {
        bool ok = false;
        CHECK(Recurrence::fromText(r.toText(), &ok) == r);
        CHECK(ok);
    }
    CHECK(Recurrence().toText().isEmpty());
    CHECK(Recurrence::fromText(u" freq=weekly ; byday=we,mo "_s) == [] {
        Recurrence r;
        r.frequency = Recurrence::Frequency::Weekly;
        r.weekdays = {1, 3};
        return r;
    }());

    for (const QString &junk : {u"FREQ=HOURLY"_s,
             u"FREQ=DAILY;INTERVAL=0"_s,
             u"FREQ=DAILY;INTERVAL=x"_s,
             u"FREQ=WEEKLY;BYDAY=XX"_s,
             u"FREQ=MONTHLY;BYMONTHDAY=32"_s,
             u"FREQ=DAILY;COUNT=3"_s,
             u"INTERVAL=2"_s,
             u"FREQ=DAILY;FREQ=WEEKLY"_s,
             u"hello"_s,
             u"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"_s,
             u"FREQ=DAILY;BYHOUR=2"_s}) {
        INFO(junk.toStdString());
        bool ok = true;
        CHECK(Recurrence::fromText(junk, &ok).isNone());
        CHECK_FALSE(ok);
        auto parsed = Recurrence::parse(junk);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == Error::Code::Invalid);
        CHECK(parsed.error().location.field == u"recurrence"_s);
        CHECK_FALSE(parsed.error().message.isEmpty());
    }
    CHECK(Recurrence::parse(u"FREQ=DAILY;COUNT=3"_s).error().message.contains(u"COUNT=3"_s));
}

TEST_CASE("Recurrences describe themselves for people and map frequency keys both ways")
{
    CHECK(Recurrence().describe() == u"Does not repeat"_s);
    CHECK(every(Recurrence::Frequency::Daily).describe() == u"Daily"_s);
    CHECK(every(Recurrence::Frequency::Daily, 3).describe() == u"Every 3 days"_s);
    Recurrence monthly = every(Recurrence::Frequency::Monthly);
    monthly.monthDay = 31;
    CHECK(monthly.describe() == u"Monthly on day 31"_s);
    Recurrence weekly = every(Recurrence::Frequency::Weekly, 2);
    weekly.weekdays = {1, 3};
    CHECK(weekly.describe().startsWith(u"Every 2 weeks on "_s));
    for (auto f : {Recurrence::Frequency::None,
             Recurrence::Frequency::Daily,
             Recurrence::Frequency::Weekly,
             Recurrence::Frequency::Monthly,
             Recurrence::Frequency::Yearly}) {
        Recurrence::Frequency back = Recurrence::Frequency::None;
        REQUIRE(Recurrence::frequencyFromKey(Recurrence::frequencyKey(f), &back));
        CHECK(back == f);
    }
    Recurrence::Frequency f;
    CHECK_FALSE(Recurrence::frequencyFromKey(u"hourly"_s, &f));
}
