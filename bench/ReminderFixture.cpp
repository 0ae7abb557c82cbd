#include "ReminderFixture.h"

#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "TaskService.h"
#include "UnitOfWork.h"
#include "UserService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <QVariant>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int ExtraUsers = 10;
constexpr int TaskBatch = 1000; // tasks per outer UnitOfWork: one commit per batch, as a bulk load

QString seconds(const QElapsedTimer &timer)
{
    return u"%L1"_s.arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Owners round-robin over the eleven users by id, a follower on one contact in ten and a second one on one in
// fifty (never the owner).
bool spreadOwners(Database &db, const QList<qint64> &users, QString *error)
{
    QSqlQuery q(db.connection());
    QStringList steps{u"CREATE TEMP TABLE bench_users(n INTEGER PRIMARY KEY, user_id INTEGER NOT NULL)"_s};
    for (qsizetype i = 0; i < users.size(); ++i) {
        steps << u"INSERT INTO temp.bench_users VALUES (%1, %2)"_s.arg(i).arg(users.at(i));
    }
    const QString n = QString::number(users.size());
    steps << u"BEGIN"_s
          << u"UPDATE contacts SET owner_id = (SELECT user_id FROM temp.bench_users WHERE n = contacts.id % "_s + n
            + u")"_s
          << u"INSERT OR IGNORE INTO contact_followers(contact_id, user_id) SELECT c.id, u.user_id FROM contacts c"
             " JOIN temp.bench_users u ON u.n = (c.id / 10) % "_s
            + n + u" WHERE c.id % 10 = 3 AND u.user_id <> c.owner_id"_s
          << u"INSERT OR IGNORE INTO contact_followers(contact_id, user_id) SELECT c.id, u.user_id FROM contacts c"
             " JOIN temp.bench_users u ON u.n = (c.id / 50 + 5) % "_s
            + n + u" WHERE c.id % 50 = 7 AND u.user_id <> c.owner_id"_s
          << u"COMMIT"_s << u"DROP TABLE temp.bench_users"_s;
    for (const QString &sql : std::as_const(steps)) {
        if (!q.exec(sql)) {
            *error = u"%1: %2"_s.arg(sql, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool writeTasks(Database &db,
    const Session &session,
    const QList<qint64> &users,
    int count,
    qint64 nowMs,
    QTextStream &log,
    QString *error)
{
    static const QStringList titles{u"Angebot nachfassen"_s,
        u"Rückruf wegen Liefertermin"_s,
        u"Vertrag zur Unterschrift senden"_s,
        u"Termin vor Ort vereinbaren"_s,
        u"Rechnung prüfen"_s,
        u"Muster mitbringen"_s};
    auto contactIds = db.selectIds(u"SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id"_s, {});
    if (!contactIds) {
        *error = contactIds.error().toString();
        return false;
    }
    QRandomGenerator rng(7);
    const QTimeZone berlin("Europe/Berlin");
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, berlin).date();
    TaskService service(db, session);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count;) {
        UnitOfWork batch(db, session);
        if (auto ok = batch.begin(); !ok) {
            *error = ok.error().toString();
            return false;
        }
        for (const int end = std::min(count, i + TaskBatch); i < end; ++i) {
            Task t;
            t.title = titles.at(rng.bounded(int(titles.size())));
            t.description = u"Benchmark task %1"_s.arg(i);
            if (rng.bounded(100) < 85) {
                t.contactId = contactIds->at(rng.bounded(int(contactIds->size())));
            }
            t.timeZone = u"Europe/Berlin"_s;
            if (rng.bounded(100) >= 3) { // 3 % without a due date
                const QDate day = today.addDays(rng.bounded(-90, 276));
                t.due = QDateTime(day, QTime(7, 0).addSecs(900 * rng.bounded(44)), berlin);
            }
            const int lead = rng.bounded(100);
            t.remindMinutes = lead < 40 ? std::optional<int>(0)
                : lead < 60             ? std::optional<int>(15)
                : lead < 75             ? std::optional<int>(60)
                : lead < 85             ? std::optional<int>(1440)
                                        : std::nullopt;
            // Half for the local user ("my tasks"), 45 % over the others, 5 % unassigned.
            const int who = rng.bounded(100);
            t.assigneeId = who < 50 ? users.first() : who < 95 ? users.at(1 + rng.bounded(int(users.size()) - 1)) : 0;
            auto added = service.add(t);
            if (!added) {
                *error = u"task %1: %2"_s.arg(i).arg(added.error().toString());
                return false;
            }
            const bool past = added->due.isValid() && added->due.toMSecsSinceEpoch() < nowMs;
            if (rng.bounded(100) < (past ? 60 : 5)) {
                if (auto done = service.markDone(added->id); !done) {
                    *error = done.error().toString();
                    return false;
                }
            }
        }
        if (auto ok = batch.commit(); !ok) {
            *error = ok.error().toString();
            return false;
        }
        if (i % (10 * TaskBatch) == 0 || i == count) {
            log << u"  tasks: %L1 of %L2 after %3 s"_s.arg(i).arg(count).arg(seconds(timer)) << Qt::endl;
        }
    }
    return true;
}
} // namespace

bool ReminderFixture::generate(
    const QString &path, int contacts, int tasks, qint64 nowMs, QTextStream &log, QString *error)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
    ManualClock clock(nowMs);
    DatabaseOptions options;
    options.clock = &clock;
    options.cacheMiB = 256; // a bulk load (FIELD-NOTES.md)
    auto opened = Database::open(path, options);
    if (!opened) {
        *error = opened.error().toString();
        return false;
    }
    Database &db = **opened;
    UserService userService(db);
    auto local = userService.ensureLocalUser();
    if (!local) {
        *error = local.error().toString();
        return false;
    }
    QList<qint64> users{local->id};
    for (int i = 1; i <= ExtraUsers; ++i) {
        auto user = userService.create(
            u"Bench user %1"_s.arg(QString::number(i).rightJustified(2, u'0')), u"bench%1@example.com"_s.arg(i));
        if (!user) {
            *error = user.error().toString();
            return false;
        }
        users << user->id;
    }
    const Session session{local->id, local->teamId, Origin::Import, 0};
    QElapsedTimer timer;
    timer.start();
    int lastTenth = 0;
    auto written = DemoGenerator::populate(db, session, contacts, u"DE"_s, [&](int done, int total) {
        if (const int tenth = int(qint64(done) * 10 / total); tenth > lastTenth) {
            lastTenth = tenth;
            log << u"  contacts: %L1 of %L2 after %3 s"_s.arg(done).arg(total).arg(seconds(timer)) << Qt::endl;
        }
        return true;
    });
    if (!written) {
        *error = written.error().toString();
        return false;
    }
    log << u"Wrote %L1 contacts through the write path in %2 s"_s.arg(*written).arg(seconds(timer)) << Qt::endl;
    timer.restart();
    if (!spreadOwners(db, users, error)) {
        return false;
    }
    log << u"Spread owners and followers over %1 users with SQL in %2 s"_s.arg(users.size()).arg(seconds(timer))
        << Qt::endl;
    timer.restart();
    const Session taskSession{local->id, local->teamId, Origin::Ui, 0};
    if (!writeTasks(db, taskSession, users, tasks, nowMs, log, error)) {
        return false;
    }
    log << u"Wrote %L1 tasks through TaskService in %2 s"_s.arg(tasks).arg(seconds(timer)) << Qt::endl;
    // No ANALYZE: the application never runs it, so the planner sees what it sees in the field.
    return true;
}

ReminderFixture::Summary ReminderFixture::describe(Database &db)
{
    Summary s;
    s.contacts = scalar(db, u"SELECT count(*) FROM contacts WHERE deleted_at IS NULL"_s);
    s.withBirthday
        = scalar(db, u"SELECT count(*) FROM contacts WHERE birthday_month IS NOT NULL AND deleted_at IS NULL"_s);
    s.followerRows = scalar(db, u"SELECT count(*) FROM contact_followers"_s);
    s.tasks = scalar(db, u"SELECT count(*) FROM tasks"_s);
    s.openTasks = scalar(db, u"SELECT count(*) FROM tasks WHERE status = 'open'"_s);
    s.overdueTasks
        = scalar(db, u"SELECT count(*) FROM tasks WHERE status = 'open' AND due_at < %1"_s.arg(db.clock().nowMs()));
    s.maxLeadMs = std::max<qint64>(0, scalar(db, u"SELECT max(remind_minutes) FROM tasks"_s)) * 60000;
    s.localUser = scalar(db, u"SELECT id FROM users WHERE is_local = 1 ORDER BY id LIMIT 1"_s);
    auto users = db.selectIds(u"SELECT id FROM users ORDER BY is_local DESC, id"_s, {});
    if (users) {
        s.users = *users;
    }
    return s;
}

} // namespace Kontor
