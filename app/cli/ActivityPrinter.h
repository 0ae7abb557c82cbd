#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QTextStream;

namespace Kontor {

class Database;

// Output pieces shared by the task, appointment, document, payment and reminder commands: times for people and
// for JSON, user names, and tables.
class ActivityPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ActivityPrinter)

public:
    // "2025-03-14 09:30" in `zone`; empty for an invalid time.
    static QString local(const QDateTime &time, const QTimeZone &zone);
    // ISO 8601 in UTC with milliseconds, null for an invalid time (the JSON format of docs/cli.md).
    static QJsonValue utc(const QDateTime &time);
    // "2025-03-14T09:30" as wall-clock time in `zone`, null for an invalid time.
    static QJsonValue localIso(const QDateTime &time, const QTimeZone &zone);
    static QJsonValue textOrNull(const QString &text);
    static QJsonValue idOrNull(qint64 id);
    // 1536 -> "1.5 KiB".
    static QString size(qint64 bytes);

    // Every user's name by id; empty when they cannot be read (names then print as numbers).
    static QHash<qint64, QString> userNames(Database &db);

    // A table with a header, or `emptyText` alone when there are no rows.
    static void printTable(QTextStream &out,
        const QStringList &headers,
        const QList<QStringList> &rows,
        const QString &emptyText,
        int maxColumnWidth = 40);
};

} // namespace Kontor
