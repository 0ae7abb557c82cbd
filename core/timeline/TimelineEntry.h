#pragma once

#include <QString>

namespace Kontor {

// One card of a contact's timeline (TimelineService::timeline), newest first: a note, an audited change, or a
// task, appointment, document or payment of the contact.
struct TimelineEntry
{
    enum class Type
    {
        Note,
        Change, // an audit entry: created, a field changed, trashed, restored
        Task,
        Appointment,
        Document,
        Payment,
    };

    Type type = Type::Note;
    // The card's time (UTC ms): a note's, task's or document's creation, an appointment's start, a payment's
    // date (local midnight), a change's audit time.
    qint64 at = 0;
    QString userName;
    qint64 noteId = 0; // Type::Note
    // Type::Task, Appointment, Document, Payment: the record's id in its table.
    qint64 recordId = 0;
    // Note: the body. Task: the description. Appointment: location and notes. Document: the category label.
    // Payment: the kind's label, number, method.
    QString text;
    // Task, appointment: title. Document: file name. Payment: the formatted amount ("1.234,50 EUR" as the
    // locale writes it is the UI's job: here "1234.50 EUR").
    QString title;
    // Task: "open", "done" or "overdue". Appointment: "upcoming" or "past". Payment: its status key
    // ("overdue" for an open invoice past its due date). Document: "" or "trashed".
    QString status;
    qint64 endAt = 0; // Appointment: end (UTC ms); Task: due (UTC ms, 0 = none)
    QString action; // Type::Change: create, update, trash, restore
    QString field; // Type::Change: the field key (ContactFields), empty for create/trash/restore
    QString fieldLabel; // translated
    QString oldValue;
    QString newValue;
    QString origin; // ui, cli, import, bulk, sync
};

} // namespace Kontor
