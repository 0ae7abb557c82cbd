#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <zlib.h>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint32 EndOfCentralDirectory = 0x06054b50;
constexpr quint32 Zip64EndLocator = 0x07064b50;
constexpr quint32 Zip64End = 0x06064b50;
constexpr quint32 CentralHeader = 0x02014b50;
constexpr quint32 LocalHeader = 0x04034b50;
constexpr quint16 Stored = 0;
constexpr quint16 Deflated = 8;
constexpr qint64 ChunkBytes = 64 * 1024;

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

quint64 u64(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint64>(b.constData() + at);
}

// The uncompressed bytes of one entry, inflated chunk by chunk as they are read.
class EntryDevice final : public QIODevice
{
public:
    EntryDevice(const QString &path, quint16 method, quint64 compressedSize, quint64 uncompressedSize)
        : m_file(path)
        , m_method(method)
        , m_remainingInput(compressedSize)
        , m_size(uncompressedSize)
    {}

    ~EntryDevice() override
    {
        if (m_inflating) {
            inflateEnd(&m_stream);
        }
    }

    bool start(quint64 localHeaderOffset)
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(qint64(localHeaderOffset))) {
            return false;
        }
        const QByteArray header = m_file.read(30);
        if (header.size() != 30 || u32(header, 0) != LocalHeader) {
            return false;
        }
        // The local header repeats name and extra field with their own lengths; the data follows them.
        if (!m_file.seek(qint64(localHeaderOffset) + 30 + u16(header, 26) + u16(header, 28))) {
            return false;
        }
        if (m_method == Deflated) {
            m_stream = {};
            if (inflateInit2(&m_stream, -MAX_WBITS) != Z_OK) { // raw deflate, no zlib header
                return false;
            }
            m_inflating = true;
        }
        return QIODevice::open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 size() const override { return qint64(m_size); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_method == Stored) {
            const qint64 n = m_file.read(data, qint64(std::min<quint64>(quint64(maxSize), m_remainingInput)));
            if (n > 0) {
                m_remainingInput -= quint64(n);
            }
            return n;
        }
        if (m_ended) {
            return 0;
        }
        m_stream.next_out = reinterpret_cast<Bytef *>(data);
        m_stream.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
        while (m_stream.avail_out > 0) {
            if (m_stream.avail_in == 0) {
                if (m_remainingInput == 0) {
                    break;
                }
                m_input = m_file.read(qint64(std::min<quint64>(ChunkBytes, m_remainingInput)));
                if (m_input.isEmpty()) {
                    return -1; // the archive ends inside the entry
                }
                m_remainingInput -= quint64(m_input.size());
                m_stream.next_in = reinterpret_cast<Bytef *>(m_input.data());
                m_stream.avail_in = uInt(m_input.size());
            }
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_ended = true;
                break;
            }
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                setErrorString(QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate failed"));
                return -1;
            }
        }
        const qint64 produced = maxSize - qint64(m_stream.avail_out);
        if (produced == 0 && !m_ended) {
            return -1; // the compressed data ended before the stream did
        }
        return produced;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    quint16 m_method;
    quint64 m_remainingInput;
    quint64 m_size;
    z_stream m_stream = {};
    QByteArray m_input;
    bool m_inflating = false;
    bool m_ended = false;
};

} // namespace

Result<ZipArchive> ZipArchive::open(const QString &path)
{
    ErrorLocation where;
    where.file = QFileInfo(path).fileName();
    auto damaged = [&](const QString &detail) {
        return makeError(Error::Code::Invalid, tr("The file is damaged or not a ZIP archive."), detail, where);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::Io, tr("The file \"%1\" cannot be opened: %2").arg(where.file, file.errorString()), {}, where);
    }
    // The end record is in the last 22 bytes plus a comment of up to 64 KiB.
    const qint64 tailStart = std::max<qint64>(0, file.size() - (22 + 0xFFFF));
    file.seek(tailStart);
    const QByteArray tail = file.readAll();
    qsizetype end = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail, i) == EndOfCentralDirectory) {
            end = i;
            break;
        }
    }
    if (end < 0) {
        return damaged(u"no end of central directory"_s);
    }
    quint64 entries = u16(tail, end + 10);
    quint64 directorySize = u32(tail, end + 12);
    quint64 directoryOffset = u32(tail, end + 16);
    if (end >= 20 && u32(tail, end - 20) == Zip64EndLocator) {
        file.seek(qint64(u64(tail, end - 20 + 8)));
        const QByteArray zip64 = file.read(56);
        if (zip64.size() == 56 && u32(zip64, 0) == Zip64End) {
            entries = u64(zip64, 32);
            directorySize = u64(zip64, 40);
            directoryOffset = u64(zip64, 48);
        }
    }
    if (directoryOffset + directorySize > quint64(file.size()) || directorySize > 64 * 1024 * 1024) {
        return damaged(u"central directory outside the file"_s);
    }
    file.seek(qint64(directoryOffset));
    const QByteArray directory = file.read(qint64(directorySize));
    ZipArchive archive;
    archive.m_path = path;
    qsizetype at = 0;
    for (quint64 i = 0; i < entries; ++i) {
        if (at + 46 > directory.size() || u32(directory, at) != CentralHeader) {
            return damaged(u"central directory entry %1"_s.arg(i));
        }
        const quint16 nameLength = u16(directory, at + 28);
        const quint16 extraLength = u16(directory, at + 30);
        const quint16 commentLength = u16(directory, at + 32);
        if (at + 46 + nameLength + extraLength + commentLength > directory.size()) {
            return damaged(u"central directory entry %1"_s.arg(i));
        }
        Entry entry;
        entry.method = u16(directory, at + 10);
        entry.compressedSize = u32(directory, at + 20);
        entry.uncompressedSize = u32(directory, at + 24);
        entry.localHeaderOffset = u32(directory, at + 42);
        entry.name = QString::fromUtf8(directory.mid(at + 46, nameLength));
        // ZIP64: the sizes and offset that overflowed 32 bits follow in extra field 0x0001, in this order.
        qsizetype extra = at + 46 + nameLength;
        const qsizetype extraEnd = extra + extraLength;
        while (extra + 4 <= extraEnd) {
            const quint16 id = u16(directory, extra);
            const quint16 length = u16(directory, extra + 2);
            qsizetype field = extra + 4;
            if (id == 0x0001) {
                for (quint64 *value : {&entry.uncompressedSize, &entry.compressedSize, &entry.localHeaderOffset}) {
                    if (*value == 0xFFFFFFFF && field + 8 <= extra + 4 + length) {
                        *value = u64(directory, field);
                        field += 8;
                    }
                }
            }
            extra += 4 + length;
        }
        archive.m_entries.append(entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return archive;
}

const ZipArchive::Entry *ZipArchive::find(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &entry;
        }
    }
    return nullptr;
}

bool ZipArchive::contains(const QString &name) const
{
    return find(name) != nullptr;
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString &name) const
{
    const Entry *entry = find(name);
    if (!entry || (entry->method != Stored && entry->method != Deflated)) {
        return nullptr;
    }
    auto device = std::make_unique<EntryDevice>(m_path, entry->method, entry->compressedSize, entry->uncompressedSize);
    if (!device->start(entry->localHeaderOffset)) {
        return nullptr;
    }
    return device;
}

} // namespace Kontor
