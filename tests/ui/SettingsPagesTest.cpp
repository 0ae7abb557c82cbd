#include "ContactTypeService.h"
#include "GuiFixture.h"
#include "common/MessageBar.h"
#include "common/RegionComboBox.h"
#include "contacts/ContactService.h"
#include "customfields/CustomFieldService.h"
#include "settings/ContactTypesSettingsPage.h"
#include "settings/CustomFieldDialog.h"
#include "settings/CustomFieldTreeWidget.h"
#include "settings/CustomFieldsSettingsPage.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/SettingsPage.h"
#include "settings/Translations.h"
#include "settings/UsersSettingsPage.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = 15000;

// GuiFixture with the custom field, contact type and user helpers of the settings page tests.
class SettingsFixture : public Test::GuiFixture
{
public:
    // Runs `job` with a CustomFieldService on the storage thread and hands back its value (REQUIREs success).
    template <typename T> T customFields(std::function<Result<T>(CustomFieldService &)> job)
    {
        const Session session = this->session();
        return value<T>([session, job](Database &db) {
            CustomFieldService service(db, session);
            return job(service);
        });
    }

    QList<CustomField> storedFields()
    {
        return customFields<QList<CustomField>>([](CustomFieldService &s) { return s.fields(); });
    }

    QList<CustomFieldFolder> storedFolders()
    {
        return customFields<QList<CustomFieldFolder>>([](CustomFieldService &s) { return s.folders(); });
    }

    CustomField storedField(const QString &name)
    {
        return customFields<CustomField>([name](CustomFieldService &s) { return s.fieldByName(name); });
    }

    QStringList contactTypes()
    {
        const Session session = this->session();
        return value<QStringList>([session](Database &db) { return ContactTypeService(db, session).list(); });
    }

    void createContact(const QString &firstName, const QString &type, const QMap<qint64, QString> &values = {})
    {
        const Session session = this->session();
        value<Contact>([=](Database &db) {
            Contact c;
            c.firstName = firstName;
            c.contactType = type;
            c.customValues = values;
            return ContactService(db, session).create(c);
        });
    }

    QList<User> users()
    {
        return value<QList<User>>([](Database &db) { return UserService(db).list(); });
    }
};

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

// Waits for a visible top-level widget (a dialog or message box opened with open()) and returns it.
template <typename T> T *waitForVisible(QObject *parent, const QString &name)
{
    T *found = nullptr;
    INFO("waiting for " << name.toStdString());
    REQUIRE(QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        WaitMs));
    return found;
}

QString screenshotPath(const QString &fileName)
{
    const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    REQUIRE(QDir().mkpath(folder));
    return folder + u'/' + fileName;
}

QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &text)
{
    const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    INFO("tree item " << text.toStdString());
    REQUIRE(found.size() == 1);
    return found.first();
}

void answerFolderName(CustomFieldsSettingsPage *page, const QString &name)
{
    QPointer<QInputDialog> dialog = waitForVisible<QInputDialog>(page, u"folderNameInputDialog"_s);
    dialog->setTextValue(name);
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs));
}

CustomFieldFolder folderNamed(const QList<CustomFieldFolder> &folders, const QString &name)
{
    for (const auto &folder : folders) {
        if (folder.name == name) {
            return folder;
        }
    }
    FAIL("no folder " << name.toStdString());
    return {};
}

QStringList namesIn(const QList<CustomField> &fields, qint64 folderId)
{
    QStringList names;
    for (const auto &field : fields) {
        if (field.folderId == folderId) {
            names << field.name;
        }
    }
    return names;
}

// Fills and saves the field dialog the page opened; `options` only for select types.
void saveNewField(CustomFieldsSettingsPage *page, const QString &name, CustomFieldType type, const QStringList &options)
{
    QPointer<CustomFieldDialog> dialog = waitForVisible<CustomFieldDialog>(page, u"customFieldDialog"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameLineEdit"_s), name);
    auto *typeCombo = child<QComboBox>(dialog, u"typeComboBox"_s);
    typeCombo->setCurrentIndex(typeCombo->findData(int(type)));
    CHECK(typeCombo->currentText() == customFieldTypeLabel(type));
    auto *optionsBox = child<QWidget>(dialog, u"optionsGroupBox"_s);
    CHECK(optionsBox->isVisible() == !options.isEmpty());
    for (const QString &option : options) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"newOptionLineEdit"_s), option);
        QTest::mouseClick(child<QPushButton>(dialog, u"addOptionButton"_s), Qt::LeftButton);
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    const bool closed = QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs);
    INFO("message bar: " << (dialog ? child<MessageBar>(dialog, u"messageBar"_s)->text().toStdString() : ""));
    REQUIRE(closed);
}

void waitForField(CustomFieldsSettingsPage *page, const std::function<bool(const QList<CustomField> &)> &done)
{
    REQUIRE(QTest::qWaitFor([&] { return !page->isLoading() && done(page->fields()); }, WaitMs));
}

} // namespace

TEST_CASE("the custom fields page creates, edits, moves, reorders and deletes folders and fields", "[ui][settings]")
{
    SettingsFixture f;
    SettingsPage settingsPage(&f.storage(), f.session(), &f.settings());
    settingsPage.resize(1000, 650);
    auto *tabs = child<QTabWidget>(&settingsPage, u"settingsTabWidget"_s);
    CHECK(tabs->count() == 6); // General, Custom fields, Contact types, Users, Reminders, Calendars
    auto *page = settingsPage.customFieldsPage();
    tabs->setCurrentWidget(page);
    settingsPage.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settingsPage));
    auto *tree = child<CustomFieldTreeWidget>(page, u"customFieldsTreeWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return !page->isLoading() && tree->topLevelItemCount() == 1; }, WaitMs));
    CHECK(tree->topLevelItem(0)->text(0) == u"Without folder"_s);

    // Two folders through the name dialog.
    QTest::mouseClick(child<QPushButton>(page, u"newFolderButton"_s), Qt::LeftButton);
    answerFolderName(page, u"Vertrieb"_s);
    REQUIRE(QTest::qWaitFor([&] { return page->folders().size() == 1; }, WaitMs));
    QTest::mouseClick(child<QPushButton>(page, u"newFolderButton"_s), Qt::LeftButton);
    answerFolderName(page, u"Intern"_s);
    REQUIRE(QTest::qWaitFor([&] { return page->folders().size() == 2 && tree->topLevelItemCount() == 3; }, WaitMs));
    const CustomFieldFolder sales = folderNamed(f.storedFolders(), u"Vertrieb"_s);
    CustomFieldFolder internal = folderNamed(f.storedFolders(), u"Intern"_s);

    // A field of every type in "Vertrieb", the selected folder; select types with their options.
    for (const CustomFieldType type : allCustomFieldTypes()) {
        tree->setCurrentItem(treeItem(tree, u"Vertrieb"_s));
        QTest::mouseClick(child<QPushButton>(page, u"newFieldButton"_s), Qt::LeftButton);
        const bool select = type == CustomFieldType::SingleSelect || type == CustomFieldType::MultiSelect;
        const QString name = u"Feld "_s + customFieldTypeKey(type);
        saveNewField(page, name, type, select ? QStringList{u"Bau"_s, u"Handel"_s} : QStringList());
        waitForField(page, [&](const QList<CustomField> &fields) {
            return std::any_of(fields.cbegin(), fields.cend(), [&](const CustomField &x) { return x.name == name; });
        });
    }
    QList<CustomField> stored = f.storedFields();
    REQUIRE(stored.size() == 11);
    for (const CustomFieldType type : allCustomFieldTypes()) {
        const CustomField field = f.storedField(u"Feld "_s + customFieldTypeKey(type));
        CHECK(field.type == type);
        CHECK(field.folderId == sales.id);
        const bool select = type == CustomFieldType::SingleSelect || type == CustomFieldType::MultiSelect;
        CHECK(field.options == (select ? QStringList{u"Bau"_s, u"Handel"_s} : QStringList()));
    }
    CHECK(treeItem(tree, u"Vertrieb"_s)->childCount() == 11);

    // A duplicate name stays in the dialog with the service's message.
    tree->setCurrentItem(treeItem(tree, u"Intern"_s));
    QTest::mouseClick(child<QPushButton>(page, u"newFieldButton"_s), Qt::LeftButton);
    {
        QPointer<CustomFieldDialog> dialog = waitForVisible<CustomFieldDialog>(page, u"customFieldDialog"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"feld text"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        auto *bar = child<MessageBar>(dialog, u"messageBar"_s);
        REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, WaitMs));
        CHECK(bar->text().contains(u"exists already"_s));
        dialog->reject();
        REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs));
    }

    // Edit: rename, options reordered and one removed, folder changed; the type cannot change.
    tree->setCurrentItem(treeItem(tree, u"Feld single_select"_s));
    QTest::mouseClick(child<QPushButton>(page, u"editFieldButton"_s), Qt::LeftButton);
    {
        QPointer<CustomFieldDialog> dialog = waitForVisible<CustomFieldDialog>(page, u"customFieldDialog"_s);
        CHECK_FALSE(child<QComboBox>(dialog, u"typeComboBox"_s)->isEnabled());
        auto *name = child<QLineEdit>(dialog, u"nameLineEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Branche"_s);
        auto *options = child<QListWidget>(dialog, u"optionsListWidget"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"newOptionLineEdit"_s), u"Chemie"_s);
        QTest::keyClick(child<QLineEdit>(dialog, u"newOptionLineEdit"_s), Qt::Key_Return);
        REQUIRE(dialog);
        CHECK(options->count() == 3);
        QTest::mouseClick(child<QPushButton>(dialog, u"moveOptionUpButton"_s), Qt::LeftButton);
        options->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, u"removeOptionButton"_s), Qt::LeftButton);
        auto *folder = child<QComboBox>(dialog, u"folderComboBox"_s);
        folder->setCurrentIndex(folder->findData(internal.id));
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs));
    }
    waitForField(page, [](const QList<CustomField> &fields) {
        return std::any_of(fields.cbegin(), fields.cend(), [](const CustomField &x) { return x.name == u"Branche"_s; });
    });
    const CustomField branche = f.storedField(u"Branche"_s);
    CHECK(branche.type == CustomFieldType::SingleSelect);
    CHECK(branche.folderId == internal.id);
    CHECK(branche.options == (QStringList{u"Chemie"_s, u"Handel"_s}));

    // Rename a folder.
    tree->setCurrentItem(treeItem(tree, u"Intern"_s));
    QTest::mouseClick(child<QPushButton>(page, u"renameFolderButton"_s), Qt::LeftButton);
    answerFolderName(page, u"Interna"_s);
    REQUIRE(QTest::qWaitFor([&] { return !tree->findItems(u"Interna"_s, Qt::MatchExactly).isEmpty(); }, WaitMs));
    internal = folderNamed(f.storedFolders(), u"Interna"_s);

    // Move down and up within a folder.
    tree->setCurrentItem(treeItem(tree, u"Feld text"_s));
    auto *down = child<QPushButton>(page, u"moveFieldDownButton"_s);
    CHECK_FALSE(child<QPushButton>(page, u"moveFieldUpButton"_s)->isEnabled());
    QTest::mouseClick(down, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return namesIn(f.storedFields(), sales.id).mid(0, 2) == QStringList{u"Feld long_text"_s, u"Feld text"_s};
        },
        WaitMs));
    REQUIRE(
        QTest::qWaitFor([&] { return treeItem(tree, u"Vertrieb"_s)->child(1)->text(0) == u"Feld text"_s; }, WaitMs));
    CHECK(tree->currentItem()->text(0) == u"Feld text"_s);
    tree->setCurrentItem(treeItem(tree, u"Feld email"_s));
    CHECK_FALSE(down->isEnabled());
    QTest::mouseClick(child<QPushButton>(page, u"moveFieldUpButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return namesIn(f.storedFields(), sales.id).mid(8, 2) == QStringList{u"Feld email"_s, u"Feld phone"_s};
        },
        WaitMs));

    // Drag and drop: "Feld date" dropped on the folder "Interna" goes to its end.
    {
        const QRect target = tree->visualItemRect(treeItem(tree, u"Interna"_s));
        CHECK(tree->dropField(f.storedField(u"Feld date"_s).id, target.center()));
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            return namesIn(f.storedFields(), internal.id) == QStringList{u"Branche"_s, u"Feld date"_s};
        },
        WaitMs));
    // ... and dropped on the upper half of "Branche" it goes before it.
    REQUIRE(QTest::qWaitFor([&] { return treeItem(tree, u"Interna"_s)->childCount() == 2; }, WaitMs));
    {
        const QRect rect = tree->visualItemRect(treeItem(tree, u"Branche"_s));
        CHECK(tree->dropField(f.storedField(u"Feld date"_s).id, QPoint(rect.center().x(), rect.top() + 1)));
    }
    REQUIRE(QTest::qWaitFor(
        [&] {
            return namesIn(f.storedFields(), internal.id) == QStringList{u"Feld date"_s, u"Branche"_s};
        },
        WaitMs));

    // Deleting a field with values says how many contacts lose theirs.
    const CustomField text = f.storedField(u"Feld text"_s);
    f.createContact(u"Ina"_s, u"Customer"_s, {{text.id, u"wichtig"_s}});
    REQUIRE(QTest::qWaitFor([&] { return !page->isLoading(); }, WaitMs));
    tree->setCurrentItem(treeItem(tree, u"Feld text"_s));
    QTest::mouseClick(child<QPushButton>(page, u"deleteFieldButton"_s), Qt::LeftButton);
    {
        auto *box = waitForVisible<QMessageBox>(page, u"deleteFieldMessageBox"_s);
        CHECK(box->text().contains(u"Feld text"_s));
        CHECK(box->text().contains(u"1 contact"_s));
        box->button(QMessageBox::Yes)->click();
    }
    waitForField(page, [](const QList<CustomField> &fields) { return fields.size() == 10; });
    CHECK(f.storedFields().size() == 10);

    // Cancel keeps the folder; Yes deletes it and its fields move to "Without folder".
    tree->setCurrentItem(treeItem(tree, u"Interna"_s));
    QTest::mouseClick(child<QPushButton>(page, u"deleteFolderButton"_s), Qt::LeftButton);
    {
        QPointer<QMessageBox> box = waitForVisible<QMessageBox>(page, u"deleteFolderMessageBox"_s);
        CHECK(box->text().contains(u"Without folder"_s));
        CHECK(box->text().contains(u"2 field"_s));
        box->button(QMessageBox::Cancel)->click();
        REQUIRE(QTest::qWaitFor([&] { return box.isNull(); }, WaitMs));
    }
    CHECK(f.storedFolders().size() == 2);
    QTest::mouseClick(child<QPushButton>(page, u"deleteFolderButton"_s), Qt::LeftButton);
    waitForVisible<QMessageBox>(page, u"deleteFolderMessageBox"_s)->button(QMessageBox::Yes)->click();
    REQUIRE(QTest::qWaitFor([&] { return page->folders().size() == 1 && tree->topLevelItemCount() == 2; }, WaitMs));
    CHECK(f.storedFolders().size() == 1);
    CHECK(namesIn(f.storedFields(), 0) == (QStringList{u"Feld date"_s, u"Branche"_s}));
    CHECK(treeItem(tree, u"Without folder"_s)->childCount() == 2);
}

TEST_CASE("the contact types page adds, renames, reorders and removes types", "[ui][settings]")
{
    SettingsFixture f;
    ContactTypesSettingsPage page(&f.storage(), f.session());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QStringList defaults{u"Lead"_s, u"Customer"_s, u"Partner"_s, u"Supplier"_s, u"Other"_s};
    REQUIRE(QTest::qWaitFor([&] { return page.types() == defaults; }, WaitMs));
    auto *list = child<QListWidget>(&page, u"contactTypesListWidget"_s);
    CHECK(list->item(1)->text() == u"Customer"_s);

    QTest::keyClicks(child<QLineEdit>(&page, u"newContactTypeLineEdit"_s), u"Presse"_s);
    QTest::mouseClick(child<QPushButton>(&page, u"addContactTypeButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.types().size() == 6 && list->count() == 6; }, WaitMs));
    CHECK(f.contactTypes() == defaults + QStringList{u"Presse"_s});
    CHECK(list->currentItem()->text() == u"Presse"_s);

    // Rename in place: the editor opened by the Rename button commits on Enter.
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    QTest::mouseClick(child<QPushButton>(&page, u"renameContactTypeButton"_s), Qt::LeftButton);
    QLineEdit *editor = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            editor = list->viewport()->findChild<QLineEdit *>();
            return editor && editor->isVisible();
        },
        WaitMs));
    editor->selectAll();
    QTest::keyClicks(editor, u"Medien"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return page.types().contains(u"Medien"_s); }, WaitMs));
    CHECK(f.contactTypes() == defaults + QStringList{u"Medien"_s});

    // Up one row.
    list->setCurrentRow(5);
    QTest::mouseClick(child<QPushButton>(&page, u"moveContactTypeUpButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.types().indexOf(u"Medien"_s) == 4; }, WaitMs));
    CHECK(f.contactTypes().indexOf(u"Medien"_s) == 4);
    CHECK(list->currentRow() == 4);

    // A type in use is refused with the service's message; an unused one goes.
    f.createContact(u"Uwe"_s, u"Customer"_s);
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&page, u"removeContactTypeButton"_s), Qt::LeftButton);
    auto *bar = child<MessageBar>(&page, u"messageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, WaitMs));
    CHECK(bar->text().contains(u"1 contact"_s));
    CHECK(f.contactTypes().contains(u"Customer"_s));
    REQUIRE(QTest::qWaitFor([&] { return !page.isLoading() && list->count() == 6; }, WaitMs));
    list->setCurrentRow(4);
    QTest::mouseClick(child<QPushButton>(&page, u"removeContactTypeButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.types() == defaults; }, WaitMs));
    CHECK(f.contactTypes() == defaults);
    CHECK_FALSE(bar->isVisible());
}

TEST_CASE("the users page lists the local user with the team and adds a user", "[ui][settings]")
{
    SettingsFixture f;
    UsersSettingsPage page(&f.storage());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *table = child<QTableWidget>(&page, u"usersTableWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 1; }, WaitMs));
    CHECK(table->item(0, 2)->text() == u"My team"_s);

    auto *bar = child<MessageBar>(&page, u"messageBar"_s);
    QTest::keyClicks(child<QLineEdit>(&page, u"userNameLineEdit"_s), u"Anna Berg"_s);
    QTest::keyClicks(child<QLineEdit>(&page, u"userEmailLineEdit"_s), u"anna@@example"_s);
    QTest::mouseClick(child<QPushButton>(&page, u"addUserButton"_s), Qt::LeftButton);
    CHECK(bar->isVisible());
    CHECK(f.users().size() == 1);

    auto *email = child<QLineEdit>(&page, u"userEmailLineEdit"_s);
    email->clear();
    QTest::keyClicks(email, u"anna@example.com"_s);
    QTest::mouseClick(child<QPushButton>(&page, u"addUserButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 2; }, WaitMs));
    const QList<User> users = f.users();
    REQUIRE(users.size() == 2);
    CHECK(users.first().name == u"Anna Berg"_s);
    CHECK(users.first().email == u"anna@example.com"_s);
    CHECK(users.first().teamId == f.session().teamId);
    CHECK(table->item(0, 0)->text() == u"Anna Berg"_s);
    CHECK(table->item(0, 2)->text() == u"My team"_s);
    CHECK(bar->kind() == MessageBar::Kind::Information);
}

TEST_CASE("the general tab of the settings section saves a choice at once", "[ui][settings]")
{
    SettingsFixture f;
    SettingsPage page(&f.storage(), f.session(), &f.settings());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *region = child<RegionComboBox>(page.generalPage(), u"regionComboBox"_s);
    region->setRegion(u"CH"_s);
    CHECK(f.settings().defaultPhoneRegion() == u"DE"_s);
    Q_EMIT region->activated(region->currentIndex());
    CHECK(f.settings().defaultPhoneRegion() == u"CH"_s);
}

TEST_CASE("the custom fields page in German is saved as a screenshot", "[ui][screenshot]")
{
    SettingsFixture f;
    const auto make = [&](const QString &name, CustomFieldType type, qint64 folder, const QStringList &options = {}) {
        CustomField field;
        field.name = name;
        field.type = type;
        field.folderId = folder;
        field.options = options;
        f.customFields<CustomField>([field](CustomFieldService &s) { return s.createField(field); });
    };
    const auto folder = [&](const QString &name) {
        return f.customFields<CustomFieldFolder>([name](CustomFieldService &s) { return s.createFolder(name); }).id;
    };
    const qint64 sales = folder(u"Vertrieb"_s);
    const qint64 internal = folder(u"Intern"_s);
    make(u"Branche"_s, CustomFieldType::SingleSelect, sales, {u"Bau"_s, u"Handel"_s, u"Industrie"_s});
    make(u"Jahresumsatz"_s, CustomFieldType::Money, sales);
    make(u"Kunde seit"_s, CustomFieldType::Date, sales);
    make(u"Interessen"_s, CustomFieldType::MultiSelect, sales, {u"CRM"_s, u"ERP"_s, u"Beratung"_s});
    make(u"Notiz intern"_s, CustomFieldType::LongText, internal);
    make(u"Newsletter"_s, CustomFieldType::Checkbox, internal);
    make(u"Mitarbeiterzahl"_s, CustomFieldType::Number, internal);
    make(u"Webseite"_s, CustomFieldType::Url, 0);

    Translations::install(u"de"_s);
    {
        SettingsPage page(&f.storage(), f.session(), &f.settings());
        page.resize(1000, 560);
        child<QTabWidget>(&page, u"settingsTabWidget"_s)->setCurrentWidget(page.customFieldsPage());
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        auto *tree = child<QTreeWidget>(&page, u"customFieldsTreeWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 3; }, WaitMs));
        CHECK(tree->topLevelItem(0)->text(0) == u"Ohne Ordner"_s);
        tree->setCurrentItem(treeItem(tree, u"Jahresumsatz"_s));
        const QString path = screenshotPath(u"settings-custom-fields-de.png"_s);
        REQUIRE(page.grab().save(path));
        CHECK(QFileInfo(path).size() > 10000);
    }
    Translations::install(u"en"_s);
}
