// IEC 62056-21 meter side (ServerSignOn): exact bytes of every server message, the refusal paths,
// and whole sign-ons against the client engine (ClientHandshake) through a simulated line.
//
// BCC = XOR of every byte after STX/SOH up to and including ETX/EOT; the test computes it with
// its own loop (xorOf), independent of computeBcc.
#include <QTest>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/iec62056_21/client_handshake.h"
#include "protocol/iec62056_21/server_sign_on.h"

using namespace omt;
using namespace omt::iec62056_21;
using namespace std::chrono_literals;

namespace {

std::uint8_t xorOf(std::string_view s) {
    std::uint8_t x = 0;
    for (char c : s) {
        x = static_cast<std::uint8_t>(x ^ static_cast<std::uint8_t>(c));
    }
    return x;
}

// STX/SOH + body, where body runs up to and including ETX; the BCC is appended.
Bytes block(char start, std::string_view body) {
    Bytes b{static_cast<std::uint8_t>(start)};
    b.insert(b.end(), body.begin(), body.end());
    b.push_back(xorOf(body));
    return b;
}

QString hex(const Bytes& b) {
    return QString::fromStdString(toHex(b));
}

ServerOptions meterOptions() {
    ServerOptions o;
    o.identification = Identification{"KAM", '5', "2", "OMT"};  // 9600 offered, mode E
    o.deviceAddress = "12345678";
    o.readout = [] {
        return std::vector<DataSet>{DataSet{"1.8.0", {ValueGroup{"001234.567", "kWh"}}, 0}};
    };
    o.password = "00000000";
    o.operand = "4711";
    o.readRegister = [](const std::string& address) -> Expected<std::string, RegisterError> {
        if (address == "0.9.1") {
            return std::string("12:34:56");
        }
        return unexpected(RegisterError{"ERR05"});
    };
    o.writeRegister = [](const std::string& address,
                         const std::string& value) -> std::optional<RegisterError> {
        if (address == "0.9.1" && value == "23:59:00") {
            return std::nullopt;
        }
        return RegisterError{"ERR07"};
    };
    return o;
}

std::vector<Bytes> sentBytes(const ServerActions& actions) {
    std::vector<Bytes> out;
    for (const auto& a : actions) {
        if (const auto* s = std::get_if<SendBytes>(&a)) {
            out.push_back(s->bytes);
        }
    }
    return out;
}

template <typename T>
bool has(const ServerActions& actions, const T& wanted) {
    for (const auto& a : actions) {
        if (const auto* t = std::get_if<T>(&a); t != nullptr && *t == wanted) {
            return true;
        }
    }
    return false;
}

// Brings a fresh meter to the state after the identification was sent.
void signOn(ServerSignOn& meter) {
    meter.start();
    meter.bytesReceived(bytesOf("/?!\r\n"));
    meter.timerExpired(ServerTimerId::Reaction);
}

// Brings a fresh meter into programming mode at 9600 baud.
void enterProgramming(ServerSignOn& meter) {
    signOn(meter);
    meter.bytesReceived(
        bytesOf("\x06"
                "051\r\n"));
    meter.timerExpired(ServerTimerId::Reaction);
}

// Two engines on a simulated line. Bytes arrive after their transmission time, and only when the
// receiver's line settings at arrival equal the sender's at sending (otherwise they are garbled
// and lost, as on a real port). Timers fire in time order; a restarted or stopped timer's old
// expiry is dropped.
class Line {
public:
    Line(ClientHandshake& client, ServerSignOn& server) : m_client(client), m_server(server) {}

    void run(std::chrono::milliseconds limit = 10s) {
        performClient(m_client.start());
        performServer(m_server.start());
        while (!m_events.empty() && m_now < limit) {
            auto it = m_events.begin();
            Event e = it->second;
            m_now = it->first.first;
            m_events.erase(it);
            if (e.timer) {
                auto& gen = e.toClient ? m_clientGen[e.id] : m_serverGen[e.id];
                if (gen != e.generation) {
                    continue;
                }
                if (e.toClient) {
                    performClient(m_client.timerExpired(static_cast<TimerId>(e.id)));
                } else {
                    performServer(m_server.timerExpired(static_cast<ServerTimerId>(e.id)));
                }
                continue;
            }
            const SetLine& rx = e.toClient ? m_clientLine : m_serverLine;
            if (!(rx == e.line)) {
                ++garbled;
                continue;
            }
            if (e.toClient) {
                performClient(m_client.bytesReceived(e.bytes));
            } else {
                performServer(m_server.bytesReceived(e.bytes));
            }
        }
    }

    std::optional<HandshakeResult> clientResult;
    std::optional<Iec21Failure> clientFailure;
    std::vector<EnterHdlc> hdlc;
    std::vector<Bytes> serverSent;
    int garbled = 0;
    SetLine serverLine() const { return m_serverLine; }

private:
    struct Event {
        bool timer = false;
        bool toClient = false;
        int id = 0;
        unsigned generation = 0;
        Bytes bytes;
        SetLine line;
    };

    void schedule(std::chrono::milliseconds at, Event e) {
        m_events.emplace(std::make_pair(at, m_seq++), std::move(e));
    }

    void performClient(const HandshakeActions& actions) {
        for (const auto& a : actions) {
            if (const auto* s = std::get_if<SendBytes>(&a)) {
                schedule(m_now + transmissionTime(s->bytes.size(), m_clientLine.baud),
                         Event{false, false, 0, 0, s->bytes, m_clientLine});
            } else if (const auto* l = std::get_if<SetLine>(&a)) {
                m_clientLine = *l;
            } else if (const auto* t = std::get_if<StartTimer>(&a)) {
                const int id = static_cast<int>(t->id);
                schedule(m_now + t->duration, Event{true, true, id, ++m_clientGen[id], {}, {}});
            } else if (const auto* st = std::get_if<StopTimer>(&a)) {
                ++m_clientGen[static_cast<int>(st->id)];
            } else if (const auto* d = std::get_if<Done>(&a)) {
                clientResult = d->result;
            } else if (const auto* f = std::get_if<Failed>(&a)) {
                clientFailure = f->failure;
            }
        }
    }

    void performServer(const ServerActions& actions) {
        for (const auto& a : actions) {
            if (const auto* s = std::get_if<SendBytes>(&a)) {
                serverSent.push_back(s->bytes);
                schedule(m_now + transmissionTime(s->bytes.size(), m_serverLine.baud),
                         Event{false, true, 0, 0, s->bytes, m_serverLine});
            } else if (const auto* l = std::get_if<SetLine>(&a)) {
                m_serverLine = *l;
            } else if (const auto* t = std::get_if<ServerStartTimer>(&a)) {
                const int id = static_cast<int>(t->id);
                schedule(m_now + t->duration, Event{true, false, id, ++m_serverGen[id], {}, {}});
            } else if (const auto* st = std::get_if<ServerStopTimer>(&a)) {
                ++m_serverGen[static_cast<int>(st->id)];
            } else if (const auto* h = std::get_if<EnterHdlc>(&a)) {
                hdlc.push_back(*h);
            }
        }
    }

    ClientHandshake& m_client;
    ServerSignOn& m_server;
    std::chrono::milliseconds m_now{0};
    unsigned m_seq = 0;
    std::map<std::pair<std::chrono::milliseconds, unsigned>, Event> m_events;
    std::map<int, unsigned> m_clientGen;
    std::map<int, unsigned> m_serverGen;
    SetLine m_clientLine;
    SetLine m_serverLine;
};

}  // namespace

class TestIec21Server : public QObject {
    Q_OBJECT

private slots:
    // Given a request at 300 baud, when the reaction time has elapsed, then the identification
    // "/KAM5\2OMT" CR LF is sent and the option select is awaited.
    void identificationAfterReactionTime() {
        ServerSignOn meter(meterOptions());
        QVERIFY(has(meter.start(), SetLine{300, LineFraming::SevenE1}));
        auto a = meter.bytesReceived(bytesOf("/?!\r\n"));  // "/" "?" no address "!" CR LF
        QCOMPARE(a.size(), std::size_t{1});
        QVERIFY(has(a, ServerStartTimer{200ms, ServerTimerId::Reaction}));
        QVERIFY(sentBytes(a).empty());  // nothing before the reaction time
        QCOMPARE(meter.state(), ServerSignOn::State::SendIdentification);
        a = meter.timerExpired(ServerTimerId::Reaction);
        QCOMPARE(sentBytes(a).size(), std::size_t{1});
        // "/" KAM (manufacturer) "5" (9600) "\2" (mode E) "OMT" CR LF
        QCOMPARE(hex(sentBytes(a)[0]), hex(bytesOf("/KAM5\\2OMT\r\n")));
        // 12 characters at 300 baud = 400 ms, plus the 1500 ms option select time
        QVERIFY(has(a, ServerStartTimer{1900ms, ServerTimerId::Inactivity}));
        QCOMPARE(meter.state(), ServerSignOn::State::WaitOptionSelect);
        QCOMPARE(QString(nameOf(meter.state())), QString("wait-option-select"));
    }

    // The own address and the empty address are answered; another address, garbage, 8-bit
    // bytes and a damaged request are not.
    void addressingAndNoise() {
        ServerSignOn meter(meterOptions());
        meter.start();
        QVERIFY(meter.bytesReceived(bytesOf("/?87654321!\r\n")).empty());  // another meter
        QVERIFY(meter
                    .bytesReceived(bytesOf("xyz\r\n\x06"
                                           "050\r\n"))
                    .empty());                                         // garbage
        QVERIFY(meter.bytesReceived(bytesOf("/?\xB1!\r\n")).empty());  // 8-bit byte
        QVERIFY(meter.bytesReceived(bytesOf("/?!\n")).empty());        // no CR
        QCOMPARE(meter.state(), ServerSignOn::State::Idle);
        QVERIFY(meter.timerExpired(ServerTimerId::Reaction).empty());  // not running: ignored
        auto a = meter.bytesReceived(bytesOf("/?12345678!\r\n"));      // own address
        QVERIFY(has(a, ServerStartTimer{200ms, ServerTimerId::Reaction}));
        QCOMPARE(meter.state(), ServerSignOn::State::SendIdentification);
        // a request split across chunks is also answered
        ServerSignOn other(meterOptions());
        other.start();
        QVERIFY(other.bytesReceived(bytesOf("/?1234")).empty());
        QVERIFY(!other.bytesReceived(bytesOf("5678!\r\n")).empty());
        QCOMPARE(other.state(), ServerSignOn::State::SendIdentification);
    }

    // Option select "ACK 0 5 0" (readout at 9600): after the reaction time the line goes to
    // 9600 7E1, the readout goes out with its BCC, and when it has left the line, back to 300.
    void readoutExactBytes() {
        ServerSignOn meter(meterOptions());
        signOn(meter);
        auto a =
            meter.bytesReceived(bytesOf("\x06"
                                        "050\r\n"));
        QVERIFY(has(a, ServerStartTimer{200ms, ServerTimerId::Reaction}));
        QVERIFY(sentBytes(a).empty());
        a = meter.timerExpired(ServerTimerId::Reaction);
        QCOMPARE(a.size(), std::size_t{3});
        QCOMPARE(std::get<SetLine>(a[0]), (SetLine{9600, LineFraming::SevenE1}));
        const Bytes expected = block('\x02', "1.8.0(001234.567*kWh)\r\n!\r\n\x03");
        QCOMPARE(hex(std::get<SendBytes>(a[1]).bytes), hex(expected));
        // 29 characters at 9600 baud = 31 ms (rounded up) + 10 ms margin
        QCOMPARE(std::get<ServerStartTimer>(a[2]),
                 (ServerStartTimer{41ms, ServerTimerId::LineSwitch}));
        a = meter.timerExpired(ServerTimerId::LineSwitch);
        QVERIFY(has(a, SetLine{300, LineFraming::SevenE1}));
        QCOMPARE(meter.state(), ServerSignOn::State::Idle);
    }

    // Mode E: "ACK 2 5 2" -> at 9600 7E1 the switch confirmation ACK 2 5 2 CR LF, then 8N1 and
    // EnterHdlc 9600.
    void modeEExactBytes() {
        ServerSignOn meter(meterOptions());
        signOn(meter);
        meter.bytesReceived(
            bytesOf("\x06"
                    "252\r\n"));
        auto a = meter.timerExpired(ServerTimerId::Reaction);
        QCOMPARE(a.size(), std::size_t{3});
        QCOMPARE(std::get<SetLine>(a[0]), (SetLine{9600, LineFraming::SevenE1}));
        QCOMPARE(hex(std::get<SendBytes>(a[1]).bytes), hex(bytesOf("\x06"
                                                                   "252\r\n")));
        // 6 characters at 9600 = 7 ms + 10 ms
        QCOMPARE(std::get<ServerStartTimer>(a[2]),
                 (ServerStartTimer{17ms, ServerTimerId::LineSwitch}));
        QVERIFY(meter.bytesReceived(bytesOf("/?!\r\n")).empty());  // still the confirm's time
        a = meter.timerExpired(ServerTimerId::LineSwitch);
        QCOMPARE(a.size(), std::size_t{2});
        QCOMPARE(std::get<SetLine>(a[0]), (SetLine{9600, LineFraming::EightN1}));
        QCOMPARE(std::get<EnterHdlc>(a[1]), (EnterHdlc{9600}));
        QCOMPARE(meter.state(), ServerSignOn::State::Hdlc);
        // HDLC frames are not for this engine
        QVERIFY(meter.bytesReceived(bytesOf("\x7E\xA0\x07\x03\x21\x93\x0F\x01\x7E")).empty());
        QVERIFY(meter.timerExpired(ServerTimerId::LineSwitch).empty());
        // start() brings it back to idle at 300 7E1
        QVERIFY(has(meter.start(), SetLine{300, LineFraming::SevenE1}));
        QCOMPARE(meter.state(), ServerSignOn::State::Idle);
    }

    // Refusals: a rate above the offered 9600, mode E when not offered, reserved or malformed
    // option selects, and no option select at all: the meter returns to idle and sends nothing.
    void refusals() {
        const char* refused[] = {
            "\x06"
            "060\r\n",  // Z=6 (19200) above the offered 5 (9600)
            "\x06"
            "070\r\n",  // Z=7 reserved
            "\x06"
            "053\r\n",  // Y=3 reserved
            "\x06"
            "350\r\n",  // V=3 invalid
            "\x06"
            "052\r\n",  // binary mode with V=0
            "\x06"
            "\xB0"
            "50\r\n",  // 8-bit byte
        };
        for (const char* select : refused) {
            ServerSignOn meter(meterOptions());
            signOn(meter);
            auto a = meter.bytesReceived(bytesOf(select));
            QVERIFY2(sentBytes(a).empty(), select + 1);
            QVERIFY2(has(a, SetLine{300, LineFraming::SevenE1}), select + 1);
            QCOMPARE(meter.state(), ServerSignOn::State::Idle);
        }
        // mode E is refused by a meter without "\2"
        ServerOptions noE = meterOptions();
        noE.identification.enhanced.clear();
        ServerSignOn plain(noE);
        signOn(plain);
        plain.bytesReceived(
            bytesOf("\x06"
                    "252\r\n"));
        QCOMPARE(plain.state(), ServerSignOn::State::Idle);
        // but a lower rate than offered is accepted
        ServerSignOn meter(meterOptions());
        signOn(meter);
        meter.bytesReceived(
            bytesOf("\x06"
                    "030\r\n"));
        QCOMPARE(meter.state(), ServerSignOn::State::WaitReaction);
        QVERIFY(
            has(meter.timerExpired(ServerTimerId::Reaction), SetLine{2400, LineFraming::SevenE1}));
        // an unacknowledged identification times out back to idle
        ServerSignOn silent(meterOptions());
        signOn(silent);
        auto a = silent.timerExpired(ServerTimerId::Inactivity);
        QVERIFY(has(a, SetLine{300, LineFraming::SevenE1}));
        QCOMPARE(silent.state(), ServerSignOn::State::Idle);
        // a repeated request while the option select is awaited starts over
        ServerSignOn again(meterOptions());
        signOn(again);
        a = again.bytesReceived(bytesOf("/?!\r\n"));
        QVERIFY(has(a, ServerStopTimer{ServerTimerId::Inactivity}));
        QCOMPARE(again.state(), ServerSignOn::State::SendIdentification);
    }

    // Programming mode, message by message: P0 operand request, P1 wrong (NAK) and right (ACK),
    // R1 before and after the password, R1 unknown register, W1 good and refused, a damaged
    // block (NAK), B0 (back to 300 baud idle).
    void programmingExactBytes() {
        ServerSignOn meter(meterOptions());
        signOn(meter);
        meter.bytesReceived(
            bytesOf("\x06"
                    "051\r\n"));
        auto a = meter.timerExpired(ServerTimerId::Reaction);
        QVERIFY(has(a, SetLine{9600, LineFraming::SevenE1}));
        // SOH "P0" STX "(4711)" ETX BCC
        QCOMPARE(hex(sentBytes(a).at(0)), hex(block('\x01', "P0\x02(4711)\x03")));
        QCOMPARE(meter.state(), ServerSignOn::State::Programming);

        auto reply = [&meter](const Bytes& in) {
            auto out = sentBytes(meter.bytesReceived(in));
            return out.size() == 1 ? hex(out[0]) : QString("none");
        };
        const QString ack = "06";
        const QString nak = "15";
        // R1 before P1: refused with an error message
        QCOMPARE(reply(block('\x01',
                             "R1\x02"
                             "0.9.1()\x03")),
                 hex(block('\x02', "(ERRPASSWORD)\x03")));
        QCOMPARE(reply(block('\x01', "P1\x02(11111111)\x03")), nak);
        QVERIFY(!meter.authorised());
        QCOMPARE(reply(block('\x01', "P1\x02(00000000)\x03")), ack);
        QVERIFY(meter.authorised());
        QCOMPARE(reply(block('\x01',
                             "R1\x02"
                             "0.9.1()\x03")),
                 hex(block('\x02', "(12:34:56)\x03")));
        QCOMPARE(reply(bytesOf("\x15")), hex(block('\x02', "(12:34:56)\x03")));  // NAK: again
        QCOMPARE(reply(block('\x01',
                             "R1\x02"
                             "1.2.3()\x03")),
                 hex(block('\x02', "(ERR05)\x03")));
        QCOMPARE(reply(block('\x01',
                             "W1\x02"
                             "0.9.1(23:59:00)\x03")),
                 ack);
        QCOMPARE(reply(block('\x01',
                             "W1\x02"
                             "0.9.1(99:99:99)\x03")),
                 hex(block('\x02', "(ERR07)\x03")));
        QCOMPARE(reply(block('\x01',
                             "E2\x02"
                             "0.9.1()\x03")),
                 hex(block('\x02', "(ERR)\x03")));
        Bytes damaged = block('\x01',
                              "R1\x02"
                              "0.9.1()\x03");
        damaged.back() ^= 0x01;  // wrong BCC
        QCOMPARE(reply(damaged), nak);
        QCOMPARE(reply(block('\x01',
                             "R1\x02"
                             "0.9.\xB1()\x03")),
                 nak);  // 8-bit byte
        // each command restarts the inactivity time
        a = meter.bytesReceived(block('\x01',
                                      "R1\x02"
                                      "0.9.1()\x03"));
        QVERIFY(has(a, ServerStartTimer{120000ms, ServerTimerId::Inactivity}));
        // B0: SOH "B0" ETX BCC, no answer, back to 300 baud idle
        a = meter.bytesReceived(block('\x01', "B0\x03"));
        QVERIFY(sentBytes(a).empty());
        QVERIFY(has(a, SetLine{300, LineFraming::SevenE1}));
        QCOMPARE(meter.state(), ServerSignOn::State::Idle);
        QVERIFY(!meter.authorised());

        // inactivity in programming mode ends the session
        ServerSignOn idle(meterOptions());
        enterProgramming(idle);
        QVERIFY(
            has(idle.timerExpired(ServerTimerId::Inactivity), SetLine{300, LineFraming::SevenE1}));
        QCOMPARE(idle.state(), ServerSignOn::State::Idle);
    }

    // Back to back with ClientHandshake: data readout at the highest common rate.
    void clientReadout() {
        ServerSignOn meter(meterOptions());
        HandshakeOptions options;
        options.mode = HandshakeMode::Readout;
        options.maxBaud = 19200;
        ClientHandshake client(options);
        Line line(client, meter);
        line.run();
        QVERIFY(!line.clientFailure);
        QVERIFY(line.clientResult);
        QCOMPARE(line.clientResult->baud, std::uint32_t{9600});
        QCOMPARE(line.clientResult->identification.manufacturer, std::string("KAM"));
        QVERIFY(line.clientResult->readout);
        QCOMPARE(line.clientResult->readout->dataSets.size(), std::size_t{1});
        QCOMPARE(line.clientResult->readout->dataSets[0].address, std::string("1.8.0"));
        QCOMPARE(line.clientResult->readout->dataSets[0].values[0].value,
                 std::string("001234.567"));
        QCOMPARE(line.garbled, 0);
        QCOMPARE(meter.state(), ServerSignOn::State::Idle);
        QCOMPARE(line.serverLine(), (SetLine{300, LineFraming::SevenE1}));
        QVERIFY(line.hdlc.empty());
    }

    // Back to back: mode E, both ends on 9600 8N1, one EnterHdlc.
    void clientModeE() {
        for (std::uint32_t maxBaud : {9600U, 2400U}) {
            ServerSignOn meter(meterOptions());
            HandshakeOptions options;
            options.mode = HandshakeMode::ModeEHdlc;
            options.maxBaud = maxBaud;
            ClientHandshake client(options);
            Line line(client, meter);
            line.run();
            QVERIFY(!line.clientFailure);
            QVERIFY(line.clientResult);
            QCOMPARE(line.clientResult->framing, LineFraming::EightN1);
            QCOMPARE(line.clientResult->baud, maxBaud);
            QCOMPARE(line.hdlc.size(), std::size_t{1});
            QCOMPARE(line.hdlc[0], (EnterHdlc{maxBaud}));
            QCOMPARE(line.serverLine(), (SetLine{maxBaud, LineFraming::EightN1}));
            QCOMPARE(meter.state(), ServerSignOn::State::Hdlc);
            QCOMPARE(line.garbled, 0);
        }
    }

    // Back to back: programming mode ends on the client's side with the meter's P0; the meter
    // then waits for commands, and without them returns to idle after the inactivity time.
    void clientProgramming() {
        ServerSignOn meter(meterOptions());
        HandshakeOptions options;
        options.mode = HandshakeMode::Programming;
        options.deviceAddress = "12345678";
        ClientHandshake client(options);
        Line line(client, meter);
        line.run(200s);
        QVERIFY(!line.clientFailure);
        QVERIFY(line.clientResult);
        QVERIFY(line.clientResult->operandRequest);
        QCOMPARE(*line.clientResult->operandRequest, CommandMessage::operandRequest("4711"));
        QCOMPARE(meter.state(), ServerSignOn::State::Idle);  // inactivity time elapsed
        QCOMPARE(line.serverLine(), (SetLine{300, LineFraming::SevenE1}));
    }

    // A client asking another address gets no answer and gives up after its retries.
    void clientOtherAddress() {
        ServerSignOn meter(meterOptions());
        HandshakeOptions options;
        options.deviceAddress = "99";
        ClientHandshake client(options);
        Line line(client, meter);
        line.run();
        QVERIFY(line.clientFailure);
        QCOMPARE(line.clientFailure->code, Iec21Error::NoResponse);
        QVERIFY(line.serverSent.empty());
    }
};

QTEST_GUILESS_MAIN(TestIec21Server)
#include "tst_iec62056_21_server.moc"
