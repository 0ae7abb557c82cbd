#pragma once

#include "Document.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

namespace Kontor {

class Database;

// Documents of contacts. add() stores the content first (DocumentStore; the same content once), then writes the
// row in one UnitOfWork: audited (entity "document", record_id = the contact's id, record_uuid = the
// document's uuid), logged for sync, the contact's last activity set, announced as otherEntities "document" +
// updatedContacts. A file over the size limit (Settings::documentMaxSizeMb; 0 = none), an unreadable one
// (Io, naming the file) or one on a missing/trashed contact (NotFound) writes nothing.
// Removing a document moves it to the trash (restore() brings it back); a trashed contact's documents leave
// every list with it and come back when it is restored. purgeExpired() deletes documents trashed more than
// 60 days ago and every stored content no row names any more (also the content of purged contacts).
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    static constexpr int RetentionDays = 60;

    // maxSizeBytes <= 0: no limit.
    DocumentService(Database &db, Session session, qint64 maxSizeBytes = 0);

    // `name` empty = the file's own name.
    Result<Document> add(qint64 contactId,
        const QString &filePath,
        Document::Category category = Document::Category::Internal,
        const QString &name = {});
    Result<Document> update(const Document &document); // name and category
    Result<Document> moveToTrash(qint64 documentId);
    Result<Document> restore(qint64 documentId);
    Result<Document> byId(qint64 documentId);
    Result<QList<Document>> list(const DocumentFilter &filter); // newest first
    // The stored file to open or copy; NotFound when the content is missing.
    Result<QString> filePath(qint64 documentId);
    // Returns how many documents were purged; also removes unreferenced content.
    Result<int> purgeExpired();

private:
    Result<Document> setTrashed(qint64 documentId, bool trashed);

    Database &m_db;
    Session m_session;
    qint64 m_maxSize;
};

} // namespace Kontor
