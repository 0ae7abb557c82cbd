#pragma once

#include "VCardReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l) { return '[' + l.join(u'|').toStdString() + ']'; }
};
template <> struct StringMaker<Kontor::EmailAddress>
{
    static std::string convert(const Kontor::EmailAddress &e)
    {
        return QStringLiteral("{%1, %2, %3}").arg(e.value, e.label).arg(e.primary).toStdString();
    }
};
template <> struct StringMaker<Kontor::PhoneNumber>
{
    static std::string convert(const Kontor::PhoneNumber &p)
    {
        return QStringLiteral("{%1, %2, %3, %4}").arg(p.raw, p.e164, p.label).arg(p.primary).toStdString();
    }
};
template <> struct StringMaker<Kontor::PostalAddress>
{
    static std::string convert(const Kontor::PostalAddress &a)
    {
        return QStringLiteral("{%1, %2, %3, %4, %5, %6}")
            .arg(a.street, a.postalCode, a.city, a.region, a.country, a.label)
            .toStdString();
    }
};
} // namespace Catch

namespace VCardTest {

inline QString fixture(const char *name)
{
    return QStringLiteral(KONTOR_TEST_DATA "/import/vcard/") + QString::fromUtf8(name);
}

// Every record of a file, or the reader's error.
inline Kontor::Result<QList<Kontor::ImportRecord>> readAll(const QString &path)
{
    auto reader = Kontor::VCardReader::open(path);
    if (!reader) {
        return reader.error();
    }
    QList<Kontor::ImportRecord> records;
    for (;;) {
        Kontor::ImportRecord record;
        auto r = (*reader)->next(record);
        if (!r) {
            return r.error();
        }
        if (!*r) {
            return records;
        }
        records << record;
    }
}

// Writes the bytes to a file in the directory and returns its path.
inline QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes, const char *name = "test.vcf")
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// The records of a vCard given as text (lines joined with CRLF).
inline Kontor::Result<QList<Kontor::ImportRecord>> readText(const QByteArray &text)
{
    QTemporaryDir dir;
    return readAll(writeFile(dir, text));
}

} // namespace VCardTest
