#include "TimelineService.h"

#include "Clock.h"
#include "Database.h"
#include "NoteService.h"
#include "TimelineRepository.h"

#include <QTimeZone>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
const QList<TimelineEntry::Type> &allTypes()
{
    static const QList<TimelineEntry::Type> s_types{TimelineEntry::Type::Note,
        TimelineEntry::Type::Change,
        TimelineEntry::Type::Task,
        TimelineEntry::Type::Appointment,
        TimelineEntry::Type::Document,
        TimelineEntry::Type::Payment};
    return s_types;
}
} // namespace

TimelineService::TimelineService(Database &db, Session session)
    : m_db(db)
    , m_session(session)
{}

Result<QList<TimelineEntry>> TimelineService::timeline(
    qint64 contactId, const QList<TimelineEntry::Type> &types, int limit)
{
    TimelineRepository repository(m_db);
    auto exists = repository.contactExists(contactId);
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return makeError(Error::Code::NotFound, tr("There is no contact with id %1.").arg(contactId));
    }
    if (limit <= 0) {
        return QList<TimelineEntry>{};
    }
    const auto wanted = [&types](TimelineEntry::Type type) { return types.isEmpty() || types.contains(type); };
    QList<TimelineEntry> entries;
    // Notes and changes come ordered among themselves (ties by audit order); the stable sort below keeps that.
    QList<TimelineEntry::Type> noteTypes;
    for (auto type : {TimelineEntry::Type::Note, TimelineEntry::Type::Change}) {
        if (wanted(type)) {
            noteTypes << type;
        }
    }
    if (!noteTypes.isEmpty()) {
        auto notes = NoteService(m_db, m_session).timeline(contactId, noteTypes, limit);
        if (!notes) {
            return notes.error();
        }
        entries << *notes;
    }
    const qint64 now = m_db.clock().nowMs();
    const QDate today = m_db.clock().now().toTimeZone(QTimeZone::systemTimeZone()).date();
    const auto append = [&entries](Result<QList<TimelineEntry>> cards) -> Result<void> {
        if (!cards) {
            return cards.error();
        }
        entries << *cards;
        return {};
    };
    Result<void> ok;
    if (ok && wanted(TimelineEntry::Type::Task)) {
        ok = append(repository.tasks(contactId, now, limit));
    }
    if (ok && wanted(TimelineEntry::Type::Appointment)) {
        ok = append(repository.appointments(contactId, now, limit));
    }
    if (ok && wanted(TimelineEntry::Type::Document)) {
        ok = append(repository.documents(contactId, limit));
    }
    if (ok && wanted(TimelineEntry::Type::Payment)) {
        ok = append(repository.payments(contactId, today, limit));
    }
    if (!ok) {
        return ok.error();
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    if (entries.size() > limit) {
        entries.resize(limit);
    }
    return entries;
}

QString TimelineService::typeKey(TimelineEntry::Type type)
{
    switch (type) {
    case TimelineEntry::Type::Note:
        return u"note"_s;
    case TimelineEntry::Type::Change:
        return u"change"_s;
    case TimelineEntry::Type::Task:
        return u"task"_s;
    case TimelineEntry::Type::Appointment:
        return u"appointment"_s;
    case TimelineEntry::Type::Document:
        return u"document"_s;
    case TimelineEntry::Type::Payment:
        return u"payment"_s;
    }
    return u"note"_s;
}

bool TimelineService::typeFromKey(const QString &key, TimelineEntry::Type *type)
{
    for (TimelineEntry::Type t : allTypes()) {
        if (key.compare(typeKey(t), Qt::CaseInsensitive) == 0) {
            if (type) {
                *type = t;
            }
            return true;
        }
    }
    return false;
}

QString TimelineService::typeLabel(TimelineEntry::Type type)
{
    switch (type) {
    case TimelineEntry::Type::Note:
        return tr("Notes");
    case TimelineEntry::Type::Change:
        return tr("Changes");
    case TimelineEntry::Type::Task:
        return tr("Tasks");
    case TimelineEntry::Type::Appointment:
        return tr("Appointments");
    case TimelineEntry::Type::Document:
        return tr("Documents");
    case TimelineEntry::Type::Payment:
        return tr("Payments");
    }
    return {};
}

} // namespace Kontor
