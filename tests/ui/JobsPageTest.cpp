#include "jobs/JobsPage.h"

#include "GuiFixture.h"
#include "ImportExportUiHelpers.h"
#include "JobRepository.h"
#include "jobs/JobItemsModel.h"
#include "jobs/JobListModel.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;
const QString OneInvalid = u"kunden-ein-ungueltiger.csv"_s;

QString labelText(QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

// Answers the window-modal ConfirmBox named `name` with its accepting button.
void accept(QWidget *parent, const QString &name)
{
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(name);
            return box && box->isVisible();
        },
        WaitMs));
    box->button(QMessageBox::Yes)->click();
}

} // namespace

TEST_CASE("The Bulk Actions page lists an import with its statistics and undoes it", "[jobspage]")
{
    GuiFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ImportReport report = importDirectly(f, importUiFixture(OneInvalid), true);
    REQUIRE(report.jobId > 0);
    REQUIRE(report.created == 3);
    REQUIRE(report.failed == 1);
    REQUIRE(f.count(ContactScope::Alive, int(ContactKind::Person)) == 3);

    JobsPage page(&f.storage(), f.session());
    QAbstractItemModelTester listTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester itemsTester(page.itemsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, WaitMs));
    const Job &job = page.model()->jobAt(0);
    CHECK(job.id == report.jobId);
    CHECK(job.type == u"import"_s);
    CHECK(job.status == JobStatus::Done);
    CHECK(cellText(*page.model(), 0, JobListModel::SucceededColumn) == QString::number(job.succeeded));
    CHECK(cellText(*page.model(), 0, JobListModel::FailedColumn) == u"1"_s);
    // The company the rows name is created with them (an item of the job, removed by its undo).
    const QString created = QString::number(report.created + report.companiesCreated);

    page.selectJob(report.jobId);
    REQUIRE(QTest::qWaitFor([&] { return labelText(&page, u"createdValueLabel"_s) == created; }, WaitMs));
    CHECK(labelText(&page, u"failedValueLabel"_s) == u"1"_s);
    REQUIRE(QTest::qWaitFor([&] { return page.itemsModel()->rowCount() >= 4; }, WaitMs));
    bool failedRowListed = false;
    bool annaListed = false;
    for (int row = 0; row < page.itemsModel()->rowCount(); ++row) {
        const JobItem &item = page.itemsModel()->itemAt(row);
        if (item.outcome == JobItemOutcome::Failed) {
            failedRowListed = item.sourceRow == 4 && !item.reason.isEmpty();
        }
        annaListed = annaListed || cellText(*page.itemsModel(), row, JobItemsModel::ContactColumn) == u"Anna Adler"_s;
    }
    CHECK(failedRowListed);
    CHECK(annaListed);
    saveShot(&page, u"jobs-log-statistics-en"_s);

    // The failed rows of an import can be saved.
    auto *save = child<QAbstractButton>(&page, u"saveFailedRowsButton"_s);
    REQUIRE(save->isEnabled());
    const QString failed = dir.filePath(u"fehler.csv"_s);
    page.saveFailedRows(failed);
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(failed); }, WaitMs));

    // Undo after the question; the imported contacts are gone and the job says so.
    QSignalSpy undone(&page, &JobsPage::undone);
    child<QAbstractButton>(&page, u"undoJobButton"_s)->click();
    accept(&page, u"undoJobConfirmBox"_s);
    REQUIRE(QTest::qWaitFor([&] { return undone.count() == 1; }, WaitMs));
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Person)) == 0);
    REQUIRE(QTest::qWaitFor(
        [&] { return page.model()->rowCount() == 1 && page.model()->jobAt(0).status == JobStatus::Undone; }, WaitMs));
    CHECK_FALSE(child<QAbstractButton>(&page, u"undoJobButton"_s)->isEnabled());
    CHECK(child<QLabel>(&page, u"messageBar"_s)->text().contains(created + u" contact"_s));
    // The items stay listed; the removed contacts are named as such.
    REQUIRE(QTest::qWaitFor([&] { return page.itemsModel()->rowCount() >= 4; }, WaitMs));
    saveShot(&page, u"jobs-log-undone-en"_s);
}

TEST_CASE("The Bulk Actions log filters by type and status", "[jobspage]")
{
    GuiFixture f;
    REQUIRE(importDirectly(f, importUiFixture(OneInvalid), true).jobId > 0);
    JobsPage page(&f.storage(), f.session());
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, WaitMs));

    auto *type = child<QComboBox>(&page, u"typeComboBox"_s);
    type->setCurrentIndex(type->findData(u"export"_s));
    REQUIRE(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 0; }, WaitMs));
    type->setCurrentIndex(type->findData(u"import"_s));
    REQUIRE(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 1; }, WaitMs));

    auto *status = child<QComboBox>(&page, u"statusComboBox"_s);
    status->setCurrentIndex(status->findData(int(JobStatus::Undone)));
    REQUIRE(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 0; }, WaitMs));
    status->setCurrentIndex(status->findData(int(JobStatus::Done)));
    REQUIRE(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 1; }, WaitMs));
}

TEST_CASE("The Bulk Actions log and statistics in German", "[jobspage]")
{
    GuiFixture f;
    LanguageScope german(u"de"_s);
    const ImportReport report = importDirectly(f, importUiFixture(OneInvalid), true);
    REQUIRE(report.jobId > 0);
    JobsPage page(&f.storage(), f.session());
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, WaitMs));
    page.selectJob(report.jobId);
    const QString created = QString::number(report.created + report.companiesCreated);
    REQUIRE(QTest::qWaitFor([&] { return labelText(&page, u"createdValueLabel"_s) == created; }, WaitMs));
    REQUIRE(QTest::qWaitFor([&] { return page.itemsModel()->rowCount() >= 4; }, WaitMs));
    saveShot(&page, u"jobs-log-statistics-de"_s);
}

TEST_CASE("Jobs cut off at the last start are reported and lead to the Bulk Actions section", "[jobspage]")
{
    GuiFixture f;
    f.value<Job>([session = f.session()](Database &db) {
        Job job;
        job.type = u"import"_s;
        job.name = u"Import of kunden.csv"_s;
        job.userId = session.userId;
        job.status = JobStatus::Running;
        job.createdAt = job.startedAt = 1700000000000;
        return JobRepository(db).insert(job);
    });
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    auto *bar = child<QLabel>(&window, u"interruptedJobsBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, WaitMs));
    CHECK(bar->text().contains(u"1 job"_s));
    saveShot(&window, u"jobs-interrupted-bar-en"_s);
    Q_EMIT bar->linkActivated(u"#jobs"_s);
    CHECK(window.currentSection() == MainWindow::Section::BulkActions);
    CHECK_FALSE(bar->isVisible());
    JobsPage *page = window.jobsPage();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, WaitMs));
    CHECK(page->model()->jobAt(0).status == JobStatus::Interrupted);
}
