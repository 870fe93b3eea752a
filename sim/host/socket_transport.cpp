#include "sim/host/socket_transport.h"

namespace omt::sim {

SocketTransport::SocketTransport(QTcpSocket* socket, QObject* parent)
    : link::Transport(parent), m_socket(socket) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { emit bytesReceived(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketTransport::onDisconnected);
}

SocketTransport::~SocketTransport() {
    m_open = false;  // no signals from a dying object
    m_socket->disconnect(this);
    m_socket->abort();
}

QString SocketTransport::description() const {
    return QStringLiteral("tcp-client:%1:%2")
        .arg(m_socket->peerAddress().toString())
        .arg(m_socket->peerPort());
}

void SocketTransport::deliverBuffered() {
    if (m_open && m_socket->bytesAvailable() > 0) {
        emit bytesReceived(m_socket->readAll());
    }
}

void SocketTransport::close() {
    if (!m_open) {
        return;
    }
    m_open = false;
    m_socket->disconnect(this);
    m_socket->disconnectFromHost();
    emit closed();
}

void SocketTransport::onDisconnected() {
    if (!m_open) {
        return;
    }
    m_open = false;
    emit errorOccurred(
        link::TransportError{link::TransportError::Kind::RemoteClosed, description()});
    emit closed();
}

bool SocketTransport::writeBytes(const QByteArray& data) {
    return m_socket->write(data) == data.size();
}

}  // namespace omt::sim
