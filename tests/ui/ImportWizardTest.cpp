#include "importexport/ImportWizard.h"

#include "GuiFixture.h"
#include "ImportExportUiHelpers.h"
#include "importexport/ImportFilePage.h"
#include "importexport/ImportMappingPage.h"
#include "importexport/ImportProblemsModel.h"
#include "importexport/ImportReviewPage.h"
#include "importexport/ImportRunPage.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
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

void waitForReview(ImportWizard &wizard)
{
    REQUIRE(QTest::qWaitFor(
        [&] { return !wizard.reviewPage()->isReviewing() && wizard.state().review.has_value(); }, WaitMs));
}

// Steps through all four pages with the fixture (one invalid e-mail in file row 4), correcting the e-mail in
// the review; `language` names the screenshots.
void importWithCorrection(GuiFixture &f, const QString &language)
{
    ImportWizard wizard(&f.storage(), f.session(), u"DE"_s);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // 1 File
    wizard.setFile(importUiFixture(OneInvalid));
    REQUIRE(QTest::qWaitFor([&] { return wizard.filePage()->isComplete(); }, WaitMs));
    CHECK(labelText(&wizard, u"detectedLabel"_s).contains(u"UTF-8"_s));
    CHECK(child<QComboBox>(&wizard, u"delimiterComboBox"_s)->currentText().contains(u';'));
    CHECK(child<QAbstractButton>(&wizard, u"headerCheckBox"_s)->isChecked());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    saveShot(&wizard, u"import-1-file-"_s + language);

    // 2 Mapping, pre-filled from the German headers
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    ImportMappingPage *mapping = wizard.mappingPage();
    CHECK(mapping->targetCombo(0)->currentData().toString() == u"first_name"_s);
    CHECK(mapping->targetCombo(1)->currentData().toString() == u"last_name"_s);
    CHECK(mapping->targetCombo(2)->currentData().toString() == u"company"_s);
    CHECK(mapping->targetCombo(3)->currentData().toString() == u"email"_s);
    CHECK(mapping->targetCombo(4)->currentData().toString() == u"phone"_s);
    CHECK(mapping->targetCombo(5)->currentData().toString() == u"city"_s);
    CHECK_FALSE(wizard.state().options.rememberMapping);
    saveShot(&wizard, u"import-2-mapping-"_s + language);

    // 3 Review: one problem, so Import stays disabled
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ReviewPageId);
    waitForReview(wizard);
    ImportProblemsModel *problems = wizard.reviewPage()->problemsModel();
    QAbstractItemModelTester tester(problems, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->problemAt(0).row == 4);
    CHECK(problems->problemAt(0).column == 3);
    CHECK(problems->problemAt(0).value == u"lena.schulz@@example"_s);
    CHECK(labelText(&wizard, u"problemCountLabel"_s) == u"1"_s);
    CHECK(labelText(&wizard, u"newCountLabel"_s) == u"3"_s);
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    saveShot(&wizard, u"import-3-review-"_s + language);

    // The invalid cell is corrected in place; the review runs again by itself.
    auto *view = child<QTableView>(&wizard, u"problemsTableView"_s);
    const QModelIndex value = problems->index(0, ImportProblemsModel::ValueColumn);
    view->setCurrentIndex(value);
    view->edit(value);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    REQUIRE(editor);
    editor->setText(u"lena.schulz@example.de"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return wizard.reviewPage()->isComplete() && problems->rowCount() == 0; }, WaitMs));
    CHECK(labelText(&wizard, u"newCountLabel"_s) == u"4"_s);
    CHECK(labelText(&wizard, u"problemCountLabel"_s) == u"0"_s);
    CHECK(wizard.state().options.fixes.size() == 1);
    CHECK(wizard.button(QWizard::CommitButton)->isEnabled());
    saveShot(&wizard, u"import-3b-review-corrected-"_s + language);

    // 4 Run
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.runPage()->isComplete(); }, WaitMs));
    CHECK(labelText(&wizard, u"createdCountLabel"_s) == u"4"_s);
    CHECK(labelText(&wizard, u"failedCountLabel"_s) == u"0"_s);
    REQUIRE(wizard.state().report.has_value());
    CHECK(wizard.state().report->jobId > 0);
    CHECK(child<QAbstractButton>(&wizard, u"undoImportButton"_s)->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(&wizard, u"saveFailedRowsButton"_s)->isEnabled());
    saveShot(&wizard, u"import-4-result-"_s + language);

    CHECK(f.count(ContactScope::Alive, int(ContactKind::Person)) == 4);
    const auto lena = findPerson(f, u"Lena Schulz"_s);
    REQUIRE(lena.has_value());
    REQUIRE(lena->emails.size() == 1);
    CHECK(lena->emails.first().value == u"lena.schulz@example.de"_s);
    CHECK(findPerson(f, u"Mehmet Yilmaz"_s).has_value());
}

} // namespace

TEST_CASE(
    "The import wizard steps through file, mapping, review with an inline correction and the run", "[importwizard]")
{
    GuiFixture f;
    importWithCorrection(f, u"en"_s);
}

TEST_CASE("The import wizard works the same in German", "[importwizard]")
{
    GuiFixture f;
    LanguageScope german(u"de"_s);
    importWithCorrection(f, u"de"_s);
}

TEST_CASE("Leaving the invalid rows out enables the import and reports the failed row", "[importwizard]")
{
    GuiFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ImportWizard wizard(&f.storage(), f.session(), u"DE"_s);
    wizard.show();
    wizard.setFile(importUiFixture(OneInvalid));
    REQUIRE(QTest::qWaitFor([&] { return wizard.filePage()->isComplete(); }, WaitMs));
    wizard.next();
    wizard.next();
    waitForReview(wizard);
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    child<QAbstractButton>(&wizard, u"skipInvalidCheckBox"_s)->click();
    CHECK(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return wizard.runPage()->isComplete(); }, WaitMs));
    CHECK(labelText(&wizard, u"createdCountLabel"_s) == u"3"_s);
    CHECK(labelText(&wizard, u"failedCountLabel"_s) == u"1"_s);
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Person)) == 3);

    // The failed row can be saved as CSV with a reason column.
    auto *save = child<QAbstractButton>(&wizard, u"saveFailedRowsButton"_s);
    REQUIRE(save->isEnabled());
    const QString failed = dir.filePath(u"failed.csv"_s);
    wizard.runPage()->saveFailedRows(failed);
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(failed); }, WaitMs));
    QFile file(failed);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(u"lena.schulz@@example"_s));
}

TEST_CASE("Skipping the invalid row in the review imports the others", "[importwizard]")
{
    GuiFixture f;
    ImportWizard wizard(&f.storage(), f.session(), u"DE"_s);
    wizard.show();
    wizard.setFile(importUiFixture(OneInvalid));
    REQUIRE(QTest::qWaitFor([&] { return wizard.filePage()->isComplete(); }, WaitMs));
    wizard.next();
    wizard.next();
    waitForReview(wizard);
    ImportProblemsModel *problems = wizard.reviewPage()->problemsModel();
    REQUIRE(problems->rowCount() == 1);
    REQUIRE(problems->setData(problems->index(0, ImportProblemsModel::SkipColumn), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(QTest::qWaitFor([&] { return wizard.reviewPage()->isComplete(); }, WaitMs));
    CHECK(wizard.state().options.skipRows == QList<int>{4});
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return wizard.runPage()->isComplete(); }, WaitMs));
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Person)) == 3);
    CHECK_FALSE(findPerson(f, u"Lena Schulz"_s).has_value());
}

TEST_CASE("A file that is not a contact list shows the reader's error and keeps Next disabled", "[importwizard]")
{
    GuiFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString empty = dir.filePath(u"leer.csv"_s);
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    ImportWizard wizard(&f.storage(), f.session(), u"DE"_s);
    wizard.show();
    wizard.setFile(empty);
    auto *bar = child<QLabel>(&wizard, u"fileMessageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible() && !wizard.filePage()->isProbing(); }, WaitMs));
    CHECK(bar->text().contains(u"leer.csv"_s));
    CHECK_FALSE(wizard.filePage()->isComplete());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    saveShot(&wizard, u"import-1-bad-file-en"_s);
}

TEST_CASE("Changing a target in the mapping makes the import remember the mapping", "[importwizard]")
{
    GuiFixture f;
    ImportWizard wizard(&f.storage(), f.session(), u"DE"_s);
    wizard.show();
    wizard.setFile(importUiFixture(OneInvalid));
    REQUIRE(QTest::qWaitFor([&] { return wizard.filePage()->isComplete(); }, WaitMs));
    wizard.next();
    QComboBox *city = wizard.mappingPage()->targetCombo(5);
    city->setCurrentIndex(city->findData(QString()));
    CHECK(wizard.state().options.rememberMapping);
    wizard.next();
    REQUIRE(wizard.state().options.mapping.has_value());
    CHECK(wizard.state().options.mapping->columns.at(5).isIgnored());
    CHECK(wizard.state().options.mapping->columns.at(0).target == u"first_name"_s);
}

TEST_CASE("Dropping a CSV file on the main window opens the import wizard on it", "[importwizard]")
{
    GuiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(importUiFixture(OneInvalid))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitFor([&] { return wizard->filePage()->isComplete(); }, WaitMs));
    CHECK(wizard->state().path == importUiFixture(OneInvalid));
    wizard->close();
}
