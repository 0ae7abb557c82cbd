#include "JobLock.h"

#include "TestDatabase.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>
#include <cstdio>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
const char *const kLockDb = "KONTOR_JOB_LOCK_DB";
const char *const kLockJob = "KONTOR_JOB_LOCK_JOB";
} // namespace

// The child of the two-process test: holds a job's lock until its standard input closes or it is killed.
TEST_CASE("Job lock holder child", "[.lockchild]")
{
    auto db = Database::open(qEnvironmentVariable(kLockDb));
    KONTOR_REQUIRE_OK(db);
    auto lock = JobLock::acquire(**db, qEnvironmentVariable(kLockJob));
    KONTOR_REQUIRE_OK(lock);
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {}
}

TEST_CASE("A job lock is held while its holder lives, shared within the process and gone when released")
{
    Test::TestDatabase t;
    const QString uuid = Uuid::createV7(t.clock());
    CHECK_FALSE(JobLock::isHeld(t.db(), uuid));
    {
        auto lock = JobLock::acquire(t.db(), uuid);
        KONTOR_REQUIRE_OK(lock);
        CHECK(QFileInfo::exists(t.path() + u".jobs/"_s + uuid + u".lock"_s));
        CHECK(JobLock::isHeld(t.db(), uuid));
        {
            // An import that undoes its own chunks after a failure takes its lock again.
            auto nested = JobLock::acquire(t.db(), uuid);
            KONTOR_REQUIRE_OK(nested);
        }
        CHECK(JobLock::isHeld(t.db(), uuid));
    }
    CHECK_FALSE(JobLock::isHeld(t.db(), uuid));
    CHECK_FALSE(QFileInfo::exists(t.path() + u".jobs/"_s + uuid + u".lock"_s));
}

TEST_CASE("Another program cannot take a job lock a live process holds, but takes it over once that process died")
{
    Test::TestDatabase t;
    const QString uuid = Uuid::createV7(t.clock());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kLockDb), t.path());
    env.insert(QString::fromLatin1(kLockJob), uuid);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"Job lock holder child"_s});
    REQUIRE(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("locked") && child.waitForReadyRead(30000)) {
        out += child.readAllStandardOutput();
    }
    REQUIRE(out.contains("locked"));

    CHECK(JobLock::isHeld(t.db(), uuid));
    auto refused = JobLock::acquire(t.db(), uuid);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(QString::number(child.processId())));

    child.kill(); // no clean-up: the lock file stays behind
    REQUIRE(child.waitForFinished(10000));
    CHECK(QFileInfo::exists(t.path() + u".jobs/"_s + uuid + u".lock"_s));
    CHECK_FALSE(JobLock::isHeld(t.db(), uuid));
    auto taken = JobLock::acquire(t.db(), uuid);
    KONTOR_REQUIRE_OK(taken);
}

TEST_CASE("The locks of an in-memory database live in the temporary folder")
{
    auto db = Database::open(u":memory:"_s);
    KONTOR_REQUIRE_OK(db);
    const QString uuid = Uuid::createV7(Clock::system());
    auto lock = JobLock::acquire(**db, uuid);
    KONTOR_REQUIRE_OK(lock);
    CHECK(QFileInfo::exists(QDir::temp().filePath(u"kontor-jobs/"_s + uuid + u".lock"_s)));
    CHECK(JobLock::isHeld(**db, uuid));
}
