#pragma once
// Ctrl-C, SIGTERM and SIGHUP while omt writes to a meter (issue 19): the first one asks the write
// to stop safely (no further step is written, what was written goes back, then omt exits); a
// second one stops at once, saying what the meter may hold. The signals reach the event loop
// through a pipe, so a request waiting for the meter sees them too.
//
//   InterruptWatch watch;                   // installs the handlers; the destructor restores
//   connect(&watch, &InterruptWatch::interrupted, ...);   // count 1, 2, ... and the signal
//   if (watch.count() > 0) run.interrupt("interrupted by SIGINT");
//
// Elsewhere (not while writing) the default handlers apply: Ctrl-C ends omt at once.

#include <QObject>
#include <QString>
#include <memory>

class QSocketNotifier;

namespace omt::app {

class InterruptWatch : public QObject {
    Q_OBJECT

public:
    explicit InterruptWatch(QObject* parent = nullptr);
    ~InterruptWatch() override;
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;

    /// Signals received since the watch started.
    int count() const { return m_count; }
    /// The last signal's number (SIGINT ...), 0 before any.
    int lastSignal() const { return m_last; }
    /// "SIGINT", "SIGTERM", "SIGHUP".
    static QString nameOf(int signal);

signals:
    /// A signal arrived (delivered from the event loop, never from the handler).
    void interrupted(int count, int signal);

private:
    void drain();

    QSocketNotifier* m_notifier = nullptr;
    int m_count = 0;
    int m_last = 0;
};

}  // namespace omt::app
