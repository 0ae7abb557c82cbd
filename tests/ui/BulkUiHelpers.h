#pragma once

#include "GuiFixture.h"
#include "contacts/ContactService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QWidget>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace Kontor::Test {

// The English plural forms of "%n contact(s)" come from translations/kontor_en.ts; until lupdate has added a
// new message there, Qt shows it as written. Tests compare the plural form either way.
inline QString englishPlural(QString text)
{
    return text.replace(QStringLiteral("contact(s)"), QStringLiteral("contacts"))
        .replace(QStringLiteral("day(s)"), QStringLiteral("days"));
}

// Saves a screenshot beside the test binary (a test artefact) and, when KONTOR_SCREENSHOT_DIR is set, also
// there for review.
inline void saveBulkShot(QWidget *widget, const QString &name)
{
    const QPixmap pixmap = widget->grab();
    REQUIRE(pixmap.save(guiScreenshotPath(name + QStringLiteral(".png"))));
    const QString folder = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(pixmap.save(folder + u'/' + name + QStringLiteral(".png")));
    }
}

// The visible top-level or child widget of type T named `name`, once it is shown.
template <typename T> T *waitForVisible(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = parent->findChild<T *>(name);
            return found && found->isVisible();
        },
        GuiWaitMs);
    INFO("waiting for " << name.toStdString() << ", found " << parent->findChildren<T *>(name).size());
    REQUIRE(shown);
    return found;
}

inline QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Ok);
}

// Persons that a filter in FilterExpression text finds (alive ones).
inline qint64 countWhere(GuiFixture &f, const QString &filter, ContactScope scope = ContactScope::Alive)
{
    const Session session = f.session();
    return f.value<qint64>([session, filter, scope](Database &db) {
        ContactListQuery query;
        query.scope = scope;
        query.kind = int(ContactKind::Person);
        query.filter = filter;
        return ContactService(db, session).count(query);
    });
}

inline void moveToTrash(GuiFixture &f, const QList<qint64> &ids)
{
    const Session session = f.session();
    const bool moved = f.storage().runBlocking<bool>(
        [session, ids](Database &db) { return ContactService(db, session).moveToTrash(ids).has_value(); });
    REQUIRE(moved);
}

} // namespace Kontor::Test
