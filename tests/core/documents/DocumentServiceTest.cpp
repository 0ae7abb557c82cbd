#include "DocumentService.h"

#include "ContactService.h"
#include "DocumentStore.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addPerson(ContactService &svc, const QString &first)
{
    Contact c;
    c.firstName = first;
    c.lastName = u"Beispiel"_s;
    auto r = svc.create(c);
    KONTOR_REQUIRE_OK(r);
    return r->id;
}

// A file in the test's folder, outside the document store.
QString writeFile(Test::TestDatabase &t, const QString &name, const QByteArray &content)
{
    QDir(t.dir()).mkpath(u"incoming"_s);
    const QString path = QDir(t.dir()).filePath(u"incoming/"_s + name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList blobs(Test::TestDatabase &t)
{
    return DocumentStore(DocumentStore::rootFor(t.db())).storedHashes();
}

QStringList names(const Result<QList<Document>> &documents)
{
    KONTOR_REQUIRE_OK(documents);
    QStringList out;
    for (const Document &d : *documents) {
        out << d.name;
    }
    return out;
}

DocumentFilter ofContact(qint64 contactId, bool trashed = false)
{
    DocumentFilter filter;
    filter.contactId = contactId;
    filter.trashed = trashed;
    return filter;
}

QStringList auditActions(Test::TestDatabase &t, const QString &uuid)
{
    QSqlQuery q(t.db().connection());
    q.prepare(u"SELECT action FROM audit_log WHERE entity = 'document' AND record_uuid = ? ORDER BY id"_s);
    q.addBindValue(uuid);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}
} // namespace

TEST_CASE("The same file attached to two contacts is stored once and both documents open it")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    const QByteArray content = "Offer 2026-17: 12 chairs, 3 tables.\n";
    const QString path = writeFile(t, u"offer.txt"_s, content);
    QList<ChangeSet> committed;
    t.db().setCommitObserver([&committed](const ChangeSet &c) { committed << c; });

    t.clock().advanceMs(5000);
    auto first = documents.add(anna, path, Document::Category::Sent);
    KONTOR_REQUIRE_OK(first);
    auto second = documents.add(ben, path, Document::Category::Received, u"Offer from Anna.txt"_s);
    KONTOR_REQUIRE_OK(second);

    CHECK(first->name == u"offer.txt"_s);
    CHECK(first->category == Document::Category::Sent);
    CHECK(first->size == content.size());
    CHECK(first->mimeType == u"text/plain"_s);
    CHECK(first->createdAt == t.clock().nowMs());
    CHECK_FALSE(first->createdByName.isEmpty());
    CHECK(second->name == u"Offer from Anna.txt"_s);
    CHECK(first->sha256 == second->sha256);
    CHECK(first->sha256.size() == 64);
    CHECK(blobs(t) == QStringList{first->sha256});
    CHECK(t.rows(u"documents"_s) == 2);
    // No temporary copy is left beside the stored content.
    CHECK(QDir(DocumentStore::rootFor(t.db())).entryList(QDir::Files | QDir::Hidden).isEmpty());
    const QString stored = DocumentStore(DocumentStore::rootFor(t.db())).pathOf(first->sha256);
    CHECK(stored == t.path() + u".documents/"_s + first->sha256.left(2) + u'/' + first->sha256);

    auto openFirst = documents.filePath(first->id);
    auto openSecond = documents.filePath(second->id);
    KONTOR_REQUIRE_OK(openFirst);
    KONTOR_REQUIRE_OK(openSecond);
    CHECK(*openFirst == *openSecond);
    CHECK(readFile(*openFirst) == content);

    REQUIRE(committed.size() == 2);
    CHECK(committed.at(0).otherEntities.contains(u"document"_s));
    CHECK(committed.at(0).updatedContacts.contains(anna));
    CHECK(contacts.load(anna)->lastActivityAt == t.clock().nowMs());
    CHECK(auditActions(t, first->uuid) == QStringList{u"create"_s});
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM change_log WHERE entity = 'document' AND field = '*'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}

TEST_CASE("A document moved to the trash leaves the list and comes back when restored")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    auto contract = documents.add(anna, writeFile(t, u"contract.pdf"_s, "%PDF-1.4 contract"));
    KONTOR_REQUIRE_OK(contract);
    auto notes = documents.add(anna, writeFile(t, u"notes.txt"_s, "notes"));
    KONTOR_REQUIRE_OK(notes);

    t.clock().advanceMs(1000);
    auto trashed = documents.moveToTrash(contract->id);
    KONTOR_REQUIRE_OK(trashed);
    CHECK(trashed->deletedAt == t.clock().nowMs());
    CHECK(trashed->deletedBy == t.session().userId);
    CHECK(names(documents.list(ofContact(anna))) == QStringList{u"notes.txt"_s});
    const DocumentFilter inTrash = ofContact(anna, true);
    CHECK(names(documents.list(inTrash)) == QStringList{u"contract.pdf"_s});
    CHECK(documents.filePath(contract->id).has_value()); // the content stays while it is in the trash

    auto restored = documents.restore(contract->id);
    KONTOR_REQUIRE_OK(restored);
    CHECK(restored->deletedAt == 0);
    CHECK(names(documents.list(ofContact(anna))) == QStringList{u"notes.txt"_s, u"contract.pdf"_s});
    CHECK(names(documents.list(inTrash)).isEmpty());
    CHECK(auditActions(t, contract->uuid) == QStringList{u"create"_s, u"trash"_s, u"restore"_s});

    Document renamed = *restored;
    renamed.name = u"Contract signed.pdf"_s;
    renamed.category = Document::Category::Received;
    auto updated = documents.update(renamed);
    KONTOR_REQUIRE_OK(updated);
    CHECK(updated->name == u"Contract signed.pdf"_s);
    CHECK(updated->category == Document::Category::Received);
    renamed.name = u"../escape.pdf"_s;
    auto bad = documents.update(renamed);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().location.field == u"name"_s);
    CHECK(documents.moveToTrash(4711).error().code == Error::Code::NotFound);
}

TEST_CASE("A trashed contact's documents leave every list and come back when the contact is restored")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    KONTOR_REQUIRE_OK(documents.add(anna, writeFile(t, u"anna.txt"_s, "a")));
    KONTOR_REQUIRE_OK(documents.add(ben, writeFile(t, u"ben.txt"_s, "b")));

    KONTOR_REQUIRE_OK(contacts.moveToTrash({anna}));
    CHECK(names(documents.list({})) == QStringList{u"ben.txt"_s});
    CHECK(names(documents.list(ofContact(anna))).isEmpty());
    auto onTrashed = documents.add(anna, writeFile(t, u"late.txt"_s, "late"));
    REQUIRE_FALSE(onTrashed.has_value());
    CHECK(onTrashed.error().code == Error::Code::NotFound);
    CHECK(t.rows(u"documents"_s) == 2);
    CHECK(blobs(t).size() == 2); // the refused file was not stored

    KONTOR_REQUIRE_OK(contacts.restore({anna}));
    CHECK(names(documents.list({})) == QStringList{u"ben.txt"_s, u"anna.txt"_s});
    CHECK(names(documents.list(ofContact(anna))) == QStringList{u"anna.txt"_s});
}

TEST_CASE("Purging after 61 days removes the document and its content but keeps content another document uses")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const qint64 ben = addPerson(contacts, u"Ben"_s);
    const QString shared = writeFile(t, u"price list.pdf"_s, "%PDF shared price list");
    auto annasCopy = documents.add(anna, shared);
    auto bensCopy = documents.add(ben, shared);
    auto own = documents.add(anna, writeFile(t, u"letter.txt"_s, "only Anna's"));
    KONTOR_REQUIRE_OK(annasCopy);
    KONTOR_REQUIRE_OK(bensCopy);
    KONTOR_REQUIRE_OK(own);
    KONTOR_REQUIRE_OK(documents.moveToTrash(annasCopy->id));
    KONTOR_REQUIRE_OK(documents.moveToTrash(own->id));
    CHECK(blobs(t).size() == 2);

    t.clock().advanceDays(59);
    auto early = documents.purgeExpired();
    KONTOR_REQUIRE_OK(early);
    CHECK(*early == 0);
    CHECK(t.rows(u"documents"_s) == 3);

    t.clock().advanceDays(2);
    auto purged = documents.purgeExpired();
    KONTOR_REQUIRE_OK(purged);
    CHECK(*purged == 2);
    CHECK(t.rows(u"documents"_s) == 1);
    CHECK(blobs(t) == QStringList{bensCopy->sha256});
    CHECK(documents.byId(own->id).error().code == Error::Code::NotFound);
    auto open = documents.filePath(bensCopy->id);
    KONTOR_REQUIRE_OK(open);
    CHECK(readFile(*open) == "%PDF shared price list");
    CHECK(auditActions(t, own->uuid).last() == u"purge"_s);
}

TEST_CASE("Purging removes the content of documents whose contact was purged")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    auto doc = documents.add(anna, writeFile(t, u"cv.txt"_s, "curriculum vitae"));
    KONTOR_REQUIRE_OK(doc);
    KONTOR_REQUIRE_OK(contacts.moveToTrash({anna}));
    KONTOR_REQUIRE_OK(contacts.purge({anna}));
    CHECK(t.rows(u"documents"_s) == 0); // the rows went with the contact
    CHECK(blobs(t).size() == 1);

    auto purged = documents.purgeExpired();
    KONTOR_REQUIRE_OK(purged);
    CHECK(*purged == 0);
    CHECK(blobs(t).isEmpty());
}

TEST_CASE("A file over the size limit is refused with its name and the limit, and nothing is written")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session(), 1024 * 1024);
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    const QString big = writeFile(t, u"scan.tiff"_s, QByteArray(1024 * 1024 + 1, 'x'));

    auto refused = documents.add(anna, big);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Invalid);
    CHECK(refused.error().message.contains(u"scan.tiff"_s));
    CHECK(refused.error().message.contains(u"1 MB"_s));
    CHECK(t.rows(u"documents"_s) == 0);
    CHECK(t.rows(u"audit_log WHERE entity = 'document'"_s) == 0);
    CHECK(blobs(t).isEmpty());
    CHECK_FALSE(QDir(DocumentStore::rootFor(t.db())).exists());

    const QString exact = writeFile(t, u"fits.bin"_s, QByteArray(1024 * 1024, 'y'));
    KONTOR_REQUIRE_OK(documents.add(anna, exact));
}

TEST_CASE("A file that cannot be read is refused with an error naming it")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);

    const QString missing = QDir(t.dir()).filePath(u"gone/report.pdf"_s);
    auto refused = documents.add(anna, missing);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Io);
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(missing)));

    auto folder = documents.add(anna, t.dir());
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().code == Error::Code::Io);
    CHECK(folder.error().message.contains(QDir::toNativeSeparators(t.dir())));

    CHECK(documents.add(anna + 100, writeFile(t, u"x.txt"_s, "x")).error().code == Error::Code::NotFound);
    CHECK(t.rows(u"documents"_s) == 0);
    CHECK(blobs(t).isEmpty());
}

TEST_CASE("Documents are found by part of their name regardless of case and umlaut spelling")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    DocumentService documents(t.db(), t.session());
    const qint64 anna = addPerson(contacts, u"Anna"_s);
    KONTOR_REQUIRE_OK(documents.add(anna, writeFile(t, u"Ärger mit Lieferung.pdf"_s, "1")));
    t.clock().advanceMs(1);
    KONTOR_REQUIRE_OK(documents.add(anna, writeFile(t, u"Angebot Mueller.pdf"_s, "2")));
    t.clock().advanceMs(1);
    KONTOR_REQUIRE_OK(documents.add(anna, writeFile(t, u"Straße_50%.txt"_s, "3")));

    const auto found = [&](const QString &search) {
        DocumentFilter filter;
        filter.search = search;
        return names(documents.list(filter));
    };
    CHECK(found(u"aerger"_s) == QStringList{u"Ärger mit Lieferung.pdf"_s});
    CHECK(found(u"ÄRGER"_s) == QStringList{u"Ärger mit Lieferung.pdf"_s});
    CHECK(found(u"arger"_s) == QStringList{u"Ärger mit Lieferung.pdf"_s});
    CHECK(found(u"müller"_s) == QStringList{u"Angebot Mueller.pdf"_s});
    CHECK(found(u"mueller angebot"_s) == QStringList{u"Angebot Mueller.pdf"_s});
    CHECK(found(u"strasse"_s) == QStringList{u"Straße_50%.txt"_s});
    CHECK(found(u"50%"_s) == QStringList{u"Straße_50%.txt"_s});
    CHECK(found(u".PDF"_s) == QStringList{u"Angebot Mueller.pdf"_s, u"Ärger mit Lieferung.pdf"_s});
    CHECK(found(u"_"_s) == QStringList{u"Straße_50%.txt"_s});
    CHECK(found(u"invoice"_s).isEmpty());
}
