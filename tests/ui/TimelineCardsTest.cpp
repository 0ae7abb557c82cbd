#include "ActivityUiFixture.h"
#include "appointments/AppointmentService.h"
#include "documents/DocumentService.h"
#include "notes/NoteService.h"
#include "payments/PaymentService.h"
#include "profile/CardDelegate.h"
#include "profile/ContactProfileWidget.h"
#include "profile/TimelineWidget.h"
#include "tasks/TaskService.h"
#include "timeline/TimelineService.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMimeData>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Kontor::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0));
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

// One of each kind of record on the contact, one hour apart from 11:00 on 10 December 2026; the appointment
// starts at 15:00, the invoice is dated that day (its card sits at midnight).
void addRecords(ActivityUiFixture &f, qint64 id)
{
    const Session session = f.session();
    f.setNow(at(10, 11));
    f.value<Note>(
        [session, id](Database &db) { return NoteService(db, session).add(id, u"Called about the offer."_s); });
    f.setNow(at(10, 12));
    f.value<Task>([session, id](Database &db) {
        Task task;
        task.contactId = id;
        task.title = u"Send the offer"_s;
        task.due = at(9, 9);
        return TaskService(db, session).add(task);
    });
    f.setNow(at(10, 13));
    const QString file = writeFile(f.dir() + u"/offer.txt"_s, "The offer.\n");
    f.value<Document>([session, id, file](Database &db) {
        return DocumentService(db, session).add(id, file, Document::Category::Sent);
    });
    f.value<Appointment>([session, id](Database &db) {
        Appointment appointment;
        appointment.contactId = id;
        appointment.title = u"Visit at the trade fair"_s;
        appointment.start = at(10, 15);
        appointment.end = at(10, 16);
        appointment.location = u"Hall 4, booth 12"_s;
        return AppointmentService(db, session).add(appointment);
    });
    f.value<Payment>([session, id](Database &db) {
        Payment invoice;
        invoice.contactId = id;
        invoice.kind = Payment::Kind::Invoice;
        invoice.number = u"RE-2026-017"_s;
        invoice.amountMinor = 123450;
        invoice.date = QDate(2026, 12, 10);
        invoice.dueDate = QDate(2026, 12, 24);
        invoice.status = u"open"_s;
        return PaymentService(db, session).add(invoice);
    });
}

void openProfile(ContactProfileWidget &profile)
{
    profile.resize(1400, 800);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    REQUIRE(QTest::qWaitFor([&] { return profile.isLoaded(); }, GuiWaitMs));
}

QStringList typesShown(QListWidget *list)
{
    QStringList types;
    for (int row = 0; row < list->count(); ++row) {
        types.append(list->item(row)->data(TimelineWidget::EntryTypeRole).toString());
    }
    return types;
}

QListWidgetItem *firstOf(QListWidget *list, const QString &type)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(TimelineWidget::EntryTypeRole).toString() == type) {
            return list->item(row);
        }
    }
    FAIL("no " << type.toStdString() << " card");
    return nullptr;
}

QString header(const QListWidgetItem *item)
{
    return item->data(CardDelegate::HeaderRole).toString();
}

} // namespace

TEST_CASE("the timeline shows a note, a task, an appointment, a document and a payment newest first and filters by "
          "type",
    "[ui][timeline][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    addRecords(f, id);
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    openProfile(profile);
    auto *list = child<QListWidget>(&profile, u"timelineListWidget"_s);
    REQUIRE(QTest::qWaitFor([&] { return list->count() >= 6; }, GuiWaitMs));

    QStringList records = typesShown(list);
    records.removeAll(u"change"_s);
    CHECK(records == QStringList{u"appointment"_s, u"document"_s, u"task"_s, u"note"_s, u"payment"_s});
    CHECK(typesShown(list).contains(u"change"_s)); // the contact's creation

    const QListWidgetItem *task = firstOf(list, u"task"_s);
    CHECK(header(task).startsWith(u"Task · due "_s));
    CHECK(header(task).endsWith(u" · overdue"_s));
    CHECK(task->text().startsWith(u"Send the offer"_s));
    const QListWidgetItem *appointment = firstOf(list, u"appointment"_s);
    CHECK(header(appointment).startsWith(u"Appointment · "_s));
    CHECK(appointment->text().startsWith(u"Visit at the trade fair"_s));
    CHECK(appointment->text().contains(u"Hall 4, booth 12"_s));
    const QListWidgetItem *document = firstOf(list, u"document"_s);
    CHECK(header(document).startsWith(u"Document · "_s));
    CHECK(document->text().startsWith(u"offer.txt"_s));
    const QListWidgetItem *payment = firstOf(list, u"payment"_s);
    CHECK(header(payment).startsWith(u"Payment · "_s));
    CHECK(payment->text().replace(QChar(0x00a0), u' ').startsWith(u"€1,234.50"_s));
    CHECK(payment->text().contains(u"RE-2026-017"_s));
    CHECK(firstOf(list, u"note"_s)->text() == u"Called about the offer."_s);

    auto *filter = child<QComboBox>(&profile, u"timelineFilterComboBox"_s);
    const QList<std::pair<int, QString>> filters{{TimelineWidget::NotesOnly, u"note"_s},
        {TimelineWidget::TasksOnly, u"task"_s},
        {TimelineWidget::AppointmentsOnly, u"appointment"_s},
        {TimelineWidget::DocumentsOnly, u"document"_s},
        {TimelineWidget::PaymentsOnly, u"payment"_s}};
    for (const auto &[index, type] : filters) {
        filter->setCurrentIndex(index);
        INFO("filter " << type.toStdString());
        REQUIRE(QTest::qWaitFor([&] { return typesShown(list) == QStringList{type}; }, GuiWaitMs));
    }
    filter->setCurrentIndex(TimelineWidget::ChangesOnly);
    REQUIRE(QTest::qWaitFor(
        [&] { return list->count() > 0 && typesShown(list).count(u"change"_s) == list->count(); }, GuiWaitMs));

    // A new task shows without reloading by hand; with the Tasks filter, only it and the first.
    filter->setCurrentIndex(TimelineWidget::TasksOnly);
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 1; }, GuiWaitMs));
    const Session session = f.session();
    f.setNow(at(10, 17));
    f.value<Task>([session, id](Database &db) {
        Task next;
        next.contactId = id;
        next.title = u"Follow up on the visit"_s;
        return TaskService(db, session).add(next);
    });
    REQUIRE(QTest::qWaitFor([&] { return list->count() == 2; }, GuiWaitMs));
    CHECK(list->item(0)->text() == u"Follow up on the visit"_s);
}

TEST_CASE("the profile's sidebar lists its tabs, and an .ics file dropped on it becomes an appointment and a text "
          "file a received document",
    "[ui][timeline][profile]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
    openProfile(profile);
    auto *sidebar = child<QTabWidget>(&profile, u"sidebarTabWidget"_s);
    QStringList tabs;
    for (int i = 0; i < sidebar->count(); ++i) {
        tabs.append(sidebar->tabText(i));
    }
    CHECK(tabs
        == QStringList{u"Activity"_s,
            u"Tasks"_s,
            u"Notes"_s,
            u"Appointments"_s,
            u"Documents"_s,
            u"Payments"_s,
            u"Associations"_s});

    const QString ics = writeFile(f.dir() + u"/invitation.ics"_s,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:drop-test-1@example.com\r\nDTSTAMP:20261201T080000Z\r\nDTSTART:20261215T090000Z\r\n"
        "DTEND:20261215T100000Z\r\nSUMMARY:Contract review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    const QString text = writeFile(f.dir() + u"/notes from the fair.txt"_s, "Booth 12, ask about prices.\n");
    const auto drop = [&](const QString &path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = profile.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&profile, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent dropped(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&profile, &dropped);
        CHECK(dropped.isAccepted());
    };
    const Session session = f.session();

    drop(ics);
    QList<Appointment> appointments;
    REQUIRE(QTest::qWaitFor(
        [&] {
            appointments = f.value<QList<Appointment>>(
                [session, id](Database &db) { return AppointmentService(db, session).forContact(id); });
            return appointments.size() == 1;
        },
        GuiWaitMs));
    CHECK(appointments.first().title == u"Contract review"_s);
    CHECK(sidebar->currentWidget()->objectName() == u"appointmentsTab"_s);

    drop(text);
    QList<Document> documents;
    REQUIRE(QTest::qWaitFor(
        [&] {
            documents = f.value<QList<Document>>([session, id](Database &db) {
                DocumentFilter filter;
                filter.contactId = id;
                return DocumentService(db, session).list(filter);
            });
            return documents.size() == 1;
        },
        GuiWaitMs));
    CHECK(documents.first().name == u"notes from the fair.txt"_s);
    CHECK(documents.first().category == Document::Category::Received);
    CHECK(sidebar->currentWidget()->objectName() == u"documentsTab"_s);

    // Both show in the timeline.
    auto *list = child<QListWidget>(&profile, u"timelineListWidget"_s);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QStringList types = typesShown(list);
            return types.contains(u"appointment"_s) && types.contains(u"document"_s);
        },
        GuiWaitMs));

    // A folder is not a file to attach.
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(f.dir())});
    QDragEnterEvent enter(profile.rect().center(), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(&profile, &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("the timeline with every kind of card is saved as screenshots in English and German",
    "[ui][timeline][profile][screenshot]")
{
    ActivityUiFixture f;
    const qint64 id = f.addPerson(u"Erika"_s, u"Mustermann"_s);
    addRecords(f, id);
    QCoreApplication::processEvents(); // the commits' signals, before a profile would reload on them
    for (const QString &language : {u"en"_s, u"de"_s}) {
        LanguageScope scope(language);
        ContactProfileWidget profile(&f.storage(), f.session(), &f.settings(), id);
        openProfile(profile);
        auto *list = child<QListWidget>(&profile, u"timelineListWidget"_s);
        REQUIRE(QTest::qWaitFor([&] { return list->count() >= 6; }, GuiWaitMs));
        waitForTimeline(&profile, 6);
        const QString path = guiScreenshotPath(u"profile-timeline-%1.png"_s.arg(language));
        REQUIRE(profile.grab().save(path));
        CHECK(QFileInfo(path).size() > 10000);
        auto *timeline = child<TimelineWidget>(&profile, u"timelineWidget"_s);
        REQUIRE(timeline->grab().save(guiScreenshotPath(u"timeline-cards-%1.png"_s.arg(language))));
    }
}
