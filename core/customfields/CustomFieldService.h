#pragma once

#include "CustomField.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>

namespace Kontor {

class Database;

// Definitions of custom fields and their folders. Values live on contacts and are written by ContactService.
class CustomFieldService
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldService)

public:
    CustomFieldService(Database &db, Session session);

    Result<QList<CustomFieldFolder>> folders() const;
    Result<QList<CustomField>> fields() const; // ordered by folder position, then field position
    Result<CustomField> fieldByName(const QString &name) const; // case-insensitive

    Result<CustomFieldFolder> createFolder(const QString &name);
    Result<void> renameFolder(qint64 folderId, const QString &name);
    Result<void> deleteFolder(qint64 folderId); // its fields move to "no folder"

    Result<CustomField> createField(CustomField field);
    Result<CustomField> updateField(const CustomField &field); // name, folder, options, position
    Result<void> deleteField(qint64 fieldId); // removes its values from every contact
    Result<void> moveField(qint64 fieldId, qint64 folderId, int position);
    // Puts exactly these fields, in this order, into the folder (0: no folder) in one unit of work: moves
    // between folders and reordering within one are the same change. NotFound if one of them is gone.
    Result<void> reorderFields(qint64 folderId, const QList<qint64> &orderedFieldIds);
    // How many contacts (also those in the trash) hold a value of the field; deleteField() removes them all.
    Result<qint64> valueCount(qint64 fieldId) const;

private:
    Database &m_db;
    Session m_session;
};

} // namespace Kontor
