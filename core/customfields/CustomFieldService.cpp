#include "CustomFieldService.h"

#include "Database.h"
#include "UnitOfWork.h"
#include "Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kFieldEntity = u"custom_field"_s;
const QString kFolderEntity = u"custom_field_folder"_s;

QString optionsJson(const QStringList &options)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(options)).toJson(QJsonDocument::Compact));
}

QJsonObject fieldJson(const CustomField &f, const QString &folderUuid)
{
    return {{u"name"_s, f.name},
        {u"type"_s, customFieldTypeKey(f.type)},
        {u"folder"_s, folderUuid},
        {u"options"_s, QJsonArray::fromStringList(f.options)},
        {u"position"_s, f.position}};
}

template <typename F> Result<void> inUnit(Database &db, const Session &session, F &&body)
{
    UnitOfWork unit(db, session);
    if (auto ok = unit.begin(); !ok) {
        return ok;
    }
    if (auto ok = body(unit); !ok) {
        return ok;
    }
    unit.changes().otherEntities.insert(u"custom_field"_s);
    return unit.commit();
}

// Deletes one definition row and records it: the audit entry and a "_purged" tombstone for replicas.
Result<void> deleteDefinition(Database &db,
    UnitOfWork &unit,
    const QString &table,
    const QString &entity,
    qint64 id,
    const QString &notFoundMessage)
{
    auto &q = db.prepared(u"DELETE FROM %1 WHERE id = ? RETURNING uuid, name"_s.arg(table));
    q.addBindValue(id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        return makeError(Error::Code::NotFound, notFoundMessage);
    }
    const QString uuid = q.value(0).toString();
    const QString name = q.value(1).toString();
    q.finish();
    if (auto a = unit.audit(entity, id, uuid, u"delete"_s, {}, name, {}); !a) {
        return a;
    }
    return unit.logChange(entity, uuid, u"_purged"_s, true);
}
} // namespace

CustomFieldService::CustomFieldService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<QList<CustomFieldFolder>> CustomFieldService::folders() const
{
    auto &q = m_db.prepared(u"SELECT id, uuid, name, position FROM custom_field_folders ORDER BY position, id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<CustomFieldFolder> out;
    while (q.next()) {
        out << CustomFieldFolder{
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    }
    q.finish();
    return out;
}

Result<QList<CustomField>> CustomFieldService::fields() const
{
    auto &q = m_db.prepared(u"SELECT d.id, d.uuid, d.folder_id, d.name, d.type, d.options, d.position"
                            " FROM custom_field_defs d LEFT JOIN custom_field_folders f ON f.id = d.folder_id"
                            " ORDER BY f.position IS NOT NULL, f.position, d.position, d.id"_s);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<CustomField> out;
    while (q.next()) {
        CustomField f;
        f.id = q.value(0).toLongLong();
        f.uuid = q.value(1).toString();
        f.folderId = q.value(2).toLongLong();
        f.name = q.value(3).toString();
        customFieldTypeFromKey(q.value(4).toString(), &f.type);
        for (const auto &o : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()) {
            f.options << o.toString();
        }
        f.position = q.value(6).toInt();
        out << f;
    }
    q.finish();
    return out;
}

Result<CustomField> CustomFieldService::fieldByName(const QString &name) const
{
    auto all = fields();
    if (!all) {
        return all.error();
    }
    for (const auto &f : std::as_const(*all)) {
        if (f.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return makeError(Error::Code::NotFound, tr("There is no custom field \"%1\".").arg(name));
}

Result<CustomFieldFolder> CustomFieldService::createFolder(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return invalidField(u"name"_s, tr("A folder needs a name."));
    }
    CustomFieldFolder folder{0, Uuid::createV7(m_db.clock()), trimmed, 0};
    auto ok = inUnit(m_db, m_session, [&](UnitOfWork &unit) -> Result<void> {
        auto &q = m_db.prepared(u"INSERT INTO custom_field_folders(uuid, name, position)"
                                " SELECT ?, ?, coalesce(max(position) + 1, 0) FROM custom_field_folders"_s);
        q.addBindValue(folder.uuid);
        q.addBindValue(folder.name);
        if (!q.exec()) {
            return storageError(q);
        }
        folder.id = q.lastInsertId().toLongLong();
        if (auto a = unit.audit(kFolderEntity, folder.id, folder.uuid, u"create"_s, {}, {}, folder.name); !a) {
            return a;
        }
        return unit.logChange(kFolderEntity, folder.uuid, u"name"_s, folder.name);
    });
    if (!ok) {
        return ok.error();
    }
    auto all = folders();
    if (!all) {
        return all.error();
    }
    for (const auto &f : std::as_const(*all)) {
        if (f.id == folder.id) {
            return f;
        }
    }
    return folder;
}

Result<void> CustomFieldService::renameFolder(qint64 folderId, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return invalidField(u"name"_s, tr("A folder needs a name."));
    }
    return inUnit(m_db, m_session, [&](UnitOfWork &unit) -> Result<void> {
        auto &q = m_db.prepared(u"UPDATE custom_field_folders SET name = ? WHERE id = ? RETURNING uuid"_s);
        q.addBindValue(trimmed);
        q.addBindValue(folderId);
        if (!q.exec()) {
            return storageError(q);
        }
        if (!q.next()) {
            return makeError(Error::Code::NotFound, tr("The folder no longer exists."));
        }
        const QString uuid = q.value(0).toString();
        q.finish();
        if (auto a = unit.audit(kFolderEntity, folderId, uuid, u"update"_s, u"name"_s, {}, trimmed); !a) {
            return a;
        }
        return unit.logChange(kFolderEntity, uuid, u"name"_s, trimmed);
    });
}

Result<void> CustomFieldService::deleteFolder(qint64 folderId)
{
    return inUnit(m_db, m_session, [&](UnitOfWork &unit) {
        return deleteDefinition(
            m_db, unit, u"custom_field_folders"_s, kFolderEntity, folderId, tr("The folder no longer exists."));
    });
}

Result<CustomField> CustomFieldService::createField(CustomField field)
{
    field.name = field.name.simplified();
    if (field.name.isEmpty()) {
        return invalidField(u"name"_s, tr("A custom field needs a name."));
    }
    if (field.name.size() > 100) {
        return invalidField(u"name"_s, tr("The name is longer than 100 characters."));
    }
    if ((field.type == CustomFieldType::SingleSelect || field.type == CustomFieldType::MultiSelect)
        && field.options.isEmpty()) {
        return invalidField(u"options"_s, tr("A select field needs at least one option."));
    }
    if (auto existing = fieldByName(field.name); existing) {
        return invalidField(u"name"_s, tr("A custom field named \"%1\" exists already.").arg(field.name));
    }
    field.uuid = Uuid::createV7(m_db.clock());
    auto ok = inUnit(m_db, m_session, [&](UnitOfWork &unit) -> Result<void> {
        auto &q = m_db.prepared(u"INSERT INTO custom_field_defs(uuid, folder_id, name, type, options, position,"
                                " created_at) SELECT ?, ?, ?, ?, ?, coalesce(max(position) + 1, 0), ?"
                                " FROM custom_field_defs"_s);
        q.addBindValue(field.uuid);
        q.addBindValue(field.folderId ? QVariant(field.folderId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(field.name);
        q.addBindValue(customFieldTypeKey(field.type));
        q.addBindValue(optionsJson(field.options));
        q.addBindValue(unit.now());
        if (!q.exec()) {
            return storageError(q);
        }
        field.id = q.lastInsertId().toLongLong();
        if (auto a = unit.audit(kFieldEntity, field.id, field.uuid, u"create"_s, {}, {}, field.name); !a) {
            return a;
        }
        return unit.logChange(kFieldEntity, field.uuid, u"*"_s, fieldJson(field, {}));
    });
    if (!ok) {
        return ok.error();
    }
    return fieldByName(field.name);
}

Result<CustomField> CustomFieldService::updateField(const CustomField &field)
{
    const QString name = field.name.simplified();
    if (name.isEmpty()) {
        return invalidField(u"name"_s, tr("A custom field needs a name."));
    }
    if (auto existing = fieldByName(name); existing && existing->id != field.id) {
        return invalidField(u"name"_s, tr("A custom field named \"%1\" exists already.").arg(name));
    }
    auto ok = inUnit(m_db, m_session, [&](UnitOfWork &unit) -> Result<void> {
        auto &q = m_db.prepared(u"UPDATE custom_field_defs SET name = ?, folder_id = ?, options = ?, position = ?"
                                " WHERE id = ? RETURNING uuid"_s);
        q.addBindValue(name);
        q.addBindValue(field.folderId ? QVariant(field.folderId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(optionsJson(field.options));
        q.addBindValue(field.position);
        q.addBindValue(field.id);
        if (!q.exec()) {
            return storageError(q);
        }
        if (!q.next()) {
            return makeError(Error::Code::NotFound, tr("The custom field no longer exists."));
        }
        const QString uuid = q.value(0).toString();
        q.finish();
        if (auto a = unit.audit(kFieldEntity, field.id, uuid, u"update"_s, u"*"_s, {}, name); !a) {
            return a;
        }
        CustomField stored = field;
        stored.name = name;
        return unit.logChange(kFieldEntity, uuid, u"*"_s, fieldJson(stored, {}));
    });
    if (!ok) {
        return ok.error();
    }
    return fieldByName(name);
}

Result<void> CustomFieldService::deleteField(qint64 fieldId)
{
    return inUnit(m_db, m_session, [&](UnitOfWork &unit) {
        return deleteDefinition(
            m_db, unit, u"custom_field_defs"_s, kFieldEntity, fieldId, tr("The custom field no longer exists."));
    });
}

Result<void> CustomFieldService::moveField(qint64 fieldId, qint64 folderId, int position)
{
    auto all = fields();
    if (!all) {
        return all.error();
    }
    for (CustomField f : std::as_const(*all)) {
        if (f.id == fieldId) {
            f.folderId = folderId;
            f.position = position;
            auto updated = updateField(f);
            return updated ? Result<void>() : Result<void>(updated.error());
        }
    }
    return makeError(Error::Code::NotFound, tr("The custom field no longer exists."));
}

Result<void> CustomFieldService::reorderFields(qint64 folderId, const QList<qint64> &orderedFieldIds)
{
    auto all = fields();
    if (!all) {
        return all.error();
    }
    QList<CustomField> ordered;
    for (const qint64 id : orderedFieldIds) {
        const auto it = std::find_if(all->cbegin(), all->cend(), [id](const CustomField &f) { return f.id == id; });
        if (it == all->cend()) {
            return makeError(Error::Code::NotFound, tr("The custom field no longer exists."));
        }
        ordered << *it;
    }
    return inUnit(m_db, m_session, [&](UnitOfWork &unit) -> Result<void> {
        int position = 0;
        for (CustomField f : std::as_const(ordered)) {
            const bool moved = f.folderId != folderId;
            f.folderId = folderId;
            f.position = position++;
            auto &q = m_db.prepared(u"UPDATE custom_field_defs SET folder_id = ?, position = ? WHERE id = ?"_s);
            q.addBindValue(folderId ? QVariant(folderId) : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(f.position);
            q.addBindValue(f.id);
            if (!q.exec()) {
                return storageError(q);
            }
            if (moved) {
                if (auto a = unit.audit(kFieldEntity, f.id, f.uuid, u"update"_s, u"folder"_s, {}, f.name); !a) {
                    return a;
                }
            }
            if (auto logged = unit.logChange(kFieldEntity, f.uuid, u"*"_s, fieldJson(f, {})); !logged) {
                return logged;
            }
        }
        return Result<void>();
    });
}

Result<qint64> CustomFieldService::valueCount(qint64 fieldId) const
{
    auto &q = m_db.prepared(u"SELECT count(*) FROM custom_field_values WHERE field_id = ?"_s);
    q.addBindValue(fieldId);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    return count;
}

} // namespace Kontor
