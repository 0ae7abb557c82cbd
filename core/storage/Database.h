#pragma once

#include "ChangeSet.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Kontor {

class Clock;
class HybridLogicalClock;

struct DatabaseOptions
{
    const Clock *clock = nullptr; // nullptr: the system clock
    int cacheMiB = 64; // bulk loads want more (FIELD-NOTES.md: 256 MiB sped up a 1M insert)
    int targetSchemaVersion = -1; // -1: the newest; tests of migrations stop earlier
};

// One open SQLite database on the calling thread: its own named QSqlDatabase connection (never shared between
// threads), pragmas, migrations, a statement cache, the device id and the hybrid logical clock.
// Open it on the thread that will use it; close it by destroying it on the same thread.
class Database
{
public:
    // Opens or creates the file, applies pragmas (WAL, foreign keys) and migrates to the newest schema.
    // Fails with Error::Code::Storage when the file cannot be opened or is not a database, and with
    // Error::Code::Unsupported when its schema is newer than this build.
    static Result<std::unique_ptr<Database>> open(const QString &path, const DatabaseOptions &options = {});
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    const Clock &clock() const { return *m_clock; }
    HybridLogicalClock &hlc() { return *m_hlc; }
    QString deviceId() const;
    int schemaVersion();

    // A prepared statement for `sql`, cached for this connection. Bind, exec, read, then let it go:
    // the same object comes back for the same text, so never hold two uses of one text at once.
    QSqlQuery &prepared(const QString &sql);

    // The integers of the first column of a query, e.g. the ids of rows to work on.
    Result<QList<qint64>> selectIds(const QString &sql, const QVariantList &binds);

    // Runs a statement without parameters; for DDL and pragmas.
    Result<void> exec(const QString &sql);

    // Meta key/value table (device id, last HLC, settings that travel with the database).
    QString meta(const QString &key, const QString &fallback = {});
    Result<void> setMeta(const QString &key, const QString &value);

    // Called after every commit of a UnitOfWork on this connection, on this thread.
    void setCommitObserver(std::function<void(const ChangeSet &)> observer) { m_commitObserver = std::move(observer); }
    void notifyCommitted(const ChangeSet &changes);

    // Bumps while a UnitOfWork is open: nested units join the outer transaction and collect their changes
    // here until the outermost one commits (and notifies) or rolls back (and forgets them).
    int &transactionDepth() { return m_transactionDepth; }
    ChangeSet &pendingChanges() { return m_pendingChanges; }

private:
    Database() = default;
    Result<void> configure(const DatabaseOptions &options);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    const Clock *m_clock = nullptr;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    QHash<QString, QSqlQuery *> m_statements;
    std::function<void(const ChangeSet &)> m_commitObserver;
    int m_transactionDepth = 0;
    ChangeSet m_pendingChanges;
};

// An Error for a failed statement: a generic translated message, the driver text as detail.
Error storageError(const QSqlQuery &query);
Error storageError(const QSqlDatabase &db);

} // namespace Kontor
