#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// Users and teams of this database. The desktop's own user (and its team) exists from the first start.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Database &db);

    // The local user, created on first call with the operating system's user name.
    Result<User> ensureLocalUser();
    Result<QList<User>> list() const;
    Result<User> byId(qint64 id) const;
    // Finds a user by name or e-mail (case-insensitive).
    Result<User> find(const QString &nameOrEmail) const;
    Result<User> create(const QString &name, const QString &email);
    // The name of a team, as the first start stored it; NotFound for an unknown id.
    Result<QString> teamName(qint64 teamId) const;

private:
    Database &m_db;
};

} // namespace Kontor
