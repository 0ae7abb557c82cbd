#pragma once

#include <QString>

namespace Kontor {

// A file attached to a contact. The content lives once per SHA-256 in the DocumentStore; the row names it.
struct Document
{
    enum class Category
    {
        Internal,
        Sent,
        Received,
    };

    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0;
    QString contactName; // read only
    QString name; // the file name shown and used when opening or saving it
    Category category = Category::Internal;
    qint64 size = 0; // bytes
    QString mimeType;
    QString sha256; // hex
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString createdByName; // read only
    qint64 deletedAt = 0; // in the trash since (UTC ms), 0 = not
    qint64 deletedBy = 0;

    static QString categoryKey(Category category); // "internal", "sent", "received"
    static bool categoryFromKey(const QString &key, Category *category);
    static QString categoryLabel(Category category); // translated: Internal / Sent / Received
};

struct DocumentFilter
{
    qint64 contactId = 0; // 0 = all contacts (out of the trash)
    QString search; // part of the name, case- and accent-insensitive (TextFolding)
    bool trashed = false; // false: documents out of the trash; true: only those in the document trash
    int limit = 5000;
};

} // namespace Kontor
