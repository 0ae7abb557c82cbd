#include "BulkTestSupport.h"
#include "ContactFields.h"
#include "ContactRepository.h"
#include "NoteService.h"

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

QJsonObject syncSnapshot(BulkFixture &f, qint64 id)
{
    ContactRepository repo(f.t.db());
    ContactFields::References refs;
    refs.companyUuid = [&repo](qint64 c) { return repo.companyUuid(c); };
    refs.userUuid = [&repo](qint64 u) { return repo.userUuid(u); };
    refs.customFieldUuid = [&repo](qint64 c) { return repo.customFieldUuid(c); };
    return ContactFields::snapshot(f.load(id), refs, ContactFields::Purpose::Sync);
}
} // namespace

TEST_CASE("Undoing a bulk tag reverts it but leaves a field someone changed after the job and reports it")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(25);
    const Job job = f.run(action(BulkActionKind::TagAdd, u"Kunde"_s), ids);
    CHECK(f.tagged(u"Kunde"_s) == 25);

    // After the job, a colleague adds another tag to one contact and changes the owner of another.
    Contact edited = f.load(ids.at(3));
    edited.tags << u"VIP"_s;
    KONTOR_REQUIRE_OK(f.contacts.update(edited));
    const qint64 petra = f.user(u"Petra Vogel"_s);
    Contact owned = f.load(ids.at(4));
    owned.ownerId = petra;
    KONTOR_REQUIRE_OK(f.contacts.update(owned));

    auto report = f.jobs.undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->reverted == 24);
    CHECK(report->skipped == 1);
    REQUIRE(report->skippedItems.size() == 1);
    CHECK(report->skippedItems.first().contactId == ids.at(3));
    CHECK(report->skippedItems.first().column == u"tags"_s);
    CHECK(report->skippedItems.first().reason == u"Changed since the job: kept"_s);
    CHECK(f.load(ids.at(3)).tags == QStringList{u"Kunde"_s, u"VIP"_s});
    CHECK(f.load(ids.at(4)).tags.isEmpty());
    CHECK(f.load(ids.at(4)).ownerId == petra); // not the job's field: untouched
    CHECK(f.tagged(u"Kunde"_s) == 1);
    CHECK(f.jobs.byId(job.id)->status == JobStatus::Undone);
    auto again = f.jobs.undo(job.id);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == Error::Code::Conflict);
}

TEST_CASE("Undoing owner, follower, company, type, lead and do-not-disturb jobs restores every earlier value")
{
    BulkFixture f;
    const qint64 petra = f.user(u"Petra Vogel"_s);
    const qint64 jonas = f.user(u"Jonas Hahn"_s);
    const qint64 a = f.person(u"Anna"_s, {}, u"Alt GmbH"_s);
    const qint64 b = f.person(u"Bert"_s);
    Contact set = f.load(b);
    set.ownerId = jonas;
    set.followerIds = {jonas};
    set.contactType = u"Partner"_s;
    set.dnd = DndChannel::Calls;
    KONTOR_REQUIRE_OK(f.contacts.update(set));
    const QJsonObject beforeA = syncSnapshot(f, a);
    const QJsonObject beforeB = syncSnapshot(f, b);

    BulkAction owner = action(BulkActionKind::Owner);
    owner.userId = petra;
    BulkAction follower = action(BulkActionKind::FollowerAdd);
    follower.userId = petra;
    BulkAction unfollow = action(BulkActionKind::FollowerRemove);
    unfollow.userId = jonas;
    BulkAction lead = action(BulkActionKind::Lead);
    lead.on = true;
    BulkAction dnd = action(BulkActionKind::Dnd);
    dnd.channel = DndChannel::All;
    dnd.on = true;
    const QList<BulkAction> actions{owner,
        follower,
        unfollow,
        action(BulkActionKind::Company, u"Neu AG"_s),
        action(BulkActionKind::ContactType, u"Lead"_s),
        lead,
        dnd,
        action(BulkActionKind::CompanyRemove)};
    QList<qint64> jobIds;
    for (const BulkAction &act : actions) {
        jobIds << f.run(act, {a, b}).id;
    }
    CHECK(syncSnapshot(f, b) != beforeB);
    // Newest first, as a user would step back.
    for (auto it = jobIds.crbegin(); it != jobIds.crend(); ++it) {
        auto report = f.jobs.undo(*it);
        KONTOR_REQUIRE_OK(report);
        CHECK(report->skipped == 0);
    }
    CHECK(syncSnapshot(f, a) == beforeA);
    CHECK(syncSnapshot(f, b) == beforeB);
    // The company the job created is gone again.
    CHECK(*f.contacts.findCompany(u"Neu AG"_s) == 0);
}

TEST_CASE("Undoing a bulk delete restores the contacts with their notes and company links")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s, {u"Kunde"_s}, u"Alt GmbH"_s);
    const qint64 company = f.load(a).companyId;
    const QList<qint64> more = f.persons(14);
    NoteService notes(f.t.db(), f.t.session());
    KONTOR_REQUIRE_OK(notes.add(a, u"Rückruf am Montag"_s));
    BulkAction del = action(BulkActionKind::Delete);
    del.confirmation = u"DELETE"_s;
    const Job job = f.run(del, QList<qint64>{a, company} + more);
    CHECK(f.load(a).deletedAt != 0);
    CHECK(f.load(company).deletedAt != 0);

    // Since the job: one contact restored by hand, one deleted for good.
    KONTOR_REQUIRE_OK(f.contacts.restore({more.at(0)}));
    KONTOR_REQUIRE_OK(f.contacts.purge({more.at(1)}));

    f.t.clock().advanceMs(60'000);
    auto report = f.jobs.undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->restored == 14);
    CHECK(report->skipped == 2);
    QStringList reasons;
    for (const JobItem &kept : report->skippedItems) {
        reasons << kept.reason;
    }
    CHECK(reasons.contains(u"The contact has been restored already."_s));
    CHECK(reasons.contains(u"The contact has been deleted for good since the job."_s));
    const Contact anna = f.load(a);
    CHECK(anna.deletedAt == 0);
    CHECK(anna.companyId == company);
    CHECK(anna.tags == QStringList{u"Kunde"_s});
    CHECK(f.load(company).deletedAt == 0);
    auto annaNotes = notes.forContact(a);
    KONTOR_REQUIRE_OK(annaNotes);
    REQUIRE(annaNotes->size() == 1);
    CHECK(annaNotes->first().body == u"Rückruf am Montag"_s);
    ContactListQuery alive;
    CHECK(*f.contacts.count(alive) == 15);
    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'restore' AND batch_id = %1"_s.arg(job.id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 14);
}

TEST_CASE("A contact trashed again by someone after the bulk delete stays in the trash on undo")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s);
    BulkAction del = action(BulkActionKind::Delete);
    del.confirmation = u"DELETE"_s;
    const Job job = f.run(del, {a});
    KONTOR_REQUIRE_OK(f.contacts.restore({a}));
    f.t.clock().advanceMs(1000);
    KONTOR_REQUIRE_OK(f.contacts.moveToTrash({a}));
    auto report = f.jobs.undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->restored == 0);
    CHECK(report->skipped == 1);
    CHECK(f.load(a).deletedAt != 0);
}

TEST_CASE("An e-mail verification cannot be undone because it changes no contacts")
{
    BulkFixture f;
    const qint64 a = f.person(u"Anna"_s);
    auto created = f.bulk.create(BulkFixture::request(action(BulkActionKind::VerifyEmail), {a}));
    KONTOR_REQUIRE_OK(created);
    auto undone = f.jobs.undo(created->id);
    REQUIRE_FALSE(undone.has_value());
    CHECK(undone.error().code == Error::Code::Unsupported);
    CHECK(undone.error().message == u"An e-mail verification changes no contacts; there is nothing to undo."_s);
}
