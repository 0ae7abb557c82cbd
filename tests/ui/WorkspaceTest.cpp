#include "GuiFixture.h"
#include "SmartListService.h"
#include "bulk/TypedConfirmDialog.h"
#include "companies/CompaniesPage.h"
#include "contacts/ContactListModel.h"
#include "customfields/CustomFieldService.h"
#include "lists/ColumnChooserDialog.h"
#include "lists/FilterBuilderDialog.h"
#include "lists/SmartListTabBar.h"
#include "lists/SmartListTableView.h"
#include "main/MainWindow.h"
#include "main/SmartListsPage.h"
#include "profile/ContactProfileWidget.h"
#include "settings/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;

// A shown main window whose Smart Lists section has loaded its tabs and the first page of "All".
struct Workspace
{
    explicit Workspace(GuiFixture &f)
        : window(&f.storage(), f.session(), &f.settings())
    {
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        page = window.smartListsPage();
        model = page->model();
        table = page->tableView();
        REQUIRE(QTest::qWaitFor([&] { return page->tabBar()->count() > 0 && settled(); }, WaitMs));
    }

    bool settled() const { return !model->isLoading() && model->totalCount() >= 0; }

    // Waits for a reload that the last action started and for its count.
    void waitFor(const std::function<bool()> &condition)
    {
        REQUIRE(QTest::qWaitFor([&] { return settled() && condition(); }, WaitMs));
    }

    int column(const QString &key) const { return int(model->columns().indexOf(key)); }

    QString cell(int row, const QString &key) const
    {
        const int c = column(key);
        INFO("column " << key.toStdString());
        REQUIRE(c >= 0);
        return cellText(*model, row, c);
    }

    void clickHeader(const QString &key)
    {
        QHeaderView *header = table->horizontalHeader();
        const int logical = column(key);
        REQUIRE(logical >= 0);
        const QPoint pos(header->sectionViewportPosition(logical) + 8, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    }

    MainWindow window;
    SmartListsPage *page = nullptr;
    ContactListModel *model = nullptr;
    SmartListTableView *table = nullptr;
};

SmartList listNamed(GuiFixture &f, const QString &builtin, int kind = 0)
{
    const Session session = f.session();
    const QList<SmartList> lists
        = f.value<QList<SmartList>>([session, kind](Database &db) { return SmartListService(db, session).list(kind); });
    for (const SmartList &list : lists) {
        if (list.builtin == builtin) {
            return list;
        }
    }
    FAIL("no list " << builtin.toStdString());
    return {};
}

template <typename T> T *waitForVisible(QWidget *parent)
{
    T *found = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>();
            return found && found->isVisible();
        },
        WaitMs));
    return found;
}

} // namespace

TEST_CASE("the smart list tabs show the default lists with All first and a tab brings its filter", "[ui][workspace]")
{
    GuiFixture f;
    f.addPerson(u"Anna"_s, u"Adler"_s, u"Berlin"_s);
    Workspace w(f);

    SmartListTabBar *tabs = w.page->tabBar();
    REQUIRE(tabs->count() == 5);
    CHECK(tabs->tabText(0) == u"All"_s);
    CHECK(tabs->tabText(2) == u"Leads"_s);
    CHECK(w.model->filter().isEmpty());
    CHECK(w.model->totalCount() == 1);
    const QStringList defaults{
        u"name"_s, u"phone"_s, u"email"_s, u"company"_s, u"created"_s, u"last_activity"_s, u"tags"_s};
    CHECK(w.model->columns() == defaults);

    tabs->setCurrentIndex(2);
    w.waitFor([&] { return w.model->totalCount() == 0; });
    CHECK(w.model->filter() == listNamed(f, u"leads"_s).filter);
    CHECK(w.model->sort() == u"-created"_s);
    CHECK(w.page->selection().query.filter == w.model->filter());
    tabs->setCurrentIndex(0);
    w.waitFor([&] { return w.model->totalCount() == 1; });
}

TEST_CASE("a click on a column header sorts the rows in SQL and the smart list keeps the sort", "[ui][workspace]")
{
    GuiFixture f;
    f.addPerson(u"Carla"_s, u"Meier"_s, u"Aachen"_s);
    f.addPerson(u"Anna"_s, u"Zeller"_s, u"Köln"_s);
    f.addPerson(u"Bernd"_s, u"Adler"_s, u"Dresden"_s);
    Workspace w(f);
    w.waitFor([&] { return w.model->rowCount() == 3; });
    CHECK(w.cell(0, u"name"_s) == u"Bernd Adler"_s);

    // "All" sorts by name: the first click turns it around.
    w.clickHeader(u"name"_s);
    w.waitFor([&] { return w.model->sort() == u"-name"_s && w.model->rowCount() == 3; });
    CHECK(w.cell(0, u"name"_s) == u"Anna Zeller"_s);
    CHECK(w.cell(2, u"name"_s) == u"Bernd Adler"_s);
    CHECK(w.table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    REQUIRE(QTest::qWaitFor([&] { return listNamed(f, u"all"_s).sort == u"-name"_s; }, WaitMs));

    // Another column sorts ascending first; its values decide the order.
    w.page->tabBar()->setCurrentIndex(0);
    w.table->applyColumns({{u"name"_s, 0}, {u"city"_s, 0}});
    w.waitFor([&] { return w.model->columns().size() == 2 && !w.cell(0, u"city"_s).isEmpty(); });
    w.clickHeader(u"city"_s);
    w.waitFor([&] { return w.model->sort() == u"city"_s && w.cell(0, u"city"_s) == u"Aachen"_s; });
    CHECK(w.cell(1, u"city"_s) == u"Dresden"_s);
    CHECK(w.cell(2, u"city"_s) == u"Köln"_s);
    w.clickHeader(u"city"_s);
    w.waitFor([&] { return w.model->sort() == u"-city"_s && w.cell(0, u"city"_s) == u"Köln"_s; });
    REQUIRE(QTest::qWaitFor([&] { return listNamed(f, u"all"_s).sort == u"-city"_s; }, WaitMs));
}

TEST_CASE("the column chooser adds a custom-field column whose values show and are kept", "[ui][workspace]")
{
    GuiFixture f;
    const Session session = f.session();
    const CustomField branche = f.value<CustomField>([session](Database &db) {
        CustomField field;
        field.name = u"Branche"_s;
        return CustomFieldService(db, session).createField(field);
    });
    Contact person;
    person.firstName = u"Anna"_s;
    person.lastName = u"Adler"_s;
    person.customValues.insert(branche.id, u"Bau"_s);
    f.add(person);
    Workspace w(f);
    w.waitFor([&] { return w.model->rowCount() == 1; });

    QTest::mouseClick(child<QPushButton>(w.page, u"columnsButton"_s), Qt::LeftButton);
    auto *chooser = waitForVisible<ColumnChooserDialog>(&w.window);
    chooser->setChecked(u"custom.Branche"_s, true);
    chooser->setChecked(u"tags"_s, false);
    QTest::mouseClick(child<QPushButton>(chooser, u"okButton"_s), Qt::LeftButton);

    w.waitFor([&] { return w.column(u"custom.Branche"_s) >= 0 && w.cell(0, u"custom.Branche"_s) == u"Bau"_s; });
    CHECK(w.column(u"tags"_s) < 0);
    CHECK(w.model->headerData(w.column(u"custom.Branche"_s), Qt::Horizontal).toString() == u"Branche"_s);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QList<ListColumn> saved = listNamed(f, u"all"_s).columns;
            return !saved.isEmpty() && saved.last().key == u"custom.Branche"_s;
        },
        WaitMs));

    // Dragging a header to another place is kept too, after a pause.
    QHeaderView *header = w.table->horizontalHeader();
    header->moveSection(header->visualIndex(w.column(u"custom.Branche"_s)), 0);
    REQUIRE(QTest::qWaitFor([&] { return listNamed(f, u"all"_s).columns.first().key == u"custom.Branche"_s; }, WaitMs));
}

TEST_CASE("the search field menu restricts the quick search to the checked fields", "[ui][workspace]")
{
    GuiFixture f;
    f.addPerson(u"Jonas"_s, u"Weber"_s, u"Bremen"_s);
    f.addPerson(u"Lena"_s, u"Bremer"_s, u"Köln"_s);
    Workspace w(f);
    w.waitFor([&] { return w.model->totalCount() == 2; });

    QTest::keyClicks(w.page->searchLineEdit(), u"Brem"_s);
    w.waitFor([&] { return w.model->searchText() == u"Brem"_s && w.model->totalCount() == 2; });

    QMenu *menu = w.page->searchFieldsMenu();
    REQUIRE(menu->actions().size() == 7);
    child<QAction>(menu, u"citySearchFieldAction"_s)->setChecked(false);
    w.waitFor([&] { return w.model->totalCount() == 1 && w.model->rowCount() == 1; });
    CHECK(w.cell(0, u"name"_s) == u"Lena Bremer"_s);
    CHECK_FALSE(f.settings().quickSearchFields().contains(u"city"_s));
    CHECK(w.page->selection().query.searchFields == f.settings().quickSearchFields());

    // The menu comes up from the search field's own button.
    child<QAction>(w.page->searchLineEdit(), u"searchFieldsAction"_s)->trigger();
    REQUIRE(QTest::qWaitFor([&] { return menu->isVisible(); }, WaitMs));
    menu->close();
}

TEST_CASE("More filters opens the filter builder and an applied filter shows the filter bar", "[ui][workspace]")
{
    GuiFixture f;
    f.addPerson(u"Jonas"_s, u"Weber"_s, u"Bremen"_s);
    f.addPerson(u"Lena"_s, u"Bremer"_s, u"Köln"_s);
    Workspace w(f);
    w.waitFor([&] { return w.model->totalCount() == 2; });
    auto *bar = child<QWidget>(w.page, u"filterBar"_s);
    CHECK_FALSE(bar->isVisible());

    QTest::mouseClick(child<QPushButton>(w.page, u"moreFiltersButton"_s), Qt::LeftButton);
    auto *builder = waitForVisible<FilterBuilderDialog>(&w.window);
    builder->reject();

    const QString filter = u"city = \"Bremen\""_s;
    w.page->applyFilter(filter);
    w.waitFor([&] { return w.model->totalCount() == 1; });
    CHECK(bar->isVisible());
    CHECK(child<QLabel>(w.page, u"filterLabel"_s)->text() == u"Filtered: "_s + filter);
    CHECK(w.window.contactSelection().query.filter == filter);

    QTest::mouseClick(child<QPushButton>(w.page, u"clearFilterButton"_s), Qt::LeftButton);
    w.waitFor([&] { return w.model->totalCount() == 2; });
    CHECK_FALSE(bar->isVisible());

    // Saved as a smart list, the filter becomes a tab of its own that is shown at once.
    w.page->applyFilter(filter);
    w.waitFor([&] { return w.model->totalCount() == 1; });
    QTest::mouseClick(child<QPushButton>(w.page, u"saveFilterButton"_s), Qt::LeftButton);
    auto *name = waitForVisible<QInputDialog>(&w.window);
    name->setTextValue(u"Bremen"_s);
    name->accept();
    REQUIRE(QTest::qWaitFor([&] { return w.page->tabBar()->currentList().name == u"Bremen"_s; }, WaitMs));
    CHECK(w.page->tabBar()->count() == 6);
    CHECK(w.page->tabBar()->currentList().filter == filter);
    w.waitFor([&] { return w.model->totalCount() == 1 && !bar->isVisible(); });
}

TEST_CASE(
    "selecting every loaded row offers all contacts of the list and Del moves them all to the trash", "[ui][workspace]")
{
    GuiFixture f;
    f.populate(450);
    const qint64 persons = f.count(ContactScope::Alive, int(ContactKind::Person));
    Workspace w(f);
    w.waitFor([&] { return w.model->totalCount() == persons && w.model->rowCount() == 200; });
    auto *bar = child<QWidget>(w.page, u"selectAllBar"_s);
    CHECK_FALSE(bar->isVisible());

    w.table->setFocus();
    w.table->selectRow(3);
    CHECK_FALSE(w.window.contactSelection().allInList);
    QTest::keyClick(w.table, Qt::Key_A, Qt::ControlModifier);
    REQUIRE(bar->isVisible());
    CHECK(child<QLabel>(w.page, u"selectAllLabel"_s)->text().startsWith(u"All 200 loaded contact"_s));
    auto *selectAll = child<QPushButton>(w.page, u"selectAllButton"_s);
    CHECK(selectAll->text() == u"Select all %1 in this list"_s.arg(QLocale().toString(persons)));
    QTest::mouseClick(selectAll, Qt::LeftButton);
    const ContactSelection selection = w.window.contactSelection();
    CHECK(selection.allInList);
    CHECK(selection.count == persons);
    CHECK(selection.ids.size() == 200);
    CHECK(selection.query.kind == int(ContactKind::Person));

    // All of a list go as a bulk job after the typed confirmation.
    QTest::keyClick(w.table, Qt::Key_Delete);
    auto *confirm = waitForVisible<TypedConfirmDialog>(&w.window);
    CHECK(child<QLabel>(confirm, u"questionLabel"_s)->text().contains(QLocale().toString(persons)));
    QTest::keyClicks(child<QLineEdit>(confirm, u"confirmWordLineEdit"_s), TypedConfirmDialog::word());
    QTest::keyClick(child<QLineEdit>(confirm, u"confirmWordLineEdit"_s), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return f.count(ContactScope::Alive, int(ContactKind::Person)) == 0; }, WaitMs));
    CHECK(f.count(ContactScope::Trash) == persons);
    CHECK(f.count(ContactScope::Alive, int(ContactKind::Company)) == 450 - persons);
}

TEST_CASE("Enter opens a profile tab, the navigation counts open profiles and Esc closes them", "[ui][workspace]")
{
    GuiFixture f;
    f.addPerson(u"Anna"_s, u"Adler"_s, u"Berlin"_s);
    f.addPerson(u"Bernd"_s, u"Zeller"_s, u"Köln"_s);
    Workspace w(f);
    w.waitFor([&] { return w.model->rowCount() == 2; });
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    auto *tabs = child<QTabWidget>(&w.window, u"profileTabWidget"_s);
    auto *sections = child<QListWidget>(&w.window, u"sectionListWidget"_s);

    w.table->setFocus();
    w.table->selectRow(0);
    QTest::keyClick(w.table, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return tabs->count() == 1 && tabs->isVisible(); }, WaitMs));
    CHECK(w.window.currentSection() == MainWindow::Section::Profiles);
    REQUIRE(QTest::qWaitFor([&] { return tabs->tabText(0) == u"Anna Adler"_s; }, WaitMs));
    CHECK(sections->currentItem()->text() == u"Open profiles (1)"_s);

    // A second profile opens beside it; opening the first again switches to its tab.
    w.window.showContacts();
    w.table->selectRow(1);
    QTest::keyClick(w.table, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return tabs->count() == 2 && tabs->currentIndex() == 1; }, WaitMs));
    w.window.openProfile(w.model->idAt(0));
    CHECK(tabs->count() == 2);
    CHECK(tabs->currentIndex() == 0);
    CHECK(sections->currentItem()->text() == u"Open profiles (2)"_s);

    tabs->currentWidget()->setFocus();
    QTest::keyClick(tabs->currentWidget(), Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return tabs->count() == 1; }, WaitMs));
    CHECK(w.window.currentSection() == MainWindow::Section::Profiles);
    QTest::keyClick(&w.window, Qt::Key_W, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return tabs->count() == 0; }, WaitMs));
    CHECK(w.window.currentSection() == MainWindow::Section::SmartLists);
    CHECK(w.window.openProfiles().isEmpty());
}

TEST_CASE("the companies table shows each company's persons and opens the company's profile", "[ui][workspace]")
{
    GuiFixture f;
    const qint64 acme = f.addCompany(u"Acme GmbH"_s);
    f.addCompany(u"Bäckerei Sommer"_s);
    f.addPerson(u"Anna"_s, u"Adler"_s, u"Berlin"_s, acme);
    f.addPerson(u"Bernd"_s, u"Zeller"_s, u"Köln"_s, acme);
    Workspace w(f);
    w.window.showSection(MainWindow::Section::Companies);
    CompaniesPage *companies = w.window.companiesPage();
    ContactListModel *model = companies->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor(
        [&] { return !model->isLoading() && model->rowCount() == 2 && model->columns().contains(u"persons"_s); },
        WaitMs));
    const int persons = int(model->columns().indexOf(u"persons"_s));
    const int name = int(model->columns().indexOf(u"name"_s));
    CHECK(cellText(*model, 0, name) == u"Acme GmbH"_s);
    CHECK(cellText(*model, 0, persons) == u"2"_s);
    CHECK(cellText(*model, 1, persons) == u"0"_s);
    CHECK(model->headerData(persons, Qt::Horizontal).toString() == u"Persons"_s);
    CHECK(child<QLabel>(companies, u"companyCountLabel"_s)->text().startsWith(u"2 compan"_s));

    // Sorted by persons, descending on the second click.
    QHeaderView *header = companies->tableView()->horizontalHeader();
    const QPoint pos(header->sectionViewportPosition(persons) + 8, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    REQUIRE(QTest::qWaitFor(
        [&] { return !model->isLoading() && cellText(*model, 0, name) == u"Bäckerei Sommer"_s; }, WaitMs));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, pos);
    REQUIRE(
        QTest::qWaitFor([&] { return !model->isLoading() && cellText(*model, 0, name) == u"Acme GmbH"_s; }, WaitMs));

    companies->tableView()->setFocus();
    companies->tableView()->selectRow(0);
    QTest::keyClick(companies->tableView(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return w.window.openProfiles().size() == 1; }, WaitMs));
    CHECK(w.window.currentSection() == MainWindow::Section::Profiles);
}

TEST_CASE("the contact list model pages by sort value, filters and changes columns under the tester",
    "[ui][model][workspace]")
{
    GuiFixture f;
    f.populate(450);
    ContactListModel model(&f.storage(), f.session(), ContactScope::Alive);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(100);
    model.setView(QString(), {u"name"_s, u"city"_s, u"created"_s}, u"-city"_s);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() == 450; }, WaitMs));
    CHECK(model.columnCount() == 3);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, WaitMs));
    }
    REQUIRE(model.rowCount() == 450);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.idAt(row));
    }
    CHECK(ids.size() == 450);

    const QString city = cellText(model, 0, 1);
    REQUIRE_FALSE(city.isEmpty());
    model.setFilter(u"city = \"%1\""_s.arg(city));
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.totalCount() < 450; }, WaitMs));
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(cellText(model, row, 1) == city);
    }
    model.setColumns({u"name"_s, u"tags"_s});
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, WaitMs));
    CHECK(model.columnCount() == 2);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == u"Tags"_s);

    model.setFilter(u"city = "_s);
    QSignalSpy failed(&model, &ContactListModel::loadFailed);
    REQUIRE(failed.wait(WaitMs));
}

TEST_CASE("the smart list and companies sections in German are saved as screenshots", "[ui][screenshot]")
{
    GuiFixture f;
    f.populate(300);
    const LanguageScope german(u"de"_s);
    {
        Workspace w(f);
        w.waitFor([&] { return w.model->rowCount() > 0; });
        w.table->selectRow(2);
        auto *rowCount = child<QLabel>(w.page, u"rowCountLabel"_s);
        REQUIRE(QTest::qWaitFor([&] { return rowCount->width() >= rowCount->sizeHint().width(); }, WaitMs));
        w.page->applyFilter(u"tags has \"Kunde\""_s);
        w.waitFor([&] { return w.model->filter() == u"tags has \"Kunde\""_s; });
        const QString listPath = guiScreenshotPath(u"smart-list-de.png"_s);
        REQUIRE(w.window.grab().save(listPath));
        CHECK(QFileInfo(listPath).size() > 10000);

        w.window.showSection(MainWindow::Section::Companies);
        ContactListModel *companies = w.window.companiesPage()->model();
        REQUIRE(QTest::qWaitFor(
            [&] { return !companies->isLoading() && companies->rowCount() > 0 && companies->columns().size() > 5; },
            WaitMs));
        const QString companiesPath = guiScreenshotPath(u"companies-de.png"_s);
        REQUIRE(w.window.grab().save(companiesPath));
        CHECK(QFileInfo(companiesPath).size() > 10000);
    }
}
