#pragma once

#include "BulkService.h"
#include "ContactService.h"
#include "JobService.h"
#include "TestDatabase.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace Kontor::Test {

// A database with contacts and the services a bulk job needs; the bulk service works in chunks of 10 so that
// small selections span several chunks.
struct BulkFixture
{
    static constexpr int Chunk = 10;

    BulkFixture()
        : contacts(t.db(), t.session())
        , bulk(t.db(), t.session())
        , jobs(t.db(), t.session())
    {
        contacts.setDefaultRegion(QStringLiteral("DE"));
        bulk.setDefaultRegion(QStringLiteral("DE"));
        jobs.setDefaultRegion(QStringLiteral("DE"));
        bulk.setChunkSize(Chunk);
    }

    qint64 person(const QString &first, const QStringList &tags = {}, const QString &company = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = QStringLiteral("Muster");
        c.emails = {{first.toLower() + QStringLiteral("@example.de"), {}, true}};
        c.tags = tags;
        c.companyName = company;
        auto created = contacts.create(c);
        KONTOR_REQUIRE_OK(created);
        return created->id;
    }

    QList<qint64> persons(int n, const QString &prefix = QStringLiteral("P"))
    {
        QList<Contact> list;
        for (int i = 1; i <= n; ++i) {
            Contact c;
            c.firstName = prefix + QString::number(i);
            c.lastName = QStringLiteral("Muster");
            list << c;
        }
        auto ids = contacts.createMany(list);
        KONTOR_REQUIRE_OK(ids);
        return *ids;
    }

    Contact load(qint64 id)
    {
        auto c = contacts.load(id);
        KONTOR_REQUIRE_OK(c);
        return *c;
    }

    qint64 user(const QString &name)
    {
        auto u = UserService(t.db()).create(
            name, name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@example.de"));
        KONTOR_REQUIRE_OK(u);
        return u->id;
    }

    static BulkRequest request(const BulkAction &action, const QList<qint64> &ids)
    {
        BulkRequest r;
        r.action = action;
        r.target.ids = ids;
        return r;
    }

    Job run(const BulkAction &action, const QList<qint64> &ids)
    {
        auto job = bulk.start(request(action, ids));
        KONTOR_REQUIRE_OK(job);
        REQUIRE(job->status == JobStatus::Done);
        return *job;
    }

    QList<JobItem> items(qint64 jobId, const QList<JobItemOutcome> &outcomes = {})
    {
        auto list = jobs.items(jobId, outcomes, 0, 0);
        KONTOR_REQUIRE_OK(list);
        return *list;
    }

    // The reason the job gave for a contact (first item of it).
    QString reasonFor(qint64 jobId, qint64 contactId)
    {
        for (const JobItem &item : items(jobId)) {
            if (item.contactId == contactId) {
                return item.reason;
            }
        }
        return {};
    }

    qint64 tagged(const QString &tag)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM contact_tags WHERE tag = ?"));
        q.addBindValue(tag);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    TestDatabase t;
    ContactService contacts;
    BulkService bulk;
    JobService jobs;
};

// Runs the hidden test `testName` of this test program in a child process with `env` added, and waits for it.
// Lets a test kill a process in the middle of a job (or hold a lock while the parent looks).
inline void startChild(QProcess &child, const QString &testName, const QList<QPair<QString, QString>> &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[key, value] : env) {
        environment.insert(key, value);
    }
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {testName});
    REQUIRE(child.waitForStarted(10000));
}

} // namespace Kontor::Test
