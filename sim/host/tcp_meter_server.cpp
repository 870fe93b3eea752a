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
    if (m_client || !m_server.hasPendingConnections()) {
        return;  // one client at a time: the others wait in the backlog
    }
    QTcpSocket* socket = m_server.nextPendingConnection();
    m_client = std::make_unique<SocketTransport>(socket);
    ++m_served;
    connect(m_client.get(), &link::Transport::closed, this, &TcpMeterServer::onClientClosed,
            Qt::QueuedConnection);
    m_runner.attach(m_client.get());
}

void TcpMeterServer::onClientClosed() {
    m_runner.detach();
    m_client.reset();
    takeNext();
}

}  // namespace omt::sim
