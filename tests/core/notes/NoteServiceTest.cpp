#include "NoteService.h"

#include "ContactService.h"
#include "TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addPerson(ContactService &svc, const QString &first, const QString &last = u"Beispiel"_s)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

qint64 addCompany(ContactService &svc, const QString &name)
{
    Contact c;
    c.kind = ContactKind::Company;
    c.displayName = name;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

struct AuditRow
{
    qint64 recordId = 0;
    QString recordUuid;
    QString action;
    QString oldValue;
    QString newValue;
};

QList<AuditRow> auditRows(Test::TestDatabase &t, const QString &entity, const QString &field)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT record_id, record_uuid, action, old_value, new_value FROM audit_log"
              " WHERE entity = ? AND field = ? ORDER BY id"_s);
    q.addBindValue(entity);
    q.addBindValue(field);
    REQUIRE(q.exec());
    QList<AuditRow> out;
    while (q.next()) {
        out << AuditRow{q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString()};
    }
    return out;
}

QStringList changeLog(Test::TestDatabase &t, const QString &entity)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT field FROM change_log WHERE entity = ? ORDER BY seq"_s);
    q.addBindValue(entity);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

qint64 lastActivity(ContactService &svc, qint64 id)
{
    auto c = svc.load(id);
    KONTOR_REQUIRE_OK(c);
    return c->lastActivityAt;
}
} // namespace

TEST_CASE("A note is added, edited and deleted with who and when, audited on its contact and logged for sync")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    NoteService notes(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    t.clock().advanceMs(1000);
    const qint64 addedAt = t.clock().nowMs();
    auto added = notes.add(anna, u"  Called about the offer.\n"_s);
    KONTOR_REQUIRE_OK(added);
    CHECK(added->body == u"Called about the offer."_s);
    CHECK(added->contactId == anna);
    CHECK(added->createdAt == addedAt);
    CHECK(added->createdBy == t.session().userId);
    CHECK_FALSE(added->createdByName.isEmpty());
    CHECK_FALSE(added->uuid.isEmpty());
    REQUIRE(committed.size() == 1);
    CHECK(committed.first().updatedContacts.contains(anna));
    CHECK(committed.first().otherEntities.contains(u"note"_s));

    t.clock().advanceMs(1000);
    auto edited = notes.edit(added->id, u"Called about the offer; sends the contract."_s);
    KONTOR_REQUIRE_OK(edited);
    CHECK(edited->createdAt == addedAt);
    CHECK(edited->updatedAt == t.clock().nowMs());
    CHECK(notes.byId(added->id)->body == u"Called about the offer; sends the contract."_s);
    auto list = notes.forContact(anna);
    KONTOR_REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().id == added->id);

    KONTOR_REQUIRE_OK(notes.remove(added->id));
    CHECK(notes.byId(added->id).error().code == Error::Code::NotFound);
    CHECK(notes.forContact(anna)->isEmpty());
    CHECK(committed.size() == 3);

    const auto audits = auditRows(t, u"note"_s, u"body"_s);
    REQUIRE(audits.size() == 3);
    CHECK(audits.at(0).action == u"create"_s);
    CHECK(audits.at(1).action == u"update"_s);
    CHECK(audits.at(1).oldValue == u"Called about the offer."_s);
    CHECK(audits.at(1).newValue == u"Called about the offer; sends the contract."_s);
    CHECK(audits.at(2).action == u"delete"_s);
    for (const auto &a : audits) {
        CHECK(a.recordId == anna);
        CHECK(a.recordUuid == added->uuid);
    }
    CHECK(changeLog(t, u"note"_s) == QStringList{u"*"_s, u"body"_s, u"_purged"_s});
    // The contact's field history stays free of note texts.
    auto history = contacts.history(anna);
    KONTOR_REQUIRE_OK(history);
    CHECK(history->size() == 1);
}

TEST_CASE("Notes are refused when empty, too long, on a missing or trashed contact, and a missing note is not found")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    NoteService notes(t.db(), t.session());
    const qint64 ben = addPerson(contacts, u"Ben"_s);

    auto empty = notes.add(ben, u"  \n "_s);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == Error::Code::Invalid);
    CHECK(empty.error().location.field == u"body"_s);
    CHECK_FALSE(empty.error().message.isEmpty());
    auto tooLong = notes.add(ben, QString(NoteService::MaxLength + 1, u'x'));
    REQUIRE_FALSE(tooLong.has_value());
    CHECK(tooLong.error().code == Error::Code::Invalid);

    auto missing = notes.add(ben + 1000, u"Hello"_s);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(notes.edit(4711, u"Hello"_s).error().code == Error::Code::NotFound);
    CHECK(notes.remove(4711).error().code == Error::Code::NotFound);

    auto kept = notes.add(ben, u"Before the trash"_s);
    KONTOR_REQUIRE_OK(kept);
    auto emptied = notes.edit(kept->id, u" "_s);
    REQUIRE_FALSE(emptied.has_value());
    CHECK(emptied.error().code == Error::Code::Invalid);

    KONTOR_REQUIRE_OK(contacts.moveToTrash({ben}));
    auto onTrashed = notes.add(ben, u"Hello"_s);
    REQUIRE_FALSE(onTrashed.has_value());
    CHECK(onTrashed.error().code == Error::Code::NotFound);
    CHECK(notes.edit(kept->id, u"Changed"_s).error().code == Error::Code::NotFound);
    CHECK(notes.remove(kept->id).error().code == Error::Code::NotFound);
    CHECK(t.rows(u"notes"_s) == 1);
    CHECK(auditRows(t, u"note"_s, u"body"_s).size() == 1);
}

TEST_CASE("The timeline mixes notes and changes newest first, in write order within a millisecond, and filters by type")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    NoteService notes(t.db(), t.session());
    const qint64 cara = addPerson(contacts, u"Cara"_s); // create, at T
    auto first = notes.add(cara, u"First note"_s); // same millisecond as the create
    KONTOR_REQUIRE_OK(first);
    t.clock().advanceMs(60000);
    auto c = contacts.load(cara);
    c->jobTitle = u"Buyer"_s;
    KONTOR_REQUIRE_OK(contacts.update(*c));
    auto second = notes.add(cara, u"Second note"_s);
    KONTOR_REQUIRE_OK(second);
    t.clock().advanceMs(60000);
    KONTOR_REQUIRE_OK(notes.edit(first->id, u"First note, edited"_s));
    t.clock().advanceMs(60000);
    KONTOR_REQUIRE_OK(notes.remove(second->id));

    auto all = notes.timeline(cara);
    KONTOR_REQUIRE_OK(all);
    REQUIRE(all->size() == 5);
    const auto &e = *all;
    CHECK(e.at(0).type == TimelineEntry::Type::Change);
    CHECK(e.at(0).action == u"delete"_s);
    CHECK(e.at(0).field == u"note"_s);
    CHECK(e.at(0).oldValue == u"Second note"_s);
    CHECK(e.at(0).noteId == 0);
    CHECK(e.at(1).action == u"update"_s);
    CHECK(e.at(1).field == u"note"_s);
    CHECK(e.at(1).noteId == first->id);
    CHECK(e.at(1).newValue == u"First note, edited"_s);
    CHECK_FALSE(e.at(1).fieldLabel.isEmpty());
    CHECK(e.at(2).type == TimelineEntry::Type::Change);
    CHECK(e.at(2).field == u"job_title"_s);
    CHECK(e.at(2).fieldLabel == u"Job title"_s);
    CHECK(e.at(2).newValue == u"Buyer"_s);
    CHECK(e.at(2).origin == u"ui"_s);
    // The deleted second note has no card of its own; the first, written in the create's millisecond but
    // after it, comes before the create.
    CHECK(e.at(3).type == TimelineEntry::Type::Note);
    CHECK(e.at(3).text == u"First note, edited"_s);
    CHECK(e.at(3).noteId == first->id);
    CHECK_FALSE(e.at(3).userName.isEmpty());
    CHECK(e.at(3).at == e.at(4).at);
    CHECK(e.at(4).type == TimelineEntry::Type::Change);
    CHECK(e.at(4).action == u"create"_s);
    for (int i = 1; i < e.size(); ++i) {
        CHECK(e.at(i - 1).at >= e.at(i).at);
    }

    auto onlyNotes = notes.timeline(cara, {TimelineEntry::Type::Note});
    KONTOR_REQUIRE_OK(onlyNotes);
    REQUIRE(onlyNotes->size() == 1);
    CHECK(onlyNotes->first().noteId == first->id);
    auto onlyChanges = notes.timeline(cara, {TimelineEntry::Type::Change});
    KONTOR_REQUIRE_OK(onlyChanges);
    CHECK(onlyChanges->size() == 4);
    auto limited = notes.timeline(cara, {}, 2);
    KONTOR_REQUIRE_OK(limited);
    REQUIRE(limited->size() == 2);
    CHECK(limited->at(1).noteId == first->id);
    CHECK(notes.timeline(cara + 1000).error().code == Error::Code::NotFound);
}

TEST_CASE("Creating, updating and writing notes move the contact's last activity, trashing does not")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    NoteService notes(t.db(), t.session());
    const qint64 created = t.clock().nowMs();
    const qint64 dora = addPerson(contacts, u"Dora"_s);
    CHECK(lastActivity(contacts, dora) == created);

    t.clock().advanceDays(1);
    auto c = contacts.load(dora);
    c->department = u"Sales"_s;
    KONTOR_REQUIRE_OK(contacts.update(*c));
    CHECK(lastActivity(contacts, dora) == t.clock().nowMs());

    t.clock().advanceDays(1);
    auto note = notes.add(dora, u"Met at the fair"_s);
    KONTOR_REQUIRE_OK(note);
    CHECK(lastActivity(contacts, dora) == t.clock().nowMs());
    CHECK(contacts.load(dora)->updatedAt < t.clock().nowMs()); // a note is not an edit of the contact

    t.clock().advanceDays(1);
    KONTOR_REQUIRE_OK(notes.edit(note->id, u"Met at the fair in Hanover"_s));
    CHECK(lastActivity(contacts, dora) == t.clock().nowMs());
    t.clock().advanceDays(1);
    KONTOR_REQUIRE_OK(notes.remove(note->id));
    const qint64 removedAt = t.clock().nowMs();
    CHECK(lastActivity(contacts, dora) == removedAt);

    t.clock().advanceDays(1);
    KONTOR_REQUIRE_OK(contacts.moveToTrash({dora}));
    KONTOR_REQUIRE_OK(contacts.restore({dora}));
    CHECK(lastActivity(contacts, dora) == removedAt);
}

TEST_CASE("Persons are assigned, reassigned and unassigned to companies, audited by company name and found by it")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    const qint64 acme = addCompany(contacts, u"Acme Maschinenbau"_s);
    const qint64 zeta = addCompany(contacts, u"Zeta Logistik"_s);
    const qint64 emil = addPerson(contacts, u"Emil"_s);
    const qint64 frieda = addPerson(contacts, u"Frieda"_s);
    ContactListQuery byAcme;
    byAcme.search = u"Maschinenbau"_s;
    byAcme.kind = int(ContactKind::Person);
    CHECK(*contacts.count(byAcme) == 0);
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    t.clock().advanceMs(5000);
    KONTOR_REQUIRE_OK(contacts.setCompany({emil, frieda}, acme));
    CHECK(contacts.load(emil)->companyId == acme);
    CHECK(contacts.load(frieda)->companyName == u"Acme Maschinenbau"_s);
    CHECK(contacts.load(emil)->updatedAt == t.clock().nowMs());
    CHECK(lastActivity(contacts, emil) == t.clock().nowMs());
    CHECK(*contacts.count(byAcme) == 2);
    REQUIRE(committed.size() == 1);
    CHECK(committed.first().updatedContacts == QSet<qint64>{emil, frieda, acme});

    KONTOR_REQUIRE_OK(contacts.setCompany({emil}, zeta));
    CHECK(*contacts.count(byAcme) == 1);
    ContactListQuery byZeta;
    byZeta.search = u"Zeta"_s;
    byZeta.kind = int(ContactKind::Person);
    CHECK(*contacts.count(byZeta) == 1);

    KONTOR_REQUIRE_OK(contacts.setCompany({emil, frieda}, 0));
    CHECK(contacts.load(emil)->companyId == 0);
    CHECK(*contacts.count(byAcme) == 0);
    CHECK(*contacts.count(byZeta) == 0);

    // Emil: Acme, Zeta, none; Frieda: Acme, none. Nothing is written for a link that stays as it is.
    KONTOR_REQUIRE_OK(contacts.setCompany({frieda}, 0));
    const auto audits = auditRows(t, u"contact"_s, u"company"_s);
    REQUIRE(audits.size() == 5);
    CHECK(audits.at(0).recordId == emil);
    CHECK(audits.at(0).oldValue.isEmpty());
    CHECK(audits.at(0).newValue == u"Acme Maschinenbau"_s);
    CHECK(audits.at(2).oldValue == u"Acme Maschinenbau"_s);
    CHECK(audits.at(2).newValue == u"Zeta Logistik"_s);
    CHECK(audits.at(3).oldValue == u"Zeta Logistik"_s);
    CHECK(audits.at(3).newValue.isEmpty());
    CHECK(audits.at(4).recordId == frieda);
    CHECK(changeLog(t, u"contact"_s).count(u"company"_s) == 5);

    auto history = contacts.history(emil);
    KONTOR_REQUIRE_OK(history);
    CHECK(history->first().field == u"Company"_s);
}

TEST_CASE("Linking to a trashed company, to a person or linking a company fails and changes no one")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    const qint64 acme = addCompany(contacts, u"Acme"_s);
    const qint64 other = addCompany(contacts, u"Other"_s);
    const qint64 gerd = addPerson(contacts, u"Gerd"_s);
    const qint64 hanna = addPerson(contacts, u"Hanna"_s);
    KONTOR_REQUIRE_OK(contacts.moveToTrash({acme}));

    auto trashed = contacts.setCompany({gerd}, acme);
    REQUIRE_FALSE(trashed.has_value());
    CHECK(trashed.error().code == Error::Code::NotFound);
    auto unknown = contacts.setCompany({gerd}, acme + 1000);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == Error::Code::NotFound);
    auto toPerson = contacts.setCompany({gerd}, hanna);
    REQUIRE_FALSE(toPerson.has_value());
    CHECK(toPerson.error().code == Error::Code::Invalid);
    auto companyInList = contacts.setCompany({gerd, other}, other);
    REQUIRE_FALSE(companyInList.has_value());
    CHECK(companyInList.error().code == Error::Code::Invalid);
    CHECK(contacts.load(gerd)->companyId == 0);
    CHECK(auditRows(t, u"contact"_s, u"company"_s).isEmpty());
}
