#pragma once

#include "ArgumentParser.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Kontor {

class CliOutput;
class ContactService;
class Database;
struct Contact;

// What every command gets: the open database, the session of the local user (origin Cli), the contact
// service set to the phone region, the output, and its own parsed arguments.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    Database &db;
    Session session;
    ContactService &contacts;
    CliOutput &output;
    ParsedArguments args;

    // A contact by rowid ("42") or UUID; trashed contacts are found too. NotFound names the id.
    Result<Contact> resolve(const QString &id) const;
    // Several ids, all or none: the first unknown one fails the whole call.
    Result<QList<Contact>> resolveAll(const QStringList &ids) const;
};

} // namespace Kontor
