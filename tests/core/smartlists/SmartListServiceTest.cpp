#include "SmartListService.h"

#include "ContactService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList names(const QList<SmartList> &lists)
{
    QStringList out;
    for (const SmartList &l : lists) {
        out << SmartListService::displayName(l);
    }
    return out;
}

QList<SmartList> lists(SmartListService &svc, int kind = 0)
{
    auto all = svc.list(kind);
    KONTOR_REQUIRE_OK(all);
    return *all;
}

} // namespace

TEST_CASE("The default lists are created once per user with their filters and default columns")
{
    Test::TestDatabase t;
    SmartListService svc(t.db(), t.session());
    KONTOR_REQUIRE_OK(svc.ensureDefaults());
    KONTOR_REQUIRE_OK(svc.ensureDefaults());
    const QList<SmartList> persons = lists(svc);
    CHECK(names(persons)
        == QStringList{
            u"All"_s, u"My contacts"_s, u"Leads"_s, u"Birthdays in the next 14 days"_s, u"Added in the last 7 days"_s});
    CHECK(persons.at(0).filter.isEmpty());
    CHECK(persons.at(1).filter == u"owner is me"_s);
    CHECK(persons.at(2).builtin == u"leads"_s);
    CHECK(persons.at(0).columns == SmartListService::defaultColumns(0));
    CHECK(lists(svc, 1).size() == 1);
    CHECK(lists(svc, 1).first().columns.last().key == u"persons"_s);
    CHECK(t.rows(u"smart_lists"_s) == 6);
    CHECK(t.rows(u"audit_log"_s) == 6);
    ContactService contacts(t.db(), t.session());
    for (const SmartList &l : persons) {
        ContactListQuery query;
        query.filter = l.filter;
        query.sort = l.sort;
        query.columns = {u"name"_s, u"last_activity"_s};
        CAPTURE(l.builtin.toStdString());
        KONTOR_REQUIRE_OK(contacts.list(query));
    }
}

TEST_CASE("Smart lists are created, edited, reordered and deleted with audit and change-log entries")
{
    Test::TestDatabase t;
    SmartListService svc(t.db(), t.session());
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    auto berlin = svc.create(u"Berlin"_s, u"city = \"Berlin\""_s);
    KONTOR_REQUIRE_OK(berlin);
    CHECK(berlin->columns == SmartListService::defaultColumns(0));
    auto kunden = svc.create(u"Kunden"_s, u"tags has \"Kunde\""_s);
    KONTOR_REQUIRE_OK(kunden);
    REQUIRE(committed.size() == 2);
    CHECK(committed.first().otherEntities.contains(u"smart_list"_s));

    KONTOR_REQUIRE_OK(svc.setFilter(berlin->id, u"city = \"Köln\""_s));
    KONTOR_REQUIRE_OK(svc.setColumns(berlin->id, {{u"name"_s, 200}, {u"city"_s, 0}}));
    KONTOR_REQUIRE_OK(svc.setSort(berlin->id, u"-created"_s));
    KONTOR_REQUIRE_OK(svc.rename(berlin->id, u"Köln"_s));
    auto changed = svc.byName(u"köln"_s);
    KONTOR_REQUIRE_OK(changed);
    CHECK(changed->filter == u"city = \"Köln\""_s);
    CHECK(changed->columns == QList<ListColumn>{{u"name"_s, 200}, {u"city"_s, 0}});
    CHECK(changed->sort == u"-created"_s);
    CHECK_FALSE(svc.setSort(berlin->id, u"-nonsense"_s).has_value());
    CHECK_FALSE(svc.setColumns(berlin->id, {{u"nonsense"_s, 0}}).has_value());

    KONTOR_REQUIRE_OK(svc.reorder({kunden->id}));
    CHECK(names(lists(svc)) == QStringList{u"Kunden"_s, u"Köln"_s});

    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT field FROM change_log WHERE entity = 'smart_list' ORDER BY seq"_s));
    QStringList fields;
    while (q.next()) {
        fields << q.value(0).toString();
    }
    CHECK(fields
        == QStringList{u"*"_s, u"*"_s, u"filter"_s, u"columns"_s, u"sort"_s, u"name"_s, u"position"_s, u"position"_s});

    KONTOR_REQUIRE_OK(svc.remove(kunden->id));
    CHECK(names(lists(svc)) == QStringList{u"Köln"_s});
    auto gone = svc.byId(kunden->id);
    REQUIRE_FALSE(gone.has_value());
    CHECK(gone.error().code == Error::Code::NotFound);
}

TEST_CASE("A list name is unique per user, case-insensitive, and a copy needs a new one")
{
    Test::TestDatabase t;
    SmartListService svc(t.db(), t.session());
    auto first = svc.create(u"Übersicht"_s, u"lead = true"_s);
    KONTOR_REQUIRE_OK(first);
    auto twin = svc.create(u"übersicht"_s, {});
    REQUIRE_FALSE(twin.has_value());
    CHECK(twin.error().code == Error::Code::Conflict);
    auto other = svc.create(u"Andere"_s, {});
    KONTOR_REQUIRE_OK(other);
    auto renamed = svc.rename(other->id, u"ÜBERSICHT"_s);
    REQUIRE_FALSE(renamed.has_value());
    CHECK(renamed.error().code == Error::Code::Conflict);
    CHECK(svc.create(u"  "_s, {}).error().code == Error::Code::Invalid);

    CHECK(svc.copy(first->id, u"Übersicht"_s).error().code == Error::Code::Conflict);
    auto copy = svc.copy(first->id, u"Übersicht 2"_s);
    KONTOR_REQUIRE_OK(copy);
    CHECK(copy->id != first->id);
    CHECK(copy->filter == first->filter);
    CHECK(copy->position == 2);
}

TEST_CASE("A list with an invalid filter is refused and nothing is written")
{
    Test::TestDatabase t;
    SmartListService svc(t.db(), t.session());
    auto broken = svc.create(u"Kaputt"_s, u"city = "_s);
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().code == Error::Code::Invalid);
    auto unknown = svc.create(u"Unbekannt"_s, u"shoe_size = \"42\""_s);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == Error::Code::Invalid);
    auto fine = svc.create(u"Gut"_s, {});
    KONTOR_REQUIRE_OK(fine);
    CHECK_FALSE(svc.setFilter(fine->id, u"city ="_s).has_value());
    CHECK(t.rows(u"smart_lists"_s) == 1);
    CHECK(svc.byId(fine->id)->filter.isEmpty());
}

TEST_CASE("A shared list shows for the other user, who can copy it but not change it")
{
    Test::TestDatabase t;
    SmartListService mine(t.db(), t.session());
    auto bob = UserService(t.db()).create(u"Bob"_s, u"bob@example.org"_s);
    KONTOR_REQUIRE_OK(bob);
    Session bobSession = t.session();
    bobSession.userId = bob->id;
    SmartListService his(t.db(), bobSession);

    auto list = mine.create(u"Berlin"_s, u"city = \"Berlin\""_s);
    KONTOR_REQUIRE_OK(list);
    CHECK(lists(his).isEmpty());
    CHECK(his.byId(list->id).error().code == Error::Code::NotFound);

    KONTOR_REQUIRE_OK(mine.share(list->id, {bob->id}));
    const QList<SmartList> seen = lists(his);
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().ownerId == t.session().userId);
    CHECK(seen.first().isShared());
    CHECK(his.byName(u"berlin"_s).has_value());
    CHECK(his.rename(list->id, u"Meins"_s).error().code == Error::Code::Conflict);
    CHECK(his.remove(list->id).error().code == Error::Code::Conflict);
    auto copy = his.copy(list->id, u"Berlin"_s);
    KONTOR_REQUIRE_OK(copy);
    CHECK(copy->ownerId == bob->id);
    CHECK(names(lists(his)) == QStringList{u"Berlin"_s, u"Berlin"_s});

    KONTOR_REQUIRE_OK(mine.share(list->id, {}));
    CHECK(lists(his).size() == 1);
    CHECK(mine.share(list->id, {9999}).error().code == Error::Code::NotFound);
}
