#include "BulkTestSupport.h"
#include "ContactTypeService.h"
#include "DomainResolver.h"
#include "EmailCheckRepository.h"

#include <QElapsedTimer>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
BulkAction action(BulkActionKind kind, const QString &text = {})
{
    BulkAction a;
    a.kind = kind;
    a.text = text;
    return a;
}

BulkAction userAction(BulkActionKind kind, qint64 userId)
{
    BulkAction a;
    a.kind = kind;
    a.userId = userId;
    return a;
}

// Answers from a table instead of DNS; unknown domains are unreachable (as when offline).
class FakeResolver : public DomainResolver
{
public:
    QHash<QString, DomainLookup> lookup(const QStringList &domains, int) override
    {
        asked << domains;
        QHash<QString, DomainLookup> out;
        for (const QString &d : domains) {
            out.insert(d, answers.value(d, DomainLookup::Unreachable));
        }
        return out;
    }
    QHash<QString, DomainLookup> answers;
    QStringList asked;
};
} // namespace

TEST_CASE("Adding a tag in bulk tags every contact in chunks and skips those that have it already")
{
    BulkFixture f;
    QList<qint64> ids = f.persons(23);
    const qint64 tagged = f.person(u"Tina"_s, {u"kunde"_s});
    ids << tagged;

    const Job job = f.run(action(BulkActionKind::TagAdd, u" Kunde "_s), ids);
    CHECK(job.type == u"bulk.tag_add"_s);
    CHECK(job.name == u"Add tag \"Kunde\""_s);
    CHECK(job.total == 24);
    CHECK(job.processed == 24);
    CHECK(job.succeeded == 23);
    CHECK(job.skipped == 1);
    CHECK(job.failed == 0);
    CHECK(job.chunksDone == 3);
    CHECK(job.startedAt > 0);
    CHECK(job.finishedAt >= job.startedAt);
    CHECK(f.load(ids.first()).tags == QStringList{u"Kunde"_s});
    CHECK(f.load(tagged).tags == QStringList{u"kunde"_s});
    CHECK(f.reasonFor(job.id, tagged) == u"The contact already has the tag \"Kunde\"."_s);

    const QList<JobItem> updated = f.items(job.id, {JobItemOutcome::Updated});
    REQUIRE(updated.size() == 23);
    // Only the changed field, as the undo expects: no tags before, the tag after.
    CHECK(updated.first().before.isEmpty());
    CHECK(updated.first().after.keys() == QStringList{u"tags"_s});
    auto counts = f.jobs.counts(job.id);
    KONTOR_REQUIRE_OK(counts);
    CHECK(counts->updated == 23);
    CHECK(counts->skipped == 1);

    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(u"SELECT DISTINCT origin, batch_id FROM audit_log WHERE field = 'tags'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"bulk"_s);
    CHECK(q.value(1).toLongLong() == job.id);
    CHECK_FALSE(q.next());
}

TEST_CASE("Removing a tag in bulk removes it in any case and skips contacts without it")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s, {u"Kunde"_s, u"VIP"_s});
    const qint64 b = f.person(u"Bert"_s, {u"KUNDE"_s});
    const qint64 c = f.person(u"Cora"_s, {u"VIP"_s});
    const Job job = f.run(action(BulkActionKind::TagRemove, u"kunde"_s), {a, b, c});
    CHECK(f.load(a).tags == QStringList{u"VIP"_s});
    CHECK(f.load(b).tags.isEmpty());
    CHECK(f.load(c).tags == QStringList{u"VIP"_s});
    CHECK(job.succeeded == 2);
    CHECK(f.reasonFor(job.id, c) == u"The contact does not have the tag \"kunde\"."_s);
}

TEST_CASE("Assigning an owner in bulk sets it and skips contacts the user owns already")
{
    BulkFixture f;
    const qint64 petra = f.user(u"Petra Vogel"_s);
    const qint64 a = f.person(u"Anna"_s);
    const qint64 b = f.person(u"Bert"_s);
    Contact owned = f.load(b);
    owned.ownerId = petra;
    KONTOR_REQUIRE_OK(f.contacts.update(owned));

    const Job job = f.run(userAction(BulkActionKind::Owner, petra), {a, b});
    CHECK(job.name == u"Assign owner Petra Vogel"_s);
    CHECK(f.load(a).ownerId == petra);
    CHECK(f.reasonFor(job.id, b) == u"Petra Vogel is already the owner."_s);
    const JobItem item = f.items(job.id, {JobItemOutcome::Updated}).first();
    CHECK(item.before.keys() == QStringList{u"owner"_s});
    CHECK(item.after.value(u"owner"_s).toString() == UserService(f.t.db()).byId(petra)->uuid);
}

TEST_CASE("Followers are added and removed in bulk, each contact once")
{
    BulkFixture f;
    const qint64 petra = f.user(u"Petra Vogel"_s);
    const qint64 a = f.person(u"Anna"_s);
    const qint64 b = f.person(u"Bert"_s);

    const Job added = f.run(userAction(BulkActionKind::FollowerAdd, petra), {a, b, a});
    CHECK(added.total == 2); // the selection listed Anna twice
    CHECK(f.load(a).followerIds == QList<qint64>{petra});
    CHECK(f.load(b).followerIds == QList<qint64>{petra});
    const Job again = f.run(userAction(BulkActionKind::FollowerAdd, petra), {a});
    CHECK(f.reasonFor(again.id, a) == u"Petra Vogel already follows the contact."_s);

    const Job removed = f.run(userAction(BulkActionKind::FollowerRemove, petra), {a});
    CHECK(removed.succeeded == 1);
    CHECK(f.load(a).followerIds.isEmpty());
    CHECK(f.load(b).followerIds == QList<qint64>{petra});
    const Job none = f.run(userAction(BulkActionKind::FollowerRemove, petra), {a});
    CHECK(f.reasonFor(none.id, a) == u"Petra Vogel does not follow the contact."_s);
}

TEST_CASE("Adding to a company creates it once, moves persons from their old company and skips companies")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s, {}, u"Alt GmbH"_s);
    const qint64 old = f.load(a).companyId;
    const qint64 b = f.person(u"Bert"_s);
    const QList<qint64> many = f.persons(15);

    const Job job = f.run(action(BulkActionKind::Company, u"Neu AG"_s), QList<qint64>{a, b, old} + many);
    auto neu = f.contacts.findCompany(u"neu ag"_s);
    KONTOR_REQUIRE_OK(neu);
    REQUIRE(*neu > 0);
    CHECK(f.load(a).companyId == *neu);
    CHECK(f.load(b).companyId == *neu);
    CHECK(f.load(many.last()).companyId == *neu);
    CHECK(f.reasonFor(job.id, old) == u"The contact is a company; only persons belong to a company."_s);
    CHECK(job.succeeded == 17);
    CHECK(job.skipped == 1);
    const QList<JobItem> created = f.items(job.id, {JobItemOutcome::Created});
    REQUIRE(created.size() == 1); // created in the first chunk, found in the second
    CHECK(created.first().contactId == *neu);

    const Job again = f.run(action(BulkActionKind::Company, u"Neu AG"_s), {a});
    CHECK(f.reasonFor(again.id, a) == u"The person already belongs to \"Neu AG\"."_s);
    CHECK(f.items(again.id, {JobItemOutcome::Created}).isEmpty());
}

TEST_CASE("Removing from the company unlinks persons and skips those without one")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s, {}, u"Alt GmbH"_s);
    const qint64 b = f.person(u"Bert"_s);
    const Job job = f.run(action(BulkActionKind::CompanyRemove), {a, b});
    CHECK(f.load(a).companyId == 0);
    CHECK(f.reasonFor(job.id, b) == u"The person belongs to no company."_s);
    const JobItem item = f.items(job.id, {JobItemOutcome::Updated}).first();
    CHECK(item.before.keys() == QStringList{u"company"_s});
    CHECK(item.after.isEmpty());
}

TEST_CASE("Setting the contact type in bulk accepts a translated default and clears it with an empty name")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s);
    const qint64 b = f.person(u"Bert"_s);
    const Job job = f.run(action(BulkActionKind::ContactType, u"Customer"_s), {a, b});
    CHECK(f.load(a).contactType == u"Customer"_s);
    CHECK(job.succeeded == 2);
    const Job same = f.run(action(BulkActionKind::ContactType, u"Customer"_s), {a});
    CHECK(f.reasonFor(same.id, a) == u"The contact's type is already \"Customer\"."_s);
    const Job cleared = f.run(action(BulkActionKind::ContactType), {a});
    CHECK(cleared.name == u"Clear contact type"_s);
    CHECK(f.load(a).contactType.isEmpty());
}

TEST_CASE("The lead flag and do-not-disturb are set and cleared in bulk per channel")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s);
    const qint64 b = f.person(u"Bert"_s);

    BulkAction lead = action(BulkActionKind::Lead);
    lead.on = true;
    f.run(lead, {a, b});
    CHECK(f.load(a).lead);
    lead.on = false;
    const Job unmarked = f.run(lead, {a});
    CHECK_FALSE(f.load(a).lead);
    CHECK(f.load(b).lead);
    CHECK(unmarked.name == u"Unmark as lead"_s);

    BulkAction dnd = action(BulkActionKind::Dnd);
    dnd.channel = DndChannel::Email;
    dnd.on = true;
    f.run(dnd, {a, b});
    dnd.channel = DndChannel::Sms;
    f.run(dnd, {a});
    CHECK(f.load(a).dnd == (DndChannel::Email | DndChannel::Sms));
    dnd.channel = DndChannel::Email;
    dnd.on = false;
    f.run(dnd, {a});
    CHECK(f.load(a).dnd == DndChannels(DndChannel::Sms));
    CHECK(f.load(b).dnd == DndChannels(DndChannel::Email));
    const Job already = f.run(dnd, {a});
    CHECK(f.reasonFor(already.id, a) == u"Do not disturb is already off for e-mail."_s);
    dnd.channel = DndChannel::All;
    f.run(dnd, {a, b});
    CHECK(f.load(a).dnd == DndChannels());
    CHECK(f.load(b).dnd == DndChannels());
}

TEST_CASE("E-mail verification in bulk stores a result per address and calls an unreachable domain unknown")
{
    BulkFixture f;
    FakeResolver resolver;
    resolver.answers.insert(u"example.de"_s, DomainLookup::ReceivesMail);
    resolver.answers.insert(u"nirgends.example"_s, DomainLookup::NoMail);
    f.bulk.setDomainResolver(&resolver);
    const qint64 anna = f.person(u"Anna"_s); // anna@example.de
    Contact two = f.load(f.person(u"Bert"_s));
    two.emails << EmailAddress{u"bert@nirgends.example"_s, {}, false}
               << EmailAddress{u"b@offline.example"_s, {}, false};
    KONTOR_REQUIRE_OK(f.contacts.update(two));
    Contact none;
    none.firstName = u"Nomail"_s;
    const qint64 nomail = f.contacts.create(none)->id;

    auto job = f.bulk.start(BulkFixture::request(action(BulkActionKind::VerifyEmail), {anna, two.id, nomail}));
    KONTOR_REQUIRE_OK(job);
    CHECK(job->succeeded == 2);
    CHECK(job->skipped == 1);
    CHECK(f.reasonFor(job->id, nomail) == u"The contact has no e-mail address."_s);
    const QList<JobItem> checked = f.items(job->id, {JobItemOutcome::Checked});
    REQUIRE(checked.size() == 4);
    CHECK(checked.at(0).column == u"anna@example.de"_s);
    CHECK(checked.at(0).reason == u"valid"_s);
    CHECK(checked.at(2).column == u"bert@nirgends.example"_s);
    CHECK(checked.at(2).reason == u"invalid: The domain nirgends.example does not exist or receives no mail."_s);
    CHECK(f.jobs.counts(job->id)->checked == 4);
    // One lookup per domain for the whole chunk.
    CHECK(resolver.asked.size() == 3);

    auto stored = EmailCheckRepository(f.t.db()).find(
        {u"anna@example.de"_s, u"BERT@nirgends.example"_s, u"b@offline.example"_s});
    KONTOR_REQUIRE_OK(stored);
    REQUIRE(stored->size() == 3);
    CHECK(stored->value(u"anna@example.de"_s).status == EmailCheckStatus::Valid);
    CHECK(stored->value(u"BERT@nirgends.example"_s).status == EmailCheckStatus::Invalid);
    CHECK(stored->value(u"b@offline.example"_s).status == EmailCheckStatus::Unknown);
    CHECK(stored->value(u"anna@example.de"_s).checkedAt == f.t.clock().nowMs());
}

TEST_CASE("A bulk delete moves the contacts to the trash and skips those already there")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(12);
    KONTOR_REQUIRE_OK(f.contacts.moveToTrash({ids.last()}));
    BulkAction del = action(BulkActionKind::Delete);
    del.confirmation = u"LÖSCHEN"_s;
    const Job job = f.run(del, ids);
    CHECK(job.succeeded == 11);
    CHECK(f.reasonFor(job.id, ids.last()) == u"The contact is in the trash already."_s);
    CHECK(f.items(job.id, {JobItemOutcome::Trashed}).size() == 11);
    CHECK(f.jobs.counts(job.id)->trashed == 11);
    ContactListQuery alive;
    CHECK(*f.contacts.count(alive) == 0);
}

TEST_CASE("A bulk action on a list's query works on every contact the filter finds, fixed at creation")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s, {u"Messe"_s});
    const qint64 b = f.person(u"Bert"_s, {u"Messe"_s});
    const qint64 c = f.person(u"Cora"_s);
    BulkRequest r;
    r.action = action(BulkActionKind::TagAdd, u"Nachfassen"_s);
    r.target.useQuery = true;
    r.target.query.filter = u"tags has \"Messe\""_s;
    r.name = u"Messe-Kontakte nachfassen"_s;
    auto created = f.bulk.create(r);
    KONTOR_REQUIRE_OK(created);
    CHECK(created->status == JobStatus::Queued);
    CHECK(created->name == u"Messe-Kontakte nachfassen"_s);
    CHECK(created->total == 2);
    CHECK(created->params.value(u"target"_s).toObject().value(u"query"_s).toObject().value(u"filter"_s).toString()
        == r.target.query.filter);
    CHECK(created->params.value(u"chunk_size"_s).toInt() == BulkFixture::Chunk);
    // Tagged after the job was created: not one of its contacts.
    Contact later = f.load(c);
    later.tags << u"Messe"_s;
    KONTOR_REQUIRE_OK(f.contacts.update(later));

    auto ran = f.bulk.run(created->id);
    KONTOR_REQUIRE_OK(ran);
    CHECK(f.load(a).tags.contains(u"Nachfassen"_s));
    CHECK(f.load(b).tags.contains(u"Nachfassen"_s));
    CHECK_FALSE(f.load(c).tags.contains(u"Nachfassen"_s));
}

TEST_CASE("A contact the validation refuses fails with the message while the rest of its chunk is changed")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(5);
    const qint64 broken = f.person(u"Kaputt"_s);
    QSqlQuery q(f.t.db().connection());
    q.prepare(u"UPDATE contact_emails SET value = 'kaputt@@example' WHERE contact_id = ?"_s);
    q.addBindValue(broken);
    REQUIRE(q.exec());
    const qint64 gone = f.person(u"Weg"_s);
    const qint64 trashed = f.person(u"Papierkorb"_s);

    auto created = f.bulk.create(
        BulkFixture::request(action(BulkActionKind::TagAdd, u"Kunde"_s), ids + QList<qint64>{broken, gone, trashed}));
    KONTOR_REQUIRE_OK(created);
    KONTOR_REQUIRE_OK(f.contacts.moveToTrash({gone, trashed}));
    KONTOR_REQUIRE_OK(f.contacts.purge({gone}));

    auto job = f.bulk.run(created->id);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->status == JobStatus::Done);
    CHECK(job->succeeded == 5);
    CHECK(job->failed == 1);
    CHECK(job->skipped == 2);
    const QList<JobItem> failed = f.items(job->id, {JobItemOutcome::Failed});
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().contactId == broken);
    CHECK_FALSE(failed.first().reason.isEmpty());
    CHECK(failed.first().column == u"E-mail addresses"_s);
    CHECK(f.reasonFor(job->id, gone) == u"The contact has been deleted since the job was created."_s);
    CHECK(f.reasonFor(job->id, trashed) == u"The contact is in the trash."_s);
    CHECK(f.tagged(u"Kunde"_s) == 5);
}

// Rough speed of the bulk engine; run by name: core_bulk_test "[.bench]" -s
TEST_CASE("Bulk speed on 20000 contacts", "[.bench]")
{
    BulkFixture f;
    f.bulk.setChunkSize(BulkService::ChunkSize);
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        ids << f.persons(1000, u"B%1-"_s.arg(i));
    }
    QElapsedTimer timer;
    auto rate = [&](const char *what) {
        const double s = timer.elapsed() / 1000.0;
        WARN(what << ": " << s << " s, " << int(ids.size() / s) << " contacts/s");
        timer.restart();
    };
    timer.start();
    const Job tag = f.run(action(BulkActionKind::TagAdd, u"Bench"_s), ids);
    rate("tag add");
    KONTOR_REQUIRE_OK(f.jobs.undo(tag.id));
    rate("undo tag");
    BulkAction del = action(BulkActionKind::Delete);
    del.confirmation = u"DELETE"_s;
    const Job deleted = f.run(del, ids);
    rate("delete");
    KONTOR_REQUIRE_OK(f.jobs.undo(deleted.id));
    rate("restore (undo delete)");
    CHECK(f.tagged(u"Bench"_s) == 0);
}
