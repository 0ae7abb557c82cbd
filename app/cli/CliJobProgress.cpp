#include "CliJobProgress.h"

#include "CliOutput.h"

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Kontor {

namespace {

// Lock-free, so it may be set from a signal handler.
std::atomic_bool s_interrupted = false;
static_assert(std::atomic_bool::is_always_lock_free);

void onInterrupt(int)
{
    s_interrupted = true;
    // The second Ctrl+C ends the process, in case the job does not reach a chunk boundary soon.
    std::signal(SIGINT, SIG_DFL);
}

using Handler = void (*)(int);
Handler s_previous = SIG_DFL;

} // namespace

CliJobProgress::CliJobProgress(CliOutput &output, QString known, QString unknown)
    : m_output(output)
    , m_known(std::move(known))
    , m_unknown(std::move(unknown))
    , m_terminal(stderrIsTerminal())
{
    s_interrupted = false;
    s_previous = std::signal(SIGINT, &onInterrupt);
    if (s_previous == SIG_ERR) {
        s_previous = SIG_DFL;
    }
}

CliJobProgress::~CliJobProgress()
{
    std::signal(SIGINT, s_previous);
    finish();
}

bool CliJobProgress::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

JobProgress CliJobProgress::progress()
{
    JobProgress p;
    p.cancel = &s_interrupted;
    if (m_terminal) {
        p.report = [this](qint64 done, qint64 total) { show(done, total); };
    }
    return p;
}

bool CliJobProgress::interrupted() const
{
    return s_interrupted.load();
}

void CliJobProgress::finish()
{
    m_output.finishProgress();
}

void CliJobProgress::show(qint64 done, qint64 total)
{
    // Chunks of a thousand rows arrive faster than a terminal is worth redrawing.
    const bool last = total > 0 && done >= total;
    if (m_clock.isValid() && m_clock.elapsed() < 100 && !last) {
        return;
    }
    m_clock.start();
    m_output.progress(total > 0 ? m_known.arg(done).arg(total) : m_unknown.arg(done));
}

} // namespace Kontor
