// The in-process transports: PipeTransport (two connected endpoints for an embedded virtual
// meter) and FakeTransport (the scripted test seam), plus the transport error names. Given
// these writes and events, then these bytes arrive at the other end, later and in order, or
// this typed error.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <set>
#include <string>

#include "link/pipe_transport.h"
#include "link/testing/fake_transport.h"
#include "link/transport_error.h"

using namespace omt::link;
using namespace omt::link::testing;
using namespace std::chrono_literals;
using Kind = TransportError::Kind;

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

QByteArray reversed(const QByteArray& data) {
    QByteArray out = data;
    std::reverse(out.begin(), out.end());
    return out;
}

TransportError errorAt(const QSignalSpy& spy, qsizetype i) {
    return spy.at(i).at(0).value<TransportError>();
}

}  // namespace

class TstLinkPipe : public QObject {
    Q_OBJECT

private slots:
    void errorKindsHaveStableDistinctNames();

    // PipeTransport
    void pipeCarriesBytesBothWaysLaterAndInOrder();
    void bytesWrittenWhileTheOtherEndIsClosedAreLost();
    void closingOneEndClosesTheOther();
    void destroyingOneEndClosesTheOther();
    void pipeEndsWorkAcrossThreads();

    // FakeTransport
    void fakeAnswersScriptedRequests();
    void fakeReportsWritesOffScript();
    void fakeCanFailToOpen();
    void fakeCanStallWrites();
    void fakeInjectsErrorsAndBytes();
    void fakeDelaysRepliesAndRecordsLineSettings();
};

void TstLinkPipe::errorKindsHaveStableDistinctNames() {
    const Kind all[] = {
        Kind::OpenFailed,   Kind::PortInUse,       Kind::PermissionDenied, Kind::NotFound,
        Kind::PortLost,     Kind::WriteFailed,     Kind::ReadFailed,       Kind::ConnectionRefused,
        Kind::HostNotFound, Kind::Timeout,         Kind::RemoteClosed,     Kind::NoAdapter,
        Kind::AdapterOff,   Kind::PairingRequired, Kind::Unsupported,      Kind::ServiceNotFound};
    std::set<std::string> names;
    for (Kind k : all) {
        const std::string name = nameOf(k);
        QVERIFY(!name.empty());
        QVERIFY2(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos,
                 name.c_str());
        names.insert(name);
    }
    QCOMPARE(names.size(), std::size(all));
    QCOMPARE(nameOf(Kind::PortLost), "port-lost");
    QCOMPARE(nameOf(Kind::PortInUse), "port-in-use");
    QCOMPARE(nameOf(Kind::PairingRequired), "pairing-required");
    QCOMPARE(nameOf(Kind::ServiceNotFound), "service-not-found");
    QVERIFY((TransportError{Kind::Timeout, "x"}) == (TransportError{Kind::Timeout, "x"}));
    QVERIFY(!((TransportError{Kind::Timeout, "x"}) == (TransportError{Kind::Timeout, "y"})));
}

void TstLinkPipe::pipeCarriesBytesBothWaysLaterAndInOrder() {
    auto [client, meter] = PipeTransport::createPair(QStringLiteral("sim"));
    QCOMPARE(client->description(), QStringLiteral("pipe:sim/a"));
    QCOMPARE(meter->description(), QStringLiteral("pipe:sim/b"));
    QSignalSpy clientOpened(client.get(), &Transport::opened);
    QVERIFY(client->open());
    QCOMPARE(clientOpened.count(), 1);
    QVERIFY(meter->open());
    QVERIFY(client->setLineSettings({9600, 8, Parity::None, StopBits::One}));  // no-op

    QSignalSpy meterGot(meter.get(), &Transport::bytesReceived);
    QSignalSpy clientGot(client.get(), &Transport::bytesReceived);
    QVERIFY(client->write("/?!"));
    QVERIFY(client->write(omt::ByteView(omt::bytesOf("\r\n"))));
    QCOMPARE(meterGot.count(), 0);  // not inside write(): through the event loop
    QCOMPARE(receive(meterGot, 5), QByteArray("/?!\r\n"));
    QCOMPARE(meterGot.count(), 2);  // one delivery per write, in order

    QVERIFY(meter->write("/KAM5\r\n"));
    QCOMPARE(receive(clientGot, 7), QByteArray("/KAM5\r\n"));
}

void TstLinkPipe::bytesWrittenWhileTheOtherEndIsClosedAreLost() {
    auto [a, b] = PipeTransport::createPair();
    QVERIFY(a->open());
    QSignalSpy bGot(b.get(), &Transport::bytesReceived);
    QVERIFY(a->write("lost"));  // nobody listens yet
    QVERIFY(b->open());
    QVERIFY(a->write("kept"));
    // Deliveries keep their order, so if "lost" were delivered it would come first.
    QCOMPARE(receive(bGot, 4), QByteArray("kept"));
    QCOMPARE(bGot.count(), 1);
}

void TstLinkPipe::closingOneEndClosesTheOther() {
    auto [a, b] = PipeTransport::createPair();
    QVERIFY(a->open());
    QVERIFY(b->open());
    QSignalSpy aClosed(a.get(), &Transport::closed);
    QSignalSpy bClosed(b.get(), &Transport::closed);
    QSignalSpy bErrors(b.get(), &Transport::errorOccurred);
    a->close();
    QCOMPARE(aClosed.count(), 1);  // at once
    QVERIFY(!a->isOpen());
    QVERIFY(bClosed.wait(kWaitMs));
    QCOMPARE(bErrors.count(), 1);
    QCOMPARE(nameOf(errorAt(bErrors, 0).kind), "remote-closed");
    QVERIFY(!b->isOpen());
    QVERIFY(!b->write("x"));
    QCOMPARE(nameOf(errorAt(bErrors, 1).kind), "write-failed");
    // Both ends reopen and talk again.
    QVERIFY(a->open());
    QVERIFY(b->open());
    QSignalSpy aGot(a.get(), &Transport::bytesReceived);
    QVERIFY(b->write("again"));
    QCOMPARE(receive(aGot, 5), QByteArray("again"));
}

void TstLinkPipe::destroyingOneEndClosesTheOther() {
    auto [a, b] = PipeTransport::createPair();
    QVERIFY(a->open());
    QVERIFY(b->open());
    QSignalSpy bClosed(b.get(), &Transport::closed);
    QSignalSpy bErrors(b.get(), &Transport::errorOccurred);
    QVERIFY(a->write("last words"));
    a.reset();
    QSignalSpy bGot(b.get(), &Transport::bytesReceived);
    QVERIFY(bClosed.wait(kWaitMs));
    QCOMPARE(bGot.count(), 1);  // what was written before still arrives, first
    QCOMPARE(nameOf(errorAt(bErrors, 0).kind), "remote-closed");
    // Writing into a pipe whose other end is gone is harmless.
    QVERIFY(b->open());
    QVERIFY(b->write("anyone?"));
}

void TstLinkPipe::pipeEndsWorkAcrossThreads() {
    auto [client, meterOwned] = PipeTransport::createPair(QStringLiteral("threads"));
    QThread thread;
    PipeTransport* meter = meterOwned.release();
    meter->moveToThread(&thread);
    // The "meter" answers every request with its reverse, in its own thread.
    std::atomic<int> wrongThread{0};
    connect(meter, &Transport::bytesReceived, meter, [meter, &wrongThread](const QByteArray& data) {
        if (QThread::currentThread() != meter->thread()) {
            ++wrongThread;
        }
        meter->write(reversed(data));
    });
    connect(&thread, &QThread::finished, meter, &QObject::deleteLater);
    thread.start();
    QVERIFY(QMetaObject::invokeMethod(meter, &PipeTransport::open, Qt::BlockingQueuedConnection));
    QVERIFY(client->open());

    QSignalSpy got(client.get(), &Transport::bytesReceived);
    QByteArray expected;
    for (int i = 0; i < 100; ++i) {
        const QByteArray request = QByteArray::number(i * 7919) + "|";
        QVERIFY(client->write(request));
        expected += reversed(request);
    }
    QCOMPARE(receive(got, expected.size()), expected);
    QCOMPARE(wrongThread.load(), 0);
    QVERIFY(meter->thread() == &thread);

    thread.quit();
    QVERIFY(thread.wait(kWaitMs));  // the meter end is deleted in its thread as it finishes
}

void TstLinkPipe::fakeAnswersScriptedRequests() {
    FakeTransport t;
    t.expect("/?!\r\n", "/KAM5OMNIPOWER\r\n");
    t.expect(QByteArray::fromHex("063035300d0a"), "\x02readout\x03");  // ACK 0 5 0 CR LF
    QVERIFY(t.open());
    QSignalSpy got(&t, &Transport::bytesReceived);
    QVERIFY(t.write("/?"));  // a request may come in pieces
    QVERIFY(!t.scriptDone());
    QCOMPARE(got.count(), 0);
    QVERIFY(t.write("!\r\n"));
    QCOMPARE(got.count(), 0);  // the reply comes from the event loop
    QCOMPARE(receive(got, 16), QByteArray("/KAM5OMNIPOWER\r\n"));
    QVERIFY(!t.scriptDone());
    QVERIFY(t.write(QByteArray::fromHex("063035300d0a")));
    QVERIFY(t.scriptDone());
    QCOMPARE(receive(got, 16 + 9), QByteArray("/KAM5OMNIPOWER\r\n\x02readout\x03"));
    QVERIFY(t.mismatches().isEmpty());
    QCOMPARE(t.written(), QByteArray("/?!\r\n\x06"
                                     "050\r\n"));
}

void TstLinkPipe::fakeReportsWritesOffScript() {
    FakeTransport t;
    t.expect("ABC", "reply");
    QVERIFY(t.open());
    QSignalSpy mismatch(&t, &FakeTransport::scriptMismatch);
    QSignalSpy got(&t, &Transport::bytesReceived);
    QVERIFY(t.write("ABD"));
    QCOMPARE(mismatch.count(), 1);
    QCOMPARE(t.mismatches(), QStringList{QStringLiteral("expected 414243 got 414244")});
    QVERIFY(!t.scriptDone());
    t.injectBytes("marker");  // any reply would have been queued before this
    QCOMPARE(receive(got, 6), QByteArray("marker"));

    FakeTransport done;
    QVERIFY(done.open());
    QVERIFY(done.write("\x01\x02"));
    QCOMPARE(done.mismatches(), QStringList{QStringLiteral("unexpected write 0102")});
}

void TstLinkPipe::fakeCanFailToOpen() {
    FakeTransport t;
    t.failOpen({Kind::PortInUse, QStringLiteral("port in use by another program")});
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy opened(&t, &Transport::opened);
    QVERIFY(!t.open());
    QVERIFY(!t.open());  // until cleared
    QCOMPARE(errors.count(), 2);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "port-in-use");
    QCOMPARE(opened.count(), 0);
    QVERIFY(!t.isOpen());
    t.clearOpenFailure();
    QVERIFY(t.open());
    QCOMPARE(opened.count(), 1);
    QVERIFY(t.write(QByteArray()));  // writing nothing is fine
    QVERIFY(t.written().isEmpty());
}

void TstLinkPipe::fakeCanStallWrites() {
    FakeTransport t;
    t.expect("req", "rsp");
    QVERIFY(t.open());
    QSignalSpy got(&t, &Transport::bytesReceived);
    t.setWritesStalled(true);
    QVERIFY(t.write("req"));  // accepted ...
    QCOMPARE(t.stalledBytes(), QByteArray("req"));
    QVERIFY(t.written().isEmpty());  // ... but stuck
    QVERIFY(!t.scriptDone());
    t.injectBytes("tick");
    QCOMPARE(receive(got, 4), QByteArray("tick"));  // no reply came before the marker

    t.setWritesStalled(false);  // the line moves again
    QVERIFY(t.stalledBytes().isEmpty());
    QCOMPARE(t.written(), QByteArray("req"));
    QVERIFY(t.scriptDone());
    QCOMPARE(receive(got, 7), QByteArray("tickrsp"));
}

void TstLinkPipe::fakeInjectsErrorsAndBytes() {
    FakeTransport t;
    QVERIFY(t.open());
    QSignalSpy errors(&t, &Transport::errorOccurred);
    QSignalSpy closed(&t, &Transport::closed);
    t.injectError({Kind::Timeout, QStringLiteral("slow")});  // not fatal
    QCOMPARE(errors.count(), 1);
    QVERIFY(t.isOpen());
    QCOMPARE(closed.count(), 0);

    t.injectError({Kind::PortLost, QStringLiteral("unplugged")});
    QCOMPARE(errors.count(), 2);
    QCOMPARE(nameOf(errorAt(errors, 1).kind), "port-lost");
    QCOMPARE(errorAt(errors, 1).detail, QStringLiteral("unplugged"));
    QCOMPARE(closed.count(), 1);
    QVERIFY(!t.isOpen());

    // Bytes injected while closed are not delivered.
    QSignalSpy got(&t, &Transport::bytesReceived);
    t.injectBytes("dropped");
    QVERIFY(t.open());
    t.injectBytes("seen");
    QCOMPARE(receive(got, 4), QByteArray("seen"));
    QCOMPARE(got.count(), 1);
}

void TstLinkPipe::fakeDelaysRepliesAndRecordsLineSettings() {
    FakeTransport t;
    t.expect("ping", "pong", 100ms);
    QVERIFY(t.open());
    QSignalSpy got(&t, &Transport::bytesReceived);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(t.write("ping"));
    QCOMPARE(receive(got, 4), QByteArray("pong"));
    QVERIFY2(clock.elapsed() >= 95, qPrintable(QString::number(clock.elapsed())));

    const LineSettings hdlc{9600, 8, Parity::None, StopBits::One};
    QVERIFY(t.setLineSettings(hdlc));
    QVERIFY(!t.setLineSettings({9600, 9, Parity::None, StopBits::One}));
    QCOMPARE(t.lineSettingsHistory().size(), qsizetype{1});
    QVERIFY(t.lineSettingsHistory().front() == hdlc);
}

QTEST_GUILESS_MAIN(TstLinkPipe)
#include "tst_link_pipe.moc"
