#pragma once
// A TCP listener for a virtual meter: one client at a time, each served by the same runner
// (HDLC over TCP, or the DLMS/COSEM wrapper, as the runner's endpoint is configured); the next
// client waiting in the backlog is taken when the current one closes. A client that gave up
// while it waited is skipped; what a waiting client sent already is served once its turn comes.
//
//   TcpMeterServer server(runner);
//   if (!server.listen(4059)) qFatal("%s", qPrintable(server.errorString()));
//   std::printf("tcp %u\n", server.port());
//
// The endpoint's CloseLine (a fault, a wrapper stream out of step) disconnects the client.

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <memory>

#include "sim/host/endpoint_runner.h"
#include "sim/host/socket_transport.h"

namespace omt::sim {

class TcpMeterServer : public QObject {
    Q_OBJECT

public:
    explicit TcpMeterServer(EndpointRunner& runner, QObject* parent = nullptr);
    ~TcpMeterServer() override;

    /// Listens on `port` (0: any free port) of `address`. False with errorString() on failure.
    bool listen(quint16 port, const QHostAddress& address = QHostAddress::LocalHost);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    /// Clients served so far (including the current one).
    int clientsServed() const { return m_served; }
    /// Clients that gave up while they waited in the backlog (skipped).
    int clientsAbandoned() const { return m_abandoned; }
    bool hasClient() const { return m_client != nullptr; }

private:
    void takeNext();
    void onClientClosed();

    EndpointRunner& m_runner;
    QTcpServer m_server;
    std::unique_ptr<SocketTransport> m_client;
    int m_served = 0;
    int m_abandoned = 0;
};

}  // namespace omt::sim
