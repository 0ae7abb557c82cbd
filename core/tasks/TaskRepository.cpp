#include "TaskRepository.h"

#include "Database.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)
};

QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableInt(const std::optional<int> &v)
{
    return v ? QVariant(qint64(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for nothing.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant dueValue(const QDateTime &due)
{
    return due.isValid() ? QVariant(due.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kSelect = u"SELECT t.id, t.uuid, t.contact_id, c.display_name, t.title, t.description, t.due_at,"
                        " t.time_zone, t.recurrence, t.remind_minutes, t.assignee_id, au.name, t.status, t.done_at,"
                        " t.done_by, t.series_uuid, t.created_at, t.created_by, cu.name, t.updated_at, t.updated_by"
                        " FROM tasks t LEFT JOIN contacts c ON c.id = t.contact_id"
                        " LEFT JOIN users au ON au.id = t.assignee_id LEFT JOIN users cu ON cu.id = t.created_by"_s;

Error taskNotFound(qint64 id)
{
    return makeError(Error::Code::NotFound, Tr::tr("There is no task with id %1.").arg(id));
}

// Title and description folded as the search sees them: "Müller" is found by "muller", "müller" and "mueller".
QString searchText(const Task &t)
{
    const QString text = t.title + u' ' + t.description;
    QString folded = TextFolding::sortKey(text);
    for (const QString &word : TextFolding::words(text)) {
        for (const QString &variant : TextFolding::searchVariants(word)) {
            folded += u' ' + TextFolding::sortKey(variant);
        }
    }
    return folded;
}

QStringList searchWords(const QString &search)
{
    QStringList out;
    for (const QString &word : TextFolding::words(search)) {
        out << TextFolding::sortKey(word);
    }
    return out;
}

bool matches(const Task &t, const QStringList &words)
{
    if (words.isEmpty()) {
        return true;
    }
    const QString text = searchText(t);
    return std::all_of(words.cbegin(), words.cend(), [&text](const QString &w) { return text.contains(w); });
}
} // namespace

TaskRepository::TaskRepository(Database &db)
    : m_db(db)
{}

QTimeZone TaskRepository::zone(const QString &id)
{
    if (id.isEmpty()) {
        return QTimeZone::systemTimeZone();
    }
    auto it = m_zones.constFind(id);
    if (it == m_zones.constEnd()) {
        QTimeZone z(id.toUtf8());
        it = m_zones.insert(id, z.isValid() ? z : QTimeZone::systemTimeZone());
    }
    return *it;
}

Result<qint64> TaskRepository::insert(const Task &t)
{
    auto &q = m_db.prepared(u"INSERT INTO tasks(uuid, contact_id, title, description, due_at, time_zone, recurrence,"
                            " remind_minutes, assignee_id, status, done_at, done_by, series_uuid, created_at,"
                            " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            " ?, ?, ?)"_s);
    q.addBindValue(t.uuid);
    q.addBindValue(nullable(t.contactId));
    q.addBindValue(text(t.title));
    q.addBindValue(text(t.description));
    q.addBindValue(dueValue(t.due));
    q.addBindValue(text(t.timeZone));
    q.addBindValue(text(t.recurrence.toText()));
    q.addBindValue(nullableInt(t.remindMinutes));
    q.addBindValue(nullable(t.assigneeId));
    q.addBindValue(Task::statusKey(t.status));
    q.addBindValue(nullable(t.doneAt));
    q.addBindValue(nullable(t.doneBy));
    q.addBindValue(text(t.seriesUuid));
    q.addBindValue(t.createdAt);
    q.addBindValue(nullable(t.createdBy));
    q.addBindValue(t.updatedAt);
    q.addBindValue(nullable(t.updatedBy));
    if (!q.exec()) {
        return storageError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> TaskRepository::update(const Task &t, qint64 at, qint64 by)
{
    auto &q = m_db.prepared(u"UPDATE tasks SET contact_id = ?, title = ?, description = ?, due_at = ?, time_zone = ?,"
                            " recurrence = ?, remind_minutes = ?, assignee_id = ?, series_uuid = ?, updated_at = ?,"
                            " updated_by = ? WHERE id = ?"_s);
    q.addBindValue(nullable(t.contactId));
    q.addBindValue(text(t.title));
    q.addBindValue(text(t.description));
    q.addBindValue(dueValue(t.due));
    q.addBindValue(text(t.timeZone));
    q.addBindValue(text(t.recurrence.toText()));
    q.addBindValue(nullableInt(t.remindMinutes));
    q.addBindValue(nullable(t.assigneeId));
    q.addBindValue(text(t.seriesUuid));
    q.addBindValue(at);
    q.addBindValue(nullable(by));
    q.addBindValue(t.id);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return taskNotFound(t.id);
    }
    return {};
}

Result<void> TaskRepository::setStatus(
    qint64 taskId, Task::Status status, qint64 doneAt, qint64 doneBy, qint64 at, qint64 by)
{
    auto &q = m_db.prepared(
        u"UPDATE tasks SET status = ?, done_at = ?, done_by = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
    q.addBindValue(Task::statusKey(status));
    q.addBindValue(nullable(doneAt));
    q.addBindValue(nullable(doneBy));
    q.addBindValue(at);
    q.addBindValue(nullable(by));
    q.addBindValue(taskId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return taskNotFound(taskId);
    }
    return {};
}

Result<void> TaskRepository::remove(qint64 taskId)
{
    auto &q = m_db.prepared(u"DELETE FROM tasks WHERE id = ?"_s);
    q.addBindValue(taskId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.numRowsAffected() != 1) {
        return taskNotFound(taskId);
    }
    return {};
}

namespace {
Task readTask(const QSqlQuery &q, TaskRepository &repo)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.contactId = q.value(2).toLongLong();
    t.contactName = q.value(3).toString();
    t.title = q.value(4).toString();
    t.description = q.value(5).toString();
    t.timeZone = q.value(7).toString();
    if (!q.value(6).isNull()) {
        t.due = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc())
                    .toTimeZone(repo.zone(t.timeZone));
    }
    // A stored text this build cannot read (a newer replica's) counts as no repetition rather than failing.
    t.recurrence = Recurrence::fromText(q.value(8).toString());
    t.remindMinutes = q.value(9).isNull() ? std::nullopt : std::optional<int>(q.value(9).toInt());
    t.assigneeId = q.value(10).toLongLong();
    t.assigneeName = q.value(11).toString();
    t.status = q.value(12).toString() == u"done"_s ? Task::Status::Done : Task::Status::Open;
    t.doneAt = q.value(13).toLongLong();
    t.doneBy = q.value(14).toLongLong();
    t.seriesUuid = q.value(15).toString();
    t.createdAt = q.value(16).toLongLong();
    t.createdBy = q.value(17).toLongLong();
    t.createdByName = q.value(18).toString();
    t.updatedAt = q.value(19).toLongLong();
    t.updatedBy = q.value(20).toLongLong();
    return t;
}
} // namespace

Result<Task> TaskRepository::load(qint64 taskId)
{
    auto &q = m_db.prepared(kSelect + u" WHERE t.id = ?"_s);
    q.addBindValue(taskId);
    if (!q.exec()) {
        return storageError(q);
    }
    if (!q.next()) {
        q.finish();
        return taskNotFound(taskId);
    }
    Task t = readTask(q, *this);
    q.finish();
    return t;
}

QString TaskRepository::whereClause(const TaskFilter &f, qint64 nowMs, QVariantList *binds) const
{
    QStringList terms{u"(t.contact_id IS NULL OR c.deleted_at IS NULL)"_s};
    if (f.contactId > 0) {
        terms << u"t.contact_id = ?"_s;
        *binds << f.contactId;
    }
    if (f.assigneeId < 0) {
        terms << u"t.assignee_id IS NULL"_s;
    } else if (f.assigneeId > 0) {
        terms << u"t.assignee_id = ?"_s;
        *binds << f.assigneeId;
    }
    if (f.status) {
        terms << u"t.status = ?"_s;
        *binds << Task::statusKey(*f.status);
    }
    if (f.overdueOnly) {
        terms << u"t.status = 'open' AND t.due_at < ?"_s;
        *binds << nowMs;
    }
    if (f.dueFrom.isValid()) {
        terms << u"t.due_at >= ?"_s;
        *binds << f.dueFrom.toMSecsSinceEpoch();
    }
    if (f.dueTo.isValid()) {
        terms << u"t.due_at < ?"_s;
        *binds << f.dueTo.toMSecsSinceEpoch();
    }
    return u" WHERE "_s + terms.join(u" AND "_s);
}

Result<QList<Task>> TaskRepository::list(const TaskFilter &filter, qint64 nowMs)
{
    const QStringList words = searchWords(filter.search);
    QVariantList binds;
    QString sql = kSelect + whereClause(filter, nowMs, &binds) + u" ORDER BY t.due_at IS NULL, t.due_at, t.id"_s;
    const int limit = std::max(0, filter.limit);
    if (words.isEmpty()) {
        sql += u" LIMIT ?"_s;
        binds << limit;
    }
    auto &q = m_db.prepared(sql);
    for (const auto &b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        return storageError(q);
    }
    QList<Task> out;
    while (out.size() < limit && q.next()) {
        Task t = readTask(q, *this);
        if (matches(t, words)) {
            out << t;
        }
    }
    q.finish();
    return out;
}

Result<int> TaskRepository::count(const TaskFilter &filter, qint64 nowMs)
{
    if (!searchWords(filter.search).isEmpty()) {
        TaskFilter all = filter;
        all.limit = std::numeric_limits<int>::max();
        auto tasks = list(all, nowMs);
        if (!tasks) {
            return tasks.error();
        }
        return int(tasks->size());
    }
    QVariantList binds;
    auto &q = m_db.prepared(u"SELECT count(*) FROM tasks t LEFT JOIN contacts c ON c.id = t.contact_id"_s
        + whereClause(filter, nowMs, &binds));
    for (const auto &b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    if (!q.exec() || !q.next()) {
        return storageError(q);
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Result<bool> TaskRepository::seriesHasDue(const QString &seriesUuid, qint64 dueMs)
{
    auto &q = m_db.prepared(u"SELECT 1 FROM tasks WHERE series_uuid = ? AND due_at = ? LIMIT 1"_s);
    q.addBindValue(seriesUuid);
    q.addBindValue(dueMs);
    if (!q.exec()) {
        return storageError(q);
    }
    const bool found = q.next();
    q.finish();
    return found;
}

Result<bool> TaskRepository::userExists(qint64 userId)
{
    auto &q = m_db.prepared(u"SELECT 1 FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec()) {
        return storageError(q);
    }
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace Kontor
