#include "sim/host/tcp_meter_server.h"

namespace omt::sim {

TcpMeterServer::TcpMeterServer(EndpointRunner& runner, QObject* parent)
    : QObject(parent), m_runner(runner) {
    connect(&m_server, &QTcpServer::newConnection, this, &TcpMeterServer::takeNext);
    connect(&m_runner, &EndpointRunner::closeRequested, this, [this] {
        if (m_client) {
            m_client->close();
        }
    });
}

TcpMeterServer::~TcpMeterServer() {
    if (m_client) {
        m_runner.detach();
    }
}

bool TcpMeterServer::listen(quint16 port, const QHostAddress& address) {
    return m_server.listen(address, port);
}

void TcpMeterServer::takeNext() {
    if (m_client) {
        return;  // one client at a time: the others wait in the backlog
    }
    while (m_server.hasPendingConnections()) {
        QTcpSocket* socket = m_server.nextPendingConnection();
        if (socket->state() != QAbstractSocket::ConnectedState) {
            // It gave up while it waited: its close came before anyone listened to the socket,
            // so no disconnected() would ever follow. Taken, it would block the server.
            ++m_abandoned;
            delete socket;
            continue;
        }
        m_client = std::make_unique<SocketTransport>(socket);
        ++m_served;
        connect(m_client.get(), &link::Transport::closed, this, &TcpMeterServer::onClientClosed,
                Qt::QueuedConnection);
        m_runner.attach(m_client.get());
        // What it sent while it waited was read into the socket already: hand it on now.
        m_client->deliverBuffered();
        return;
    }
}

void TcpMeterServer::onClientClosed() {
    m_runner.detach();
    m_client.reset();
    takeNext();
}

}  // namespace omt::sim
