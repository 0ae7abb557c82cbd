#include "ExportRepository.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

ExportRepository::ExportRepository(Database &db)
    : m_db(db)
{}

Result<void> ExportRepository::widenSlots(const QList<qint64> &ids, ExportSlots *counts)
{
    if (ids.isEmpty()) {
        return {};
    }
    // The ids travel as one JSON array so that the statement text stays the same for every chunk and is
    // prepared once, whatever the chunk size.
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(id);
    }
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    auto &q = m_db.prepared(u"WITH ids(id) AS (SELECT value FROM json_each(?))"
                            " SELECT (SELECT max(n) FROM (SELECT count(*) AS n FROM contact_emails"
                            "          WHERE contact_id IN (SELECT id FROM ids) GROUP BY contact_id)),"
                            " (SELECT max(n) FROM (SELECT count(*) AS n FROM contact_phones"
                            "          WHERE contact_id IN (SELECT id FROM ids) GROUP BY contact_id)),"
                            " (SELECT max(n) FROM (SELECT count(*) AS n FROM contact_addresses"
                            "          WHERE contact_id IN (SELECT id FROM ids) GROUP BY contact_id))"_s);
    q.addBindValue(json);
    if (!q.exec()) {
        return storageError(q);
    }
    if (q.next()) {
        counts->emails = std::max(counts->emails, q.value(0).toInt());
        counts->phones = std::max(counts->phones, q.value(1).toInt());
        counts->addresses = std::max(counts->addresses, q.value(2).toInt());
    }
    q.finish();
    return {};
}

} // namespace Kontor
