#include "Database.h"

#include "Clock.h"
#include "HybridLogicalClock.h"
#include "Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInt s_counter;
    return u"kontor-%1"_s.arg(s_counter.fetchAndAddRelaxed(1));
}
} // namespace

Error storageError(const QSqlQuery &query)
{
    return makeError(Error::Code::Storage,
        Tr::tr("The database could not complete the operation."),
        query.lastError().text() + u" | "_s + query.lastQuery());
}

Error storageError(const QSqlDatabase &db)
{
    return makeError(
        Error::Code::Storage, Tr::tr("The database could not complete the operation."), db.lastError().text());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseOptions &options)
{
    std::unique_ptr<Database> self(new Database);
    self->m_path = path;
    self->m_clock = options.clock ? options.clock : &Clock::system();
    self->m_connectionName = nextConnectionName();

    if (path != u":memory:"_s) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            ErrorLocation where;
            where.file = path;
            return makeError(Error::Code::Io, Tr::tr("The folder for the database cannot be created."), {}, where);
        }
    }
    self->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, self->m_connectionName);
    self->m_db.setDatabaseName(path);
    if (!self->m_db.open()) {
        ErrorLocation where;
        where.file = path;
        return makeError(
            Error::Code::Storage, Tr::tr("The database cannot be opened."), self->m_db.lastError().text(), where);
    }
    if (auto ok = self->configure(options); !ok) {
        Error e = ok.error();
        e.location.file = path;
        return e;
    }
    return self;
}

Database::~Database()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::configure(const DatabaseOptions &options)
{
    // A file that is not SQLite only shows itself on the first read.
    QSqlQuery probe(m_db);
    if (!probe.exec(u"PRAGMA schema_version"_s)) {
        return makeError(
            Error::Code::Storage, Tr::tr("The file is not a Kontor database or is damaged."), probe.lastError().text());
    }
    probe.finish(); // an active statement holds a read transaction, and WAL cannot be switched on inside one
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA journal_mode = WAL"_s,
        // NORMAL in WAL mode survives a killed process; see docs/architecture.md for power loss.
        u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA temp_store = MEMORY"_s,
        u"PRAGMA cache_size = -%1"_s.arg(qint64(options.cacheMiB) * 1024),
    };
    for (const auto &p : pragmas) {
        if (auto ok = exec(p); !ok) {
            return ok;
        }
    }
    if (auto ok = Migrations::migrate(*this, options.targetSchemaVersion); !ok) {
        return ok;
    }
    if (schemaVersion() >= 1) {
        QString device = meta(u"device_id"_s);
        if (device.isEmpty()) {
            device = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (auto ok = setMeta(u"device_id"_s, device); !ok) {
                return ok;
            }
        }
        m_hlc = std::make_unique<HybridLogicalClock>(*m_clock, device);
        m_hlc->restore(meta(u"hlc_last"_s));
    } else {
        m_hlc = std::make_unique<HybridLogicalClock>(*m_clock, u"unmigrated"_s);
    }
    return {};
}

QString Database::deviceId() const
{
    return m_hlc ? m_hlc->deviceId() : QString();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto *q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            // A statement that does not prepare is a bug in Kontor's SQL, not bad input: say which one, since
            // exec() will only report a parameter count mismatch.
            qWarning("Kontor: cannot prepare \"%s\": %s", qPrintable(sql), qPrintable(q->lastError().text()));
        }
        it = m_statements.insert(sql, q);
    }
    (*it)->finish();
    return **it;
}

Result<QList<qint64>> Database::selectIds(const QString &sql, const QVariantList &binds)
{
    auto &q = prepared(sql);
    for (const auto &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    q.finish();
    return ids;
}

Result<void> Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        return storageError(q);
    }
    return {};
}

QString Database::meta(const QString &key, const QString &fallback)
{
    auto &q = prepared(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    // An unfinished cached SELECT keeps its read snapshot open, and with it the WAL can never be restarted.
    QString value = fallback;
    if (q.exec() && q.next()) {
        value = q.value(0).toString();
    }
    q.finish();
    return value;
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    auto &q = prepared(
        u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        return storageError(q);
    }
    return {};
}

void Database::notifyCommitted(const ChangeSet &changes)
{
    if (m_commitObserver && !changes.isEmpty()) {
        m_commitObserver(changes);
    }
}

} // namespace Kontor
