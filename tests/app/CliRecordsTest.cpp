// kontor-cli appointments, documents and payments, run as the real binary: .ics export and import, the
// content-addressed document store with its trash and size limit, and payment totals per currency.

#include "CliFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Berlin = u"Europe/Berlin"_s;

QString folderOf(const CliFixture &f)
{
    return QFileInfo(f.m_dbPath).absolutePath();
}

QString writeFile(const CliFixture &f, const QString &name, const QByteArray &content)
{
    const QString path = folderOf(f) + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

QString readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The files of the document store beside the database ("<db>.documents").
int storedFiles(const CliFixture &f)
{
    int n = 0;
    QDirIterator it(f.m_dbPath + u".documents"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QJsonArray documents(const CliFixture &f, const QStringList &extra = {})
{
    return f.runArray(QStringList{u"documents"_s, u"list"_s, u"--json"_s} + extra);
}

} // namespace

TEST_CASE_METHOD(CliFixture,
    "appointments add and export-ics write a VEVENT with the summary, and list shows the appointments",
    "[cli][appointments]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QJsonObject demo = runObject({u"appointments"_s,
        u"add"_s,
        u"--contact"_s,
        anna,
        u"--title"_s,
        u"Demo bei Anna"_s,
        u"--start"_s,
        u"2030-03-04 10:00"_s,
        u"--duration"_s,
        u"90"_s,
        u"--tz"_s,
        Berlin,
        u"--location"_s,
        u"Berlin, Hauptstraße 1"_s,
        u"--json"_s});
    CHECK(demo.value(u"start"_s).toString() == u"2030-03-04T09:00:00.000Z"_s);
    CHECK(demo.value(u"end"_s).toString() == u"2030-03-04T10:30:00.000Z"_s);
    CHECK(demo.value(u"contact"_s).toString() == u"Anna Berg"_s);
    CHECK(demo.value(u"all_day"_s).toBool() == false);
    const QJsonObject fair = runObject({u"appointments"_s,
        u"add"_s,
        u"--contact"_s,
        anna,
        u"--title"_s,
        u"Messe"_s,
        u"--all-day"_s,
        u"--start"_s,
        u"2030-03-05"_s,
        u"--end"_s,
        u"2030-03-06"_s,
        u"--tz"_s,
        Berlin,
        u"--json"_s});
    CHECK(fair.value(u"all_day"_s).toBool());
    CHECK(fair.value(u"start_local"_s).toString() == u"2030-03-05T00:00"_s);
    CHECK(fair.value(u"end_local"_s).toString() == u"2030-03-07T00:00"_s);

    const QJsonArray listed
        = runArray({u"appointments"_s, u"list"_s, u"--contact"_s, anna, u"--tz"_s, Berlin, u"--json"_s});
    CHECK(texts(listed, u"title"_s) == QStringList{u"Demo bei Anna"_s, u"Messe"_s});
    CHECK(runArray({u"appointments"_s, u"list"_s, u"--from"_s, u"2030-03-05"_s, u"--tz"_s, Berlin, u"--json"_s}).size()
        == 1);

    const QString ics = folderOf(*this) + u"/all.ics"_s;
    const CliRun exported = run({u"appointments"_s, u"export-ics"_s, u"--all"_s, u"--output"_s, ics});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString written = readFile(ics);
    CHECK(written.startsWith(u"BEGIN:VCALENDAR"_s));
    CHECK(written.count(u"BEGIN:VEVENT"_s) == 2);
    CHECK(written.contains(u"SUMMARY:Demo bei Anna"_s));
    CHECK(written.contains(u"SUMMARY:Messe"_s));

    const CliRun one = run(
        {u"appointments"_s, u"export-ics"_s, QString::number(demo.value(u"id"_s).toInt()), u"--output"_s, u"-"_s});
    REQUIRE(one.exitCode == 0);
    CHECK(one.out.count(u"BEGIN:VEVENT"_s) == 1);
    CHECK(one.out.contains(u"SUMMARY:Demo bei Anna"_s));

    const CliRun noSelection = run({u"appointments"_s, u"export-ics"_s, u"--output"_s, ics});
    CHECK(noSelection.exitCode == 1);
    const CliRun badStart = run(
        {u"appointments"_s, u"add"_s, u"--contact"_s, anna, u"--title"_s, u"X"_s, u"--start"_s, u"04.03.2030 10:00"_s});
    CHECK(badStart.exitCode == 2);
    CHECK(badStart.err.contains(u"\"--start\""_s));
}

TEST_CASE_METHOD(
    CliFixture, "appointments import-ics adds both events of an invitation file to the contact", "[cli][appointments]")
{
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    const QByteArray invitation = "BEGIN:VCALENDAR\r\n"
                                  "VERSION:2.0\r\n"
                                  "PRODID:-//Example//Invite//EN\r\n"
                                  "METHOD:REQUEST\r\n"
                                  "BEGIN:VEVENT\r\n"
                                  "UID:first-1@example.org\r\n"
                                  "DTSTAMP:20300101T080000Z\r\n"
                                  "DTSTART:20300310T090000Z\r\n"
                                  "DTEND:20300310T100000Z\r\n"
                                  "SUMMARY:Kick-off\r\n"
                                  "ORGANIZER;CN=Olga Org:mailto:olga@example.org\r\n"
                                  "END:VEVENT\r\n"
                                  "BEGIN:VEVENT\r\n"
                                  "UID:second-2@example.org\r\n"
                                  "DTSTAMP:20300101T080000Z\r\n"
                                  "DTSTART:20300317T130000Z\r\n"
                                  "DTEND:20300317T140000Z\r\n"
                                  "SUMMARY:Review\r\n"
                                  "END:VEVENT\r\n"
                                  "END:VCALENDAR\r\n";
    const QString path = writeFile(*this, u"invite.ics"_s, invitation);

    const QJsonArray imported = runArray({u"appointments"_s, u"import-ics"_s, u"--contact"_s, ben, path, u"--json"_s});
    CHECK(texts(imported, u"title"_s) == QStringList{u"Kick-off"_s, u"Review"_s});
    const QJsonArray listed = runArray({u"appointments"_s, u"list"_s, u"--contact"_s, ben, u"--json"_s});
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).toObject().value(u"start"_s).toString() == u"2030-03-10T09:00:00.000Z"_s);
    CHECK(listed.at(0).toObject().value(u"ical_uid"_s).toString() == u"first-1@example.org"_s);

    const QString empty = writeFile(*this, u"empty.ics"_s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    const CliRun noEvents = run({u"appointments"_s, u"import-ics"_s, u"--contact"_s, ben, empty});
    CHECK(noEvents.exitCode == 2);
    CHECK(noEvents.err.contains(u"empty.ics"_s));
    const CliRun missing
        = run({u"appointments"_s, u"import-ics"_s, u"--contact"_s, ben, folderOf(*this) + u"/missing.ics"_s});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains(u"missing.ics"_s));
    CHECK(runArray({u"appointments"_s, u"list"_s, u"--json"_s}).size() == 2);
}

TEST_CASE_METHOD(CliFixture,
    "documents add stores the same file once, and remove and restore move it through the document trash",
    "[cli][documents]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString offer = writeFile(*this, u"Angebot.txt"_s, "Angebot 2030: 12 Maschinen\n");

    const QJsonArray first = runArray({u"documents"_s, u"add"_s, u"--contact"_s, anna, offer, u"--json"_s});
    REQUIRE(first.size() == 1);
    CHECK(first.at(0).toObject().value(u"name"_s).toString() == u"Angebot.txt"_s);
    CHECK(first.at(0).toObject().value(u"category"_s).toString() == u"internal"_s);
    CHECK(first.at(0).toObject().value(u"size"_s).toInt() == 27);
    const QJsonArray second = runArray({u"documents"_s,
        u"add"_s,
        u"--contact"_s,
        anna,
        offer,
        u"--name"_s,
        u"Angebot gesendet.txt"_s,
        u"--category"_s,
        u"sent"_s,
        u"--json"_s});
    REQUIRE(second.size() == 1);
    CHECK(second.at(0).toObject().value(u"category"_s).toString() == u"sent"_s);
    CHECK(second.at(0).toObject().value(u"sha256"_s) == first.at(0).toObject().value(u"sha256"_s));
    CHECK(storedFiles(*this) == 1);

    CHECK(documents(*this, {u"--contact"_s, anna}).size() == 2);
    CHECK(texts(documents(*this, {u"--search"_s, u"gesendet"_s}), u"name"_s) == QStringList{u"Angebot gesendet.txt"_s});

    const QString id = QString::number(first.at(0).toObject().value(u"id"_s).toInt());
    const CliRun removed = run({u"documents"_s, u"remove"_s, id});
    REQUIRE(removed.exitCode == 0);
    CHECK(texts(documents(*this), u"name"_s) == QStringList{u"Angebot gesendet.txt"_s});
    CHECK(texts(documents(*this, {u"--trashed"_s}), u"name"_s) == QStringList{u"Angebot.txt"_s});
    CHECK(storedFiles(*this) == 1); // the other document still names the content

    REQUIRE(run({u"documents"_s, u"restore"_s, id}).exitCode == 0);
    CHECK(documents(*this).size() == 2);
    CHECK(documents(*this, {u"--trashed"_s}).isEmpty());

    const QString copy = folderOf(*this) + u"/copy.txt"_s;
    REQUIRE(run({u"documents"_s, u"get"_s, id, u"--output"_s, copy}).exitCode == 0);
    CHECK(readFile(copy) == u"Angebot 2030: 12 Maschinen\n"_s);

    const CliRun unknown = run({u"documents"_s, u"remove"_s, u"999"_s});
    CHECK(unknown.exitCode == 3);
    const CliRun missingFile = run({u"documents"_s, u"add"_s, u"--contact"_s, anna, folderOf(*this) + u"/nope.pdf"_s});
    CHECK(missingFile.exitCode == 4);
    CHECK(missingFile.err.contains(u"nope.pdf"_s));
}

TEST_CASE_METHOD(CliFixture, "documents add refuses a file over the size limit of the settings", "[cli][documents]")
{
    // The fixture points the settings into its folder; 1 MiB is the smallest limit there is.
    QDir().mkpath(folderOf(*this) + u"/config/Kontor"_s);
    writeFile(*this, u"config/Kontor/Kontor.conf"_s, "[documents]\nmaxSizeMb=1\n");
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString big = writeFile(*this, u"big.bin"_s, QByteArray(1024 * 1024 + 1, 'x'));
    const QString small = writeFile(*this, u"small.bin"_s, QByteArray(1024 * 1024, 'y'));

    const CliRun refused = run({u"documents"_s, u"add"_s, u"--contact"_s, anna, big});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"big.bin"_s));
    CHECK(documents(*this).isEmpty());
    CHECK(storedFiles(*this) == 0);

    CHECK(run({u"documents"_s, u"add"_s, u"--contact"_s, anna, small}).exitCode == 0);
    CHECK(documents(*this).size() == 1);
}

TEST_CASE_METHOD(CliFixture, "payments add and list report the records with totals per currency", "[cli][payments]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const auto add = [&](const QStringList &args) {
        return runObject(QStringList{u"payments"_s, u"add"_s, u"--contact"_s, anna, u"--json"_s} + args);
    };
    const QJsonObject paid = add({u"--kind"_s,
        u"transaction"_s,
        u"--amount"_s,
        u"100.50"_s,
        u"--currency"_s,
        u"EUR"_s,
        u"--date"_s,
        u"2030-01-10"_s,
        u"--method"_s,
        u"bank_transfer"_s,
        u"--status"_s,
        u"completed"_s});
    CHECK(paid.value(u"amount_minor"_s).toInt() == 10050);
    CHECK(paid.value(u"amount"_s).toString() == u"100.50"_s);
    add({u"--kind"_s,
        u"transaction"_s,
        u"--amount"_s,
        u"20"_s,
        u"--currency"_s,
        u"EUR"_s,
        u"--date"_s,
        u"2030-01-11"_s,
        u"--status"_s,
        u"completed"_s});
    add({u"--kind"_s,
        u"transaction"_s,
        u"--amount"_s,
        u"10"_s,
        u"--currency"_s,
        u"usd"_s,
        u"--date"_s,
        u"2030-01-12"_s,
        u"--status"_s,
        u"completed"_s});
    const QJsonObject invoice = add({u"--kind"_s,
        u"invoice"_s,
        u"--amount"_s,
        u"1.234,50"_s,
        u"--currency"_s,
        u"EUR"_s,
        u"--date"_s,
        u"2030-01-13"_s,
        u"--due-date"_s,
        u"2030-02-13"_s,
        u"--number"_s,
        u"RE-2030-1"_s});
    CHECK(invoice.value(u"amount_minor"_s).toInt() == 123450);
    CHECK(invoice.value(u"number"_s).toString() == u"RE-2030-1"_s);

    const QJsonObject listed = runObject({u"payments"_s, u"list"_s, u"--contact"_s, anna, u"--json"_s});
    CHECK(listed.value(u"payments"_s).toArray().size() == 4);
    QHash<QString, QJsonObject> totals;
    for (const QJsonValue &v : listed.value(u"totals"_s).toArray()) {
        totals.insert(v[u"kind"_s].toString() + u' ' + v[u"currency"_s].toString(), v.toObject());
    }
    REQUIRE(totals.size() == 3);
    CHECK(totals.value(u"transaction EUR"_s).value(u"amount_minor"_s).toInt() == 12050);
    CHECK(totals.value(u"transaction EUR"_s).value(u"count"_s).toInt() == 2);
    CHECK(totals.value(u"transaction USD"_s).value(u"amount_minor"_s).toInt() == 1000);
    CHECK(totals.value(u"invoice EUR"_s).value(u"amount_minor"_s).toInt() == 123450);
    CHECK(totals.value(u"invoice EUR"_s).value(u"open_minor"_s).toInt() == 123450);

    const QJsonObject invoices = runObject({u"payments"_s, u"list"_s, u"--kind"_s, u"invoice"_s, u"--json"_s});
    CHECK(invoices.value(u"payments"_s).toArray().size() == 1);
    CHECK(invoices.value(u"totals"_s).toArray().size() == 1);

    const CliRun text = run({u"payments"_s, u"list"_s, u"--contact"_s, anna});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"RE-2030-1"_s));
    CHECK(text.out.contains(u"Totals:"_s));
    CHECK(text.out.contains(u"120.50"_s));

    const CliRun badAmount = run({u"payments"_s,
        u"add"_s,
        u"--contact"_s,
        anna,
        u"--kind"_s,
        u"transaction"_s,
        u"--amount"_s,
        u"zehn"_s,
        u"--date"_s,
        u"2030-01-10"_s});
    CHECK(badAmount.exitCode == 2);
    CHECK(badAmount.err.contains(u"\"--amount\""_s));
    CHECK(runObject({u"payments"_s, u"list"_s, u"--json"_s}).value(u"payments"_s).toArray().size() == 4);
}

TEST_CASE_METHOD(CliFixture,
    "documents leave with their contact in the trash, come back with it, and trash purge deletes their files",
    "[cli][documents]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    const QString letter = writeFile(*this, u"Brief.txt"_s, "Sehr geehrte Frau Berg\n");
    const QString memo = writeFile(*this, u"Memo.txt"_s, "Intern\n");
    REQUIRE(run({u"documents"_s, u"add"_s, u"--contact"_s, anna, letter, memo}).exitCode == 0);
    REQUIRE(run({u"documents"_s, u"add"_s, u"--contact"_s, ben, memo}).exitCode == 0);
    CHECK(storedFiles(*this) == 2);

    REQUIRE(run({u"contacts"_s, u"delete"_s, anna}).exitCode == 0);
    CHECK(texts(documents(*this), u"contact"_s) == QStringList{u"Ben Kurz"_s});
    REQUIRE(run({u"trash"_s, u"restore"_s, anna}).exitCode == 0);
    CHECK(documents(*this).size() == 3);

    REQUIRE(run({u"contacts"_s, u"delete"_s, anna}).exitCode == 0);
    const CliRun purged = run({u"trash"_s, u"purge"_s, u"--all"_s});
    INFO(purged.err.toStdString());
    REQUIRE(purged.exitCode == 0);
    CHECK(storedFiles(*this) == 1); // the memo stays: Ben's document names it
    REQUIRE(
        run({u"documents"_s, u"get"_s, QString::number(documents(*this).at(0)[u"id"_s].toInt()), u"--output"_s, u"-"_s})
            .out
        == u"Intern\n"_s);
}
