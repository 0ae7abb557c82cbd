#include "TaskService.h"

#include "ContactService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kBerlin = u"Europe/Berlin"_s;

qint64 addPerson(ContactService &svc, const QString &first, const QString &last = u"Beispiel"_s)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

QDateTime berlin(int y, int m, int d, int h = 9, int min = 0)
{
    return Recurrence::localDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(kBerlin.toUtf8()));
}

Task makeTask(const QString &title, qint64 contactId = 0, const QDateTime &due = {})
{
    Task t;
    t.title = title;
    t.contactId = contactId;
    t.due = due;
    t.timeZone = kBerlin;
    return t;
}

QStringList titles(const Result<QList<Task>> &tasks)
{
    QStringList out;
    for (const auto &t : *tasks) {
        out << t.title;
    }
    return out;
}

QStringList auditActions(Test::TestDatabase &t, const QString &uuid)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT action || ':' || field FROM audit_log WHERE entity = 'task' AND record_uuid = ? ORDER BY id"_s);
    q.addBindValue(uuid);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

QStringList changeLog(Test::TestDatabase &t, const QString &uuid)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT field FROM change_log WHERE entity = 'task' AND record_uuid = ? ORDER BY seq"_s);
    q.addBindValue(uuid);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}
} // namespace

TEST_CASE("A task is added, updated and removed, audited on its contact, logged for sync and announced")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    TaskService tasks(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    t.clock().advanceMs(5000);
    Task draft = makeTask(u"  Call back about the offer "_s, anna, berlin(2026, 3, 5, 14));
    draft.description = u"Ask for the signed contract."_s;
    draft.remindMinutes = 15;
    auto added = tasks.add(draft);
    KONTOR_REQUIRE_OK(added);
    CHECK(added->title == u"Call back about the offer"_s);
    CHECK(added->contactName == u"Anna Beispiel"_s);
    CHECK(added->due == berlin(2026, 3, 5, 14));
    CHECK(added->due.timeZone().id() == kBerlin.toUtf8());
    CHECK(added->remindMinutes == 15);
    CHECK(added->status == Task::Status::Open);
    CHECK(added->createdBy == t.session().userId);
    CHECK_FALSE(added->createdByName.isEmpty());
    CHECK(added->seriesUuid.isEmpty());
    REQUIRE(committed.size() == 1);
    CHECK(committed.first().otherEntities.contains(u"task"_s));
    CHECK(committed.first().updatedContacts.contains(anna));
    CHECK(contacts.load(anna)->lastActivityAt == t.clock().nowMs());

    t.clock().advanceMs(5000);
    Task changed = *added;
    changed.title = u"Call back about the new offer"_s;
    changed.due = berlin(2026, 3, 6, 10);
    changed.remindMinutes = std::nullopt;
    auto updated = tasks.update(changed);
    KONTOR_REQUIRE_OK(updated);
    CHECK(updated->title == u"Call back about the new offer"_s);
    CHECK(updated->due == berlin(2026, 3, 6, 10));
    CHECK_FALSE(updated->remindMinutes.has_value());
    CHECK(updated->updatedAt == t.clock().nowMs());
    CHECK(updated->createdAt == added->createdAt);
    // Saving the same again changes nothing and writes no audit.
    KONTOR_REQUIRE_OK(tasks.update(*updated));

    KONTOR_REQUIRE_OK(tasks.remove(added->id));
    CHECK(tasks.byId(added->id).error().code == Error::Code::NotFound);
    CHECK(tasks.remove(added->id).error().code == Error::Code::NotFound);
    CHECK(committed.size() == 3);

    CHECK(auditActions(t, added->uuid)
        == QStringList{
            u"create:title"_s, u"update:title"_s, u"update:due_at"_s, u"update:remind_minutes"_s, u"delete:title"_s});
    CHECK(changeLog(t, added->uuid) == QStringList{u"*"_s, u"title"_s, u"due_at"_s, u"remind_minutes"_s, u"_purged"_s});
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT DISTINCT record_id FROM audit_log WHERE entity = 'task'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == anna);
}

TEST_CASE("Task validation errors name the field: title, recurrence, time zone, reminder lead, assignee")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    TaskService tasks(t.db(), t.session());

    const auto fieldOf = [&tasks](const Task &task) {
        auto r = tasks.add(task);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Error::Code::Invalid);
        CHECK_FALSE(r.error().message.isEmpty());
        return r.error().location.field;
    };
    CHECK(fieldOf(makeTask(u"   "_s)) == u"title"_s);
    CHECK(fieldOf(makeTask(QString(TaskService::MaxTitleLength + 1, u'x'))) == u"title"_s);
    Task noDue = makeTask(u"Weekly report"_s);
    noDue.recurrence.frequency = Recurrence::Frequency::Weekly;
    CHECK(fieldOf(noDue) == u"recurrence"_s);
    Task badInterval = makeTask(u"Report"_s, 0, berlin(2026, 3, 2));
    badInterval.recurrence.frequency = Recurrence::Frequency::Daily;
    badInterval.recurrence.interval = 0;
    CHECK(fieldOf(badInterval) == u"recurrence"_s);
    Task badZone = makeTask(u"Report"_s, 0, berlin(2026, 3, 2));
    badZone.timeZone = u"Mars/Olympus_Mons"_s;
    CHECK(fieldOf(badZone) == u"time_zone"_s);
    Task badLead = makeTask(u"Report"_s, 0, berlin(2026, 3, 2));
    badLead.remindMinutes = -5;
    CHECK(fieldOf(badLead) == u"remind_minutes"_s);
    Task badAssignee = makeTask(u"Report"_s);
    badAssignee.assigneeId = 4711;
    CHECK(fieldOf(badAssignee) == u"assignee"_s);

    auto missingContact = tasks.add(makeTask(u"Report"_s, 9999));
    REQUIRE_FALSE(missingContact.has_value());
    CHECK(missingContact.error().code == Error::Code::NotFound);
    CHECK(t.rows(u"tasks"_s) == 0);

    // Without a time zone the system's is taken.
    auto plain = tasks.add(makeTask(u"No zone"_s));
    KONTOR_REQUIRE_OK(plain);
    Task zoneless = makeTask(u"System zone"_s, 0, berlin(2026, 3, 2));
    zoneless.timeZone.clear();
    auto system = tasks.add(zoneless);
    KONTOR_REQUIRE_OK(system);
    CHECK(system->timeZone == QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    CHECK(tasks.update(Task{}).error().code == Error::Code::NotFound);
}

TEST_CASE("Marking a recurring task done creates the next occurrence in the same series, once")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    TaskService tasks(t.db(), t.session());
    const qint64 ben = addPerson(contacts, u"Ben"_s);

    Task monthly = makeTask(u"Send the invoice"_s, ben, berlin(2028, 1, 31, 8));
    monthly.recurrence.frequency = Recurrence::Frequency::Monthly;
    monthly.remindMinutes = 60;
    auto first = tasks.add(monthly);
    KONTOR_REQUIRE_OK(first);
    CHECK(first->seriesUuid == first->uuid);

    t.clock().advanceMs(1000);
    auto done = tasks.markDone(first->id);
    KONTOR_REQUIRE_OK(done);
    CHECK(done->done.status == Task::Status::Done);
    CHECK(done->done.doneAt == t.clock().nowMs());
    CHECK(done->done.doneBy == t.session().userId);
    REQUIRE(done->next.has_value());
    const Task second = *done->next;
    CHECK(second.status == Task::Status::Open);
    CHECK(second.seriesUuid == first->uuid);
    CHECK(second.uuid != first->uuid);
    CHECK(second.title == first->title);
    CHECK(second.contactId == ben);
    CHECK(second.remindMinutes == 60);
    CHECK(second.due == berlin(2028, 2, 29, 8));

    // The 31st is pinned on the next occurrence, so the series returns to it after February.
    auto third = tasks.markDone(second.id);
    KONTOR_REQUIRE_OK(third);
    REQUIRE(third->next.has_value());
    CHECK(third->next->due == berlin(2028, 3, 31, 8));

    // Reopening keeps the next occurrence; done again creates no second one.
    auto reopened = tasks.reopen(first->id);
    KONTOR_REQUIRE_OK(reopened);
    CHECK(reopened->status == Task::Status::Open);
    CHECK(reopened->doneAt == 0);
    auto again = tasks.markDone(first->id);
    KONTOR_REQUIRE_OK(again);
    CHECK_FALSE(again->next.has_value());
    TaskFilter series;
    CHECK(*tasks.count(series) == 3);
    // Marking a done task done again changes nothing.
    auto twice = tasks.markDone(first->id);
    KONTOR_REQUIRE_OK(twice);
    CHECK_FALSE(twice->next.has_value());
    CHECK(auditActions(t, first->uuid).count(u"update:status"_s) == 3);

    // A task without recurrence is only marked done.
    auto once = tasks.add(makeTask(u"Once"_s, ben, berlin(2028, 1, 5)));
    KONTOR_REQUIRE_OK(once);
    auto onceDone = tasks.markDone(once->id);
    KONTOR_REQUIRE_OK(onceDone);
    CHECK_FALSE(onceDone->next.has_value());
}

TEST_CASE("A daily task due at 02:30 lands on 03:30 on the spring-forward day and returns to 02:30")
{
    Test::TestDatabase t;
    TaskService tasks(t.db(), t.session());
    Task daily = makeTask(u"Backup check"_s, 0, berlin(2026, 3, 28, 2, 30));
    daily.recurrence.frequency = Recurrence::Frequency::Daily;
    auto first = tasks.add(daily);
    KONTOR_REQUIRE_OK(first);
    auto second = tasks.markDone(first->id);
    KONTOR_REQUIRE_OK(second);
    REQUIRE(second->next.has_value());
    CHECK(second->next->due.toUTC() == QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
    CHECK(second->next->due.time() == QTime(3, 30));
    auto third = tasks.markDone(second->next->id);
    KONTOR_REQUIRE_OK(third);
    REQUIRE(third->next.has_value());
    CHECK(third->next->due == berlin(2026, 3, 30, 2, 30));
}

TEST_CASE("Tasks of a trashed contact are hidden and refused, and come back with the contact's restore")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    TaskService tasks(t.db(), t.session());
    const qint64 cara = addPerson(contacts, u"Cara"_s);
    auto onCara = tasks.add(makeTask(u"Visit Cara"_s, cara, berlin(2026, 3, 10)));
    KONTOR_REQUIRE_OK(onCara);
    KONTOR_REQUIRE_OK(tasks.add(makeTask(u"Unlinked"_s)));

    KONTOR_REQUIRE_OK(contacts.moveToTrash({cara}));
    CHECK(titles(tasks.list({})) == QStringList{u"Unlinked"_s});
    CHECK(*tasks.count({}) == 1);
    TaskFilter ofCara;
    ofCara.contactId = cara;
    CHECK(tasks.list(ofCara)->isEmpty());
    CHECK(tasks.markDone(onCara->id).error().code == Error::Code::NotFound);
    CHECK(tasks.add(makeTask(u"More"_s, cara)).error().code == Error::Code::NotFound);

    KONTOR_REQUIRE_OK(contacts.restore({cara}));
    CHECK(titles(tasks.list({})) == (QStringList{u"Visit Cara"_s, u"Unlinked"_s}));
    CHECK(titles(tasks.list(ofCara)) == QStringList{u"Visit Cara"_s});
}

TEST_CASE("Task lists filter by assignee, status, overdue by the clock, due range and folded search")
{
    Test::TestDatabase t;
    UserService users(t.db());
    auto dora = users.create(u"Dora"_s, u"dora@example.com"_s);
    KONTOR_REQUIRE_OK(dora);
    TaskService tasks(t.db(), t.session());
    // The clock stands at 2026-03-01 09:00 UTC (10:00 in Berlin).
    Task early = makeTask(u"Angebot für Müller"_s, 0, berlin(2026, 2, 27));
    early.assigneeId = dora->id;
    auto a = tasks.add(early);
    Task later = makeTask(u"Quarterly review"_s, 0, berlin(2026, 3, 20));
    later.assigneeId = dora->id;
    auto b = tasks.add(later);
    auto c = tasks.add(makeTask(u"Someday"_s));
    auto d = tasks.add(makeTask(u"Past and done"_s, 0, berlin(2026, 2, 1)));
    KONTOR_REQUIRE_OK(a);
    KONTOR_REQUIRE_OK(b);
    KONTOR_REQUIRE_OK(c);
    KONTOR_REQUIRE_OK(d);
    KONTOR_REQUIRE_OK(tasks.markDone(d->id));

    CHECK(titles(tasks.list({}))
        == (QStringList{u"Past and done"_s, u"Angebot für Müller"_s, u"Quarterly review"_s, u"Someday"_s}));

    TaskFilter byDora;
    byDora.assigneeId = dora->id;
    CHECK(titles(tasks.list(byDora)) == (QStringList{u"Angebot für Müller"_s, u"Quarterly review"_s}));
    TaskFilter unassigned;
    unassigned.assigneeId = -1;
    CHECK(titles(tasks.list(unassigned)) == (QStringList{u"Past and done"_s, u"Someday"_s}));

    TaskFilter done;
    done.status = Task::Status::Done;
    CHECK(titles(tasks.list(done)) == QStringList{u"Past and done"_s});

    TaskFilter overdue;
    overdue.overdueOnly = true;
    CHECK(titles(tasks.list(overdue)) == QStringList{u"Angebot für Müller"_s});
    CHECK(a->isOverdue(t.db().clock().now()));
    t.clock().setMs(berlin(2026, 3, 21).toMSecsSinceEpoch());
    CHECK(titles(tasks.list(overdue)) == (QStringList{u"Angebot für Müller"_s, u"Quarterly review"_s}));
    CHECK(*tasks.count(overdue) == 2);

    TaskFilter range;
    range.dueFrom = berlin(2026, 2, 27);
    range.dueTo = berlin(2026, 3, 20);
    CHECK(titles(tasks.list(range)) == QStringList{u"Angebot für Müller"_s});

    TaskFilter search;
    search.search = u"mueller"_s;
    CHECK(titles(tasks.list(search)) == QStringList{u"Angebot für Müller"_s});
    search.search = u"ANGEBOT fur"_s;
    CHECK(titles(tasks.list(search)) == QStringList{u"Angebot für Müller"_s});
    CHECK(*tasks.count(search) == 1);
    search.search = u"nothing like it"_s;
    CHECK(tasks.list(search)->isEmpty());

    TaskFilter limited;
    limited.limit = 2;
    CHECK(tasks.list(limited)->size() == 2);
}
