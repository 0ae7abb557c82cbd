#pragma once

#include "Document.h"
#include "Result.h"

#include <QList>
#include <QSet>

namespace Kontor {

class Database;

// The SQL of documents. Only DocumentService writes, inside its UnitOfWork. Documents of a trashed contact
// are left out of list(); load() finds every row.
class DocumentRepository
{
public:
    explicit DocumentRepository(Database &db);

    // What the search matches against: the folded name and its German spellings (ä = ae), one per line.
    static QString foldedName(const QString &name);

    Result<qint64> insert(const Document &document);
    Result<void> update(qint64 documentId, const QString &name, Document::Category category);
    Result<void> setTrashed(qint64 documentId, qint64 at, qint64 by); // at == 0 restores
    Result<void> remove(qint64 documentId);

    Result<Document> load(qint64 documentId);
    Result<QList<Document>> list(const DocumentFilter &filter);
    // Documents in the trash since before `cutoffMs`.
    Result<QList<Document>> trashedBefore(qint64 cutoffMs);
    Result<QSet<QString>> referencedHashes();
    Result<bool> isReferenced(const QString &sha256);

private:
    Database &m_db;
};

} // namespace Kontor
