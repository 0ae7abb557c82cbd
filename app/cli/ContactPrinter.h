#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Kontor {

struct Contact;
struct ContactSummary;
class TextTable;

// The human-readable (non-JSON) forms of contacts: a "Label: value" block for `contacts show` and table rows
// for `contacts list` and `trash list`.
class ContactPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ContactPrinter)

public:
    // Names the owner, the followers and the custom fields; unset ones print as their ids.
    struct Names
    {
        QHash<qint64, QString> users;
        QHash<qint64, QString> customFields;
    };

    static void printDetails(QTextStream &out, const Contact &contact, const Names &names);

    static TextTable listTable();
    static QStringList listRow(const ContactSummary &row);
    static TextTable trashTable();
    static QStringList trashRow(const ContactSummary &row);

    // Local time, minutes: "2025-11-23 10:30".
    static QString localTime(qint64 utcMs);
    // JSON values of the --json output: null for an empty text or a zero time; times as UTC ISO 8601 with ms.
    static QJsonValue textOrNull(const QString &text);
    static QJsonValue utcOrNull(qint64 utcMs);
};

} // namespace Kontor
