#include "tasks/TasksPage.h"

#include "GuiFixture.h"
#include "TasksUiFixture.h"
#include "common/MessageBar.h"
#include "main/MainWindow.h"
#include "tasks/TaskEditDialog.h"
#include "tasks/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int WaitMs = GuiWaitMs;

QStringList titles(const TaskListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out.append(cellText(model, row, TaskListModel::TitleColumn));
    }
    return out;
}

// Waits until the model has loaded the list the page last asked for and shows `expected`.
void requireTitles(TaskListModel *model, const QStringList &expected)
{
    const bool shown = QTest::qWaitFor([&] { return !model->isLoading() && titles(*model) == expected; }, WaitMs);
    INFO("shown: " << titles(*model).join(u", "_s).toStdString());
    INFO("expected: " << expected.join(u", "_s).toStdString());
    REQUIRE(shown);
}

// Where a click on the cell lands: the view lays out its columns first (they size themselves lazily).
QPoint cellCenter(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::qWait(0);
    const QRect rect = view->visualRect(index);
    INFO("cell " << rect.x() << "," << rect.y() << " " << rect.width() << "x" << rect.height());
    REQUIRE(view->viewport()->rect().contains(rect.center()));
    return rect.center();
}

// The checkbox of a cell, as the view's style places it.
QPoint checkBoxCenter(QTableView *view, const QModelIndex &index)
{
    cellCenter(view, index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    option.checkState = Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view).center();
}

// As a person double-clicks: Qt 6.4's QTest::mouseDClick sends the double-click event alone, without the press
// and release before it that item views expect.
void doubleClick(QWidget *widget, const QPoint &pos)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

void saveShot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents(); // the layout of widgets just shown or changed
    REQUIRE(widget->grab().save(guiScreenshotPath(name + u".png"_s)));
}

struct Scene
{
    qint64 anna = 0;
    qint64 bernd = 0;
    qint64 carla = 0; // another user
};

// Overdue since yesterday, due today, in three days and in ten days, one without due date, one done.
Scene addScene(TasksUiFixture &f)
{
    Scene scene;
    scene.anna = f.addPerson(u"Anna"_s, u"Adler"_s);
    scene.bernd = f.addPerson(u"Bernd"_s, u"Zeller"_s);
    scene.carla = f.addUser(u"Carla"_s);
    const qint64 me = f.session().userId;
    f.addTask(u"Send the offer"_s, -24 * 60, scene.anna, me);
    f.addTask(u"Call back"_s, 2 * 60, scene.bernd, scene.carla);
    f.addTask(u"Visit the fair"_s, 3 * 24 * 60, 0, 0);
    f.addTask(u"Plan the tour"_s, 10 * 24 * 60, scene.anna, scene.carla);
    f.addTask(u"Tidy the desk"_s, std::nullopt, 0, me);
    const Task done = f.addTask(u"Old call"_s, -3 * 24 * 60, scene.bernd, me);
    const Session session = f.session();
    f.value<TaskCompletion>([session, id = done.id](Database &db) { return TaskService(db, session).markDone(id); });
    return scene;
}

} // namespace

TEST_CASE("The Tasks section lists open tasks by due time and marks the overdue ones", "[ui][tasks]")
{
    TasksUiFixture f;
    addScene(f);
    TasksPage page(&f.storage(), f.session());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1000, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    TaskListModel *model = page.model();
    // Sorted by due time, tasks without one last; the done one is hidden by the "Open" default.
    requireTitles(
        model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s, u"Plan the tour"_s, u"Tidy the desk"_s});
    CHECK(model->index(0, 0).data(TaskListModel::OverdueRole).toBool());
    CHECK(cellText(*model, 0, TaskListModel::DueColumn).endsWith(u"(overdue)"_s));
    CHECK(model->index(0, TaskListModel::DueColumn).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model->index(1, 0).data(TaskListModel::OverdueRole).toBool());
    CHECK_FALSE(cellText(*model, 1, TaskListModel::DueColumn).contains(u"overdue"_s));
    CHECK(cellText(*model, 4, TaskListModel::DueColumn) == u"No due date"_s);
    CHECK(cellText(*model, 0, TaskListModel::ContactColumn) == u"Anna Adler"_s);
    CHECK(cellText(*model, 1, TaskListModel::AssigneeColumn) == u"Carla"_s);
    CHECK(cellText(*model, 2, TaskListModel::AssigneeColumn) == u"Unassigned"_s);
    CHECK(model->index(0, TaskListModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    // (Plurals read well once the English translation has the new texts: "5 tasks".)
    const QString count = child<QLabel>(&page, u"countLabel"_s)->text();
    CHECK(count.startsWith(u"5 task"_s));
    CHECK(count.endsWith(u", 1 overdue"_s));

    // Time passes: "Call back" is overdue once the clock is past its due time and the list reloads.
    f.clock().advanceMs(3 * 3600 * 1000);
    model->reload();
    REQUIRE(QTest::qWaitFor([&] { return model->index(1, 0).data(TaskListModel::OverdueRole).toBool(); }, WaitMs));
}

TEST_CASE("Each filter of the Tasks section narrows the list", "[ui][tasks]")
{
    TasksUiFixture f;
    const Scene scene = addScene(f);
    TasksPage page(&f.storage(), f.session());
    TaskListModel *model = page.model();
    requireTitles(
        model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s, u"Plan the tour"_s, u"Tidy the desk"_s});

    SECTION("status")
    {
        page.setStatusFilter(TasksPage::StatusFilter::Overdue);
        requireTitles(model, {u"Send the offer"_s});
        page.setStatusFilter(TasksPage::StatusFilter::Done);
        requireTitles(model, {u"Old call"_s});
        CHECK(model->index(0, TaskListModel::DoneColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked);
        page.setStatusFilter(TasksPage::StatusFilter::All);
        requireTitles(model,
            {u"Old call"_s,
                u"Send the offer"_s,
                u"Call back"_s,
                u"Visit the fair"_s,
                u"Plan the tour"_s,
                u"Tidy the desk"_s});
    }
    SECTION("contact")
    {
        page.setContactFilter(scene.anna, u"Anna Adler"_s);
        requireTitles(model, {u"Send the offer"_s, u"Plan the tour"_s});
        CHECK(child<QLineEdit>(&page, u"contactFilterLineEdit"_s)->text() == u"Anna Adler"_s);
        child<QPushButton>(&page, u"clearContactButton"_s)->click();
        requireTitles(
            model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s, u"Plan the tour"_s, u"Tidy the desk"_s});
    }
    SECTION("assignee")
    {
        auto *combo = child<QComboBox>(&page, u"assigneeComboBox"_s);
        REQUIRE(QTest::qWaitFor([&] { return combo->findText(u"Carla"_s) >= 0; }, WaitMs));
        page.setAssigneeFilter(f.session().userId);
        CHECK(combo->currentText() == u"Me"_s);
        requireTitles(model, {u"Send the offer"_s, u"Tidy the desk"_s});
        page.setAssigneeFilter(-1);
        CHECK(combo->currentText() == u"Unassigned"_s);
        requireTitles(model, {u"Visit the fair"_s});
        page.setAssigneeFilter(scene.carla);
        requireTitles(model, {u"Call back"_s, u"Plan the tour"_s});
        page.setAssigneeFilter(0);
        CHECK(combo->currentText() == u"Anyone"_s);
        requireTitles(
            model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s, u"Plan the tour"_s, u"Tidy the desk"_s});
    }
    SECTION("due range")
    {
        // "Today" is the database clock's day, Wednesday 13 March 2030.
        page.setDuePreset(TasksPage::DuePreset::Today);
        requireTitles(model, {u"Call back"_s});
        CHECK(child<QDateEdit>(&page, u"dueFromDateEdit"_s)->date() == QDate(2030, 3, 13));
        page.setDuePreset(TasksPage::DuePreset::Next7Days);
        requireTitles(model, {u"Call back"_s, u"Visit the fair"_s});
        CHECK(child<QDateEdit>(&page, u"dueToDateEdit"_s)->date() == QDate(2030, 3, 19));
        page.setDuePreset(TasksPage::DuePreset::ThisWeek);
        requireTitles(model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s});
        page.setDueRange(QDate(2030, 3, 12), QDate(2030, 3, 23));
        requireTitles(model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s, u"Plan the tour"_s});
        page.setDueRange(QDate(2030, 3, 14), QDate(2030, 3, 22));
        requireTitles(model, {u"Visit the fair"_s});
        page.setDuePreset(TasksPage::DuePreset::Any);
        requireTitles(
            model, {u"Send the offer"_s, u"Call back"_s, u"Visit the fair"_s, u"Plan the tour"_s, u"Tidy the desk"_s});
    }
    SECTION("text")
    {
        child<QLineEdit>(&page, u"taskSearchLineEdit"_s)->setText(u"tour"_s);
        requireTitles(model, {u"Plan the tour"_s});
    }
}

TEST_CASE("A task is marked done from the list, and a recurring one comes back with its next date", "[ui][tasks]")
{
    TasksUiFixture f;
    const qint64 anna = f.addPerson(u"Anna"_s, u"Adler"_s);
    f.addTask(u"Send the offer"_s, 60, anna, f.session().userId);
    Task weekly;
    weekly.title = u"Weekly report"_s;
    weekly.due = TasksUiFixture::start().addSecs(2 * 3600);
    weekly.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    weekly.recurrence.frequency = Recurrence::Frequency::Weekly;
    const Task report = f.add(weekly);

    TasksPage page(&f.storage(), f.session());
    page.resize(1000, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    TaskListModel *model = page.model();
    requireTitles(model, {u"Send the offer"_s, u"Weekly report"_s});

    // A click on the checkbox of the first row.
    QTableView *view = page.tableView();
    view->resizeColumnsToContents();
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {}, checkBoxCenter(view, model->index(0, TaskListModel::DoneColumn)));
    requireTitles(model, {u"Weekly report"_s});
    CHECK(f.value<QList<Task>>([session = f.session()](Database &db) {
               TaskFilter filter;
               filter.status = Task::Status::Done;
               return TaskService(db, session).list(filter);
           })
              .value(0)
              .title
        == u"Send the offer"_s);

    // Through the model (as the keyboard's space does): the next week's report takes its place.
    REQUIRE(model->setData(model->index(0, TaskListModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !model->isLoading() && model->rowCount() == 1 && model->taskAt(0)->id != report.id
                && model->taskAt(0)->due == report.due.addDays(7);
        },
        WaitMs));
    CHECK(f.task(report.id).status == Task::Status::Done);

    // Reopened from the Done list.
    page.setStatusFilter(TasksPage::StatusFilter::Done);
    requireTitles(model, {u"Send the offer"_s, u"Weekly report"_s});
    REQUIRE(model->setData(model->index(1, TaskListModel::DoneColumn), Qt::Unchecked, Qt::CheckStateRole));
    requireTitles(model, {u"Send the offer"_s});
    CHECK(f.task(report.id).status == Task::Status::Open);
}

TEST_CASE("New, Edit and Delete in the Tasks section go through the task dialog", "[ui][tasks]")
{
    TasksUiFixture f;
    const qint64 anna = f.addPerson(u"Anna"_s, u"Adler"_s);
    TasksPage page(&f.storage(), f.session());
    page.resize(1000, 400);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    TaskListModel *model = page.model();
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, WaitMs));

    // New with the contact filter set: the task belongs to that contact.
    page.setContactFilter(anna, u"Anna Adler"_s);
    child<QPushButton>(&page, u"newTaskButton"_s)->click();
    QPointer<TaskEditDialog> dialog = page.findChild<TaskEditDialog *>(u"taskEditDialog"_s);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isReady(); }, WaitMs));
    CHECK(child<QLineEdit>(dialog, u"contactLineEdit"_s)->text() == u"Anna Adler"_s);
    auto *assignee = child<QComboBox>(dialog, u"assigneeComboBox"_s);
    CHECK(assignee->currentData().toLongLong() == f.session().userId);

    // Without a title the dialog says so and stays open.
    auto *save = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save);
    save->click();
    auto *bar = child<MessageBar>(dialog, u"messageBar"_s);
    CHECK(bar->isVisible());
    CHECK(bar->text() == u"Please enter a title for the task."_s);
    CHECK(dialog->isVisible());

    // A recurrence without a due date is refused by the service, inline.
    child<QLineEdit>(dialog, u"titleLineEdit"_s)->setText(u"Prepare the visit"_s);
    child<QCheckBox>(dialog, u"dueCheckBox"_s)->setChecked(false);
    auto *recurrence = child<QComboBox>(dialog, u"recurrenceComboBox"_s);
    recurrence->setCurrentIndex(recurrence->findData(int(Recurrence::Frequency::Monthly)));
    save->click();
    REQUIRE(QTest::qWaitFor(
        [&] { return !bar->text().isEmpty() && bar->text() != u"Please enter a title for the task."_s; }, WaitMs));
    CHECK(dialog->isVisible());

    recurrence->setCurrentIndex(0);
    child<QCheckBox>(dialog, u"dueCheckBox"_s)->setChecked(true);
    child<QDateTimeEdit>(dialog, u"dueDateTimeEdit"_s)->setDateTime(QDateTime(QDate(2030, 3, 14), QTime(9, 30)));
    auto *reminder = child<QComboBox>(dialog, u"reminderComboBox"_s);
    reminder->setCurrentIndex(reminder->findData(15));
    save->click();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs));
    requireTitles(model, {u"Prepare the visit"_s});
    const Task saved = *model->taskAt(0);
    CHECK(saved.contactId == anna);
    CHECK(saved.due == QDateTime(QDate(2030, 3, 14), QTime(9, 30)));
    CHECK(saved.remindMinutes == std::optional<int>(15));
    CHECK(page.tableView()->currentIndex().row() == 0);

    // Edit: a double click on the title opens the dialog with the task.
    QTableView *view = page.tableView();
    doubleClick(view->viewport(), cellCenter(view, model->index(0, TaskListModel::TitleColumn)));
    dialog = page.findChild<TaskEditDialog *>(u"taskEditDialog"_s);
    REQUIRE(dialog);
    auto *titleEdit = child<QLineEdit>(dialog, u"titleLineEdit"_s);
    CHECK(titleEdit->text() == u"Prepare the visit"_s);
    titleEdit->setText(u"Prepare the visit to Anna"_s);
    REQUIRE(QTest::qWaitFor([&] { return dialog->isReady(); }, WaitMs));
    child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, WaitMs));
    requireTitles(model, {u"Prepare the visit to Anna"_s});

    // Delete after the question.
    view->setCurrentIndex(model->index(0, TaskListModel::TitleColumn));
    child<QPushButton>(&page, u"deleteTaskButton"_s)->click();
    QMessageBox *question = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            question = page.findChild<QMessageBox *>(u"deleteTaskMessageBox"_s);
            return question && question->isVisible();
        },
        WaitMs));
    question->button(QMessageBox::Yes)->click();
    requireTitles(model, {});
}

TEST_CASE("A double click on a task's contact opens the contact's profile in the main window", "[ui][tasks]")
{
    TasksUiFixture f;
    const qint64 anna = f.addPerson(u"Anna"_s, u"Adler"_s);
    f.addTask(u"Send the offer"_s, 60, anna, f.session().userId);
    MainWindow window(&f.storage(), f.session(), &f.settings());
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Ctrl+7 (View > Tasks) shows the section.
    auto *action = child<QAction>(&window, u"showTasksAction"_s);
    CHECK(action->shortcut() == QKeySequence(u"Ctrl+7"_s));
    action->trigger();
    CHECK(window.currentSection() == MainWindow::Section::Tasks);
    TasksPage *page = window.tasksPage();
    REQUIRE(page->isVisible());
    requireTitles(page->model(), {u"Send the offer"_s});

    QSignalSpy requested(page, &TasksPage::openContactRequested);
    QTableView *view = page->tableView();
    doubleClick(view->viewport(), cellCenter(view, page->model()->index(0, TaskListModel::ContactColumn)));
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().toLongLong() == anna);
    CHECK(window.currentSection() == MainWindow::Section::Profiles);
    REQUIRE(window.openProfiles().size() == 1);
}

TEST_CASE("Screenshots of the Tasks section and the task dialog in English and German", "[ui][tasks][screenshot]")
{
    for (const QString &language : {u"en"_s, u"de"_s}) {
        std::optional<LanguageScope> scope;
        if (language != u"en"_s) {
            scope.emplace(language);
        }
        TasksUiFixture f;
        addScene(f);
        Task weekly;
        weekly.title = u"Weekly report"_s;
        weekly.due = TasksUiFixture::start().addDays(5);
        weekly.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        weekly.recurrence.frequency = Recurrence::Frequency::Weekly;
        weekly.recurrence.weekdays = {1, 3};
        f.add(weekly);
        MainWindow window(&f.storage(), f.session(), &f.settings());
        window.resize(1200, 600);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::Section::Tasks);
        TasksPage *page = window.tasksPage();
        requireTitles(page->model(),
            {u"Send the offer"_s,
                u"Call back"_s,
                u"Visit the fair"_s,
                u"Weekly report"_s,
                u"Plan the tour"_s,
                u"Tidy the desk"_s});
        auto *combo = child<QComboBox>(page, u"assigneeComboBox"_s);
        REQUIRE(QTest::qWaitFor([&] { return combo->findText(u"Carla"_s) >= 0; }, WaitMs));
        saveShot(&window, u"tasks-section-"_s + language);

        page->tableView()->setCurrentIndex(page->model()->index(3, TaskListModel::TitleColumn));
        page->editCurrentTask();
        // The weekly report: repeats on Monday and Wednesday.
        auto *dialog = page->findChild<TaskEditDialog *>(u"taskEditDialog"_s);
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitFor([&] { return dialog->isReady(); }, WaitMs));
        CHECK(child<QComboBox>(dialog, u"recurrenceComboBox"_s)->currentData().toInt()
            == int(Recurrence::Frequency::Weekly));
        CHECK(child<QCheckBox>(dialog, u"mondayCheckBox"_s)->isChecked());
        CHECK(child<QCheckBox>(dialog, u"wednesdayCheckBox"_s)->isChecked());
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        saveShot(dialog, u"task-dialog-"_s + language);
        dialog->reject();
    }
}
