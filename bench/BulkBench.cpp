// kontor-bench-bulk: the bulk-action benchmark. On N generated contacts (DemoGenerator, the write path) it selects
// K - every (N / K)-th contact by id, as the id list a smart-list selection hands to BulkService - and runs real
// jobs with their job items: a bulk tag, its undo, a bulk delete to the trash, its restore by undoing the delete
// job, and after deleting them again the Restore section's ContactService::restore. Then, in the same run and on
// the same rows, the raw-SQL baseline (BulkBaseline.h). Prints seconds, contacts/s, the ratio and the peak RSS.
// Not a test: run it by hand (bench/run-bulk-bench.sh).

#include "BenchReport.h"
#include "BulkBaseline.h"
#include "BulkService.h"
#include "Clock.h"
#include "ContactService.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "JobService.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

// Not one of DemoNames::tags(), so every selected contact really changes.
const QString kTag = u"Bench bulk"_s;

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

QTextStream &err()
{
    static QTextStream s_err(stderr);
    return s_err;
}

int fail(const QString &what)
{
    err() << u"kontor-bench-bulk: "_s << what << Qt::endl;
    return 1;
}

QString number(double value, int decimals = 0)
{
    return u"%L1"_s.arg(value, 0, 'f', decimals);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
    QDir(path + u".jobs"_s).removeRecursively(); // JobLock's folder
}

// A progress callback that prints to stderr at most every five seconds, so that a 1M run shows it is alive.
JobProgress progressPrinter(const QString &label)
{
    auto timer = std::make_shared<QElapsedTimer>();
    auto lastPrint = std::make_shared<qint64>(0);
    timer->start();
    JobProgress progress;
    progress.report = [label, timer, lastPrint](qint64 done, qint64 total) {
        const qint64 now = timer->elapsed();
        if (now - *lastPrint >= 5000) {
            *lastPrint = now;
            err() << u"  %1: %L2 of %L3 after %4 s"_s.arg(label).arg(done).arg(total).arg(number(now / 1000.0))
                  << Qt::endl;
        }
    };
    return progress;
}

struct Line
{
    QString label;
    qint64 rows = 0;
    double kontorS = 0;
    double rawS = -1; // -1: no baseline for this line
    QString detail;
    double peakMiB = -1;
    double walMiB = 0; // the WAL file's size after the step: SQLite reuses it but does not shrink it
};

// Writes `count` demo contacts through the write path into a new database at `path`.
bool generate(const QString &path, int count, QString *error)
{
    removeDatabase(path);
    DatabaseOptions options;
    options.cacheMiB = 256; // as a bulk load (FIELD-NOTES.md); the benchmark itself opens it as the app does
    auto opened = Database::open(path, options);
    if (!opened) {
        *error = opened.error().toString();
        return false;
    }
    auto user = UserService(**opened).ensureLocalUser();
    if (!user) {
        *error = user.error().toString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    int lastTenth = 0;
    const Session session{user->id, user->teamId, Origin::Import, 0};
    auto written = DemoGenerator::populate(**opened, session, count, u"DE"_s, [&](int done, int total) {
        if (const int tenth = int(qint64(done) * 10 / total); tenth > lastTenth) {
            lastTenth = tenth;
            err() << u"  generating: %L1 of %L2 after %3 s"_s.arg(done).arg(total).arg(number(seconds(timer)))
                  << Qt::endl;
        }
        return true;
    });
    if (!written) {
        *error = written.error().toString();
        return false;
    }
    out() << u"Generated %L1 contacts through the write path in %2 s: %3"_s.arg(*written).arg(
        number(seconds(timer), 1), path)
          << Qt::endl;
    return true;
}

void printTable(const QList<Line> &lines)
{
    const auto row =
        [](const QString &a, const QString &b, const QString &c, const QString &d, const QString &e, const QString &f) {
            out() << a.leftJustified(44) << b.rightJustified(10) << c.rightJustified(12) << d.rightJustified(10)
                  << e.rightJustified(14) << f.rightJustified(10) << Qt::endl;
        };
    row(u"Step"_s, u"Kontor s"_s, u"contacts/s"_s, u"raw s"_s, u"Kontor vs raw"_s, u"peak MiB"_s);
    row(QString(44, u'-'),
        QString(10, u'-'),
        QString(12, u'-'),
        QString(10, u'-'),
        QString(14, u'-'),
        QString(10, u'-'));
    for (const Line &line : lines) {
        const bool raw = line.rawS > 0;
        row(line.label,
            number(line.kontorS, 1),
            number(double(line.rows) / line.kontorS),
            raw ? number(line.rawS, 3) : u"-"_s,
            raw ? u"%1x slower"_s.arg(number(line.kontorS / line.rawS, line.kontorS < 10 * line.rawS ? 1 : 0)) : u"-"_s,
            line.peakMiB < 0 ? u"n/a"_s : number(line.peakMiB));
        out() << u"    "_s << line.detail << (line.detail.isEmpty() ? u""_s : u"; "_s)
              << u"WAL file %1 MiB"_s.arg(number(line.walMiB)) << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kontor-bench-bulk"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bulk tag, undo, delete and restore as jobs against raw SQL."_s);
    parser.addHelpOption();
    const QCommandLineOption contactsOption(
        u"contacts"_s, u"Contacts in the database (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption selectedOption(
        u"selected"_s, u"Contacts each step works on (default 100000)."_s, u"K"_s, u"100000"_s);
    // Generating 1M contacts takes about 8 minutes: --db keeps the generated database as a template that
    // later runs copy instead of generating again. The template itself is never changed by a run.
    const QCommandLineOption dbOption(u"db"_s,
        u"Template database: generated there when missing, else reused; every run works on a copy."_s,
        u"PATH"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Folder for the working copy (default: a temporary one)."_s, u"DIR"_s);
    parser.addOptions({contactsOption, selectedOption, dbOption, dirOption});
    parser.process(app);

    bool ok = false;
    int contacts = parser.value(contactsOption).toInt(&ok);
    const int selected = ok ? parser.value(selectedOption).toInt(&ok) : 0;
    if (!ok || contacts < 1 || selected < 1) {
        return fail(u"--contacts and --selected need positive numbers"_s);
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (!QDir().mkpath(dir)) {
        return fail(u"cannot create %1"_s.arg(dir));
    }
    const QString workPath = QDir(dir).filePath(u"bulk-bench.sqlite"_s);
    const QString templatePath = parser.value(dbOption);
    QString error;
    QElapsedTimer timer;
    if (!templatePath.isEmpty()
        && QFileInfo(templatePath).absoluteFilePath() == QFileInfo(workPath).absoluteFilePath()) {
        return fail(u"--db must not be the working copy %1"_s.arg(workPath));
    }
    if (!templatePath.isEmpty() && !QFile::exists(templatePath) && !generate(templatePath, contacts, &error)) {
        return fail(error);
    }
    if (templatePath.isEmpty()) {
        if (!generate(workPath, contacts, &error)) {
            return fail(error);
        }
    } else {
        timer.start();
        removeDatabase(workPath);
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            if (QFile::exists(templatePath + suffix) && !QFile::copy(templatePath + suffix, workPath + suffix)) {
                return fail(u"cannot copy %1 to %2"_s.arg(templatePath + suffix, workPath + suffix));
            }
        }
        out() << u"Copied %1 in %2 s"_s.arg(templatePath, number(seconds(timer), 1)) << Qt::endl;
    }

    auto opened = Database::open(workPath, DatabaseOptions()); // as the application opens it
    if (!opened) {
        return fail(opened.error().toString());
    }
    Database &db = **opened;
    auto user = UserService(db).ensureLocalUser();
    if (!user) {
        return fail(user.error().toString());
    }
    const Session session{user->id, user->teamId, Origin::Ui, 0};

    // The selection: every step-th alive contact in id order (ids 10, 20, 30, ... for 1M and 100k).
    auto alive = db.selectIds(u"SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id"_s, {});
    if (!alive) {
        return fail(alive.error().toString());
    }
    if (parser.isSet(contactsOption) && alive->size() != contacts) {
        return fail(u"the database has %L1 contacts, not --contacts %L2"_s.arg(alive->size()).arg(contacts));
    }
    contacts = int(alive->size());
    if (selected > contacts) {
        return fail(u"--selected %L1 is more than the %L2 contacts"_s.arg(selected).arg(contacts));
    }
    const qsizetype step = contacts / selected;
    QList<qint64> ids;
    ids.reserve(selected);
    for (qsizetype i = step - 1; i < alive->size() && ids.size() < selected; i += step) {
        ids << alive->at(i);
    }
    BulkBaseline baseline(db);
    if (!baseline.select(ids)) {
        return fail(baseline.lastError());
    }
    const auto tagged = [&] { return baseline.tagged(kTag); };
    const auto trashed = [&] { return baseline.trashed(); };
    if (tagged() != 0 || trashed() != 0) {
        return fail(u"the selection is tagged \"%1\" or in the trash already: use a fresh database"_s.arg(kTag));
    }
    const qint64 sizeBefore = fileSize(workPath);
    out() << Qt::endl
          << u"Kontor bulk benchmark: %L1 of %L2 contacts (one in %L3 by id: ids %L4 to %L5), folder %6"_s
                 .arg(ids.size())
                 .arg(contacts)
                 .arg(step)
                 .arg(ids.first())
                 .arg(ids.last())
                 .arg(dir)
          << Qt::endl;

    BulkService bulk(db, session);
    bulk.setDefaultRegion(u"DE"_s);
    JobService jobs(db, session);
    jobs.setDefaultRegion(u"DE"_s);
    ContactService contactService(db, session);
    contactService.setDefaultRegion(u"DE"_s);
    const qint64 rows = ids.size();
    const auto walMiB = [&] { return double(QFileInfo(workPath + u"-wal"_s).size()) / (1024.0 * 1024.0); };
    // Each step is checked against the database afterwards (not timed): the benchmark must measure work done.
    const auto check = [&](const QString &what, qint64 actual, qint64 expected) {
        if (actual != expected) {
            error
                = u"after %1: %L2 instead of %L3 (%4)"_s.arg(what).arg(actual).arg(expected).arg(baseline.lastError());
            return false;
        }
        return true;
    };
    const auto runJob = [&](const QString &label, const BulkAction &action, Line *line) -> Result<Job> {
        BulkRequest request;
        request.action = action;
        request.target.ids = ids;
        request.name = u"Benchmark: "_s + label;
        timer.restart();
        auto job = bulk.start(request, progressPrinter(label));
        line->label = label;
        line->rows = rows;
        line->kontorS = seconds(timer);
        line->peakMiB = BenchReport::peakRssMiB();
        line->walMiB = walMiB();
        if (job) {
            line->detail = u"job %1: %L2 succeeded, %L3 skipped, %L4 failed, %L5 chunks"_s.arg(job->id)
                               .arg(job->succeeded)
                               .arg(job->skipped)
                               .arg(job->failed)
                               .arg(job->chunksDone);
        }
        return job;
    };
    const auto runUndo = [&](const QString &label, qint64 jobId, Line *line) -> Result<UndoReport> {
        timer.restart();
        auto undone = jobs.undo(jobId, progressPrinter(label));
        *line = {label, rows, seconds(timer), -1, {}, BenchReport::peakRssMiB(), walMiB()};
        if (undone) {
            line->detail = u"reverted %L1, restored %L2, left alone %L3"_s.arg(undone->reverted)
                               .arg(undone->restored)
                               .arg(undone->skipped);
        }
        return undone;
    };

    BulkAction tagAction;
    tagAction.kind = BulkActionKind::TagAdd;
    tagAction.text = kTag;
    BulkAction deleteAction;
    deleteAction.kind = BulkActionKind::Delete;
    deleteAction.confirmation = u"DELETE"_s;

    Line tagLine;
    auto tagJob = runJob(u"Tag add (BulkService job)"_s, tagAction, &tagLine);
    if (!tagJob || !check(u"the tag job"_s, tagged(), rows)) {
        return fail(tagJob ? error : tagJob.error().toString());
    }
    Line untagLine;
    auto untag = runUndo(u"Undo of the tag job (JobService::undo)"_s, tagJob->id, &untagLine);
    if (!untag || !check(u"the undo of the tag job"_s, tagged(), 0)) {
        return fail(untag ? error : untag.error().toString());
    }
    Line deleteLine;
    auto deleteJob = runJob(u"Delete to the trash (BulkService job)"_s, deleteAction, &deleteLine);
    if (!deleteJob || !check(u"the delete job"_s, trashed(), rows)) {
        return fail(deleteJob ? error : deleteJob.error().toString());
    }
    Line undeleteLine;
    auto undelete = runUndo(u"Restore: undo of the delete job"_s, deleteJob->id, &undeleteLine);
    if (!undelete || !check(u"the undo of the delete job"_s, trashed(), 0)) {
        return fail(undelete ? error : undelete.error().toString());
    }
    Line deleteAgainLine;
    auto deleteAgain = runJob(u"Delete to the trash again (job)"_s, deleteAction, &deleteAgainLine);
    if (!deleteAgain || !check(u"the second delete job"_s, trashed(), rows)) {
        return fail(deleteAgain ? error : deleteAgain.error().toString());
    }
    // The Restore section restores the selected trash entries in one call (TrashPage, kontor-cli trash).
    timer.restart();
    auto restored = contactService.restore(ids);
    Line restoreLine{u"Restore: ContactService::restore (one call)"_s,
        rows,
        seconds(timer),
        -1,
        {},
        BenchReport::peakRssMiB(),
        walMiB()};
    if (!restored || !check(u"ContactService::restore"_s, trashed(), 0)) {
        return fail(restored ? error : restored.error().toString());
    }
    const qint64 sizeAfter = fileSize(workPath);

    // The baseline on the same rows, which are back in their original state now.
    tagLine.rawS = baseline.addTag(kTag);
    untagLine.rawS = tagLine.rawS < 0 ? -1 : baseline.removeTag(kTag);
    deleteLine.rawS = untagLine.rawS < 0 ? -1 : baseline.trash(db.clock().nowMs(), user->id);
    undeleteLine.rawS = deleteLine.rawS < 0 ? -1 : baseline.restore();
    if (undeleteLine.rawS < 0) {
        return fail(u"raw baseline: "_s + baseline.lastError());
    }
    deleteAgainLine.rawS = deleteLine.rawS;
    restoreLine.rawS = undeleteLine.rawS;

    out() << Qt::endl;
    printTable({tagLine, untagLine, deleteLine, undeleteLine, deleteAgainLine, restoreLine});
    out() << Qt::endl
          << u"Raw: one statement and commit per step on the same rows (INSERT INTO contact_tags ... SELECT, DELETE"
             " FROM contact_tags, UPDATE contacts SET deleted_at); no audit, change log, search index, job items."_s
          << Qt::endl
          << u"Database file + WAL: %1 MiB before, %2 MiB after the jobs"_s.arg(
                 number(double(sizeBefore) / (1024.0 * 1024.0), 1), number(double(sizeAfter) / (1024.0 * 1024.0), 1))
          << Qt::endl;
    return 0;
}
