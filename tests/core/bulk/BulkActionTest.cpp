#include "BulkChange.h"
#include "BulkTestSupport.h"

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
BulkAction action(BulkActionKind kind, const QString &text = {})
{
    BulkAction a;
    a.kind = kind;
    a.text = text;
    return a;
}

Error refused(BulkFixture &f, const BulkRequest &request)
{
    auto job = f.bulk.create(request);
    REQUIRE_FALSE(job.has_value());
    return job.error();
}
} // namespace

TEST_CASE("A bulk action keeps its kind and options through the job's params")
{
    BulkAction dnd = action(BulkActionKind::Dnd);
    dnd.channel = DndChannel::WhatsApp;
    dnd.on = false;
    dnd.confirmation = u"DELETE"_s;
    auto back = BulkAction::fromJson(dnd.toJson());
    KONTOR_REQUIRE_OK(back);
    CHECK(back->kind == BulkActionKind::Dnd);
    CHECK(back->channel == DndChannel::WhatsApp);
    CHECK_FALSE(back->on);
    CHECK(back->confirmation.isEmpty()); // the typed word is not stored

    BulkAction owner = action(BulkActionKind::Owner);
    owner.userId = 7;
    CHECK(BulkAction::fromJson(owner.toJson())->userId == 7);
    CHECK(BulkAction::fromJson(action(BulkActionKind::TagAdd, u"Kunde"_s).toJson())->text == u"Kunde"_s);
    CHECK(BulkAction::fromJson(QJsonObject{{u"action"_s, u"explode"_s}}).error().code == Error::Code::Invalid);
}

TEST_CASE("A bulk delete is refused without the typed word and accepted with DELETE or LÖSCHEN")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(2);
    BulkAction del = action(BulkActionKind::Delete);
    for (const QString &word : {QString(), u"delete"_s, u"Löschen"_s, u"JA"_s}) {
        del.confirmation = word;
        const Error e = refused(f, BulkFixture::request(del, ids));
        CHECK(e.code == Error::Code::Invalid);
        CHECK(e.message.startsWith(u"Type DELETE to move 2 contact"_s));
    }
    CHECK(f.t.rows(u"jobs"_s) == 0);
    del.confirmation = u"DELETE"_s;
    KONTOR_REQUIRE_OK(f.bulk.create(BulkFixture::request(del, ids)));
    del.confirmation = u"LÖSCHEN"_s;
    KONTOR_REQUIRE_OK(f.bulk.create(BulkFixture::request(del, ids)));
    CHECK(f.t.rows(u"jobs"_s) == 2);
    CHECK(BulkAction::deleteWord() == u"DELETE"_s);
}

TEST_CASE("An invalid bulk request writes nothing and says what is wrong")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(3);

    CHECK(
        refused(f, BulkFixture::request(action(BulkActionKind::TagAdd, u"  "_s), ids)).message == u"Enter the tag."_s);
    CHECK(refused(f, BulkFixture::request(action(BulkActionKind::TagRemove, QString(65, u'x')), ids)).location.field
        == u"tags"_s);
    BulkAction owner = action(BulkActionKind::Owner);
    owner.userId = 999;
    CHECK(refused(f, BulkFixture::request(owner, ids)).message == u"There is no user with id 999."_s);
    BulkAction follower = action(BulkActionKind::FollowerAdd);
    CHECK(refused(f, BulkFixture::request(follower, ids)).code == Error::Code::Invalid);
    const Error type = refused(f, BulkFixture::request(action(BulkActionKind::ContactType, u"Freund"_s), ids));
    CHECK(type.location.field == u"contact_type"_s);
    CHECK(type.message.startsWith(u"\"Freund\" is not a contact type"_s));
    CHECK(refused(f, BulkFixture::request(action(BulkActionKind::Company, u" "_s), ids)).code == Error::Code::Invalid);
    CHECK(refused(f, BulkFixture::request(action(BulkActionKind::TagAdd, u"Kunde"_s), {})).message
        == u"Select at least one contact."_s);
    BulkRequest empty = BulkFixture::request(action(BulkActionKind::TagAdd, u"Kunde"_s), {});
    empty.target.useQuery = true;
    empty.target.query.filter = u"tags has \"Niemand\""_s;
    CHECK(refused(f, empty).message == u"The list finds no contacts; there is nothing to do."_s);
    empty.target.query.filter = u"tags has"_s;
    CHECK(refused(f, empty).code == Error::Code::Invalid);

    CHECK(f.t.rows(u"jobs"_s) == 0);
    CHECK(f.t.rows(u"job_targets"_s) == 0);
}

TEST_CASE("A created bulk job is queued with its targets in order and a generated or given name")
{
    BulkFixture f;
    const QList<qint64> ids = f.persons(3);
    const qint64 petra = f.user(u"Petra Vogel"_s);
    BulkAction follower = action(BulkActionKind::FollowerRemove);
    follower.userId = petra;
    BulkRequest r = BulkFixture::request(follower, {ids.at(2), ids.at(0), ids.at(2)});
    auto job = f.bulk.create(r);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->status == JobStatus::Queued);
    CHECK(job->type == u"bulk.follower_remove"_s);
    CHECK(job->name == u"Remove follower Petra Vogel"_s);
    CHECK(job->userId == f.t.session().userId);
    CHECK(job->total == 2);
    CHECK(job->params.value(u"user_id"_s).toInteger() == petra);
    CHECK(job->params.value(u"target"_s).toObject().value(u"ids"_s).toInteger() == 2);
    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(u"SELECT contact_id FROM job_targets ORDER BY seq"_s));
    QList<qint64> stored;
    while (q.next()) {
        stored << q.value(0).toLongLong();
    }
    CHECK(stored == QList<qint64>{ids.at(2), ids.at(0)});

    r.name = u"  Aufräumen "_s;
    CHECK(f.bulk.create(r)->name == u"Aufräumen"_s);
}

TEST_CASE("A bulk change in memory says why it leaves a contact alone")
{
    Contact c;
    c.tags = {u"Kunde"_s};
    CHECK(BulkChange::apply(action(BulkActionKind::TagAdd, u"KUNDE"_s), c, {})
        == u"The contact already has the tag \"KUNDE\"."_s);
    CHECK(BulkChange::apply(action(BulkActionKind::TagAdd, u"VIP"_s), c, {}).isEmpty());
    CHECK(c.tags == QStringList{u"Kunde"_s, u"VIP"_s});
    BulkAction owner = action(BulkActionKind::Owner);
    CHECK(BulkChange::apply(owner, c, {}) == u"The contact has no owner."_s);
    CHECK(BulkChange::companySkipReason(action(BulkActionKind::Company, u"X"_s), ContactKind::Company, 0, 5)
        == u"The contact is a company; only persons belong to a company."_s);
    CHECK(BulkChange::companySkipReason(action(BulkActionKind::Company, u"X"_s), ContactKind::Person, 4, 5).isEmpty());
}
