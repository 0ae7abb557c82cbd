#include "ListBench.h"

#include "BenchReport.h"
#include "Clock.h"
#include "ContactService.h"
#include "CustomFieldService.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>
#include <optional>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Rounds = 20;
constexpr int PageSize = 100;
constexpr int FirstPageSize = 50;
constexpr int DeepPage = 10000;
const QString kFieldName = u"Branche"_s;
// DemoGenerator: Berlin is the most frequent city, "Kunde" the most frequent tag; every contact was created
// during the run, so the date condition keeps them all but must still be tested per row.
const QString kFilter = u"city = \"Berlin\" and tags has \"Kunde\" and created in last 365 days"_s;
const QString kRawConditions = u"c.deleted_at IS NULL AND c.created_at >= ?"
                               " AND c.id IN (SELECT contact_id FROM contact_tags WHERE tag = 'Kunde')"
                               " AND c.id IN (SELECT contact_id FROM contact_addresses WHERE city = 'Berlin')"_s;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The first column of every row, or nullopt (and the error in *error) when the statement fails.
std::optional<QList<QVariant>> column(Database &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec()) {
        *error = sql + u": "_s + q.lastError().text();
        return std::nullopt;
    }
    QList<QVariant> out;
    while (q.next()) {
        out << q.value(0);
    }
    return out;
}

QList<QVariant> idsOf(const ContactPage &page)
{
    QList<QVariant> ids;
    for (const ContactSummary &row : page.rows) {
        ids << row.id;
    }
    return ids;
}

} // namespace

ListBench::ListBench(Database &db, ContactService &service, BenchReport &report)
    : m_db(db)
    , m_service(service)
    , m_report(report)
{}

bool ListBench::fail(const QString &what)
{
    m_error = what;
    return false;
}

bool ListBench::prepare(const Session &session)
{
    CustomFieldService fields(m_db, session);
    if (auto existing = fields.fieldByName(kFieldName)) {
        m_fieldId = existing->id;
        return true;
    }
    CustomField field;
    field.name = kFieldName;
    auto created = fields.createField(field);
    if (!created) {
        return fail(created.error().toString());
    }
    m_fieldId = created->id;
    // Twelve industries with a number each: about 12,000 distinct values, so the order is not only ties.
    const QString fill = u"INSERT INTO custom_field_values(contact_id, field_id, value)"
                         " SELECT c.id, ?, printf('%s %03d', CASE (c.id * 7919) % 12 WHEN 0 THEN 'Bau'"
                         " WHEN 1 THEN 'Handel' WHEN 2 THEN 'Handwerk' WHEN 3 THEN 'IT' WHEN 4 THEN 'Logistik'"
                         " WHEN 5 THEN 'Medien' WHEN 6 THEN 'Pflege' WHEN 7 THEN 'Recht' WHEN 8 THEN 'Sport'"
                         " WHEN 9 THEN 'Tourismus' WHEN 10 THEN 'Verwaltung' ELSE 'Zahnmedizin' END,"
                         " (c.id * 104729) % 1000) FROM contacts c"_s;
    QElapsedTimer timer;
    timer.start();
    if (auto ok = m_db.exec(u"BEGIN"_s); !ok) {
        return fail(ok.error().toString());
    }
    if (!column(m_db, fill, {m_fieldId}, &m_error)) {
        (void)m_db.exec(u"ROLLBACK"_s);
        return false;
    }
    if (auto ok = m_db.exec(u"COMMIT"_s); !ok) {
        return fail(ok.error().toString());
    }
    QTextStream(stderr) << "  custom field filled by SQL in " << qRound(elapsedMs(timer)) << " ms" << Qt::endl;
    return true;
}

bool ListBench::run()
{
    const qint64 since = m_db.clock().nowMs() - qint64(365) * 24 * 3600 * 1000;
    // Times both sides `Rounds` times after one warm-up; each side returns its rows (first column: ids) so that
    // a wrong answer fails the bench instead of looking fast.
    auto measure = [this](const QString &label,
                       const std::function<std::optional<QList<QVariant>>()> &kontor,
                       const std::function<std::optional<QList<QVariant>>()> &raw) {
        QList<double> kontorMs;
        QList<double> rawMs;
        QElapsedTimer timer;
        for (int i = 0; i <= Rounds; ++i) {
            timer.restart();
            const auto k = kontor();
            const double kMs = elapsedMs(timer);
            timer.restart();
            const auto r = raw();
            const double rMs = elapsedMs(timer);
            if (!k || !r) {
                return fail(label + u": "_s + m_error);
            }
            if (*k != *r) {
                return fail(label + u": Kontor and raw SQL disagree (%1 vs %2 rows)"_s.arg(k->size()).arg(r->size()));
            }
            if (i > 0) {
                kontorMs << kMs;
                rawMs << rMs;
            }
        }
        m_report.addPercentiles(label, kontorMs, rawMs);
        return true;
    };
    auto kontorList = [this](const ContactListQuery &query) -> std::optional<QList<QVariant>> {
        auto page = m_service.list(query);
        if (!page) {
            m_error = page.error().toString() + u" / "_s + page.error().detail;
            return std::nullopt;
        }
        return idsOf(*page);
    };

    // 1. The filter: count, and the first page by name.
    ContactListQuery filtered;
    filtered.filter = kFilter;
    filtered.limit = FirstPageSize;
    const bool filterOk
        = measure(
              u"Filter of 3 conditions, count (ms)"_s,
              [&]() -> std::optional<QList<QVariant>> {
                  auto n = m_service.count(filtered);
                  if (!n) {
                      m_error = n.error().toString() + u" / "_s + n.error().detail;
                      return std::nullopt;
                  }
                  return QList<QVariant>{*n};
              },
              [&] {
                  return column(m_db, u"SELECT count(*) FROM contacts c WHERE "_s + kRawConditions, {since}, &m_error);
              })
        && measure(
            u"Filter of 3 conditions, first 50 (ms)"_s,
            [&] { return kontorList(filtered); },
            [&] {
                return column(m_db,
                    u"SELECT c.id FROM contacts c WHERE "_s + kRawConditions + u" ORDER BY c.sort_key, c.id LIMIT ?"_s,
                    {since, FirstPageSize},
                    &m_error);
            });
    if (!filterOk) {
        return false;
    }

    // 2. Deep pages by a sorted column and by the custom field. The cursor of the page before is looked up once
    // with OFFSET (untimed); the timed queries are keyset queries on both sides.
    auto rows = m_service.count({});
    if (!rows) {
        return fail(rows.error().toString());
    }
    // Not the last page: after the last row with a value, a list sorted by a field that can be empty looks for
    // the rows without one (they come last), which scans the contacts; the last page is timed on its own below.
    const int lastPage = int(*rows / PageSize);
    const int page = std::min(DeepPage, lastPage - 1);
    struct Deep
    {
        QString label;
        QString sort;
        QString cursorSql; // value, id of the row before the page
        QString rawSql; // binds: value, id, limit
    };
    const QString custom = u"custom.%1"_s.arg(kFieldName);
    struct Page
    {
        int number;
        Deep deep;
    };
    const QString customCursor
        = u"SELECT v.value, v.contact_id FROM custom_field_values v CROSS JOIN contacts c ON c.id = v.contact_id"
          " WHERE v.field_id = %1 AND v.value <> '' AND c.deleted_at IS NULL ORDER BY v.value, v.contact_id"
          " LIMIT 1 OFFSET ?"_s.arg(m_fieldId);
    const QString customPage
        = u"SELECT v.contact_id FROM custom_field_values v CROSS JOIN contacts c ON c.id = v.contact_id"
          " WHERE v.field_id = %1 AND v.value <> '' AND c.deleted_at IS NULL AND (v.value, v.contact_id) > (?, ?)"
          " ORDER BY v.value, v.contact_id LIMIT ?"_s.arg(m_fieldId);
    const QList<Page> deeps = {
        {page,
            {u"Page %L1 of 100 by -created, keyset (ms)"_s.arg(page),
                u"-created"_s,
                u"SELECT created_at, id FROM contacts WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC"
                " LIMIT 1 OFFSET ?"_s,
                u"SELECT id FROM contacts WHERE deleted_at IS NULL AND (created_at, id) < (?, ?)"
                " ORDER BY created_at DESC, id DESC LIMIT ?"_s}},
        {page, {u"Page %L1 of 100 by custom field (ms)"_s.arg(page), custom, customCursor, customPage}},
        {lastPage, {u"Last page (%L1) by custom field (ms)"_s.arg(lastPage), custom, customCursor, customPage}},
    };
    for (const auto &[number, deep] : deeps) {
        QSqlQuery cursor(m_db.connection());
        cursor.prepare(deep.cursorSql);
        cursor.addBindValue((number - 1) * PageSize - 1);
        if (!cursor.exec() || !cursor.next()) {
            return fail(deep.label + u": no cursor: "_s + cursor.lastError().text());
        }
        const QVariant value = cursor.value(0);
        const qint64 id = cursor.value(1).toLongLong();
        ContactListQuery query;
        query.sort = deep.sort;
        query.limit = PageSize;
        query.afterSortValue = value;
        query.afterId = id;
        if (!measure(
                deep.label,
                [&] { return kontorList(query); },
                [&] {
                    return column(m_db, deep.rawSql, {value, id, PageSize}, &m_error);
                })) {
            return false;
        }
    }

    // 3. The first page sorted by the custom field, both directions (descending walks the index backwards).
    for (const bool descending : {false, true}) {
        ContactListQuery query;
        query.sort = descending ? u"-"_s + custom : custom;
        query.limit = PageSize;
        const QString dir = descending ? u" DESC"_s : QString();
        const QString sql = u"SELECT v.contact_id FROM custom_field_values v CROSS JOIN contacts c"
                            " ON c.id = v.contact_id WHERE v.field_id = %1 AND v.value <> '' AND c.deleted_at IS NULL"
                            " ORDER BY v.value%2, v.contact_id%2 LIMIT ?"_s.arg(m_fieldId)
                                .arg(dir);
        if (!measure(
                descending ? u"First 100 by custom field, descending (ms)"_s : u"First 100 by custom field (ms)"_s,
                [&] { return kontorList(query); },
                [&] { return column(m_db, sql, {PageSize}, &m_error); })) {
            return false;
        }
    }
    return true;
}

} // namespace Kontor
