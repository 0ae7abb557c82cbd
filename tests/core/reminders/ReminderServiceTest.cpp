#include "ReminderService.h"

#include "ContactService.h"
#include "Recurrence.h"
#include "TaskService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
const QTimeZone &berlinZone()
{
    static const QTimeZone s_zone("Europe/Berlin");
    return s_zone;
}

QDateTime berlin(int y, int m, int d, int h, int min = 0)
{
    return Recurrence::localDateTime(QDate(y, m, d), QTime(h, min), berlinZone());
}

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

ReminderOptions berlinOptions()
{
    ReminderOptions o;
    o.birthdayDaysBefore = 3;
    o.birthdayTime = QTime(5, 30);
    o.timeZone = berlinZone();
    return o;
}

qint64 addPerson(ContactService &svc,
    const QString &first,
    const Birthday &birthday = {},
    qint64 ownerId = 0,
    const QList<qint64> &followers = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Beispiel"_s;
    c.birthday = birthday;
    c.ownerId = ownerId;
    c.followerIds = followers;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

QStringList keys(const Result<QList<Reminder>> &list)
{
    QStringList out;
    for (const auto &r : *list) {
        out << r.key;
    }
    return out;
}

const Reminder *byContact(const QList<Reminder> &list, qint64 contactId)
{
    for (const auto &r : list) {
        if (r.contactId == contactId) {
            return &r;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("A task reminder fires at the due time minus its lead, for the assignee or else the creator")
{
    Test::TestDatabase t;
    UserService users(t.db());
    auto hanna = users.create(u"Hanna"_s, u""_s);
    KONTOR_REQUIRE_OK(hanna);
    TaskService tasks(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());

    Task call;
    call.title = u"Call the printer"_s;
    call.due = berlin(2026, 3, 5, 14);
    call.timeZone = u"Europe/Berlin"_s;
    call.remindMinutes = 15;
    call.assigneeId = hanna->id;
    auto added = tasks.add(call);
    KONTOR_REQUIRE_OK(added);
    Task silent = call;
    silent.title = u"No reminder"_s;
    silent.remindMinutes = std::nullopt;
    KONTOR_REQUIRE_OK(tasks.add(silent));

    const QDateTime fire = berlin(2026, 3, 5, 13, 45);
    CHECK(fire.toUTC() == utc(2026, 3, 5, 12, 45));
    auto due = reminders.dueAt(fire.addSecs(30), 0);
    KONTOR_REQUIRE_OK(due);
    REQUIRE(due->size() == 1);
    const Reminder &r = due->first();
    CHECK(r.kind == Reminder::Kind::Task);
    CHECK(r.key == u"task:%1:%2"_s.arg(added->uuid).arg(fire.toMSecsSinceEpoch()));
    CHECK(r.fireAt == fire);
    CHECK(r.fireAt.offsetFromUtc() == 0);
    CHECK(r.due == call.due);
    CHECK(r.taskId == added->id);
    CHECK(r.title == u"Call the printer"_s);
    CHECK(r.userIds == QList<qint64>{hanna->id});
    CHECK(reminders.dueAt(fire.addSecs(-60), 0)->isEmpty());
    CHECK(reminders.dueAt(fire.addSecs(60), 0)->isEmpty());
    CHECK(reminders.dueAt(fire, hanna->id)->size() == 1);
    CHECK(reminders.dueAt(fire, t.session().userId)->isEmpty());

    // Unassigned, the creator is reminded; a done task reminds nobody.
    Task unassigned = *added;
    unassigned.assigneeId = 0;
    KONTOR_REQUIRE_OK(tasks.update(unassigned));
    CHECK(reminders.dueAt(fire, t.session().userId)->size() == 1);
    KONTOR_REQUIRE_OK(tasks.markDone(added->id));
    CHECK(reminders.dueAt(fire, 0)->isEmpty());
}

TEST_CASE("A birthday is reminded 3 days before at 05:30 Berlin time in winter and in summer")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());
    const qint64 me = t.session().userId;
    const qint64 winter = addPerson(contacts, u"Ina"_s, Birthday{1990, 1, 15}, me);
    const qint64 summer = addPerson(contacts, u"Jan"_s, Birthday{0, 7, 20}, me);
    addPerson(contacts, u"Kai"_s);

    // 12 January 2027, 05:30 CET = 04:30 UTC.
    auto january = reminders.dueAt(utc(2027, 1, 12, 4, 30), me);
    KONTOR_REQUIRE_OK(january);
    REQUIRE(january->size() == 1);
    const Reminder &ina = january->first();
    CHECK(ina.kind == Reminder::Kind::Birthday);
    CHECK(ina.contactId == winter);
    CHECK(ina.title == u"Ina Beispiel"_s);
    CHECK(ina.birthday == QDate(2027, 1, 15));
    CHECK(ina.age == 37);
    CHECK(ina.fireAt == utc(2027, 1, 12, 4, 30));
    CHECK(ina.userIds == QList<qint64>{me});
    CHECK(ina.key.startsWith(u"birthday:"_s));
    CHECK(ina.key.endsWith(u":2027"_s));
    CHECK(reminders.dueAt(utc(2027, 1, 12, 5, 30), me)->isEmpty());

    // 17 July 2026, 05:30 CEST = 03:30 UTC; the year of birth is unknown, so no age.
    auto july = reminders.dueAt(utc(2026, 7, 17, 3, 30), me);
    KONTOR_REQUIRE_OK(july);
    REQUIRE(july->size() == 1);
    CHECK(july->first().contactId == summer);
    CHECK(july->first().age == 0);
    CHECK(july->first().birthday == QDate(2026, 7, 20));

    // A year-long window holds each birthday once, ordered by fire time.
    auto year = reminders.between(utc(2026, 3, 1, 0), utc(2027, 3, 1, 0), 0);
    KONTOR_REQUIRE_OK(year);
    REQUIRE(year->size() == 2);
    CHECK(year->at(0).contactId == summer);
    CHECK(year->at(1).contactId == winter);
}

TEST_CASE("A 29 February birthday is reminded on 25 February 2027 and on 26 February 2028")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());
    const qint64 me = t.session().userId;
    const qint64 leo = addPerson(contacts, u"Leo"_s, Birthday{2000, 2, 29}, me);
    const qint64 mia = addPerson(contacts, u"Mia"_s, Birthday{2001, 2, 28}, me);

    auto y2027 = reminders.dueAt(berlin(2027, 2, 25, 5, 30), me);
    KONTOR_REQUIRE_OK(y2027);
    REQUIRE(y2027->size() == 2);
    const Reminder *leo2027 = byContact(*y2027, leo);
    REQUIRE(leo2027);
    CHECK(leo2027->birthday == QDate(2027, 2, 28));
    CHECK(leo2027->age == 27);
    CHECK(byContact(*y2027, mia));
    CHECK(reminders.dueAt(berlin(2027, 2, 26, 5, 30), me)->isEmpty());

    auto y2028 = reminders.dueAt(berlin(2028, 2, 26, 5, 30), me);
    KONTOR_REQUIRE_OK(y2028);
    REQUIRE(y2028->size() == 1);
    CHECK(y2028->first().contactId == leo);
    CHECK(y2028->first().birthday == QDate(2028, 2, 29));
    CHECK(y2028->first().age == 28);
    auto mia2028 = reminders.dueAt(berlin(2028, 2, 25, 5, 30), me);
    KONTOR_REQUIRE_OK(mia2028);
    REQUIRE(mia2028->size() == 1);
    CHECK(mia2028->first().contactId == mia);

    CHECK(ReminderService::celebratedOn(2027, 2, 29) == QDate(2027, 2, 28));
    CHECK(ReminderService::celebratedOn(2028, 2, 29) == QDate(2028, 2, 29));
    CHECK(ReminderService::celebratedOn(2027, 3, 1) == QDate(2027, 3, 1));
}

TEST_CASE("The owner and the followers get a birthday reminder and other users do not")
{
    Test::TestDatabase t;
    UserService users(t.db());
    auto owner = users.create(u"Nora"_s, u""_s);
    auto follower = users.create(u"Otto"_s, u""_s);
    auto other = users.create(u"Paul"_s, u""_s);
    KONTOR_REQUIRE_OK(owner);
    KONTOR_REQUIRE_OK(follower);
    KONTOR_REQUIRE_OK(other);
    ContactService contacts(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());
    const qint64 quinn = addPerson(contacts, u"Quinn"_s, Birthday{1970, 4, 10}, owner->id, {follower->id});

    const QDateTime fire = berlin(2026, 4, 7, 5, 30);
    auto forOwner = reminders.dueAt(fire, owner->id);
    KONTOR_REQUIRE_OK(forOwner);
    REQUIRE(forOwner->size() == 1);
    CHECK(forOwner->first().contactId == quinn);
    CHECK(forOwner->first().userIds == (QList<qint64>{owner->id, follower->id}));
    CHECK(keys(reminders.dueAt(fire, follower->id)) == keys(forOwner));
    CHECK(reminders.dueAt(fire, other->id)->isEmpty());
    CHECK(reminders.dueAt(fire, 0)->size() == 1);
}

TEST_CASE("Reminders that fell due while the app was not running are pending once, until marked delivered")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    TaskService tasks(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());
    const qint64 me = t.session().userId;
    // The clock stands at 2026-03-01 09:00 UTC.
    const qint64 rosa = addPerson(contacts, u"Rosa"_s, Birthday{1980, 3, 6}, me);
    Task call;
    call.title = u"Call Rosa"_s;
    call.contactId = rosa;
    call.due = berlin(2026, 3, 2, 11);
    call.timeZone = u"Europe/Berlin"_s;
    call.remindMinutes = 30;
    auto added = tasks.add(call);
    KONTOR_REQUIRE_OK(added);
    // Long past, and further back than the catch-up window.
    addPerson(contacts, u"Sven"_s, Birthday{1980, 1, 5}, me);

    // Nothing is due yet; the app checks and is closed.
    const QDateTime start = t.db().clock().now();
    auto first = reminders.pending(me, start);
    KONTOR_REQUIRE_OK(first);
    CHECK(first->isEmpty());
    KONTOR_REQUIRE_OK(reminders.markDelivered(me, *first, start));
    auto next = reminders.nextFireTime(me, start);
    KONTOR_REQUIRE_OK(next);
    CHECK(*next == berlin(2026, 3, 2, 10, 30));

    // Four days later the app starts again: the task (2 March 10:30) and Rosa's birthday (3 March 05:30).
    t.clock().setMs(utc(2026, 3, 5, 8, 0).toMSecsSinceEpoch());
    const QDateTime now = t.db().clock().now();
    auto missed = reminders.pending(me, now);
    KONTOR_REQUIRE_OK(missed);
    REQUIRE(missed->size() == 2);
    CHECK(missed->at(0).kind == Reminder::Kind::Task);
    CHECK(missed->at(0).fireAt == berlin(2026, 3, 2, 10, 30));
    CHECK(missed->at(1).kind == Reminder::Kind::Birthday);
    CHECK(missed->at(1).fireAt == berlin(2026, 3, 3, 5, 30));
    CHECK(missed->at(1).age == 46);
    CHECK(keys(reminders.pending(me, now)) == keys(missed));

    KONTOR_REQUIRE_OK(reminders.markDelivered(me, *missed, now));
    CHECK(t.rows(u"reminders_delivered"_s) == 2);
    CHECK(reminders.pending(me, now)->isEmpty());
    CHECK(reminders.pending(me, now.addSecs(3600))->isEmpty());
    // Delivering again is harmless.
    KONTOR_REQUIRE_OK(reminders.markDelivered(me, *missed, now));
    CHECK(t.rows(u"reminders_delivered"_s) == 2);
    CHECK(reminders.pending(0, now).error().code == Error::Code::Invalid);
}

TEST_CASE("A user never checked catches up at most 30 days")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());
    const qint64 me = t.session().userId;
    addPerson(contacts, u"Tom"_s, Birthday{1980, 2, 10}, me); // reminded 7 February: 22 days before now
    addPerson(contacts, u"Uwe"_s, Birthday{1980, 1, 20}, me); // reminded 17 January: 43 days before now
    auto pending = reminders.pending(me, t.db().clock().now());
    KONTOR_REQUIRE_OK(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().contactName == u"Tom Beispiel"_s);
}

TEST_CASE("Trashed contacts give no birthday or task reminders until restored")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    TaskService tasks(t.db(), t.session());
    ReminderService reminders(t.db(), berlinOptions());
    const qint64 me = t.session().userId;
    const qint64 vera = addPerson(contacts, u"Vera"_s, Birthday{1975, 5, 5}, me);
    Task call;
    call.title = u"Call Vera"_s;
    call.contactId = vera;
    call.due = berlin(2026, 5, 2, 9);
    call.timeZone = u"Europe/Berlin"_s;
    KONTOR_REQUIRE_OK(tasks.add(call));

    const QDateTime from = utc(2026, 5, 1, 0);
    const QDateTime to = utc(2026, 5, 3, 0);
    CHECK(reminders.between(from, to, me)->size() == 2);
    KONTOR_REQUIRE_OK(contacts.moveToTrash({vera}));
    CHECK(reminders.between(from, to, me)->isEmpty());
    CHECK(reminders.between(from, to, 0)->isEmpty());
    auto next = reminders.nextFireTime(me, from);
    KONTOR_REQUIRE_OK(next);
    CHECK_FALSE(next->isValid());
    KONTOR_REQUIRE_OK(contacts.restore({vera}));
    CHECK(reminders.between(from, to, me)->size() == 2);
    CHECK(*reminders.nextFireTime(me, from) == berlin(2026, 5, 2, 5, 30));
}
