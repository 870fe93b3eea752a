// TcpTransport against a QTcpServer on the loopback interface: bytes both ways (a wrapped
// DLMS request and its answer), and each way a connection ends or never starts, as the typed
// error the user will see.
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include "link/tcp_transport.h"

using namespace omt::link;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 5000;

QByteArray receive(QSignalSpy& spy, qsizetype n, int timeoutMs = kWaitMs) {
    QByteArray got;
    qsizetype taken = 0;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (; taken < spy.count(); ++taken) {
            got += spy.at(taken).at(0).toByteArray();
        }
        if (got.size() >= n || deadline.hasExpired()) {
            return got;
        }
        spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
}

QByteArray readFrom(QTcpSocket* socket, qsizetype n, int timeoutMs = kWaitMs) {
    QByteArray got;
    QDeadlineTimer deadline(timeoutMs);
    while (got.size() < n && !deadline.hasExpired()) {
        if (socket->bytesAvailable() == 0) {
            QSignalSpy ready(socket, &QTcpSocket::readyRead);
            ready.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        }
        got += socket->readAll();
    }
    return got;
}

TransportError errorAt(const QSignalSpy& spy, qsizetype i) {
    return spy.at(i).at(0).value<TransportError>();
}

// A GET of the clock's time, in the TCP wrapper: version 1, client wPort 0x10, server wPort 1,
// 13 bytes of APDU.
const QByteArray kGetRequest =
    QByteArray::fromHex("0001 0010 0001 000D C001C1 0008 0000010000FF 0200");
// The answer: wrapper back to the client (18 bytes of APDU), get-response-normal, data,
// octet-string(12) date-time 2026-11-21 (Saturday) 16:00:00.00, deviation unspecified,
// status 0.
const QByteArray kGetResponse =
    QByteArray::fromHex("0001 0001 0010 0012 C401C1 00 090C 07EA0B1506100000 00800000");

}  // namespace

class TstLinkTcp : public QObject {
    Q_OBJECT

private slots:
    void bytesFlowBothWays();
    void refusedPortIsConnectionRefused();
    void remoteCloseIsReportedThenClosed();
    void localCloseEmitsClosedOnce();
    void reconnectingFromTheClosedSlotWorks();
    void unresolvableHostIsHostNotFound();
    void connectTimeoutIsTimeout();
    void lineSettingsAreANoOp();

private:
    /// Opens `t` against `server` and returns the server's end of the connection.
    QTcpSocket* connectTo(TcpTransport& t, QTcpServer& server);
};

QTcpSocket* TstLinkTcp::connectTo(TcpTransport& t, QTcpServer& server) {
    QSignalSpy opened(&t, &Transport::opened);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    if (!t.open()) {
        return nullptr;
    }
    if (opened.count() == 0 && !opened.wait(kWaitMs)) {
        return nullptr;
    }
    if (!server.hasPendingConnections() && !server.waitForNewConnection(kWaitMs)) {
        return nullptr;
    }
    return errors.isEmpty() ? server.nextPendingConnection() : nullptr;
}

void TstLinkTcp::bytesFlowBothWays() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpTransport t(QStringLiteral("127.0.0.1"), server.serverPort());
    QCOMPARE(t.description(), QStringLiteral("tcp:127.0.0.1:%1").arg(server.serverPort()));
    QVERIFY(!t.isOpen());
    QTcpSocket* peer = connectTo(t, server);
    QVERIFY(peer);
    QVERIFY(t.isOpen());

    QVERIFY(t.write(kGetRequest));
    QCOMPARE(readFrom(peer, kGetRequest.size()), kGetRequest);

    QSignalSpy got(&t, &Transport::bytesReceived);
    peer->write(kGetResponse);
    QCOMPARE(receive(got, kGetResponse.size()), kGetResponse);
}

void TstLinkTcp::refusedPortIsConnectionRefused() {
    quint16 port = 0;
    {
        QTcpServer probe;  // a port that was free a moment ago, and is closed again
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    TcpTransport t(QStringLiteral("127.0.0.1"), port);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy opened(&t, &Transport::opened);
    QSignalSpy closed(&t, &Transport::closed);
    QVERIFY(t.open());  // asynchronous: the refusal comes later
    QVERIFY(errors.wait(kWaitMs));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "connection-refused");
    QVERIFY(!errorAt(errors, 0).detail.isEmpty());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(closed.count(), 0);
    QVERIFY(!t.isOpen());
}

void TstLinkTcp::remoteCloseIsReportedThenClosed() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpTransport t(QStringLiteral("localhost"), server.serverPort());
    QTcpSocket* peer = connectTo(t, server);
    QVERIFY(peer);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy closed(&t, &Transport::closed);
    QList<QByteArray> order;
    connect(&t, &Transport::errorOccurred, this, [&] { order.append("error"); });
    connect(&t, &Transport::closed, this, [&] { order.append("closed"); });

    peer->close();  // the meter (or gateway) hangs up
    QVERIFY(closed.wait(kWaitMs) || closed.count() == 1);
    QCOMPARE(closed.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "remote-closed");
    QCOMPARE(order, (QList<QByteArray>{"error", "closed"}));
    QVERIFY(!t.isOpen());
    QVERIFY(!t.write("x"));
    QCOMPARE(nameOf(errorAt(errors, 1).kind), "write-failed");

    // The same transport connects again.
    QTcpSocket* again = connectTo(t, server);
    QVERIFY(again);
    QVERIFY(t.write("again"));
    QCOMPARE(readFrom(again, 5), QByteArray("again"));
}

void TstLinkTcp::localCloseEmitsClosedOnce() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpTransport t(QStringLiteral("127.0.0.1"), server.serverPort());
    QTcpSocket* peer = connectTo(t, server);
    QVERIFY(peer);
    QSignalSpy closed(&t, &Transport::closed);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    t.close();
    QCOMPARE(closed.count(), 1);
    QVERIFY(!t.isOpen());
    t.close();
    QCOMPARE(closed.count(), 1);
    // The server sees the connection end; the transport reports nothing more.
    QSignalSpy peerGone(peer, &QTcpSocket::disconnected);
    QVERIFY(peer->state() == QAbstractSocket::UnconnectedState || peerGone.wait(kWaitMs));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(closed.count(), 1);
}

void TstLinkTcp::reconnectingFromTheClosedSlotWorks() {
    // What a session with automatic reconnection does: open() again straight from the slot
    // of closed(), which follows the RemoteClosed error.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TcpTransport t(QStringLiteral("127.0.0.1"), server.serverPort());
    QTcpSocket* peer = connectTo(t, server);
    QVERIFY(peer);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy opened(&t, &Transport::opened);
    QSignalSpy closed(&t, &Transport::closed);
    connect(&t, &Transport::closed, &t, [&t] { t.open(); });
    peer->close();
    QVERIFY(opened.wait(kWaitMs));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "remote-closed");
    QVERIFY(t.isOpen());
    QVERIFY(server.hasPendingConnections() || server.waitForNewConnection(kWaitMs));
    QTcpSocket* second = server.nextPendingConnection();
    QVERIFY(second);
    QVERIFY(t.write("back"));
    QCOMPARE(readFrom(second, 4), QByteArray("back"));
}

void TstLinkTcp::unresolvableHostIsHostNotFound() {
    // ".invalid" never resolves (RFC 2606).
    TcpTransport t(QStringLiteral("meter.invalid"), 4059);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QVERIFY(t.open());
    QVERIFY(errors.wait(15000) || errors.count() == 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "host-not-found");
    QVERIFY(!t.isOpen());
}

void TstLinkTcp::connectTimeoutIsTimeout() {
    // A server whose accept queue is full: the kernel drops further SYNs, so a connection
    // attempt hangs, like one to a meter behind a dead modem.
    QTcpServer server;
    server.setListenBacklogSize(0);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    server.pauseAccepting();
    QTcpSocket filler;
    filler.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(filler.waitForConnected(kWaitMs));  // takes the only place in the queue

    TcpTransport t(QStringLiteral("127.0.0.1"), server.serverPort());
    t.setConnectTimeout(300ms);
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy opened(&t, &Transport::opened);
    QVERIFY(t.open());
    QVERIFY(errors.wait(kWaitMs));
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "timeout");
    QVERIFY2(errorAt(errors, 0).detail.contains(QStringLiteral("300 ms")),
             qPrintable(errorAt(errors, 0).detail));
    QCOMPARE(opened.count(), 0);
    QVERIFY(!t.isOpen());
}

void TstLinkTcp::lineSettingsAreANoOp() {
    TcpTransport t(QStringLiteral("127.0.0.1"), 4059);
    QVERIFY(t.setLineSettings({9600, 8, Parity::None, StopBits::One}));
    QVERIFY(!t.isOpen());
}

QTEST_GUILESS_MAIN(TstLinkTcp)
#include "tst_link_tcp.moc"
