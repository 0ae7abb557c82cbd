#include "ImportMappingStore.h"

#include "MappingTestSupport.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

ImportMapping sampleMapping()
{
    return ImportMapping{{ColumnMapping{u"first_name"_s, {}, 0},
        ColumnMapping{},
        ColumnMapping{u"email"_s, u"work"_s, 2},
        ColumnMapping{u"custom.new"_s, u"Lieblingsfarbe"_s, 0}}};
}

const QStringList kHeaders{u"Vorname"_s, u"Nr."_s, u"E-Mail"_s, u"Farbe"_s};

} // namespace

TEST_CASE("A remembered mapping is found again for the same header, spelled with other case and spacing")
{
    Test::TestDatabase t;
    ImportMappingStore store(t.db());
    KONTOR_REQUIRE_OK(store.remember(kHeaders, ContactKind::Person, sampleMapping()));
    const auto found = store.find({u"vorname"_s, u"Nr."_s, u" E-Mail"_s, u"FARBE"_s}, ContactKind::Person);
    KONTOR_REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK(found->value() == sampleMapping());
    CHECK(t.rows(u"import_mappings"_s) == 1);
}

TEST_CASE("No mapping is found for another header, another column order or another kind")
{
    Test::TestDatabase t;
    ImportMappingStore store(t.db());
    KONTOR_REQUIRE_OK(store.remember(kHeaders, ContactKind::Person, sampleMapping()));
    const auto other = store.find({u"Vorname"_s, u"Nachname"_s}, ContactKind::Person);
    KONTOR_REQUIRE_OK(other);
    CHECK_FALSE(other->has_value());
    const auto reordered = store.find({u"Nr."_s, u"Vorname"_s, u"E-Mail"_s, u"Farbe"_s}, ContactKind::Person);
    KONTOR_REQUIRE_OK(reordered);
    CHECK_FALSE(reordered->has_value());
    const auto companies = store.find(kHeaders, ContactKind::Company);
    KONTOR_REQUIRE_OK(companies);
    CHECK_FALSE(companies->has_value());
}

TEST_CASE("Remembering a header again replaces its mapping and stamps the clock")
{
    Test::TestDatabase t;
    ImportMappingStore store(t.db());
    KONTOR_REQUIRE_OK(store.remember(kHeaders, ContactKind::Person, sampleMapping()));
    ImportMapping changed = sampleMapping();
    changed.columns[1] = ColumnMapping{u"tags"_s, {}, 0};
    t.clock().advanceDays(1);
    KONTOR_REQUIRE_OK(store.remember(kHeaders, ContactKind::Person, changed));
    CHECK(t.rows(u"import_mappings"_s) == 1);
    const auto found = store.find(kHeaders, ContactKind::Person);
    KONTOR_REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK(found->value() == changed);
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT updated_at FROM import_mappings"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == t.clock().nowMs());
}

TEST_CASE("A mapping survives its JSON form, groups and labels included")
{
    const QJsonObject json = sampleMapping().toJson();
    const QJsonArray columns = json.value(u"columns"_s).toArray();
    REQUIRE(columns.size() == 4);
    CHECK(columns.at(0).toObject().value(u"target"_s).toString() == u"first_name"_s);
    CHECK(columns.at(2).toObject().value(u"group"_s).toInt() == 2);
    ImportMapping back;
    QString error;
    REQUIRE(ImportMapping::fromJson(json, kHeaders, &back, &error));
    CHECK(error.isEmpty());
    CHECK(back == sampleMapping());
}

TEST_CASE("A hand-written mapping names columns by header, ignoring case, and leaves the rest ignored")
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"vorname": "first_name",
        "E-MAIL": {"target": "email", "label": "home"}, "Farbe": {"target": "custom.new"}})")
                                 .object();
    ImportMapping mapping;
    QString error;
    REQUIRE(ImportMapping::fromJson(json, kHeaders, &mapping, &error));
    CHECK(mapping.columns
        == QList<ColumnMapping>{ColumnMapping{u"first_name"_s, {}, 0},
            ColumnMapping{},
            ColumnMapping{u"email"_s, u"home"_s, 0},
            ColumnMapping{u"custom.new"_s, u"Farbe"_s, 0}});
}

TEST_CASE("A mapping with an unknown target or column is refused with a message naming the column")
{
    ImportMapping mapping;
    QString error;
    CHECK_FALSE(ImportMapping::fromJson(QJsonObject{{u"Vorname"_s, u"vorname"_s}}, kHeaders, &mapping, &error));
    CHECK(error.contains(u"Vorname"_s));
    CHECK(error.contains(u"vorname"_s));

    error.clear();
    CHECK_FALSE(ImportMapping::fromJson(QJsonObject{{u"Geburtstag"_s, u"birthday"_s}}, kHeaders, &mapping, &error));
    CHECK(error.contains(u"Geburtstag"_s));

    error.clear();
    const QJsonObject list{{u"columns"_s,
        QJsonArray{QJsonObject{{u"target"_s, u"first_name"_s}}, QJsonObject{{u"target"_s, u"custom.abc"_s}}}}};
    CHECK_FALSE(ImportMapping::fromJson(list, kHeaders, &mapping, &error));
    CHECK(error.contains(u"Nr."_s));
}

TEST_CASE("A list mapping shorter than the file ignores the other columns; a longer one must not map them")
{
    ImportMapping mapping;
    QString error;
    const QJsonObject shorter{{u"columns"_s, QJsonArray{u"first_name"_s}}};
    REQUIRE(ImportMapping::fromJson(shorter, kHeaders, &mapping, &error));
    CHECK(mapping.columns.size() == 4);
    CHECK(mapping.columns.at(0).target == u"first_name"_s);
    CHECK(mapping.columns.at(3).isIgnored());

    const QJsonObject longer{{u"columns"_s, QJsonArray{u"first_name"_s, QJsonValue(), u""_s, u""_s, u"tags"_s}}};
    CHECK_FALSE(ImportMapping::fromJson(longer, kHeaders, &mapping, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Header keys fold case and spacing but keep the column order")
{
    CHECK(ImportMapping::headerKey({u"Vorname"_s, u"E-Mail"_s})
        == ImportMapping::headerKey({u"VORNAME "_s, u"e-mail"_s}));
    CHECK(
        ImportMapping::headerKey({u"Vorname"_s, u"E-Mail"_s}) != ImportMapping::headerKey({u"E-Mail"_s, u"Vorname"_s}));
    CHECK(ImportMapping::headerKey({u"a b"_s}) != ImportMapping::headerKey({u"a"_s, u"b"_s}));
}

TEST_CASE("Target keys are known when built in, an existing custom field or a new one")
{
    CHECK(ImportTargets::isKnown(u"first_name"_s));
    CHECK(ImportTargets::isKnown(u"social.linkedin"_s));
    CHECK(ImportTargets::isKnown(u"custom.12"_s));
    CHECK(ImportTargets::isKnown(u"custom.new"_s));
    CHECK_FALSE(ImportTargets::isKnown(u"custom.0"_s));
    CHECK_FALSE(ImportTargets::isKnown(u"custom.x"_s));
    CHECK_FALSE(ImportTargets::isKnown(u"shoe_size"_s));
    CHECK_FALSE(ImportTargets::isKnown({}));
    bool hasEmailLabel = false;
    for (const auto &t : ImportTargets::all(ContactKind::Person)) {
        CHECK_FALSE(t.label.isEmpty());
        CHECK(ImportTargets::isKnown(t.key));
        hasEmailLabel = hasEmailLabel || (t.key == u"email"_s && t.hasLabel);
    }
    CHECK(hasEmailLabel);
    for (const auto &t : ImportTargets::all(ContactKind::Company)) {
        CHECK(t.key != u"first_name"_s);
        CHECK(t.key != u"birthday"_s);
    }
}
