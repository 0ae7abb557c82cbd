#include "BulkAction.h"
#include "BulkUiHelpers.h"
#include "GuiFixture.h"
#include "bulk/TypedConfirmDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Types like a keyboard: QTest::keyClicks knows ASCII keys only, an umlaut is sent as a key event with its text.
void typeWord(QLineEdit *edit, const QString &word)
{
    edit->clear();
    for (const QChar c : word) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

} // namespace

TEST_CASE("The typed confirmation of a bulk delete accepts only DELETE in the English UI", "[typedconfirm]")
{
    LanguageScope english(u"en"_s);
    REQUIRE(BulkAction::deleteWord() == u"DELETE"_s);
    TypedConfirmDialog dialog(1250);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(englishPlural(child<QLabel>(&dialog, u"questionLabel"_s)->text()) == u"Move 1,250 contacts to the trash?"_s);
    CHECK(englishPlural(child<QLabel>(&dialog, u"detailLabel"_s)->text()).contains(u"60 days"_s));
    CHECK(child<QLabel>(&dialog, u"promptLabel"_s)->text().contains(u"<b>DELETE</b>"_s));
    auto *edit = child<QLineEdit>(&dialog, u"confirmWordLineEdit"_s);
    QPushButton *ok = okButton(&dialog);
    CHECK(ok->text() == u"Move to trash"_s);
    CHECK_FALSE(ok->isEnabled());

    // Near misses, the other language's word and lower case keep the button disabled; Enter does nothing.
    for (const QString &wrong : {u"delete"_s, u"DELET"_s, u"DELETE!"_s, u"D E L E T E"_s, u"LÖSCHEN"_s}) {
        typeWord(edit, wrong);
        INFO("typed " << wrong.toStdString());
        CHECK_FALSE(ok->isEnabled());
        CHECK_FALSE(dialog.isConfirmed());
    }
    typeWord(edit, u"DELET"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);

    QTest::keyClick(edit, 'E');
    CHECK(edit->text() == u"DELETE"_s);
    CHECK(ok->isEnabled());
    saveBulkShot(&dialog, u"typed-confirmation-en"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.typedWord() == u"DELETE"_s);
    // Core accepts what the dialog passes on.
    CHECK(deleteConfirmationWords().contains(dialog.typedWord()));
}

TEST_CASE("The typed confirmation ignores surrounding spaces but not case", "[typedconfirm]")
{
    LanguageScope english(u"en"_s);
    CHECK(TypedConfirmDialog::matches(u" DELETE "_s));
    CHECK(TypedConfirmDialog::matches(TypedConfirmDialog::word()));
    CHECK_FALSE(TypedConfirmDialog::matches(u"Delete"_s));
    CHECK_FALSE(TypedConfirmDialog::matches(QString()));
}

TEST_CASE("In the German UI the typed confirmation asks for the German word and refuses DELETE", "[typedconfirm]")
{
    LanguageScope german(u"de"_s);
    const QString word = BulkAction::deleteWord();
    if (word == u"DELETE"_s) {
        // The catalogue lacks the message: then the dialog still asks for exactly deleteWord().
        WARN("translations/kontor_de.ts has no translation of \"DELETE\" (context BulkAction) yet");
    } else {
        CHECK(word == u"LÖSCHEN"_s);
    }
    TypedConfirmDialog dialog(3);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(TypedConfirmDialog::word() == word);
    auto *edit = child<QLineEdit>(&dialog, u"confirmWordLineEdit"_s);
    QPushButton *ok = okButton(&dialog);
    for (const QString &wrong : {u"DELETE"_s, u"LÖSCHEN"_s, word.toLower()}) {
        if (wrong == word) {
            continue;
        }
        typeWord(edit, wrong);
        INFO("typed " << wrong.toStdString());
        CHECK_FALSE(ok->isEnabled());
    }
    typeWord(edit, word);
    CHECK(ok->isEnabled());
    CHECK(child<QLabel>(&dialog, u"promptLabel"_s)->text().contains(u"<b>%1</b>"_s.arg(word)));
    saveBulkShot(&dialog, u"typed-confirmation-de"_s);
    ok->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(deleteConfirmationWords().contains(dialog.typedWord()));
}
