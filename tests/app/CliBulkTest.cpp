// `kontor-cli bulk …`: each action end to end through the real binary, the four ways of choosing contacts, and
// the refusals (no or two selectors, unknown names, a delete without its typed confirmation).

#include "CliFixture.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject bulk(const CliFixture &f, const QStringList &args)
{
    return f.runObject(QStringList{u"bulk"_s} + args + QStringList{u"--json"_s});
}

QJsonObject show(const CliFixture &f, const QString &id)
{
    return f.runObject({u"contacts"_s, u"show"_s, id, u"--json"_s});
}

QStringList tagsOf(const CliFixture &f, const QString &id)
{
    QStringList tags;
    for (const QJsonValue &v : show(f, id).value(u"tags"_s).toArray()) {
        tags << v.toString();
    }
    return tags;
}

// The CLI has no command for users; the desktop's user administration writes them through the same core.
void createUser(const CliFixture &f, const QString &name)
{
    auto db = Database::open(f.m_dbPath);
    REQUIRE(db);
    REQUIRE(UserService(**db).create(name, name.toLower().replace(u' ', u'.') + u"@example.org"_s));
}

QString ids(const QStringList &list)
{
    return list.join(u',');
}

} // namespace

TEST_CASE_METHOD(CliFixture,
    "bulk tag-add and tag-remove change exactly the contacts given by --ids and report the job",
    "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s, {u"--tag"_s, u"VIP"_s});
    const QString cleo = addPerson(u"Cleo"_s, u"Lang"_s);

    const QJsonObject job = bulk(*this, {u"--ids"_s, ids({anna, ben}), u"tag-add"_s, u"VIP"_s});
    CHECK(job.value(u"type"_s).toString() == u"bulk.tag_add"_s);
    CHECK(job.value(u"status"_s).toString() == u"done"_s);
    CHECK(job.value(u"total"_s).toInt() == 2);
    CHECK(job.value(u"processed"_s).toInt() == 2);
    CHECK(job.value(u"succeeded"_s).toInt() == 1);
    CHECK(job.value(u"skipped"_s).toInt() == 1); // Ben had the tag already
    CHECK(job.value(u"chunks_done"_s).toInt() == 1);
    CHECK(job.value(u"id"_s).toInt() > 0);
    CHECK(!job.value(u"uuid"_s).toString().isEmpty());
    CHECK(tagsOf(*this, anna) == QStringList{u"VIP"_s});
    CHECK(tagsOf(*this, ben) == QStringList{u"VIP"_s});
    CHECK(tagsOf(*this, cleo).isEmpty());

    const QJsonObject removed
        = bulk(*this, {u"--ids"_s, ids({anna, ben}), u"tag-remove"_s, u"VIP"_s, u"--name"_s, u"Aufräumen"_s});
    CHECK(removed.value(u"name"_s).toString() == u"Aufräumen"_s);
    CHECK(removed.value(u"succeeded"_s).toInt() == 2);
    CHECK(tagsOf(*this, anna).isEmpty());
    CHECK(tagsOf(*this, ben).isEmpty());

    const CliRun text = run({u"bulk"_s, u"--ids"_s, cleo, u"tag-add"_s, u"Neu"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Done"_s));
    CHECK(text.out.contains(u"changed: 1"_s));
}

TEST_CASE_METHOD(CliFixture,
    "bulk owner, follower-add and follower-remove assign users by name and none removes the owner",
    "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    createUser(*this, u"Petra Vogt"_s);
    const QString both = ids({anna, ben});

    CHECK(bulk(*this, {u"--ids"_s, both, u"owner"_s, u"Petra Vogt"_s}).value(u"succeeded"_s).toInt() == 2);
    CHECK(show(*this, anna).value(u"owner"_s).toString() == u"Petra Vogt"_s);
    bulk(*this, {u"--ids"_s, anna, u"owner"_s, u"none"_s});
    CHECK(show(*this, anna).value(u"owner"_s).isNull());
    CHECK(show(*this, ben).value(u"owner"_s).toString() == u"Petra Vogt"_s);

    bulk(*this, {u"--ids"_s, both, u"follower-add"_s, u"petra.vogt@example.org"_s});
    CHECK(show(*this, ben).value(u"followers"_s).toArray().size() == 1);
    CHECK(show(*this, ben).value(u"followers"_s).toArray().first().toString() == u"Petra Vogt"_s);
    bulk(*this, {u"--ids"_s, ben, u"follower-remove"_s, u"Petra Vogt"_s});
    CHECK(show(*this, ben).value(u"followers"_s).toArray().isEmpty());
    CHECK(show(*this, anna).value(u"followers"_s).toArray().size() == 1);
}

TEST_CASE_METHOD(
    CliFixture, "bulk company links persons to a company made by name and company-remove unlinks them", "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    bulk(*this, {u"--ids"_s, ids({anna, ben}), u"company"_s, u"Nordlicht GmbH"_s});
    CHECK(show(*this, anna).value(u"company"_s).toString() == u"Nordlicht GmbH"_s);
    CHECK(show(*this, ben).value(u"company"_s).toString() == u"Nordlicht GmbH"_s);

    bulk(*this, {u"--ids"_s, anna, u"company-remove"_s});
    CHECK(show(*this, anna).value(u"company"_s).isNull());
    CHECK(show(*this, ben).value(u"company"_s).toString() == u"Nordlicht GmbH"_s);
}

TEST_CASE_METHOD(
    CliFixture, "bulk type, lead and dnd set the contact type, the lead flag and one channel", "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    const QString both = ids({anna, ben});

    bulk(*this, {u"--ids"_s, both, u"type"_s, u"Customer"_s});
    CHECK(show(*this, anna).value(u"contact_type"_s).toString() == u"Customer"_s);
    // The German name of a default type finds the same type.
    REQUIRE(run({u"bulk"_s, u"--ids"_s, ben, u"type"_s, u"Partner"_s}, u"de"_s).exitCode == 0);
    CHECK(show(*this, ben).value(u"contact_type"_s).toString() == u"Partner"_s);
    bulk(*this, {u"--ids"_s, ben, u"type"_s, u"none"_s});
    CHECK(show(*this, ben).value(u"contact_type"_s).toString().isEmpty());

    bulk(*this, {u"--ids"_s, both, u"lead"_s, u"on"_s});
    CHECK(show(*this, anna).value(u"lead"_s).toBool());
    bulk(*this, {u"--ids"_s, anna, u"lead"_s, u"off"_s});
    CHECK_FALSE(show(*this, anna).value(u"lead"_s).toBool());
    CHECK(show(*this, ben).value(u"lead"_s).toBool());

    bulk(*this, {u"--ids"_s, both, u"dnd"_s, u"sms"_s, u"on"_s});
    const QJsonObject dnd = show(*this, anna).value(u"dnd"_s).toObject();
    CHECK(dnd.value(u"sms"_s).toBool());
    CHECK_FALSE(dnd.value(u"email"_s).toBool());
    bulk(*this, {u"--ids"_s, anna, u"dnd"_s, u"sms"_s, u"off"_s});
    CHECK_FALSE(show(*this, anna).value(u"dnd"_s).toObject().value(u"sms"_s).toBool());
    CHECK(show(*this, ben).value(u"dnd"_s).toObject().value(u"sms"_s).toBool());
}

TEST_CASE_METHOD(CliFixture, "bulk verify-email marks an address at a disposable-mail domain as invalid", "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s, {u"--email"_s, u"anna@mailinator.com"_s});
    addPerson(u"Ben"_s, u"Kurz"_s);
    const QJsonObject job = bulk(*this, {u"--ids"_s, anna, u"verify-email"_s});
    CHECK(job.value(u"status"_s).toString() == u"done"_s);
    CHECK(job.value(u"processed"_s).toInt() == 1);

    const QJsonArray invalid = contacts({u"--filter"_s, u"email_status = \"invalid\""_s});
    REQUIRE(invalid.size() == 1);
    CHECK(invalid.first().toObject().value(u"id"_s).toString() == anna);
}

TEST_CASE_METHOD(CliFixture, "bulk chooses the contacts of a list, a search or a filter", "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s, {u"--city"_s, u"Berlin"_s});
    const QString ben = addPerson(u"Ben"_s, u"Meier"_s, {u"--city"_s, u"Hamburg"_s});
    const QString cleo = addPerson(u"Cleo"_s, u"Lang"_s, {u"--city"_s, u"Berlin"_s, u"--lead"_s});
    REQUIRE(run({u"lists"_s, u"create"_s, u"--name"_s, u"Berliner"_s, u"--filter"_s, u"city = \"Berlin\""_s}).exitCode
        == 0);

    CHECK(bulk(*this, {u"--list"_s, u"Berliner"_s, u"tag-add"_s, u"L"_s}).value(u"total"_s).toInt() == 2);
    CHECK(bulk(*this, {u"--search"_s, u"Meier"_s, u"tag-add"_s, u"S"_s}).value(u"total"_s).toInt() == 1);
    CHECK(bulk(*this, {u"--filter"_s, u"lead = true"_s, u"tag-add"_s, u"F"_s}).value(u"total"_s).toInt() == 1);

    CHECK(tagsOf(*this, anna) == QStringList{u"L"_s});
    CHECK(tagsOf(*this, ben) == QStringList{u"S"_s});
    QStringList cleoTags = tagsOf(*this, cleo);
    cleoTags.sort();
    CHECK(cleoTags == QStringList{u"F"_s, u"L"_s});
}

TEST_CASE_METHOD(CliFixture,
    "bulk refuses a missing or second selector and names an unknown action, list, user, type or id",
    "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);

    CliRun r = run({u"bulk"_s, u"tag-add"_s, u"X"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--list"_s));
    CHECK(run({u"bulk"_s, u"--ids"_s, anna, u"--search"_s, u"Berg"_s, u"tag-add"_s, u"X"_s}).exitCode == 1);
    r = run({u"bulk"_s, u"--ids"_s, anna, u"paint"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"\"paint\""_s));
    CHECK(run({u"bulk"_s, u"--ids"_s, anna, u"tag-add"_s}).exitCode == 1);
    CHECK(run({u"bulk"_s, u"--ids"_s, anna, u"lead"_s, u"maybe"_s}).exitCode == 1);
    CHECK(run({u"bulk"_s, u"--ids"_s, anna, u"dnd"_s, u"fax"_s, u"on"_s}).exitCode == 1);

    r = run({u"bulk"_s, u"--list"_s, u"Gibtsnicht"_s, u"tag-add"_s, u"X"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"Gibtsnicht"_s));
    r = run({u"bulk"_s, u"--ids"_s, anna, u"owner"_s, u"Niemand"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"Niemand"_s));
    r = run({u"bulk"_s, u"--ids"_s, anna, u"type"_s, u"Alien"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"Alien"_s));
    CHECK(r.err.contains(u"Customer"_s));
    r = run({u"bulk"_s, u"--ids"_s, anna + u",4711"_s, u"tag-add"_s, u"X"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"4711"_s));
    r = run({u"bulk"_s, u"--filter"_s, u"city ==== 3"_s, u"tag-add"_s, u"X"_s});
    CHECK(r.exitCode == 2);

    CHECK(runArray({u"jobs"_s, u"list"_s, u"--json"_s}).isEmpty());
    CHECK(tagsOf(*this, anna).isEmpty());
}

TEST_CASE_METHOD(
    CliFixture, "bulk delete without the typed confirmation word exits with 2 and writes nothing", "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    CliRun r = run({u"bulk"_s, u"--ids"_s, anna, u"delete"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--confirm DELETE"_s));
    r = run({u"bulk"_s, u"--ids"_s, anna, u"delete"_s, u"--confirm"_s, u"delete"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"\"delete\""_s));
    r = run({u"bulk"_s, u"--ids"_s, anna, u"delete"_s, u"--confirm"_s, u"JA"_s}, u"de"_s);
    CHECK(r.exitCode == 2);
    CHECK(run({u"bulk"_s, u"--ids"_s, anna, u"tag-add"_s, u"X"_s, u"--confirm"_s, u"DELETE"_s}).exitCode == 2);

    CHECK(contacts().size() == 1);
    CHECK(trash().isEmpty());
    CHECK(runArray({u"jobs"_s, u"list"_s, u"--json"_s}).isEmpty());
}

TEST_CASE_METHOD(CliFixture,
    "bulk delete accepts DELETE and LÖSCHEN in either language and moves contacts to the trash",
    "[cli][bulk]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    const QString cleo = addPerson(u"Cleo"_s, u"Lang"_s);
    const QString dora = addPerson(u"Dora"_s, u"Mai"_s);

    REQUIRE(run({u"bulk"_s, u"--ids"_s, anna, u"delete"_s, u"--confirm"_s, u"DELETE"_s}).exitCode == 0);
    REQUIRE(run({u"bulk"_s, u"--ids"_s, ben, u"delete"_s, u"--confirm"_s, u"LÖSCHEN"_s}).exitCode == 0);
    REQUIRE(run({u"bulk"_s, u"--ids"_s, cleo, u"delete"_s, u"--confirm"_s, u"LÖSCHEN"_s}, u"de"_s).exitCode == 0);
    REQUIRE(run({u"bulk"_s, u"--ids"_s, dora, u"delete"_s, u"--confirm"_s, u"DELETE"_s}, u"de"_s).exitCode == 0);

    CHECK(contacts().isEmpty());
    QStringList trashed = texts(trash(), u"id"_s);
    trashed.sort();
    QStringList expected{anna, ben, cleo, dora};
    expected.sort();
    CHECK(trashed == expected);
}
