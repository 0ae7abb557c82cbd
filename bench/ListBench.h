#pragma once

#include <QString>

namespace Kontor {

class BenchReport;
class ContactService;
class Database;
struct Session;

// The list part of kontor-bench-core: a three-condition filter (count and first page), deep keyset pages by a
// sorted column and by a custom field, each timed through ContactService and as hand-written SQL on the same
// database in the same run, so the ratio is the price of the generic query builder.
class ListBench
{
public:
    ListBench(Database &db, ContactService &service, BenchReport &report);

    // Creates the custom field "Branche" through CustomFieldService and fills it for every contact with one SQL
    // statement (the write path would take minutes at 1M rows and is measured elsewhere). Skipped when a reused
    // database has the field already.
    bool prepare(const Session &session);
    bool run();
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &what);

    Database &m_db;
    ContactService &m_service;
    BenchReport &m_report;
    qint64 m_fieldId = 0;
    QString m_error;
};

} // namespace Kontor
