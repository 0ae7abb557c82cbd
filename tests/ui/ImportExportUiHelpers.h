#pragma once

#include "GuiFixture.h"
#include "ImportService.h"
#include "contacts/ContactService.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace Kontor::Test {

// A fixture of tests/data/import/ui.
inline QString importUiFixture(const QString &name)
{
    return QStringLiteral(KONTOR_TEST_DATA "/import/ui/") + name;
}

// Saves a screenshot beside the test binary and, when KONTOR_SCREENSHOT_DIR is set, also there (for review).
inline void saveShot(QWidget *widget, const QString &name)
{
    const QPixmap pixmap = widget->grab();
    REQUIRE(pixmap.save(guiScreenshotPath(name + QStringLiteral(".png"))));
    const QString folder = qEnvironmentVariable("KONTOR_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(pixmap.save(folder + u'/' + name + QStringLiteral(".png")));
    }
}

// Imports a fixture directly through ImportService on the storage thread (as the wizard would).
inline ImportReport importDirectly(GuiFixture &f, const QString &path, bool skipInvalid)
{
    Session session = f.session();
    session.origin = Origin::Import;
    return f.value<ImportReport>([session, path, skipInvalid](Database &db) {
        ImportOptions options;
        options.skipInvalid = skipInvalid;
        options.onDuplicate = DuplicatePolicy::Create;
        ImportService service(db, session);
        service.setDefaultRegion(QStringLiteral("DE"));
        return service.run(path, options);
    });
}

// The alive person found by quick search whose display name is `displayName`, if any.
inline std::optional<Contact> findPerson(GuiFixture &f, const QString &displayName)
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
        for (const ContactSummary &row : page->rows) {
            if (row.displayName == displayName) {
                auto contact = service.load(row.id);
                return contact ? std::optional<Contact>(*contact) : std::optional<Contact>();
            }
        }
        return std::optional<Contact>();
    });
}

} // namespace Kontor::Test
