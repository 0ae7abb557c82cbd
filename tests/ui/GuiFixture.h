#pragma once

#include "Clock.h"
#include "StorageThread.h"
#include "contacts/ContactService.h"
#include "demo/DemoGenerator.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <optional>

namespace Kontor::Test {

constexpr int GuiWaitMs = 15000;

// A database on a real StorageThread, the local user's session and settings in a temporary ini file: what the
// main window and its sections need. Fixtures of features that depend on time (tasks falling due, reminders)
// derive from it with a start time: their database then runs on a ManualClock the test moves.
class GuiFixture
{
public:
    GuiFixture()
        : GuiFixture(QStringLiteral("en"))
    {}

    StorageThread &storage() { return m_storage; }
    Settings &settings() { return m_settings; }
    const Session &session() const { return m_session; }
    QString dir() const { return m_dir.path(); }

    // Runs a fallible call on the storage thread and REQUIREs that it succeeded.
    template <typename T> T value(std::function<Result<T>(Database &)> job)
    {
        auto result = m_storage.runBlocking<std::optional<Result<T>>>(
            [job](Database &db) { return std::optional<Result<T>>(job(db)); });
        REQUIRE(result.has_value());
        if (!result->has_value()) {
            FAIL(result->error().toString().toStdString() << " / " << result->error().detail.toStdString());
        }
        return **result;
    }

    void populate(int count)
    {
        const Session session = m_session;
        const int written = value<int>([session, count](Database &db) {
            return DemoGenerator::populate(db, session, count, QStringLiteral("DE"));
        });
        REQUIRE(written == count);
        // The commits' changesCommitted signals are queued to this thread: delivered now, they do not reach
        // models made afterwards as fresh changes that reload them in the middle of a test.
        QCoreApplication::processEvents();
    }

    qint64 count(ContactScope scope, int kind = -1)
    {
        const Session session = m_session;
        return value<qint64>([session, scope, kind](Database &db) {
            ContactListQuery query;
            query.scope = scope;
            query.kind = kind;
            return ContactService(db, session).count(query);
        });
    }

    qint64 addPerson(const QString &first, const QString &last, const QString &city = {}, qint64 companyId = 0)
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        contact.companyId = companyId;
        if (!city.isEmpty()) {
            PostalAddress address;
            address.city = city;
            contact.addresses.append(address);
        }
        return add(contact);
    }

    qint64 addCompany(const QString &name)
    {
        Contact company;
        company.kind = ContactKind::Company;
        company.displayName = name;
        return add(company);
    }

    qint64 add(const Contact &contact)
    {
        const Session session = m_session;
        return value<Contact>([session, contact](Database &db) {
            return ContactService(db, session).create(contact);
        }).id;
    }

protected:
    // An empty language leaves it unset, so the effective language follows the system locale. A valid
    // `clockStart` puts the database on manualClock(), starting then.
    explicit GuiFixture(const QString &language, const QDateTime &clockStart = {})
        : m_clock(clockStart.isValid() ? clockStart.toMSecsSinceEpoch() : 0)
        , m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
    {
        REQUIRE(m_dir.isValid());
        if (!language.isEmpty()) {
            m_settings.setLanguage(language);
        }
        m_settings.setDefaultPhoneRegion(QStringLiteral("DE"));
        DatabaseOptions options;
        if (clockStart.isValid()) {
            options.clock = &m_clock;
        }
        std::optional<Result<void>> opened;
        m_storage.open(
            m_dir.filePath(QStringLiteral("kontor.sqlite")), options, &m_context, [&](const Result<void> &r) {
                opened = r;
            });
        REQUIRE(QTest::qWaitFor([&] { return opened.has_value(); }, GuiWaitMs));
        REQUIRE(opened->has_value());
        const User user = value<User>([](Database &db) { return UserService(db).ensureLocalUser(); });
        m_session = Session{user.id, user.teamId, Origin::Ui};
    }

    ManualClock &manualClock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock; // before the storage thread, which reads it until it stops
    QObject m_context;
    Settings m_settings;
    StorageThread m_storage;
    Session m_session;
};

// Shows one test in another language and switches back to English when it ends, also when a REQUIRE ends it
// early: the next tests compare English texts.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language) { REQUIRE(Translations::install(language)); }
    ~LanguageScope() { Translations::install(QStringLiteral("en")); }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
};

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found);
    return found;
}

inline QString guiScreenshotPath(const QString &fileName)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    REQUIRE(QDir().mkpath(folder));
    return folder + u'/' + fileName;
}

inline QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace Kontor::Test
