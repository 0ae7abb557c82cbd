#include "importexport/ExportDialog.h"

#include "GuiFixture.h"
#include "ImportExportUiHelpers.h"
#include "settings/Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;

QString readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("The export dialog writes the selected contacts with the checked columns as CSV", "[exportdialog]")
{
    GuiFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const qint64 anna = f.addPerson(u"Anna"_s, u"Adler"_s, u"Berlin"_s);
    f.addPerson(u"Bernd"_s, u"Brandt"_s, u"Köln"_s);
    const qint64 clara = f.addPerson(u"Clara"_s, u"Cramer"_s, u"Bonn"_s);
    ContactSelection selection;
    selection.ids = {anna, clara};
    selection.count = 2;

    ExportDialog dialog(&f.storage(), f.session(), selection);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return dialog.columnsLoaded(); }, WaitMs));
    CHECK(child<QAbstractButton>(&dialog, u"selectionRadioButton"_s)->isChecked());
    auto *columns = child<QListWidget>(&dialog, u"columnsListWidget"_s);
    REQUIRE(columns->count() > 3);
    for (int row = 0; row < columns->count(); ++row) {
        CHECK(columns->item(row)->checkState() == Qt::Checked);
    }
    // Only the names.
    for (int row = 0; row < columns->count(); ++row) {
        const QString key = columns->item(row)->data(Qt::UserRole).toString();
        const bool keep = key == u"first_name"_s || key == u"last_name"_s;
        columns->item(row)->setCheckState(keep ? Qt::Checked : Qt::Unchecked);
    }
    CHECK(dialog.checkedColumns() == QStringList{u"first_name"_s, u"last_name"_s});
    const QString path = dir.filePath(u"auswahl.csv"_s);
    dialog.setPath(path);
    saveShot(&dialog, u"export-dialog-en"_s);

    QSignalSpy exported(&dialog, &ExportDialog::exported);
    child<QAbstractButton>(&dialog, u"exportButton"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return exported.count() == 1; }, WaitMs));
    CHECK(exported.at(0).at(0).toLongLong() == 2);
    CHECK(child<QLabel>(&dialog, u"messageBar"_s)->text().contains(u"2"_s));
    saveShot(&dialog, u"export-dialog-done-en"_s);

    const QString csv = readAll(path);
    CHECK(csv.contains(u"Anna"_s));
    CHECK(csv.contains(u"Cramer"_s));
    CHECK_FALSE(csv.contains(u"Bonn"_s));
    CHECK_FALSE(csv.contains(u"Brandt"_s));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    CHECK(lines.size() == 3);
    CHECK(lines.first().count(u',') == 1);
}

TEST_CASE(
    "The export dialog follows the format with the file suffix and exports all contacts as vCard", "[exportdialog]")
{
    GuiFixture f;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    f.addPerson(u"Anna"_s, u"Adler"_s, u"Berlin"_s);
    f.addPerson(u"Bernd"_s, u"Brandt"_s, u"Köln"_s);

    ExportDialog dialog(&f.storage(), f.session(), ContactSelection{});
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return dialog.columnsLoaded(); }, WaitMs));
    CHECK_FALSE(child<QAbstractButton>(&dialog, u"selectionRadioButton"_s)->isEnabled());
    child<QAbstractButton>(&dialog, u"allRadioButton"_s)->click();
    dialog.setPath(dir.filePath(u"alle.csv"_s));
    dialog.setFormat(ExportFormat::VCard4);
    CHECK(dialog.path() == dir.filePath(u"alle.vcf"_s));
    CHECK_FALSE(child<QWidget>(&dialog, u"columnsGroupBox"_s)->isEnabled());

    QSignalSpy exported(&dialog, &ExportDialog::exported);
    child<QAbstractButton>(&dialog, u"exportButton"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return exported.count() == 1; }, WaitMs));
    CHECK(exported.at(0).at(0).toLongLong() == 2);
    const QString vcf = readAll(dir.filePath(u"alle.vcf"_s));
    CHECK(vcf.count(u"BEGIN:VCARD"_s) == 2);
    CHECK(vcf.contains(u"VERSION:4.0"_s));
}

TEST_CASE("The export dialog in German", "[exportdialog]")
{
    GuiFixture f;
    LanguageScope german(u"de"_s);
    f.addPerson(u"Anna"_s, u"Adler"_s, u"Berlin"_s);
    ExportDialog dialog(&f.storage(), f.session(), ContactSelection{});
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return dialog.columnsLoaded(); }, WaitMs));
    dialog.setFormat(ExportFormat::CsvExcel);
    CHECK(dialog.path().endsWith(u".csv"_s));
    saveShot(&dialog, u"export-dialog-de"_s);
}
