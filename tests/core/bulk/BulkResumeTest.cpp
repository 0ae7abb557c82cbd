#include "BulkTestSupport.h"
#include "JobLock.h"
#include "JobRepository.h"
#include "UnitOfWork.h"

#include <csignal>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
const char *const kCrashDb = "KONTOR_BULK_CRASH_DB";
const char *const kCrashJob = "KONTOR_BULK_CRASH_JOB";

BulkAction tagAdd(const QString &tag)
{
    BulkAction a;
    a.kind = BulkActionKind::TagAdd;
    a.text = tag;
    return a;
}
} // namespace

TEST_CASE("Cancelling a bulk job in the middle leaves exactly its whole chunks, and resuming finishes it")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(35);
    std::atomic_bool cancel = false;
    JobProgress progress;
    QList<qint64> reported;
    progress.report = [&reported](qint64 done, qint64) { reported << done; };
    progress.cancel = &cancel;
    f.bulk.setAfterChunk([&cancel](qint64 chunk) {
        if (chunk == 1) {
            cancel = true;
        }
    });
    auto cancelled = f.bulk.start(BulkFixture::request(tagAdd(u"Kunde"_s), ids), progress);
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    auto job = f.jobs.list({});
    KONTOR_REQUIRE_OK(job);
    REQUIRE(job->size() == 1);
    const Job stopped = job->first();
    CHECK(stopped.status == JobStatus::Cancelled);
    CHECK(stopped.chunksDone == 2);
    CHECK(stopped.processed == 20);
    CHECK(f.tagged(u"Kunde"_s) == stopped.chunksDone * BulkFixture::Chunk);
    CHECK(reported == QList<qint64>{0, 10, 20});

    cancel = false;
    f.bulk.setAfterChunk({});
    auto resumed = f.bulk.resume(stopped.id, progress);
    KONTOR_REQUIRE_OK(resumed);
    CHECK(resumed->status == JobStatus::Done);
    CHECK(resumed->chunksDone == 4);
    CHECK(resumed->processed == 35);
    CHECK(resumed->succeeded == 35);
    CHECK(f.tagged(u"Kunde"_s) == 35);
    CHECK(f.items(stopped.id).size() == 35); // no chunk written twice
    auto notAgain = f.bulk.resume(stopped.id);
    REQUIRE_FALSE(notAgain.has_value());
    CHECK(notAgain.error().code == Error::Code::Conflict);
}

// The child of the crash test: runs the job and is killed (SIGKILL, no clean-up) right after its second chunk.
TEST_CASE("Bulk crash child", "[.crashchild]")
{
    const QString path = qEnvironmentVariable(kCrashDb);
    REQUIRE_FALSE(path.isEmpty());
    auto db = Database::open(path);
    KONTOR_REQUIRE_OK(db);
    auto user = UserService(**db).ensureLocalUser();
    KONTOR_REQUIRE_OK(user);
    Session session;
    session.userId = user->id;
    session.teamId = user->teamId;
    BulkService bulk(**db, session);
    bulk.setAfterChunk([](qint64 chunk) {
        if (chunk == 1) {
            std::raise(SIGKILL);
        }
    });
    (void)bulk.run(qEnvironmentVariable(kCrashJob).toLongLong());
    FAIL("the child should have been killed during the job");
}

TEST_CASE("A bulk job whose process was killed is interrupted at the next start, resumes and undoes completely")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(35);
    auto created = f.bulk.create(BulkFixture::request(tagAdd(u"Kunde"_s), ids));
    KONTOR_REQUIRE_OK(created);

    QProcess child;
    startChild(child,
        u"Bulk crash child"_s,
        {{QString::fromLatin1(kCrashDb), f.t.path()}, {QString::fromLatin1(kCrashJob), QString::number(created->id)}});
    REQUIRE(child.waitForFinished(60000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    auto left = f.jobs.byId(created->id);
    KONTOR_REQUIRE_OK(left);
    CHECK(left->status == JobStatus::Running);
    CHECK(left->chunksDone == 2);
    CHECK(f.tagged(u"Kunde"_s) == 20);
    CHECK_FALSE(JobLock::isHeld(f.t.db(), left->uuid)); // the lock file of a dead process

    auto recovered = f.jobs.recoverInterrupted();
    KONTOR_REQUIRE_OK(recovered);
    CHECK(*recovered == 1);
    CHECK(f.jobs.byId(created->id)->status == JobStatus::Interrupted);

    auto resumed = f.bulk.resume(created->id);
    KONTOR_REQUIRE_OK(resumed);
    CHECK(resumed->status == JobStatus::Done);
    CHECK(resumed->processed == 35);
    CHECK(f.tagged(u"Kunde"_s) == 35);

    auto undone = f.jobs.undo(created->id);
    KONTOR_REQUIRE_OK(undone);
    CHECK(undone->reverted == 35);
    CHECK(f.tagged(u"Kunde"_s) == 0);
}

TEST_CASE("A running job whose lock a live process holds is not marked interrupted")
{
    BulkFixture f;
    auto created = f.bulk.create(BulkFixture::request(tagAdd(u"Kunde"_s), f.persons(3)));
    KONTOR_REQUIRE_OK(created);
    Job running = *created;
    running.status = JobStatus::Running;
    {
        UnitOfWork unit(f.t.db(), f.t.session());
        KONTOR_REQUIRE_OK(unit.begin());
        KONTOR_REQUIRE_OK(JobRepository(f.t.db()).saveProgress(running));
        KONTOR_REQUIRE_OK(unit.commit());
    }
    {
        auto lock = JobLock::acquire(f.t.db(), running.uuid);
        KONTOR_REQUIRE_OK(lock);
        CHECK(*f.jobs.recoverInterrupted() == 0);
        CHECK(f.jobs.byId(running.id)->status == JobStatus::Running);
        auto undo = f.jobs.undo(running.id);
        REQUIRE_FALSE(undo.has_value());
        CHECK(undo.error().code == Error::Code::Conflict);
    }
    CHECK(*f.jobs.recoverInterrupted() == 1);
    CHECK(f.jobs.byId(running.id)->status == JobStatus::Interrupted);
}

TEST_CASE("Only interrupted or cancelled bulk jobs resume; an import says it cannot")
{
    BulkFixture f;
    const Job done = f.run(tagAdd(u"Kunde"_s), f.persons(2));
    auto again = f.bulk.resume(done.id);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == Error::Code::Conflict);
    CHECK(again.error().message
        == u"\"Add tag \"Kunde\"\" is done; only interrupted or cancelled jobs can be resumed."_s);

    Job import;
    import.type = QString::fromUtf16(JobType::Import);
    import.name = u"Import of kunden.csv"_s;
    import.status = JobStatus::Interrupted;
    {
        UnitOfWork unit(f.t.db(), f.t.session());
        KONTOR_REQUIRE_OK(unit.begin());
        auto stored = JobRepository(f.t.db()).insert(import);
        KONTOR_REQUIRE_OK(stored);
        import = *stored;
        KONTOR_REQUIRE_OK(unit.commit());
    }
    auto resumed = f.bulk.resume(import.id);
    REQUIRE_FALSE(resumed.has_value());
    CHECK(resumed.error().code == Error::Code::Conflict);
    CHECK(resumed.error().message
        == u"An import cannot be resumed; undo \"Import of kunden.csv\" and import the file again."_s);
    CHECK(f.bulk.resume(4711).error().code == Error::Code::NotFound);
}
