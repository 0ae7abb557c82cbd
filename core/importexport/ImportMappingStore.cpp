#include "ImportMappingStore.h"

#include "Clock.h"
#include "Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

ImportMappingStore::ImportMappingStore(Database &db)
    : m_db(db)
{}

// One mapping per header (the table's key): remembering it for companies replaces the one for persons, and
// find() for the other kind then finds none, so a file is never read with a mapping made for other records.
Result<std::optional<ImportMapping>> ImportMappingStore::find(const QStringList &headers, ContactKind kind) const
{
    QSqlQuery &q = m_db.prepared(u"SELECT kind, mapping FROM import_mappings WHERE header_key = ?"_s);
    q.addBindValue(ImportMapping::headerKey(headers));
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        q.finish();
        return std::optional<ImportMapping>();
    }
    const int storedKind = q.value(0).toInt();
    const QByteArray json = q.value(1).toString().toUtf8();
    q.finish();
    if (storedKind != int(kind)) {
        return std::optional<ImportMapping>();
    }
    ImportMapping mapping;
    QString error;
    // A mapping this build cannot read (a target that no longer exists) is as good as none: the caller guesses.
    if (!ImportMapping::fromJson(QJsonDocument::fromJson(json).object(), headers, &mapping, &error)) {
        return std::optional<ImportMapping>();
    }
    return std::optional<ImportMapping>(mapping);
}

Result<void> ImportMappingStore::remember(const QStringList &headers, ContactKind kind, const ImportMapping &mapping)
{
    QSqlQuery &q
        = m_db.prepared(u"INSERT INTO import_mappings(header_key, kind, mapping, updated_at) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT(header_key) DO UPDATE SET kind = excluded.kind,"
                        " mapping = excluded.mapping, updated_at = excluded.updated_at"_s);
    q.addBindValue(ImportMapping::headerKey(headers));
    q.addBindValue(int(kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_db.clock().nowMs());
    if (!q.exec()) {
        return storageError(q);
    }
    q.finish();
    return {};
}

} // namespace Kontor
