#include "DocumentRepository.h"

#include "Database.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
};

QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kSelect
    = u"SELECT d.id, d.uuid, d.contact_id, c.display_name, d.name, d.category, d.size, d.mime_type, d.sha256,"
      " d.created_at, d.created_by, u.name, d.deleted_at, d.deleted_by"
      " FROM documents d JOIN contacts c ON c.id = d.contact_id LEFT JOIN users u ON u.id = d.created_by"_s;

Document readDocument(const QSqlQuery &q)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.contactId = q.value(2).toLongLong();
    d.contactName = q.value(3).toString();
    d.name = q.value(4).toString();
    Document::categoryFromKey(q.value(5).toString(), &d.category);
    d.size = q.value(6).toLongLong();
    d.mimeType = q.value(7).toString();
    d.sha256 = q.value(8).toString();
    d.createdAt = q.value(9).toLongLong();
    d.createdBy = q.value(10).toLongLong();
    d.createdByName = q.value(11).toString();
    d.deletedAt = q.value(12).toLongLong();
    d.deletedBy = q.value(13).toLongLong();
    return d;
}

Error documentNotFound(qint64 id)
{
    return makeError(Error::Code::NotFound, Tr::tr("There is no document with id %1.").arg(id));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

Result<QList<Document>> readAll(QSqlQuery &q)
{
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Document> out;
    while (q.next()) {
        out << readDocument(q);
    }
    q.finish();
    return out;
}
} // namespace

DocumentRepository::DocumentRepository(Database &db)
    : m_db(db)
{}

QString DocumentRepository::foldedName(const QString &name)
{
    QStringList forms{TextFolding::sortKey(name)};
    for (const QString &variant : TextFolding::searchVariants(name)) {
        forms << TextFolding::sortKey(variant);
    }
    forms.removeDuplicates();
    return forms.join(u'\n');
}

Result<qint64> DocumentRepository::insert(const Document &d)
{
    auto &q = m_db.prepared(u"INSERT INTO documents(uuid, contact_id, name, name_folded, category, size, mime_type,"
                            " sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(d.uuid);
    q.addBindValue(d.contactId);
    q.addBindValue(d.name);
    q.addBindValue(foldedName(d.name));
    q.addBindValue(Document::categoryKey(d.category));
    q.addBindValue(d.size);
    q.addBindValue(d.mimeType.isNull() ? u""_s : d.mimeType); // NOT NULL column; a null QString binds NULL
    q.addBindValue(d.sha256);
    q.addBindValue(d.createdAt);
    q.addBindValue(nullable(d.createdBy));
    if (!q.exec()) {
        return storageError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> DocumentRepository::update(qint64 documentId, const QString &name, Document::Category category)
{
    auto &q = m_db.prepared(u"UPDATE documents SET name = ?, name_folded = ?, category = ? WHERE id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(foldedName(name));
    q.addBindValue(Document::categoryKey(category));
    q.addBindValue(documentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return documentNotFound(documentId);
    }
    return {};
}

Result<void> DocumentRepository::setTrashed(qint64 documentId, qint64 at, qint64 by)
{
    auto &q = m_db.prepared(u"UPDATE documents SET deleted_at = ?, deleted_by = ? WHERE id = ?"_s);
    q.addBindValue(nullable(at));
    q.addBindValue(at ? nullable(by) : nullable(0));
    q.addBindValue(documentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return documentNotFound(documentId);
    }
    return {};
}

Result<void> DocumentRepository::remove(qint64 documentId)
{
    auto &q = m_db.prepared(u"DELETE FROM documents WHERE id = ?"_s);
    q.addBindValue(documentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return documentNotFound(documentId);
    }
    return {};
}

Result<Document> DocumentRepository::load(qint64 documentId)
{
    auto &q = m_db.prepared(kSelect + u" WHERE d.id = ?"_s);
    q.addBindValue(documentId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return documentNotFound(documentId);
    }
    Document d = readDocument(q);
    q.finish();
    return d;
}

Result<QList<Document>> DocumentRepository::list(const DocumentFilter &filter)
{
    QString sql = kSelect + u" WHERE c.deleted_at IS NULL"_s;
    sql += filter.trashed ? u" AND d.deleted_at IS NOT NULL"_s : u" AND d.deleted_at IS NULL"_s;
    QVariantList binds;
    if (filter.contactId > 0) {
        sql += u" AND d.contact_id = ?"_s;
        binds << filter.contactId;
    }
    // Every word of the search must be in the name, in one of its spellings (Müller, Mueller, Muller).
    const QStringList words = filter.search.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QStringList forms{TextFolding::sortKey(word)};
        for (const QString &variant : TextFolding::searchVariants(word)) {
            forms << TextFolding::sortKey(variant);
        }
        forms.removeDuplicates();
        QStringList terms;
        for (const QString &form : std::as_const(forms)) {
            terms << u"d.name_folded LIKE ? ESCAPE '\\'"_s;
            binds << likePattern(form);
        }
        sql += u" AND ("_s + terms.join(u" OR "_s) + u')';
    }
    sql += u" ORDER BY d.created_at DESC, d.id DESC LIMIT ?"_s;
    binds << (filter.limit > 0 ? filter.limit : -1);
    // Not from the statement cache: the text varies with the number of words searched.
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql)) {
        return storageError(q);
    }
    for (const QVariant &bind : std::as_const(binds)) {
        q.addBindValue(bind);
    }
    return readAll(q);
}

Result<QList<Document>> DocumentRepository::trashedBefore(qint64 cutoffMs)
{
    auto &q = m_db.prepared(
        kSelect + u" WHERE d.deleted_at IS NOT NULL AND d.deleted_at < ? ORDER BY d.deleted_at, d.id"_s);
    q.addBindValue(cutoffMs);
    return readAll(q);
}

Result<QSet<QString>> DocumentRepository::referencedHashes()
{
    auto &q = m_db.prepared(u"SELECT DISTINCT sha256 FROM documents"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QSet<QString> out;
    while (q.next()) {
        out.insert(q.value(0).toString());
    }
    q.finish();
    return out;
}

Result<bool> DocumentRepository::isReferenced(const QString &sha256)
{
    auto &q = m_db.prepared(u"SELECT EXISTS(SELECT 1 FROM documents WHERE sha256 = ?)"_s);
    q.addBindValue(sha256);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const bool referenced = q.value(0).toBool();
    q.finish();
    return referenced;
}

} // namespace Kontor
