#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QJsonArray;
class QJsonObject;

namespace Kontor {

struct Error;

// Exit codes of kontor-cli, documented in docs/cli.md; scripts rely on them, so never renumber.
enum class ExitCode
{
    Success = 0,
    Usage = 1, // unknown command or option, missing or malformed argument
    Invalid = 2, // the input breaks a validation rule; nothing was written
    NotFound = 3, // a contact (or custom field) named on the command line does not exist
    Storage = 4, // the database could not be opened, read or written
};

int exitCodeFor(const Error &error);

// stdout for results, stderr for errors and progress. Every error is ONE line that names the command and,
// through Error::toString(), the field or row: `kontor-cli: contacts add: field "emails": …`.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    CliOutput();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The command words ("contacts add") named in error lines; empty before a command is known.
    void setCommand(const QString &command) { m_command = command; }

    // Print the error line and return the exit code for it.
    int fail(const Error &error);
    int usageError(const QString &problem);
    void errorLine(const QString &message);

    // A progress line on stderr that overwrites itself on a terminal (finishProgress() ends it with a newline);
    // elsewhere a whole line every few seconds.
    void progress(const QString &line);
    void finishProgress();

    void printJson(const QJsonObject &object);
    void printJson(const QJsonArray &array);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_command;
    qsizetype m_progressWidth = 0;
    QElapsedTimer m_progressClock; // throttles progress lines when stderr is not a terminal
};

// A plain-text table for stdout. Widths come from the rows given to fitTo() (capped, so one long value cannot
// push the table off the screen); longer cells are cut with "…". Rows can then be printed as they arrive,
// which lets `contacts list` stream a million rows without holding them.
class TextTable
{
public:
    explicit TextTable(QStringList headers, int maxColumnWidth = 32);

    void fitTo(const QList<QStringList> &rows);
    void printHeader(QTextStream &out) const;
    void printRow(QTextStream &out, const QStringList &cells) const;

private:
    QStringList m_headers;
    QList<int> m_widths;
    int m_max;
};

} // namespace Kontor
