#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace Kontor {

// Reads the entries of a ZIP file (an XLSX workbook) as streams: stored and deflated entries, ZIP64 sizes.
// Kontor does not read XLSX through QuaZip because QuaZip exports minizip's C functions (zipOpen, unzOpen2_64
// ...) with its own ABI: in one process with libxlsxwriter, which calls the real minizip, whichever library
// the dynamic linker sees first breaks the other (QuaZip first: every XLSX export crashes). zlib alone does
// the inflating here.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    // Reads the central directory. Fails (Invalid, naming the file) when the file is not a ZIP archive.
    static Result<ZipArchive> open(const QString &path);

    bool contains(const QString &name) const;
    // A sequential device over the uncompressed bytes of the entry `name` (ASCII case ignored, as Excel does);
    // nullptr when there is no such entry or it uses a compression other than deflate. A damaged entry makes
    // the device's read() fail.
    std::unique_ptr<QIODevice> openEntry(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint64 localHeaderOffset = 0;
    };

    const Entry *find(const QString &name) const;

    QString m_path;
    QList<Entry> m_entries;
};

} // namespace Kontor
