#pragma once

#include "Clock.h"
#include "GuiFixture.h"
#include "contacts/ContactService.h"
#include "settings/Settings.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <optional>

namespace Kontor::Test {

// What the profile's Tasks and Payments tabs and the timeline need: a database on a real StorageThread whose
// clock the test moves (overdue tasks and invoices), the local user's session and settings in a temporary ini.
// The clock starts on Thursday 10 December 2026, 10:00 local time.
class ActivityUiFixture
{
public:
    ActivityUiFixture()
        : m_clock(QDateTime(QDate(2026, 12, 10), QTime(10, 0)).toMSecsSinceEpoch())
        , m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
    {
        REQUIRE(m_dir.isValid());
        m_settings.setLanguage(QStringLiteral("en"));
        m_settings.setDefaultPhoneRegion(QStringLiteral("DE"));
        std::optional<Result<void>> opened;
        DatabaseOptions options;
        options.clock = &m_clock;
        m_storage.open(
            m_dir.filePath(QStringLiteral("kontor.sqlite")), options, &m_context, [&](const Result<void> &r) {
                opened = r;
            });
        REQUIRE(QTest::qWaitFor([&] { return opened.has_value(); }, GuiWaitMs));
        REQUIRE(opened->has_value());
        const User user = value<User>([](Database &db) { return UserService(db).ensureLocalUser(); });
        m_session = Session{user.id, user.teamId, Origin::Ui};
    }

    StorageThread &storage() { return m_storage; }
    Settings &settings() { return m_settings; }
    const Session &session() const { return m_session; }
    ManualClock &clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()); }
    // Moves the clock; the worker reads it only while running a job, which none does between test steps.
    void setNow(const QDateTime &now) { m_clock.setMs(now.toMSecsSinceEpoch()); }

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

    qint64 addPerson(const QString &first, const QString &last)
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        const Session session = m_session;
        return value<Contact>([session, contact](Database &db) {
            return ContactService(db, session).create(contact);
        }).id;
    }

private:
    QTemporaryDir m_dir;
    QObject m_context;
    ManualClock m_clock; // outlives the storage thread that reads it
    Settings m_settings;
    StorageThread m_storage;
    Session m_session;
};

// Before a screenshot: the timeline shows at least `entries` cards and its layout has settled (the list reaches
// down to the composer; a list just shown keeps its old height until the posted layout request runs).
inline void waitForTimeline(QWidget *profile, int entries)
{
    auto *list = child<QListWidget>(profile, QStringLiteral("timelineListWidget"));
    auto *composer = child<QWidget>(profile, QStringLiteral("timelineComposer"));
    const bool settled = QTest::qWaitFor(
        [&] {
            return list->isVisible() && list->count() >= entries
                && list->geometry().bottom() + 40 >= composer->geometry().top();
        },
        GuiWaitMs);
    INFO("timeline cards: " << list->count());
    REQUIRE(settled);
}

} // namespace Kontor::Test
