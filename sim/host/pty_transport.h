#pragma once
// The meter's end of a pseudo-terminal as a link::Transport: a client (the tool, minicom, a
// test) opens the slave path (or the symlink) like a serial port.
//
//   PtyTransport pty(QStringLiteral("/tmp/omt-meter"));      // optional symlink to the slave
//   if (pty.open()) std::printf("pty %s\n", qPrintable(pty.slavePath()));
//   connect(&pty, &PtyTransport::hangup, &runner, &EndpointRunner::lineClosed);
//
// The pty is in raw mode. When the client closes the slave, hangup() is emitted (reading the
// master gives EIO while no client has it open, which is normal), the line settings are reset
// to those of open() (a killed client cannot restore its own, and the next client's open could
// fail under them) and the pty waits for the next client; several clients in sequence work. Output
// written while no client is open is dropped once the pty buffer is full. Errors: OpenFailed
// (posix_openpt, grantpt, unlockpt or the symlink failed).

#include <QSocketNotifier>
#include <QString>
#include <QTimer>
#include <memory>

#include "link/transport.h"

struct termios;

namespace omt::sim {

class PtyTransport : public link::Transport {
    Q_OBJECT

public:
    /// `symlinkPath`: when not empty, a symbolic link to the slave is made there on open (an
    /// existing symlink is replaced; any other file there is an error) and removed on close.
    explicit PtyTransport(QString symlinkPath = {}, QObject* parent = nullptr);
    ~PtyTransport() override;

    bool open() override;
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    /// "pty:/dev/pts/N".
    QString description() const override;

    /// The slave device, e.g. "/dev/pts/5" (empty when closed).
    QString slavePath() const { return m_slave; }
    /// The symlink, if one was made.
    QString symlinkPath() const { return m_link; }

signals:
    /// The client closed the slave side.
    void hangup();

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    void onReadable();
    void onPollForClient();
    void resetLineSettings();
    bool fail(const QString& detail);

    QString m_link;
    bool m_linkMade = false;
    int m_fd = -1;
    QString m_slave;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_clientPoll;                       ///< while hung up: waits for the next client
    std::unique_ptr<::termios> m_rawSettings;  ///< the line settings of open()
};

}  // namespace omt::sim
