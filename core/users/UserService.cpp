#include "UserService.h"

#include "Clock.h"
#include "Database.h"
#include "Uuid.h"

#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSelect = u"SELECT id, uuid, name, email, team_id, is_local FROM users"_s;

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.uuid = q.value(1).toString();
    u.name = q.value(2).toString();
    u.email = q.value(3).toString();
    u.teamId = q.value(4).toLongLong();
    u.isLocal = q.value(5).toBool();
    return u;
}

QString systemUserName()
{
    for (const char *var : {"KONTOR_USER", "USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QCoreApplication::translate("UserService", "Me");
}
} // namespace

UserService::UserService(Database &db)
    : m_db(db)
{}

Result<User> UserService::ensureLocalUser()
{
    {
        auto &q = m_db.prepared(kSelect + u" WHERE is_local = 1 ORDER BY id LIMIT 1"_s);
        if (!q.exec()) {
            return storageError(q);
        }
        if (q.next()) {
            User u = readUser(q);
            q.finish();
            return u;
        }
    }
    // The first start: this desktop's team and user. Users are reference data, not contacts: they are not
    // in the contact audit log; the sync server will own them once teams exist.
    if (auto ok = m_db.exec(u"BEGIN IMMEDIATE"_s); !ok) {
        return ok.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO teams(uuid, name) VALUES (?, ?)"_s);
    q.addBindValue(Uuid::createV7(m_db.clock()));
    q.addBindValue(tr("My team"));
    bool ok = q.exec();
    const qint64 team = q.lastInsertId().toLongLong();
    if (ok) {
        q.prepare(u"INSERT INTO users(uuid, name, email, team_id, is_local, created_at) VALUES (?, ?, '', ?, 1, ?)"_s);
        q.addBindValue(Uuid::createV7(m_db.clock()));
        q.addBindValue(systemUserName());
        q.addBindValue(team);
        q.addBindValue(m_db.clock().nowMs());
        ok = q.exec();
    }
    if (!ok) {
        const Error e = storageError(q);
        (void)m_db.exec(u"ROLLBACK"_s);
        return e;
    }
    if (auto committed = m_db.exec(u"COMMIT"_s); !committed) {
        return committed.error();
    }
    return ensureLocalUser();
}

Result<QList<User>> UserService::list() const
{
    auto &q = m_db.prepared(kSelect + u" ORDER BY name COLLATE NOCASE, id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<User> out;
    while (q.next()) {
        out << readUser(q);
    }
    q.finish();
    return out;
}

Result<User> UserService::byId(qint64 id) const
{
    auto &q = m_db.prepared(kSelect + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, tr("There is no user with id %1.").arg(id));
    }
    User u = readUser(q);
    q.finish();
    return u;
}

Result<User> UserService::find(const QString &nameOrEmail) const
{
    auto &q = m_db.prepared(kSelect
        + u" WHERE name = ? COLLATE NOCASE OR (email <> '' AND email = ? COLLATE NOCASE)"
          " ORDER BY id LIMIT 1"_s);
    q.addBindValue(nameOrEmail.trimmed());
    q.addBindValue(nameOrEmail.trimmed());
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, tr("There is no user \"%1\".").arg(nameOrEmail));
    }
    User u = readUser(q);
    q.finish();
    return u;
}

Result<User> UserService::create(const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty()) {
        return invalidField(u"name"_s, tr("A user needs a name."));
    }
    auto local = ensureLocalUser();
    if (!local) {
        return local.error();
    }
    auto &q = m_db.prepared(
        u"INSERT INTO users(uuid, name, email, team_id, is_local, created_at) VALUES (?, ?, ?, ?, 0, ?)"_s);
    q.addBindValue(Uuid::createV7(m_db.clock()));
    q.addBindValue(name.trimmed());
    q.addBindValue(email.trimmed().isNull() ? u""_s : email.trimmed()); // a null QString binds as SQL NULL
    q.addBindValue(local->teamId);
    q.addBindValue(m_db.clock().nowMs());
    if (!q.exec()) {
        return storageError(q);
    }
    return byId(q.lastInsertId().toLongLong());
}

Result<QString> UserService::teamName(qint64 teamId) const
{
    auto &q = m_db.prepared(u"SELECT name FROM teams WHERE id = ?"_s);
    q.addBindValue(teamId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, tr("There is no team with id %1.").arg(teamId));
    }
    const QString name = q.value(0).toString();
    q.finish();
    return name;
}

} // namespace Kontor
