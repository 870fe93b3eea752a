#include "interrupts.h"

#include <QSocketNotifier>
#include <csignal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#endif

namespace omt::app {

namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM,
#ifdef SIGHUP
                            SIGHUP
#endif
};

#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};
std::array<struct sigaction, 3> g_previous{};

extern "C" void onSignal(int signal) {
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}
#endif

}  // namespace

InterruptWatch::InterruptWatch(QObject* parent) : QObject(parent) {
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && ::pipe(g_pipe) == 0) {
        for (const int fd : g_pipe) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    if (g_pipe[0] < 0) {
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatch::drain);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        ::sigaction(kSignals[i], &action, &g_previous[i]);
    }
#endif
}

InterruptWatch::~InterruptWatch() {
#ifdef Q_OS_UNIX
    if (m_notifier != nullptr) {
        for (std::size_t i = 0; i < std::size(kSignals); ++i) {
            ::sigaction(kSignals[i], &g_previous[i], nullptr);
        }
    }
#endif
}

void InterruptWatch::drain() {
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1) {
        ++m_count;
        m_last = byte;
        emit interrupted(m_count, m_last);
    }
#endif
}

QString InterruptWatch::nameOf(int signal) {
    switch (signal) {
        case SIGINT:
            return QStringLiteral("SIGINT (Ctrl-C)");
        case SIGTERM:
            return QStringLiteral("SIGTERM");
#ifdef SIGHUP
        case SIGHUP:
            return QStringLiteral("SIGHUP");
#endif
        default:
            return QStringLiteral("signal %1").arg(signal);
    }
}

}  // namespace omt::app
