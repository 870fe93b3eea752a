// SerialTransport against a real pty pair made by socat (the same kernel path a USB optical
// head takes, minus the baud-rate throttling), and the EchoSuppressor it uses for half-duplex
// heads, driven with a simulated clock. Given a port and these bytes or events, then these
// bytes arrive or this typed error is reported.
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "link/echo_suppressor.h"
#include "link/serial_transport.h"

using namespace omt::link;
using namespace std::chrono_literals;
using Kind = TransportError::Kind;

namespace {

constexpr int kWaitMs = 5000;

/// Collects bytesReceived() payloads from `spy` until `n` bytes have arrived or the time is up.
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

TransportError errorAt(const QSignalSpy& spy, qsizetype i) {
    return spy.at(i).at(0).value<TransportError>();
}

QString stty(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("stty"), {QStringLiteral("-F"), path, QStringLiteral("-a")});
    if (!p.waitForFinished(kWaitMs)) {
        return {};
    }
    return QString::fromLocal8Bit(p.readAllStandardOutput());
}

/// "-parenb" and "parenb" both contain "parenb": look for the whole word.
bool hasFlag(const QString& sttyOutput, const QString& flag) {
    return sttyOutput.split(QRegularExpression(QStringLiteral("[\\s;]+"))).contains(flag);
}

}  // namespace

#define START_PTY_PAIR()                                                                   \
    do {                                                                                   \
        if (QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty()) {           \
            QSKIP(                                                                         \
                "socat is not installed (apt install socat): it makes the pty pair these " \
                "tests talk through");                                                     \
        }                                                                                  \
        startPtyPair();                                                                    \
        if (QTest::currentTestFailed()) {                                                  \
            return;                                                                        \
        }                                                                                  \
    } while (false)

class TstLinkSerial : public QObject {
    Q_OBJECT

private slots:
    // EchoSuppressor, simulated clock
    void echoIsDroppedWhenItMatches();
    void echoSplitAcrossReadsIsDropped();
    void firstDifferingByteEndsTheEcho();
    void heldBytesAreReleasedWhenTheEchoIsOverdue();
    void echoExpiresAfterLineTimeAndWindow();
    void characterTimeFollowsLineSettings();

    // SerialTransport over a pty pair
    void cleanup();
    void bytesFlowBothWays();
    void defaultIs300Baud7E1AndChangesReachThePort();
    void invalidLineSettingsAreRefused();
    void secondOpenOfTheSamePortIsPortInUse();
    void nonexistentPathIsNotFound();
    void killingTheOtherEndLosesThePort();
    void closingFromTheErrorSlotIsSafe();
    void echoOfAHalfDuplexHeadIsSuppressed();
    void echoSuppressionPassesAnswersOfANonEchoingHead();
    void modemLinesOnAPtyAreNotFatal();
    void writeWhileClosedFails();
    void availablePortsHaveNameAndPath();

private:
    void startPtyPair();
    void startSocat();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_socat;
    QString m_a;
    QString m_b;
};

// --- EchoSuppressor --------------------------------------------------------------------------

void TstLinkSerial::echoIsDroppedWhenItMatches() {
    EchoSuppressor echo(100ms);
    const auto t0 = EchoSuppressor::Clock::time_point{} + 1h;
    echo.noteWritten("/?!\r\n", t0);
    QCOMPARE(echo.pendingEcho(), qsizetype{5});
    // The head hears its own request, then the meter answers in the same read.
    QCOMPARE(echo.filter("/?!\r\n/KAM5\r\n", t0 + 10ms), QByteArray("/KAM5\r\n"));
    QCOMPARE(echo.pendingEcho(), qsizetype{0});
    // With nothing pending, everything passes, even bytes equal to the last request.
    QCOMPARE(echo.filter("/?!\r\n", t0 + 20ms), QByteArray("/?!\r\n"));
}

void TstLinkSerial::echoSplitAcrossReadsIsDropped() {
    EchoSuppressor echo(100ms);
    const auto t0 = EchoSuppressor::Clock::time_point{} + 1h;
    echo.noteWritten(
        "\x06"
        "050\r\n",
        t0);  // ACK 0 5 0 CR LF: option select
    QCOMPARE(echo.filter("\x06"
                         "0",
                         t0 + 1ms),
             QByteArray());
    QCOMPARE(echo.pendingEcho(), qsizetype{4});
    QCOMPARE(echo.filter("50\r", t0 + 2ms), QByteArray());
    QCOMPARE(echo.filter("\n\x02", t0 + 3ms), QByteArray("\x02"));  // STX of the readout
    // Two writes queue their echo one after the other.
    echo.noteWritten("AB", t0 + 4ms);
    echo.noteWritten("CD", t0 + 4ms);
    QCOMPARE(echo.filter("ABCDx", t0 + 5ms), QByteArray("x"));
}

void TstLinkSerial::firstDifferingByteEndsTheEcho() {
    EchoSuppressor echo(100ms);
    const auto t0 = EchoSuppressor::Clock::time_point{} + 1h;
    // A head that does not echo, and a meter whose answer starts like the request ('/'): the
    // answer must pass whole.
    echo.noteWritten("/?!\r\n", t0);
    QCOMPARE(echo.filter("/KAM5\r\n", t0 + 5ms), QByteArray("/KAM5\r\n"));
    QCOMPARE(echo.pendingEcho(), qsizetype{0});
    // Same, with the answer cut after its first byte: '/' is held back, then released in
    // front of the first byte that is not echo.
    echo.noteWritten("/?!\r\n", t0 + 10ms);
    QCOMPARE(echo.filter("/", t0 + 11ms), QByteArray());
    QCOMPARE(echo.heldBytes(), qsizetype{1});
    QCOMPARE(echo.filter("KAM5", t0 + 12ms), QByteArray("/KAM5"));
    QCOMPARE(echo.heldBytes(), qsizetype{0});
    QCOMPARE(echo.filter("!\r\n", t0 + 13ms), QByteArray("!\r\n"));
}

void TstLinkSerial::heldBytesAreReleasedWhenTheEchoIsOverdue() {
    EchoSuppressor echo(100ms);  // character time 0: the echo is due within 100 ms
    const auto t0 = EchoSuppressor::Clock::time_point{} + 1h;
    echo.noteWritten("/?!\r\n", t0);
    QCOMPARE(echo.filter("/", t0 + 1ms), QByteArray());
    QCOMPARE(echo.deadline(), t0 + 100ms);
    QCOMPARE(echo.releaseExpired(t0 + 100ms), QByteArray());  // still due
    QCOMPARE(echo.heldBytes(), qsizetype{1});
    QCOMPARE(echo.releaseExpired(t0 + 101ms), QByteArray("/"));
    QCOMPARE(echo.heldBytes(), qsizetype{0});
    QCOMPARE(echo.pendingEcho(), qsizetype{0});
    // A late arrival releases them too, in front of itself.
    echo.noteWritten("AB", t0 + 1s);
    QCOMPARE(echo.filter("A", t0 + 1s + 1ms), QByteArray());
    QCOMPARE(echo.filter("B", t0 + 1s + 101ms), QByteArray("AB"));
}

void TstLinkSerial::echoExpiresAfterLineTimeAndWindow() {
    EchoSuppressor echo(50ms);
    echo.setCharacterTime(LineSettings{}.characterTime());  // 300 baud 7E1: 33.333 ms per byte
    const auto t0 = EchoSuppressor::Clock::time_point{} + 1h;
    echo.noteWritten("/?!\r\n", t0);  // on the line until t0 + 166.665 ms, echo due by +216.665
    QCOMPARE(echo.filter("/?", t0 + 200ms), QByteArray());
    QCOMPARE(echo.filter("!\r\n", t0 + 216ms), QByteArray());

    echo.noteWritten("/?!\r\n", t0 + 1s);
    QCOMPARE(echo.filter("/?!\r\n", t0 + 1s + 217ms), QByteArray("/?!\r\n"));  // too late
    QCOMPARE(echo.pendingEcho(), qsizetype{0});
}

void TstLinkSerial::characterTimeFollowsLineSettings() {
    QCOMPARE(LineSettings{}.bitsPerCharacter(), 10);  // start + 7 + even parity + stop
    QCOMPARE(LineSettings{}.characterTime(), 33333us);
    const LineSettings fast{9600, 8, Parity::None, StopBits::One};
    QCOMPARE(fast.bitsPerCharacter(), 10);
    QCOMPARE(fast.characterTime(), 1041us);
    QCOMPARE((LineSettings{19200, 8, Parity::Even, StopBits::Two}).bitsPerCharacter(), 12);
    QVERIFY(!(LineSettings{9600, 6, Parity::None, StopBits::One}).isValid());
    QVERIFY(!(LineSettings{0, 8, Parity::None, StopBits::One}).isValid());
}

// --- SerialTransport over a pty pair ---------------------------------------------------------

void TstLinkSerial::startPtyPair() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_a = m_dir->filePath(QStringLiteral("ttyA"));
    m_b = m_dir->filePath(QStringLiteral("ttyB"));
    startSocat();
}

void TstLinkSerial::startSocat() {
    QFile::remove(m_a);  // links left behind by a killed socat
    QFile::remove(m_b);
    m_socat = std::make_unique<QProcess>();
    m_socat->start(QStringLiteral("socat"), {QStringLiteral("-d"), QStringLiteral("-d"),
                                             QStringLiteral("pty,raw,echo=0,link=") + m_a,
                                             QStringLiteral("pty,raw,echo=0,link=") + m_b});
    QVERIFY2(m_socat->waitForStarted(kWaitMs), qPrintable(m_socat->errorString()));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += m_socat->readAllStandardError()).contains("starting data transfer loop"), kWaitMs);
    QVERIFY(QFileInfo::exists(m_a) && QFileInfo::exists(m_b));
}

void TstLinkSerial::cleanup() {
    if (m_socat) {
        if (m_socat->state() != QProcess::NotRunning) {
            m_socat->kill();
            m_socat->waitForFinished(kWaitMs);
        }
        m_socat.reset();
    }
    m_dir.reset();
}

void TstLinkSerial::bytesFlowBothWays() {
    START_PTY_PAIR();
    SerialTransport a(m_a);
    SerialTransport b(m_b);
    QSignalSpy aOpened(&a, &Transport::opened);
    QSignalSpy aErrors(&a, &Transport::errorOccurred);
    QVERIFY(a.open());
    QVERIFY(b.open());
    QCOMPARE(aOpened.count(), 1);
    QVERIFY(a.isOpen());
    QCOMPARE(a.description(), QStringLiteral("serial:") + m_a);

    QSignalSpy aGot(&a, &Transport::bytesReceived);
    QSignalSpy bGot(&b, &Transport::bytesReceived);
    const QByteArray request("/?!\r\n");
    QVERIFY(a.write(request));
    QCOMPARE(receive(bGot, request.size()), request);

    // All 256 byte values, through the protocol-bytes overload.
    omt::Bytes all(256);
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<std::uint8_t>(i);
    }
    QVERIFY(b.write(omt::ByteView(all)));
    const QByteArray back = receive(aGot, 256);
    QCOMPARE(back.size(), qsizetype{256});
    QCOMPARE(back, QByteArray(reinterpret_cast<const char*>(all.data()), 256));
    QCOMPARE(aErrors.count(), 0);

    QSignalSpy aClosed(&a, &Transport::closed);
    a.close();
    QCOMPARE(aClosed.count(), 1);
    QVERIFY(!a.isOpen());
    a.close();  // closing twice: no second closed()
    QCOMPARE(aClosed.count(), 1);
}

void TstLinkSerial::defaultIs300Baud7E1AndChangesReachThePort() {
    START_PTY_PAIR();
    // A Linux pty keeps the speed and stop bits it is given but forces cs8 and -parenb, so
    // data bits and parity can only be checked on the transport's side here.
    SerialTransport a(m_a);
    QVERIFY(a.lineSettings() == LineSettings{});  // IEC 62056-21 opening: 300 baud 7E1
    QCOMPARE(a.lineSettings().dataBits, 7);
    QVERIFY(a.lineSettings().parity == Parity::Even);
    QVERIFY(a.open());
    QString line = stty(m_a);
    QVERIFY2(line.startsWith(QStringLiteral("speed 300 baud")), qPrintable(line));
    QVERIFY2(hasFlag(line, QStringLiteral("-cstopb")), qPrintable(line));

    // After the baud switch of mode E: 9600 8N1.
    const LineSettings hdlc{9600, 8, Parity::None, StopBits::One};
    QVERIFY(a.setLineSettings(hdlc));
    QVERIFY(a.lineSettings() == hdlc);
    line = stty(m_a);
    QVERIFY2(line.startsWith(QStringLiteral("speed 9600 baud")), qPrintable(line));

    // Settings chosen while closed are applied by the next open.
    a.close();
    QVERIFY(a.setLineSettings({4800, 7, Parity::Even, StopBits::Two}));
    QVERIFY(a.open());
    line = stty(m_a);
    QVERIFY2(line.startsWith(QStringLiteral("speed 4800 baud")), qPrintable(line));
    QVERIFY2(hasFlag(line, QStringLiteral("cstopb")), qPrintable(line));
}

void TstLinkSerial::invalidLineSettingsAreRefused() {
    START_PTY_PAIR();
    SerialTransport a(m_a);
    QVERIFY(a.open());
    QVERIFY(!a.setLineSettings({9600, 5, Parity::None, StopBits::One}));
    QVERIFY(!a.setLineSettings({-1, 8, Parity::None, StopBits::One}));
    QVERIFY(a.lineSettings() == LineSettings{});  // unchanged
    QVERIFY(a.isOpen());
}

void TstLinkSerial::secondOpenOfTheSamePortIsPortInUse() {
    START_PTY_PAIR();
    SerialTransport first(m_a);
    QVERIFY(first.open());
    SerialTransport second(m_a);
    QSignalSpy errors(&second, &Transport::errorOccurred);
    QSignalSpy opened(&second, &Transport::opened);
    QVERIFY(!second.open());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "port-in-use");
    QCOMPARE(errorAt(errors, 0).detail, QStringLiteral("port in use by another program"));
    QCOMPARE(opened.count(), 0);
    QVERIFY(!second.isOpen());
    // The first owner is not disturbed.
    SerialTransport b(m_b);
    QVERIFY(b.open());
    QSignalSpy bGot(&b, &Transport::bytesReceived);
    QVERIFY(first.write("still here"));
    QCOMPARE(receive(bGot, 10), QByteArray("still here"));
}

void TstLinkSerial::nonexistentPathIsNotFound() {
    QTemporaryDir dir;
    SerialTransport port(dir.filePath(QStringLiteral("no-such-tty")));
    QSignalSpy errors(&port, &Transport::errorOccurred);
    QSignalSpy closed(&port, &Transport::closed);
    QVERIFY(!port.open());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "not-found");
    QVERIFY(!errorAt(errors, 0).detail.isEmpty());
    QCOMPARE(closed.count(), 0);  // never opened, so never closed
    QVERIFY(!port.isOpen());
}

void TstLinkSerial::killingTheOtherEndLosesThePort() {
    START_PTY_PAIR();
    SerialTransport a(m_a);
    QVERIFY(a.open());
    QSignalSpy errors(&a, &Transport::errorOccurred);
    QSignalSpy closed(&a, &Transport::closed);
    m_socat->kill();  // the "head" is unplugged: the pty disappears under the open port
    QVERIFY(m_socat->waitForFinished(kWaitMs));
    QVERIFY(closed.wait(kWaitMs) || closed.count() == 1);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!a.isOpen());
    QVERIFY(errors.count() >= 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "port-lost");
    // Writing to the lost port fails cleanly.
    QVERIFY(!a.write("x"));
    QCOMPARE(nameOf(errorAt(errors, errors.count() - 1).kind), "write-failed");
}

void TstLinkSerial::closingFromTheErrorSlotIsSafe() {
    START_PTY_PAIR();
    // What a session does on PortLost: close at once, from the slot, then reopen later.
    SerialTransport a(m_a);
    QVERIFY(a.open());
    QSignalSpy closed(&a, &Transport::closed);
    QSignalSpy errors(&a, &Transport::errorOccurred);
    connect(&a, &Transport::errorOccurred, &a, [&a](const TransportError& e) {
        if (e.kind == TransportError::Kind::PortLost) {
            a.close();
        }
    });
    m_socat->kill();
    QVERIFY(m_socat->waitForFinished(kWaitMs));
    QVERIFY(closed.wait(kWaitMs) || closed.count() == 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "port-lost");
    // Let any deferred work run: no second closed().
    QVERIFY(!closed.wait(200));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(errors.count(), 1);

    // The head is plugged in again (a new pty at the same path): the same transport reopens.
    startSocat();
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(a.open());
    QVERIFY(a.isOpen());
}

void TstLinkSerial::echoOfAHalfDuplexHeadIsSuppressed() {
    START_PTY_PAIR();
    // The far end plays an echoing optical head in front of a meter: it sends back every byte
    // it hears, and once the request is complete, the meter's identification.
    SerialTransport head(m_b);
    QVERIFY(head.open());
    QByteArray heard;
    connect(&head, &Transport::bytesReceived, &head, [&](const QByteArray& data) {
        head.write(data);
        heard += data;
        if (heard.endsWith("\r\n")) {
            head.write("/KAM5\r\n");
            heard.clear();
        }
    });

    SerialTransport plain(m_a);
    QVERIFY(plain.open());
    QSignalSpy plainGot(&plain, &Transport::bytesReceived);
    QVERIFY(plain.write("/?!\r\n"));
    QCOMPARE(receive(plainGot, 12), QByteArray("/?!\r\n/KAM5\r\n"));  // echo and answer
    plain.close();

    SerialTransport suppressed(m_a);
    suppressed.setEchoSuppression(true, 500ms);
    QVERIFY(suppressed.echoSuppression());
    QVERIFY(suppressed.open());
    QSignalSpy got(&suppressed, &Transport::bytesReceived);
    QVERIFY(suppressed.write("/?!\r\n"));
    QCOMPARE(receive(got, 7), QByteArray("/KAM5\r\n"));  // the answer only
    QVERIFY(suppressed.write("/?!\r\n"));
    QCOMPARE(receive(got, 14), QByteArray("/KAM5\r\n/KAM5\r\n"));
}

void TstLinkSerial::echoSuppressionPassesAnswersOfANonEchoingHead() {
    START_PTY_PAIR();
    // The far end answers without echoing; the answer starts with the request's first byte.
    SerialTransport head(m_b);
    QVERIFY(head.open());
    QByteArray answer = "/KAM5\r\n";
    connect(&head, &Transport::bytesReceived, &head,
            [&](const QByteArray&) { head.write(answer); });

    SerialTransport port(m_a);
    port.setEchoSuppression(true, 100ms);
    QVERIFY(port.open());
    QSignalSpy got(&port, &Transport::bytesReceived);
    QVERIFY(port.write("/?!\r\n"));
    QCOMPARE(receive(got, 7), QByteArray("/KAM5\r\n"));

    // An answer that is nothing but a prefix of the request is held as possible echo, then
    // released once the echo is overdue (100 ms window at 300 baud: ~270 ms).
    answer = "/?";
    got.clear();
    QVERIFY(port.write("/?!\r\n"));
    QCOMPARE(receive(got, 2), QByteArray("/?"));
}

void TstLinkSerial::modemLinesOnAPtyAreNotFatal() {
    START_PTY_PAIR();
    SerialTransport a(m_a);
    QSignalSpy errors(&a, &Transport::errorOccurred);
    QVERIFY(a.open());                      // DTR/RTS attempted during open
    QVERIFY(!a.setModemLines(true, true));  // "Inappropriate ioctl for device"
    QCOMPARE(errors.count(), 0);
    QVERIFY(a.isOpen());
    SerialTransport b(m_b);
    QVERIFY(b.open());
    QSignalSpy bGot(&b, &Transport::bytesReceived);
    QVERIFY(a.write("ok"));
    QCOMPARE(receive(bGot, 2), QByteArray("ok"));
}

void TstLinkSerial::writeWhileClosedFails() {
    SerialTransport a(QStringLiteral("/nonexistent/ttyX"));
    QSignalSpy errors(&a, &Transport::errorOccurred);
    QVERIFY(!a.write("x"));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(nameOf(errorAt(errors, 0).kind), "write-failed");
    QVERIFY(a.write(QByteArray()));  // nothing to write is no failure
    QCOMPARE(errors.count(), 1);
}

void TstLinkSerial::availablePortsHaveNameAndPath() {
    // ptys are not listed, and a test machine may have no serial port at all: check only what
    // is there.
    const auto ports = SerialTransport::availablePorts();
    for (const SerialPortInfo& p : ports) {
        QVERIFY(!p.name.isEmpty());
        QVERIFY2(p.path.endsWith(p.name), qPrintable(p.path + QStringLiteral(" / ") + p.name));
    }
}

QTEST_GUILESS_MAIN(TstLinkSerial)
#include "tst_link_serial.moc"
