#include "TestDatabase.h"

#include "UserService.h"

#include <QDateTime>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace Kontor::Test {

TestDatabase::TestDatabase(int schemaVersion)
    : m_clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch())
{
    REQUIRE(m_dir.isValid());
    reopen(schemaVersion);
}

TestDatabase::~TestDatabase() = default;

void TestDatabase::reopen(int schemaVersion)
{
    m_db.reset();
    DatabaseOptions options;
    options.clock = &m_clock;
    options.targetSchemaVersion = schemaVersion;
    auto opened = Database::open(path(), options);
    if (!opened) {
        FAIL(opened.error().toString().toStdString() + " / " + opened.error().detail.toStdString());
    }
    m_db = std::move(*opened);
    if (schemaVersion < 0) {
        auto user = UserService(*m_db).ensureLocalUser();
        REQUIRE(user.has_value());
        m_userId = user->id;
        m_teamId = user->teamId;
    }
}

Session TestDatabase::session(Origin origin) const
{
    Session s;
    s.userId = m_userId;
    s.teamId = m_teamId;
    s.origin = origin;
    return s;
}

qint64 TestDatabase::rows(const QString &table)
{
    QSqlQuery q(m_db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace Kontor::Test
