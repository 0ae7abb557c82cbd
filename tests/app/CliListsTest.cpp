// `kontor-cli lists …` and the list options of `contacts list`, run through the real binary.

#include "CliFixture.h"
#include "Database.h"
#include "UserService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

void addPeople(const CliFixture &f)
{
    f.addPerson(u"Anna"_s, u"Schmidt"_s, {u"--city"_s, u"Berlin"_s, u"--tag"_s, u"Kunde"_s});
    f.addPerson(u"Bernd"_s, u"Adler"_s, {u"--city"_s, u"Berlin"_s});
    f.addPerson(u"Carla"_s, u"Zeller"_s, {u"--city"_s, u"Berlin"_s, u"--tag"_s, u"Kunde"_s});
    f.addPerson(u"Dieter"_s, u"Müller"_s, {u"--city"_s, u"Köln"_s, u"--tag"_s, u"Kunde"_s});
}

} // namespace

TEST_CASE_METHOD(CliFixture, "lists list shows the default lists and lists create adds one at the end", "[cli]")
{
    const QJsonArray before = runArray({u"lists"_s, u"list"_s, u"--json"_s});
    CHECK(texts(before, u"name"_s)
        == QStringList{
            u"All"_s, u"My contacts"_s, u"Leads"_s, u"Birthdays in the next 14 days"_s, u"Added in the last 7 days"_s});
    const QJsonObject created = runObject({u"lists"_s,
        u"create"_s,
        u"--name"_s,
        u"Berliner Kunden"_s,
        u"--filter"_s,
        u"city = \"Berlin\" and tags has \"Kunde\""_s,
        u"--columns"_s,
        u"name,city,tags"_s,
        u"--sort"_s,
        u"-name"_s,
        u"--json"_s});
    CHECK(created.value(u"filter"_s).toString() == u"city = \"Berlin\" and tags has \"Kunde\""_s);
    CHECK(texts(created.value(u"columns"_s).toArray()) == QStringList{u"name"_s, u"city"_s, u"tags"_s});
    CHECK(texts(runArray({u"lists"_s, u"list"_s, u"--json"_s}), u"name"_s).last() == u"Berliner Kunden"_s);
    const CliRun table = run({u"lists"_s, u"list"_s});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"Berliner Kunden"_s));
}

TEST_CASE_METHOD(CliFixture, "contacts list --list uses the list's filter, sort and columns", "[cli]")
{
    addPeople(*this);
    REQUIRE(run({u"lists"_s,
                    u"create"_s,
                    u"--name"_s,
                    u"Berliner Kunden"_s,
                    u"--filter"_s,
                    u"city = \"Berlin\" and tags has \"Kunde\""_s,
                    u"--columns"_s,
                    u"name,city,tags"_s,
                    u"--sort"_s,
                    u"-name"_s})
                .exitCode
        == 0);
    const QJsonArray rows = runArray({u"contacts"_s, u"list"_s, u"--list"_s, u"berliner kunden"_s, u"--json"_s});
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(u"name"_s).toString() == u"Carla Zeller"_s);
    CHECK(rows.at(0).toObject().value(u"city"_s).toString() == u"Berlin"_s);
    CHECK(texts(rows.at(0).toObject().value(u"tags"_s).toArray()) == QStringList{u"Kunde"_s});
    CHECK(rows.at(1).toObject().value(u"name"_s).toString() == u"Anna Schmidt"_s);
    CHECK(rows.at(1).toObject().keys() == QStringList{u"city"_s, u"id"_s, u"name"_s, u"number"_s, u"tags"_s});

    const CliRun table = run({u"contacts"_s, u"list"_s, u"--list"_s, u"Berliner Kunden"_s});
    CHECK(table.exitCode == 0);
    CHECK(table.out.indexOf(u"Carla Zeller"_s) < table.out.indexOf(u"Anna Schmidt"_s));
    CHECK_FALSE(table.out.contains(u"Müller"_s));

    // --filter narrows the list further; --sort and --columns override it.
    const QJsonArray narrowed = runArray({u"contacts"_s,
        u"list"_s,
        u"--list"_s,
        u"Berliner Kunden"_s,
        u"--filter"_s,
        u"first_name = \"Anna\""_s,
        u"--columns"_s,
        u"first_name"_s,
        u"--json"_s});
    REQUIRE(narrowed.size() == 1);
    CHECK(narrowed.at(0).toObject().value(u"first_name"_s).toString() == u"Anna"_s);
}

TEST_CASE_METHOD(CliFixture, "contacts list --filter --sort --columns pages through every match", "[cli]")
{
    addPeople(*this);
    const QJsonArray rows = runArray({u"contacts"_s,
        u"list"_s,
        u"--filter"_s,
        u"tags has \"Kunde\""_s,
        u"--sort"_s,
        u"-city"_s,
        u"--columns"_s,
        u"last_name,city,created"_s,
        u"--json"_s});
    // Köln, then the Berlin ties by id, descending as the sort is.
    CHECK(texts(rows, u"last_name"_s) == QStringList{u"Müller"_s, u"Zeller"_s, u"Schmidt"_s});
    CHECK(isUtcTimestamp(rows.at(0).toObject().value(u"created"_s)));
}

TEST_CASE_METHOD(CliFixture, "An invalid filter, sort or column fails with exit code 2 and the reason", "[cli]")
{
    addPeople(*this);
    const CliRun filter = run({u"contacts"_s, u"list"_s, u"--filter"_s, u"city = "_s});
    CHECK(filter.exitCode == 2);
    CHECK(filter.err.startsWith(u"kontor-cli: contacts list: "_s));
    // A syntax error names the character position once, in words, and is not mistaken for a file row.
    CHECK(filter.err.contains(u"at position 8"_s));
    CHECK_FALSE(filter.err.contains(u"row"_s));
    const CliRun unknown = run({u"contacts"_s, u"list"_s, u"--filter"_s, u"shoe_size = 42"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"shoe_size"_s));
    CHECK(run({u"contacts"_s, u"list"_s, u"--sort"_s, u"nonsense"_s}).exitCode == 2);
    CHECK(run({u"contacts"_s, u"list"_s, u"--columns"_s, u"name,nonsense"_s}).exitCode == 2);
    CHECK(run({u"lists"_s, u"create"_s, u"--name"_s, u"Kaputt"_s, u"--filter"_s, u"city ="_s}).exitCode == 2);
    CHECK(run({u"contacts"_s, u"list"_s, u"--list"_s, u"No such list"_s}).exitCode == 3);
    CHECK(run({u"lists"_s, u"create"_s, u"--filter"_s, u"city = \"x\""_s}).exitCode == 1);
}

TEST_CASE_METHOD(CliFixture, "lists edit, rename, copy, show and delete change the saved list", "[cli]")
{
    addPeople(*this);
    REQUIRE(
        run({u"lists"_s, u"create"_s, u"--name"_s, u"Berlin"_s, u"--filter"_s, u"city = \"Berlin\""_s}).exitCode == 0);
    CHECK(run({u"lists"_s, u"edit"_s, u"Berlin"_s, u"--filter"_s, u"city = \"Köln\""_s, u"--sort"_s, u"-created"_s})
              .exitCode
        == 0);
    CHECK(run({u"lists"_s, u"rename"_s, u"Berlin"_s, u"Köln"_s}).exitCode == 0);
    CHECK(run({u"lists"_s, u"rename"_s, u"Köln"_s, u"all"_s}).exitCode == 2); // the default "All" has that name
    CHECK(run({u"lists"_s, u"copy"_s, u"Köln"_s, u"Köln 2"_s}).exitCode == 0);
    const QJsonObject shown = runObject({u"lists"_s, u"show"_s, u"köln 2"_s, u"--json"_s});
    CHECK(shown.value(u"filter"_s).toString() == u"city = \"Köln\""_s);
    CHECK(shown.value(u"sort"_s).toString() == u"-created"_s);
    CHECK(shown.value(u"count"_s).toInt() == 1);
    const CliRun text = run({u"lists"_s, u"show"_s, u"Köln"_s});
    CHECK(text.out.contains(u"Contacts: 1"_s));
    CHECK(run({u"lists"_s, u"delete"_s, u"Köln"_s}).exitCode == 0);
    CHECK(run({u"lists"_s, u"show"_s, u"Köln"_s}).exitCode == 3);
    CHECK(run({u"lists"_s, u"edit"_s, u"Köln 2"_s}).exitCode == 1);
}

TEST_CASE_METHOD(CliFixture, "lists share names local users and refuses unknown ones", "[cli]")
{
    REQUIRE(run({u"lists"_s, u"create"_s, u"--name"_s, u"Team"_s, u"--filter"_s, u"lead = true"_s}).exitCode == 0);
    {
        auto db = Database::open(m_dbPath);
        REQUIRE(db);
        REQUIRE(UserService(**db).create(u"Bob"_s, u"bob@example.org"_s));
    }
    CHECK(run({u"lists"_s, u"share"_s, u"Team"_s, u"--users"_s, u"bob"_s}).exitCode == 0);
    const QJsonObject shown = runObject({u"lists"_s, u"show"_s, u"Team"_s, u"--json"_s});
    CHECK(texts(shown.value(u"shared_with"_s).toArray()) == QStringList{u"Bob"_s});
    CHECK(run({u"lists"_s, u"share"_s, u"Team"_s, u"--users"_s, u"Nobody"_s}).exitCode == 3);
    CHECK(run({u"lists"_s, u"share"_s, u"Team"_s, u"--users"_s, u""_s}).exitCode == 0);
    CHECK(runObject({u"lists"_s, u"show"_s, u"Team"_s, u"--json"_s}).value(u"shared_with"_s).toArray().isEmpty());
}
