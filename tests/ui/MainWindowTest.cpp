#include "main/MainWindow.h"

#include "GuiFixture.h"
#include "StorageThread.h"
#include "common/MessageBar.h"
#include "common/RegionComboBox.h"
#include "contacts/ContactEditDialog.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactService.h"
#include "demo/DemoGenerator.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "settings/Translations.h"
#include "trash/TrashPage.h"
#include "users/UserService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <optional>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

using namespace Kontor::Test;

namespace {

constexpr int WaitMs = GuiWaitMs;

QString screenshotPath(const QString &fileName)
{
    return guiScreenshotPath(fileName);
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return cellText(model, row, column);
}

// The cell of a smart list's column by field key: the lists choose their columns and order.
QString cellOf(const ContactListModel &model, int row, const QString &key)
{
    const int column = int(model.columns().indexOf(key));
    INFO("column " << key.toStdString());
    REQUIRE(column >= 0);
    return cell(model, row, column);
}

std::optional<Contact> loadByName(GuiFixture &f, const QString &displayName)
{
    const Session session = f.session();
    return f.storage().runBlocking<std::optional<Contact>>([session, displayName](Database &db) {
        ContactService service(db, session);
        ContactListQuery query;
        query.search = displayName;
        auto page = service.list(query);
        if (!page) {
            return std::optional<Contact>();
        }
        for (const auto &row : page->rows) {
            if (row.displayName == displayName) {
                auto contact = service.load(row.id);
                return contact ? std::optional<Contact>(*contact) : std::optional<Contact>();
            }
        }
        return std::optional<Contact>();
    });
}

// Waits until the dialog closed after a save; on failure shows what its message bar says.
void requireClosed(QPointer<ContactEditDialog> &dialog)
{
    const bool closed = QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs);
    INFO("message bar: " << (dialog ? dialog->findChild<MessageBar *>()->text().toStdString() : std::string()));
    REQUIRE(closed);
}

QPointer<ContactEditDialog> waitForEditor(MainWindow &window)
{
    QPointer<ContactEditDialog> dialog;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<ContactEditDialog *>();
            return dialog && dialog->isVisible() && dialog->isReady();
        },
        WaitMs));
    return dialog;
}

} // namespace

TEST_CASE("a contact added in the dialog is found by quick search, moved to the trash and restored", "[ui]")
{
    GuiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ContactListModel *model = window.contactsModel();

    // An empty database shows the empty state with its two buttons.
    auto *stack = child<QStackedWidget>(&window, u"contactsStackedWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == 0; }, WaitMs));
    CHECK(stack->currentWidget()->objectName() == u"emptyStatePage"_s);
    CHECK(child<QPushButton>(&window, u"loadSampleDataButton"_s)->isVisible());
    CHECK(window.grab().save(screenshotPath(u"empty-state-en.png"_s)));

    QTest::mouseClick(child<QPushButton>(&window, u"newContactButton"_s), Qt::LeftButton);
    QPointer<ContactEditDialog> dialog = waitForEditor(window);
    QTest::keyClicks(child<QLineEdit>(dialog, u"firstNameLineEdit"_s), u"Erika"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"lastNameLineEdit"_s), u"Mustermann"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"emailLineEdit"_s), u"erika@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"phoneLineEdit"_s), u"030 1234567"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"companyLineEdit"_s), u"Musterfirma GmbH"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    requireClosed(dialog);

    // The person in the smart list; the company created for the typed company name in the Companies section.
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == 1 && model->rowCount() == 1; }, WaitMs));
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Company)) == 1);
    CHECK(stack->currentWidget()->objectName() == u"contactsListPage"_s);
    const auto saved = loadByName(f, u"Erika Mustermann"_s);
    REQUIRE(saved.has_value());
    REQUIRE(saved->emails.size() == 1);
    CHECK(saved->emails.first().value == u"erika@example.com"_s);
    REQUIRE(saved->phones.size() == 1);
    CHECK(saved->phones.first().e164 == u"+49301234567"_s);
    CHECK(saved->companyName == u"Musterfirma GmbH"_s);

    // Ctrl+F focuses the quick search; typing filters the table.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *search = child<QLineEdit>(&window, u"searchLineEdit"_s);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, u"Musterm"_s);
    REQUIRE(QTest::qWaitFor(
        [&] { return !model->isLoading() && model->totalCount() == 1 && model->rowCount() == 1; }, WaitMs));
    CHECK(cellOf(*model, 0, u"name"_s) == u"Erika Mustermann"_s);
    CHECK(cellOf(*model, 0, u"company"_s) == u"Musterfirma GmbH"_s);
    CHECK(cellOf(*model, 0, u"email"_s) == u"erika@example.com"_s);
    CHECK(cellOf(*model, 0, u"phone"_s) == u"+49 30 1234567"_s);

    // Del on the table asks first, then moves the contact to the trash.
    auto *table = child<QTableView>(&window, u"contactsTableView"_s);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            confirm = window.findChild<QMessageBox *>(u"deleteConfirmationMessageBox"_s);
            return confirm && confirm->isVisible();
        },
        WaitMs));
    CHECK(confirm->text().contains(u"Erika Mustermann"_s));
    confirm->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == 0 && model->rowCount() == 0; }, WaitMs));
    CHECK(f.count(ContactScope::Trash) == 1);
    // A search without hits keeps the table; only an empty database shows the empty state.
    CHECK(stack->currentWidget()->objectName() == u"contactsListPage"_s);

    // The Restore view lists it with who deleted it and the days left, and restores it.
    window.findChild<QAction *>(u"showTrashAction"_s)->trigger();
    ContactListModel *trash = window.trashPage()->model();
    REQUIRE(QTest::qWaitFor([&] { return trash->rowCount() == 1; }, WaitMs));
    CHECK(cell(*trash, 0, ContactListModel::TrashNameColumn) == u"Erika Mustermann"_s);
    CHECK_FALSE(cell(*trash, 0, ContactListModel::DeletedByColumn).isEmpty());
    CHECK(trash->index(0, ContactListModel::DaysLeftColumn).data().toInt() == ContactService::TrashRetentionDays);
    auto *trashTable = child<QTableView>(&window, u"trashTableView"_s);
    auto *restore = child<QPushButton>(&window, u"restoreButton"_s);
    CHECK_FALSE(restore->isEnabled());
    trashTable->selectRow(0);
    CHECK(window.grab().save(screenshotPath(u"restore-view-en.png"_s)));
    REQUIRE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    // Restoring asks first.
    QMessageBox *restoreBox = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            restoreBox = window.findChild<QMessageBox *>(u"restoreConfirmBox"_s);
            return restoreBox && restoreBox->isVisible();
        },
        WaitMs));
    CHECK(restoreBox->text().contains(u"Erika Mustermann"_s));
    restoreBox->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return trash->rowCount() == 0 && model->rowCount() == 1; }, WaitMs));
    CHECK(f.count(ContactScope::Trash) == 0);
    CHECK(f.count(ContactScope::Alive) == 2);

    // F2 on a row opens it for editing with its stored values (Enter opens the profile).
    window.findChild<QAction *>(u"showContactsAction"_s)->trigger();
    table->setFocus();
    table->selectRow(0);
    // The confirmation box took the activation: window shortcuts need the window active again.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(table, Qt::Key_F2);
    dialog = waitForEditor(window);
    CHECK(dialog->contactId() == saved->id);
    CHECK(child<QLineEdit>(dialog, u"firstNameLineEdit"_s)->text() == u"Erika"_s);
    CHECK(child<QLineEdit>(dialog, u"emailLineEdit"_s)->text() == u"erika@example.com"_s);
    CHECK(child<QLineEdit>(dialog, u"companyLineEdit"_s)->text() == u"Musterfirma GmbH"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"jobTitleLineEdit"_s), u"Einkauf"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    requireClosed(dialog);
    const auto edited = loadByName(f, u"Erika Mustermann"_s);
    REQUIRE(edited.has_value());
    CHECK(edited->jobTitle == u"Einkauf"_s);
    CHECK(edited->companyId == saved->companyId);
    CHECK(f.count(ContactScope::Alive) == 2);
}

TEST_CASE("an invalid e-mail in the contact dialog shows an inline message and saves nothing", "[ui]")
{
    GuiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.findChild<QAction *>(u"newContactAction"_s)->trigger();
    QPointer<ContactEditDialog> dialog = waitForEditor(window);
    QTest::keyClicks(child<QLineEdit>(dialog, u"firstNameLineEdit"_s), u"Max"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"emailLineEdit"_s), u"max@@example"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);

    auto *inline_ = child<QLabel>(dialog, u"emailsErrorLabel"_s);
    REQUIRE(QTest::qWaitFor([&] { return inline_->isVisible(); }, WaitMs));
    CHECK(inline_->text().contains(u"max@@example"_s));
    auto *bar = child<MessageBar>(dialog, u"messageBar"_s);
    CHECK(bar->isVisible());
    CHECK_FALSE(bar->text().isEmpty());
    CHECK(dialog->isVisible());
    CHECK(f.count(ContactScope::Alive) == 0);

    // Fixing the address clears the message and saves.
    auto *email = child<QLineEdit>(dialog, u"emailLineEdit"_s);
    email->clear();
    QTest::keyClicks(email, u"max@example.com"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    requireClosed(dialog);
    CHECK(f.count(ContactScope::Alive) == 1);
}

TEST_CASE("load sample data on an empty database fills the table while a progress dialog shows", "[ui]")
{
    GuiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ContactListModel *model = window.contactsModel();
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == 0; }, WaitMs));

    QTest::mouseClick(child<QPushButton>(&window, u"loadSampleDataButton"_s), Qt::LeftButton);
    auto *progress = child<QProgressDialog>(&window, u"sampleDataProgressDialog"_s);
    CHECK(progress->isVisible());
    const qint64 persons = 500 - DemoGenerator::companyCount(500);
    REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == persons; }, 60000));
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<QProgressDialog *>() == nullptr; }, WaitMs));
    CHECK(child<QStackedWidget>(&window, u"contactsStackedWidget"_s)->currentWidget()->objectName()
        == u"contactsListPage"_s);
    CHECK(model->rowCount() > 0);
    CHECK(f.count(ContactScope::Alive) == 500);
}

TEST_CASE("the settings dialog stores the language and the default phone region", "[ui][settings]")
{
    GuiFixture f;
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    window.findChild<QAction *>(u"settingsAction"_s)->trigger();
    SettingsDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<SettingsDialog *>();
            return dialog && dialog->isVisible();
        },
        WaitMs));
    auto *language = child<QComboBox>(dialog, u"languageComboBox"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    auto *region = child<RegionComboBox>(dialog, u"regionComboBox"_s);
    CHECK(region->region() == u"DE"_s);
    region->setRegion(u"AT"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);

    CHECK(f.settings().language() == u"de"_s);
    CHECK(f.settings().defaultPhoneRegion() == u"AT"_s);
    CHECK(f.settings().effectiveLanguage() == u"de"_s);
    Translations::install(u"en"_s);
}

TEST_CASE("the contact list model pages by keyset and searches under QAbstractItemModelTester", "[ui][model]")
{
    GuiFixture f;
    f.populate(450);

    // Paging: one page at first, one more per fetchMore(), each row once.
    ContactListModel model(&f.storage(), f.session(), ContactScope::Alive);
    model.setPageSize(100);
    model.reload();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() == 450; }, WaitMs));
    CHECK(model.rowCount() == 100);
    CHECK(model.columnCount() == ContactListModel::ContactColumnCount);
    int pages = 1;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        REQUIRE(model.isLoading());
        REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, WaitMs));
        REQUIRE(model.rowCount() > before);
        ++pages;
    }
    CHECK(pages == 5);
    REQUIRE(model.rowCount() == 450);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.idAt(row));
    }
    CHECK(ids.size() == 450);

    // The same paging, resets and searches under the tester's checks.
    ContactListModel tested(&f.storage(), f.session(), ContactScope::Alive);
    tested.setPageSize(100);
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([&] { return !tested.isLoading() && tested.rowCount() > 0; }, WaitMs));
    while (tested.canFetchMore({})) {
        tested.fetchMore({});
        REQUIRE(QTest::qWaitFor([&] { return !tested.isLoading(); }, WaitMs));
    }
    REQUIRE(tested.rowCount() == 450);

    // A search typed over another: only the last one's rows arrive.
    const QString lastName = tested.summaryAt(0).lastName;
    REQUIRE_FALSE(lastName.isEmpty());
    tested.setSearchText(u"a"_s);
    tested.setSearchText(lastName);
    REQUIRE(QTest::qWaitFor([&] { return !tested.isLoading() && tested.totalCount() < 450; }, WaitMs));
    REQUIRE(tested.rowCount() > 0);
    CHECK(tested.rowCount() == tested.totalCount());
    CHECK(cell(tested, 0, ContactListModel::NameColumn).contains(lastName));

    tested.setSearchText(u"zzqxnotaname"_s);
    REQUIRE(QTest::qWaitFor([&] { return !tested.isLoading() && tested.totalCount() == 0; }, WaitMs));
    CHECK(tested.rowCount() == 0);

    // A commit elsewhere reloads the list.
    tested.setSearchText(QString());
    REQUIRE(QTest::qWaitFor([&] { return !tested.isLoading() && tested.totalCount() == 450; }, WaitMs));
    f.populate(10);
    REQUIRE(QTest::qWaitFor([&] { return tested.totalCount() == 460; }, WaitMs));
}

TEST_CASE("the main window in German with sample data is saved as a screenshot", "[ui][screenshot]")
{
    GuiFixture f;
    f.populate(300);
    const qint64 persons = 300 - DemoGenerator::companyCount(300);
    const LanguageScope german(u"de"_s);
    {
        MainWindow window(&f.storage(), f.session(), &f.settings());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        ContactListModel *model = window.contactsModel();
        REQUIRE(QTest::qWaitFor([&] { return model->totalCount() == persons && model->rowCount() > 0; }, WaitMs));
        auto *table = child<QTableView>(&window, u"contactsTableView"_s);
        table->selectRow(2);
        // The label lays out on a posted event after the count arrives.
        auto *rowCount = child<QLabel>(&window, u"rowCountLabel"_s);
        REQUIRE(QTest::qWaitFor([&] { return rowCount->width() >= rowCount->sizeHint().width(); }, WaitMs));
        CHECK(rowCount->text() == u"%1 Kontakte"_s.arg(persons));

        const QString path = screenshotPath(u"main-window-de.png"_s);
        REQUIRE(window.grab().save(path));
        CHECK(QFileInfo(path).size() > 10000);

        window.findChild<QAction *>(u"newContactAction"_s)->trigger();
        QPointer<ContactEditDialog> dialog = waitForEditor(window);
        REQUIRE(dialog->grab().save(screenshotPath(u"contact-dialog-de.png"_s)));
        CHECK_FALSE(child<QLabel>(dialog, u"firstNameErrorLabel"_s)->isVisible());
        auto *tabs = child<QTabWidget>(dialog, u"tabWidget"_s);
        tabs->setCurrentIndex(1);
        REQUIRE(dialog->grab().save(screenshotPath(u"contact-dialog-communication-de.png"_s)));
        tabs->setCurrentIndex(2);
        REQUIRE(dialog->grab().save(screenshotPath(u"contact-dialog-details-de.png"_s)));
    }
}

// Hidden: run by hand against a big database, e.g. KONTOR_UI_BENCH_DB=/tmp/big.sqlite ui_test "[perf]".
TEST_CASE("the contact list of a big database shows its first page and count quickly and pages smoothly", "[.][perf]")
{
    const QString path = qEnvironmentVariable("KONTOR_UI_BENCH_DB");
    REQUIRE_FALSE(path.isEmpty());
    QElapsedTimer clock;
    clock.start();
    StorageThread storage;
    QObject context;
    std::optional<Result<void>> opened;
    storage.open(path, {}, &context, [&](const Result<void> &r) { opened = r; });
    REQUIRE(QTest::qWaitFor([&] { return opened.has_value(); }, 60000));
    REQUIRE(opened->has_value());
    const qint64 openMs = clock.elapsed();

    ContactListModel model(&storage, Session{1, 1, Origin::Ui}, ContactScope::Alive);
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() > 0; }, 60000));
    const qint64 firstPageMs = clock.elapsed();
    REQUIRE(QTest::qWaitFor([&] { return model.totalCount() > 0; }, 60000));
    const qint64 countMs = clock.elapsed();

    QElapsedTimer paging;
    paging.start();
    for (int page = 0; page < 50 && model.canFetchMore({}); ++page) {
        model.fetchMore({});
        REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 60000));
    }
    const double perPageMs = double(paging.elapsed()) / 50;

    QElapsedTimer searching;
    searching.start();
    QSignalSpy counted(&model, &ContactListModel::totalCountChanged);
    model.setSearchText(u"mueller"_s);
    REQUIRE(counted.wait(60000));
    WARN("rows " << model.totalCount() << ": open " << openMs << " ms, first page " << firstPageMs << " ms, count "
                 << countMs << " ms, " << perPageMs << " ms per page of 200, search (incl. 200 ms pause) "
                 << searching.elapsed() << " ms");
}
