#pragma once

#include "JobService.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>

namespace Kontor {

class CliOutput;

// Progress and Ctrl+C for a long job of kontor-cli (import, export, undo). The progress line goes to stderr
// only when stderr is a terminal: scripts and log files get the result alone. While an instance lives, Ctrl+C
// (SIGINT) sets the job's cancel flag instead of killing the process, so the job stops at its next chunk and
// undoes what it wrote rather than leaving an interrupted batch; a second Ctrl+C kills as usual.
// One instance at a time (the handler is process-wide).
class CliJobProgress
{
public:
    // `known` has %1 done and %2 total ("%1 of %2 rows imported"), `unknown` %1 done, for a total of 0.
    CliJobProgress(CliOutput &output, QString known, QString unknown);
    ~CliJobProgress();
    CliJobProgress(const CliJobProgress &) = delete;
    CliJobProgress &operator=(const CliJobProgress &) = delete;

    JobProgress progress();
    bool interrupted() const;
    // Ends the progress line, so that the next output starts on a line of its own.
    void finish();

    static bool stderrIsTerminal();

private:
    void show(qint64 done, qint64 total);

    CliOutput &m_output;
    QString m_known;
    QString m_unknown;
    bool m_terminal;
    QElapsedTimer m_clock;
};

} // namespace Kontor
