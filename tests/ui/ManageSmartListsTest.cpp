#include "ListsUiFixture.h"
#include "common/MessageBar.h"
#include "lists/FilterBuilderDialog.h"
#include "lists/FilterBuilderWidget.h"
#include "lists/ManageSmartListsPage.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ManageSmartListsPage::NameColumn)->text() == name) {
            return row;
        }
    }
    return -1;
}

QStringList tableNames(QTableWidget *table)
{
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row) {
        names.append(table->item(row, ManageSmartListsPage::NameColumn)->text());
    }
    return names;
}

void select(QTableWidget *table, const QString &name)
{
    const int row = rowOf(table, name);
    INFO("row " << name.toStdString() << " in " << tableNames(table).join(u", "_s).toStdString());
    REQUIRE(row >= 0);
    table->selectRow(row);
}

// Waits until both the database and the table show exactly these lists in this order.
void requireOrder(ListsUiFixture &f, QTableWidget *table, const QStringList &expected)
{
    const bool done
        = QTest::qWaitFor([&] { return f.ownListNames() == expected && tableNames(table) == expected; }, ListsWaitMs);
    INFO("stored: " << f.ownListNames().join(u", "_s).toStdString()
                    << "; shown: " << tableNames(table).join(u", "_s).toStdString());
    REQUIRE(done);
}

} // namespace

TEST_CASE("the manage page reorders, renames, copies, shares and deletes smart lists", "[ui][smartlists]")
{
    ListsUiFixture f;
    f.createList(u"Berlin"_s, u"city = \"Berlin\""_s);
    f.createList(u"Kunden"_s, u"tags has \"Kunde\""_s);
    f.createList(u"Hamburg"_s, u"city = \"Hamburg\""_s);
    const User bob
        = f.value<User>([](Database &db) { return UserService(db).create(u"Bob Berger"_s, u"bob@example.com"_s); });

    ManageSmartListsPage page(&f.storage(), f.session());
    page.resize(900, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *table = requireChild<QTableWidget>(&page, u"smartListsTableWidget"_s);
    requireOrder(f, table, {u"Berlin"_s, u"Kunden"_s, u"Hamburg"_s});
    CHECK(table->item(0, ManageSmartListsPage::FilterColumn)->text() == u"city = \"Berlin\""_s);

    // Move up and move down.
    select(table, u"Kunden"_s);
    QTest::mouseClick(requireChild<QPushButton>(&page, u"moveUpButton"_s), Qt::LeftButton);
    requireOrder(f, table, {u"Kunden"_s, u"Berlin"_s, u"Hamburg"_s});
    CHECK(page.currentListId() == f.ownLists().first().id);
    CHECK_FALSE(requireChild<QPushButton>(&page, u"moveUpButton"_s)->isEnabled());
    QTest::mouseClick(requireChild<QPushButton>(&page, u"moveDownButton"_s), Qt::LeftButton);
    requireOrder(f, table, {u"Berlin"_s, u"Kunden"_s, u"Hamburg"_s});

    // Dragging the last row's number to the top.
    table->verticalHeader()->moveSection(2, 0);
    requireOrder(f, table, {u"Hamburg"_s, u"Berlin"_s, u"Kunden"_s});
    CHECK(table->verticalHeader()->logicalIndex(0) == 0);

    // Rename in place.
    select(table, u"Berlin"_s);
    QTest::mouseClick(requireChild<QPushButton>(&page, u"renameButton"_s), Qt::LeftButton);
    QLineEdit *editor = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (editor = table->findChild<QLineEdit *>()) != nullptr; }, ListsWaitMs));
    editor->selectAll();
    QTest::keyClicks(editor, u"Berlin Mitte"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    requireOrder(f, table, {u"Hamburg"_s, u"Berlin Mitte"_s, u"Kunden"_s});

    // A name that exists already is refused in the message bar and the old name comes back.
    select(table, u"Kunden"_s);
    table->item(rowOf(table, u"Kunden"_s), ManageSmartListsPage::NameColumn)->setText(u"hamburg"_s);
    auto *bar = requireChild<MessageBar>(&page, u"messageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return !bar->isHidden(); }, ListsWaitMs));
    CHECK_FALSE(bar->text().isEmpty());
    requireOrder(f, table, {u"Hamburg"_s, u"Berlin Mitte"_s, u"Kunden"_s});

    // Copy keeps the filter under a new name.
    select(table, u"Hamburg"_s);
    QTest::mouseClick(requireChild<QPushButton>(&page, u"copyButton"_s), Qt::LeftButton);
    auto *ask = requireChild<QInputDialog>(&page, u"copyNameInputDialog"_s);
    CHECK(ask->textValue().contains(u"Hamburg"_s));
    ask->setTextValue(u"Hamburg 2"_s);
    ask->accept();
    REQUIRE(QTest::qWaitFor([&] { return rowOf(table, u"Hamburg 2"_s) >= 0; }, ListsWaitMs));
    CHECK(f.ownLists().last().filter == u"city = \"Hamburg\""_s);
    CHECK(page.currentListId() == f.ownLists().last().id);
    CHECK(bar->isHidden());

    // Share with Bob.
    select(table, u"Kunden"_s);
    const qint64 kunden = page.currentListId();
    QTest::mouseClick(requireChild<QPushButton>(&page, u"shareButton"_s), Qt::LeftButton);
    auto *share = requireChild<QDialog>(&page, u"shareDialog"_s);
    auto *users = requireChild<QListWidget>(share, u"shareUsersListWidget"_s);
    REQUIRE(users->count() == 1);
    CHECK(users->item(0)->text().contains(u"Bob Berger"_s));
    users->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(requireChild<QPushButton>(share, u"shareOkButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return table->item(rowOf(table, u"Kunden"_s), ManageSmartListsPage::SharedWithColumn)->text()
                == u"Bob Berger"_s;
        },
        ListsWaitMs));
    const Session session = f.session();
    CHECK(f.value<SmartList>([=](Database &db) { return SmartListService(db, session).byId(kunden); }).sharedWith
        == QList<qint64>{bob.id});

    // Delete asks first.
    select(table, u"Hamburg 2"_s);
    QTest::mouseClick(requireChild<QPushButton>(&page, u"deleteButton"_s), Qt::LeftButton);
    auto *confirm = requireChild<QMessageBox>(&page, u"deleteSmartListMessageBox"_s);
    CHECK(confirm->text().contains(u"Hamburg 2"_s));
    confirm->button(QMessageBox::Yes)->click();
    requireOrder(f, table, {u"Hamburg"_s, u"Berlin Mitte"_s, u"Kunden"_s});
}

TEST_CASE("the manage page edits a list's filter in the builder and follows changes made elsewhere", "[ui][smartlists]")
{
    ListsUiFixture f;
    const SmartList berlin = f.createList(u"Berlin"_s, u"city = \"Berlin\""_s);
    ManageSmartListsPage page(&f.storage(), f.session());
    page.show();
    auto *table = requireChild<QTableWidget>(&page, u"smartListsTableWidget"_s);
    requireOrder(f, table, {u"Berlin"_s});

    select(table, u"Berlin"_s);
    QTest::mouseClick(requireChild<QPushButton>(&page, u"editFilterButton"_s), Qt::LeftButton);
    QPointer<FilterBuilderDialog> dialog = requireChild<FilterBuilderDialog>(&page, u"filterBuilderDialog"_s);
    CHECK(dialog->editedListId() == berlin.id);
    CHECK(dialog->windowTitle().contains(u"Berlin"_s));
    auto *save = requireChild<QPushButton>(dialog, u"saveSmartListButton"_s);
    CHECK(save->text() == u"Save"_s);
    CHECK(dialog->filterText() == berlin.filter);
    REQUIRE(QTest::qWaitFor([&] { return dialog->builder()->isEnabled(); }, ListsWaitMs));
    auto *value = requireChild<QLineEdit>(dialog->builder(), u"valueLineEdit"_s);
    value->clear();
    QTest::keyClicks(value, u"Potsdam"_s);
    REQUIRE(QTest::qWaitFor([&] { return save->isEnabled(); }, ListsWaitMs));
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return table->item(0, ManageSmartListsPage::FilterColumn)->text().contains(u"Potsdam"_s); },
        ListsWaitMs));
    CHECK(f.ownLists().first().filter.contains(u"Potsdam"_s));
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull() || !dialog->isVisible(); }, ListsWaitMs));

    // A list created elsewhere (another window, the command line) appears without a reload by hand.
    f.createList(u"Neu"_s, QString());
    REQUIRE(QTest::qWaitFor([&] { return rowOf(table, u"Neu"_s) == 1; }, ListsWaitMs));
}

TEST_CASE("the manage page in German is saved as a screenshot", "[ui][smartlists][screenshot]")
{
    ListsUiFixture f;
    const Session session = f.session();
    f.value<bool>([=](Database &db) -> Result<bool> {
        if (auto done = SmartListService(db, session).ensureDefaults(); !done) {
            return done.error();
        }
        return true;
    });
    const SmartList berlin = f.createList(u"Kunden in Berlin"_s, u"city = \"Berlin\" and tags has \"Kunde\""_s);
    const User bob
        = f.value<User>([](Database &db) { return UserService(db).create(u"Bob Berger"_s, u"bob@example.com"_s); });
    f.value<bool>([=](Database &db) -> Result<bool> {
        if (auto done = SmartListService(db, session).share(berlin.id, {bob.id}); !done) {
            return done.error();
        }
        return true;
    });
    Translations::install(u"de"_s);
    {
        ManageSmartListsPage page(&f.storage(), f.session());
        page.resize(1000, 420);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        auto *table = requireChild<QTableWidget>(&page, u"smartListsTableWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return rowOf(table, u"Kunden in Berlin"_s) >= 0; }, ListsWaitMs));
        select(table, u"Kunden in Berlin"_s);
        CHECK(page.grab().save(screenshotPath(u"manage-lists-de.png"_s)));
    }
    Translations::install(u"en"_s);
}
