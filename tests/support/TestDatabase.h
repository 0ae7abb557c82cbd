#pragma once

#include "Clock.h"
#include "Database.h"
#include "Session.h"

#include <QTemporaryDir>

#include <memory>

namespace Kontor::Test {

// A fresh database file in a temporary folder, migrated, with the local user, and a manual clock starting
// at 2026-03-01 09:00 UTC. Fails the test (REQUIRE) if anything goes wrong.
class TestDatabase
{
public:
    explicit TestDatabase(int schemaVersion = -1);
    ~TestDatabase();

    Database &db() { return *m_db; }
    ManualClock &clock() { return m_clock; }
    Session session(Origin origin = Origin::Ui) const;
    QString path() const { return m_dir.filePath(QStringLiteral("kontor.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes and opens the file again (e.g. after a migration test wrote an old schema).
    void reopen(int schemaVersion = -1);
    // Number of rows in a table.
    qint64 rows(const QString &table);

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_userId = 0;
    qint64 m_teamId = 0;
};

} // namespace Kontor::Test

// REQUIRE that a Result holds a value, printing the error's message and detail when it does not.
#define KONTOR_REQUIRE_OK(result)                                                                                      \
    do {                                                                                                               \
        const auto &kontorResult_ = (result);                                                                          \
        if (!kontorResult_) {                                                                                          \
            FAIL(#result << ": " << kontorResult_.error().toString().toStdString() << " / "                            \
                         << kontorResult_.error().detail.toStdString());                                               \
        }                                                                                                              \
    } while (false)
