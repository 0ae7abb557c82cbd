// kontor-cli companies and notes, run as the real binary: output, JSON, exit codes and error lines.

#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE_METHOD(CliFixture, "companies add, list and show report a company with its details and persons", "[cli]")
{
    const QJsonObject added = runObject({u"companies"_s,
        u"add"_s,
        u"Acme Maschinenbau"_s,
        u"--email"_s,
        u"info@acme.de"_s,
        u"--phone"_s,
        u"030 1234567"_s,
        u"--website"_s,
        u"https://acme.de"_s,
        u"--city"_s,
        u"Berlin"_s,
        u"--json"_s});
    CHECK(added.value(u"kind"_s).toString() == u"company"_s);
    CHECK(added.value(u"display_name"_s).toString() == u"Acme Maschinenbau"_s);
    const QString acme = added.value(u"id"_s).toString();
    const CliRun second = run({u"companies"_s, u"add"_s, u"Zeta Logistik"_s});
    CHECK(second.exitCode == 0);
    CHECK(second.out.startsWith(u"Created company "_s));
    const QString anna = addPerson(u"Anna"_s, u"Adler"_s, {u"--job-title"_s, u"Buyer"_s});
    const QString ben = addPerson(u"Ben"_s, u"Berg"_s);
    REQUIRE(run({u"companies"_s, u"assign"_s, u"acme maschinenbau"_s, anna, ben}).exitCode == 0);

    const QJsonArray list = runArray({u"companies"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.value(u"id"_s).toString() == acme);
    CHECK(first.value(u"name"_s).toString() == u"Acme Maschinenbau"_s);
    CHECK(first.value(u"email"_s).toString() == u"info@acme.de"_s);
    CHECK(first.value(u"phone"_s).toString() == u"+49301234567"_s);
    CHECK(first.value(u"website"_s).toString() == u"https://acme.de"_s);
    CHECK(first.value(u"city"_s).toString() == u"Berlin"_s);
    CHECK(isUtcTimestamp(first.value(u"created_at"_s)));
    CHECK(first.value(u"persons"_s).toInt() == 2);
    CHECK(list.at(1).toObject().value(u"persons"_s).toInt() == 0);

    const QJsonArray searched = runArray({u"companies"_s, u"list"_s, u"--search"_s, u"zeta"_s, u"--json"_s});
    CHECK(texts(searched, u"name"_s) == QStringList{u"Zeta Logistik"_s});
    const CliRun table = run({u"companies"_s, u"list"_s});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(u"Persons"_s));
    CHECK(table.out.contains(u"https://acme.de"_s));

    const QJsonObject shown = runObject({u"companies"_s, u"show"_s, acme, u"--json"_s});
    const QJsonArray persons = shown.value(u"persons"_s).toArray();
    CHECK(texts(persons, u"id"_s) == QStringList{anna, ben});
    CHECK(persons.at(0).toObject().value(u"job_title"_s).toString() == u"Buyer"_s);
    const CliRun text = run({u"companies"_s, u"show"_s, u"Acme Maschinenbau"_s});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(u"Website:"_s));
    CHECK(text.out.contains(u"Persons (2):"_s));
    CHECK(text.out.contains(u"Anna Adler"_s));
}

TEST_CASE_METHOD(CliFixture, "companies assign, reassign and unassign change a person's company", "[cli]")
{
    REQUIRE(run({u"companies"_s, u"add"_s, u"Acme"_s}).exitCode == 0);
    REQUIRE(run({u"companies"_s, u"add"_s, u"Zeta"_s}).exitCode == 0);
    const QString carl = addPerson(u"Carl"_s, u"Clausen"_s);
    const auto companyOf = [this, &carl] {
        return runObject({u"contacts"_s, u"show"_s, carl, u"--json"_s}).value(u"company"_s);
    };

    const CliRun assigned = run({u"companies"_s, u"assign"_s, u"Acme"_s, carl});
    CHECK(assigned.exitCode == 0);
    CHECK(assigned.out == u"Linked 1 person to Acme.\n"_s);
    CHECK(companyOf().toString() == u"Acme"_s);
    CHECK(texts(contacts({u"--search"_s, u"acme"_s}), u"id"_s).contains(carl));

    REQUIRE(run({u"companies"_s, u"assign"_s, u"zeta"_s, carl}).exitCode == 0);
    CHECK(companyOf().toString() == u"Zeta"_s);
    CHECK_FALSE(texts(contacts({u"--search"_s, u"acme"_s}), u"id"_s).contains(carl));

    REQUIRE(run({u"companies"_s, u"unassign"_s, carl}).exitCode == 0);
    CHECK(companyOf().isNull());
}

TEST_CASE_METHOD(CliFixture, "companies commands refuse unknown, trashed and duplicate companies and persons", "[cli]")
{
    const QString acme = runObject({u"companies"_s, u"add"_s, u"Acme"_s, u"--json"_s}).value(u"id"_s).toString();
    const QString dora = addPerson(u"Dora"_s, u"Dietz"_s);

    const CliRun duplicate = run({u"companies"_s, u"add"_s, u"ACME"_s});
    CHECK(duplicate.exitCode == 2);
    CHECK(duplicate.err.startsWith(u"kontor-cli: companies add: "_s));
    const CliRun unknown = run({u"companies"_s, u"show"_s, u"Nobody GmbH"_s});
    CHECK(unknown.exitCode == 3);
    CHECK(unknown.err.contains(u"Nobody GmbH"_s));
    const CliRun person = run({u"companies"_s, u"show"_s, dora});
    CHECK(person.exitCode == 3);
    CHECK(person.err.contains(u"not a company"_s));
    CHECK(run({u"companies"_s, u"assign"_s, u"Acme"_s, u"4711"_s}).exitCode == 3);
    CHECK(run({u"companies"_s, u"assign"_s, u"Acme"_s, acme}).exitCode == 2);
    CHECK(run({u"companies"_s, u"assign"_s, u"Acme"_s}).exitCode == 1);

    REQUIRE(run({u"contacts"_s, u"delete"_s, acme}).exitCode == 0);
    const CliRun trashed = run({u"companies"_s, u"assign"_s, acme, dora});
    CHECK(trashed.exitCode == 3);
    CHECK(trashed.err.contains(u"trash"_s));
    CHECK(runObject({u"contacts"_s, u"show"_s, dora, u"--json"_s}).value(u"company"_s).isNull());
}

TEST_CASE_METHOD(CliFixture, "notes add, list, edit and delete keep a contact's notes newest first", "[cli]")
{
    const QString eva = addPerson(u"Eva"_s, u"Ernst"_s);
    const QJsonObject first = runObject({u"notes"_s, u"add"_s, eva, u"Called about the offer"_s, u"--json"_s});
    CHECK(first.value(u"text"_s).toString() == u"Called about the offer"_s);
    CHECK(first.value(u"contact"_s).toString() == eva);
    CHECK(isUtcTimestamp(first.value(u"created_at"_s)));
    CHECK_FALSE(first.value(u"created_by"_s).toString().isEmpty());
    const qint64 firstId = first.value(u"id"_s).toInteger();
    const CliRun second = run({u"notes"_s, u"add"_s, eva, u"Sends"_s, u"the"_s, u"contract"_s});
    CHECK(second.exitCode == 0);
    CHECK(second.out.startsWith(u"Added note "_s));

    QJsonArray notes = runArray({u"notes"_s, u"list"_s, eva, u"--json"_s});
    REQUIRE(notes.size() == 2);
    CHECK(texts(notes, u"text"_s).contains(u"Sends the contract"_s));

    const CliRun edited = run({u"notes"_s, u"edit"_s, QString::number(firstId), u"Called twice"_s});
    CHECK(edited.exitCode == 0);
    const CliRun text = run({u"notes"_s, u"list"_s, eva});
    CHECK(text.out.contains(u"Called twice"_s));
    CHECK(text.out.contains(u"Note %1"_s.arg(firstId)));

    REQUIRE(run({u"notes"_s, u"delete"_s, QString::number(firstId)}).exitCode == 0);
    notes = runArray({u"notes"_s, u"list"_s, eva, u"--json"_s});
    CHECK(texts(notes, u"text"_s) == QStringList{u"Sends the contract"_s});
}

TEST_CASE_METHOD(CliFixture, "notes commands refuse empty text, unknown notes and trashed or unknown contacts", "[cli]")
{
    const QString finn = addPerson(u"Finn"_s, u"Fuchs"_s);
    const CliRun empty = run({u"notes"_s, u"add"_s, finn, u"   "_s});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.startsWith(u"kontor-cli: notes add: "_s));
    CHECK(run({u"notes"_s, u"add"_s, u"4711"_s, u"Hello"_s}).exitCode == 3);
    CHECK(run({u"notes"_s, u"add"_s, finn}).exitCode == 1);
    CHECK(run({u"notes"_s, u"edit"_s, u"4711"_s, u"Hello"_s}).exitCode == 3);
    CHECK(run({u"notes"_s, u"edit"_s, u"abc"_s, u"Hello"_s}).exitCode == 1);
    CHECK(run({u"notes"_s, u"delete"_s, u"4711"_s}).exitCode == 3);
    CHECK(run({u"notes"_s, u"list"_s, finn}).out == u"No notes.\n"_s);

    REQUIRE(run({u"contacts"_s, u"delete"_s, finn}).exitCode == 0);
    const CliRun trashed = run({u"notes"_s, u"add"_s, finn, u"Hello"_s});
    CHECK(trashed.exitCode == 3);
    CHECK(trashed.err.contains(u"trash"_s));
}
