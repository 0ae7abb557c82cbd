// kontor-bench-import: the import benchmark. Generates a CSV of N people (ImportCsvGenerator), imports it with
// ImportService into a fresh database with skipInvalid off (so the run includes the validation pass before
// the writing pass), then, in the same run, imports the same file with the sqlite3 command-line shell's
// `.import --csv` into one plain table as the baseline, and exports the imported contacts to CSV. Prints rows/s,
// seconds, the ratio to the baseline and the peak RSS. Not a test: run it by hand (bench/run-import-bench.sh).

#include "Database.h"
#include "ExportService.h"
#include "ImportCsvGenerator.h"
#include "ImportService.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

int fail(const QString &what)
{
    QTextStream(stderr) << "kontor-bench-import: " << what << Qt::endl;
    return 1;
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

QString number(double value, int decimals = 0)
{
    return u"%L1"_s.arg(value, 0, 'f', decimals);
}

// Peak resident set size of this process in MiB, negative where the platform does not tell.
double peakRssMiB()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    struct rusage usage
    {
    };
    if (getrusage(RUSAGE_SELF, &usage) != 0) {
        return -1;
    }
#if defined(Q_OS_MACOS)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
#else
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
#endif
#else
    return -1;
#endif
}

QString rss(double mib)
{
    return mib < 0 ? u"n/a"_s : number(mib);
}

// The import's progress callbacks, with the time each pass began: `done` starts again from a low value when
// the writing pass follows the validation pass.
struct PassClock
{
    QElapsedTimer timer;
    qint64 lastDone = -1;
    QList<qint64> passStartsNs{0};
    QList<qint64> passRows{0};
    qint64 lastReportNs = 0;
    qint64 lastPrintNs = 0;

    void report(qint64 done, qint64 total)
    {
        const qint64 now = timer.nsecsElapsed();
        if (done < lastDone) {
            passStartsNs << lastReportNs;
            passRows << 0;
        }
        lastDone = done;
        lastReportNs = now;
        passRows.last() = done;
        if (now - lastPrintNs > 5'000'000'000LL) {
            lastPrintNs = now;
            const QString of = total > 0 ? u"%L1 of %L2"_s.arg(done).arg(total) : u"%L1"_s.arg(done);
            QTextStream(stderr)
                << u"  pass %1: %2 rows, %3 s"_s.arg(passStartsNs.size()).arg(of, number(seconds(now), 1)) << Qt::endl;
        }
    }
};

// The baseline: sqlite3's own CSV import into a table it creates from the header, in one transaction.
double sqliteImportSeconds(const QString &sqlite3, const QString &csv, const QString &db, QString *error)
{
    QProcess process;
    process.start(sqlite3, {db});
    if (!process.waitForStarted()) {
        *error = process.errorString();
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    process.write(u".import --csv '%1' people\n.quit\n"_s.arg(QString(csv).replace(u"'"_s, u"''"_s)).toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return -1;
    }
    const double s = seconds(timer.nsecsElapsed());
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty()) {
        *error = QString::fromUtf8(errors).trimmed();
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Imports a generated CSV through ImportService and with sqlite3 .import."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows of the CSV (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption companiesOption(
        u"companies"_s, u"Companies the people work for (default 3000)."_s, u"N"_s, u"3000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Folder for the CSV and databases (default: temporary)."_s, u"DIR"_s);
    const QCommandLineOption sqliteOption(u"sqlite3"_s, u"The sqlite3 shell (default: from PATH)."_s, u"FILE"_s);
    parser.addOptions({rowsOption, companiesOption, dirOption, sqliteOption});
    parser.process(app);
    bool ok = false;
    const int rows = parser.value(rowsOption).toInt(&ok);
    const int companies = parser.value(companiesOption).toInt(&ok) > 0 ? parser.value(companiesOption).toInt() : 0;
    if (rows < 1 || companies < 1) {
        return fail(u"--rows and --companies need positive numbers"_s);
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    if (!QDir().mkpath(dir)) {
        return fail(u"cannot create %1"_s.arg(dir));
    }
    const QString csvPath = QDir(dir).filePath(u"people.csv"_s);
    const QString kontorPath = QDir(dir).filePath(u"kontor.sqlite"_s);
    const QString rawPath = QDir(dir).filePath(u"sqlite3-import.sqlite"_s);
    const QString exportPath = QDir(dir).filePath(u"export.csv"_s);
    for (const QString &path : {kontorPath, kontorPath + u"-wal"_s, kontorPath + u"-shm"_s, rawPath, exportPath}) {
        QFile::remove(path);
    }

    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = ImportCsvGenerator::write(csvPath, rows, companies);
    if (bytes < 0) {
        return fail(u"cannot write %1"_s.arg(csvPath));
    }
    const double generateS = seconds(timer.nsecsElapsed());
    const double rssBefore = peakRssMiB();

    DatabaseOptions dbOptions;
    dbOptions.cacheMiB = 256; // as kontor-cli import (FIELD-NOTES.md)
    auto opened = Database::open(kontorPath, dbOptions);
    if (!opened) {
        return fail(opened.error().toString());
    }
    Database &db = **opened;
    auto user = UserService(db).ensureLocalUser();
    if (!user) {
        return fail(user.error().toString());
    }
    const Session session{user->id, user->teamId, Origin::Import, 0};
    ImportService importer(db, session);
    importer.setDefaultRegion(u"DE"_s);
    ImportOptions options;
    options.skipInvalid = false;
    options.region = u"DE"_s;

    PassClock clock;
    clock.timer.start();
    JobProgress progress;
    progress.report = [&clock](qint64 done, qint64 total) { clock.report(done, total); };
    auto report = importer.run(csvPath, options, progress);
    const double importS = seconds(clock.timer.nsecsElapsed());
    if (!report) {
        return fail(report.error().toString());
    }
    const double rssAfterImport = peakRssMiB();
    if (report->rejected || report->created != rows) {
        QTextStream err(stderr);
        err << u"warning: created %L1 of %L2 rows (failed %L3, skipped %L4)"_s.arg(report->created)
                   .arg(rows)
                   .arg(report->failed)
                   .arg(report->skipped)
            << Qt::endl;
        for (qsizetype i = 0; i < report->problems.size() && i < 5; ++i) {
            const ImportProblem &p = report->problems.at(i);
            err << u"  row %1 %2: %3 (%4)"_s.arg(p.row).arg(p.columnName, p.reason, p.value) << Qt::endl;
        }
    }

    timer.restart();
    ExportOptions exportOptions;
    exportOptions.format = ExportFormat::Csv;
    exportOptions.query.limit = 1000;
    auto exported = ExportService(db, session).run(exportOptions, exportPath);
    const double exportS = seconds(timer.nsecsElapsed());
    if (!exported) {
        return fail(exported.error().toString());
    }

    const QString sqlite3
        = parser.isSet(sqliteOption) ? parser.value(sqliteOption) : QStandardPaths::findExecutable(u"sqlite3"_s);
    QString sqliteError;
    const double rawS = sqlite3.isEmpty() ? -1 : sqliteImportSeconds(sqlite3, csvPath, rawPath, &sqliteError);

    out() << Qt::endl
          << u"Kontor import benchmark: %L1 rows (%2 MiB CSV, %L3 companies), folder %4"_s.arg(rows)
                 .arg(number(double(bytes) / (1024.0 * 1024.0), 1))
                 .arg(companies)
                 .arg(dir)
          << Qt::endl
          << u"CSV generation: %1 s"_s.arg(number(generateS, 1)) << Qt::endl
          << Qt::endl;
    const auto row = [](const QString &label, const QString &a, const QString &b) {
        out() << label.leftJustified(46) << a.rightJustified(14) << b.rightJustified(14) << Qt::endl;
    };
    row(u"Measure"_s, u"seconds"_s, u"rows/s"_s);
    row(QString(46, u'-'), QString(14, u'-'), QString(14, u'-'));
    row(u"ImportService::run (skipInvalid off)"_s, number(importS, 1), number(rows / importS));
    if (clock.passStartsNs.size() >= 2) {
        const double check = seconds(clock.passStartsNs.at(1));
        row(u"  pass 1: read, convert, validate"_s, number(check, 1), number(clock.passRows.at(0) / check));
        row(u"  pass 2: write (chunks of 1,000)"_s,
            number(importS - check, 1),
            number(clock.passRows.at(1) / (importS - check)));
    } else {
        row(u"  (passes not told apart by the progress)"_s, {}, {});
    }
    row(u"  created / failed / skipped"_s,
        u"%L1"_s.arg(report->created),
        u"%L1 / %L2"_s.arg(report->failed).arg(report->skipped));
    row(u"  companies created"_s, u"%L1"_s.arg(report->companiesCreated), {});
    if (rawS > 0) {
        row(u"sqlite3 .import --csv (plain table, baseline)"_s, number(rawS, 1), number(rows / rawS));
        row(u"  Kontor vs sqlite3"_s, u"%1x slower"_s.arg(number(importS / rawS, 1)), {});
    } else {
        row(u"sqlite3 .import --csv (baseline)"_s, u"n/a"_s, sqliteError.isEmpty() ? u"no sqlite3"_s : sqliteError);
    }
    if (!sqliteError.isEmpty() && rawS > 0) {
        out() << u"  sqlite3 said: %1"_s.arg(sqliteError.left(200)) << Qt::endl;
    }
    row(u"ExportService::run to CSV"_s, number(exportS, 1), number(double(exported->written) / exportS));
    row(u"  contacts written (persons + companies)"_s, u"%L1"_s.arg(exported->written), {});
    row(u"Peak RSS after generating the CSV (MiB)"_s, rss(rssBefore), {});
    row(u"Peak RSS after the import (MiB)"_s, rss(rssAfterImport), {});
    row(u"Peak RSS at the end (MiB)"_s, rss(peakRssMiB()), {});
    row(u"Database size, file + WAL (MiB)"_s,
        number(double(QFileInfo(kontorPath).size() + QFileInfo(kontorPath + u"-wal"_s).size()) / (1024.0 * 1024.0), 1),
        {});
    return 0;
}
