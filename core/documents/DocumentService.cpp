#include "DocumentService.h"

#include "ContactRepository.h"
#include "Database.h"
#include "DocumentRepository.h"
#include "DocumentStore.h"
#include "LinkedContact.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kEntity = u"document"_s;
constexpr qint64 DayMs = 24LL * 3600 * 1000;

// Documents of a trashed contact are out of every view; changing them would change what nobody sees.
Result<LinkedContact> liveOwner(Database &db, qint64 contactId)
{
    return LinkedContact::loadLive(
        db, contactId, DocumentService::tr("The contact is in the trash; restore it before changing its documents."));
}

Result<QString> checkedName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return invalidField(u"name"_s, DocumentService::tr("A document needs a name."), DocumentService::tr("Name"));
    }
    if (trimmed.contains(u'/') || trimmed.contains(u'\\')) {
        return invalidField(u"name"_s,
            DocumentService::tr("The name \"%1\" contains a folder separator (/ or \\).").arg(trimmed),
            DocumentService::tr("Name"));
    }
    if (trimmed.size() > 255) {
        return invalidField(u"name"_s,
            DocumentService::tr("A document name can have at most %1 characters.").arg(255),
            DocumentService::tr("Name"));
    }
    return trimmed;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}
} // namespace

DocumentService::DocumentService(Database &db, Session session, qint64 maxSizeBytes)
    : m_db(db)
    , m_session(session)
    , m_maxSize(maxSizeBytes)
{}

Result<Document> DocumentService::add(
    qint64 contactId, const QString &filePath, Document::Category category, const QString &name)
{
    const QFileInfo info(filePath);
    auto docName = checkedName(name.trimmed().isEmpty() ? info.fileName() : name);
    if (!docName) {
        return docName.error();
    }
    DocumentRepository documents(m_db);
    if (auto owner = liveOwner(m_db, contactId); !owner) {
        return owner.error();
    }
    // Checked before anything is copied: the store would refuse it too, but only after opening the file.
    if (m_maxSize > 0 && info.isFile() && info.size() > m_maxSize) {
        return makeError(Error::Code::Invalid,
            tr("The file %1 has %2 MB; documents may have at most %3 MB.")
                .arg(info.fileName(), megabytes(info.size()), megabytes(m_maxSize)),
            QDir::toNativeSeparators(filePath));
    }
    if (info.exists() && !info.isFile()) {
        return makeError(Error::Code::Io, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(filePath)));
    }
    DocumentStore store(DocumentStore::rootFor(m_db));
    auto stored = store.put(filePath, m_maxSize);
    if (!stored) {
        return stored.error();
    }

    Document d;
    d.uuid = Uuid::createV7(m_db.clock());
    d.contactId = contactId;
    d.name = *docName;
    d.category = category;
    d.size = stored->size;
    d.mimeType = QMimeDatabase().mimeTypeForFile(filePath).name();
    d.sha256 = stored->sha256;
    d.createdBy = m_session.userId;

    ContactRepository contacts(m_db);
    Result<qint64> id = 0;
    {
        UnitOfWork unit(m_db, m_session);
        Result<void> ok = unit.begin();
        auto owner = ok ? liveOwner(m_db, contactId) : Result<LinkedContact>(ok.error());
        if (!owner) {
            ok = owner.error();
        }
        if (ok) {
            d.createdAt = unit.now();
            id = documents.insert(d);
            if (!id) {
                ok = id.error();
            }
        }
        if (ok) {
            ok = unit.audit(kEntity, contactId, d.uuid, u"create"_s, u"name"_s, {}, d.name);
        }
        if (ok) {
            ok = unit.logChange(kEntity,
                d.uuid,
                u"*"_s,
                QJsonObject{{u"contact"_s, owner->uuid},
                    {u"name"_s, d.name},
                    {u"category"_s, Document::categoryKey(d.category)},
                    {u"size"_s, d.size},
                    {u"mime_type"_s, d.mimeType},
                    {u"sha256"_s, d.sha256},
                    {u"created_at"_s, d.createdAt},
                    {u"created_by"_s, contacts.userUuid(d.createdBy)}});
        }
        if (ok) {
            ok = LinkedContact::touch(unit, contactId, kEntity);
        }
        if (ok) {
            ok = unit.commit();
        }
        if (!ok) {
            id = ok.error();
        }
    }
    if (!id) {
        // Nothing names the content we just stored: take it out again (a copy that was there stays).
        if (!stored->alreadyStored) {
            if (auto used = documents.isReferenced(stored->sha256); used && !*used) {
                (void)store.remove(stored->sha256);
            }
        }
        return id.error();
    }
    return documents.load(*id);
}

Result<Document> DocumentService::update(const Document &document)
{
    auto name = checkedName(document.name);
    if (!name) {
        return name.error();
    }
    DocumentRepository documents(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = documents.load(document.id);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    if (old->deletedAt) {
        return makeError(Error::Code::NotFound, tr("The document is in the trash; restore it before changing it."));
    }
    if (old->name == *name && old->category == document.category) {
        return *old;
    }
    Result<void> ok = documents.update(old->id, *name, document.category);
    if (ok && old->name != *name) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, u"update"_s, u"name"_s, old->name, *name);
        if (ok) {
            ok = unit.logChange(kEntity, old->uuid, u"name"_s, *name);
        }
    }
    if (ok && old->category != document.category) {
        ok = unit.audit(kEntity,
            old->contactId,
            old->uuid,
            u"update"_s,
            u"category"_s,
            Document::categoryLabel(old->category),
            Document::categoryLabel(document.category));
        if (ok) {
            ok = unit.logChange(kEntity, old->uuid, u"category"_s, Document::categoryKey(document.category));
        }
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return documents.load(old->id);
}

Result<Document> DocumentService::moveToTrash(qint64 documentId)
{
    return setTrashed(documentId, true);
}

Result<Document> DocumentService::restore(qint64 documentId)
{
    return setTrashed(documentId, false);
}

Result<Document> DocumentService::setTrashed(qint64 documentId, bool trashed)
{
    DocumentRepository documents(m_db);
    UnitOfWork unit(m_db, m_session);
    if (auto ok = unit.begin(); !ok) {
        return ok.error();
    }
    auto old = documents.load(documentId);
    if (!old) {
        return old.error();
    }
    if (auto owner = liveOwner(m_db, old->contactId); !owner) {
        return owner.error();
    }
    if ((old->deletedAt != 0) == trashed) {
        return *old;
    }
    Result<void> ok = documents.setTrashed(documentId, trashed ? unit.now() : 0, m_session.userId);
    if (ok) {
        ok = unit.audit(kEntity, old->contactId, old->uuid, trashed ? u"trash"_s : u"restore"_s, {}, {}, old->name);
    }
    if (ok) {
        ok = unit.logChange(kEntity, old->uuid, u"_deleted"_s, trashed);
    }
    if (ok) {
        ok = LinkedContact::touch(unit, old->contactId, kEntity);
    }
    if (ok) {
        ok = unit.commit();
    }
    if (!ok) {
        return ok.error();
    }
    return documents.load(documentId);
}

Result<Document> DocumentService::byId(qint64 documentId)
{
    return DocumentRepository(m_db).load(documentId);
}

Result<QList<Document>> DocumentService::list(const DocumentFilter &filter)
{
    DocumentRepository documents(m_db);
    if (filter.contactId > 0) {
        if (auto owner = LinkedContact::load(m_db, filter.contactId); !owner) {
            return owner.error();
        }
    }
    return documents.list(filter);
}

Result<QString> DocumentService::filePath(qint64 documentId)
{
    auto d = DocumentRepository(m_db).load(documentId);
    if (!d) {
        return d.error();
    }
    const DocumentStore store(DocumentStore::rootFor(m_db));
    const QString path = store.pathOf(d->sha256);
    if (!QFileInfo::exists(path)) {
        return makeError(Error::Code::NotFound,
            tr("The content of the document \"%1\" is missing: %2 does not exist.")
                .arg(d->name, QDir::toNativeSeparators(path)));
    }
    return path;
}

Result<int> DocumentService::purgeExpired()
{
    DocumentRepository documents(m_db);
    int purged = 0;
    {
        UnitOfWork unit(m_db, m_session);
        if (auto ok = unit.begin(); !ok) {
            return ok.error();
        }
        auto expired = documents.trashedBefore(unit.now() - RetentionDays * DayMs);
        if (!expired) {
            return expired.error();
        }
        for (const Document &d : std::as_const(*expired)) {
            Result<void> ok = documents.remove(d.id);
            if (ok) {
                ok = unit.audit(kEntity, d.contactId, d.uuid, u"purge"_s, {}, d.name, {});
            }
            if (ok) {
                ok = unit.logChange(kEntity, d.uuid, u"_purged"_s, true);
            }
            if (ok) {
                ok = LinkedContact::touch(unit, d.contactId, kEntity, false);
            }
            if (!ok) {
                return ok.error();
            }
            ++purged;
        }
        if (auto ok = unit.commit(); !ok) {
            return ok.error();
        }
    }
    // Content no row names any more: of the documents just purged, and of contacts purged with their rows.
    auto referenced = documents.referencedHashes();
    if (!referenced) {
        return referenced.error();
    }
    DocumentStore store(DocumentStore::rootFor(m_db));
    const QStringList hashes = store.storedHashes();
    for (const QString &sha : hashes) {
        if (referenced->contains(sha)) {
            continue;
        }
        // Asked again right before: a document may have been added with this content meanwhile.
        auto used = documents.isReferenced(sha);
        if (!used) {
            return used.error();
        }
        if (!*used) {
            if (auto ok = store.remove(sha); !ok) {
                return ok.error();
            }
        }
    }
    return purged;
}

} // namespace Kontor
