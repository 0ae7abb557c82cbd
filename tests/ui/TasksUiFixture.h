#pragma once

#include "Clock.h"
#include "GuiFixture.h"
#include "StorageThread.h"
#include "contacts/ContactService.h"
#include "settings/Settings.h"
#include "tasks/TaskService.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <optional>

namespace Kontor::Test {

// What GuiFixture gives (a database on a StorageThread, the local user's session, settings in a temporary
// file), with the database on a ManualClock: tasks fall due and reminders fire when the test says so.
// The clock starts on Wednesday 13 March 2030, 10:00 local time (mid-week, whichever day a week starts on).
class TasksUiFixture
{
public:
    static QDateTime start() { return QDateTime(QDate(2030, 3, 13), QTime(10, 0)); }

    TasksUiFixture()
        : m_clock(start().toMSecsSinceEpoch())
        , m_settings(m_dir.filePath(QStringLiteral("settings.ini")))
    {
        REQUIRE(m_dir.isValid());
        m_settings.setLanguage(QStringLiteral("en"));
        m_settings.setDefaultPhoneRegion(QStringLiteral("DE"));
        DatabaseOptions options;
        options.clock = &m_clock;
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

    StorageThread &storage() { return m_storage; }
    Settings &settings() { return m_settings; }
    const Session &session() const { return m_session; }
    ManualClock &clock() { return m_clock; }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

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

    qint64 addPerson(const QString &first, const QString &last, const Birthday &birthday = {})
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        contact.birthday = birthday;
        const Session session = m_session;
        return value<Contact>([session, contact](Database &db) {
            return ContactService(db, session).create(contact);
        }).id;
    }

    qint64 addUser(const QString &name)
    {
        return value<User>([name](Database &db) {
            return UserService(db).create(name, name.toLower() + QStringLiteral("@example.org"));
        }).id;
    }

    // A task due `minutesFromStart` after the clock's start (invalid due when nullopt), reminded at its due time.
    Task addTask(const QString &title,
        std::optional<int> minutesFromStart,
        qint64 contactId = 0,
        qint64 assigneeId = 0,
        std::optional<int> remindMinutes = 0)
    {
        Task task;
        task.title = title;
        task.contactId = contactId;
        task.assigneeId = assigneeId;
        task.remindMinutes = remindMinutes;
        task.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (minutesFromStart) {
            task.due = start().addSecs(60 * qint64(*minutesFromStart));
        }
        return add(task);
    }

    Task add(const Task &task)
    {
        const Session session = m_session;
        return value<Task>([session, task](Database &db) { return TaskService(db, session).add(task); });
    }

    Task task(qint64 id)
    {
        const Session session = m_session;
        return value<Task>([session, id](Database &db) { return TaskService(db, session).byId(id); });
    }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock; // before the storage thread, which reads it until it stops
    QObject m_context;
    Settings m_settings;
    StorageThread m_storage;
    Session m_session;
};

} // namespace Kontor::Test
