#include "ImportService.h"
#include "ImportServiceTestSupport.h"
#include "JobRepository.h"
#include "JobService.h"
#include "UnitOfWork.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kTargets{u"first_name"_s, u"last_name"_s, u"email"_s, u"job_title"_s, u"company"_s};

// An existing person (Anna Alt, buyer at Alt AG) and a file that updates her, creates Bert at the new
// company Neu GmbH, and links Cara to the existing Alt AG.
struct UndoFixture
{
    UndoFixture()
        : contacts(t.db(), t.session())
    {
        contacts.setDefaultRegion(u"DE"_s);
        Contact company;
        company.kind = ContactKind::Company;
        company.displayName = u"Alt AG"_s;
        auto alt = contacts.create(company);
        KONTOR_REQUIRE_OK(alt);
        altId = alt->id;
        Contact anna;
        anna.firstName = u"Anna"_s;
        anna.lastName = u"Alt"_s;
        anna.jobTitle = u"Einkauf"_s;
        anna.companyId = altId;
        anna.emails = {{u"anna@example.de"_s, {}, true}};
        auto created = contacts.create(anna);
        KONTOR_REQUIRE_OK(created);
        annaBefore = *created;
        path = writeImportFile(t,
            u"undo.csv"_s,
            u"Vorname,Nachname,E-Mail,Position,Firma\n"
            "Anna,Neu,anna@example.de,Leitung,\n"
            "Bert,Berg,bert@example.de,,Neu GmbH\n"
            "Cara,Christ,cara@example.de,,alt ag\n"_s);
    }

    ImportReport runImport()
    {
        ImportOptions options = importOptions(kTargets);
        options.onDuplicate = DuplicatePolicy::Update;
        options.tag = u"Import"_s;
        auto report = ImportService(t.db(), t.session()).run(path, options);
        KONTOR_REQUIRE_OK(report);
        REQUIRE(report->created == 2);
        REQUIRE(report->updated == 1);
        REQUIRE(report->companiesCreated == 1);
        return *report;
    }

    void checkUndone()
    {
        CHECK_FALSE(contactByEmail(t, u"bert@example.de"_s).has_value());
        CHECK_FALSE(contactByEmail(t, u"cara@example.de"_s).has_value());
        CHECK(aliveContacts(t, ContactKind::Company) == 1); // Neu GmbH is gone, Alt AG stays
        auto anna = ContactService(t.db(), t.session()).load(annaBefore.id);
        KONTOR_REQUIRE_OK(anna);
        CHECK(anna->lastName == u"Alt"_s);
        CHECK(anna->jobTitle == u"Einkauf"_s);
        CHECK(anna->displayName == u"Anna Alt"_s);
        CHECK(anna->tags.isEmpty());
        CHECK(anna->companyId == altId);
        auto alt = ContactService(t.db(), t.session()).load(altId);
        KONTOR_REQUIRE_OK(alt);
        CHECK(alt->deletedAt == 0);
    }

    TestDatabase t;
    ContactService contacts;
    qint64 altId = 0;
    Contact annaBefore;
    QString path;
};
} // namespace

TEST_CASE("Undoing an import removes what it created, also its companies, and reverts what it updated")
{
    UndoFixture f;
    const ImportReport report = f.runImport();
    auto anna = f.contacts.load(f.annaBefore.id);
    KONTOR_REQUIRE_OK(anna);
    CHECK(anna->lastName == u"Neu"_s);
    CHECK(anna->jobTitle == u"Leitung"_s);
    CHECK(anna->tags == QStringList{u"Import"_s});
    auto bert = contactByEmail(f.t, u"bert@example.de"_s);
    REQUIRE(bert);
    CHECK(bert->companyName == u"Neu GmbH"_s);
    auto cara = contactByEmail(f.t, u"cara@example.de"_s);
    REQUIRE(cara);
    CHECK(cara->companyId == f.altId);

    auto undone = JobService(f.t.db(), f.t.session()).undo(report.jobId);
    KONTOR_REQUIRE_OK(undone);
    CHECK(undone->removed == 3); // Bert, Cara and Neu GmbH
    CHECK(undone->reverted == 1);
    f.checkUndone();
    auto job = JobService(f.t.db(), f.t.session()).byId(report.jobId);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->status == JobStatus::Undone);
}

TEST_CASE("An import can be undone after the database was closed and opened again")
{
    UndoFixture f;
    const ImportReport report = f.runImport();
    f.t.reopen();
    auto undone = JobService(f.t.db(), f.t.session()).undo(report.jobId);
    KONTOR_REQUIRE_OK(undone);
    f.checkUndone();
}

TEST_CASE("An import cut off while running is recovered as interrupted and can be undone")
{
    UndoFixture f;
    const ImportReport report = f.runImport();
    // What a crash leaves: the job still marked running with the chunks it committed.
    {
        JobRepository jobs(f.t.db());
        auto job = jobs.byId(report.jobId);
        KONTOR_REQUIRE_OK(job);
        job->status = JobStatus::Running;
        job->finishedAt = 0;
        UnitOfWork unit(f.t.db(), f.t.session());
        KONTOR_REQUIRE_OK(unit.begin());
        KONTOR_REQUIRE_OK(jobs.saveProgress(*job));
        KONTOR_REQUIRE_OK(unit.commit());
    }
    f.t.reopen();
    JobService jobs(f.t.db(), f.t.session());
    auto running = jobs.undo(report.jobId);
    REQUIRE_FALSE(running.has_value());
    CHECK(running.error().code == Error::Code::Conflict);
    auto recovered = jobs.recoverInterrupted();
    KONTOR_REQUIRE_OK(recovered);
    CHECK(*recovered == 1);
    auto job = jobs.byId(report.jobId);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->status == JobStatus::Interrupted);
    CHECK(job->chunksDone == 1);
    KONTOR_REQUIRE_OK(jobs.undo(report.jobId));
    f.checkUndone();
}

TEST_CASE("Undoing a multi-chunk import removes every chunk it wrote")
{
    TestDatabase t;
    QString text = u"Vorname,E-Mail,Firma\n"_s;
    for (int i = 1; i <= 2100; ++i) {
        text += u"P%1,p%1@example.de,Firma %2\n"_s.arg(i).arg(i % 3);
    }
    const QString path = writeImportFile(t, u"chunks.csv"_s, text);
    auto report
        = ImportService(t.db(), t.session()).run(path, importOptions({u"first_name"_s, u"email"_s, u"company"_s}));
    KONTOR_REQUIRE_OK(report);
    CHECK(report->created == 2100);
    CHECK(report->companiesCreated == 3);
    auto job = JobService(t.db(), t.session()).byId(report->jobId);
    KONTOR_REQUIRE_OK(job);
    CHECK(job->chunksDone == 3);
    CHECK(job->processed == 2100);
    KONTOR_REQUIRE_OK(JobService(t.db(), t.session()).undo(report->jobId));
    CHECK(t.rows(u"contacts"_s) == 0);
}
