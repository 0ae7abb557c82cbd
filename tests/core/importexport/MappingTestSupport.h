#pragma once

#include "ImportMapping.h"
#include "ImportTypes.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <catch2/catch.hpp>

// Readable failures for the mapping and row conversion tests (core_import_mapping_test).
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
template <> struct StringMaker<Kontor::ColumnMapping>
{
    static std::string convert(const Kontor::ColumnMapping &c)
    {
        return "{" + c.target.toStdString() + ", \"" + c.label.toStdString() + "\", " + std::to_string(c.group) + "}";
    }
};
template <> struct StringMaker<QList<Kontor::ColumnMapping>>
{
    static std::string convert(const QList<Kontor::ColumnMapping> &columns)
    {
        std::string out = "[";
        for (const auto &c : columns) {
            out += StringMaker<Kontor::ColumnMapping>::convert(c) + " ";
        }
        return out + "]";
    }
};
} // namespace Catch

namespace Kontor::Test {

// The records of a small vendor fixture (tests/data/import/sources): quoted cells with doubled quotes and
// embedded newlines, a BOM, one delimiter. Enough for these files; the CSV reader has its own tests.
inline QList<ImportRow> readFixtureRows(const QString &name, QChar delimiter, const char *encoding = "UTF-8")
{
    QFile file(QStringLiteral(KONTOR_TEST_DATA "/import/sources/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.mid(3);
    }
    QStringDecoder decode(encoding);
    REQUIRE(decode.isValid());
    const QString text = decode(bytes);
    QList<ImportRow> rows;
    ImportRow row{1, {}};
    QString cell;
    bool quoted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                line += c == u'\n' ? 1 : 0;
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            row.cells << cell;
            cell.clear();
        } else if (c == u'\n') {
            row.cells << cell;
            cell.clear();
            rows << row;
            row = ImportRow{++line, {}};
        } else if (c != u'\r') {
            cell += c;
        }
    }
    return rows;
}

} // namespace Kontor::Test
