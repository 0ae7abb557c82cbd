#pragma once

#include "GuiFixture.h"
#include "contacts/ContactService.h"
#include "tasks/TaskService.h"
#include "users/UserService.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <optional>

namespace Kontor::Test {

// What GuiFixture gives (a database on a StorageThread, the local user's session, settings in a temporary
// file), with the database on a ManualClock: tasks fall due and reminders fire when the test says so.
// The clock starts on Wednesday 13 March 2030, 10:00 local time (mid-week, whichever day a week starts on).
class TasksUiFixture : public GuiFixture
{
public:
    static QDateTime start() { return QDateTime(QDate(2030, 3, 13), QTime(10, 0)); }

    TasksUiFixture()
        : GuiFixture(QStringLiteral("en"), start())
    {}

    ManualClock &clock() { return manualClock(); }
    QString settingsPath() const { return dir() + QStringLiteral("/settings.ini"); }

    qint64 addPerson(const QString &first, const QString &last, const Birthday &birthday = {})
    {
        Contact contact;
        contact.firstName = first;
        contact.lastName = last;
        contact.birthday = birthday;
        const Session session = this->session();
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
        const Session session = this->session();
        return value<Task>([session, task](Database &db) { return TaskService(db, session).add(task); });
    }

    Task task(qint64 id)
    {
        const Session session = this->session();
        return value<Task>([session, id](Database &db) { return TaskService(db, session).byId(id); });
    }
};

} // namespace Kontor::Test
