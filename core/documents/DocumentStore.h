#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kontor {

class Database;

// Content-addressed files: each content is stored once as <root>/<first two hex digits>/<sha256>, written to a
// temporary file and renamed into place, read-only afterwards. The root of a database file "x.sqlite" is
// "x.sqlite.documents/" beside it (in the app data folder for the default database); an in-memory database
// gets a folder in the temporary location for the process. Failures are Error::Code::Io naming the file.
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    explicit DocumentStore(const QString &root);
    static QString rootFor(const Database &db);

    QString root() const { return m_root; }
    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        bool alreadyStored = false; // the same content was there before
    };
    // Copies the file in (streaming, hashing as it reads); `maxSize` > 0 refuses bigger files with Invalid
    // before copying anything.
    Result<Stored> put(const QString &sourcePath, qint64 maxSize = 0);
    Result<Stored> putData(const QByteArray &data);
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Every content in the store, by its hex digest (for removing what no document names any more).
    QStringList storedHashes() const;
    Result<void> remove(const QString &sha256);

private:
    QString m_root;
};

} // namespace Kontor
