#pragma once
// An accepted TCP connection (the server side of a virtual meter) as a link::Transport. It is
// open from construction; close() drops the connection; a client hanging up emits
// errorOccurred(RemoteClosed) and closed().

#include <QTcpSocket>

#include "link/transport.h"

namespace omt::sim {

class SocketTransport : public link::Transport {
    Q_OBJECT

public:
    /// Takes ownership of a connected socket.
    explicit SocketTransport(QTcpSocket* socket, QObject* parent = nullptr);
    ~SocketTransport() override;

    /// Already open: returns true while connected.
    bool open() override { return isOpen(); }
    void close() override;
    bool isOpen() const override { return m_open; }
    /// "tcp-client:ADDRESS:PORT".
    QString description() const override;
    /// Emits bytesReceived() with what the socket read before anyone listened (a client that
    /// sent while it waited in the server's backlog).
    void deliverBuffered();

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    void onDisconnected();

    QTcpSocket* m_socket;
    bool m_open = true;
};

}  // namespace omt::sim
