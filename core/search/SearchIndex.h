#pragma once

#include "Result.h"

#include <QString>

namespace Kontor {

class Database;
struct Contact;

// The FTS5 index behind quick search (table contact_search, rowid = contact id). One document per contact
// holds names, company, e-mails, phones (E.164 digits and the national forms), streets, cities and tags, plus German
// spelling variants (TextFolding::searchVariants), because unicode61 folds ü to u but not to ue.
// Written by the contact write path in the same transaction as the contact.
namespace SearchIndex {
QString documentFor(const Contact &contact, const QString &companyName);
Result<void> write(Database &db, qint64 contactId, const QString &document); // replaces
Result<void> insert(Database &db, qint64 contactId, const QString &document); // a new contact
Result<void> remove(Database &db, qint64 contactId);
// Rebuilds the documents of the given contacts (or all) from the tables; for migrations and company renames.
Result<void> refresh(Database &db, const QList<qint64> &contactIds);
Result<void> rebuildAll(Database &db);
// The FTS5 MATCH expression for what a user typed: every word must match as a prefix; a query that looks
// like a phone number matches its digits. Empty when nothing searchable is left.
QString matchExpression(const QString &userQuery);
} // namespace SearchIndex

} // namespace Kontor
