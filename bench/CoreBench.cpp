// kontor-bench-core: the foundation benchmark. Writes N demo contacts through Kontor's write path
// (DemoGenerator::populate -> ContactService::createMany) and the same persons' main fields with raw SQL into one
// plain table, then compares insert rate, quick search, keyset paging, file size and memory. Not a test: run it
// by hand (bench/run-core-bench.sh) and read the table.

#include "BenchReport.h"
#include "ContactService.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ListBench.h"
#include "RawBaseline.h"
#include "UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int SearchRounds = 3;
constexpr int PageRounds = 20;
constexpr int PageSize = 100;
constexpr int DeepPage = 10000;

const QStringList &searchQueries()
{
    static const QStringList s_queries = {u"müller"_s,
        u"mueller"_s,
        u"schmi"_s,
        u"berlin"_s,
        u"strasse"_s,
        u"straße"_s,
        u"0171"_s,
        u"0711"_s,
        u"gmx"_s,
        u"web.de"_s,
        u"anna"_s,
        u"jürgen"_s,
        u"anna schmidt"_s,
        u"weiß"_s,
        u"yılmaz"_s,
        u"kowalsk"_s,
        u"münchen"_s,
        u"gmbh"_s,
        u"logistik"_s,
        u"dr"_s};
    return s_queries;
}

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int fail(const QString &what)
{
    QTextStream(stderr) << "kontor-bench-core: " << what << Qt::endl;
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kontor-bench-core"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kontor core benchmark: write path, search and paging against raw SQL."_s);
    parser.addHelpOption();
    const QCommandLineOption contactsOption(
        u"contacts"_s, u"Number of contacts (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption dirOption(
        u"dir"_s, u"Folder for the database files (default: a temporary one)."_s, u"DIR"_s);
    // A 1M database takes ~10 minutes to write; --reuse measures the reads again on the files of an earlier run
    // in --dir (same --contacts), skipping the write path and the raw load.
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Reuse kontor-bench.sqlite and raw-baseline.sqlite in --dir from an earlier run."_s);
    parser.addOptions({contactsOption, dirOption, reuseOption});
    parser.process(app);

    bool ok = false;
    const int count = parser.value(contactsOption).toInt(&ok);
    if (!ok || count < 1) {
        return fail(u"--contacts needs a positive number, not \"%1\""_s.arg(parser.value(contactsOption)));
    }
    QTemporaryDir tempDir;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    const QString kontorPath = dir + u"/kontor-bench.sqlite"_s;
    const QString rawPath = dir + u"/raw-baseline.sqlite"_s;
    const bool reuse = parser.isSet(reuseOption);
    if (reuse && (!parser.isSet(dirOption) || !QFile::exists(kontorPath) || !QFile::exists(rawPath))) {
        return fail(u"--reuse needs --dir with the databases of an earlier run"_s);
    }
    for (const QString &path : reuse ? QStringList() : QStringList{kontorPath, rawPath}) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(path + suffix);
        }
    }

    BenchReport report(count, dir);
    const DatabaseOptions options; // as the application opens it
    auto opened = Database::open(kontorPath, options);
    if (!opened) {
        return fail(opened.error().toString() + u" ("_s + opened.error().detail + u")"_s);
    }
    Database &db = **opened;
    auto user = UserService(db).ensureLocalUser();
    if (!user) {
        return fail(user.error().toString() + u" ("_s + user.error().detail + u")"_s);
    }
    const Session session{user->id, user->teamId, Origin::Bulk, 0};

    // 1. The write path.
    QElapsedTimer timer;
    timer.start();
    int lastTenth = 0;
    auto populated
        = reuse ? Result<int>(count) : DemoGenerator::populate(db, session, count, u"DE"_s, [&](int done, int total) {
              const int tenth = int(qint64(done) * 10 / total);
              if (tenth > lastTenth) {
                  lastTenth = tenth;
                  QTextStream(stderr) << "  write path: " << done << " / " << total << " after "
                                      << qRound(elapsedMs(timer) / 1000.0) << " s" << Qt::endl;
              }
              return true;
          });
    if (!populated) {
        return fail(populated.error().toString());
    }
    const double kontorInsertMs = elapsedMs(timer);
    report.setPeakAfterWrite(BenchReport::peakRssMiB());

    // The generator's own share of that time.
    const DemoGenerator generator;
    timer.restart();
    {
        const int companies = DemoGenerator::companyCount(count);
        qint64 checksum = 0;
        for (int i = 0; i < companies; ++i) {
            checksum += generator.company(i).displayName.size();
        }
        for (int i = 0; i < count - companies; ++i) {
            checksum += generator.person(i, 0).firstName.size();
        }
        report.setGenerationMs(elapsedMs(timer), checksum);
    }

    // 2. The raw-SQL baseline, same process, same cache size.
    RawBaseline raw(rawPath);
    if (!raw.open(options.cacheMiB, reuse)) {
        return fail(raw.lastError());
    }
    timer.restart();
    if (!reuse) {
        if (!raw.load(generator, count, DemoGenerator::BatchSize)) {
            return fail(raw.lastError());
        }
        report.addRate(u"Insert (rows/s, incl. generation)"_s, count, kontorInsertMs, elapsedMs(timer));
    }

    // 3. Quick search, first page of 50.
    ContactService service(db, session);
    service.setDefaultRegion(u"DE"_s);
    QList<double> kontorSearch;
    QList<double> rawSearch;
    for (int round = 0; round <= SearchRounds; ++round) { // round 0 warms the caches
        for (const QString &q : searchQueries()) {
            ContactListQuery query;
            query.search = q;
            query.limit = 50;
            timer.restart();
            auto page = service.list(query);
            const double kontorMs = elapsedMs(timer);
            if (!page) {
                return fail(u"search \"%1\": %2"_s.arg(q, page.error().toString()));
            }
            timer.restart();
            const int rawHits = raw.search(q, 50);
            const double rawMs = elapsedMs(timer);
            if (rawHits < 0) {
                return fail(raw.lastError());
            }
            if (round > 0) {
                kontorSearch << kontorMs;
                rawSearch << rawMs;
                report.addSearchHits(q, int(page->rows.size()), rawHits, kontorMs, rawMs);
            }
        }
    }
    report.addPercentiles(u"Quick search, 20 queries (ms)"_s, kontorSearch, rawSearch);

    // 4. Paging by last name, keyset.
    QList<double> kontorFirst;
    QList<double> rawFirst;
    ContactListQuery firstQuery;
    firstQuery.limit = PageSize;
    for (int i = 0; i <= PageRounds; ++i) {
        timer.restart();
        auto page = service.list(firstQuery);
        const double kontorMs = elapsedMs(timer);
        if (!page) {
            return fail(page.error().toString());
        }
        timer.restart();
        const auto rawPage = raw.page({}, 0, PageSize);
        const double rawMs = elapsedMs(timer);
        if (i > 0) {
            kontorFirst << kontorMs;
            rawFirst << rawMs;
        }
    }
    report.addPercentiles(u"First page of 100 by name (ms)"_s, kontorFirst, rawFirst);

    // Walk to the deep page; remember the cursor of the page before it and time only that last query.
    const int lastPage = std::min(DeepPage, (count + PageSize - 1) / PageSize);
    ContactListQuery deep;
    deep.limit = PageSize;
    QString rawAfterName;
    qint64 rawAfterId = 0;
    timer.restart();
    for (int p = 1; p < lastPage; ++p) {
        auto page = service.list(deep);
        if (!page || page->rows.isEmpty()) {
            return fail(u"paging stopped at page %1"_s.arg(p));
        }
        deep.continueAfter(page->rows.last());
        const auto rawPage = raw.page(rawAfterName, rawAfterId, PageSize);
        if (rawPage.isEmpty()) {
            return fail(u"raw paging stopped at page %1: %2"_s.arg(p).arg(raw.lastError()));
        }
        rawAfterName = rawPage.last().lastName;
        rawAfterId = rawPage.last().id;
    }
    report.setWalkMs(lastPage, elapsedMs(timer));
    QList<double> kontorDeep;
    QList<double> rawDeep;
    for (int i = 0; i <= PageRounds; ++i) {
        timer.restart();
        auto page = service.list(deep);
        const double kontorMs = elapsedMs(timer);
        if (!page || page->rows.isEmpty()) {
            return fail(u"page %1 is empty"_s.arg(lastPage));
        }
        timer.restart();
        const auto rawPage = raw.page(rawAfterName, rawAfterId, PageSize);
        const double rawMs = elapsedMs(timer);
        if (i > 0) {
            kontorDeep << kontorMs;
            rawDeep << rawMs;
        }
    }
    report.addPercentiles(u"Page %L1 of 100 by name, keyset (ms)"_s.arg(lastPage), kontorDeep, rawDeep);

    // 5. Filters, sorted columns and custom fields (ListBench.h).
    ListBench lists(db, service, report);
    if (!lists.prepare(session) || !lists.run()) {
        return fail(lists.lastError());
    }

    // 6. Size and memory.
    auto rows = service.count({});
    if (!rows) {
        return fail(rows.error().toString());
    }
    report.setKontorRows(*rows);
    report.addSize(fileSize(kontorPath), fileSize(rawPath));
    report.print(out());
    return 0;
}
