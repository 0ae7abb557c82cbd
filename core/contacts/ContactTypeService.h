#pragma once

#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kontor {

class Database;

// The configurable list of contact types (defaults Lead, Customer, Partner, Supplier, Other). A contact's type
// must be one of them; the stored names of the defaults are English and shown translated (displayName()).
class ContactTypeService
{
    Q_DECLARE_TR_FUNCTIONS(ContactTypeService)

public:
    ContactTypeService(Database &db, Session session);

    Result<QStringList> list() const; // in the user's order
    Result<void> add(const QString &name);
    Result<void> rename(const QString &from, const QString &to); // contacts of that type follow
    Result<void> remove(const QString &name); // refused while contacts use it
    Result<void> reorder(const QStringList &names);

    // The stored name as shown in the UI: the defaults translated, the user's own types as they are.
    static QString displayName(const QString &stored);
    // The stored name for what a user typed (also a translated default such as "Kunde"), or "" if unknown.
    static QString storedName(const QString &typed, const QStringList &known);

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
