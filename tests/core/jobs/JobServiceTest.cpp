#include "JobService.h"

#include "ContactFields.h"
#include "ContactRepository.h"
#include "ContactService.h"
#include "ContactTypeService.h"
#include "CustomFieldService.h"
#include "JobRepository.h"
#include "TestDatabase.h"
#include "UnitOfWork.h"
#include "UserService.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <functional>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

// Runs jobs the way ImportService and the bulk actions do: the job row first, then each chunk in one unit with
// the job as batch, writing the contacts through ContactService and an item per contact through JobRepository.
struct Harness
{
    Harness()
        : svc(t.db(), t.session())
        , repo(t.db())
    {
        svc.setDefaultRegion(u"DE"_s);
        refs.companyUuid = [this](qint64 id) { return repo.companyUuid(id); };
        refs.userUuid = [this](qint64 id) { return repo.userUuid(id); };
        refs.customFieldUuid = [this](qint64 id) { return repo.customFieldUuid(id); };
    }

    Job begin(const QJsonObject &params = {})
    {
        Job job;
        job.type = QString::fromUtf16(JobType::Import);
        job.params = params;
        job.name = u"Import of kunden.csv"_s;
        job.userId = t.session().userId;
        job.status = JobStatus::Running;
        job.startedAt = t.clock().nowMs();
        UnitOfWork unit(t.db(), t.session());
        REQUIRE(unit.begin().has_value());
        auto stored = JobRepository(t.db()).insert(job);
        KONTOR_REQUIRE_OK(stored);
        KONTOR_REQUIRE_OK(unit.commit());
        return *stored;
    }

    void finish(Job &job, JobStatus status = JobStatus::Done)
    {
        job.status = status;
        job.finishedAt = t.clock().nowMs();
        KONTOR_REQUIRE_OK(JobRepository(t.db()).saveProgress(job));
    }

    Session batch(const Job &job) const
    {
        Session s = t.session(Origin::Import);
        s.batchId = job.id;
        return s;
    }

    QList<qint64> create(const Job &job, const QList<Contact> &contacts)
    {
        UnitOfWork unit(t.db(), batch(job));
        REQUIRE(unit.begin().has_value());
        ContactService importer(t.db(), batch(job));
        importer.setDefaultRegion(u"DE"_s);
        auto ids = importer.createMany(contacts);
        KONTOR_REQUIRE_OK(ids);
        QList<JobItem> items;
        for (int i = 0; i < ids->size(); ++i) {
            JobItem item;
            item.contactId = ids->at(i);
            item.sourceRow = i + 2;
            item.outcome = JobItemOutcome::Created;
            items << item;
        }
        KONTOR_REQUIRE_OK(JobRepository(t.db()).addItems(job.id, items));
        KONTOR_REQUIRE_OK(unit.commit());
        return *ids;
    }

    // An update as a job records it: `before` and `after` hold the changed keys only, each side omitting a
    // key whose value is empty there.
    void update(const Job &job, qint64 id, const std::function<void(Contact &)> &change)
    {
        UnitOfWork unit(t.db(), batch(job));
        REQUIRE(unit.begin().has_value());
        ContactService importer(t.db(), batch(job));
        importer.setDefaultRegion(u"DE"_s);
        auto old = importer.load(id);
        KONTOR_REQUIRE_OK(old);
        Contact changed = *old;
        change(changed);
        auto saved = importer.update(changed);
        KONTOR_REQUIRE_OK(saved);
        const QJsonObject a = sync(*old);
        const QJsonObject b = sync(*saved);
        JobItem item;
        item.contactId = id;
        item.outcome = JobItemOutcome::Updated;
        for (const QString &key : a.keys() + b.keys()) {
            if (a.value(key) != b.value(key)) {
                if (a.contains(key)) {
                    item.before.insert(key, a.value(key));
                }
                if (b.contains(key)) {
                    item.after.insert(key, b.value(key));
                }
            }
        }
        REQUIRE_FALSE((item.after.isEmpty() && item.before.isEmpty()));
        KONTOR_REQUIRE_OK(JobRepository(t.db()).addItems(job.id, {item}));
        KONTOR_REQUIRE_OK(unit.commit());
    }

    QJsonObject sync(const Contact &c) { return ContactFields::snapshot(c, refs, ContactFields::Purpose::Sync); }

    QJsonObject syncOf(qint64 id)
    {
        auto c = svc.load(id);
        KONTOR_REQUIRE_OK(c);
        QJsonObject o = sync(*c);
        return o;
    }

    JobService jobs()
    {
        JobService s(t.db(), t.session());
        s.setDefaultRegion(u"DE"_s);
        return s;
    }

    QStringList changeLogFields(const QString &uuid)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(u"SELECT field FROM change_log WHERE record_uuid = ? ORDER BY seq"_s);
        q.addBindValue(uuid);
        REQUIRE(q.exec());
        QStringList fields;
        while (q.next()) {
            fields << q.value(0).toString();
        }
        return fields;
    }

    Test::TestDatabase t;
    ContactService svc;
    ContactRepository repo;
    ContactFields::References refs;
};

Contact person(const QString &first, const QString &last = u"Beispiel"_s)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.emails = {{first.toLower() + u"@example.de"_s, {}, false}};
    return c;
}

} // namespace

TEST_CASE("A job and its items come back from the repository as they were written")
{
    Harness h;
    const QJsonObject params{{u"file"_s, u"kunden.csv"_s}, {u"tag"_s, u"Messe"_s}};
    Job job = h.begin(params);
    CHECK(job.id > 0);
    CHECK(job.params == params);
    CHECK(job.uuid.size() == 36);
    CHECK(job.createdAt == h.t.clock().nowMs());
    CHECK_FALSE(job.userName.isEmpty());
    CHECK(job.status == JobStatus::Running);

    job.total = 3;
    job.processed = 3;
    job.succeeded = 1;
    job.failed = 1;
    job.skipped = 1;
    job.chunksDone = 1;
    job.error = u"Zeile 4: ungültige E-Mail"_s;
    h.finish(job, JobStatus::Failed);
    UnitOfWork unit(h.t.db(), h.t.session());
    REQUIRE(unit.begin().has_value());
    Job second = job;
    second.uuid.clear(); // a new one is assigned
    auto secondStored = JobRepository(h.t.db()).insert(second);
    KONTOR_REQUIRE_OK(secondStored);
    CHECK(secondStored->id != job.id);
    CHECK(secondStored->uuid != job.uuid);
    KONTOR_REQUIRE_OK(unit.commit());

    JobItem created;
    created.contactId = 7;
    created.sourceRow = 2;
    created.outcome = JobItemOutcome::Created;
    JobItem updated;
    updated.contactId = 8;
    updated.sourceRow = 3;
    updated.outcome = JobItemOutcome::Updated;
    updated.before = QJsonObject{{u"tags"_s, QJsonArray{u"Alt"_s}}};
    updated.after = QJsonObject{{u"tags"_s, QJsonArray{u"Alt"_s, u"Messe"_s}}, {u"job_title"_s, u"CEO"_s}};
    JobItem failed;
    failed.sourceRow = 4;
    failed.outcome = JobItemOutcome::Failed;
    failed.reason = u"\"x@\" ist keine E-Mail-Adresse."_s;
    failed.column = u"E-Mail"_s;
    failed.data = {u"Max"_s, u"x@"_s, QString(), u"Zeile mit \"Anführung\", Komma"_s};
    JobRepository jobs(h.t.db());
    KONTOR_REQUIRE_OK(jobs.addItems(job.id, {created, updated}));
    KONTOR_REQUIRE_OK(jobs.addItems(job.id, {failed}));

    auto loaded = jobs.byId(job.id);
    KONTOR_REQUIRE_OK(loaded);
    CHECK(loaded->uuid == job.uuid);
    CHECK(loaded->params == job.params);
    CHECK(loaded->status == JobStatus::Failed);
    CHECK(loaded->finishedAt == h.t.clock().nowMs());
    CHECK(loaded->total == 3);
    CHECK(loaded->succeeded == 1);
    CHECK(loaded->skipped == 1);
    CHECK(loaded->failed == 1);
    CHECK(loaded->chunksDone == 1);
    CHECK(loaded->error == job.error);
    CHECK(loaded->undoneAt == 0);

    auto all = jobs.items(job.id);
    KONTOR_REQUIRE_OK(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).seq == 1);
    CHECK(all->at(2).seq == 3);
    CHECK(all->at(1).before == updated.before);
    CHECK(all->at(1).after == updated.after);
    CHECK(all->at(0).before.isEmpty());
    CHECK(all->at(2).contactId == 0);
    CHECK(all->at(2).reason == failed.reason);
    CHECK(all->at(2).column == failed.column);
    CHECK(all->at(2).data == failed.data);
    CHECK(all->at(2).sourceRow == 4);

    auto onlyFailed = jobs.items(job.id, {JobItemOutcome::Failed, JobItemOutcome::Skipped});
    KONTOR_REQUIRE_OK(onlyFailed);
    REQUIRE(onlyFailed->size() == 1);
    CHECK(onlyFailed->first().seq == 3);
    auto page = jobs.items(job.id, {}, 1, 1);
    KONTOR_REQUIRE_OK(page);
    REQUIRE(page->size() == 1);
    CHECK(page->first().seq == 2);

    auto counts = jobs.counts(job.id);
    KONTOR_REQUIRE_OK(counts);
    CHECK(counts->created == 1);
    CHECK(counts->updated == 1);
    CHECK(counts->failed == 1);
    CHECK(counts->skipped == 0);

    CHECK(jobs.byId(9999).error().code == Error::Code::NotFound);
}

TEST_CASE("The job log lists newest first and filters by type prefix, user and status")
{
    Harness h;
    auto colleague = UserService(h.t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
    REQUIRE(colleague.has_value());
    JobRepository jobs(h.t.db());
    auto add = [&](const QString &type, qint64 user, JobStatus status) {
        h.t.clock().advanceMs(1000);
        Job j;
        j.type = type;
        j.userId = user;
        j.status = status;
        auto stored = jobs.insert(j);
        KONTOR_REQUIRE_OK(stored);
        return stored->id;
    };
    const qint64 me = h.t.session().userId;
    const qint64 import = add(u"import"_s, me, JobStatus::Done);
    const qint64 tag = add(u"bulk.tag_add"_s, colleague->id, JobStatus::Done);
    const qint64 exportJob = add(u"export"_s, me, JobStatus::Failed);
    const qint64 owner = add(u"bulk.owner"_s, me, JobStatus::Cancelled);

    auto filter = [](const QString &type, qint64 user = 0, std::optional<JobStatus> status = {}, int limit = 500) {
        JobRepository::Filter f;
        f.type = type;
        f.userId = user;
        f.status = status;
        f.limit = limit;
        return f;
    };
    auto ids = [&](const JobRepository::Filter &f) {
        auto list = jobs.list(f);
        KONTOR_REQUIRE_OK(list);
        QList<qint64> out;
        for (const Job &j : *list) {
            out << j.id;
        }
        return out;
    };
    CHECK(ids(filter({})) == QList<qint64>{owner, exportJob, tag, import});
    CHECK(ids(filter(u"bulk."_s)) == QList<qint64>{owner, tag});
    CHECK(ids(filter(u"import"_s)) == QList<qint64>{import});
    CHECK(ids(filter(u"bulk"_s)).isEmpty()); // a type without the dot is exact
    CHECK(ids(filter({}, colleague->id)) == QList<qint64>{tag});
    CHECK(ids(filter({}, 0, JobStatus::Done)) == QList<qint64>{tag, import});
    CHECK(ids(filter(u"bulk."_s, me, JobStatus::Cancelled)) == QList<qint64>{owner});
    CHECK(ids(filter({}, 0, std::nullopt, 2)) == QList<qint64>{owner, exportJob});
    auto list = jobs.list(filter(u"bulk."_s));
    KONTOR_REQUIRE_OK(list);
    CHECK(list->last().userName == u"Petra Vogel"_s);
    CHECK(JobType::label(u"import"_s) == u"Import"_s);
    CHECK(JobType::label(u"bulk.tag_add"_s) == u"Add tag"_s);
    CHECK(JobType::label(u"bulk.unknown"_s) == u"bulk.unknown"_s);
}

TEST_CASE("Jobs left running by a crash are shown as interrupted at the next start")
{
    Harness h;
    Job running = h.begin();
    Job done = h.begin();
    h.finish(done);
    h.t.clock().advanceMs(60'000);

    auto recovered = h.jobs().recoverInterrupted();
    KONTOR_REQUIRE_OK(recovered);
    CHECK(*recovered == 1);
    auto interrupted = h.jobs().byId(running.id);
    KONTOR_REQUIRE_OK(interrupted);
    CHECK(interrupted->status == JobStatus::Interrupted);
    CHECK(interrupted->finishedAt == h.t.clock().nowMs());
    CHECK(h.jobs().byId(done.id)->status == JobStatus::Done);
    CHECK(*h.jobs().recoverInterrupted() == 0);
}

TEST_CASE("Undoing an import deletes what it created for good and leaves tombstones for sync")
{
    Harness h;
    const qint64 earlier = h.svc.create(person(u"Erika"_s))->id;
    Job job = h.begin();
    Contact company;
    company.kind = ContactKind::Company;
    company.displayName = u"Neu GmbH"_s;
    const QList<qint64> companies = h.create(job, {company});
    Contact anna = person(u"Anna"_s);
    anna.companyId = companies.first();
    const QList<qint64> persons = h.create(job, {anna, person(u"Bernd"_s)});
    h.finish(job);
    // After the job, the user links an older contact to the imported company and moves Bernd to the trash.
    KONTOR_REQUIRE_OK(h.svc.setCompany({earlier}, companies.first()));
    KONTOR_REQUIRE_OK(h.svc.moveToTrash({persons.last()}));

    QStringList uuids;
    for (const qint64 id : companies + persons) {
        uuids << h.svc.load(id)->uuid;
    }
    QList<std::pair<qint64, qint64>> reports;
    JobProgress progress;
    progress.report = [&reports](qint64 done, qint64 total) { reports << std::pair{done, total}; };
    auto report = h.jobs().undo(job.id, progress);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->removed == 3);
    CHECK(report->reverted == 0);
    CHECK(report->skipped == 0);
    CHECK(reports.last() == std::pair<qint64, qint64>{3, 3});

    for (const qint64 id : companies + persons) {
        CHECK(h.svc.load(id).error().code == Error::Code::NotFound);
    }
    for (const QString &uuid : uuids) {
        const QStringList fields = h.changeLogFields(uuid);
        CHECK(fields.contains(u"_deleted"_s));
        CHECK(fields.last() == u"_purged"_s);
    }
    // The older contact keeps working; it lost only its link to the removed company, recorded as its change.
    auto erika = h.svc.load(earlier);
    KONTOR_REQUIRE_OK(erika);
    CHECK(erika->companyId == 0);
    CHECK(h.changeLogFields(erika->uuid).last() == u"company"_s);
    Contact edited = *erika;
    edited.jobTitle = u"Leitung"_s;
    KONTOR_REQUIRE_OK(h.svc.update(edited));

    auto undone = h.jobs().byId(job.id);
    CHECK(undone->status == JobStatus::Undone);
    CHECK(undone->undoneAt == h.t.clock().nowMs());
    QSqlQuery q(h.t.db().connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'purge' AND batch_id = %1"_s.arg(job.id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}

TEST_CASE("Undoing updates restores every field the job changed")
{
    Harness h;
    auto colleague = UserService(h.t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
    REQUIRE(colleague.has_value());
    CustomField number;
    number.name = u"Kundennummer"_s;
    auto field = CustomFieldService(h.t.db(), h.t.session()).createField(number);
    KONTOR_REQUIRE_OK(field);
    Contact c = person(u"Gerda"_s, u"Groß"_s);
    c.companyName = u"Alt AG"_s;
    c.tags = {u"Kunde"_s};
    c.phones = {{u"030 1234567"_s, {}, u"work"_s, true}};
    c.customValues = {{field->id, u"K-1"_s}};
    c.birthday = {1970, 5, 17};
    const qint64 id = h.svc.create(c)->id;
    const QJsonObject original = h.syncOf(id);

    Job job = h.begin();
    h.update(job, id, [&](Contact &x) {
        x.lastName = u"Klein"_s;
        x.companyId = 0;
        x.companyName = u"Neu GmbH"_s;
        x.emails << EmailAddress{u"gerda@neu.de"_s, u"work"_s, false};
        x.phones.clear();
        x.tags << u"Messe"_s;
        x.customValues[field->id] = u"K-2"_s;
        x.birthday = {};
        x.ownerId = colleague->id;
        x.followerIds = {colleague->id};
        x.website = u"https://neu.de"_s;
        x.dnd = DndChannel::Email;
        x.lead = true;
    });
    h.finish(job);
    REQUIRE(h.syncOf(id) != original);

    auto report = h.jobs().undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->reverted == 1);
    CHECK(report->removed == 0);
    CHECK(report->skippedItems.isEmpty());
    CHECK(h.syncOf(id) == original);
    // The reverted values are audited as changes of the batch, with the session's origin.
    QSqlQuery q(h.t.db().connection());
    REQUIRE(q.exec(
        u"SELECT count(*) FROM audit_log WHERE action = 'update' AND origin = 'ui' AND batch_id = %1"_s.arg(job.id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 5);
}

TEST_CASE("Undo leaves a field changed since the job alone, reports it, and reverts the others")
{
    Harness h;
    Contact c = person(u"Hans"_s);
    c.jobTitle = u"Einkauf"_s;
    c.tags = {u"Kunde"_s};
    const qint64 hans = h.svc.create(c)->id;
    const qint64 ida = h.svc.create(person(u"Ida"_s))->id;
    const qint64 otto = h.svc.create(person(u"Otto"_s))->id;

    Job job = h.begin();
    h.update(job, hans, [](Contact &x) {
        x.jobTitle = u"Vertrieb"_s;
        x.tags << u"Messe"_s;
    });
    h.update(job, ida, [](Contact &x) { x.source = u"Messe"_s; });
    h.update(job, otto, [](Contact &x) { x.source = u"Messe"_s; });
    h.finish(job);

    auto edit = h.svc.load(hans);
    edit->jobTitle = u"Geschäftsführung"_s;
    KONTOR_REQUIRE_OK(h.svc.update(*edit));
    KONTOR_REQUIRE_OK(h.svc.moveToTrash({otto}));
    h.t.clock().advanceDays(61);
    KONTOR_REQUIRE_OK(h.svc.purgeExpired()); // Otto is gone for good
    KONTOR_REQUIRE_OK(h.svc.moveToTrash({ida}));

    auto report = h.jobs().undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->reverted == 1);
    REQUIRE(report->skippedItems.size() == 3);
    CHECK(report->skipped == 3);
    const JobItem &kept = report->skippedItems.at(0);
    CHECK(kept.contactId == hans);
    CHECK(kept.column == u"job_title"_s);
    CHECK(kept.reason == u"Changed since the job: kept"_s);
    CHECK(kept.outcome == JobItemOutcome::Skipped);
    CHECK(report->skippedItems.at(1).contactId == ida);
    CHECK(report->skippedItems.at(1).column.isEmpty());
    CHECK(report->skippedItems.at(1).reason.contains(u"trash"_s));
    CHECK(report->skippedItems.at(2).contactId == otto);
    CHECK(report->skippedItems.at(2).reason.contains(u"deleted"_s));

    auto now = h.svc.load(hans);
    CHECK(now->jobTitle == u"Geschäftsführung"_s);
    CHECK(now->tags == QStringList{u"Kunde"_s});
    CHECK(h.svc.load(ida)->source == u"Messe"_s); // in the trash: untouched
}

TEST_CASE("Undo keeps a value today's rules refuse, says why, and still reverts the other fields")
{
    Harness h;
    Contact c = person(u"Lena"_s);
    c.contactType = u"Partner"_s;
    const qint64 id = h.svc.create(c)->id;
    Job job = h.begin();
    h.update(job, id, [](Contact &x) {
        x.contactType = u"Customer"_s;
        x.source = u"Messe"_s;
    });
    h.finish(job);
    // Nobody is a partner any more, so the type can go.
    KONTOR_REQUIRE_OK(ContactTypeService(h.t.db(), h.t.session()).remove(u"Partner"_s));

    auto report = h.jobs().undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->reverted == 1);
    REQUIRE(report->skippedItems.size() == 1);
    CHECK(report->skippedItems.first().column == u"contact_type"_s);
    CHECK(report->skippedItems.first().reason.contains(u"Partner"_s));
    auto now = h.svc.load(id);
    CHECK(now->contactType == u"Customer"_s);
    CHECK(now->source.isEmpty());
}

TEST_CASE("A contact updated twice by one job gets its value from before the job back")
{
    Harness h;
    Contact c = person(u"Jana"_s);
    c.department = u"Einkauf"_s;
    const qint64 id = h.svc.create(c)->id;
    Job job = h.begin();
    h.update(job, id, [](Contact &x) { x.department = u"Vertrieb"_s; });
    h.update(job, id, [](Contact &x) { x.department = u"Marketing"_s; });
    h.finish(job);

    auto report = h.jobs().undo(job.id);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->skippedItems.isEmpty());
    CHECK(h.svc.load(id)->department == u"Einkauf"_s);
}

TEST_CASE("A job cannot be undone while it runs, nor twice, nor when it does not exist, nor an export")
{
    Harness h;
    Job job = h.begin();
    h.create(job, {person(u"Karl"_s)});

    auto running = h.jobs().undo(job.id);
    REQUIRE_FALSE(running.has_value());
    CHECK(running.error().code == Error::Code::Conflict);

    h.finish(job);
    KONTOR_REQUIRE_OK(h.jobs().undo(job.id));
    auto twice = h.jobs().undo(job.id);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == Error::Code::Conflict);
    CHECK_FALSE(twice.error().message.isEmpty());

    CHECK(h.jobs().undo(job.id + 100).error().code == Error::Code::NotFound);

    Job exportJob;
    exportJob.type = QString::fromUtf16(JobType::Export);
    exportJob.status = JobStatus::Done;
    auto stored = JobRepository(h.t.db()).insert(exportJob);
    KONTOR_REQUIRE_OK(stored);
    CHECK(h.jobs().undo(stored->id).error().code == Error::Code::Unsupported);
}

TEST_CASE("A cancelled undo stops after a whole chunk and continues where it stopped when called again")
{
    Harness h;
    Job job = h.begin();
    QList<Contact> many;
    for (int i = 0; i < 520; ++i) {
        many << person(u"Person%1"_s.arg(i));
    }
    const QList<qint64> ids = h.create(job, many);
    h.finish(job, JobStatus::Interrupted);

    std::atomic_bool cancel = true;
    JobProgress progress;
    progress.cancel = &cancel;
    auto before = h.jobs().undo(job.id, progress);
    REQUIRE_FALSE(before.has_value());
    CHECK(before.error().code == Error::Code::Cancelled);
    CHECK(h.t.rows(u"contacts"_s) == 520);

    cancel = false;
    progress.report = [&cancel](qint64, qint64) { cancel = true; };
    auto cancelled = h.jobs().undo(job.id, progress);
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    // One whole chunk went, newest first; the job can still be undone.
    CHECK(h.t.rows(u"contacts"_s) == 20);
    CHECK(h.svc.load(ids.first()).has_value());
    CHECK_FALSE(h.svc.load(ids.last()).has_value());
    CHECK(h.jobs().byId(job.id)->status == JobStatus::Interrupted);

    cancel = false;
    progress.report = {};
    auto finished = h.jobs().undo(job.id, progress);
    KONTOR_REQUIRE_OK(finished);
    CHECK(finished->removed == 520);
    CHECK(h.t.rows(u"contacts"_s) == 0);
    CHECK(h.jobs().byId(job.id)->status == JobStatus::Undone);
}
