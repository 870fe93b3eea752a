#pragma once
// A TCP connection (DLMS/COSEM over the TCP wrapper, port 4059 by default on meters and
// gateways) as a Transport. The wrapper header itself is WrapperCodec's business, not this one's.
//
//   TcpTransport link("10.0.0.5", 4059);
//   link.setConnectTimeout(std::chrono::seconds(5));
//   connect(&link, &Transport::opened, this, [&] { link.write(encodedRequest); });
//   link.open();                                      // asynchronous: opened() or an error
//
// Errors: ConnectionRefused, HostNotFound, Timeout (no connection within the connect timeout),
// RemoteClosed (the peer closed; closed() follows), OpenFailed (other failures while
// connecting), ReadFailed (other failures once connected; the connection is closed).
// Errors are reported from the event loop, never from inside QTcpSocket, so slots may close()
// the transport, and reconnect with open() from closed() (or from errorOccurred() when the
// transport never opened).

#include <QString>
#include <QTimer>
#include <chrono>

#include "link/transport.h"

class QTcpSocket;

namespace omt::link {

class TcpTransport : public Transport {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultConnectTimeout{10'000};

    TcpTransport(QString host, quint16 port, QObject* parent = nullptr);
    ~TcpTransport() override;

    /// Time allowed between open() and the connection; Timeout is reported after it.
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }

    /// Starts connecting and returns true; opened() or errorOccurred() follows. Returns true
    /// at once when already open or connecting.
    bool open() override;
    /// Drops the connection (or the attempt); emits closed() if it was open.
    void close() override;
    bool isOpen() const override;
    /// "tcp:HOST:PORT".
    QString description() const override;

    QString host() const { return m_host; }
    quint16 port() const { return m_portNumber; }

protected:
    bool writeBytes(const QByteArray& data) override;

private:
    enum class State { Closed, Connecting, Open };

    void onConnected();
    void onDisconnected();
    void onSocketError(int code);
    void onConnectTimeout();

    QString m_host;
    quint16 m_portNumber;
    QTcpSocket* m_socket;
    QTimer m_connectTimer;
    std::chrono::milliseconds m_connectTimeout = kDefaultConnectTimeout;
    State m_state = State::Closed;
};

}  // namespace omt::link
