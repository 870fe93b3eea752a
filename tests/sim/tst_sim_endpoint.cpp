// The virtual meter's line endpoint (MeterEndpoint), byte by byte: the optical sign-on with the
// mode E switch to HDLC and back to 300 baud, the mode C readout, HDLC from the start, the TCP
// wrapper, HDLC addressing (physical address, all-station, silence for other addresses, DM for
// unknown clients), the end of a link aborting its association, and deterministic faults.
//
// The client side is the protocol core's own engines (hdlc::Station as primary, the APDU
// encoders); the meter side is a small object directory with the public client (0x10) and the
// reader (0x20, LLS "12345678"). Timers run on a simulated millisecond clock.
#include <QTest>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/dlms/apdu/acse.h"
#include "protocol/dlms/apdu/apdu.h"
#include "protocol/dlms/apdu/initiate.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/station.h"
#include "protocol/wrapper/wrapper_codec.h"
#include "sim/endpoint/fault_injector.h"
#include "sim/endpoint/line_timing.h"
#include "sim/endpoint/meter_endpoint.h"
#include "sim/server/access_policy.h"
#include "sim/server/association_ln_object.h"
#include "sim/server/data_object.h"
#include "sim/server/object_directory.h"
#include "sim/server/register_object.h"
#include "sim/server/server_association.h"

using namespace omt;
using namespace omt::sim;
using namespace std::chrono_literals;
using iec62056_21::LineFraming;

namespace {

constexpr cosem::ObisCode kLdn{0, 0, 42, 0, 0, 255};
constexpr cosem::ObisCode kEnergy{1, 0, 1, 8, 0, 255};
constexpr std::uint32_t kSerial = 71234567;  // physical address 0x10 + 4567 = 0x11E7

Bytes hex(const char* text) {
    auto b = fromHex(text);
    if (!b) {
        qFatal("bad hex in test: %s", text);
    }
    return *b;
}
QString hexOf(ByteView b) {
    return QString::fromStdString(toHex(b));
}

struct TestMeter {
    ObjectDirectory directory;
    TestMeter() {
        directory.add(
            std::make_unique<DataObject>(kLdn, dlms::Data::octetString(bytesOf("KAM0071234567"))));
        directory.add(
            std::make_unique<RegisterObject>(kEnergy, dlms::Data::doubleLongUnsigned(5009),
                                             cosem::ScalerUnit{0, cosem::Unit::WattHour}));
        directory.add(std::make_unique<AssociationLnObject>());
    }
};

std::vector<AssociationConfig> associations() {
    constexpr auto RO = AttributeAccessMode::ReadOnly;
    AccessPolicy pub;
    pub.grant(kLdn, {RO, RO});
    AccessPolicy reader = pub;
    reader.grantAll(kEnergy, 3, RO, 1, MethodAccessMode::NoAccess);
    return {AssociationConfig::publicClient(pub),
            AssociationConfig::reader(bytesOf("12345678"), reader)};
}

EndpointConfig opticalConfig() {
    EndpointConfig c;
    c.line = LineKind::Optical;
    c.signOn.identification = iec62056_21::Identification{"KAM", '5', "2", "MCT"};  // 9600, E
    c.signOn.readout = [] {
        return std::vector<iec62056_21::DataSet>{
            iec62056_21::DataSet{"1.8.0", {iec62056_21::ValueGroup{"0005.009", "kWh"}}, 0}};
    };
    c.serialNumber = kSerial;
    c.associations = associations();
    c.hdlcInactivity = 10s;
    c.reactAfterInputLineTime = false;  // the byte-level tests count the reaction time alone
    return c;
}

// The endpoint on a simulated line: a millisecond clock, its running timers, what it sent, the
// line setting it asked for, and how often it dropped the line.
struct Line {
    explicit Line(EndpointConfig config) : endpoint(std::move(config), meter.directory) {
        perform(endpoint.start());
    }
    TestMeter meter;
    MeterEndpoint endpoint;
    std::int64_t now = 0;
    std::map<EndpointTimer, std::int64_t> timers;
    Bytes sent;  // everything sent since the last takeSent()
    EndpointSetLine line{0, LineFraming::SevenE1};
    std::vector<EndpointSetLine> lineChanges;
    int closes = 0;
    std::vector<EndpointTrace> traces;

    void perform(const EndpointActions& actions) {
        for (const auto& action : actions) {
            if (const auto* s = std::get_if<EndpointSend>(&action)) {
                sent.insert(sent.end(), s->bytes.begin(), s->bytes.end());
            } else if (const auto* l = std::get_if<EndpointSetLine>(&action)) {
                line = *l;
                lineChanges.push_back(*l);
            } else if (const auto* t = std::get_if<EndpointStartTimer>(&action)) {
                timers[t->id] = now + t->duration.count();
            } else if (const auto* st = std::get_if<EndpointStopTimer>(&action)) {
                timers.erase(st->id);
            } else if (std::holds_alternative<EndpointCloseLine>(action)) {
                ++closes;
            } else if (const auto* tr = std::get_if<EndpointTrace>(&action)) {
                traces.push_back(*tr);
            }
        }
    }
    void receive(ByteView bytes) { perform(endpoint.bytesReceived(bytes)); }
    void receive(const std::string& text) { receive(bytesOf(text)); }
    /// Runs the clock forward by `ms`, firing due timers in deadline order.
    void advance(std::int64_t ms) {
        const std::int64_t until = now + ms;
        for (;;) {
            auto next = timers.end();
            for (auto it = timers.begin(); it != timers.end(); ++it) {
                if (it->second <= until && (next == timers.end() || it->second < next->second)) {
                    next = it;
                }
            }
            if (next == timers.end()) {
                break;
            }
            const EndpointTimer id = next->first;
            now = next->second;
            timers.erase(next);
            perform(endpoint.timerExpired(id));
        }
        now = until;
    }
    Bytes takeSent() { return std::exchange(sent, Bytes{}); }
};

// A client HDLC station talking to the line: performs the client's actions, carries bytes both
// ways until both sides are quiet, and returns the APDUs the client received.
struct Client {
    explicit Client(std::uint16_t sap, hdlc::Address server, hdlc::LinkParameters p = {}) {
        hdlc::StationConfig c;
        c.role = hdlc::Role::Primary;
        c.client = hdlc::Address::client(sap);
        c.server = server;
        c.parameters = p;
        station.emplace(c);
    }
    std::optional<hdlc::Station> station;
    std::vector<Bytes> apdus;
    bool connected = false;
    bool disconnected = false;

    void run(Line& line, hdlc::Actions actions) {
        for (int round = 0; round < 100; ++round) {
            Bytes out;
            for (auto& a : actions) {
                if (auto* s = std::get_if<hdlc::SendBytes>(&a)) {
                    out.insert(out.end(), s->bytes.begin(), s->bytes.end());
                } else if (auto* r = std::get_if<hdlc::ApduReceived>(&a)) {
                    apdus.push_back(r->apdu);
                } else if (std::holds_alternative<hdlc::Connected>(a)) {
                    connected = true;
                } else if (std::holds_alternative<hdlc::Disconnected>(a)) {
                    disconnected = true;
                }
            }
            if (out.empty()) {
                return;
            }
            line.receive(out);
            const Bytes answer = line.takeSent();
            if (answer.empty()) {
                return;
            }
            actions = station->bytesReceived(answer);
        }
    }
};

Bytes publicAarq() {
    dlms::InitiateRequest init;
    init.proposedConformance = serverConformance();
    init.clientMaxReceivePduSize = 0xFFFF;
    dlms::Aarq aarq;
    aarq.applicationContext = dlms::ApplicationContextName::LogicalName;
    aarq.userInformation = dlms::encodeApdu(init).value();
    return dlms::encodeAarq(aarq).value();
}

Bytes getLdn() {
    dlms::GetRequestNormal get;
    get.invokeIdAndPriority = dlms::InvokeIdAndPriority::make(1);
    get.attribute = {1, kLdn, 2};
    return dlms::encodeApdu(get).value();
}

std::optional<dlms::Aare> aareOf(const Bytes& apdu) {
    auto aare = dlms::decodeAare(apdu);
    if (!aare) {
        return std::nullopt;
    }
    return *aare;
}

/// "KAM0071234567" from a get-response-normal carrying an octet-string, else "".
std::string octetStringOf(const Bytes& apdu) {
    auto decoded = dlms::decodeApdu(apdu);
    if (!decoded) {
        return {};
    }
    const auto* rsp = std::get_if<dlms::GetResponseNormal>(&*decoded);
    if (rsp == nullptr) {
        return {};
    }
    const auto* data = std::get_if<dlms::Data>(&rsp->result);
    if (data == nullptr) {
        return {};
    }
    const auto* octets = data->as<Bytes>();
    return octets == nullptr ? std::string() : std::string(octets->begin(), octets->end());
}

// Brings an optical line through sign-on and the mode E switch: HDLC at 9600 8N1.
void signOnModeE(Line& line) {
    line.receive(std::string("/?!\r\n"));
    line.advance(300);  // reaction time: identification
    line.takeSent();
    line.receive(
        std::string("\x06"
                    "252\r\n"));  // ACK, protocol 2 (HDLC), 9600, mode 2
    line.advance(2000);           // reaction, confirmation, line switch
}

}  // namespace

class TestSimEndpoint : public QObject {
    Q_OBJECT

private slots:
    void physicalAddressFollowsTheSerialNumber() {
        QCOMPARE(physicalAddressOf(71234567), std::uint16_t{0x11E7});  // 0x10 + 4567
        QCOMPARE(physicalAddressOf(10000), std::uint16_t{0x10});
        QCOMPARE(physicalAddressOf(9999), std::uint16_t{0x271F});  // the largest
    }

    void lineTimingCountsTenBitsACharacter() {
        QCOMPARE(characterTime(300), 33333us);
        QCOMPARE(transmissionTime(100, 9600), 104166us);  // 1000 bits at 9600 bit/s
        QCOMPARE(transmissionTime(0, 9600), 0us);
        QCOMPARE(transmissionTime(10, 0), 0us);  // unthrottled
    }

    void opticalSignOnModeEHdlcAndBack() {
        Line line(opticalConfig());
        QCOMPARE(line.line, (EndpointSetLine{300, LineFraming::SevenE1}));
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::SignOn);

        // "/?!" CR LF -> after the reaction time "/KAM5\2MCT" CR LF (9600 offered, mode E).
        line.receive(std::string("/?!\r\n"));
        QVERIFY(line.sent.empty());
        line.advance(300);
        QCOMPARE(hexOf(line.takeSent()), hexOf(bytesOf("/KAM5\\2MCT\r\n")));

        // ACK 2 5 2 CR LF: mode E at 9600. The confirmation ACK 2 5 2 goes out at 9600 7E1,
        // then the line becomes 9600 8N1 and carries HDLC.
        line.receive(
            std::string("\x06"
                        "252\r\n"));
        line.advance(2000);
        QCOMPARE(hexOf(line.takeSent()), QStringLiteral("06 32 35 32 0D 0A"));
        QCOMPARE(line.lineChanges.size(), std::size_t{3});
        QCOMPARE(line.lineChanges[1], (EndpointSetLine{9600, LineFraming::SevenE1}));
        QCOMPARE(line.lineChanges[2], (EndpointSetLine{9600, LineFraming::EightN1}));
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::Hdlc);

        // SNRM 7E A0 07 03 21 93 0F 01 7E: server 1 (03, no physical address) <- client 0x10
        // (21). Answered UA 73 from 03 to 21 with the negotiated parameters.
        line.receive(hex("7E A0 07 03 21 93 0F 01 7E"));
        const Bytes ua = line.takeSent();
        auto uaFrame = hdlc::decodeFrame(ua);
        QVERIFY(uaFrame.hasValue());
        QCOMPARE(uaFrame->control.type(), hdlc::FrameType::Ua);
        QCOMPARE(uaFrame->destination, hdlc::Address::client(0x10));
        QCOMPARE(uaFrame->source, hdlc::Address::server(1));
        QCOMPARE(
            hexOf(uaFrame->information),
            QStringLiteral("81 80 14 05 02 00 80 06 02 00 80 07 04 00 00 00 01 08 04 00 00 00 01"));
        QCOMPARE(line.endpoint.connectedClient(), std::optional<std::uint16_t>(0x10));

        // The client engine continues the same link (it sent the same SNRM): AARQ -> AARE,
        // GET logical device name -> "KAM0071234567".
        Client client(0x10, hdlc::Address::server(1));
        client.run(line, client.station->connect());
        QVERIFY(client.connected);
        client.run(line, client.station->send(publicAarq()));
        QCOMPARE(client.apdus.size(), std::size_t{1});
        auto aare = aareOf(client.apdus[0]);
        QVERIFY(aare.has_value());
        QCOMPARE(aare->result, dlms::AssociationResult::Accepted);
        client.run(line, client.station->send(getLdn()));
        QCOMPARE(client.apdus.size(), std::size_t{2});
        QCOMPARE(octetStringOf(client.apdus[1]), std::string("KAM0071234567"));
        QCOMPARE(line.endpoint.association(0x10)->status(), cosem::AssociationStatus::Associated);

        // DISC 7E A0 07 03 21 53 ..: UA, the association ends, the line is back at 300 7E1.
        client.run(line, client.station->disconnect());
        QVERIFY(client.disconnected);
        QCOMPARE(line.endpoint.association(0x10)->status(),
                 cosem::AssociationStatus::NonAssociated);
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::SignOn);
        QCOMPARE(line.line, (EndpointSetLine{300, LineFraming::SevenE1}));

        // ... and a new sign-on is answered.
        line.receive(std::string("/?!\r\n"));
        line.advance(300);
        QCOMPARE(hexOf(line.takeSent()), hexOf(bytesOf("/KAM5\\2MCT\r\n")));
    }

    void modeCReadout() {
        Line line(opticalConfig());
        line.receive(std::string("/?!\r\n"));
        line.advance(300);
        line.takeSent();
        // ACK 0 5 0 CR LF: readout at 9600 7E1: STX "1.8.0(0005.009*kWh)" CR LF "!" CR LF ETX BCC.
        line.receive(
            std::string("\x06"
                        "050\r\n"));
        line.advance(200);  // reaction time
        const Bytes readout = line.takeSent();
        const std::string body = "1.8.0(0005.009*kWh)\r\n!\r\n\x03";
        std::uint8_t bcc = 0;
        for (char ch : body) {
            bcc = static_cast<std::uint8_t>(bcc ^ static_cast<std::uint8_t>(ch));
        }
        Bytes expected{0x02};
        expected.insert(expected.end(), body.begin(), body.end());
        expected.push_back(bcc);
        QCOMPARE(hexOf(readout), hexOf(expected));
        QCOMPARE(line.line, (EndpointSetLine{9600, LineFraming::SevenE1}));
        line.advance(2000);  // the readout has left the line: back to 300 7E1
        QCOMPARE(line.line, (EndpointSetLine{300, LineFraming::SevenE1}));
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::SignOn);
    }

    void reactionCountsFromTheEndOfTheMessageOnTheLine() {
        // "/?!" CR LF delivered at once (a pty): the identification goes after the 200 ms
        // reaction plus the 5 characters' time at 300 baud (167 ms), as on a real line.
        EndpointConfig config = opticalConfig();
        config.reactAfterInputLineTime = true;
        Line line(config);
        line.receive(std::string("/?!\r\n"));
        line.advance(366);
        QVERIFY(line.sent.empty());
        line.advance(1);
        QCOMPARE(hexOf(line.takeSent()), hexOf(bytesOf("/KAM5\\2MCT\r\n")));
        // ACK 2 5 2 CR LF (6 characters, 200 ms at 300 baud): the confirmation comes 400 ms
        // later, after the client has switched to 9600 (its own 200 ms + margin).
        line.receive(
            std::string("\x06"
                        "252\r\n"));
        line.advance(399);
        QVERIFY(line.sent.empty());
        line.advance(1);
        QCOMPARE(hexOf(line.takeSent()), QStringLiteral("06 32 35 32 0D 0A"));
    }

    void noSnrmAfterModeEReturnsToSignOn() {
        Line line(opticalConfig());
        signOnModeE(line);
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::Hdlc);
        line.advance(10'000);  // hdlcInactivity
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::SignOn);
        QCOMPARE(line.line, (EndpointSetLine{300, LineFraming::SevenE1}));
    }

    void hdlcInactivityAbortsTheAssociation() {
        Line line(opticalConfig());
        signOnModeE(line);
        Client client(0x10, hdlc::Address::server(1));
        client.run(line, client.station->connect());
        client.run(line, client.station->send(publicAarq()));
        QCOMPARE(line.endpoint.association(0x10)->status(), cosem::AssociationStatus::Associated);
        line.advance(10'000);
        QCOMPARE(line.endpoint.association(0x10)->status(),
                 cosem::AssociationStatus::NonAssociated);
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::SignOn);
    }

    void directHdlcWithPhysicalAddress() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::DirectHdlc;
        config.directBaud = 19200;
        Line line(config);
        QCOMPARE(line.line, (EndpointSetLine{19200, LineFraming::EightN1}));
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::Hdlc);
        // Server 1 / physical 0x11E7 in four bytes: 00 02 | 46 CF (0x23 << 1, 0x67 << 1 | 1).
        const hdlc::Address physical = line.endpoint.serverAddress();
        QCOMPARE(physical, hdlc::Address::server(1, 0x11E7, hdlc::AddressSize::Four));
        ByteWriter field;
        QVERIFY(hdlc::encodeAddress(physical, field).hasValue());
        QCOMPARE(hexOf(field.data()), QStringLiteral("00 02 46 CF"));
        Client client(0x20, physical);
        client.run(line, client.station->connect());
        QVERIFY(client.connected);
        QCOMPARE(line.endpoint.connectedClient(), std::optional<std::uint16_t>(0x20));
        // Reader LLS with the demo password.
        dlms::Aarq aarq = *dlms::decodeAarq(publicAarq());
        aarq.mechanismName = dlms::MechanismName::Low;
        aarq.authentication = true;
        aarq.callingAuthenticationValue = bytesOf("12345678");
        client.run(line, client.station->send(dlms::encodeAarq(aarq).value()));
        QCOMPARE(client.apdus.size(), std::size_t{1});
        QCOMPARE(aareOf(client.apdus[0])->result, dlms::AssociationResult::Accepted);
        client.run(line, client.station->send(getLdn()));
        QCOMPARE(octetStringOf(client.apdus.at(1)), std::string("KAM0071234567"));
        // DISC: the line stays HDLC.
        client.run(line, client.station->disconnect());
        QVERIFY(client.disconnected);
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::Hdlc);
        QCOMPARE(line.line, (EndpointSetLine{19200, LineFraming::EightN1}));
    }

    void allStationAddressIsAnswered() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::DirectHdlc;
        Line line(config);
        Client client(0x10, hdlc::Address::server(1, hdlc::kAllStation14, hdlc::AddressSize::Four));
        client.run(line, client.station->connect());
        QVERIFY(client.connected);
        // The meter answers from its own physical address (0x10 + 4567), which the client uses.
        QCOMPARE(client.station->serverAddress(),
                 hdlc::Address::server(1, 0x11E7, hdlc::AddressSize::Four));
        // A two-byte field cannot hold 0x11E7: the all-station value is echoed instead.
        Client twoByte(0x10, hdlc::Address::server(1, hdlc::kAllStation7));
        twoByte.run(line, twoByte.station->connect());
        QVERIFY(twoByte.connected);
        QCOMPARE(twoByte.station->serverAddress(), hdlc::Address::server(1, hdlc::kAllStation7));
    }

    void otherAddressesGetNoAnswer() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::DirectHdlc;
        Line line(config);
        // SNRM to server 1 / physical 0x11E8 (00 02 46 D1) and to logical device 2 (05).
        Client wrongPhysical(0x10, hdlc::Address::server(1, 0x11E8));
        wrongPhysical.run(line, wrongPhysical.station->connect());
        Client wrongLogical(0x10, hdlc::Address::server(2));
        wrongLogical.run(line, wrongLogical.station->connect());
        QVERIFY(line.sent.empty());
        QVERIFY(!wrongPhysical.connected);
        QVERIFY(!wrongLogical.connected);
        QCOMPARE(line.endpoint.station()->ignoredFrames(), std::size_t{2});
    }

    void unknownClientGetsDm() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::DirectHdlc;
        Line line(config);
        // SNRM 7E A0 07 03 61 93 .. 7E from client 0x30 (61): DM 1F from 03 to 61.
        const Bytes snrm = hdlc::encodeFrame({hdlc::Address::server(1),
                                              hdlc::Address::client(0x30),
                                              hdlc::Control::snrm(true),
                                              false,
                                              {}})
                               .value();
        line.receive(snrm);
        auto dm = hdlc::decodeFrame(line.takeSent());
        QVERIFY(dm.hasValue());
        QCOMPARE(dm->control.type(), hdlc::FrameType::Dm);
        QCOMPARE(dm->destination, hdlc::Address::client(0x30));
        QCOMPARE(line.endpoint.connectedClient(), std::nullopt);
    }

    void newSnrmEndsThePreviousAssociation() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::DirectHdlc;
        Line line(config);
        Client first(0x10, hdlc::Address::server(1));
        first.run(line, first.station->connect());
        first.run(line, first.station->send(publicAarq()));
        QCOMPARE(line.endpoint.association(0x10)->status(), cosem::AssociationStatus::Associated);
        Client second(0x20, hdlc::Address::server(1));
        second.run(line, second.station->connect());
        QVERIFY(second.connected);
        QCOMPARE(line.endpoint.connectedClient(), std::optional<std::uint16_t>(0x20));
        QCOMPARE(line.endpoint.association(0x10)->status(),
                 cosem::AssociationStatus::NonAssociated);
    }

    void wrapperCarriesApdusBySap() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::Wrapper;
        Line line(config);
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::Wrapper);
        QVERIFY(line.lineChanges.empty());
        // 00 01 | 00 10 (client 0x10) | 00 01 (logical device 1) | length | AARQ, in two pieces.
        const Bytes aarq = wrapper::encodeWrapper({0x10, 0x01, publicAarq()}).value();
        line.receive(ByteView(aarq).first(5));
        QVERIFY(line.sent.empty());
        line.receive(ByteView(aarq).subspan(5));
        auto reply = wrapper::decodeWrapper(line.takeSent());
        QVERIFY(reply.hasValue());
        QCOMPARE(reply->sourceWPort, std::uint16_t{0x01});
        QCOMPARE(reply->destinationWPort, std::uint16_t{0x10});
        QCOMPARE(aareOf(reply->payload)->result, dlms::AssociationResult::Accepted);
        line.receive(wrapper::encodeWrapper({0x10, 0x01, getLdn()}).value());
        reply = wrapper::decodeWrapper(line.takeSent());
        QVERIFY(reply.hasValue());
        QCOMPARE(octetStringOf(reply->payload), std::string("KAM0071234567"));
        // To wPort 2 (no such logical device) or from client 0x30: no answer.
        line.receive(wrapper::encodeWrapper({0x10, 0x02, getLdn()}).value());
        line.receive(wrapper::encodeWrapper({0x30, 0x01, publicAarq()}).value());
        QVERIFY(line.sent.empty());
        // Version 00 02: the stream is out of step, the line is dropped and the association
        // with it.
        line.receive(hex("0002001000010001C0"));
        QCOMPARE(line.closes, 1);
        QCOMPARE(line.endpoint.association(0x10)->status(),
                 cosem::AssociationStatus::NonAssociated);
    }

    void lineClosedAbortsEverything() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::Wrapper;
        Line line(config);
        line.receive(wrapper::encodeWrapper({0x10, 0x01, publicAarq()}).value());
        QCOMPARE(line.endpoint.association(0x10)->status(), cosem::AssociationStatus::Associated);
        line.perform(line.endpoint.lineClosed());
        QCOMPARE(line.endpoint.association(0x10)->status(),
                 cosem::AssociationStatus::NonAssociated);
        line.perform(line.endpoint.lineClosed());  // twice is harmless
        QVERIFY(line.timers.empty());
    }

    void requestHooksRunAroundEachApdu() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::Wrapper;
        int before = 0;
        int after = 0;
        config.beforeRequest = [&] { ++before; };
        config.afterRequest = [&] {
            QCOMPARE(after + 1, before);
            ++after;
        };
        Line line(config);
        line.receive(wrapper::encodeWrapper({0x10, 0x01, publicAarq()}).value());
        line.receive(wrapper::encodeWrapper({0x10, 0x01, getLdn()}).value());
        QCOMPARE(before, 2);
        QCOMPARE(after, 2);
    }

    void refusedAssociationIsRejectedOnce() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::Wrapper;
        config.faults.refuseNextAssociation = true;
        Line line(config);
        line.receive(wrapper::encodeWrapper({0x10, 0x01, publicAarq()}).value());
        auto reply = wrapper::decodeWrapper(line.takeSent());
        QVERIFY(reply.hasValue());
        QCOMPARE(aareOf(reply->payload)->result, dlms::AssociationResult::RejectedTransient);
        QCOMPARE(line.endpoint.association(0x10)->status(),
                 cosem::AssociationStatus::NonAssociated);
        line.receive(wrapper::encodeWrapper({0x10, 0x01, publicAarq()}).value());
        reply = wrapper::decodeWrapper(line.takeSent());
        QCOMPARE(aareOf(reply->payload)->result, dlms::AssociationResult::Accepted);
    }

    void stallHoldsAnswersBack() {
        EndpointConfig config = opticalConfig();
        config.faults.stall = 700ms;
        Line line(config);
        line.receive(std::string("/?!\r\n"));
        line.advance(200);  // the identification is due after the reaction time, but held
        QVERIFY(line.sent.empty());
        line.advance(699);
        QVERIFY(line.sent.empty());
        line.advance(1);
        QCOMPARE(hexOf(line.takeSent()), hexOf(bytesOf("/KAM5\\2MCT\r\n")));
    }

    void dropLineAfterBytes() {
        EndpointConfig config = opticalConfig();
        config.line = LineKind::Wrapper;
        config.faults.dropLineAfter = 10;
        Line line(config);
        const Bytes aarq = wrapper::encodeWrapper({0x10, 0x01, publicAarq()}).value();
        line.receive(ByteView(aarq).first(6));
        QCOMPARE(line.closes, 0);
        line.receive(ByteView(aarq).subspan(6));
        QCOMPARE(line.closes, 1);
        QVERIFY(line.sent.empty());  // the AARQ never arrived whole
    }

    void lineFaultsAreDeterministicForASeed() {
        auto run = [](std::uint64_t seed) {
            FaultConfig faults;
            faults.seed = seed;
            faults.dropProbability = 0.05;
            faults.corruptProbability = 0.05;
            FaultInjector injector(faults);
            Bytes all;
            for (int i = 0; i < 20; ++i) {
                Bytes chunk(100);
                for (std::size_t j = 0; j < chunk.size(); ++j) {
                    chunk[j] = static_cast<std::uint8_t>(j + static_cast<std::size_t>(i));
                }
                const Bytes out =
                    injector.apply(i % 2 ? FaultDirection::Sent : FaultDirection::Received, chunk);
                all.insert(all.end(), out.begin(), out.end());
            }
            return std::make_pair(all, injector.droppedBytes() + 1000 * injector.corruptedBytes());
        };
        const auto a = run(42);
        const auto b = run(42);
        const auto c = run(43);
        QCOMPARE(hexOf(a.first), hexOf(b.first));
        QCOMPARE(a.second, b.second);
        QVERIFY(a.first != c.first);
        // About 5 % of 2000 bytes dropped and 5 % of the rest corrupted.
        const std::size_t dropped = a.second % 1000;
        const std::size_t corrupted = a.second / 1000;
        QVERIFY2(dropped > 50 && dropped < 160, qPrintable(QString::number(dropped)));
        QVERIFY2(corrupted > 50 && corrupted < 160, qPrintable(QString::number(corrupted)));
        QCOMPARE(a.first.size(), 2000 - dropped);
    }

    void noisyLineStillServesTheClientOrStaysSilent() {
        // 2 % of the bytes both ways get a bit flipped (seed 3): some SNRMs or UAs are damaged
        // (the station drops them on their FCS), the others connect. Never a crash or a hang.
        EndpointConfig config = opticalConfig();
        config.line = LineKind::DirectHdlc;
        config.faults.corruptProbability = 0.02;
        config.faults.seed = 3;
        Line line(config);
        int connected = 0;
        for (int i = 0; i < 20; ++i) {
            Client client(0x10, hdlc::Address::server(1));
            client.run(line, client.station->connect());
            connected += client.connected ? 1 : 0;
        }
        QVERIFY(line.endpoint.faults().corruptedBytes() > 0);
        QVERIFY2(connected > 0 && connected < 20, qPrintable(QString::number(connected)));
    }

    void traceDescribesBothDirections() {
        EndpointConfig config = opticalConfig();
        config.trace = true;
        Line line(config);
        signOnModeE(line);
        Client client(0x10, hdlc::Address::server(1));
        client.run(line, client.station->connect());
        client.run(line, client.station->send(publicAarq()));
        bool sawAarq = false;
        bool sawAare = false;
        bool sawEvent = false;
        for (const auto& t : line.traces) {
            for (const auto& text : t.lines) {
                if (t.direction == trace::Direction::ToMeter &&
                    text.find("aarq") != std::string::npos) {
                    sawAarq = true;
                }
                if (t.direction == trace::Direction::FromMeter &&
                    text.find("aare") != std::string::npos) {
                    sawAare = true;
                }
                if (!t.direction && text.find("HDLC connected: client 0x10") == 0) {
                    sawEvent = true;
                }
            }
        }
        QVERIFY(sawAarq);
        QVERIFY(sawAare);
        QVERIFY(sawEvent);
    }

    // Issue 19: omt-sim --trace wrote the raw AARQ, the reader's password in hex. The trace
    // masks it (in whatever pieces it arrived) and the frame carries the checksums of what is
    // shown, so nothing of the password can be recovered from the trace.
    void traceMasksThePasswordWithTrueChecksums() {
        EndpointConfig config = opticalConfig();
        config.trace = true;
        config.line = LineKind::DirectHdlc;
        Line line(config);
        Client client(0x20, hdlc::Address::server(1));
        client.run(line, client.station->connect());
        QVERIFY(client.connected);
        dlms::InitiateRequest init;
        init.proposedConformance = serverConformance();
        init.clientMaxReceivePduSize = 0xFFFF;
        dlms::Aarq aarq;
        aarq.authentication = true;
        aarq.mechanismName = dlms::MechanismName::Low;
        aarq.callingAuthenticationValue = bytesOf("12345678");
        aarq.userInformation = dlms::encodeApdu(init).value();
        Bytes frame;
        for (const auto& a : client.station->send(dlms::encodeAarq(aarq).value())) {
            if (const auto* send = std::get_if<hdlc::SendBytes>(&a)) {
                frame.insert(frame.end(), send->bytes.begin(), send->bytes.end());
            }
        }
        for (std::size_t i = 0; i < frame.size(); i += 5) {
            line.receive(ByteView(frame).subspan(i, std::min<std::size_t>(5, frame.size() - i)));
        }
        const Bytes answer = line.takeSent();
        QVERIFY(!answer.empty());
        Bytes traced;
        std::string text;
        for (const auto& t : line.traces) {
            if (t.direction == trace::Direction::ToMeter) {
                traced.insert(traced.end(), t.bytes.begin(), t.bytes.end());
            }
            for (const auto& l : t.lines) {
                text += l + "\n";
            }
        }
        const Bytes password = bytesOf("12345678");
        QVERIFY(std::search(traced.begin(), traced.end(), password.begin(), password.end()) ==
                traced.end());
        QVERIFY2(
            text.find("calling-authentication-value (8 bytes, not shown)") != std::string::npos,
            text.c_str());
        hdlc::Deframer deframer;
        std::size_t good = 0;
        for (const auto& r : deframer.feed(traced)) {
            QVERIFY2(r.hasValue(), r ? "" : hdlc::nameOf(r.error().code));
            ++good;
        }
        QCOMPARE(good, std::size_t{2});  // SNRM and AARQ, both checking
    }

    void staleTimerExpiriesAreIgnored() {
        Line line(opticalConfig());
        QVERIFY(line.endpoint.timerExpired(EndpointTimer::Stall).empty());
        QVERIFY(line.endpoint.timerExpired(EndpointTimer::HdlcInactivity).empty());
        QVERIFY(line.endpoint.timerExpired(EndpointTimer::Reaction).empty());
        QCOMPARE(line.endpoint.phase(), MeterEndpoint::Phase::SignOn);
    }

    void namesAreStable() {
        QCOMPARE(nameOf(LineKind::DirectHdlc), "hdlc");
        QCOMPARE(nameOf(EndpointTimer::ModeEIdle), "mode-e-idle");
        QCOMPARE(nameOf(MeterEndpoint::Phase::SignOn), "sign-on");
    }
};

QTEST_GUILESS_MAIN(TestSimEndpoint)
#include "tst_sim_endpoint.moc"
