#include "BulkUiHelpers.h"
#include "GuiFixture.h"
#include "contacts/ContactListModel.h"
#include "trash/TrashPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;

QList<qint64> addTrashed(GuiFixture &f, const QString &lastName, int count)
{
    QList<Contact> contacts;
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.firstName = u"Person %1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        contact.lastName = lastName;
        contacts.append(contact);
    }
    const Session session = f.session();
    const QList<qint64> ids = f.value<QList<qint64>>(
        [session, contacts](Database &db) { return ContactService(db, session).createMany(contacts); });
    moveToTrash(f, ids);
    QCoreApplication::processEvents();
    return ids;
}

QMessageBox *waitForQuestion(TrashPage &page)
{
    return waitForVisible<QMessageBox>(&page, u"restoreConfirmBox"_s);
}

} // namespace

TEST_CASE("Restoring the selected contacts asks first and Cancel keeps them in the trash", "[restore]")
{
    GuiFixture f;
    addTrashed(f, u"Adler"_s, 2);
    addTrashed(f, u"Berg"_s, 1);
    TrashPage page(&f.storage(), f.session());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1000, 500);
    page.show();
    ContactListModel *model = page.model();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, WaitMs));
    // Deleted at / by and the days left before the purge.
    for (int row = 0; row < 3; ++row) {
        CHECK_FALSE(cellText(*model, row, ContactListModel::DeletedAtColumn).isEmpty());
        CHECK(cellText(*model, row, ContactListModel::DeletedByColumn)
            == f.value<User>([](Database &db) { return UserService(db).ensureLocalUser(); }).name);
        CHECK(model->index(row, ContactListModel::DaysLeftColumn).data().toInt() == ContactService::TrashRetentionDays);
    }
    CHECK(englishPlural(child<QLabel>(&page, u"trashCountLabel"_s)->text()) == u"3 contacts in the trash"_s);

    auto *table = child<QTableView>(&page, u"trashTableView"_s);
    auto *restore = child<QPushButton>(&page, u"restoreButton"_s);
    table->selectRow(0);
    const QString name = cellText(*model, 0, ContactListModel::TrashNameColumn);
    REQUIRE(restore->isEnabled());
    saveBulkShot(&page, u"restore-page-en"_s);
    restore->click();
    QMessageBox *question = waitForQuestion(page);
    CHECK(question->text() == u"Restore \"%1\" with its notes and company links?"_s.arg(name));
    saveBulkShot(question, u"restore-confirmation-en"_s);
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    CHECK(f.count(ContactScope::Trash) == 3);

    QSignalSpy restored(&page, &TrashPage::restored);
    table->selectAll();
    restore->click();
    question = waitForQuestion(page);
    CHECK(englishPlural(question->text()) == u"Restore 3 contacts with their notes and company links?"_s);
    question->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return restored.count() == 1; }, WaitMs));
    CHECK(restored.first().first().toInt() == 3);
    CHECK(f.count(ContactScope::Trash) == 0);
    CHECK(f.count(ContactScope::Alive) == 3);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 0; }, WaitMs));
    CHECK_FALSE(restore->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, u"restoreAllButton"_s)->isEnabled());
}

TEST_CASE("Restore all brings back every trashed contact the search finds, also rows never loaded", "[restore]")
{
    GuiFixture f;
    constexpr int Bergs = 230; // more than the table's first page
    addTrashed(f, u"Berg"_s, Bergs);
    addTrashed(f, u"Adler"_s, 4);
    TrashPage page(&f.storage(), f.session());
    page.resize(1000, 500);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->totalCount() == Bergs + 4; }, WaitMs));
    auto *restoreAll = child<QPushButton>(&page, u"restoreAllButton"_s);
    CHECK(restoreAll->text() == u"Restore all..."_s);

    QTest::keyClicks(child<QLineEdit>(&page, u"trashSearchLineEdit"_s), u"Berg"_s);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->totalCount() == Bergs; }, WaitMs));
    CHECK(page.model()->rowCount() < Bergs);
    CHECK(restoreAll->text() == u"Restore all 230 found..."_s);
    REQUIRE(restoreAll->isEnabled());
    restoreAll->click();
    QMessageBox *question = waitForQuestion(page);
    CHECK(englishPlural(question->text()) == u"Restore the 230 contacts found with their notes and company links?"_s);
    question->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return f.count(ContactScope::Trash) == 4; }, WaitMs));
    CHECK(f.count(ContactScope::Alive) == Bergs);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->totalCount() == 0; }, WaitMs));
    CHECK(englishPlural(child<QLabel>(&page, u"messageBar"_s)->text()) == u"230 contacts restored."_s);
}

TEST_CASE("The Restore section in German", "[restore][screenshot]")
{
    GuiFixture f;
    LanguageScope german(u"de"_s);
    addTrashed(f, u"Adler"_s, 3);
    TrashPage page(&f.storage(), f.session());
    page.resize(1000, 500);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 3; }, WaitMs));
    child<QTableView>(&page, u"trashTableView"_s)->selectAll();
    saveBulkShot(&page, u"restore-page-de"_s);
    child<QPushButton>(&page, u"restoreButton"_s)->click();
    saveBulkShot(waitForQuestion(page), u"restore-confirmation-de"_s);
}
