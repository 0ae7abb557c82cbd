#include "ContactListFields.h"
#include "ContactService.h"
#include "EmailCheckRepository.h"
#include "FilterCompiler.h"
#include "FilterFields.h"
#include "TestDatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
// valid: one checked-valid address; mixed: one invalid, one valid; offline: unknown; fresh: never checked;
// silent: no address; trashed: an invalid address, in the trash.
struct Fixture
{
    Test::TestDatabase t;
    qint64 valid = 0;
    qint64 mixed = 0;
    qint64 offline = 0;
    qint64 fresh = 0;
    qint64 silent = 0;
    qint64 trashed = 0;

    Fixture()
    {
        ContactService svc(t.db(), t.session());
        const auto create = [&](const QString &last, const QStringList &emails) {
            Contact c;
            c.firstName = u"Test"_s;
            c.lastName = last;
            for (const auto &email : emails) {
                c.emails.append({email, {}, c.emails.isEmpty()});
            }
            auto created = svc.create(c);
            KONTOR_REQUIRE_OK(created);
            return created->id;
        };
        valid = create(u"Valid"_s, {u"Anna@Example.com"_s});
        mixed = create(u"Mixed"_s, {u"ben@gibt-es-nicht.de"_s, u"ben@example.com"_s});
        offline = create(u"Offline"_s, {u"carl@offline.example"_s});
        fresh = create(u"Fresh"_s, {u"dora@new.example"_s});
        silent = create(u"Silent"_s, {});
        trashed = create(u"Trashed"_s, {u"eva@gibt-es-nicht.de"_s});
        KONTOR_REQUIRE_OK(svc.moveToTrash({trashed}));

        const auto check = [](const QString &email, EmailCheckStatus status) {
            EmailCheck c;
            c.email = email;
            c.status = status;
            c.checkedAt = 1000;
            return c;
        };
        KONTOR_REQUIRE_OK(EmailCheckRepository(t.db()).store({check(u"anna@example.com"_s, EmailCheckStatus::Valid),
            check(u"ben@example.com"_s, EmailCheckStatus::Valid),
            check(u"ben@gibt-es-nicht.de"_s, EmailCheckStatus::Invalid),
            check(u"eva@gibt-es-nicht.de"_s, EmailCheckStatus::Invalid),
            check(u"carl@offline.example"_s, EmailCheckStatus::Unknown)}));
    }

    QSet<qint64> ids(const QString &filter)
    {
        ContactListQuery query;
        query.filter = filter;
        query.limit = 1000;
        ContactService svc(t.db(), t.session());
        auto page = svc.list(query);
        KONTOR_REQUIRE_OK(page);
        QSet<qint64> out;
        for (const auto &row : page->rows) {
            out.insert(row.id);
        }
        auto count = svc.count(query);
        KONTOR_REQUIRE_OK(count);
        CHECK(*count == out.size());
        return out;
    }
};

QStringList queryPlan(Database &db, const QString &filter)
{
    auto compiled = FilterCompiler(db, 1).compile(filter);
    KONTOR_REQUIRE_OK(compiled);
    QSqlQuery q(db.connection());
    REQUIRE(
        q.prepare(u"EXPLAIN QUERY PLAN SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND "_s + compiled->sql));
    for (const auto &bind : compiled->binds) {
        q.addBindValue(bind);
    }
    REQUIRE(q.exec());
    QStringList plan;
    while (q.next()) {
        plan << q.value(3).toString();
    }
    return plan;
}
} // namespace

TEST_CASE("The e-mail check filter finds contacts with at least one address in that state")
{
    Fixture f;
    CHECK(f.ids(u"email_status = \"invalid\""_s) == QSet<qint64>{f.mixed});
    CHECK(f.ids(u"email_status = \"valid\""_s) == QSet<qint64>{f.valid, f.mixed});
    CHECK(f.ids(u"email_status = \"unknown\""_s) == QSet<qint64>{f.offline});
    CHECK(f.ids(u"email_status = \"unchecked\""_s) == QSet<qint64>{f.fresh});
    CHECK(f.ids(u"email_status in (\"invalid\", \"unchecked\")"_s) == QSet<qint64>{f.mixed, f.fresh});
    CHECK(f.ids(u"email_status = \"INVALID\""_s) == QSet<qint64>{f.mixed});
}

TEST_CASE("The e-mail check filter negates to exactly the other contacts, and is empty without an address")
{
    Fixture f;
    CHECK(f.ids(u"email_status != \"invalid\""_s) == QSet<qint64>{f.valid, f.offline, f.fresh, f.silent});
    CHECK(f.ids(u"not email_status = \"valid\""_s) == QSet<qint64>{f.offline, f.fresh, f.silent});
    CHECK(f.ids(u"email_status is empty"_s) == QSet<qint64>{f.silent});
    CHECK(f.ids(u"email_status is not empty"_s) == QSet<qint64>{f.valid, f.mixed, f.offline, f.fresh});
}

TEST_CASE("An e-mail check value that is not a status fails naming the field and the choices")
{
    Fixture f;
    ContactListQuery query;
    query.filter = u"email_status = \"kaputt\""_s;
    auto page = ContactService(f.t.db(), f.t.session()).list(query);
    REQUIRE_FALSE(page);
    CHECK(page.error().code == Error::Code::Invalid);
    CHECK(page.error().location.field == u"email_status"_s);
    CHECK(page.error().message.contains(u"unchecked"_s));
}

TEST_CASE("The e-mail check filter reads the address index and the checks' key, never scanning the contacts")
{
    Fixture f;
    const QString plan = queryPlan(f.t.db(), u"email_status = \"invalid\""_s).join(u'\n');
    INFO(plan.toStdString());
    CHECK(plan.contains(u"contact_emails_value"_s));
    CHECK(plan.contains(u"USING INTEGER PRIMARY KEY"_s)); // the contacts by id
    CHECK_FALSE(plan.contains(u"SCAN c"_s));

    const QString unchecked = queryPlan(f.t.db(), u"email_status = \"unchecked\""_s).join(u'\n');
    INFO(unchecked.toStdString());
    // Each address is probed in email_checks by its key.
    CHECK(unchecked.contains(u"USING INDEX sqlite_autoindex_email_checks_1"_s));
}

TEST_CASE("The e-mail check is a filter choice with translated labels and a list column")
{
    const auto fields = FilterFields::builtIn();
    const auto it = std::find_if(
        fields.cbegin(), fields.cend(), [](const FilterField &field) { return field.key == u"email_status"_s; });
    REQUIRE(it != fields.cend());
    CHECK(it->type == FilterFieldType::Choice);
    CHECK(it->choices == QStringList{u"valid"_s, u"invalid"_s, u"unknown"_s, u"unchecked"_s});
    CHECK(it->choiceLabels.size() == it->choices.size());

    Fixture f;
    ContactListQuery query;
    query.columns = {u"email_status"_s};
    query.limit = 100;
    auto page = ContactService(f.t.db(), f.t.session()).list(query);
    KONTOR_REQUIRE_OK(page);
    QHash<qint64, QVariant> shown;
    for (const auto &row : page->rows) {
        shown.insert(row.id, row.values.value(u"email_status"_s));
    }
    CHECK(shown.value(f.valid).toString() == u"valid"_s);
    CHECK(shown.value(f.mixed).toString() == u"invalid"_s); // the primary address
    CHECK(shown.value(f.offline).toString() == u"unknown"_s);
    CHECK(shown.value(f.fresh).toString() == u"not checked"_s);
    CHECK(shown.value(f.silent).isNull());
}
