#include "link/tcp_transport.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace omt::link {

namespace {

Q_LOGGING_CATEGORY(lcTcp, "omt.link.tcp", QtInfoMsg)

using Kind = TransportError::Kind;

}  // namespace

TcpTransport::TcpTransport(QString host, quint16 port, QObject* parent)
    : Transport(parent),
      m_host(std::move(host)),
      m_portNumber(port),
      m_socket(new QTcpSocket(this)) {
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &TcpTransport::onConnectTimeout);
    connect(m_socket, &QTcpSocket::connected, this, &TcpTransport::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpTransport::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        const QByteArray data = m_socket->readAll();
        if (!data.isEmpty()) {
            emit bytesReceived(data);
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError e) { onSocketError(static_cast<int>(e)); });
}

TcpTransport::~TcpTransport() {
    m_socket->disconnect(this);
    m_socket->abort();
}

bool TcpTransport::open() {
    if (m_state != State::Closed) {
        return true;
    }
    m_state = State::Connecting;
    m_socket->abort();  // leftovers of an earlier, failed attempt
    m_connectTimer.start(m_connectTimeout);
    qCDebug(lcTcp) << "connecting to" << m_host << m_portNumber;
    m_socket->connectToHost(m_host, m_portNumber);
    return true;
}

void TcpTransport::close() {
    const bool wasOpen = m_state == State::Open;
    m_state = State::Closed;
    m_connectTimer.stop();
    m_socket->abort();
    if (wasOpen) {
        emit closed();
    }
}

bool TcpTransport::isOpen() const {
    return m_state == State::Open;
}

QString TcpTransport::description() const {
    return QStringLiteral("tcp:%1:%2").arg(m_host).arg(m_portNumber);
}

bool TcpTransport::writeBytes(const QByteArray& data) {
    if (m_socket->write(data) != data.size()) {
        emit errorOccurred({Kind::WriteFailed, m_socket->errorString()});
        return false;
    }
    return true;
}

void TcpTransport::onConnected() {
    if (m_state != State::Connecting) {
        return;
    }
    m_connectTimer.stop();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_state = State::Open;
    qCDebug(lcTcp) << "connected to" << m_host << m_portNumber;
    emit opened();
}

void TcpTransport::onDisconnected() {
    if (m_state != State::Open) {
        return;
    }
    m_state = State::Closed;
    emit closed();
}

void TcpTransport::onSocketError(int code) {
    if (m_state == State::Closed) {
        return;
    }
    const auto e = static_cast<QAbstractSocket::SocketError>(code);
    const bool wasOpen = m_state == State::Open;
    TransportError error{wasOpen ? Kind::ReadFailed : Kind::OpenFailed, m_socket->errorString()};
    switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            error.kind = Kind::ConnectionRefused;
            break;
        case QAbstractSocket::HostNotFoundError:
            error.kind = Kind::HostNotFound;
            break;
        case QAbstractSocket::RemoteHostClosedError:
            error.kind = Kind::RemoteClosed;
            break;
        case QAbstractSocket::SocketTimeoutError:
            error.kind = Kind::Timeout;
            break;
        default:
            break;
    }
    qCDebug(lcTcp) << "error" << nameOf(error.kind) << error.detail;
    // Every socket error ends the connection: it stops counting as open at once. The report
    // (error, then closed() if it was open) comes from the event loop: the socket may not be
    // aborted or reconnected from inside its own error signal, and a slot may well do that.
    m_state = State::Closed;
    m_connectTimer.stop();
    QMetaObject::invokeMethod(
        this,
        [this, error, wasOpen] {
            if (m_state == State::Closed) {
                m_socket->abort();  // unless open() has started a new attempt meanwhile
            }
            emit errorOccurred(error);
            if (wasOpen) {
                emit closed();
            }
        },
        Qt::QueuedConnection);
}

void TcpTransport::onConnectTimeout() {
    if (m_state != State::Connecting) {
        return;
    }
    m_state = State::Closed;
    m_socket->abort();
    emit errorOccurred({Kind::Timeout, QStringLiteral("no connection to %1:%2 within %3 ms")
                                           .arg(m_host)
                                           .arg(m_portNumber)
                                           .arg(m_connectTimeout.count())});
}

}  // namespace omt::link
