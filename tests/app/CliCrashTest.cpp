// A bulk job of the real kontor-cli cut off in the middle: killed (SIGKILL, as a crash or a power cut of the
// process) or stopped with Ctrl+C (SIGINT, a cancel). Either way whole chunks only are applied, the job says how
// many, and `jobs resume` / `jobs undo` finish or revert it.

#include "CliFixture.h"
#include "contacts/ContactService.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <csignal>
#include <memory>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kContacts = 1000;
constexpr int kChunk = 10;
const QString kTag = u"Messe"_s;

// Written in the test process through the same core service the CLI uses; a thousand `contacts add` runs would
// take far longer than the job itself.
void createContacts(const CliFixture &f)
{
    auto db = Database::open(f.m_dbPath);
    REQUIRE(db);
    auto user = UserService(**db).ensureLocalUser();
    REQUIRE(user);
    QList<Contact> contacts;
    for (int i = 0; i < kContacts; ++i) {
        Contact c;
        c.firstName = u"Gast %1"_s.arg(i + 1);
        c.lastName = u"Crash"_s;
        contacts << c;
    }
    REQUIRE(ContactService(**db, Session{user->id, user->teamId, Origin::Ui}).createMany(contacts));
}

// Starts `kontor-cli bulk` the way CliFixture::run does, without waiting for it.
std::unique_ptr<QProcess> startBulk(const CliFixture &f)
{
    const QString dir = QFileInfo(f.m_dbPath).absolutePath();
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, dir);
    env.insert(u"XDG_CONFIG_HOME"_s, dir + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, dir + u"/data"_s);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(KONTOR_CLI_PATH),
        {u"--db"_s,
            f.m_dbPath,
            u"--lang"_s,
            u"en"_s,
            u"bulk"_s,
            u"--filter"_s,
            u"last_name = \"Crash\""_s,
            u"tag-add"_s,
            kTag,
            u"--chunk-size"_s,
            QString::number(kChunk),
            u"--json"_s});
    REQUIRE(process->waitForStarted());
    return process;
}

// The newest job's chunks_done, read from the database beside the running process (WAL lets a reader in).
qint64 chunksDone(const QString &path)
{
    const QString name = u"crash-test-reader"_s;
    qint64 chunks = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT chunks_done FROM jobs ORDER BY id DESC LIMIT 1"_s) && q.next()) {
                chunks = q.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return chunks;
}

// Waits until the job has committed `chunks` chunks; REQUIREs that the process is still running then.
void waitForChunks(const CliFixture &f, QProcess &process, qint64 chunks)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && process.state() == QProcess::Running && chunksDone(f.m_dbPath) < chunks) {
        process.waitForFinished(5);
    }
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.state() == QProcess::Running);
}

qsizetype tagged(const CliFixture &f)
{
    return f.contacts({u"--filter"_s, u"tags has \"%1\""_s.arg(kTag), u"--columns"_s, u"tags"_s}).size();
}

QJsonObject onlyJob(const CliFixture &f)
{
    const QJsonArray jobs = f.runArray({u"jobs"_s, u"list"_s, u"--json"_s});
    REQUIRE(jobs.size() == 1);
    return jobs.first().toObject();
}

} // namespace

TEST_CASE_METHOD(CliFixture,
    "a bulk job killed in the middle is interrupted with whole chunks only, then resume completes and undo reverts it",
    "[cli][jobs][crash]")
{
    createContacts(*this);
    auto process = startBulk(*this);
    waitForChunks(*this, *process, 3);
    process->kill();
    REQUIRE(process->waitForFinished(10000));

    const QJsonObject interrupted = onlyJob(*this);
    CHECK(interrupted.value(u"status"_s).toString() == u"interrupted"_s);
    const qint64 chunks = interrupted.value(u"chunks_done"_s).toInteger();
    CHECK(chunks >= 3);
    CHECK(chunks < kContacts / kChunk);
    CHECK(interrupted.value(u"total"_s).toInt() == kContacts);
    CHECK(interrupted.value(u"processed"_s).toInteger() == chunks * kChunk);
    CHECK(tagged(*this) == chunks * kChunk);

    const QString id = QString::number(interrupted.value(u"id"_s).toInteger());
    const QJsonObject resumed = runObject({u"jobs"_s, u"resume"_s, id, u"--json"_s});
    CHECK(resumed.value(u"status"_s).toString() == u"done"_s);
    CHECK(resumed.value(u"processed"_s).toInt() == kContacts);
    // No chunk ran twice: a second run of one would have found its tags there and skipped the contacts.
    CHECK(resumed.value(u"succeeded"_s).toInt() == kContacts);
    CHECK(resumed.value(u"skipped"_s).toInt() == 0);
    CHECK(resumed.value(u"failed"_s).toInt() == 0);
    const QJsonArray all = contacts({u"--filter"_s, u"tags has \"%1\""_s.arg(kTag), u"--columns"_s, u"tags"_s});
    CHECK(all.size() == kContacts);
    for (const QJsonValue &row : all) {
        const QJsonArray tags = row.toObject().value(u"tags"_s).toArray();
        REQUIRE(tags.size() == 1);
        CHECK(tags.first().toString() == kTag);
    }

    const QJsonObject undone = runObject({u"jobs"_s, u"undo"_s, id, u"--json"_s});
    CHECK(undone.value(u"reverted"_s).toInt() == kContacts);
    CHECK(undone.value(u"skipped"_s).toInt() == 0);
    CHECK(tagged(*this) == 0);
    CHECK(onlyJob(*this).value(u"status"_s).toString() == u"undone"_s);
}

#ifndef Q_OS_WIN
TEST_CASE_METHOD(CliFixture,
    "Ctrl+C cancels a bulk job after its current chunk with exit code 4 and resume finishes it",
    "[cli][jobs][crash]")
{
    createContacts(*this);
    auto process = startBulk(*this);
    waitForChunks(*this, *process, 2);
    REQUIRE(::kill(pid_t(process->processId()), SIGINT) == 0);
    REQUIRE(process->waitForFinished(30000));
    CHECK(process->exitStatus() == QProcess::NormalExit);
    CHECK(process->exitCode() == 4);
    const QString err = QString::fromUtf8(process->readAllStandardError());
    CHECK(err.contains(u"jobs resume"_s));
    const QJsonObject printed = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
    CHECK(printed.value(u"status"_s).toString() == u"cancelled"_s);

    const QJsonObject cancelled = onlyJob(*this);
    CHECK(cancelled.value(u"status"_s).toString() == u"cancelled"_s);
    const qint64 chunks = cancelled.value(u"chunks_done"_s).toInteger();
    CHECK(chunks >= 2);
    CHECK(tagged(*this) == chunks * kChunk);

    const QString id = QString::number(cancelled.value(u"id"_s).toInteger());
    CHECK(runObject({u"jobs"_s, u"resume"_s, id, u"--json"_s}).value(u"succeeded"_s).toInt() == kContacts);
    CHECK(tagged(*this) == kContacts);
}
#endif
