#pragma once

#include "ContactService.h"
#include "ImportMapping.h"
#include "ImportRepository.h"
#include "ImportService.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

// Helpers shared by the ImportService tests: files in the test database's folder, mappings by target list,
// and contacts looked up the way the import finds duplicates.
namespace Kontor::Test {

inline QString writeImportFile(TestDatabase &t, const QString &name, const QByteArray &content)
{
    const QString path = t.dir() + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
    return path;
}

inline QString writeImportFile(TestDatabase &t, const QString &name, const QString &content)
{
    return writeImportFile(t, name, content.toUtf8());
}

inline ImportMapping mappingOf(const QStringList &targets)
{
    ImportMapping m;
    for (const QString &target : targets) {
        ColumnMapping c;
        c.target = target;
        m.columns << c;
    }
    return m;
}

inline ImportOptions importOptions(const QStringList &targets)
{
    ImportOptions o;
    o.mapping = mappingOf(targets);
    o.region = QStringLiteral("DE");
    return o;
}

inline std::optional<Contact> contactByEmail(
    TestDatabase &t, const QString &email, ContactKind kind = ContactKind::Person)
{
    auto id = ImportRepository(t.db()).contactByEmail(email.toCaseFolded(), kind);
    REQUIRE(id.has_value());
    if (*id == 0) {
        return std::nullopt;
    }
    auto c = ContactService(t.db(), t.session()).load(*id);
    REQUIRE(c.has_value());
    return *c;
}

inline qint64 countOf(TestDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline qint64 aliveContacts(TestDatabase &t, ContactKind kind)
{
    return countOf(
        t, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND kind = %1").arg(int(kind)));
}

} // namespace Kontor::Test
