#include "BulkService.h"
#include "BulkUiHelpers.h"
#include "GuiFixture.h"
#include "JobRepository.h"
#include "JobService.h"
#include "bulk/BulkActionDialog.h"
#include "bulk/BulkActionLauncher.h"
#include "bulk/BulkActionRunner.h"
#include "bulk/BulkActionsMenu.h"
#include "bulk/TypedConfirmDialog.h"
#include "contacts/ContactListModel.h"
#include "jobs/JobItemsModel.h"
#include "jobs/JobListModel.h"
#include "jobs/JobsPage.h"
#include "lists/SmartListTableView.h"
#include "main/MainWindow.h"
#include "main/SmartListsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;

QList<qint64> addPersons(GuiFixture &f, const QString &lastName, int count, const QStringList &tags = {})
{
    QList<Contact> contacts;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.firstName = u"Person %1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        contact.lastName = lastName;
        contact.tags = tags;
        contacts.append(contact);
    }
    const Session session = f.session();
    const QList<qint64> ids = f.value<QList<qint64>>(
        [session, contacts](Database &db) { return ContactService(db, session).createMany(contacts); });
    QCoreApplication::processEvents();
    return ids;
}

void showWindow(MainWindow &window, int rows)
{
    window.resize(1280, 820);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return window.contactsModel()->rowCount() == rows; }, WaitMs));
}

// Waits for the runner's finished() and returns its outcome and summary.
std::pair<BulkActionRunner::Outcome, QString> waitFinished(QSignalSpy &spy)
{
    REQUIRE(QTest::qWaitFor([&] { return spy.count() == 1; }, WaitMs));
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).value<BulkActionRunner::Outcome>(), args.at(2).toString()};
}

QString label(QWidget *parent, const QString &name)
{
    return englishPlural(child<QLabel>(parent, name)->text());
}

void accept(QWidget *parent, const QString &name)
{
    waitForVisible<QMessageBox>(parent, name)->button(QMessageBox::Yes)->click();
}

} // namespace

TEST_CASE("A bulk tag on the selected contacts of a smart list tags them and is logged with its counts", "[bulkui]")
{
    GuiFixture f;
    addPersons(f, u"Adler"_s, 3);
    addPersons(f, u"Berg"_s, 1, {u"Kunde"_s});
    MainWindow window(&f.storage(), f.session(), &f.settings());
    showWindow(window, 4);

    BulkActionsMenu *menu = window.bulkActionsMenu();
    CHECK_FALSE(menu->actionFor(BulkActionKind::TagAdd)->isEnabled());
    SmartListTableView *table = window.smartListsPage()->tableView();
    table->setFocus();
    table->selectAll();
    REQUIRE(window.contactSelection().count == 4);
    CHECK(menu->actionFor(BulkActionKind::TagAdd)->isEnabled());
    // The menu is in the menu bar, the tool bar and the table's context menu.
    CHECK(table->actions().contains(menu->menuAction()));
    CHECK(child<QWidget>(&window, u"bulkActionsToolButton"_s)->isVisible());
    menu->popup(window.mapToGlobal(QPoint(300, 120)));
    REQUIRE(QTest::qWaitFor([&] { return menu->isVisible(); }, WaitMs));
    CHECK(menu->exportAction()->isEnabled());
    saveBulkShot(menu, u"bulk-menu-en"_s);
    menu->hide();

    QSignalSpy finished(window.bulkActionLauncher()->runner(), &BulkActionRunner::finished);
    menu->actionFor(BulkActionKind::TagAdd)->trigger();
    auto *dialog = waitForVisible<BulkActionDialog>(&window, u"bulkActionDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isReady(); }, WaitMs));
    CHECK(label(dialog, u"appliesToLabel"_s) == u"Applies to 4 contacts."_s);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, u"tagLineEdit"_s), u"Kunde"_s);
    auto *name = child<QLineEdit>(dialog, u"nameLineEdit"_s);
    CHECK(name->placeholderText() == u"Add tag \"Kunde\""_s);
    QTest::keyClicks(name, u"Messe 2024: Kunden"_s);
    REQUIRE(okButton(dialog)->isEnabled());
    saveBulkShot(dialog, u"bulk-action-dialog-en"_s);
    okButton(dialog)->click();

    const auto [outcome, summary] = waitFinished(finished);
    CHECK(outcome == BulkActionRunner::Outcome::Done);
    CHECK(summary == u"\"Messe 2024: Kunden\" is done: 3 changed, 1 skipped, 0 failed."_s);
    CHECK(countWhere(f, u"tags has \"Kunde\""_s) == 4);
    // The list refreshes from the job's commits by itself.
    ContactListModel *model = window.contactsModel();
    const int tags = int(model->columns().indexOf(u"tags"_s));
    REQUIRE(tags >= 0);
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (cellText(*model, row, tags) != u"Kunde"_s) {
                    return false;
                }
            }
            return model->rowCount() == 4;
        },
        WaitMs));

    // The summary links to the job in the Bulk Actions log.
    auto *bar = child<QLabel>(&window, u"bulkResultBar"_s);
    REQUIRE(bar->isVisible());
    CHECK(bar->text().contains(u"Show in Bulk Actions"_s));
    saveBulkShot(&window, u"bulk-tag-result-en"_s);
    const QString link = bar->text().section(u"href=\""_s, 1).section(u'"', 0, 0);
    Q_EMIT bar->linkActivated(link);
    CHECK(window.currentSection() == MainWindow::Section::BulkActions);
    JobsPage *page = window.jobsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1 && page->currentJobId() > 0; }, WaitMs));
    const Job job = page->model()->jobAt(0);
    CHECK(job.type == u"bulk.tag_add"_s);
    CHECK(job.name == u"Messe 2024: Kunden"_s);
    CHECK(job.status == JobStatus::Done);
    CHECK(cellText(*page->model(), 0, JobListModel::TypeColumn) == u"Add tag"_s);
    CHECK(cellText(*page->model(), 0, JobListModel::SucceededColumn) == u"3"_s);
    CHECK(cellText(*page->model(), 0, JobListModel::SkippedColumn) == u"1"_s);
    REQUIRE(QTest::qWaitFor([&] { return label(page, u"skippedValueLabel"_s) == u"1"_s; }, WaitMs));
    CHECK(label(page, u"updatedValueLabel"_s) == u"3"_s);
    CHECK_FALSE(child<QLabel>(page, u"trashedValueLabel"_s)->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return page->itemsModel()->rowCount() == 4; }, WaitMs));
    CHECK_FALSE(child<QPushButton>(page, u"resumeJobButton"_s)->isEnabled());
    CHECK(child<QPushButton>(page, u"undoJobButton"_s)->isEnabled());
    saveBulkShot(&window, u"bulk-log-tag-en"_s);

    // The type filter lists the bulk actions one by one.
    auto *type = child<QComboBox>(page, u"typeComboBox"_s);
    const int tagRemove = type->findData(u"bulk.tag_remove"_s);
    REQUIRE(tagRemove >= 0);
    type->setCurrentIndex(tagRemove);
    REQUIRE(QTest::qWaitFor([&] { return !page->model()->isLoading() && page->model()->rowCount() == 0; }, WaitMs));
    type->setCurrentIndex(type->findData(u"bulk.tag_add"_s));
    REQUIRE(QTest::qWaitFor([&] { return !page->model()->isLoading() && page->model()->rowCount() == 1; }, WaitMs));
}

TEST_CASE("Deleting a few selected contacts keeps the plain question of the trash", "[bulkui]")
{
    GuiFixture f;
    addPersons(f, u"Adler"_s, 3);
    MainWindow window(&f.storage(), f.session(), &f.settings());
    showWindow(window, 3);
    window.smartListsPage()->tableView()->selectAll();
    REQUIRE_FALSE(BulkActionLauncher::needsTypedConfirmation(window.contactSelection()));
    window.findChild<QAction *>(u"deleteContactAction"_s)->trigger();
    accept(&window, u"deleteConfirmationMessageBox"_s);
    REQUIRE(QTest::qWaitFor([&] { return f.count(ContactScope::Trash) == 3; }, WaitMs));
    CHECK(window.findChild<TypedConfirmDialog *>() == nullptr);
}

TEST_CASE("A bulk delete of all contacts in a list needs the typed word and is undone from the log", "[bulkui]")
{
    GuiFixture f;
    constexpr int Persons = 230; // more than one page of the table: "all in list" includes rows never loaded
    addPersons(f, u"Adler"_s, Persons);
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.resize(1280, 820);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return window.contactsModel()->totalCount() == Persons; }, WaitMs));
    window.bulkActionLauncher()->runner()->setChunkSize(50);
    window.smartListsPage()->selectAllInList();
    REQUIRE(window.contactSelection().allInList);
    REQUIRE(window.contactSelection().count == Persons);

    QSignalSpy finished(window.bulkActionLauncher()->runner(), &BulkActionRunner::finished);
    window.findChild<QAction *>(u"deleteContactAction"_s)->trigger();
    auto *dialog = waitForVisible<TypedConfirmDialog>(&window, u"typedConfirmDialog"_s);
    CHECK(label(dialog, u"questionLabel"_s) == u"Move 230 contacts to the trash?"_s);
    auto *word = child<QLineEdit>(dialog, u"confirmWordLineEdit"_s);
    QTest::keyClicks(word, u"delete"_s);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    word->clear();
    QTest::keyClicks(word, u"DELETE"_s);
    REQUIRE(okButton(dialog)->isEnabled());
    okButton(dialog)->click();

    const auto [outcome, summary] = waitFinished(finished);
    CHECK(outcome == BulkActionRunner::Outcome::Done);
    CHECK(summary.contains(u"230 moved to the trash"_s));
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Person)) == 0);
    CHECK(f.count(ContactScope::Trash) == Persons);
    REQUIRE(QTest::qWaitFor([&] { return window.contactsModel()->totalCount() == 0; }, WaitMs));

    window.showBulkActions();
    JobsPage *page = window.jobsPage();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1 && page->currentJobId() > 0; }, WaitMs));
    CHECK(page->model()->jobAt(0).type == u"bulk.delete"_s);
    CHECK(englishPlural(page->model()->jobAt(0).name) == u"Move 230 contacts to the trash"_s);
    CHECK(cellText(*page->model(), 0, JobListModel::TypeColumn) == u"Move to trash"_s);
    REQUIRE(QTest::qWaitFor([&] { return label(page, u"trashedValueLabel"_s) == u"230"_s; }, WaitMs));
    CHECK(child<QLabel>(page, u"trashedValueLabel"_s)->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return page->itemsModel()->rowCount() > 0; }, WaitMs));
    CHECK(cellText(*page->itemsModel(), 0, JobItemsModel::OutcomeColumn) == u"Moved to the trash"_s);
    saveBulkShot(&window, u"bulk-log-delete-en"_s);
    saveBulkShot(child<QWidget>(page, u"detailsGroupBox"_s), u"bulk-job-statistics-en"_s);

    // Undo from the log brings every contact back.
    QSignalSpy undone(page, &JobsPage::undone);
    child<QPushButton>(page, u"undoJobButton"_s)->click();
    auto *question = waitForVisible<QMessageBox>(page, u"undoJobConfirmBox"_s);
    CHECK(question->informativeText().contains(u"restored"_s));
    question->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return undone.count() == 1; }, WaitMs));
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Person)) == Persons);
    CHECK(f.count(ContactScope::Trash) == 0);
    REQUIRE(QTest::qWaitFor(
        [&] { return page->model()->rowCount() == 1 && page->model()->jobAt(0).status == JobStatus::Undone; }, WaitMs));
    CHECK_FALSE(child<QPushButton>(page, u"undoJobButton"_s)->isEnabled());
    saveBulkShot(&window, u"bulk-log-undone-en"_s);
}

TEST_CASE("Resume is offered for an interrupted bulk job only and finishes it", "[bulkui]")
{
    GuiFixture f;
    const QList<qint64> ids = addPersons(f, u"Adler"_s, 5);
    const Session session = f.session();
    // A job cut off after its first chunk of two, as the next start finds it after a crash.
    const Job interrupted = f.value<Job>([session, ids](Database &db) -> Result<Job> {
        BulkService service(db, session);
        service.setChunkSize(2);
        BulkRequest request;
        request.action.kind = BulkActionKind::TagAdd;
        request.action.text = u"Messe"_s;
        request.target.ids = ids;
        auto job = service.create(request);
        if (!job) {
            return job.error();
        }
        std::atomic_bool stop = false;
        service.setAfterChunk([&stop](qint64) { stop = true; });
        JobProgress progress;
        progress.cancel = &stop;
        if (auto ran = service.run(job->id, progress); ran || ran.error().code != Error::Code::Cancelled) {
            return makeError(Error::Code::Conflict, u"the job was not cut off"_s);
        }
        auto cut = JobService(db, session).byId(job->id);
        if (!cut) {
            return cut.error();
        }
        cut->status = JobStatus::Interrupted;
        if (auto saved = JobRepository(db).saveProgress(*cut); !saved) {
            return saved.error();
        }
        return *cut;
    });
    REQUIRE(interrupted.chunksDone == 1);
    REQUIRE(countWhere(f, u"tags has \"Messe\""_s) == 2);
    const Job done = f.value<Job>([session, ids](Database &db) {
        BulkRequest request;
        request.action.kind = BulkActionKind::Lead;
        request.target.ids = {ids.first()};
        return BulkService(db, session).start(request);
    });
    REQUIRE(done.status == JobStatus::Done);

    JobsPage page(&f.storage(), f.session());
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 2; }, WaitMs));
    auto *resume = child<QPushButton>(&page, u"resumeJobButton"_s);
    page.selectJob(done.id);
    REQUIRE(page.currentJobId() == done.id);
    CHECK(resume->isVisible());
    CHECK_FALSE(resume->isEnabled());
    page.selectJob(interrupted.id);
    REQUIRE(page.currentJobId() == interrupted.id);
    REQUIRE(resume->isEnabled());
    // The first chunk's two contacts were tagged before the cut.
    REQUIRE(QTest::qWaitFor([&] { return label(&page, u"updatedValueLabel"_s) == u"2"_s; }, WaitMs));
    REQUIRE(QTest::qWaitFor([&] { return page.itemsModel()->rowCount() == 2; }, WaitMs));
    saveBulkShot(&page, u"bulk-log-interrupted-en"_s);

    QSignalSpy finished(page.resumeRunner(), &BulkActionRunner::finished);
    resume->click();
    CHECK_FALSE(resume->isEnabled());
    const auto [outcome, summary] = waitFinished(finished);
    CHECK(outcome == BulkActionRunner::Outcome::Done);
    CHECK(summary.contains(u"5 changed"_s));
    CHECK(countWhere(f, u"tags has \"Messe\""_s) == 5);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const int row = page.model()->rowOf(interrupted.id);
            return row >= 0 && page.model()->jobAt(row).status == JobStatus::Done;
        },
        WaitMs));
    CHECK_FALSE(resume->isEnabled());
    CHECK(child<QLabel>(&page, u"messageBar"_s)->text() == summary);
}

TEST_CASE("Cancel stops a bulk job at a chunk boundary, leaving whole chunks applied", "[bulkui]")
{
    GuiFixture f;
    const QList<qint64> ids = addPersons(f, u"Adler"_s, 230);
    QWidget window;
    BulkActionRunner runner(&f.storage(), f.session(), &window);
    runner.setChunkSize(10);
    QSignalSpy finished(&runner, &BulkActionRunner::finished);
    BulkRequest request;
    request.action.kind = BulkActionKind::TagAdd;
    request.action.text = u"Messe"_s;
    request.target.ids = ids;
    request.name = u"Tag the fair's visitors"_s;
    REQUIRE(runner.start(request));
    CHECK(runner.isRunning());
    CHECK_FALSE(runner.start(request)); // one job at a time
    runner.cancel();
    const auto [outcome, summary] = waitFinished(finished);
    CHECK(outcome == BulkActionRunner::Outcome::Cancelled);
    CHECK(summary.startsWith(u"\"Tag the fair's visitors\" was stopped after"_s));
    CHECK(runner.progressDialog() == nullptr);
    const qint64 tagged = countWhere(f, u"tags has \"Messe\""_s);
    CHECK(tagged % 10 == 0);
    CHECK(tagged < 230);
}

TEST_CASE("The trash is purged daily while the main window stays open", "[bulkui]")
{
    GuiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    auto *timer = window.findChild<QTimer *>(u"purgeTimer"_s);
    REQUIRE(timer);
    CHECK(timer->isActive());
    CHECK(timer->interval() == 24 * 60 * 60 * 1000);
}

TEST_CASE("The bulk actions menu, dialog and log in German", "[bulkui][screenshot]")
{
    GuiFixture f;
    LanguageScope german(u"de"_s);
    addPersons(f, u"Adler"_s, 3);
    MainWindow window(&f.storage(), f.session(), &f.settings());
    showWindow(window, 3);
    window.smartListsPage()->tableView()->selectAll();
    BulkActionsMenu *menu = window.bulkActionsMenu();
    menu->popup(window.mapToGlobal(QPoint(300, 120)));
    REQUIRE(QTest::qWaitFor([&] { return menu->isVisible(); }, WaitMs));
    saveBulkShot(menu, u"bulk-menu-de"_s);
    menu->hide();

    QSignalSpy finished(window.bulkActionLauncher()->runner(), &BulkActionRunner::finished);
    menu->actionFor(BulkActionKind::Dnd)->trigger();
    auto *dialog = waitForVisible<BulkActionDialog>(&window, u"bulkActionDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isReady(); }, WaitMs));
    saveBulkShot(dialog, u"bulk-action-dialog-dnd-de"_s);
    okButton(dialog)->click();
    CHECK(waitFinished(finished).first == BulkActionRunner::Outcome::Done);

    // The list reloaded after the job's commits, which cleared the selection.
    REQUIRE(QTest::qWaitFor([&] { return window.contactsModel()->rowCount() == 3; }, WaitMs));
    window.smartListsPage()->tableView()->selectAll();
    menu->actionFor(BulkActionKind::Owner)->trigger();
    dialog = waitForVisible<BulkActionDialog>(&window, u"bulkActionDialog"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isReady(); }, WaitMs));
    CHECK(child<QComboBox>(dialog, u"userComboBox"_s)->currentData().toLongLong() == f.session().userId);
    saveBulkShot(dialog, u"bulk-action-dialog-owner-de"_s);
    okButton(dialog)->click();
    CHECK(waitFinished(finished).first == BulkActionRunner::Outcome::Done);
    saveBulkShot(&window, u"bulk-result-de"_s);

    window.showBulkActions();
    JobsPage *page = window.jobsPage();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 2 && page->currentJobId() > 0; }, WaitMs));
    REQUIRE(QTest::qWaitFor([&] { return page->itemsModel()->rowCount() == 3; }, WaitMs));
    saveBulkShot(&window, u"bulk-log-de"_s);
}
