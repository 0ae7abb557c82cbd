#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kontor {

class DemoGenerator;

// The yardstick for the core benchmark: the same persons' main fields in ONE plain table with a plain FTS5
// table, written and read with raw SQL and no validation, audit or change log. Whatever Kontor's write path
// costs above this is the price of its guarantees.
class RawBaseline
{
public:
    struct Row
    {
        qint64 id = 0;
        QString lastName;
    };

    explicit RawBaseline(const QString &path);
    ~RawBaseline();
    RawBaseline(const RawBaseline &) = delete;
    RawBaseline &operator=(const RawBaseline &) = delete;

    // Creates the tables, or with `existing` opens a baseline a previous run (--reuse) loaded.
    bool open(int cacheMiB, bool existing = false);
    // Inserts what DemoGenerator::populate writes for `count` contacts (same seed, same companies and persons)
    // in transactions of `batchSize`, then fills the FTS table by one INSERT...SELECT and builds the name index.
    bool load(const DemoGenerator &generator, int count, int batchSize);
    // Quick search: FTS5 prefix match of every word, first `limit` rows. Returns the number of rows.
    int search(const QString &text, int limit);
    // A page sorted by last name by keyset after (lastName, id); an empty lastName and id 0 for the first page.
    QList<Row> page(const QString &afterLastName, qint64 afterId, int limit);
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    void close();

private:
    bool exec(const QString &sql);

    QString m_path;
    QString m_connection;
    QString m_error;
};

} // namespace Kontor
