#include "ContactService.h"
#include "CustomFieldService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
CustomField field(const QString &name, CustomFieldType type, const QStringList &options = {})
{
    CustomField f;
    f.name = name;
    f.type = type;
    f.options = options;
    return f;
}
} // namespace

TEST_CASE("Custom values are normalised per type, also from German input")
{
    QString problem;
    auto norm = [&](CustomFieldType type, const QString &in, const QStringList &options = {}) {
        return CustomFieldValues::normalize(field(u"f"_s, type, options), in, &problem);
    };
    CHECK(norm(CustomFieldType::Number, u"1.234,5"_s) == u"1234.5"_s);
    CHECK(norm(CustomFieldType::Number, u"1,234.5"_s) == u"1234.5"_s);
    CHECK(norm(CustomFieldType::Money, u"1.234,50 €"_s) == u"1234.50 EUR"_s);
    CHECK(norm(CustomFieldType::Money, u"99 chf"_s) == u"99.00 CHF"_s);
    CHECK(norm(CustomFieldType::Date, u"31.12.2025"_s) == u"2025-12-31"_s);
    CHECK(norm(CustomFieldType::Date, u"2024-02-29"_s) == u"2024-02-29"_s);
    CHECK(norm(CustomFieldType::Checkbox, u"ja"_s) == u"1"_s);
    CHECK(norm(CustomFieldType::SingleSelect, u"bau"_s, {u"Bau"_s, u"Handel"_s}) == u"Bau"_s);
    CHECK(norm(CustomFieldType::MultiSelect, u"handel; Bau"_s, {u"Bau"_s, u"Handel"_s}) == u"Handel\nBau"_s);
    CHECK(problem.isEmpty());

    CHECK(norm(CustomFieldType::Date, u"2023-02-29"_s).isEmpty());
    CHECK_FALSE(problem.isEmpty());
    CHECK(norm(CustomFieldType::Number, u"zwölf"_s).isEmpty());
    CHECK(problem.contains(u"zwölf"_s));
    CHECK(norm(CustomFieldType::SingleSelect, u"Chemie"_s, {u"Bau"_s}).isEmpty());
    CHECK(problem.contains(u"Chemie"_s));
    CHECK(norm(CustomFieldType::Email, u"a@b"_s).isEmpty());
    CHECK(norm(CustomFieldType::Url, u"not a url at all"_s).isEmpty());
}

TEST_CASE("Custom fields live in folders and their values are stored, searched by type and audited")
{
    Test::TestDatabase t;
    CustomFieldService fields(t.db(), t.session());
    auto folder = fields.createFolder(u"Vertrieb"_s);
    REQUIRE(folder.has_value());
    CustomField branche = field(u"Branche"_s, CustomFieldType::SingleSelect, {u"Bau"_s, u"Handel"_s});
    branche.folderId = folder->id;
    auto b = fields.createField(branche);
    REQUIRE(b.has_value());
    auto umsatz = fields.createField(field(u"Umsatz"_s, CustomFieldType::Money));
    REQUIRE(umsatz.has_value());
    CHECK_FALSE(fields.createField(field(u"branche"_s, CustomFieldType::Text)).has_value());

    ContactService svc(t.db(), t.session());
    Contact c;
    c.firstName = u"Uwe"_s;
    c.customValues = {{b->id, u"bau"_s}, {umsatz->id, u"12.500,00 EUR"_s}};
    auto created = svc.create(c);
    KONTOR_REQUIRE_OK(created);
    CHECK(created->customValues.value(b->id) == u"Bau"_s);
    CHECK(created->customValues.value(umsatz->id) == u"12500.00 EUR"_s);

    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT value_num FROM custom_field_values WHERE field_id = ?"_s);
    q.addBindValue(umsatz->id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toDouble() == 12500.0);

    Contact bad = *created;
    bad.customValues[b->id] = u"Chemie"_s;
    auto rejected = svc.update(bad);
    REQUIRE_FALSE(rejected.has_value());
    CHECK(rejected.error().location.field == u"custom.%1"_s.arg(b->id));

    Contact changed = *created;
    changed.customValues[b->id] = u"Handel"_s;
    REQUIRE(svc.update(changed).has_value());
    auto history = svc.history(created->id);
    REQUIRE(history.has_value());
    CHECK(history->first().field == u"Branche"_s);
    CHECK(history->first().oldValue == u"Bau"_s);
    CHECK(history->first().newValue == u"Handel"_s);
}

TEST_CASE("Deleting a folder keeps its fields, deleting a field removes its values")
{
    Test::TestDatabase t;
    CustomFieldService fields(t.db(), t.session());
    auto folder = fields.createFolder(u"Intern"_s);
    REQUIRE(folder.has_value());
    CustomField f = field(u"Notiz"_s, CustomFieldType::Text);
    f.folderId = folder->id;
    auto created = fields.createField(f);
    KONTOR_REQUIRE_OK(created);
    ContactService svc(t.db(), t.session());
    Contact c;
    c.firstName = u"Ina"_s;
    c.customValues = {{created->id, u"wichtig"_s}};
    KONTOR_REQUIRE_OK(svc.create(c));

    REQUIRE(fields.deleteFolder(folder->id).has_value());
    auto kept = fields.fieldByName(u"Notiz"_s);
    REQUIRE(kept.has_value());
    CHECK(kept->folderId == 0);
    REQUIRE(fields.moveField(kept->id, 0, 5).has_value());

    REQUIRE(fields.deleteField(kept->id).has_value());
    CHECK(t.rows(u"custom_field_values"_s) == 0);
    CHECK(t.rows(u"custom_field_defs"_s) == 0);
}

TEST_CASE("Reordering fields moves them into the folder in the given order in one audited change")
{
    Test::TestDatabase t;
    CustomFieldService fields(t.db(), t.session());
    auto folder = fields.createFolder(u"Vertrieb"_s);
    KONTOR_REQUIRE_OK(folder);
    auto a = fields.createField(field(u"Alpha"_s, CustomFieldType::Text));
    auto b = fields.createField(field(u"Beta"_s, CustomFieldType::Number));
    auto c = fields.createField(field(u"Gamma"_s, CustomFieldType::Date));
    KONTOR_REQUIRE_OK(a);
    KONTOR_REQUIRE_OK(b);
    KONTOR_REQUIRE_OK(c);
    const qint64 auditBefore = t.rows(u"audit_log"_s);

    KONTOR_REQUIRE_OK(fields.reorderFields(folder->id, {c->id, a->id}));
    KONTOR_REQUIRE_OK(fields.reorderFields(0, {b->id}));
    auto all = fields.fields();
    KONTOR_REQUIRE_OK(all);
    QStringList order;
    for (const auto &f : std::as_const(*all)) {
        order << f.name + u'@' + QString::number(f.folderId);
    }
    // Fields without folder come first, then the folders in their order.
    CHECK(order
        == QStringList{
            u"Beta@0"_s, u"Gamma@"_s + QString::number(folder->id), u"Alpha@"_s + QString::number(folder->id)});
    CHECK(t.rows(u"audit_log"_s) == auditBefore + 2);

    CHECK(fields.reorderFields(folder->id, {a->id, 999}).error().code == Error::Code::NotFound);
}

TEST_CASE("The value count of a field tells how many contacts a delete would touch")
{
    Test::TestDatabase t;
    CustomFieldService fields(t.db(), t.session());
    auto note = fields.createField(field(u"Notiz"_s, CustomFieldType::Text));
    auto other = fields.createField(field(u"Andere"_s, CustomFieldType::Text));
    KONTOR_REQUIRE_OK(note);
    KONTOR_REQUIRE_OK(other);
    ContactService svc(t.db(), t.session());
    for (const QString &name : {u"Ina"_s, u"Olaf"_s}) {
        Contact c;
        c.firstName = name;
        c.customValues = {{note->id, u"wichtig"_s}};
        KONTOR_REQUIRE_OK(svc.create(c));
    }
    auto count = fields.valueCount(note->id);
    KONTOR_REQUIRE_OK(count);
    CHECK(*count == 2);
    auto none = fields.valueCount(other->id);
    KONTOR_REQUIRE_OK(none);
    CHECK(*none == 0);
}
