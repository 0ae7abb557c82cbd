#include "profile/TasksTab.h"

#include "ActivityUiFixture.h"
#include "profile/ContactProfileWidget.h"
#include "tasks/TaskEditDialog.h"
#include "tasks/TaskListModel.h"
#include "tasks/TaskService.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

Task task(qint64 contactId, const QString &title, const QDateTime &due)
{
    Task t;
    t.contactId = contactId;
    t.title = title;
    t.due = due;
    return t;
}

Task addTask(ActivityUiFixture &f, const Task &t)
{
    const Session session = f.session();
    return f.value<Task>([session, t](Database &db) { return TaskService(db, session).add(t); });
}

QList<Task> tasksOf(ActivityUiFixture &f, qint64 contactId)
{
    const Session session = f.session();
    return f.value<QList<Task>>([session, contactId](Database &db) {
        TaskFilter filter;
        filter.contactId = contactId;
        return TaskService(db, session).list(filter);
    });
}

void showTab(QWidget &tab)
{
    tab.resize(560, 360);
    tab.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tab));
}

// Waits until the model has loaded `rows` rows.
void waitForRows(TaskListModel *model, int rows)
{
    const bool done = QTest::qWaitFor([&] { return !model->isLoading() && model->rowCount() == rows; }, GuiWaitMs);
    INFO("rows: " << model->rowCount() << ", expected " << rows);
    REQUIRE(done);
}

template <typename T> T *waitForVisible(QWidget *parent)
{
    T *found = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto all = parent->findChildren<T *>();
            found = all.isEmpty() ? nullptr : all.last();
            return found && found->isVisible();
        },
        GuiWaitMs));
    return found;
}

QMessageBox *waitForMessageBox(QWidget *parent, const QString &name)
{
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(name);
            return box && box->isVisible();
        },
        GuiWaitMs));
    return box;
}

} // namespace

TEST_CASE("a task added from the profile's Tasks tab through the dialog is linked to the contact and listed",
    "[ui][tasks][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    TasksTab tab(&f.storage(), f.session(), &f.settings(), id);
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    showTab(tab);
    waitForRows(tab.model(), 0);
    CHECK(child<QTableView>(&tab, u"tasksTableView"_s)->isColumnHidden(TaskListModel::ContactColumn));
    CHECK(child<QLabel>(&tab, u"tasksMessageLabel"_s)->isVisible());

    QTest::mouseClick(child<QPushButton>(&tab, u"newTaskButton"_s), Qt::LeftButton);
    QPointer<TaskEditDialog> dialog = waitForVisible<TaskEditDialog>(&tab);
    CHECK(dialog->taskFromForm().contactId == id);
    auto *title = child<QLineEdit>(dialog, u"titleLineEdit"_s);
    QTest::keyClicks(title, u"Send the offer"_s);
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, GuiWaitMs));

    waitForRows(tab.model(), 1);
    CHECK(cellText(*tab.model(), 0, TaskListModel::TitleColumn) == u"Send the offer"_s);
    CHECK(child<QTableView>(&tab, u"tasksTableView"_s)->isVisible());
    const QList<Task> stored = tasksOf(f, id);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().title == u"Send the offer"_s);
    CHECK(stored.first().contactId == id);
}

TEST_CASE("overdue tasks in the profile are marked by the database clock and done ones show only on request",
    "[ui][tasks][profile]")
{
    ActivityUiFixture f; // now: 10 December 2026, 10:00
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    const qint64 other = f.addPerson(u"Max"_s, u"Muster"_s);
    addTask(f, task(id, u"Send the offer"_s, at(12, 12, 9)));
    addTask(f, task(id, u"Call back"_s, at(12, 9, 9)));
    addTask(f, task(other, u"Someone else's task"_s, at(12, 9, 8)));
    const Task done = addTask(f, task(id, u"Book the trade fair"_s, at(12, 1, 9)));
    const Session session = f.session();
    f.value<TaskCompletion>([session, done](Database &db) { return TaskService(db, session).markDone(done.id); });

    TasksTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);
    TaskListModel *model = tab.model();
    waitForRows(model, 2); // open ones of this contact, by due time
    CHECK(cellText(*model, 0, TaskListModel::TitleColumn) == u"Call back"_s);
    CHECK(model->index(0, 0).data(TaskListModel::OverdueRole).toBool());
    CHECK(cellText(*model, 0, TaskListModel::DueColumn).contains(u"overdue"_s));
    const QColor red = model->index(0, TaskListModel::DueColumn).data(Qt::ForegroundRole).value<QColor>();
    CHECK(red.isValid());
    CHECK(red.red() > red.green());
    CHECK(cellText(*model, 1, TaskListModel::TitleColumn) == u"Send the offer"_s);
    CHECK_FALSE(model->index(1, 0).data(TaskListModel::OverdueRole).toBool());
    CHECK_FALSE(cellText(*model, 1, TaskListModel::DueColumn).contains(u"overdue"_s));

    child<QCheckBox>(&tab, u"showDoneTasksCheckBox"_s)->setChecked(true);
    waitForRows(model, 3);
    const int doneRow = model->rowOfTask(done.id);
    REQUIRE(doneRow >= 0);
    CHECK(model->index(doneRow, TaskListModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK_FALSE(model->index(doneRow, 0).data(TaskListModel::OverdueRole).toBool()); // done is never overdue

    // Two days later the offer is late too.
    f.setNow(at(12, 13, 10));
    child<QCheckBox>(&tab, u"showDoneTasksCheckBox"_s)->setChecked(false);
    waitForRows(model, 2);
    tab.refresh();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !model->isLoading() && model->rowCount() == 2
                && model->index(1, 0).data(TaskListModel::OverdueRole).toBool();
        },
        GuiWaitMs));
}

TEST_CASE("checking Done on a recurring task in the profile shows its next occurrence", "[ui][tasks][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    Task weekly = task(id, u"Weekly call"_s, at(12, 11, 9));
    weekly.recurrence.frequency = Recurrence::Frequency::Weekly;
    weekly = addTask(f, weekly);

    TasksTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);
    TaskListModel *model = tab.model();
    waitForRows(model, 1);
    auto *view = child<QTableView>(&tab, u"tasksTableView"_s);
    const QModelIndex doneCell = model->index(0, TaskListModel::DoneColumn);
    CHECK(doneCell.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    view->setFocus();
    view->setCurrentIndex(doneCell);
    QTest::keyClick(view, Qt::Key_Space); // toggles the checkbox, as a click on it does

    REQUIRE(QTest::qWaitFor(
        [&] { return !model->isLoading() && model->rowCount() == 1 && model->taskAt(0)->id != weekly.id; }, GuiWaitMs));
    const Task *next = model->taskAt(0);
    CHECK(next->title == u"Weekly call"_s);
    CHECK(next->due == at(12, 18, 9));
    CHECK(next->status == Task::Status::Open);

    child<QCheckBox>(&tab, u"showDoneTasksCheckBox"_s)->setChecked(true);
    waitForRows(model, 2);
    const int doneRow = model->rowOfTask(weekly.id);
    REQUIRE(doneRow >= 0);
    CHECK(model->index(doneRow, TaskListModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
}

TEST_CASE("deleting a task from the profile asks first", "[ui][tasks][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    addTask(f, task(id, u"Send the offer"_s, at(12, 12, 9)));
    TasksTab tab(&f.storage(), f.session(), &f.settings(), id);
    showTab(tab);
    waitForRows(tab.model(), 1);
    auto *remove = child<QPushButton>(&tab, u"deleteTaskButton"_s);
    CHECK_FALSE(remove->isEnabled());
    child<QTableView>(&tab, u"tasksTableView"_s)->selectRow(0);
    REQUIRE(remove->isEnabled());

    QTest::mouseClick(remove, Qt::LeftButton);
    auto *cancel = waitForMessageBox(&tab, u"deleteTaskMessageBox"_s);
    CHECK(cancel->text().contains(u"Send the offer"_s));
    cancel->button(QMessageBox::Cancel)->click();
    REQUIRE(
        QTest::qWaitFor([&] { return tab.findChild<QMessageBox *>(u"deleteTaskMessageBox"_s) == nullptr; }, GuiWaitMs));
    CHECK(tasksOf(f, id).size() == 1);

    QTest::mouseClick(remove, Qt::LeftButton);
    waitForMessageBox(&tab, u"deleteTaskMessageBox"_s)->button(QMessageBox::Yes)->click();
    waitForRows(tab.model(), 0);
    CHECK(tasksOf(f, id).isEmpty());
}

TEST_CASE("the profile's Tasks tab is saved as screenshots in English and German", "[ui][tasks][profile][screenshot]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    addTask(f, task(id, u"Call back about the annual licence"_s, at(12, 9, 9)));
    Task weekly = task(id, u"Weekly status call"_s, at(12, 11, 9, 30));
    weekly.recurrence.frequency = Recurrence::Frequency::Weekly;
    addTask(f, weekly);
    addTask(f, task(id, u"Send the offer"_s, at(12, 14, 14)));
    addTask(f, task(id, u"Prepare the trade fair"_s, QDateTime()));

    QCoreApplication::processEvents(); // the commits' signals, before a profile would reload on them
    for (const QString &language : {u"en"_s, u"de"_s}) {
        LanguageScope scope(language);
        ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
        profile.resize(1400, 800);
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        REQUIRE(QTest::qWaitFor([&] { return profile.isLoaded(); }, GuiWaitMs));
        auto *sidebar = child<QTabWidget>(&profile, u"sidebarTabWidget"_s);
        auto *tab = child<TasksTab>(&profile, u"tasksTab"_s);
        sidebar->setCurrentWidget(tab);
        waitForRows(tab->model(), 4);
        auto *view = child<QTableView>(tab, u"tasksTableView"_s);
        REQUIRE(QTest::qWaitFor([&] { return view->isVisible() && view->viewport()->height() > 50; }, GuiWaitMs));
        waitForTimeline(&profile, 5);
        const QString path = guiScreenshotPath(u"profile-tasks-%1.png"_s.arg(language));
        REQUIRE(profile.grab().save(path));
        CHECK(QFileInfo(path).size() > 10000);
    }
}
