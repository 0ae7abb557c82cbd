// `kontor-cli jobs list|show|undo|resume` through the real binary: the log of bulk jobs, their statistics and
// items, and undo with edits made in between.

#include "CliFixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject bulk(const CliFixture &f, const QStringList &args)
{
    return f.runObject(QStringList{u"bulk"_s} + args + QStringList{u"--json"_s});
}

QStringList tagsOf(const CliFixture &f, const QString &id)
{
    QStringList tags;
    for (const QJsonValue &v : f.runObject({u"contacts"_s, u"show"_s, id, u"--json"_s}).value(u"tags"_s).toArray()) {
        tags << v.toString();
    }
    return tags;
}

QString number(const QJsonObject &job)
{
    return QString::number(job.value(u"id"_s).toInteger());
}

} // namespace

TEST_CASE_METHOD(
    CliFixture, "jobs list --json lists bulk jobs newest first and filters by type and status", "[cli][jobs]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    bulk(*this, {u"--ids"_s, anna, u"tag-add"_s, u"VIP"_s, u"--name"_s, u"Messe"_s});
    const QJsonObject lead = bulk(*this, {u"--ids"_s, anna, u"lead"_s, u"on"_s});
    const CliRun undo = run({u"jobs"_s, u"undo"_s, number(lead)});
    REQUIRE(undo.exitCode == 0);
    CHECK(undo.out.contains(u"Reverted: 1 contact(s)"_s));

    const QJsonArray all = runArray({u"jobs"_s, u"list"_s, u"--json"_s});
    REQUIRE(all.size() == 2);
    const QJsonObject newest = all.at(0).toObject();
    const QJsonObject oldest = all.at(1).toObject();
    CHECK(newest.value(u"id"_s) == lead.value(u"id"_s));
    CHECK(newest.value(u"status"_s).toString() == u"undone"_s);
    CHECK(oldest.value(u"name"_s).toString() == u"Messe"_s);
    CHECK(oldest.value(u"type"_s).toString() == u"bulk.tag_add"_s);
    CHECK(oldest.value(u"status"_s).toString() == u"done"_s);
    CHECK(oldest.value(u"total"_s).toInt() == 1);
    CHECK(oldest.value(u"succeeded"_s).toInt() == 1);
    CHECK(oldest.value(u"chunks_done"_s).toInt() == 1);
    CHECK(isUtcTimestamp(oldest.value(u"created_at"_s)));
    CHECK(isUtcTimestamp(oldest.value(u"finished_at"_s)));
    CHECK(oldest.value(u"undone_at"_s).isNull());
    CHECK(!oldest.value(u"user"_s).toString().isEmpty());

    CHECK(runArray({u"jobs"_s, u"list"_s, u"--json"_s, u"--type"_s, u"tag-add"_s}).size() == 1);
    CHECK(runArray({u"jobs"_s, u"list"_s, u"--json"_s, u"--type"_s, u"bulk"_s}).size() == 2);
    CHECK(runArray({u"jobs"_s, u"list"_s, u"--json"_s, u"--type"_s, u"import"_s}).isEmpty());
    const QJsonArray undone = runArray({u"jobs"_s, u"list"_s, u"--json"_s, u"--status"_s, u"undone"_s});
    REQUIRE(undone.size() == 1);
    CHECK(undone.first().toObject().value(u"id"_s) == lead.value(u"id"_s));
    CHECK(run({u"jobs"_s, u"list"_s, u"--type"_s, u"paint"_s}).exitCode == 1);
    CHECK(run({u"jobs"_s, u"list"_s, u"--status"_s, u"asleep"_s}).exitCode == 1);

    const CliRun text = run({u"jobs"_s, u"list"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Messe"_s));
    CHECK(text.out.contains(u"Add tag"_s));
}

TEST_CASE_METHOD(
    CliFixture, "jobs show gives the statistics and with --items the skipped contacts with reasons", "[cli][jobs]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s, {u"--tag"_s, u"VIP"_s});
    const QJsonObject job = bulk(*this, {u"--ids"_s, anna + u',' + ben, u"tag-add"_s, u"VIP"_s});

    const QJsonObject shown = runObject({u"jobs"_s, u"show"_s, number(job), u"--json"_s, u"--items"_s});
    CHECK(shown.value(u"uuid"_s) == job.value(u"uuid"_s));
    CHECK(shown.value(u"params"_s).toObject().value(u"action"_s).toString() == u"tag_add"_s);
    const QJsonObject stats = shown.value(u"statistics"_s).toObject();
    CHECK(stats.value(u"updated"_s).toInt() == 1);
    CHECK(stats.value(u"skipped"_s).toInt() == 1);
    CHECK(stats.value(u"failed"_s).toInt() == 0);
    const QJsonArray items = shown.value(u"items"_s).toArray();
    REQUIRE(items.size() == 1);
    const QJsonObject item = items.first().toObject();
    CHECK(item.value(u"outcome"_s).toString() == u"skipped"_s);
    CHECK(!item.value(u"reason"_s).toString().isEmpty());
    // The item names Ben by his number.
    CHECK(item.value(u"contact"_s).toInteger()
        == runArray({u"contacts"_s, u"list"_s, u"--search"_s, u"Kurz"_s, u"--columns"_s, u"tags"_s, u"--json"_s})
               .first()
               .toObject()
               .value(u"number"_s)
               .toInteger());

    // By UUID too, and as text.
    const CliRun text = run({u"jobs"_s, u"show"_s, job.value(u"uuid"_s).toString(), u"--items"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Statistics:"_s));
    CHECK(text.out.contains(item.value(u"reason"_s).toString()));
}

TEST_CASE_METHOD(
    CliFixture, "jobs undo reverts a bulk change and leaves alone a field edited since, reporting it", "[cli][jobs]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    const QJsonObject job = bulk(*this, {u"--ids"_s, anna + u',' + ben, u"tag-add"_s, u"VIP"_s});
    REQUIRE(run({u"contacts"_s, u"edit"_s, ben, u"--tag"_s, u"Presse"_s}).exitCode == 0);

    const QJsonObject undone = runObject({u"jobs"_s, u"undo"_s, number(job), u"--json"_s});
    CHECK(undone.value(u"reverted"_s).toInt() == 1);
    CHECK(undone.value(u"skipped"_s).toInt() == 1);
    const QJsonArray kept = undone.value(u"skipped_fields"_s).toArray();
    REQUIRE(kept.size() == 1);
    CHECK(kept.first().toObject().value(u"field"_s).toString() == u"tags"_s);
    CHECK(!kept.first().toObject().value(u"reason"_s).toString().isEmpty());

    CHECK(tagsOf(*this, anna).isEmpty());
    CHECK(tagsOf(*this, ben) == QStringList{u"Presse"_s});
    CHECK(runObject({u"jobs"_s, u"show"_s, number(job), u"--json"_s}).value(u"status"_s).toString() == u"undone"_s);
    CHECK(run({u"jobs"_s, u"undo"_s, number(job)}).exitCode == 2); // undone already
}

TEST_CASE_METHOD(CliFixture, "jobs undo of a bulk delete brings the contacts back from the trash", "[cli][jobs]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    const QString ben = addPerson(u"Ben"_s, u"Kurz"_s);
    const QJsonObject job = bulk(*this, {u"--ids"_s, anna + u',' + ben, u"delete"_s, u"--confirm"_s, u"DELETE"_s});
    CHECK(job.value(u"type"_s).toString() == u"bulk.delete"_s);
    REQUIRE(contacts().isEmpty());

    const QJsonObject undone = runObject({u"jobs"_s, u"undo"_s, number(job), u"--json"_s});
    CHECK(undone.value(u"restored"_s).toInt() == 2);
    CHECK(undone.value(u"removed"_s).toInt() == 0);
    CHECK(contacts().size() == 2);
    CHECK(trash().isEmpty());
}

TEST_CASE_METHOD(
    CliFixture, "jobs show, undo and resume refuse unknown jobs and resume refuses a finished one", "[cli][jobs]")
{
    const QString anna = addPerson(u"Anna"_s, u"Berg"_s);
    CliRun r = run({u"jobs"_s, u"show"_s, u"99"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"99"_s));
    CHECK(run({u"jobs"_s, u"undo"_s, u"99"_s}).exitCode == 3);
    CHECK(run({u"jobs"_s, u"resume"_s, u"nope"_s}).exitCode == 3);
    CHECK(run({u"jobs"_s, u"show"_s}).exitCode == 1);

    const QJsonObject job = bulk(*this, {u"--ids"_s, anna, u"tag-add"_s, u"VIP"_s});
    r = run({u"jobs"_s, u"resume"_s, number(job)});
    CHECK(r.exitCode == 2);
    CHECK(tagsOf(*this, anna) == QStringList{u"VIP"_s});
}
