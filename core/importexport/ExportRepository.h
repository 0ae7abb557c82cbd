#pragma once

#include "Result.h"

#include <QList>

namespace Kontor {

class Database;

// How many e-mail, phone and address columns a table export needs: the most any exported contact has.
struct ExportSlots
{
    int emails = 0;
    int phones = 0;
    int addresses = 0;
};

// The SQL the export needs beyond loading contacts (ContactRepository does that): counting the parts of a set of
// contacts in one statement, so that the header of a CSV/XLSX file is complete before its first row.
class ExportRepository
{
public:
    explicit ExportRepository(Database &db);

    // Raises *counts to the largest number of e-mails, phones and addresses any of `ids` has.
    Result<void> widenSlots(const QList<qint64> &ids, ExportSlots *counts);

private:
    Database &m_db;
};

} // namespace Kontor
