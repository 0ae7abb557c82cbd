#include "CliOutput.h"

#include "ContactFields.h"
#include "Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
    case Error::Code::Conflict:
        return int(ExitCode::Invalid);
    case Error::Code::NotFound:
        return int(ExitCode::NotFound);
    case Error::Code::Storage:
    case Error::Code::Io:
    case Error::Code::Cancelled:
    case Error::Code::Unsupported:
        return int(ExitCode::Storage);
    }
    return int(ExitCode::Storage);
}

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{
    // Both are UTF-8 already in Qt 6; explicit because scripts parse the JSON byte for byte.
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::errorLine(const QString &message)
{
    finishProgress();
    const QString where = m_command.isEmpty()
        //: %1 is an error message; the program name stays untranslated
        ? tr("kontor-cli: %1").arg(message)
        //: %1 is a command such as "contacts add", %2 the error message with its field
        : tr("kontor-cli: %1: %2").arg(m_command, message);
    m_err << where << Qt::endl;
}

int CliOutput::fail(const Error &failure)
{
    Error error = failure;
    if (error.location.fieldLabel.isEmpty() && !error.location.field.isEmpty()) {
        error.location.fieldLabel = ContactFields::label(error.location.field); // "emails" -> "E-mail addresses"
    }
    const bool technical = exitCodeFor(error) == int(ExitCode::Storage) && !error.detail.isEmpty();
    // A terminal has no log file: the driver's text is the only clue to "disk full" or "locked", so it follows
    // the translated message, on the same line.
    //: %1 is the translated error message, %2 the technical detail from the database or file system
    errorLine(technical ? tr("%1 (%2)").arg(error.toString(), error.detail.simplified()) : error.toString());
    return exitCodeFor(error);
}

int CliOutput::usageError(const QString &problem)
{
    const QString help = m_command.isEmpty() ? u"kontor-cli --help"_s : u"kontor-cli %1 --help"_s.arg(m_command);
    //: %1 says what is wrong with the command line, %2 is a command such as "kontor-cli contacts add --help"
    errorLine(tr("%1 (see \"%2\")").arg(problem, help));
    return int(ExitCode::Usage);
}

namespace {
bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}
} // namespace

void CliOutput::progress(const QString &line)
{
    static const bool terminal = stderrIsTerminal();
    if (!terminal) {
        // A log file or a pipe gets whole lines, at most one every five seconds, instead of a carriage-return
        // animation that would arrive as one endless line.
        if (!m_progressClock.isValid() || m_progressClock.elapsed() >= 5000) {
            m_err << line << Qt::endl;
            m_progressClock.start();
        }
        return;
    }
    const qsizetype pad = m_progressWidth > line.size() ? m_progressWidth - line.size() : 0;
    m_err << u'\r' << line << QString(pad, u' ');
    m_err.flush();
    m_progressWidth = line.size();
}

void CliOutput::finishProgress()
{
    if (m_progressWidth > 0) {
        m_err << Qt::endl;
        m_progressWidth = 0;
    }
}

void CliOutput::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::printJson(const QJsonArray &array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    m_out.flush();
}

TextTable::TextTable(QStringList headers, int maxColumnWidth)
    : m_headers(std::move(headers))
    , m_max(maxColumnWidth)
{
    for (const QString &h : std::as_const(m_headers)) {
        m_widths << int(h.size());
    }
}

void TextTable::fitTo(const QList<QStringList> &rows)
{
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < m_widths.size(); ++c) {
            m_widths[c] = std::max(m_widths[c], int(std::min<qsizetype>(row.at(c).size(), m_max)));
        }
    }
}

void TextTable::printHeader(QTextStream &out) const
{
    printRow(out, m_headers);
    QStringList rules;
    for (int w : m_widths) {
        rules << QString(w, u'-');
    }
    printRow(out, rules);
}

void TextTable::printRow(QTextStream &out, const QStringList &cells) const
{
    QString line;
    for (qsizetype c = 0; c < m_widths.size(); ++c) {
        QString cell = c < cells.size() ? cells.at(c) : QString();
        cell.replace(u'\n', u' ');
        const int w = m_widths.at(c);
        if (cell.size() > w) {
            cell = cell.left(w - 1) + u'…';
        }
        if (c + 1 < m_widths.size()) {
            line += cell.leftJustified(w) + u"  "_s;
        } else {
            line += cell;
        }
    }
    while (line.endsWith(u' ')) {
        line.chop(1);
    }
    out << line << u'\n';
}

} // namespace Kontor
