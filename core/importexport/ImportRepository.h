#pragma once

#include "Contact.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace Kontor {

class Database;

// The reads an import needs beyond the contact aggregate: existing contacts by e-mail or phone number (the
// duplicate check, one indexed lookup per value through cached prepared statements) and every company once,
// so that rows are linked to companies without a query per row. Only contacts not in the trash count.
class ImportRepository
{
public:
    explicit ImportRepository(Database &db);

    // The oldest contact of `kind` holding this e-mail address (case-folded as ContactRepository stores it); 0
    // when none.
    Result<qint64> contactByEmail(const QString &foldedEmail, ContactKind kind);
    // The oldest contact of `kind` holding this number in E.164; 0 when none.
    Result<qint64> contactByPhone(const QString &e164, ContactKind kind);

    struct Company
    {
        qint64 id = 0;
        QString name;
    };
    // Every company, oldest first.
    Result<QList<Company>> companies();

private:
    Result<qint64> firstId(const QString &sql, const QString &value, ContactKind kind);

    Database &m_db;
};

} // namespace Kontor
