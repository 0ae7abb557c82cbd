// Runs the real kontor-cli binary against a database in a temporary folder: what users and scripts see,
// exit codes, stderr lines and JSON included.

#include "CliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE_METHOD(CliFixture, "contacts add and show --json round-trip every field that was given", "[cli]")
{
    createTextField(u"Customer number"_s);
    const QJsonObject added = runObject({u"contacts"_s,
        u"add"_s,
        u"--first-name"_s,
        u"Anna"_s,
        u"--last-name"_s,
        u"Müller"_s,
        u"--middle-name"_s,
        u"Maria"_s,
        u"--title"_s,
        u"Dr."_s,
        u"--salutation"_s,
        u"Frau"_s,
        u"--email"_s,
        u"anna@example.de"_s,
        u"--email"_s,
        u"a.mueller@example.com"_s,
        u"--phone"_s,
        u"030 1234567"_s,
        u"--company"_s,
        u"Muster GmbH"_s,
        u"--tag"_s,
        u"Kunde"_s,
        u"--tag"_s,
        u"VIP"_s,
        u"--birthday"_s,
        u"1985-04-12"_s,
        u"--city"_s,
        u"Berlin"_s,
        u"--job-title"_s,
        u"Head of Purchasing"_s,
        u"--department"_s,
        u"Purchasing"_s,
        u"--website"_s,
        u"https://example.de"_s,
        u"--source"_s,
        u"Fair"_s,
        u"--type"_s,
        u"Customer"_s,
        u"--lead"_s,
        u"--dnd"_s,
        u"email,sms"_s,
        u"--social"_s,
        u"linkedin=anna-mueller"_s,
        u"--description"_s,
        u"Met at the fair"_s,
        u"--custom"_s,
        u"Customer number=K-1001"_s,
        u"--json"_s});

    const QString uuid = added.value(u"id"_s).toString();
    REQUIRE_FALSE(uuid.isEmpty());
    const QJsonObject shown = runObject({u"contacts"_s, u"show"_s, uuid, u"--json"_s});
    CHECK(shown == added);

    CHECK(shown.value(u"kind"_s).toString() == u"person"_s);
    CHECK(shown.value(u"first_name"_s).toString() == u"Anna"_s);
    CHECK(shown.value(u"middle_name"_s).toString() == u"Maria"_s);
    CHECK(shown.value(u"last_name"_s).toString() == u"Müller"_s);
    CHECK(shown.value(u"title"_s).toString() == u"Dr."_s);
    CHECK(shown.value(u"salutation"_s).toString() == u"Frau"_s);
    CHECK(shown.value(u"display_name"_s).toString().contains(u"Anna"_s));
    CHECK(shown.value(u"display_name"_s).toString().contains(u"Müller"_s));
    CHECK(shown.value(u"company"_s).toString() == u"Muster GmbH"_s);
    CHECK(shown.value(u"job_title"_s).toString() == u"Head of Purchasing"_s);
    CHECK(shown.value(u"department"_s).toString() == u"Purchasing"_s);

    const QJsonArray emails = shown.value(u"emails"_s).toArray();
    REQUIRE(emails.size() == 2);
    CHECK(emails.at(0).toObject().value(u"value"_s).toString() == u"anna@example.de"_s);
    CHECK(emails.at(0).toObject().value(u"primary"_s).toBool());
    CHECK(emails.at(1).toObject().value(u"value"_s).toString() == u"a.mueller@example.com"_s);
    CHECK_FALSE(emails.at(1).toObject().value(u"primary"_s).toBool());
    CHECK(emails.at(0).toObject().contains(u"label"_s));

    const QJsonArray phones = shown.value(u"phones"_s).toArray();
    REQUIRE(phones.size() == 1);
    CHECK(phones.at(0).toObject().value(u"e164"_s).toString() == u"+49301234567"_s);
    CHECK(phones.at(0).toObject().value(u"raw"_s).toString() == u"030 1234567"_s);
    CHECK(phones.at(0).toObject().contains(u"label"_s));

    const QJsonArray addresses = shown.value(u"addresses"_s).toArray();
    REQUIRE(addresses.size() == 1);
    const QJsonObject address = addresses.at(0).toObject();
    CHECK(address.value(u"city"_s).toString() == u"Berlin"_s);
    for (const char16_t *key : {u"street", u"postal_code", u"region", u"country", u"label"}) {
        CHECK(address.contains(QString::fromUtf16(key)));
    }

    CHECK(shown.value(u"birthday"_s).toString() == u"1985-04-12"_s);
    CHECK(texts(shown.value(u"tags"_s).toArray()) == QStringList{u"Kunde"_s, u"VIP"_s});
    CHECK_FALSE(shown.value(u"owner"_s).toString().isEmpty());
    CHECK(shown.value(u"followers"_s).toArray().isEmpty());
    CHECK(shown.value(u"contact_type"_s).toString() == u"Customer"_s);
    CHECK(shown.value(u"lead"_s).toBool());
    const QJsonObject dnd = shown.value(u"dnd"_s).toObject();
    CHECK_FALSE(dnd.value(u"all"_s).toBool());
    CHECK(dnd.value(u"email"_s).toBool());
    CHECK(dnd.value(u"sms"_s).toBool());
    CHECK_FALSE(dnd.value(u"calls"_s).toBool());
    CHECK_FALSE(dnd.value(u"whatsapp"_s).toBool());
    CHECK(shown.value(u"custom"_s).toObject() == QJsonObject{{u"Customer number"_s, u"K-1001"_s}});
    CHECK(shown.value(u"social"_s).toObject().value(u"linkedin"_s).toString() == u"anna-mueller"_s);
    CHECK(shown.value(u"website"_s).toString().contains(u"example.de"_s));
    CHECK(shown.value(u"source"_s).toString() == u"Fair"_s);
    CHECK(shown.value(u"description"_s).toString() == u"Met at the fair"_s);
    CHECK(isUtcTimestamp(shown.value(u"created_at"_s)));
    CHECK(isUtcTimestamp(shown.value(u"updated_at"_s)));
    CHECK(shown.value(u"deleted_at"_s).isNull());

    // The company was created as a contact of its own; the list shows both.
    CHECK(contacts().size() == 2);
}

TEST_CASE_METHOD(CliFixture, "contacts show prints a readable block and finds the contact by number too", "[cli]")
{
    addPerson(u"Jörg"_s, u"Weiß"_s, {u"--email"_s, u"joerg@example.de"_s});
    const CliRun table = run({u"contacts"_s, u"list"_s});
    REQUIRE(table.exitCode == 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header, rule, one row
    CHECK(lines.at(0).contains(u"E-mail"_s));
    CHECK(lines.at(2).contains(u"Jörg Weiß"_s));
    CHECK(lines.at(2).contains(u"joerg@example.de"_s));
    const QString rowId = lines.at(2).section(u' ', 0, 0);

    const CliRun shown = run({u"contacts"_s, u"show"_s, rowId});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(u"Weiß"_s));
    CHECK(shown.out.contains(u"joerg@example.de"_s));
}

TEST_CASE_METHOD(CliFixture, "contacts add with an invalid e-mail exits 2, names the field and writes nothing", "[cli]")
{
    const CliRun r = run({u"contacts"_s,
        u"add"_s,
        u"--first-name"_s,
        u"Max"_s,
        u"--email"_s,
        u"max@@example"_s,
        u"--company"_s,
        u"Nobody GmbH"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(u"kontor-cli: contacts add: field \"E-mail addresses\": "_s));
    CHECK(r.err.trimmed().count(u'\n') == 0);
    CHECK(contacts().isEmpty()); // not even the company
}

TEST_CASE_METHOD(CliFixture, "contacts add with an impossible birthday exits 2 and names the field", "[cli]")
{
    const CliRun r = run({u"contacts"_s, u"add"_s, u"--first-name"_s, u"Max"_s, u"--birthday"_s, u"2023-02-29"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"field \"Birthday\""_s));
    CHECK(contacts().isEmpty());

    const CliRun malformed
        = run({u"contacts"_s, u"add"_s, u"--first-name"_s, u"Max"_s, u"--birthday"_s, u"12.04.1985"_s});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.contains(u"field \"Birthday\""_s));
    CHECK(contacts().isEmpty());
}

TEST_CASE_METHOD(CliFixture, "contacts add without a first name exits 2 and names the field", "[cli]")
{
    const CliRun r = run({u"contacts"_s, u"add"_s, u"--last-name"_s, u"Mustermann"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"field \"First name\""_s));
    CHECK(contacts().isEmpty());
}

TEST_CASE_METHOD(CliFixture, "usage errors exit 1 and unknown contacts exit 3", "[cli]")
{
    const CliRun unknownOption = run({u"contacts"_s, u"add"_s, u"--first-name"_s, u"Max"_s, u"--shoe-size"_s, u"44"_s});
    CHECK(unknownOption.exitCode == 1);
    CHECK(unknownOption.err.contains(u"--shoe-size"_s));
    CHECK(run({u"contacts"_s, u"frobnicate"_s}).exitCode == 1);
    CHECK(run({u"demo"_s, u"--contacts"_s, u"many"_s}).exitCode == 1);

    const CliRun missing = run({u"contacts"_s, u"show"_s, u"4711"_s});
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(u"4711"_s));
    CHECK(run({u"contacts"_s, u"delete"_s, u"00000000-0000-0000-0000-000000000000"_s}).exitCode == 3);
    CHECK(run({u"contacts"_s, u"add"_s, u"--first-name"_s, u"Max"_s, u"--custom"_s, u"Shoe size=44"_s}).exitCode == 3);
    CHECK(contacts().isEmpty());
}

TEST_CASE_METHOD(CliFixture, "a file that is not a database exits 4 and names the file", "[cli]")
{
    const QString path = m_dbPath + u".txt"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("This is a shopping list, not a database.\n").repeated(200));
    file.close();
    const CliRun r = run({u"contacts"_s, u"list"_s}, u"en"_s, path);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u".txt"_s));
}

TEST_CASE_METHOD(CliFixture, "contacts list --search finds Müller when searching for mueller", "[cli]")
{
    addPerson(u"Anna"_s, u"Müller"_s);
    addPerson(u"Bernd"_s, u"Schmidt"_s);
    const QJsonArray found = contacts({u"--search"_s, u"mueller"_s});
    REQUIRE(found.size() == 1);
    CHECK(found.at(0).toObject().value(u"last_name"_s).toString() == u"Müller"_s);
    CHECK(contacts().size() == 2);
    CHECK(contacts({u"--limit"_s, u"1"_s}).size() == 1);
}

TEST_CASE_METHOD(CliFixture, "contacts edit changes the named fields and keeps the others", "[cli]")
{
    const QString uuid = addPerson(u"Anna"_s,
        u"Schmidt"_s,
        {u"--email"_s, u"anna@example.de"_s, u"--tag"_s, u"Kunde"_s, u"--job-title"_s, u"Buyer"_s});
    const CliRun r = run({u"contacts"_s,
        u"edit"_s,
        uuid,
        u"--last-name"_s,
        u"Meier"_s,
        u"--email"_s,
        u"neu@example.de"_s,
        u"--add-email"_s,
        u"privat@example.de"_s,
        u"--add-tag"_s,
        u"VIP"_s,
        u"--remove-tag"_s,
        u"Kunde"_s,
        u"--birthday"_s,
        u"--05-17"_s,
        u"--city"_s,
        u"Hamburg"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QJsonObject c = runObject({u"contacts"_s, u"show"_s, uuid, u"--json"_s});
    CHECK(c.value(u"last_name"_s).toString() == u"Meier"_s);
    CHECK(c.value(u"first_name"_s).toString() == u"Anna"_s);
    CHECK(c.value(u"job_title"_s).toString() == u"Buyer"_s);
    CHECK(
        texts(c.value(u"emails"_s).toArray(), u"value"_s) == QStringList{u"neu@example.de"_s, u"privat@example.de"_s});
    CHECK(texts(c.value(u"tags"_s).toArray()) == QStringList{u"VIP"_s});
    CHECK(c.value(u"birthday"_s).toString() == u"--05-17"_s);
    CHECK(c.value(u"addresses"_s).toArray().at(0).toObject().value(u"city"_s).toString() == u"Hamburg"_s);

    const CliRun bad = run({u"contacts"_s, u"edit"_s, uuid, u"--email"_s, u"kaputt"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"field \"E-mail addresses\""_s));
    CHECK(runObject({u"contacts"_s, u"show"_s, uuid, u"--json"_s}) == c);
}

TEST_CASE_METHOD(CliFixture, "contacts delete moves to the trash and trash restore brings the contact back", "[cli]")
{
    const QString uuid = addPerson(u"Anna"_s, u"Schmidt"_s);
    addPerson(u"Bernd"_s, u"Keller"_s);

    REQUIRE(run({u"contacts"_s, u"delete"_s, uuid}).exitCode == 0);
    CHECK(texts(contacts(), u"first_name"_s) == QStringList{u"Bernd"_s});
    const QJsonArray trashed = trash();
    REQUIRE(trashed.size() == 1);
    CHECK(trashed.at(0).toObject().value(u"id"_s).toString() == uuid);
    CHECK(isUtcTimestamp(trashed.at(0).toObject().value(u"deleted_at"_s)));
    CHECK(run({u"contacts"_s, u"edit"_s, uuid, u"--last-name"_s, u"Meier"_s}).exitCode == 3);

    REQUIRE(run({u"trash"_s, u"restore"_s, uuid}).exitCode == 0);
    CHECK(trash().isEmpty());
    CHECK(contacts().size() == 2);
    CHECK(run({u"trash"_s, u"restore"_s, uuid}).exitCode == 3); // not in the trash any more
}

TEST_CASE_METHOD(CliFixture, "trash purge deletes what is older than 60 days and --all empties the trash", "[cli]")
{
    const QString old = addPerson(u"Otto"_s, u"Alt"_s);
    const QString recent = addPerson(u"Nina"_s, u"Neu"_s);
    REQUIRE(run({u"contacts"_s, u"delete"_s, old, recent}).exitCode == 0);
    backdateTrash(old, 61);

    const CliRun purged = run({u"trash"_s, u"purge"_s});
    REQUIRE(purged.exitCode == 0);
    CHECK(texts(trash(), u"id"_s) == QStringList{recent});
    CHECK(run({u"contacts"_s, u"show"_s, old}).exitCode == 3);

    REQUIRE(run({u"trash"_s, u"purge"_s, u"--all"_s}).exitCode == 0);
    CHECK(trash().isEmpty());
    CHECK(run({u"contacts"_s, u"show"_s, recent}).exitCode == 3);
}

TEST_CASE_METHOD(CliFixture,
    "demo --contacts 200 creates 200 contacts and reports progress in whole lines when stderr is a pipe",
    "[cli]")
{
    const CliRun r = run({u"demo"_s, u"--contacts"_s, u"200"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(contacts().size() == 200);
    // QProcess gives stderr a pipe: no carriage-return animation, each progress report a line of its own.
    CHECK_FALSE(r.err.contains(u'\r'));
    REQUIRE(r.err.endsWith(u'\n'));
    const QStringList lines = r.err.trimmed().split(u'\n');
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        CHECK(line.contains(u" of 200 contacts written ("_s));
    }
}

TEST_CASE_METHOD(CliFixture, "contacts add with --lang de reports the error in German", "[cli][de]")
{
    const QStringList args = {u"contacts"_s, u"add"_s, u"--first-name"_s, u"Max"_s, u"--email"_s, u"max@@example"_s};
    const CliRun english = run(args, u"en"_s);
    const CliRun german = run(args, u"de"_s);
    INFO(german.err.toStdString());
    CHECK(german.exitCode == 2);
    CHECK(german.err.contains(u"E-Mail-Adressen"_s));
    CHECK(german.err.contains(u"Feld"_s));
    CHECK_FALSE(german.err.contains(u"field"_s));
    CHECK(german.err.toStdString() != english.err.toStdString());
}
