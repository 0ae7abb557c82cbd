#include "TimelineService.h"

#include "AppointmentService.h"
#include "ContactService.h"
#include "DocumentService.h"
#include "NoteService.h"
#include "PaymentService.h"
#include "TaskService.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 HourMs = 3600 * 1000;

void addAppointment(Test::TestDatabase &t, qint64 contactId, const QString &title, qint64 startAt, qint64 endAt)
{
    Appointment a;
    a.contactId = contactId;
    a.title = title;
    a.start = QDateTime::fromMSecsSinceEpoch(startAt, QTimeZone::utc());
    a.end = QDateTime::fromMSecsSinceEpoch(endAt, QTimeZone::utc());
    a.timeZone = u"Europe/Berlin"_s;
    a.location = u"Office Berlin"_s;
    a.notes = u"Bring samples"_s;
    KONTOR_REQUIRE_OK(AppointmentService(t.db(), t.session()).add(a));
}

QString describe(const TimelineEntry &e)
{
    return TimelineService::typeKey(e.type) + u':' + (e.type == TimelineEntry::Type::Note ? e.text : e.title)
        + (e.type == TimelineEntry::Type::Change ? e.action : QString()) + u':' + e.status;
}

QStringList describe(const Result<QList<TimelineEntry>> &entries)
{
    KONTOR_REQUIRE_OK(entries);
    QStringList out;
    for (const TimelineEntry &e : *entries) {
        out << describe(e);
    }
    return out;
}
} // namespace

TEST_CASE(
    "The timeline shows notes, changes, tasks, appointments, documents and payments newest first, filtered and limited")
{
    Test::TestDatabase t;
    ContactService contacts(t.db(), t.session());
    const qint64 t0 = t.clock().nowMs(); // 2026-03-01 09:00 UTC
    Contact c;
    c.firstName = u"Anna"_s;
    c.lastName = u"Beispiel"_s;
    auto created = contacts.create(c);
    KONTOR_REQUIRE_OK(created);
    const qint64 anna = created->id;
    const qint64 other = contacts.create(c)->id;

    TaskService tasks(t.db(), t.session());
    t.clock().advanceMs(HourMs / 2);
    Task call;
    call.contactId = anna;
    call.title = u"Call back"_s;
    call.remindMinutes.reset();
    auto callAdded = tasks.add(call);
    KONTOR_REQUIRE_OK(callAdded);
    KONTOR_REQUIRE_OK(tasks.markDone(callAdded->id));

    t.clock().advanceMs(HourMs / 2);
    KONTOR_REQUIRE_OK(NoteService(t.db(), t.session()).add(anna, u"Met at the fair"_s));

    t.clock().advanceMs(HourMs);
    Task offer;
    offer.contactId = anna;
    offer.title = u"Send offer"_s;
    offer.description = u"Chairs and tables"_s;
    offer.due = QDateTime::fromMSecsSinceEpoch(t0 + 3 * HourMs, QTimeZone::utc());
    offer.timeZone = u"Europe/Berlin"_s;
    offer.remindMinutes.reset();
    auto offerAdded = tasks.add(offer);
    KONTOR_REQUIRE_OK(offerAdded);

    t.clock().advanceMs(HourMs);
    DocumentService documents(t.db(), t.session());
    const QString file = QDir(t.dir()).filePath(u"brochure.pdf"_s);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("%PDF brochure");
    out.close();
    auto brochure = documents.add(anna, file, Document::Category::Sent);
    KONTOR_REQUIRE_OK(brochure);
    KONTOR_REQUIRE_OK(documents.moveToTrash(brochure->id));
    KONTOR_REQUIRE_OK(documents.add(other, file)); // another contact's card stays off Anna's timeline

    t.clock().advanceMs(HourMs); // now t0 + 4 h: the offer is overdue
    addAppointment(t, anna, u"Visit"_s, t0 + 5 * HourMs, t0 + 6 * HourMs);
    addAppointment(t, anna, u"Fair"_s, t0 - 48 * HourMs, t0 - 40 * HourMs);
    PaymentService payments(t.db(), t.session());
    Payment paid;
    paid.contactId = anna;
    paid.amountMinor = 123450;
    paid.date = QDate(2026, 3, 2);
    paid.method = u"card"_s;
    KONTOR_REQUIRE_OK(payments.add(paid));
    Payment bill;
    bill.contactId = anna;
    bill.kind = Payment::Kind::Invoice;
    bill.amountMinor = 9900;
    bill.currency = u"CHF"_s;
    bill.number = u"R-7"_s;
    bill.date = QDate(2026, 2, 1);
    bill.dueDate = QDate(2026, 2, 15);
    KONTOR_REQUIRE_OK(payments.add(bill));

    TimelineService timeline(t.db(), t.session());
    auto all = timeline.timeline(anna);
    KONTOR_REQUIRE_OK(all);
    CHECK(describe(all)
        == QStringList{u"payment:1234.50 EUR:completed"_s,
            u"appointment:Visit:upcoming"_s,
            u"document:brochure.pdf:trashed"_s,
            u"task:Send offer:overdue"_s,
            u"note:Met at the fair:"_s,
            u"task:Call back:done"_s,
            u"change:create:"_s,
            u"appointment:Fair:past"_s,
            u"payment:99.00 CHF:overdue"_s});
    const auto &e = *all;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    CHECK(e.at(0).at == QDate(2026, 3, 2).startOfDay(zone).toMSecsSinceEpoch());
    CHECK(e.at(0).text == u"Transaction, Card"_s);
    CHECK(e.at(8).text == u"Invoice, R-7"_s);
    CHECK(e.at(1).at == t0 + 5 * HourMs);
    CHECK(e.at(1).endAt == t0 + 6 * HourMs);
    CHECK(e.at(1).text == u"Office Berlin\nBring samples"_s);
    CHECK(e.at(2).text == u"Sent"_s);
    CHECK(e.at(2).recordId == brochure->id);
    CHECK(e.at(3).at == t0 + 2 * HourMs);
    CHECK(e.at(3).endAt == t0 + 3 * HourMs);
    CHECK(e.at(3).text == u"Chairs and tables"_s);
    CHECK(e.at(3).recordId == offerAdded->id);
    CHECK_FALSE(e.at(3).userName.isEmpty());
    CHECK(e.at(5).endAt == 0);

    using Type = TimelineEntry::Type;
    CHECK(describe(timeline.timeline(anna, {Type::Task, Type::Payment}))
        == QStringList{u"payment:1234.50 EUR:completed"_s,
            u"task:Send offer:overdue"_s,
            u"task:Call back:done"_s,
            u"payment:99.00 CHF:overdue"_s});
    CHECK(describe(timeline.timeline(anna, {Type::Note, Type::Document}))
        == QStringList{u"document:brochure.pdf:trashed"_s, u"note:Met at the fair:"_s});
    CHECK(describe(timeline.timeline(anna, {}, 3))
        == QStringList{
            u"payment:1234.50 EUR:completed"_s, u"appointment:Visit:upcoming"_s, u"document:brochure.pdf:trashed"_s});

    // Once the visit is over it is past, and the paid invoice is no longer overdue.
    t.clock().advanceDays(1);
    auto settled = payments.list(anna, Payment::Kind::Invoice);
    KONTOR_REQUIRE_OK(settled);
    Payment p = settled->first();
    p.status = u"paid"_s;
    KONTOR_REQUIRE_OK(payments.update(p));
    CHECK(describe(timeline.timeline(anna, {Type::Appointment, Type::Payment}))
        == QStringList{u"payment:1234.50 EUR:completed"_s,
            u"appointment:Visit:past"_s,
            u"appointment:Fair:past"_s,
            u"payment:99.00 CHF:paid"_s});

    auto missing = timeline.timeline(other + 1000);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("Timeline types have keys that read back and translated plural labels")
{
    using Type = TimelineEntry::Type;
    for (Type type : {Type::Note, Type::Change, Type::Task, Type::Appointment, Type::Document, Type::Payment}) {
        Type back = Type::Note;
        REQUIRE(TimelineService::typeFromKey(TimelineService::typeKey(type), &back));
        CHECK(back == type);
        CHECK_FALSE(TimelineService::typeLabel(type).isEmpty());
    }
    CHECK(TimelineService::typeKey(Type::Appointment) == u"appointment"_s);
    CHECK(TimelineService::typeLabel(Type::Payment) == u"Payments"_s);
    Type unused = Type::Note;
    CHECK_FALSE(TimelineService::typeFromKey(u"email"_s, &unused));
}
