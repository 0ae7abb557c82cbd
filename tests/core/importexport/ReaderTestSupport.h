#pragma once

#include "TableReader.h"

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral("|")).toStdString() + "]";
    }
};
} // namespace Catch

// Helpers shared by the tabular reader tests (core_import_readers_test).
namespace Kontor::Test {

inline QString readerFixture(const QString &name)
{
    return QStringLiteral(KONTOR_TEST_DATA "/import/readers/") + name;
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline ProbeResult probed(const QString &path, const TableOptions &options = {})
{
    auto probe = TableReader::probe(path, options);
    if (!probe) {
        FAIL(probe.error().toString().toStdString());
    }
    return *probe;
}

// Every record of the file after the header, as open() delivers them.
inline QList<ImportRow> readAll(const QString &path, const TableOptions &options = {}, QStringList *headers = nullptr)
{
    auto reader = TableReader::open(path, options);
    if (!reader) {
        FAIL(reader.error().toString().toStdString());
    }
    if (headers) {
        *headers = (*reader)->headers();
    }
    QList<ImportRow> rows;
    for (;;) {
        ImportRow row;
        auto more = (*reader)->next(row);
        if (!more) {
            FAIL(more.error().toString().toStdString());
        }
        if (!*more) {
            break;
        }
        rows.append(row);
    }
    return rows;
}

// The error that probing `path` ends in; fails the test when probing succeeds.
inline Error probeError(const QString &path, const TableOptions &options = {})
{
    auto probe = TableReader::probe(path, options);
    REQUIRE_FALSE(probe.has_value());
    return probe.error();
}

} // namespace Kontor::Test
