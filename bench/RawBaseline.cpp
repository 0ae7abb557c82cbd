#include "RawBaseline.h"

#include "DemoGenerator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

RawBaseline::RawBaseline(const QString &path)
    : m_path(path)
    , m_connection(u"kontor-bench-baseline"_s)
{}

RawBaseline::~RawBaseline()
{
    close();
}

void RawBaseline::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool RawBaseline::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_error = sql + u": "_s + q.lastError().text();
        return false;
    }
    return true;
}

bool RawBaseline::open(int cacheMiB, bool existing)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    // The same pragmas as Kontor's connections, so the difference is the schema and the write path.
    const bool configured = exec(u"PRAGMA journal_mode = WAL"_s) && exec(u"PRAGMA synchronous = NORMAL"_s)
        && exec(u"PRAGMA cache_size = -%1"_s.arg(cacheMiB * 1024));
    if (!configured || existing) {
        return configured;
    }
    return exec(u"CREATE TABLE people(id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT,"
                " company TEXT, email TEXT, phone TEXT, city TEXT)"_s)
        && exec(u"CREATE VIRTUAL TABLE people_fts USING fts5(doc, tokenize = \"unicode61 remove_diacritics 2\","
                " prefix = '2 3')"_s);
}

bool RawBaseline::load(const DemoGenerator &generator, int count, int batchSize)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO people(first_name, last_name, company, email, phone, city)"
                   " VALUES (?, ?, ?, ?, ?, ?)"_s);
    const int companies = DemoGenerator::companyCount(count);
    int inBatch = 0;
    auto write = [&](const Contact &c) {
        if (inBatch == 0 && !db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        insert.bindValue(0, c.firstName);
        insert.bindValue(1, c.isCompany() ? c.displayName : c.lastName);
        insert.bindValue(2, c.isCompany() ? c.displayName : QString());
        insert.bindValue(3, c.primaryEmail());
        insert.bindValue(4, c.phones.isEmpty() ? QString() : c.phones.first().raw);
        insert.bindValue(5, c.addresses.isEmpty() ? QString() : c.addresses.first().city);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            return false;
        }
        if (++inBatch == batchSize) {
            inBatch = 0;
            if (!db.commit()) {
                m_error = db.lastError().text();
                return false;
            }
        }
        return true;
    };
    for (int i = 0; i < companies; ++i) {
        if (!write(generator.company(i))) {
            return false;
        }
    }
    for (int i = 0; i < count - companies; ++i) {
        if (!write(generator.person(i, 0))) {
            return false;
        }
    }
    if (inBatch > 0 && !db.commit()) {
        m_error = db.lastError().text();
        return false;
    }
    // FIELD-NOTES.md: filling FTS and building indexes after the rows is the fast way.
    return exec(u"INSERT INTO people_fts(rowid, doc) SELECT id, ifnull(first_name, '') || ' ' || ifnull(last_name, '') "
                u"|| ' ' || ifnull(company, '')"
                " || ' ' || ifnull(email, '') || ' ' || ifnull(phone, '') || ' ' || ifnull(city, '') FROM people"_s)
        && exec(u"CREATE INDEX people_name ON people(last_name, id)"_s);
}

int RawBaseline::search(const QString &text, int limit)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            terms << u"\""_s + word + u"\"*"_s;
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT p.id, p.first_name, p.last_name, p.company, p.email, p.phone, p.city FROM people_fts f"
              " JOIN people p ON p.id = f.rowid WHERE people_fts MATCH ? LIMIT ?"_s);
    q.addBindValue(terms.join(u' '));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    int rows = 0;
    while (q.next()) {
        ++rows;
    }
    return rows;
}

QList<RawBaseline::Row> RawBaseline::page(const QString &afterLastName, qint64 afterId, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const bool first = afterId == 0;
    q.prepare(first ? u"SELECT id, last_name, first_name, email, phone, city FROM people"
                      " ORDER BY last_name, id LIMIT ?"_s
                    : u"SELECT id, last_name, first_name, email, phone, city FROM people"
                      " WHERE (last_name, id) > (?, ?) ORDER BY last_name, id LIMIT ?"_s);
    if (!first) {
        q.addBindValue(afterLastName);
        q.addBindValue(afterId);
    }
    q.addBindValue(limit);
    QList<Row> rows;
    if (!q.exec()) {
        m_error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return rows;
}

} // namespace Kontor
