#pragma once
// An omt-sim process for the integration tests, started as a person starts it: the test gives the
// arguments (with `--pty LINK` and/or `--tcp 0`), ready() waits for the lines omt-sim prints per
// endpoint ("pty /dev/pts/N", "tcp PORT"), stop() sends SIGTERM (the meter saves its --state
// file, its pty goes away: a head pulled out), start() runs it again with the same arguments.
//
//   SimProcess sim({"--meter", "omnipower-ct", "--pty", dir + "/tty"});
//   QVERIFY(sim.ready());
//   ... omt --port dir/tty ...
//   sim.stop(); sim.start(); QVERIFY(sim.ready());

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

class SimProcess {
public:
    explicit SimProcess(QStringList args, bool startNow = true) : m_args(std::move(args)) {
        if (startNow) {
            start();
        }
    }
    ~SimProcess() { stop(); }
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    void start() {
        stop();
        m_seen.clear();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(OMT_SIM_BINARY), m_args);
    }
    /// Waits (up to 10 s) for `lines` endpoint lines; with a --pty, until its link exists too.
    bool ready(int lines = 1) {
        for (int i = 0; i < 100 && m_seen.count('\n') < lines; ++i) {
            m_process.waitForReadyRead(100);
            m_seen += m_process.readAllStandardOutput();
        }
        const QString link = pty();
        return m_seen.count('\n') >= lines && (link.isEmpty() || QFile::exists(link));
    }
    /// SIGTERM (the state is saved); SIGKILL when it does not end within 10 s.
    void stop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    /// The --pty link given, "" without one.
    QString pty() const { return valueOf(QStringLiteral("--pty")); }
    /// The TCP port omt-sim printed, 0 before ready() or without --tcp.
    quint16 tcpPort() const {
        for (const auto& line : QString::fromUtf8(m_seen).split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("tcp "))) {
                return quint16(line.mid(4).trimmed().toUInt());
            }
        }
        return 0;
    }

private:
    QString valueOf(const QString& option) const {
        const auto at = m_args.indexOf(option);
        return at >= 0 && at + 1 < m_args.size() ? m_args[at + 1] : QString();
    }
    QStringList m_args;
    QProcess m_process;
    QByteArray m_seen;
};
