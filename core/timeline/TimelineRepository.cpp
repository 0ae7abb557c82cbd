#include "TimelineRepository.h"

#include "Database.h"
#include "Document.h"
#include "Payment.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

TimelineRepository::TimelineRepository(Database &db)
    : m_db(db)
{}

Result<bool> TimelineRepository::contactExists(qint64 contactId)
{
    auto &q = m_db.prepared(u"SELECT EXISTS(SELECT 1 FROM contacts WHERE id = ?)"_s);
    q.addBindValue(contactId);
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const bool exists = q.value(0).toBool();
    q.finish();
    return exists;
}

Result<QList<TimelineEntry>> TimelineRepository::tasks(qint64 contactId, qint64 nowMs, int limit)
{
    auto &q = m_db.prepared(u"SELECT t.id, t.created_at, u.name, t.title, t.description, t.status, t.due_at"
                            " FROM tasks t LEFT JOIN users u ON u.id = t.created_by WHERE t.contact_id = ?"
                            " ORDER BY t.created_at DESC, t.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Task;
        e.recordId = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.userName = q.value(2).toString();
        e.title = q.value(3).toString();
        e.text = q.value(4).toString();
        e.endAt = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
        const bool done = q.value(5).toString() == u"done"_s;
        e.status = done ? u"done"_s : (e.endAt && e.endAt < nowMs ? u"overdue"_s : u"open"_s);
        out << e;
    }
    q.finish();
    return out;
}

Result<QList<TimelineEntry>> TimelineRepository::appointments(qint64 contactId, qint64 nowMs, int limit)
{
    auto &q = m_db.prepared(u"SELECT a.id, a.start_at, a.end_at, u.name, a.title, a.location, a.notes"
                            " FROM appointments a LEFT JOIN users u ON u.id = a.created_by WHERE a.contact_id = ?"
                            " ORDER BY a.start_at DESC, a.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Appointment;
        e.recordId = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.endAt = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.title = q.value(4).toString();
        QStringList text;
        for (int column : {5, 6}) {
            const QString part = q.value(column).toString().trimmed();
            if (!part.isEmpty()) {
                text << part;
            }
        }
        e.text = text.join(u'\n');
        // Running now counts as upcoming: it is not over yet.
        e.status = e.endAt > nowMs || e.at > nowMs ? u"upcoming"_s : u"past"_s;
        out << e;
    }
    q.finish();
    return out;
}

Result<QList<TimelineEntry>> TimelineRepository::documents(qint64 contactId, int limit)
{
    auto &q = m_db.prepared(u"SELECT d.id, d.created_at, u.name, d.name, d.category, d.deleted_at"
                            " FROM documents d LEFT JOIN users u ON u.id = d.created_by WHERE d.contact_id = ?"
                            " ORDER BY d.created_at DESC, d.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.type = TimelineEntry::Type::Document;
        e.recordId = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.userName = q.value(2).toString();
        e.title = q.value(3).toString();
        Document::Category category = Document::Category::Internal;
        Document::categoryFromKey(q.value(4).toString(), &category);
        e.text = Document::categoryLabel(category);
        e.status = q.value(5).isNull() ? QString() : u"trashed"_s;
        out << e;
    }
    q.finish();
    return out;
}

Result<QList<TimelineEntry>> TimelineRepository::payments(qint64 contactId, const QDate &today, int limit)
{
    auto &q = m_db.prepared(u"SELECT p.id, p.date, u.name, p.kind, p.amount_minor, p.currency, p.number, p.method,"
                            " p.interval, p.status, p.due_date FROM payments p LEFT JOIN users u ON u.id = p.created_by"
                            " WHERE p.contact_id = ? ORDER BY p.date DESC, p.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return storageError(q);
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QList<TimelineEntry> out;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        Payment::kindFromKey(q.value(3).toString(), &p.kind);
        p.amountMinor = q.value(4).toLongLong();
        p.currency = q.value(5).toString();
        p.number = q.value(6).toString();
        p.method = q.value(7).toString();
        p.interval = q.value(8).toString();
        p.status = q.value(9).toString();
        p.dueDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);

        TimelineEntry e;
        e.type = TimelineEntry::Type::Payment;
        e.recordId = p.id;
        e.at = p.date.isValid() ? p.date.startOfDay(zone).toMSecsSinceEpoch() : 0;
        e.userName = q.value(2).toString();
        e.title = Payment::amountText(p.amountMinor) + u' ' + p.currency;
        QStringList text{Payment::kindLabel(p.kind)};
        if (!p.number.isEmpty()) {
            text << p.number;
        }
        if (!p.method.isEmpty()) {
            text << Payment::methodLabel(p.method);
        }
        if (!p.interval.isEmpty()) {
            text << Payment::intervalLabel(p.interval);
        }
        e.text = text.join(u", "_s);
        e.status = p.effectiveStatus(today);
        out << e;
    }
    q.finish();
    return out;
}

} // namespace Kontor
