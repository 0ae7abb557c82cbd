#include "DocumentStore.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 BlockSize = 1024 * 1024;

bool isSha256(const QString &sha)
{
    if (sha.size() != 64) {
        return false;
    }
    for (QChar c : sha) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (!hex) {
            return false;
        }
    }
    return true;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}
} // namespace

DocumentStore::DocumentStore(const QString &root)
    : m_root(QDir::cleanPath(root))
{}

QString DocumentStore::rootFor(const Database &db)
{
    const QString path = db.path();
    if (path.isEmpty() || path == u":memory:"_s || path.startsWith(u"file::memory:"_s)) {
        // An in-memory database lives as long as the process; its documents need a folder of their own.
        return QDir::temp().filePath(u"kontor-documents-%1"_s.arg(QCoreApplication::applicationPid()));
    }
    return path + u".documents"_s;
}

QString DocumentStore::pathOf(const QString &sha256) const
{
    return QDir(m_root).filePath(sha256.left(2) + u'/' + sha256);
}

bool DocumentStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(pathOf(sha256));
}

Result<DocumentStore::Stored> DocumentStore::put(const QString &sourcePath, qint64 maxSize)
{
    const QFileInfo info(sourcePath);
    const QString name = QDir::toNativeSeparators(sourcePath);
    if (!info.exists() || !info.isFile()) {
        return makeError(Error::Code::Io, tr("The file %1 does not exist.").arg(name));
    }
    if (maxSize > 0 && info.size() > maxSize) {
        return makeError(Error::Code::Invalid,
            tr("The file %1 has %2 MB; documents may have at most %3 MB.")
                .arg(info.fileName(), megabytes(info.size()), megabytes(maxSize)),
            name);
    }
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, tr("The file %1 cannot be read.").arg(name), source.errorString());
    }
    if (!QDir().mkpath(m_root)) {
        return makeError(Error::Code::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_root)));
    }
    // Written beside its final place and renamed when complete, so that a stored file is never half a file.
    QTemporaryFile temp(QDir(m_root).filePath(u".incoming-XXXXXX"_s));
    if (!temp.open()) {
        return makeError(Error::Code::Io,
            tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(temp.fileTemplate())),
            temp.errorString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!source.atEnd()) {
        const QByteArray block = source.read(BlockSize);
        if (block.isEmpty() && source.error() != QFileDevice::NoError) {
            return makeError(Error::Code::Io, tr("The file %1 cannot be read.").arg(name), source.errorString());
        }
        size += block.size();
        if (maxSize > 0 && size > maxSize) { // it grew while we read it
            return makeError(Error::Code::Invalid,
                tr("The file %1 is bigger than %2 MB, the limit for documents.")
                    .arg(info.fileName(), megabytes(maxSize)),
                name);
        }
        hash.addData(block);
        if (temp.write(block) != block.size()) {
            return makeError(Error::Code::Io,
                tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(temp.fileName())),
                temp.errorString());
        }
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    const QString target = pathOf(sha);
    Stored stored{sha, size, QFileInfo::exists(target)};
    if (stored.alreadyStored) {
        return stored; // the temporary copy goes with `temp`
    }
    if (!temp.flush()) {
        return makeError(Error::Code::Io,
            tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(temp.fileName())),
            temp.errorString());
    }
    temp.close();
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir)) {
        return makeError(Error::Code::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    }
    const QString tempName = temp.fileName();
    temp.setAutoRemove(false);
    if (!temp.rename(target)) {
        const QString why = temp.errorString();
        QFile::remove(tempName);
        if (QFileInfo::exists(target)) { // another writer stored the same content meanwhile
            stored.alreadyStored = true;
            return stored;
        }
        return makeError(
            Error::Code::Io, tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(target)), why);
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return stored;
}

Result<DocumentStore::Stored> DocumentStore::putData(const QByteArray &data)
{
    if (!QDir().mkpath(m_root)) {
        return makeError(Error::Code::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_root)));
    }
    QTemporaryFile temp(QDir(m_root).filePath(u".incoming-XXXXXX"_s));
    if (!temp.open() || temp.write(data) != data.size() || !temp.flush()) {
        return makeError(Error::Code::Io,
            tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(temp.fileName())),
            temp.errorString());
    }
    const QString path = temp.fileName();
    temp.close(); // kept until `temp` goes; closed so that put() can open it on every platform
    return put(path);
}

QStringList DocumentStore::storedHashes() const
{
    QStringList out;
    const QDir root(m_root);
    const QStringList buckets = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &bucket : buckets) {
        if (bucket.size() != 2) {
            continue;
        }
        const QStringList files = QDir(root.filePath(bucket)).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : files) {
            if (isSha256(file) && file.startsWith(bucket)) {
                out << file;
            }
        }
    }
    return out;
}

Result<void> DocumentStore::remove(const QString &sha256)
{
    if (!isSha256(sha256)) {
        return makeError(Error::Code::Invalid, tr("%1 is not the name of a stored document.").arg(sha256));
    }
    const QString path = pathOf(sha256);
    if (!QFileInfo::exists(path)) {
        return {};
    }
    // Stored files are read-only, which keeps Windows from deleting them.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    if (!file.remove()) {
        return makeError(Error::Code::Io,
            tr("The stored document %1 cannot be deleted.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    QDir().rmdir(QFileInfo(path).absolutePath()); // only when it is empty
    return {};
}

} // namespace Kontor
