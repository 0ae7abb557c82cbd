#include "ImportService.h"

#include "CsvWriter.h"
#include "CustomFieldService.h"
#include "ImportMappingStore.h"
#include "ImportServiceTestSupport.h"
#include "JobService.h"
#include "TableReader.h"
#include "UserService.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kPeopleTargets{u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"company"_s};
const QString kPeopleHeader = u"Vorname,Nachname,E-Mail,Telefon,Firma\n"_s;

// `count` valid people, the n-th with e-mail person<n>@example.de; `bad` (1-based file rows) get a broken
// e-mail address instead.
QString people(int count, const QList<int> &badRows = {})
{
    QString text = kPeopleHeader;
    for (int i = 1; i <= count; ++i) {
        const int fileRow = i + 1;
        const QString email
            = badRows.contains(fileRow) ? u"person%1@@example"_s.arg(i) : u"person%1@example.de"_s.arg(i);
        text += u"Vorname%1,Nachname%1,%2,,\n"_s.arg(i).arg(email);
    }
    return text;
}
} // namespace

TEST_CASE("The review counts new rows and lists each problem with its file row and column")
{
    TestDatabase t;
    const QString path = writeImportFile(t,
        u"review.csv"_s,
        u"Vorname,Nachname,E-Mail,Geburtstag\n"
        "Anna,Berg,anna@example.de,01.02.1980\n"
        "Bernd,Christ,bernd@@example,\n"
        ",Dorn,dorn@example.de,\n"
        "Erika,Engel,erika@example.de,31.02.1975\n"
        "Frank,Fuchs,frank@example.de,\n"_s);
    ImportService svc(t.db(), t.session());
    auto review = svc.review(path, importOptions({u"first_name"_s, u"last_name"_s, u"email"_s, u"birthday"_s}));
    KONTOR_REQUIRE_OK(review);
    CHECK(review->rows == 5);
    CHECK(review->invalid == 3);
    CHECK(review->toCreate == 2);
    CHECK(review->duplicates == 0);
    CHECK(review->dateOrder == DateOrder::DayMonthYear);
    REQUIRE(review->problems.size() == 3);
    CHECK(review->problems.at(0).row == 3);
    CHECK(review->problems.at(0).column == 2);
    CHECK(review->problems.at(0).columnName == u"E-Mail"_s);
    CHECK(review->problems.at(0).field == u"emails"_s);
    CHECK(review->problems.at(0).value == u"bernd@@example"_s);
    CHECK(review->problems.at(1).row == 4);
    CHECK(review->problems.at(1).field == u"first_name"_s);
    CHECK(review->problems.at(1).column == 0);
    CHECK(review->problems.at(1).columnName == u"Vorname"_s);
    CHECK(review->problems.at(2).row == 5);
    CHECK(review->problems.at(2).column == 3);
    CHECK_FALSE(review->problems.at(2).reason.isEmpty());
    CHECK(t.rows(u"contacts"_s) == 0);
    CHECK(t.rows(u"jobs"_s) == 0);
}

TEST_CASE("By default an invalid e-mail in row 17 rejects the whole file and writes nothing")
{
    TestDatabase t;
    const QString path = writeImportFile(t, u"people.csv"_s, people(30, {17}));
    ImportService svc(t.db(), t.session());
    auto report = svc.run(path, importOptions(kPeopleTargets));
    KONTOR_REQUIRE_OK(report);
    CHECK(report->rejected);
    CHECK(report->jobId == 0);
    CHECK(report->created == 0);
    CHECK(report->failed == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().row == 17);
    CHECK(report->problems.first().column == 2);
    CHECK(report->problems.first().columnName == u"E-Mail"_s);
    CHECK(t.rows(u"contacts"_s) == 0);
    CHECK(t.rows(u"jobs"_s) == 0);
    CHECK(t.rows(u"audit_log"_s) == 0);
}

TEST_CASE("With skipInvalid the valid rows are imported and the bad one is listed as failed")
{
    TestDatabase t;
    const QString path = writeImportFile(t, u"people.csv"_s, people(30, {17}));
    ImportService svc(t.db(), t.session());
    ImportOptions options = importOptions(kPeopleTargets);
    options.skipInvalid = true;
    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK_FALSE(report->rejected);
    CHECK(report->jobId > 0);
    CHECK(report->created == 29);
    CHECK(report->failed == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().row == 17);
    CHECK(aliveContacts(t, ContactKind::Person) == 29);
    CHECK_FALSE(contactByEmail(t, u"person16@example.de"_s).has_value());

    JobService jobs(t.db(), t.session());
    auto job = jobs.byId(report->jobId);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->status == JobStatus::Done);
    CHECK(job->type == u"import"_s);
    CHECK(job->name == u"Import of people.csv"_s);
    CHECK(job->succeeded == 29);
    CHECK(job->failed == 1);
    CHECK(job->chunksDone == 1);
    CHECK(job->params.value(u"onDuplicate"_s).toString() == u"skip"_s);
    CHECK(job->params.value(u"fileName"_s).toString() == u"people.csv"_s);
    auto failed = jobs.items(report->jobId, {JobItemOutcome::Failed});
    KONTOR_REQUIRE_OK(failed);
    REQUIRE(failed->size() == 1);
    CHECK(failed->first().sourceRow == 17);
    CHECK(failed->first().column == u"E-Mail"_s);
    CHECK(failed->first().data.value(2) == u"person16@@example"_s);
    // The changes carry the batch: the audit log and the change log know which import wrote them.
    CHECK(countOf(t, u"SELECT count(*) FROM audit_log WHERE batch_id = %1 AND origin = 'import'"_s.arg(report->jobId))
        == 29);
}

TEST_CASE("Duplicates are skipped by default, also within the file, matched by e-mail and then by phone")
{
    TestDatabase t;
    ContactService contacts(t.db(), t.session());
    contacts.setDefaultRegion(u"DE"_s);
    Contact existing;
    existing.firstName = u"Anna"_s;
    existing.lastName = u"Alt"_s;
    existing.emails = {{u"Anna@Example.de"_s, {}, true}};
    existing.phones = {{u"030 1234567"_s, {}, {}, true}};
    KONTOR_REQUIRE_OK(contacts.create(existing));

    const QString path = writeImportFile(t,
        u"dups.csv"_s,
        kPeopleHeader
            + u"Anna,Neu,anna@example.de,,\n"
              "Berta,Phone,,+49 30 1234567,\n"
              "Carl,Eins,carl@example.de,,\n"
              "Carl,Zwei,CARL@example.de,,\n"
              "Dora,Frei,dora@example.de,,\n"_s);
    ImportService svc(t.db(), t.session());
    auto review = svc.review(path, importOptions(kPeopleTargets));
    KONTOR_REQUIRE_OK(review);
    CHECK(review->rows == 5);
    CHECK(review->duplicates == 3);
    CHECK(review->skipped == 3);
    CHECK(review->toCreate == 2);

    auto report = svc.run(path, importOptions(kPeopleTargets));
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 2);
    CHECK(report->skipped == 3);
    CHECK(aliveContacts(t, ContactKind::Person) == 3);
    auto anna = contactByEmail(t, u"anna@example.de"_s);
    REQUIRE(anna);
    CHECK(anna->lastName == u"Alt"_s);
    auto carl = contactByEmail(t, u"carl@example.de"_s);
    REQUIRE(carl);
    CHECK(carl->lastName == u"Eins"_s);
}

TEST_CASE("The update policy fills existing contacts and merges duplicates within the file")
{
    TestDatabase t;
    ContactService contacts(t.db(), t.session());
    contacts.setDefaultRegion(u"DE"_s);
    Contact existing;
    existing.firstName = u"Anna"_s;
    existing.lastName = u"Alt"_s;
    existing.jobTitle = u"Einkauf"_s;
    existing.emails = {{u"anna@example.de"_s, {}, true}};
    existing.tags = {u"Kunde"_s};
    auto anna = contacts.create(existing);
    KONTOR_REQUIRE_OK(anna);

    const QString path = writeImportFile(t,
        u"update.csv"_s,
        u"Vorname,Nachname,E-Mail,Telefon,Position\n"
        "Anna,Neu,anna@example.de,030 7654321,\n"
        "Carl,Eins,carl@example.de,,\n"
        "Carl,,carl@example.de,0171 2223334,Leiter\n"_s);
    ImportService svc(t.db(), t.session());
    ImportOptions options = importOptions({u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"job_title"_s});
    options.onDuplicate = DuplicatePolicy::Update;
    options.tag = u"Messe 2025"_s;
    auto review = svc.review(path, options);
    KONTOR_REQUIRE_OK(review);
    CHECK(review->toUpdate == 2);
    CHECK(review->toCreate == 1);

    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 1);
    CHECK(report->updated == 2);
    auto updated = contacts.load(anna->id);
    KONTOR_REQUIRE_OK(updated);
    CHECK(updated->lastName == u"Neu"_s);
    CHECK(updated->jobTitle == u"Einkauf"_s); // empty cells never erase
    REQUIRE(updated->phones.size() == 1);
    CHECK(updated->phones.first().e164 == u"+49307654321"_s);
    CHECK(updated->tags == QStringList{u"Kunde"_s, u"Messe 2025"_s});
    auto carl = contactByEmail(t, u"carl@example.de"_s);
    REQUIRE(carl);
    CHECK(carl->lastName == u"Eins"_s);
    CHECK(carl->jobTitle == u"Leiter"_s);
    REQUIRE(carl->phones.size() == 1);
    CHECK(aliveContacts(t, ContactKind::Person) == 2);

    auto items = JobService(t.db(), t.session()).items(report->jobId, {JobItemOutcome::Updated});
    KONTOR_REQUIRE_OK(items);
    REQUIRE(items->size() == 2);
    CHECK(items->first().contactId == anna->id);
    CHECK(items->first().before.value(u"last_name"_s).toString() == u"Alt"_s);
    CHECK(items->first().after.value(u"last_name"_s).toString() == u"Neu"_s);
    CHECK_FALSE(items->first().before.contains(u"phones"_s));
    CHECK(items->first().after.contains(u"phones"_s));
    CHECK_FALSE(items->first().after.contains(u"job_title"_s));
}

TEST_CASE("The create policy imports duplicates as new contacts")
{
    TestDatabase t;
    const QString path = writeImportFile(
        t, u"create.csv"_s, kPeopleHeader + u"Anna,Eins,anna@example.de,,\nAnna,Zwei,anna@example.de,,\n"_s);
    ImportService svc(t.db(), t.session());
    ImportOptions options = importOptions(kPeopleTargets);
    options.onDuplicate = DuplicatePolicy::Create;
    auto review = svc.review(path, options);
    KONTOR_REQUIRE_OK(review);
    CHECK(review->duplicates == 1);
    CHECK(review->toCreate == 2);
    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 2);
    CHECK(aliveContacts(t, ContactKind::Person) == 2);
}

TEST_CASE("Müller GmbH, Mueller GmbH and müller gmbh link to one company, created once")
{
    TestDatabase t;
    ContactService contacts(t.db(), t.session());
    Contact schmidt;
    schmidt.kind = ContactKind::Company;
    schmidt.displayName = u"Schmidt & Partner AG"_s;
    auto existing = contacts.create(schmidt);
    KONTOR_REQUIRE_OK(existing);

    const QString path = writeImportFile(t,
        u"companies.csv"_s,
        kPeopleHeader
            + u"Anna,Eins,a@example.de,,Müller GmbH\n"
              "Bert,Zwei,b@example.de,,Mueller GmbH\n"
              "Cara,Drei,c@example.de,,müller gmbh\n"
              "Dirk,Vier,d@example.de,,schmidt & partner\n"_s);
    ImportService svc(t.db(), t.session());
    auto review = svc.review(path, importOptions(kPeopleTargets));
    KONTOR_REQUIRE_OK(review);
    CHECK(review->companiesToCreate == 1);

    auto report = svc.run(path, importOptions(kPeopleTargets));
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 4);
    CHECK(report->companiesCreated == 1);
    CHECK(aliveContacts(t, ContactKind::Company) == 2);
    auto anna = contactByEmail(t, u"a@example.de"_s);
    auto bert = contactByEmail(t, u"b@example.de"_s);
    auto cara = contactByEmail(t, u"c@example.de"_s);
    auto dirk = contactByEmail(t, u"d@example.de"_s);
    REQUIRE((anna && bert && cara && dirk));
    CHECK(anna->companyId != 0);
    CHECK(anna->companyName == u"Müller GmbH"_s);
    CHECK(bert->companyId == anna->companyId);
    CHECK(cara->companyId == anna->companyId);
    CHECK(dirk->companyId == existing->id);
}

TEST_CASE("The import's tag and owner go to every contact; an owner column names users, unknown ones are problems")
{
    TestDatabase t;
    auto petra = UserService(t.db()).create(u"Petra Vogel"_s, u"petra@example.de"_s);
    KONTOR_REQUIRE_OK(petra);
    auto max = UserService(t.db()).create(u"Max Ott"_s, u"max@example.de"_s);
    KONTOR_REQUIRE_OK(max);
    const QString path = writeImportFile(t,
        u"owners.csv"_s,
        u"Vorname,E-Mail,Betreuer\n"
        "Anna,a@example.de,Petra Vogel\n"
        "Bert,b@example.de,PETRA@example.de\n"
        "Cara,c@example.de,\n"
        "Dirk,d@example.de,Niemand\n"_s);
    ImportService svc(t.db(), t.session());
    ImportOptions options = importOptions({u"first_name"_s, u"email"_s, u"owner"_s});
    options.tag = u"Messe 2025"_s;
    options.ownerId = max->id;
    auto rejected = svc.run(path, options);
    KONTOR_REQUIRE_OK(rejected);
    CHECK(rejected->rejected);
    REQUIRE(rejected->problems.size() == 1);
    CHECK(rejected->problems.first().row == 5);
    CHECK(rejected->problems.first().field == u"owner"_s);
    CHECK(rejected->problems.first().columnName == u"Betreuer"_s);

    options.skipInvalid = true;
    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 3);
    auto anna = contactByEmail(t, u"a@example.de"_s);
    auto bert = contactByEmail(t, u"b@example.de"_s);
    auto cara = contactByEmail(t, u"c@example.de"_s);
    REQUIRE((anna && bert && cara));
    CHECK(anna->ownerId == petra->id);
    CHECK(bert->ownerId == petra->id);
    CHECK(cara->ownerId == max->id);
    CHECK(cara->tags == QStringList{u"Messe 2025"_s});
    CHECK(anna->tags == QStringList{u"Messe 2025"_s});
}

TEST_CASE("Without an owner the contacts belong to the importing user")
{
    TestDatabase t;
    const QString path = writeImportFile(t, u"plain.csv"_s, people(2));
    auto report = ImportService(t.db(), t.session()).run(path, importOptions(kPeopleTargets));
    KONTOR_REQUIRE_OK(report);
    auto p = contactByEmail(t, u"person1@example.de"_s);
    REQUIRE(p);
    CHECK(p->ownerId == t.session().userId);
}

TEST_CASE("A mapping the user adjusted is used for the next file with the same header")
{
    TestDatabase t;
    const QString header = u"Spalte A,Spalte B,Spalte C\n"_s;
    const QString first = writeImportFile(t, u"first.csv"_s, header + u"Anna,Berg,anna@example.de\n"_s);
    const QString second = writeImportFile(t, u"second.csv"_s, header + u"Bert,Christ,bert@example.de\n"_s);
    ImportService svc(t.db(), t.session());
    const ImportMapping adjusted = mappingOf({u"first_name"_s, u"last_name"_s, u"email"_s});

    auto probed = svc.probe(second);
    KONTOR_REQUIRE_OK(probed);
    auto before = svc.suggestMapping(*probed, ContactKind::Person);
    KONTOR_REQUIRE_OK(before);
    CHECK(*before != adjusted);

    ImportOptions options;
    options.mapping = adjusted;
    options.rememberMapping = true;
    KONTOR_REQUIRE_OK(svc.run(first, options));

    auto after = svc.suggestMapping(*probed, ContactKind::Person);
    KONTOR_REQUIRE_OK(after);
    CHECK(*after == adjusted);
    // Without a mapping in the options the remembered one is used.
    auto report = svc.run(second, ImportOptions());
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 1);
    auto bert = contactByEmail(t, u"bert@example.de"_s);
    REQUIRE(bert);
    CHECK(bert->lastName == u"Christ"_s);
}

TEST_CASE("A column mapped to a new custom field creates a text field, or reuses one of that name")
{
    TestDatabase t;
    const QString path = writeImportFile(t,
        u"custom.csv"_s,
        u"Vorname,E-Mail,Lieblingsfarbe,Kundennummer\n"
        "Anna,a@example.de,Blau,K-1\n"
        "Bert,b@example.de,,K-2\n"_s);
    CustomField number;
    number.name = u"Kundennummer"_s;
    auto existing = CustomFieldService(t.db(), t.session()).createField(number);
    KONTOR_REQUIRE_OK(existing);

    ImportOptions options = importOptions({u"first_name"_s, u"email"_s, u"custom.new"_s, u"custom.new"_s});
    options.mapping->columns[2].label = u"Lieblingsfarbe"_s;
    options.mapping->columns[3].label = u"Kundennummer"_s;
    ImportService svc(t.db(), t.session());
    auto review = svc.review(path, options);
    KONTOR_REQUIRE_OK(review);
    CHECK(review->invalid == 0);
    CHECK_FALSE(CustomFieldService(t.db(), t.session()).fieldByName(u"Lieblingsfarbe"_s).has_value());

    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 2);
    auto colour = CustomFieldService(t.db(), t.session()).fieldByName(u"Lieblingsfarbe"_s);
    KONTOR_REQUIRE_OK(colour);
    CHECK(colour->type == CustomFieldType::Text);
    auto fields = CustomFieldService(t.db(), t.session()).fields();
    KONTOR_REQUIRE_OK(fields);
    CHECK(fields->size() == 2);
    auto anna = contactByEmail(t, u"a@example.de"_s);
    REQUIRE(anna);
    CHECK(anna->customValues.value(colour->id) == u"Blau"_s);
    CHECK(anna->customValues.value(existing->id) == u"K-1"_s);
}

TEST_CASE("Cancelling in the middle of an import leaves nothing of it")
{
    TestDatabase t;
    const QString path = writeImportFile(t, u"big.csv"_s, [] {
        QString text = kPeopleHeader;
        for (int i = 1; i <= 2500; ++i) {
            text += u"Vorname%1,Nachname%1,p%1@example.de,,Firma %2\n"_s.arg(i).arg(i % 7);
        }
        return text;
    }());
    std::atomic_bool cancel = false;
    qint64 reports = 0;
    JobProgress progress;
    progress.cancel = &cancel;
    progress.report = [&](qint64 done, qint64 total) {
        ++reports;
        CHECK(total >= done);
        if (done >= ImportService::ChunkRows) {
            cancel = true; // after the first chunk has been committed
        }
    };
    ImportOptions options = importOptions(kPeopleTargets);
    options.skipInvalid = true;
    auto report = ImportService(t.db(), t.session()).run(path, options, progress);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->cancelled);
    CHECK(reports == 1);
    CHECK(aliveContacts(t, ContactKind::Person) == 0);
    CHECK(aliveContacts(t, ContactKind::Company) == 0);
    CHECK(t.rows(u"contacts"_s) == 0);
    auto job = JobService(t.db(), t.session()).byId(report->jobId);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->status == JobStatus::Cancelled);
}

TEST_CASE("The failed rows are saved as CSV with the original header and a reason column")
{
    TestDatabase t;
    const QString path = writeImportFile(t,
        u"failed.csv"_s,
        kPeopleHeader
            + u"Anna,Berg,anna@example.de,,\n"
              "Bernd,\"Christ, Jr.\",bernd@@example,,\n"
              ",Dorn,dorn@example.de,=1+2,\n"_s);
    ImportService svc(t.db(), t.session());
    ImportOptions options = importOptions(kPeopleTargets);
    options.skipInvalid = true;
    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 1);
    CHECK(report->failed == 2);

    const QString out = t.dir() + u"/failed-rows.csv"_s;
    auto written = svc.saveFailedRows(report->jobId, out);
    KONTOR_REQUIRE_OK(written);
    CHECK(*written == 2);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == u"Vorname,Nachname,E-Mail,Telefon,Firma,Reason"_s);
    CHECK(lines.at(1).startsWith(u"Bernd,\"Christ, Jr.\",bernd@@example,,,"_s));
    CHECK(lines.at(1).contains(u"bernd@@example"_s));
    CHECK(lines.at(2).startsWith(u",Dorn,dorn@example.de,'=1+2,,"_s));

    // The file goes back into the importer: same columns, the reason as an extra one.
    auto probed = TableReader::probe(out);
    KONTOR_REQUIRE_OK(probed);
    CHECK(probed->headers.size() == 6);
    REQUIRE(probed->sample.size() == 2);
    CHECK(probed->sample.at(0).cells.value(1) == u"Christ, Jr."_s);
}

TEST_CASE("A bad file fails with the reader's error naming the file, and nothing is written")
{
    TestDatabase t;
    const QString path = writeImportFile(t, u"broken.csv"_s, QByteArray("Vorname,E-Mail\nAnna,\"a@example.de\n"));
    auto report = ImportService(t.db(), t.session()).run(path, importOptions({u"first_name"_s, u"email"_s}));
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().location.file == u"broken.csv"_s);
    CHECK(t.rows(u"contacts"_s) == 0);
    CHECK(t.rows(u"jobs"_s) == 0);
}

TEST_CASE("Cells fixed and rows skipped in the review make a rejected file importable")
{
    TestDatabase t;
    const QString path = writeImportFile(t,
        u"fix.csv"_s,
        kPeopleHeader
            + u"Anna,Berg,anna@example.de,,\n"
              "Bernd,Christ,bernd@@example,,\n"
              ",Dorn,dorn@example.de,,\n"_s);
    ImportService svc(t.db(), t.session());
    ImportOptions options = importOptions(kPeopleTargets);
    auto before = svc.review(path, options);
    KONTOR_REQUIRE_OK(before);
    CHECK(before->invalid == 2);

    options.fixes = {CellFix{3, 2, u"bernd@example.de"_s}};
    options.skipRows = {4};
    auto review = svc.review(path, options);
    KONTOR_REQUIRE_OK(review);
    CHECK(review->invalid == 0);
    CHECK(review->skipped == 1);
    CHECK(review->toCreate == 2);
    auto report = svc.run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK_FALSE(report->rejected);
    CHECK(report->created == 2);
    CHECK(report->skipped == 1);
    CHECK(contactByEmail(t, u"bernd@example.de"_s).has_value());
    auto skipped = JobService(t.db(), t.session()).items(report->jobId, {JobItemOutcome::Skipped});
    KONTOR_REQUIRE_OK(skipped);
    REQUIRE(skipped->size() == 1);
    CHECK(skipped->first().sourceRow == 4);
}

TEST_CASE("A kind column imports companies and persons from one file and links persons to the company rows")
{
    TestDatabase t;
    const QString path = writeImportFile(t,
        u"mixed.csv"_s,
        u"Art,Name,Vorname,Nachname,Firma,E-Mail\n"
        "Person,,Anna,Berg,Nordwind GmbH,anna@nordwind.example\n"
        "Firma,Nordwind GmbH,,,,info@nordwind.example\n"
        "Person,,Bert,Christ,nordwind,bert@nordwind.example\n"_s);
    ImportOptions options
        = importOptions({u"kind"_s, u"name"_s, u"first_name"_s, u"last_name"_s, u"company"_s, u"email"_s});
    auto report = ImportService(t.db(), t.session()).run(path, options);
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 3);
    CHECK(report->companiesCreated == 0);
    const auto company = contactByEmail(t, u"info@nordwind.example"_s, ContactKind::Company);
    REQUIRE(company);
    CHECK(aliveContacts(t, ContactKind::Company) == 1);
    CHECK(contactByEmail(t, u"anna@nordwind.example"_s)->companyId == company->id);
    CHECK(contactByEmail(t, u"bert@nordwind.example"_s)->companyId == company->id);
}
