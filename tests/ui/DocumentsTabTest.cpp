#include "profile/DocumentsTab.h"

#include "RecordsUiHelpers.h"
#include "common/MessageBar.h"
#include "documents/DocumentService.h"
#include "documents/DocumentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

class DocumentsFixture : public GuiFixture
{
public:
    DocumentsFixture()
    {
        REQUIRE(m_files.isValid());
        contactId = addPerson(u"Erika"_s, u"Mustermann"_s, u"Berlin"_s);
    }

    QString file(const QString &name, const QByteArray &content) const
    {
        return writeFile(m_files.filePath(name), content);
    }

    QList<Document> stored(bool trashed = false)
    {
        const Session session = this->session();
        DocumentFilter filter;
        filter.contactId = contactId;
        filter.trashed = trashed;
        return value<QList<Document>>(
            [session, filter](Database &db) { return DocumentService(db, session).list(filter); });
    }

    // The contents in the store (not the temporary files of a copy in progress).
    int storedBlobs()
    {
        const QString root = storage().runBlocking<QString>([](Database &db) { return DocumentStore::rootFor(db); });
        int count = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            count += it.fileName().startsWith(u'.') ? 0 : 1;
        }
        return count;
    }

    qint64 contactId = 0;

private:
    QTemporaryDir m_files;
};

void openTab(DocumentsTab &tab)
{
    showWidget(tab, 620, 520);
    REQUIRE(QTest::qWaitFor([&] { return tab.isLoaded(); }, GuiWaitMs));
}

void addAndWait(DocumentsTab &tab, const QStringList &paths, Document::Category category)
{
    QSignalSpy added(&tab, &DocumentsTab::filesAdded);
    tab.addFiles(paths, category);
    REQUIRE(added.wait(GuiWaitMs));
}

QStringList names(QTreeWidget *tree)
{
    QStringList out;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        out.append(tree->topLevelItem(row)->text(0));
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("files attached by path and dropped onto the tab are listed with category and size and who added them",
    "[ui][documents]")
{
    DocumentsFixture f;
    DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
    CHECK_FALSE(tree->isVisible());
    CHECK(child<QLabel>(&tab, u"documentsEmptyLabel"_s)->isVisible());

    addAndWait(tab, {f.file(u"Angebot 2026.pdf"_s, QByteArray(2048, 'a'))}, Document::Category::Sent);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, GuiWaitMs));
    const QTreeWidgetItem *item = tree->topLevelItem(0);
    CHECK(item->text(0) == u"Angebot 2026.pdf"_s);
    CHECK(item->text(1) == u"Sent"_s);
    CHECK(item->text(2) == QLocale().formattedDataSize(2048, 1, QLocale::DataSizeTraditionalFormat));
    CHECK_FALSE(item->text(3).isEmpty());
    CHECK(item->text(4) == f.value<User>([](Database &db) { return UserService(db).ensureLocalUser(); }).name);
    auto *bar = child<MessageBar>(&tab, u"documentsMessageBar"_s);
    CHECK(bar->kind() == MessageBar::Kind::Information);
    CHECK(bar->text() == u"1 file attached: Angebot 2026.pdf"_s);

    // A drop takes the category chosen beside the Attach button.
    auto *category = child<QComboBox>(&tab, u"attachCategoryComboBox"_s);
    category->setCurrentIndex(category->findData(int(Document::Category::Received)));
    QSignalSpy added(&tab, &DocumentsTab::filesAdded);
    dropFiles(&tab, {f.file(u"Lieferschein.txt"_s, "Lieferung 42"), f.file(u"Foto.jpg"_s, QByteArray(100, 'x'))});
    REQUIRE(added.wait(GuiWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 3; }, GuiWaitMs));
    CHECK(names(tree) == QStringList{u"Angebot 2026.pdf"_s, u"Foto.jpg"_s, u"Lieferschein.txt"_s});
    int received = 0;
    for (const Document &document : f.stored()) {
        received += document.category == Document::Category::Received ? 1 : 0;
    }
    CHECK(received == 2);
}

TEST_CASE("attaching the same file twice lists it twice but stores its content once", "[ui][documents]")
{
    DocumentsFixture f;
    DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    const QString path = f.file(u"Vertrag.pdf"_s, QByteArray("%PDF-1.4 the same bytes"));
    addAndWait(tab, {path}, Document::Category::Internal);
    dropFiles(&tab, {path});
    auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 2; }, GuiWaitMs));
    const QList<Document> stored = f.stored();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].sha256 == stored[1].sha256);
    CHECK(f.storedBlobs() == 1);
}

TEST_CASE("the search field and the category filter narrow the list", "[ui][documents]")
{
    DocumentsFixture f;
    DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    addAndWait(
        tab, {f.file(u"Angebot Müller.pdf"_s, "1"), f.file(u"Angebot Schmidt.pdf"_s, "2")}, Document::Category::Sent);
    addAndWait(tab, {f.file(u"Rechnung 17.pdf"_s, "3")}, Document::Category::Received);
    auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 3; }, GuiWaitMs));

    auto *search = child<QLineEdit>(&tab, u"documentSearchLineEdit"_s);
    QTest::keyClicks(search, u"angebot"_s);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 2; }, GuiWaitMs));
    CHECK(names(tree) == QStringList{u"Angebot Müller.pdf"_s, u"Angebot Schmidt.pdf"_s});
    search->setText(u"mull"_s); // accents folded
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, GuiWaitMs));
    CHECK(tree->topLevelItem(0)->text(0) == u"Angebot Müller.pdf"_s);
    search->setText(u"nothing like it"_s);
    REQUIRE(QTest::qWaitFor([&] { return child<QLabel>(&tab, u"documentsEmptyLabel"_s)->isVisible(); }, GuiWaitMs));
    CHECK(child<QLabel>(&tab, u"documentsEmptyLabel"_s)->text() == u"No document matches."_s);
    search->clear();

    auto *filter = child<QComboBox>(&tab, u"documentFilterComboBox"_s);
    filter->setCurrentIndex(filter->findData(int(Document::Category::Received)));
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, GuiWaitMs));
    CHECK(tree->topLevelItem(0)->text(0) == u"Rechnung 17.pdf"_s);
    filter->setCurrentIndex(0);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 3; }, GuiWaitMs));
}

TEST_CASE("a document moved to the trash shows with Show trash and comes back with Restore", "[ui][documents]")
{
    DocumentsFixture f;
    DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    addAndWait(tab, {f.file(u"Alt.docx"_s, "old"), f.file(u"Neu.docx"_s, "new")}, Document::Category::Internal);
    auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 2; }, GuiWaitMs));
    auto *trash = child<QPushButton>(&tab, u"trashDocumentButton"_s);
    auto *restore = child<QPushButton>(&tab, u"restoreDocumentButton"_s);
    CHECK_FALSE(trash->isEnabled());
    CHECK_FALSE(restore->isVisible());

    const QList<QTreeWidgetItem *> old = tree->findItems(u"Alt.docx"_s, Qt::MatchExactly);
    REQUIRE(old.size() == 1);
    tree->setCurrentItem(old[0]);
    REQUIRE(trash->isEnabled());
    QTest::mouseClick(trash, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, GuiWaitMs));
    CHECK(tree->topLevelItem(0)->text(0) == u"Neu.docx"_s);
    CHECK(f.stored(true).size() == 1);

    auto *showTrash = child<QCheckBox>(&tab, u"showDocumentTrashCheckBox"_s);
    showTrash->setChecked(true);
    REQUIRE(QTest::qWaitFor(
        [&] { return tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->text(0) == u"Alt.docx"_s; }, GuiWaitMs));
    CHECK(restore->isVisible());
    CHECK_FALSE(trash->isVisible());
    CHECK_FALSE(child<QPushButton>(&tab, u"attachDocumentButton"_s)->isEnabled());
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(restore, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 0; }, GuiWaitMs));
    CHECK(child<QLabel>(&tab, u"documentsEmptyLabel"_s)->text() == u"The trash holds no documents."_s);
    showTrash->setChecked(false);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 2; }, GuiWaitMs));
}

TEST_CASE("a file over the size limit is refused with a message naming the file and the limit", "[ui][documents]")
{
    DocumentsFixture f;
    f.settings().setDocumentMaxSizeMb(1);
    DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    openTab(tab);
    const QString big = f.file(u"Präsentation.pptx"_s, QByteArray(1536 * 1024, 'p'));
    const QString small = f.file(u"Notiz.txt"_s, "klein");
    addAndWait(tab, {big, small}, Document::Category::Sent);
    auto *bar = child<MessageBar>(&tab, u"documentsMessageBar"_s);
    CHECK(bar->kind() == MessageBar::Kind::Error);
    INFO(bar->text().toStdString());
    CHECK(bar->text().contains(u"Präsentation.pptx"_s));
    CHECK(bar->text().contains(u"1 MB"_s));
    CHECK(bar->text().contains(u"1 file attached: Notiz.txt"_s));
    auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, GuiWaitMs));
    CHECK(tree->topLevelItem(0)->text(0) == u"Notiz.txt"_s);
}

TEST_CASE(
    "Open hands a copy with the document's name to the system and Edit renames and recategorises", "[ui][documents]")
{
    DocumentsFixture f;
    DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
    QList<QUrl> opened;
    tab.setOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    openTab(tab);
    addAndWait(tab, {f.file(u"Preisliste.csv"_s, "Artikel;Preis\nA;1\n")}, Document::Category::Internal);
    auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItemCount() == 1; }, GuiWaitMs));
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(&tab, u"openDocumentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return opened.size() == 1; }, GuiWaitMs));
    CHECK(opened[0].isLocalFile());
    CHECK(QFileInfo(opened[0].toLocalFile()).fileName() == u"Preisliste.csv"_s);
    QFile copy(opened[0].toLocalFile());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == "Artikel;Preis\nA;1\n");

    QTest::mouseClick(child<QPushButton>(&tab, u"editDocumentButton"_s), Qt::LeftButton);
    auto *dialog = waitForTopLevel<QDialog>(u"documentEditDialog"_s);
    QPointer<QDialog> guard(dialog);
    auto *name = child<QLineEdit>(dialog, u"documentNameLineEdit"_s);
    name->setText(u"Preise/2026.csv"_s); // refused: a folder separator
    auto *categories = child<QComboBox>(dialog, u"documentCategoryComboBox"_s);
    categories->setCurrentIndex(categories->findData(int(Document::Category::Sent)));
    QTest::mouseClick(child<QPushButton>(dialog, u"saveDocumentButton"_s), Qt::LeftButton);
    auto *error = child<MessageBar>(dialog, u"documentEditMessageBar"_s);
    REQUIRE(QTest::qWaitFor([&] { return error->isVisible(); }, GuiWaitMs));
    CHECK(error->text().contains(u"Preise/2026.csv"_s));
    name->setText(u"Preisliste 2026.csv"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveDocumentButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return guard.isNull(); }, GuiWaitMs));
    REQUIRE(QTest::qWaitFor([&] { return tree->topLevelItem(0)->text(0) == u"Preisliste 2026.csv"_s; }, GuiWaitMs));
    CHECK(tree->topLevelItem(0)->text(1) == u"Sent"_s);
}

TEST_CASE("screenshots of the Documents tab in English and German", "[ui][documents]")
{
    DocumentsFixture f;
    f.value<User>([](Database &db) { return UserService(db).create(u"Jonas Weber"_s, u"jonas@example.com"_s); });
    const Session session = f.session();
    const QString offer = f.file(u"Angebot 2026-017 Mustermann GmbH.pdf"_s, QByteArray(184 * 1024, 'a'));
    const QString contract = f.file(u"Rahmenvertrag unterschrieben.pdf"_s, QByteArray(1300 * 1024, 'b'));
    const QString photo = f.file(u"Messestand.jpg"_s, QByteArray(3 * 1024 * 1024, 'c'));
    const QString notes = f.file(u"Gesprächsnotizen.txt"_s, QByteArray(900, 'd'));
    const qint64 contactId = f.contactId;
    f.value<Document>([session, contactId, offer, contract, photo, notes](Database &db) {
        DocumentService service(db, session);
        (void)service.add(contactId, offer, Document::Category::Sent);
        (void)service.add(contactId, contract, Document::Category::Received);
        (void)service.add(contactId, photo, Document::Category::Internal);
        return service.add(contactId, notes, Document::Category::Internal);
    });
    for (const QString &language : {u"en"_s, u"de"_s}) {
        LanguageScope scope(language);
        DocumentsTab tab(&f.storage(), f.session(), &f.settings(), f.contactId);
        openTab(tab);
        auto *tree = child<QTreeWidget>(&tab, u"documentsTreeWidget"_s);
        REQUIRE(tree->topLevelItemCount() == 4);
        tree->setCurrentItem(tree->topLevelItem(1));
        QCoreApplication::processEvents();
        const QString path = guiScreenshotPath(u"documents-tab-%1.png"_s.arg(language));
        REQUIRE(tab.grab().save(path));
        CHECK(QFileInfo(path).size() > 5000);
    }
}
