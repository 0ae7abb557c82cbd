#include "ActivityPrinter.h"

#include "CliOutput.h"
#include "users/UserService.h"

#include <QLocale>
#include <QTextStream>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString ActivityPrinter::local(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QJsonValue ActivityPrinter::utc(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue ActivityPrinter::localIso(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? QJsonValue(time.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue ActivityPrinter::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue ActivityPrinter::idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString ActivityPrinter::size(qint64 bytes)
{
    // C locale, like the other numbers of the text output; units as `ls -h` prints them.
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QHash<qint64, QString> ActivityPrinter::userNames(Database &db)
{
    QHash<qint64, QString> names;
    if (auto users = UserService(db).list(); users) {
        for (const User &u : std::as_const(*users)) {
            names.insert(u.id, u.name);
        }
    }
    return names;
}

void ActivityPrinter::printTable(QTextStream &out,
    const QStringList &headers,
    const QList<QStringList> &rows,
    const QString &emptyText,
    int maxColumnWidth)
{
    if (rows.isEmpty()) {
        out << emptyText << Qt::endl;
        return;
    }
    TextTable table(headers, maxColumnWidth);
    table.fitTo(rows);
    table.printHeader(out);
    for (const QStringList &row : rows) {
        table.printRow(out, row);
    }
    out.flush();
}

} // namespace Kontor
