// The virtual meter's hosts: an EndpointRunner over a real pseudo-terminal (opened by the
// tool's own SerialTransport through a symlink), over real TCP connections (TcpTransport, the
// wrapper), and in-process over a PipeTransport pair; several clients in sequence; the line
// emulation's timing.
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <map>
#include <optional>

#include "link/pipe_transport.h"
#include "link/serial_transport.h"
#include "link/tcp_transport.h"
#include "protocol/dlms/apdu/acse.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/apdu/initiate.h"
#include "protocol/hdlc/station.h"
#include "protocol/iec62056_21/client_handshake.h"
#include "protocol/wrapper/wrapper_codec.h"
#include "sim/endpoint/line_timing.h"
#include "sim/host/endpoint_runner.h"
#include "sim/host/in_process_meter.h"
#include "sim/host/pty_transport.h"
#include "sim/host/tcp_meter_server.h"
#include "sim/meters/virtual_meter.h"
#include "sim/server/access_policy.h"
#include "sim/server/data_object.h"

using namespace omt;
using namespace omt::sim;
using namespace std::chrono_literals;

namespace {

constexpr cosem::ObisCode kLdn{0, 0, 42, 0, 0, 255};

struct TestMeter {
    ObjectDirectory directory;
    TestMeter() {
        directory.add(
            std::make_unique<DataObject>(kLdn, dlms::Data::octetString(bytesOf("KAM0071234567"))));
    }
};

EndpointConfig config(LineKind kind) {
    EndpointConfig c;
    c.line = kind;
    c.signOn.identification = iec62056_21::Identification{"KAM", '5', "2", "MCT"};
    c.serialNumber = 71234567;
    AccessPolicy pub;
    pub.grant(kLdn, {AttributeAccessMode::ReadOnly, AttributeAccessMode::ReadOnly});
    c.associations = {AssociationConfig::publicClient(pub)};
    return c;
}

QByteArray qbytes(const Bytes& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

Bytes wrappedAarq() {
    dlms::InitiateRequest init;
    init.proposedConformance = serverConformance();
    init.clientMaxReceivePduSize = 0xFFFF;
    dlms::Aarq aarq;
    aarq.userInformation = dlms::encodeApdu(init).value();
    return wrapper::encodeWrapper({0x10, 0x01, dlms::encodeAarq(aarq).value()}).value();
}

/// Collects what a transport receives.
struct Received {
    explicit Received(link::Transport& t) {
        QObject::connect(&t, &link::Transport::bytesReceived,
                         [this](const QByteArray& d) { bytes += d; });
    }
    QByteArray bytes;
};

Bytes plainAarq() {
    dlms::InitiateRequest init;
    init.proposedConformance = serverConformance();
    init.clientMaxReceivePduSize = 0xFFFF;
    dlms::Aarq aarq;
    aarq.userInformation = dlms::encodeApdu(init).value();
    return dlms::encodeAarq(aarq).value();
}

Bytes getRequest(std::uint16_t classId, cosem::ObisCode code, std::int8_t attribute) {
    dlms::GetRequestNormal get;
    get.invokeIdAndPriority = dlms::InvokeIdAndPriority::make(1);
    get.attribute = {classId, code, attribute};
    return dlms::encodeApdu(get).value();
}

/// The tool's side over a real transport, built from the protocol core's client engines: the
/// IEC 62056-21 sign-on (ClientHandshake) and then the HDLC primary station, with QTimers.
class ClientDriver : public QObject {
public:
    ClientDriver(link::Transport& transport, iec62056_21::HandshakeOptions options)
        : m_transport(transport), m_handshake(options) {
        connect(&m_transport, &link::Transport::bytesReceived, this, &ClientDriver::onBytes);
    }
    void signOn() {
        handshakeDone = false;
        handshakeFailed = false;
        perform(m_handshake.start());
    }
    void connectHdlc(hdlc::Address server, std::uint16_t clientSap) {
        hdlc::StationConfig c;
        c.role = hdlc::Role::Primary;
        c.client = hdlc::Address::client(clientSap);
        c.server = server;
        c.responseTimeout = std::chrono::milliseconds{1500};
        m_station.emplace(c);
        connected = false;
        perform(m_station->connect());
    }
    void send(const Bytes& apdu) { perform(m_station->send(apdu)); }
    void disconnect() { perform(m_station->disconnect()); }

    bool handshakeDone = false;
    bool handshakeFailed = false;
    QString failure;
    std::optional<iec62056_21::HandshakeResult> result;
    bool connected = false;
    bool disconnected = false;
    std::vector<Bytes> apdus;

private:
    void onBytes(const QByteArray& data) {
        const ByteView bytes(reinterpret_cast<const std::uint8_t*>(data.constData()),
                             static_cast<std::size_t>(data.size()));
        if (!handshakeDone) {
            perform(m_handshake.bytesReceived(bytes));
        } else if (m_station) {
            perform(m_station->bytesReceived(bytes));
        }
    }
    QTimer* timer(int key) {
        auto& t = m_timers[key];
        if (!t) {
            t = std::make_unique<QTimer>();
            t->setSingleShot(true);
            connect(t.get(), &QTimer::timeout, this, [this, key] {
                if (key < 100) {
                    perform(m_handshake.timerExpired(static_cast<iec62056_21::TimerId>(key)));
                } else if (m_station) {
                    perform(m_station->timerExpired(static_cast<hdlc::TimerId>(key - 100)));
                }
            });
        }
        return t.get();
    }
    void perform(const iec62056_21::HandshakeActions& actions) {
        namespace iec = iec62056_21;
        for (const auto& a : actions) {
            if (const auto* send = std::get_if<iec::SendBytes>(&a)) {
                m_transport.write(ByteView(send->bytes));
            } else if (const auto* line = std::get_if<iec::SetLine>(&a)) {
                const bool eight = line->framing == iec::LineFraming::EightN1;
                m_transport.setLineSettings(link::LineSettings{
                    static_cast<std::int32_t>(line->baud), eight ? 8 : 7,
                    eight ? link::Parity::None : link::Parity::Even, link::StopBits::One});
            } else if (const auto* start = std::get_if<iec::StartTimer>(&a)) {
                timer(static_cast<int>(start->id))->start(start->duration);
            } else if (const auto* stop = std::get_if<iec::StopTimer>(&a)) {
                timer(static_cast<int>(stop->id))->stop();
            } else if (const auto* done = std::get_if<iec::Done>(&a)) {
                handshakeDone = true;
                result = done->result;
            } else if (const auto* failed = std::get_if<iec::Failed>(&a)) {
                handshakeFailed = true;
                failure = QString::fromLatin1(iec::nameOf(failed->failure.code)) + ": " +
                          QString::fromStdString(failed->failure.detail);
            }
        }
    }
    void perform(const hdlc::Actions& actions) {
        for (const auto& a : actions) {
            if (const auto* send = std::get_if<hdlc::SendBytes>(&a)) {
                m_transport.write(ByteView(send->bytes));
            } else if (const auto* start = std::get_if<hdlc::StartTimer>(&a)) {
                timer(100 + static_cast<int>(start->id))->start(start->duration);
            } else if (const auto* stop = std::get_if<hdlc::StopTimer>(&a)) {
                timer(100 + static_cast<int>(stop->id))->stop();
            } else if (std::holds_alternative<hdlc::Connected>(a)) {
                connected = true;
            } else if (const auto* apdu = std::get_if<hdlc::ApduReceived>(&a)) {
                apdus.push_back(apdu->apdu);
            } else if (std::holds_alternative<hdlc::Disconnected>(a)) {
                disconnected = true;
            }
        }
    }

    link::Transport& m_transport;
    iec62056_21::ClientHandshake m_handshake;
    std::optional<hdlc::Station> m_station;
    std::map<int, std::unique_ptr<QTimer>> m_timers;
};

std::string visibleStringOf(const Bytes& apdu) {
    auto decoded = dlms::decodeApdu(apdu);
    if (!decoded) {
        return {};
    }
    const auto* rsp = std::get_if<dlms::GetResponseNormal>(&*decoded);
    const auto* data = rsp == nullptr ? nullptr : std::get_if<dlms::Data>(&rsp->result);
    const auto* text = data == nullptr ? nullptr : data->as<std::string>();
    return text == nullptr ? std::string() : *text;
}

}  // namespace

class TestSimHost : public QObject {
    Q_OBJECT

private slots:
    void ptyServesSeveralClientsInSequence() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString link = dir.filePath(QStringLiteral("meter"));
        TestMeter meter;
        EndpointRunner runner(config(LineKind::Optical), meter.directory);
        PtyTransport pty(link);
        QVERIFY(pty.open());
        QVERIFY(pty.slavePath().startsWith(QStringLiteral("/dev/pts/")));
        QCOMPARE(QFileInfo(link).symLinkTarget(), pty.slavePath());
        connect(&pty, &PtyTransport::hangup, &runner, &EndpointRunner::lineClosed);
        runner.attach(&pty);

        for (int client = 0; client < 3; ++client) {
            link::SerialTransport port(link);
            Received received(port);
            QVERIFY(port.open());
            QVERIFY(port.write(QByteArrayLiteral("/?!\r\n")));
            QTRY_COMPARE_WITH_TIMEOUT(received.bytes, QByteArrayLiteral("/KAM5\\2MCT\r\n"), 3000);
            port.close();
            QTest::qWait(150);  // the hangup is noticed, the pty waits for the next client
        }
        pty.close();
        QVERIFY(!QFileInfo::exists(link));
    }

    void virtualMeterOverPtyModeEHdlcAndBack() {
        // The whole stack over a real pty: the tool's SerialTransport, ClientHandshake (mode E
        // at 9600) and HDLC primary against the OMNIPOWER CT virtual meter; then DISC puts the
        // meter back at 300 baud and a mode C readout follows on the same line.
        VirtualMeterOptions options;
        options.model = MeterModel::OmnipowerCt;
        options.serialNumber = 71234567;
        auto meter = VirtualMeter::create(options);
        QVERIFY(meter.hasValue());
        EndpointConfig config;
        config.line = LineKind::Optical;
        configureForMeter(config, **meter);
        EndpointRunner runner(config, (*meter)->directory());
        PtyTransport pty;
        QVERIFY(pty.open());
        connect(&pty, &PtyTransport::hangup, &runner, &EndpointRunner::lineClosed);
        runner.attach(&pty);

        link::SerialTransport port(pty.slavePath());
        QVERIFY(port.open());
        iec62056_21::HandshakeOptions hs;
        hs.mode = iec62056_21::HandshakeMode::ModeEHdlc;
        hs.maxBaud = 9600;
        ClientDriver client(port, hs);
        client.signOn();
        QTRY_VERIFY_WITH_TIMEOUT(client.handshakeDone || client.handshakeFailed, 5000);
        QVERIFY2(client.handshakeDone, qPrintable(client.failure));
        QCOMPARE(client.result->baud, 9600U);
        // The meter switches once its confirmation has left the line.
        QTRY_COMPARE_WITH_TIMEOUT(runner.endpoint().phase(), MeterEndpoint::Phase::Hdlc, 1000);

        // Physical address 0x10 + 4567 = 0x11E7 (four-byte field), public client.
        client.connectHdlc(runner.endpoint().serverAddress(), 0x10);
        QTRY_VERIFY_WITH_TIMEOUT(client.connected, 3000);
        client.send(plainAarq());
        QTRY_COMPARE_WITH_TIMEOUT(client.apdus.size(), std::size_t{1}, 3000);
        QCOMPARE(dlms::decodeAare(client.apdus[0])->result, dlms::AssociationResult::Accepted);
        client.send(getRequest(1, cosem::ObisCode(0, 0, 96, 1, 0, 255), 2));
        QTRY_COMPARE_WITH_TIMEOUT(client.apdus.size(), std::size_t{2}, 3000);
        QCOMPARE(visibleStringOf(client.apdus[1]), std::string("71234567"));
        client.disconnect();
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 3000);
        QCOMPARE(runner.endpoint().phase(), MeterEndpoint::Phase::SignOn);

        iec62056_21::HandshakeOptions readout;
        readout.mode = iec62056_21::HandshakeMode::Readout;
        readout.maxBaud = 9600;
        ClientDriver second(port, readout);
        second.signOn();
        QTRY_VERIFY_WITH_TIMEOUT(second.handshakeDone || second.handshakeFailed, 8000);
        QVERIFY2(second.handshakeDone, qPrintable(second.failure));
        QVERIFY(second.result->readout.has_value());
        QVERIFY(!second.result->readout->dataSets.empty());
    }

    void ptySymlinkOverAFileIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        PtyTransport pty(path);
        QSignalSpy errors(&pty, &link::Transport::errorOccurred);
        QVERIFY(!pty.open());
        QCOMPARE(errors.size(), 1);
        QVERIFY(QFileInfo(path).isFile());  // untouched
    }

    void tcpServesWrapperClientsInSequence() {
        TestMeter meter;
        EndpointRunner runner(config(LineKind::Wrapper), meter.directory);
        TcpMeterServer server(runner);
        QVERIFY(server.listen(0));
        QVERIFY(server.port() != 0);
        for (int client = 0; client < 3; ++client) {
            link::TcpTransport tcp(QStringLiteral("127.0.0.1"), server.port());
            Received received(tcp);
            QSignalSpy opened(&tcp, &link::Transport::opened);
            tcp.open();
            QVERIFY(opened.wait(3000));
            tcp.write(qbytes(wrappedAarq()));
            QTRY_VERIFY_WITH_TIMEOUT(received.bytes.size() > 8, 3000);
            auto frame = wrapper::decodeWrapper(
                ByteView(reinterpret_cast<const std::uint8_t*>(received.bytes.constData()),
                         static_cast<std::size_t>(received.bytes.size())));
            QVERIFY(frame.hasValue());
            QCOMPARE(frame->destinationWPort, std::uint16_t{0x10});
            auto aare = dlms::decodeAare(frame->payload);
            QVERIFY(aare.hasValue());
            QCOMPARE(aare->result, dlms::AssociationResult::Accepted);
            tcp.close();
            QTRY_VERIFY_WITH_TIMEOUT(!server.hasClient(), 3000);
            // Each client starts non-associated: the association ended with the connection.
            QCOMPARE(runner.endpoint().association(0x10)->status(),
                     cosem::AssociationStatus::NonAssociated);
        }
        QCOMPARE(server.clientsServed(), 3);
    }

    // Issue 19: a client that gave up while it waited in the backlog was taken as the next
    // client: its close had come before anyone listened to the socket, so the server waited
    // for it forever and every later client got no answer.
    void tcpSkipsAClientThatGaveUpWaiting() {
        TestMeter meter;
        EndpointRunner runner(config(LineKind::Wrapper), meter.directory);
        TcpMeterServer server(runner);
        QVERIFY(server.listen(0));
        auto aareOf = [](const QByteArray& bytes) {
            auto frame = wrapper::decodeWrapper(
                ByteView(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                         static_cast<std::size_t>(bytes.size())));
            return frame ? dlms::decodeAare(frame->payload).hasValue() : false;
        };
        // The first client is served.
        QTcpSocket first;
        first.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(first.waitForConnected(3000));
        first.write(qbytes(wrappedAarq()));
        QTRY_VERIFY_WITH_TIMEOUT(first.bytesAvailable() > 8, 3000);
        QVERIFY(aareOf(first.readAll()));
        // The second connects, waits in the backlog, and gives up.
        QTcpSocket second;
        second.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(second.waitForConnected(3000));
        QTest::qWait(100);
        second.abort();
        QTest::qWait(100);
        // The third connects and sends its AARQ while it waits.
        QTcpSocket third;
        third.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(third.waitForConnected(3000));
        third.write(qbytes(wrappedAarq()));
        QVERIFY(third.waitForBytesWritten(3000));
        QTest::qWait(100);
        QCOMPARE(server.clientsServed(), 1);
        // The first one leaves: the third is served, its AARQ answered.
        first.disconnectFromHost();
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += third.readAll()).size() > 8, 5000);
        QVERIFY(aareOf(answer));
        QCOMPARE(server.clientsServed(), 2);
        QCOMPARE(server.clientsAbandoned(), 1);
    }

    // Issue 19: a client killed in the middle of a session cannot restore the line settings it
    // gave the pty (the settings belong to the pty, not to its descriptor); under them the next
    // client's open failed ("open-failed: Invalid argument"). The pty resets them at hang-up.
    void ptyResetsItsLineSettingsWhenTheClientHangsUp() {
        TestMeter meter;
        EndpointRunner runner(config(LineKind::Optical), meter.directory);
        PtyTransport pty;
        QVERIFY(pty.open());
        QSignalSpy hangups(&pty, &PtyTransport::hangup);
        runner.attach(&pty);
        const QByteArray path = pty.slavePath().toLocal8Bit();
        const int fd = ::open(path.constData(), O_RDWR | O_NOCTTY);
        QVERIFY(fd >= 0);
        termios tio{};
        QCOMPARE(::tcgetattr(fd, &tio), 0);
        // What a killed client leaves behind: its own rate and framing, a line discipline.
        ::cfsetispeed(&tio, B300);
        ::cfsetospeed(&tio, B300);
        tio.c_cflag = (tio.c_cflag & ~tcflag_t(CSIZE)) | CS7 | PARENB | CLOCAL;
        tio.c_lflag |= ICANON | ECHO;
        tio.c_iflag |= IGNPAR | ICRNL;
        QCOMPARE(::tcsetattr(fd, TCSANOW, &tio), 0);
        ::close(fd);  // no restoring: the process is gone
        QTRY_VERIFY_WITH_TIMEOUT(!hangups.isEmpty(), 3000);
        const int next = ::open(path.constData(), O_RDWR | O_NOCTTY);
        QVERIFY(next >= 0);
        termios now{};
        QCOMPARE(::tcgetattr(next, &now), 0);
        ::close(next);
        QCOMPARE(now.c_lflag & tcflag_t(ICANON | ECHO), tcflag_t(0));
        QCOMPARE(now.c_cflag & tcflag_t(CSIZE | PARENB), tcflag_t(CS8));
        QCOMPARE(now.c_iflag & tcflag_t(ICRNL), tcflag_t(0));
        QVERIFY(::cfgetispeed(&now) != B300);
        pty.close();
    }

    void tcpDropsAClientWhoseStreamLosesStep() {
        TestMeter meter;
        EndpointRunner runner(config(LineKind::Wrapper), meter.directory);
        TcpMeterServer server(runner);
        QVERIFY(server.listen(0));
        link::TcpTransport tcp(QStringLiteral("127.0.0.1"), server.port());
        QSignalSpy closed(&tcp, &link::Transport::closed);
        QSignalSpy opened(&tcp, &link::Transport::opened);
        tcp.open();
        QVERIFY(opened.wait(3000));
        tcp.write(QByteArray::fromHex("0002001000010001c0"));  // version 2: out of step
        QVERIFY(closed.wait(3000));
    }

    void omtSimProgramServesTcpUntilTerminated() {
        // One machine-readable line per endpoint: "pty /dev/pts/N", then "tcp PORT".
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("omnia"));
        QProcess sim;
        sim.start(QStringLiteral(OMT_SIM_BINARY),
                  {QStringLiteral("--meter"), QStringLiteral("omnia"), QStringLiteral("--serial"),
                   QStringLiteral("12345"), QStringLiteral("--pty"), link, QStringLiteral("--tcp"),
                   QStringLiteral("0"), QStringLiteral("--wrapper")});
        QVERIFY(sim.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 5000);
        const QString ptyLine = QString::fromLatin1(sim.readLine()).trimmed();
        QVERIFY2(ptyLine.startsWith(QStringLiteral("pty /dev/pts/")), qPrintable(ptyLine));
        QCOMPARE(QFileInfo(link).symLinkTarget(), ptyLine.mid(4));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 5000);
        const QString line = QString::fromLatin1(sim.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("tcp ")), qPrintable(line));
        const quint16 port = line.mid(4).toUShort();
        QVERIFY(port != 0);
        link::TcpTransport tcp(QStringLiteral("127.0.0.1"), port);
        Received received(tcp);
        QSignalSpy opened(&tcp, &link::Transport::opened);
        tcp.open();
        QVERIFY(opened.wait(3000));
        tcp.write(qbytes(wrappedAarq()));
        QTRY_VERIFY_WITH_TIMEOUT(received.bytes.size() > 8, 3000);
        auto frame = wrapper::decodeWrapper(
            ByteView(reinterpret_cast<const std::uint8_t*>(received.bytes.constData()),
                     static_cast<std::size_t>(received.bytes.size())));
        QVERIFY(frame.hasValue());
        QCOMPARE(dlms::decodeAare(frame->payload)->result, dlms::AssociationResult::Accepted);
        received.bytes.clear();
        tcp.write(qbytes(wrapper::encodeWrapper(
                             {0x10, 0x01, getRequest(1, cosem::ObisCode(0, 0, 96, 1, 0, 255), 2)})
                             .value()));
        QTRY_VERIFY_WITH_TIMEOUT(received.bytes.size() > 8, 3000);
        frame = wrapper::decodeWrapper(
            ByteView(reinterpret_cast<const std::uint8_t*>(received.bytes.constData()),
                     static_cast<std::size_t>(received.bytes.size())));
        QVERIFY(frame.hasValue());
        QCOMPARE(visibleStringOf(frame->payload), std::string("00012345"));  // eight digits
        tcp.close();
        sim.terminate();  // SIGTERM: a clean exit
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(!QFileInfo(link).isSymLink());  // removed on the way out
    }

    void omtSimRejectsBadOptions() {
        QProcess sim;
        sim.start(QStringLiteral(OMT_SIM_BINARY),
                  {QStringLiteral("--meter"), QStringLiteral("omnia"), QStringLiteral("--tcp"),
                   QStringLiteral("0"), QStringLiteral("--window"), QStringLiteral("9")});
        QVERIFY(sim.waitForFinished(5000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().contains("--window must be 1..7"));
    }

    void lineEmulationPacesHdlcAt9600() {
        // What the meter sends (UA and three AAREs, over 100 bytes) takes at least its line
        // time at 9600 baud, 10 bits a character (100 bytes: 104 ms), and not much more.
        TestMeter meter;
        RunnerOptions options;
        options.lineEmulation = true;
        EndpointConfig c = config(LineKind::DirectHdlc);
        c.directBaud = 9600;
        EndpointRunner runner(c, meter.directory, options);
        auto [client, meterEnd] = link::PipeTransport::createPair(QStringLiteral("paced"));
        InProcessMeter embedded(std::move(meterEnd), runner);
        Received received(*client);
        QVERIFY(client->open());
        ClientDriver driver(*client, {});
        driver.handshakeDone = true;  // HDLC from the start
        QElapsedTimer clock;
        clock.start();
        driver.connectHdlc(hdlc::Address::server(1), 0x10);
        QTRY_VERIFY_WITH_TIMEOUT(driver.connected, 3000);
        for (int i = 0; i < 3; ++i) {
            driver.send(plainAarq());
            QTRY_COMPARE_WITH_TIMEOUT(driver.apdus.size(), std::size_t(i + 1), 3000);
        }
        const qint64 elapsed = clock.elapsed();
        const auto bytes = static_cast<std::size_t>(received.bytes.size());
        QVERIFY2(bytes >= 100, qPrintable(QString::number(bytes)));
        const auto lineTime =
            std::chrono::duration_cast<std::chrono::milliseconds>(transmissionTime(bytes, 9600));
        QVERIFY2(elapsed >= lineTime.count() - 5,
                 qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(bytes).arg(elapsed)));
        QVERIFY2(elapsed < lineTime.count() + 1000, qPrintable(QString::number(elapsed)));
    }

    void inProcessPipeAndLineEmulationTiming() {
        // The request's 5 characters at 300 baud (167 ms) and the 200 ms reaction, then the 12
        // identification characters take 400 ms on the line.
        TestMeter meter;
        RunnerOptions options;
        options.lineEmulation = true;
        EndpointRunner runner(config(LineKind::Optical), meter.directory, options);
        auto [client, meterEnd] = link::PipeTransport::createPair(QStringLiteral("test"));
        InProcessMeter embedded(std::move(meterEnd), runner);
        Received received(*client);
        QVERIFY(client->open());
        QElapsedTimer clock;
        clock.start();
        client->write(QByteArrayLiteral("/?!\r\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!received.bytes.isEmpty(), 3000);
        const qint64 first = clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(received.bytes, QByteArrayLiteral("/KAM5\\2MCT\r\n"), 3000);
        const qint64 all = clock.elapsed();
        QVERIFY2(first >= 360, qPrintable(QString::number(first)));
        QVERIFY2(all >= 360 + 390, qPrintable(QString::number(all)));
        QVERIFY2(all < 2000, qPrintable(QString::number(all)));

        // Without line emulation the same answer comes right after the reaction time (200 ms
        // plus the request's 167 ms at 300 baud, see reactAfterInputLineTime).
        TestMeter meter2;
        EndpointRunner fast(config(LineKind::Optical), meter2.directory);
        auto [client2, meterEnd2] = link::PipeTransport::createPair(QStringLiteral("fast"));
        InProcessMeter embedded2(std::move(meterEnd2), fast);
        Received received2(*client2);
        QVERIFY(client2->open());
        clock.restart();
        client2->write(QByteArrayLiteral("/?!\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(received2.bytes, QByteArrayLiteral("/KAM5\\2MCT\r\n"), 3000);
        QVERIFY2(clock.elapsed() < 600, qPrintable(QString::number(clock.elapsed())));

        // The client end closes and opens again: the embedded meter serves the next session.
        client2->close();
        QTest::qWait(20);
        received2.bytes.clear();
        QVERIFY(client2->open());
        QTRY_VERIFY_WITH_TIMEOUT(embedded2.transport().isOpen(), 1000);
        client2->write(QByteArrayLiteral("/?!\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(received2.bytes, QByteArrayLiteral("/KAM5\\2MCT\r\n"), 3000);
    }
};

QTEST_GUILESS_MAIN(TestSimHost)
#include "tst_sim_host.moc"
