// The HDLC link engine (Station) of IEC 62056-46 as primary (client) and secondary (server):
// connection with parameter negotiation, data transfer with windows and segmentation,
// retransmission, RNR, FRMR, disconnection and timeouts. Byte-level checks drive one station
// with hand-made frames; the rest wires a primary and a secondary back to back over a simulated
// line with a simulated clock, optionally losing or corrupting chosen frames.
#include <QTest>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>

#include "protocol/common/bytes.h"
#include "protocol/hdlc/crc16.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/hdlc/llc.h"
#include "protocol/hdlc/station.h"

using namespace omt;
using namespace omt::hdlc;
using namespace std::chrono_literals;

namespace {

Bytes hex(const char* text) {
    auto b = fromHex(text);
    if (!b) {
        qFatal("bad hex in test: %s", text);
    }
    return *b;
}

const Address kServer = Address::server(kManagementLogicalDevice);
const Address kClient = Address::client(kPublicClient);

Bytes frameBytes(Address dst, Address src, Control c, Bytes info = {}, bool segmented = false) {
    return *encodeFrame(Frame{dst, src, c, segmented, std::move(info)});
}
// Client -> server and server -> client frames with the one-byte addresses 03 / 21.
Bytes toServer(Control c, Bytes info = {}, bool segmented = false) {
    return frameBytes(kServer, kClient, c, std::move(info), segmented);
}
Bytes toClient(Control c, Bytes info = {}, bool segmented = false) {
    return frameBytes(kClient, kServer, c, std::move(info), segmented);
}

Bytes pattern(std::size_t n, unsigned seed) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i) {
        b[i] = static_cast<std::uint8_t>((i * 31 + seed * 7 + (i >> 8)) & 0xFF);
    }
    return b;
}

// All SendBytes of an action list, concatenated, and filters for the other kinds.
Bytes sentBytes(const Actions& actions) {
    Bytes out;
    for (const auto& a : actions) {
        if (const auto* s = std::get_if<SendBytes>(&a)) {
            out.insert(out.end(), s->bytes.begin(), s->bytes.end());
        }
    }
    return out;
}
template <class T>
std::vector<T> only(const Actions& actions) {
    std::vector<T> out;
    for (const auto& a : actions) {
        if (const auto* x = std::get_if<T>(&a)) {
            out.push_back(*x);
        }
    }
    return out;
}
std::vector<HdlcError> failureCodes(const Actions& actions) {
    std::vector<HdlcError> out;
    for (const auto& f : only<Failed>(actions)) {
        out.push_back(f.failure.code);
    }
    return out;
}

StationConfig primaryConfig(LinkParameters p = {}) {
    StationConfig c;
    c.role = Role::Primary;
    c.client = kClient;
    c.server = kServer;
    c.parameters = p;
    c.responseTimeout = 500ms;
    c.pollInterval = 50ms;
    c.maxRetries = 3;
    return c;
}
StationConfig secondaryConfig(LinkParameters p = {}) {
    StationConfig c = primaryConfig(p);
    c.role = Role::Secondary;
    c.inactivityTimeout = 0ms;
    return c;
}

// A secondary brought to the connected state by a plain SNRM.
Station connectedSecondary(StationConfig config = secondaryConfig()) {
    Station s(config);
    (void)s.bytesReceived(toServer(Control::snrm()));
    return s;
}

// One side of the simulated link: its station, its running timers and what it reported.
struct Endpoint {
    explicit Endpoint(StationConfig config) : station(std::move(config)) {}
    Station station;
    std::array<std::optional<std::int64_t>, kTimerCount> deadline{};
    std::vector<Bytes> apdus;
    std::vector<HdlcFailure> failures;
    std::vector<DisconnectReason> disconnects;
    std::vector<LinkParameters> connected;
    std::vector<Frame> framesSent;  // as put on the line, before any loss
};

// Two stations back to back over a half-duplex line with a simulated millisecond clock.
class Wire {
public:
    Wire(StationConfig p, StationConfig s) : primary(std::move(p)), secondary(std::move(s)) {}

    Endpoint primary;
    Endpoint secondary;
    std::int64_t now = 0;
    /// What arrives of the index-th frame a side sends (0-based per side): the bytes, changed
    /// bytes, or nothing.
    std::function<std::optional<Bytes>(Role from, std::size_t index, Bytes bytes)> line;
    /// The secondary's user: the response to each request, if any.
    std::function<std::optional<Bytes>(const Bytes& request)> responder;
    std::size_t sentByPrimary = 0;
    std::size_t sentBySecondary = 0;

    void apply(Endpoint& e, const Actions& actions) {
        const bool fromPrimary = &e == &primary;
        for (const auto& a : actions) {
            if (const auto* s = std::get_if<SendBytes>(&a)) {
                if (auto f = decodeFrame(s->bytes)) {
                    e.framesSent.push_back(*f);
                }
                std::size_t& counter = fromPrimary ? sentByPrimary : sentBySecondary;
                std::optional<Bytes> arriving = s->bytes;
                if (line) {
                    arriving =
                        line(fromPrimary ? Role::Primary : Role::Secondary, counter, s->bytes);
                }
                ++counter;
                if (arriving) {
                    m_inFlight.emplace_back(!fromPrimary, std::move(*arriving));
                }
            } else if (const auto* t = std::get_if<StartTimer>(&a)) {
                e.deadline[static_cast<std::size_t>(t->id)] = now + t->duration.count();
            } else if (const auto* st = std::get_if<StopTimer>(&a)) {
                e.deadline[static_cast<std::size_t>(st->id)].reset();
            } else if (const auto* c = std::get_if<Connected>(&a)) {
                e.connected.push_back(c->parameters);
            } else if (const auto* r = std::get_if<ApduReceived>(&a)) {
                e.apdus.push_back(r->apdu);
                if (!fromPrimary && responder) {
                    if (auto response = responder(r->apdu)) {
                        apply(e, e.station.send(*response));
                    }
                }
            } else if (const auto* d = std::get_if<Disconnected>(&a)) {
                e.disconnects.push_back(d->reason);
            } else if (const auto* f = std::get_if<Failed>(&a)) {
                e.failures.push_back(f->failure);
            }
        }
    }

    /// Delivers the next frame in flight, or else fires the earliest timer. False when neither.
    bool step() {
        if (!m_inFlight.empty()) {
            auto [toPrimary, bytes] = std::move(m_inFlight.front());
            m_inFlight.pop_front();
            Endpoint& e = toPrimary ? primary : secondary;
            apply(e, e.station.bytesReceived(bytes));
            return true;
        }
        Endpoint* who = nullptr;
        std::size_t which = 0;
        for (Endpoint* e : {&primary, &secondary}) {
            for (std::size_t i = 0; i < kTimerCount; ++i) {
                if (e->deadline[i] && (!who || *e->deadline[i] < *who->deadline[which])) {
                    who = e;
                    which = i;
                }
            }
        }
        if (!who) {
            return false;
        }
        now = *who->deadline[which];
        who->deadline[which].reset();
        apply(*who, who->station.timerExpired(static_cast<TimerId>(which)));
        return true;
    }

    /// Runs until nothing is in flight and no timer runs (or `done` holds). Returns false if
    /// the step limit is hit, which would mean a livelock.
    bool run(const std::function<bool()>& done = {}, int maxSteps = 200000) {
        for (int i = 0; i < maxSteps; ++i) {
            if (done && done()) {
                return true;
            }
            if (!step()) {
                return true;
            }
        }
        return false;
    }

    bool connect() {
        apply(primary, primary.station.connect());
        return run([this] { return !primary.connected.empty() || !primary.failures.empty(); }) &&
               primary.station.state() == LinkState::Connected;
    }

private:
    std::deque<std::pair<bool, Bytes>> m_inFlight;  // (to primary, bytes)
};

// The echo-like user of the tests' secondary: a response of a different size than the request.
std::optional<Bytes> respond(const Bytes& request) {
    Bytes r = pattern((request.size() * 3) % 4000 + 1, static_cast<unsigned>(request.size()));
    r[0] = 0xC4;
    return r;
}

// Exchanges requests of the given sizes one after the other and checks every request and
// response arrived exactly once and in order.
void exchangeAndVerify(Wire& wire, const std::vector<std::size_t>& sizes) {
    wire.responder = respond;
    std::vector<Bytes> requests;
    std::vector<Bytes> responses;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const Bytes request = pattern(sizes[i], static_cast<unsigned>(i));
        requests.push_back(request);
        responses.push_back(*respond(request));
        wire.apply(wire.primary, wire.primary.station.send(request));
        const std::size_t want = i + 1;
        QVERIFY(wire.run(
            [&] { return wire.primary.apdus.size() >= want || !wire.primary.failures.empty(); }));
        QVERIFY2(wire.primary.failures.empty(),
                 wire.primary.failures.empty() ? "" : nameOf(wire.primary.failures.front().code));
        QCOMPARE(wire.primary.apdus.size(), want);
    }
    QCOMPARE(wire.secondary.apdus, requests);
    QCOMPARE(wire.primary.apdus, responses);
    QVERIFY(wire.secondary.failures.empty());
    QCOMPARE(wire.primary.station.state(), LinkState::Connected);
}

}  // namespace

class TestHdlcStation : public QObject {
    Q_OBJECT
private slots:
    // ------------------------------------------------------------------ connection
    void connectSendsSnrmAndConnectsOnUa() {
        Station primary(primaryConfig());
        Station secondary(secondaryConfig());
        const Actions a1 = primary.connect();
        // SNRM without parameters (all defaults proposed): 7E A0 07 03 21 93 0F 01 7E.
        QCOMPARE(toHex(sentBytes(a1)), std::string("7E A0 07 03 21 93 0F 01 7E"));
        QCOMPARE(only<StartTimer>(a1).size(), std::size_t{1});
        QCOMPARE(only<StartTimer>(a1)[0].id, TimerId::Response);
        QCOMPARE(only<StartTimer>(a1)[0].duration, std::chrono::milliseconds(500));
        QCOMPARE(primary.state(), LinkState::Connecting);

        const Actions a2 = secondary.bytesReceived(sentBytes(a1));
        // UA + F with the negotiated parameters (all defaults), one-byte addresses.
        QCOMPARE(toHex(sentBytes(a2)),
                 std::string("7E A0 20 21 03 73 73 98 81 80 14 05 02 00 80 06 02 00 80 07 04 00 "
                             "00 00 01 08 04 00 00 00 01 CE 6A 7E"));
        QCOMPARE(only<Connected>(a2).size(), std::size_t{1});
        QCOMPARE(only<Connected>(a2)[0].parameters, LinkParameters{});
        QCOMPARE(secondary.state(), LinkState::Connected);

        const Actions a3 = primary.bytesReceived(sentBytes(a2));
        QCOMPARE(only<StopTimer>(a3).size(), std::size_t{1});
        QCOMPARE(only<Connected>(a3).size(), std::size_t{1});
        QCOMPARE(only<Connected>(a3)[0].parameters, LinkParameters{});
        QVERIFY(sentBytes(a3).empty());
        QCOMPARE(primary.state(), LinkState::Connected);
    }

    // A long answer at a low baud rate is not a lost answer: while the secondary's frames (or the
    // bytes of one) keep arriving before the one with the F bit, the primary's Response timer
    // restarts, so it measures silence. Found by bench/omt_bench_link: with window 7 and 1024-byte
    // frames at 9600 baud the client polled again after 1 s and the answer was sent twice.
    void responseTimerRestartsWhileTheAnswerArrives() {
        Station primary(primaryConfig(LinkParameters{128, 128, 3, 3}));
        Station secondary(secondaryConfig(LinkParameters{128, 128, 3, 3}));
        (void)primary.bytesReceived(
            sentBytes(secondary.bytesReceived(sentBytes(primary.connect()))));
        QCOMPARE(primary.state(), LinkState::Connected);
        const Bytes request = sentBytes(primary.send(pattern(10, 1)));
        const Actions received = secondary.bytesReceived(request);
        QCOMPARE(only<ApduReceived>(received).size(), std::size_t{1});
        // The answer: 300 bytes -> three I frames in one window, F on the last.
        const Bytes answer = sentBytes(secondary.send(pattern(300, 2)));
        QVERIFY(answer.size() > 300);
        // 60 bytes: part of the first frame (about 140 bytes). The timer restarts.
        const Actions part = primary.bytesReceived(ByteView(answer).first(60));
        const auto timers = only<StartTimer>(part);
        QCOMPARE(std::count_if(timers.begin(), timers.end(),
                               [](const StartTimer& t) { return t.id == TimerId::Response; }),
                 1);
        // The rest, up to the last frame with F: the APDU is there, nothing was sent again.
        const Actions rest = primary.bytesReceived(ByteView(answer).subspan(60));
        QCOMPARE(only<ApduReceived>(rest).size(), std::size_t{1});
        QCOMPARE(only<ApduReceived>(rest)[0].apdu, pattern(300, 2));
        QCOMPARE(primary.retransmissions(), std::size_t{0});
    }

    void connectNegotiatesProposedParameters() {
        Station primary(primaryConfig(LinkParameters{512, 512, 7, 7}));
        Station secondary(secondaryConfig(LinkParameters{256, 1024, 3, 2}));
        const Bytes snrm = sentBytes(primary.connect());
        const auto snrmFrame = decodeFrame(snrm);
        QCOMPARE(
            toHex(snrmFrame->information),
            std::string("81 80 14 05 02 02 00 06 02 02 00 07 04 00 00 00 07 08 04 00 00 00 07"));
        const Actions a2 = secondary.bytesReceived(snrm);
        // Secondary: transmit min(256, 512), receive min(1024, 512), windows min(3, 7), min(2, 7).
        QCOMPARE(secondary.parameters(), (LinkParameters{256, 512, 3, 2}));
        const Actions a3 = primary.bytesReceived(sentBytes(a2));
        // Primary: transmit what the secondary receives, receive what it transmits.
        QCOMPARE(only<Connected>(a3)[0].parameters, (LinkParameters{512, 256, 2, 3}));
    }

    void connectWithFourByteServerAddress() {
        StationConfig p = primaryConfig();
        p.server = Address::server(1, 0x11, AddressSize::Four);
        StationConfig s = secondaryConfig();
        s.server = p.server;
        Station primary(p);
        Station secondary(s);
        const Bytes snrm = sentBytes(primary.connect());
        QCOMPARE(toHex(snrm), std::string("7E A0 0A 00 02 00 23 21 93 18 71 7E"));  // Kmethy
        const Bytes ua = sentBytes(secondary.bytesReceived(snrm));
        // The worked example's UA exactly.
        QCOMPARE(toHex(ua),
                 std::string("7E A0 23 21 00 02 00 23 73 F6 C5 81 80 14 05 02 00 80 "
                             "06 02 00 80 07 04 00 00 00 01 08 04 00 00 00 01 CE 6A 7E"));
        QCOMPARE(only<Connected>(primary.bytesReceived(ua)).size(), std::size_t{1});
    }

    void anAllStationSnrmTeachesTheMeterAddress() {
        // The client does not know the physical address: it sends the SNRM to the all-station
        // value 0x3FFF; the meter (physical 0x11) answers from its own address, and the link
        // goes on with it.
        StationConfig p = primaryConfig();
        p.server = Address::server(1, kAllStation14, AddressSize::Four);
        StationConfig s = secondaryConfig();
        s.server = Address::server(1, 0x11, AddressSize::Four);
        s.acceptServer = [](const Address& a) {
            return a.upper == 1 && (a.lower == 0x11 || a.lower == kAllStation14);
        };
        Station primary(p);
        Station secondary(s);
        const Bytes snrm = sentBytes(primary.connect());
        const auto ua = decodeFrame(sentBytes(secondary.bytesReceived(snrm)));
        QVERIFY(ua.hasValue());
        QCOMPARE(ua->source, Address::server(1, 0x11, AddressSize::Four));
        QCOMPARE(only<Connected>(primary.bytesReceived(encodeFrame(*ua).value())).size(),
                 std::size_t{1});
        QCOMPARE(primary.serverAddress(), Address::server(1, 0x11, AddressSize::Four));
        // The next frame goes to the address learnt, and the meter takes it.
        const auto i = decodeFrame(sentBytes(primary.send(bytesOf("x"))));
        QVERIFY(i.hasValue());
        QCOMPARE(i->destination, Address::server(1, 0x11, AddressSize::Four));
        // A UA from another logical device, or outside the connect, teaches nothing.
        Station other(p);
        (void)other.connect();
        Frame stranger = *ua;
        stranger.source = Address::server(2, 0x11, AddressSize::Four);
        QVERIFY(only<Connected>(other.bytesReceived(encodeFrame(stranger).value())).empty());
        QCOMPARE(other.serverAddress(), p.server);
    }

    void connectRefusedWithDm() {
        Station primary(primaryConfig());
        (void)primary.connect();
        const Actions a = primary.bytesReceived(hex("7E A0 07 21 03 1F 6B E9 7E"));  // DM + F
        QCOMPARE(failureCodes(a), std::vector<HdlcError>{HdlcError::ConnectionRefused});
        QCOMPARE(only<StopTimer>(a).size(), std::size_t{1});
        QCOMPARE(primary.state(), LinkState::Disconnected);
        QCOMPARE(failureCodes(primary.send(hex("C0 01"))),
                 std::vector<HdlcError>{HdlcError::NotConnected});
    }

    void secondaryAnswersBadParametersWithDm() {
        Station secondary(secondaryConfig());
        // SNRM proposing window 9.
        const Actions a =
            secondary.bytesReceived(toServer(Control::snrm(), hex("81 80 03 07 01 09")));
        QCOMPARE(toHex(sentBytes(a)), std::string("7E A0 07 21 03 1F 6B E9 7E"));
        QCOMPARE(failureCodes(a), std::vector<HdlcError>{HdlcError::BadParameterValue});
        QCOMPARE(secondary.state(), LinkState::Disconnected);
    }

    void unusableUaFailsTheConnection() {
        Station primary(primaryConfig());
        (void)primary.connect();
        const Actions a = primary.bytesReceived(toClient(Control::ua(), hex("81 80 03 05 01 10")));
        QCOMPARE(failureCodes(a), std::vector<HdlcError>{HdlcError::BadParameterValue});
        QCOMPARE(primary.state(), LinkState::Disconnected);
    }

    void connectOnADeadLineGivesLinkLost() {
        Wire wire(primaryConfig(), secondaryConfig());
        wire.line = [](Role, std::size_t, Bytes) -> std::optional<Bytes> { return std::nullopt; };
        QVERIFY(!wire.connect());
        QCOMPARE(wire.primary.failures.size(), std::size_t{1});
        QCOMPARE(wire.primary.failures[0].code, HdlcError::LinkLost);
        // SNRM once and again after each of the 3 retries' timeouts; then given up.
        QCOMPARE(wire.sentByPrimary, std::size_t{4});
        QCOMPARE(wire.now, std::int64_t{4 * 500});
        QCOMPARE(wire.primary.station.state(), LinkState::Disconnected);
    }

    void lostUaIsRecoveredByRepeatingSnrm() {
        Wire wire(primaryConfig(), secondaryConfig());
        wire.line = [](Role from, std::size_t index, Bytes b) -> std::optional<Bytes> {
            if (from == Role::Secondary && index == 0) {
                return std::nullopt;  // the first UA
            }
            return b;
        };
        QVERIFY(wire.connect());
        QCOMPARE(wire.sentByPrimary, std::size_t{2});
        QCOMPARE(wire.secondary.connected.size(), std::size_t{2});  // SNRM again: link reset
        exchangeAndVerify(wire, {10, 300});
    }

    // Issue 19: the retries were charged across frames. An SNRM that needed k repetitions left
    // the AARQ only maxRetries - k (none on a learnt all-station address, which has one), so a
    // little noise on the line killed sessions. Each frame has its own budget.
    void eachFrameHasItsOwnRetryBudget_data() {
        QTest::addColumn<unsigned>("maxRetries");
        QTest::newRow("3 retries") << 3U;
        QTest::newRow("1 retry (learning an address)") << 1U;
    }
    void eachFrameHasItsOwnRetryBudget() {
        QFETCH(unsigned, maxRetries);
        StationConfig p = primaryConfig();
        p.maxRetries = maxRetries;
        Wire wire(p, secondaryConfig());
        // The SNRM is lost maxRetries times (its last repetition arrives), then the first I
        // frame and all but the last of the polls after it are lost too.
        const std::size_t snrmLosses = maxRetries;
        const std::size_t requestLosses = maxRetries;
        wire.line = [&](Role from, std::size_t index, Bytes b) -> std::optional<Bytes> {
            if (from == Role::Primary &&
                (index < snrmLosses ||
                 (index > snrmLosses && index <= snrmLosses + requestLosses))) {
                return std::nullopt;
            }
            return b;
        };
        QVERIFY(wire.connect());
        QCOMPARE(wire.sentByPrimary, snrmLosses + 1);
        exchangeAndVerify(wire, {20});
        // The request frame, maxRetries polls (the last one answered) and the request again:
        // every retry of the budget was used.
        QCOMPARE(wire.sentByPrimary, snrmLosses + 1 + requestLosses + 2);
        // And the budget is per frame, not per link: a second exchange may lose as much again.
        const std::size_t before = wire.sentByPrimary;
        wire.line = [&](Role from, std::size_t index, Bytes b) -> std::optional<Bytes> {
            if (from == Role::Primary && index >= before && index < before + requestLosses) {
                return std::nullopt;
            }
            return b;
        };
        wire.apply(wire.primary, wire.primary.station.send(pattern(30, 9)));
        QVERIFY(wire.run(
            [&] { return wire.primary.apdus.size() >= 2 || !wire.primary.failures.empty(); }));
        QVERIFY(wire.primary.failures.empty());
        QCOMPARE(wire.secondary.apdus.back(), pattern(30, 9));
        QCOMPARE(wire.sentByPrimary, before + requestLosses + 2);
    }

    // A guessed address (address learning) gets one SNRM repetition; once it answered, the
    // link's frames get the full maxRetries: the guess was right.
    void aGuessedAddressGetsFewSnrmsAndThenTheFullBudget() {
        StationConfig p = primaryConfig();
        p.connectRetries = 1;
        Wire silent(p, secondaryConfig());
        silent.line = [](Role, std::size_t, Bytes) -> std::optional<Bytes> { return std::nullopt; };
        QVERIFY(!silent.connect());
        QCOMPARE(silent.sentByPrimary, std::size_t{2});  // SNRM and one repetition
        Wire wire(p, secondaryConfig());
        wire.line = [](Role from, std::size_t index, Bytes b) -> std::optional<Bytes> {
            // The first SNRM, then the request and two polls after it are lost.
            if (from == Role::Primary && (index == 0 || (index >= 2 && index <= 4))) {
                return std::nullopt;
            }
            return b;
        };
        QVERIFY(wire.connect());
        exchangeAndVerify(wire, {20});
    }

    // ------------------------------------------------------------------ data transfer
    void firstRequestIsOneIFrameAndResponseComesWithF() {
        Station secondary = connectedSecondary();
        // I frame N(S) 0 N(R) 0 P with LLC + 01 02 03.
        const Bytes request = hex("7E A0 0F 03 21 10 44 52 E6 E6 00 01 02 03 13 52 7E");
        const Actions a = secondary.bytesReceived(request);
        QCOMPARE(only<ApduReceived>(a).size(), std::size_t{1});
        QCOMPARE(toHex(only<ApduReceived>(a)[0].apdu), std::string("01 02 03"));
        QVERIFY(sentBytes(a).empty());  // the poll is held for the user's response
        const Actions b = secondary.send(hex("C4 01"));
        // I frame N(S) 0, N(R) 1, F (0x30), response LLC E6 E7 00 + C4 01.
        QCOMPARE(toHex(sentBytes(b)),
                 toHex(toClient(Control::i(0, 1, true), hex("E6 E7 00 C4 01"))));
    }

    void exchangesApdusWithEveryWindowSize() {
        for (std::uint32_t w = 1; w <= 7; ++w) {
            Wire wire(primaryConfig(LinkParameters{128, 128, w, w}),
                      secondaryConfig(LinkParameters{200, 150, w, w}));
            QVERIFY(wire.connect());
            // Negotiated: primary sends 128-byte fields (secondary receives up to 150), the
            // secondary sends 128 (the primary receives 128).
            QCOMPARE(wire.primary.connected[0], (LinkParameters{128, 128, w, w}));
            exchangeAndVerify(wire, {0, 1, 2, 124, 125, 126, 127, 128, 129, 300, 1000, 2500, 5000});
            // A 5003-byte request in 128-byte fields: 40 I frames. No loss, no repeats.
            QCOMPARE(wire.primary.station.retransmissions(), std::size_t{0});
            QCOMPARE(wire.secondary.station.retransmissions(), std::size_t{0});
            for (const Frame& f : wire.primary.framesSent) {
                QVERIFY(f.information.size() <= 128);
            }
        }
    }

    void windowLimitsFramesPerPoll() {
        // Window 3: a 10-segment request goes as bursts of 3, 3, 3, 1, each ending with P,
        // each answered by RR with the next expected N(R).
        Wire wire(primaryConfig(LinkParameters{128, 128, 3, 3}),
                  secondaryConfig(LinkParameters{128, 128, 7, 7}));
        QVERIFY(wire.connect());
        wire.responder = respond;
        wire.primary.framesSent.clear();
        wire.secondary.framesSent.clear();
        wire.apply(wire.primary, wire.primary.station.send(pattern(10 * 128 - 3, 1)));
        QVERIFY(wire.run([&] { return !wire.primary.apdus.empty(); }));
        std::vector<bool> polls;
        std::vector<bool> segmented;
        for (const Frame& f : wire.primary.framesSent) {
            if (f.control.type() == FrameType::I) {
                polls.push_back(f.control.pollFinal());
                segmented.push_back(f.segmented);
            }
        }
        QCOMPARE(polls, (std::vector<bool>{false, false, true, false, false, true, false, false,
                                           true, true}));
        QCOMPARE(segmented,
                 (std::vector<bool>{true, true, true, true, true, true, true, true, true, false}));
        // The secondary acknowledged the three full bursts with RR N(R) 3, 6, 1 (9 mod 8).
        std::vector<unsigned> rr;
        for (const Frame& f : wire.secondary.framesSent) {
            if (f.control.type() == FrameType::Rr) {
                QVERIFY(f.control.pollFinal());
                rr.push_back(f.control.nr());
            }
        }
        QCOMPARE(rr, (std::vector<unsigned>{3, 6, 1}));
    }

    void segmentedResponseIsPulledWithRr() {
        // Window 1: the secondary sends one segment per poll; the primary asks for each next
        // one with RR + P carrying the next N(R).
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        wire.responder = [](const Bytes&) { return std::optional<Bytes>(pattern(397, 9)); };
        wire.primary.framesSent.clear();
        wire.apply(wire.primary, wire.primary.station.send(hex("C0 01 C1 00 03")));
        QVERIFY(wire.run([&] { return !wire.primary.apdus.empty(); }));
        QCOMPARE(wire.primary.apdus[0], pattern(397, 9));  // 400 bytes with LLC: 4 segments
        std::vector<std::uint8_t> controls;
        for (const Frame& f : wire.primary.framesSent) {
            controls.push_back(f.control.byte());
        }
        // I(N(S) 0, N(R) 0, P), then after each of the first three segments RR + P with N(R)
        // 1, 2, 3: the next segment expected. The fourth segment ends the APDU: no more polls.
        QCOMPARE(controls, (std::vector<std::uint8_t>{0x10, 0x31, 0x51, 0x71}));
    }

    void pipelinedRequestsAreAnsweredInOrder() {
        Wire wire(primaryConfig(LinkParameters{128, 128, 4, 4}),
                  secondaryConfig(LinkParameters{128, 128, 4, 4}));
        QVERIFY(wire.connect());
        wire.responder = respond;
        std::vector<Bytes> requests;
        for (unsigned i = 0; i < 5; ++i) {
            requests.push_back(pattern(50 + i * 70, i));
            wire.apply(wire.primary, wire.primary.station.send(requests.back()));
        }
        QVERIFY(wire.run([&] { return wire.primary.apdus.size() == 5; }));
        QCOMPARE(wire.secondary.apdus, requests);
        for (unsigned i = 0; i < 5; ++i) {
            QCOMPARE(wire.primary.apdus[i], *respond(requests[i]));
        }
        QVERIFY(wire.run());  // settles: nothing owed, no timer left
        QCOMPARE(wire.primary.station.state(), LinkState::Connected);
    }

    void slowResponderIsPolledUntilItAnswers() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        wire.responder = [](const Bytes&) { return std::nullopt; };  // the meter is thinking
        wire.primary.framesSent.clear();
        wire.secondary.framesSent.clear();
        wire.apply(wire.primary, wire.primary.station.send(hex("C0 01 C1 00 07")));
        // The secondary holds the poll; after the response timeout the primary polls with RR,
        // gets RR (nothing yet), and keeps polling every poll interval.
        QVERIFY(wire.run([&] { return wire.primary.framesSent.size() >= 4; }));
        QCOMPARE(wire.secondary.apdus.size(), std::size_t{1});
        QCOMPARE(wire.primary.framesSent[1].control, Control::rr(0, true));
        QCOMPARE(wire.primary.framesSent[2].control, Control::rr(0, true));
        QCOMPARE(wire.secondary.framesSent[0].control, Control::rr(1, true));
        QVERIFY(wire.now >= 500 + 2 * 50);
        // The answer is queued and goes with the next poll.
        wire.apply(wire.secondary, wire.secondary.station.send(hex("C4 01 C1 00 09 00")));
        QVERIFY(wire.run([&] { return !wire.primary.apdus.empty(); }));
        QCOMPARE(toHex(wire.primary.apdus[0]), std::string("C4 01 C1 00 09 00"));
        QVERIFY(wire.primary.failures.empty());
        QVERIFY(wire.run());  // nothing owed any more: the polling stops
        QCOMPARE(wire.primary.station.state(), LinkState::Connected);
    }

    // ------------------------------------------------------------------ loss and recovery
    void lossyWireRecovers_data() {
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("primaryLoss");  // indices of primary frames: d drop, c corrupt
        QTest::addColumn<QString>("secondaryLoss");
        const QList<int> windows{1, 3, 7};
        for (int w : windows) {
            QTest::addRow("w%d request dropped", w) << w << "d2"
                                                    << "";
            QTest::addRow("w%d response dropped", w) << w << ""
                                                     << "d1";
            QTest::addRow("w%d both corrupted", w) << w << "c3 c8"
                                                   << "c2 c5";
            QTest::addRow("w%d poll lost twice", w) << w << "d4 d5"
                                                    << "d3";
            QTest::addRow("w%d mixed", w) << w << "d2 c6 d11 c15 d20"
                                          << "c1 d4 c9 d13 c17";
        }
    }

    void lossyWireRecovers() {
        QFETCH(int, window);
        QFETCH(QString, primaryLoss);
        QFETCH(QString, secondaryLoss);
        const auto parse = [](const QString& s) {
            std::map<std::size_t, char> m;
            for (const QString& item : s.split(' ', Qt::SkipEmptyParts)) {
                m[item.mid(1).toULong()] = item[0].toLatin1();
            }
            return m;
        };
        const auto lossP = parse(primaryLoss);
        const auto lossS = parse(secondaryLoss);
        const auto w = static_cast<std::uint32_t>(window);
        Wire wire(primaryConfig(LinkParameters{128, 128, w, w}),
                  secondaryConfig(LinkParameters{128, 128, w, w}));
        QVERIFY(wire.connect());
        // Frame indices count from after the connection.
        const std::size_t baseP = wire.sentByPrimary;
        const std::size_t baseS = wire.sentBySecondary;
        std::size_t dropped = 0;
        std::size_t corrupted = 0;
        wire.line = [&](Role from, std::size_t index, Bytes b) -> std::optional<Bytes> {
            const auto& loss = from == Role::Primary ? lossP : lossS;
            const std::size_t i = index - (from == Role::Primary ? baseP : baseS);
            const auto it = loss.find(i);
            if (it == loss.end()) {
                return b;
            }
            if (it->second == 'd') {
                ++dropped;
                return std::nullopt;
            }
            // Corrupt a byte of the FCS or information (never a flag, never the length).
            ++corrupted;
            const std::size_t at = b.size() - 3;
            b[at] = static_cast<std::uint8_t>(b[at] ^ ((b[at] ^ 0x01) == kFlag ? 0x02 : 0x01));
            return b;
        };
        exchangeAndVerify(wire, {20, 300, 700, 5, 1000, 130});
        // Every chosen frame was sent and hit; every corrupted one was caught by its checksum.
        const auto count = [](const std::map<std::size_t, char>& m, char kind) {
            return static_cast<std::size_t>(std::count_if(
                m.begin(), m.end(), [kind](const auto& e) { return e.second == kind; }));
        };
        QCOMPARE(dropped, count(lossP, 'd') + count(lossS, 'd'));
        QCOMPARE(corrupted, count(lossP, 'c') + count(lossS, 'c'));
        QVERIFY(wire.primary.station.badFrames() + wire.secondary.station.badFrames() >= corrupted);
        // Repaired by sending I frames again, or (a lost RR) by the primary's poll on timeout.
        QVERIFY(wire.primary.station.retransmissions() + wire.secondary.station.retransmissions() >
                    0 ||
                wire.now >= 500);
    }

    void randomLossRecovers() {
        for (std::uint32_t w : {1U, 2U, 5U, 7U}) {
            std::mt19937 rng(1000 + w);
            StationConfig p = primaryConfig(LinkParameters{64, 64, w, w});
            p.maxRetries = 12;
            Wire wire(p, secondaryConfig(LinkParameters{64, 64, w, w}));
            QVERIFY(wire.connect());
            std::size_t lost = 0;
            wire.line = [&](Role, std::size_t, Bytes b) -> std::optional<Bytes> {
                const unsigned roll = rng() % 100;
                if (roll < 8) {
                    ++lost;
                    return std::nullopt;
                }
                if (roll < 15) {
                    ++lost;
                    const std::size_t at = 3 + rng() % (b.size() - 4);
                    b[at] =
                        static_cast<std::uint8_t>(b[at] ^ ((b[at] ^ 0x10) == kFlag ? 0x20 : 0x10));
                }
                return b;
            };
            std::vector<std::size_t> sizes;
            for (int i = 0; i < 30; ++i) {
                sizes.push_back(rng() % 900);
            }
            exchangeAndVerify(wire, sizes);
            QVERIFY(lost > 0);
            QVERIFY(wire.primary.station.retransmissions() +
                        wire.secondary.station.retransmissions() >
                    0);
        }
    }

    void deadLineAfterConnectGivesLinkLost() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        const std::size_t before = wire.sentByPrimary;
        wire.line = [](Role, std::size_t, Bytes) -> std::optional<Bytes> { return std::nullopt; };
        const std::int64_t start = wire.now;
        wire.apply(wire.primary, wire.primary.station.send(pattern(10, 1)));
        QVERIFY(wire.run());
        QCOMPARE(wire.primary.failures.size(), std::size_t{1});
        QCOMPARE(wire.primary.failures[0].code, HdlcError::LinkLost);
        // The I frame, then an RR poll after each of the 3 timeouts; the 4th timeout gives up.
        QCOMPARE(wire.sentByPrimary - before, std::size_t{4});
        const auto& sent = wire.primary.framesSent;
        QCOMPARE(sent[sent.size() - 4].control.type(), FrameType::I);
        for (std::size_t i = sent.size() - 3; i < sent.size(); ++i) {
            QCOMPARE(sent[i].control, Control::rr(0, true));
        }
        QCOMPARE(wire.now - start, std::int64_t{4 * 500});
        QCOMPARE(wire.primary.station.state(), LinkState::Disconnected);
    }

    void unexpectedSequenceIsDiscardedAndAnsweredWithRr() {
        Station secondary = connectedSecondary();
        // I frame with N(S) 1 where 0 is expected: discarded, RR + F with N(R) 0.
        Actions a = secondary.bytesReceived(toServer(Control::i(1, 0, true), hex("E6 E6 00 AA")));
        QVERIFY(only<ApduReceived>(a).empty());
        QCOMPARE(toHex(sentBytes(a)), std::string("7E A0 07 21 03 11 15 00 7E"));  // RR N(R)0 F
        // The expected frame is accepted and the poll held for the response.
        a = secondary.bytesReceived(toServer(Control::i(0, 0, true), hex("E6 E6 00 BB")));
        QCOMPARE(only<ApduReceived>(a).size(), std::size_t{1});
        QVERIFY(sentBytes(a).empty());
        a = secondary.send(hex("CC"));
        QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::i(0, 1, true), hex("E6 E7 00 CC"))));
        // The same request again (the primary missed the answer?): a duplicate, acknowledged
        // with RR N(R) 1 and dropped; its N(R) 1 acknowledges the response.
        a = secondary.bytesReceived(toServer(Control::i(0, 1, true), hex("E6 E6 00 BB")));
        QVERIFY(only<ApduReceived>(a).empty());
        QCOMPARE(toHex(sentBytes(a)), std::string("7E A0 07 21 03 31 17 21 7E"));  // RR N(R)1 F
    }

    void secondaryResendsWhatThePollDoesNotAcknowledge() {
        Station secondary = connectedSecondary();
        (void)secondary.bytesReceived(toServer(Control::i(0, 0, true), hex("E6 E6 00 01")));
        const Bytes answer = sentBytes(secondary.send(hex("C4 02")));
        QCOMPARE(toHex(answer), toHex(toClient(Control::i(0, 1, true), hex("E6 E7 00 C4 02"))));
        // The primary did not get it: its poll RR N(R) 0 makes the secondary send it again.
        const Actions a = secondary.bytesReceived(toServer(Control::rr(0, true)));
        QCOMPARE(toHex(sentBytes(a)), toHex(answer));
        QCOMPARE(secondary.retransmissions(), std::size_t{1});
        // Acknowledged now: the next poll is answered with a plain RR.
        QCOMPARE(toHex(sentBytes(secondary.bytesReceived(toServer(Control::rr(1, true))))),
                 toHex(toClient(Control::rr(1, true))));
    }

    // ------------------------------------------------------------------ receiver not ready
    void rnrMakesThePrimaryWaitAndPoll() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        wire.responder = respond;
        wire.apply(wire.secondary, wire.secondary.station.setBusy(true));
        wire.primary.framesSent.clear();
        wire.secondary.framesSent.clear();
        const Bytes request = pattern(40, 3);
        wire.apply(wire.primary, wire.primary.station.send(request));
        // Let the primary poll a busy secondary three times.
        QVERIFY(wire.run([&] {
            return std::count_if(
                       wire.primary.framesSent.begin(), wire.primary.framesSent.end(),
                       [](const Frame& f) { return f.control.type() == FrameType::Rr; }) >= 3;
        }));
        QVERIFY(wire.secondary.apdus.empty());  // nothing accepted while busy
        for (const Frame& f : wire.secondary.framesSent) {
            QCOMPARE(f.control, Control::rnr(0, true));  // RNR + F, N(R) 0
        }
        QVERIFY(wire.now >= 3 * 50);  // polls spaced by the poll interval
        QVERIFY(wire.primary.failures.empty());
        // Ready again: the next poll gets RR, the primary resends its request.
        wire.apply(wire.secondary, wire.secondary.station.setBusy(false));
        QVERIFY(wire.run([&] { return !wire.primary.apdus.empty(); }));
        QCOMPARE(wire.secondary.apdus, std::vector<Bytes>{request});
        QCOMPARE(wire.primary.apdus[0], *respond(request));
        QVERIFY(wire.primary.station.retransmissions() >= 1);
    }

    // ------------------------------------------------------------------ disconnection
    void disconnectExchangesDiscAndUa() {
        Station primary(primaryConfig());
        Station secondary(secondaryConfig());
        (void)primary.bytesReceived(
            sentBytes(secondary.bytesReceived(sentBytes(primary.connect()))));
        QCOMPARE(primary.state(), LinkState::Connected);
        const Actions a1 = primary.disconnect();
        QCOMPARE(toHex(sentBytes(a1)), std::string("7E A0 07 03 21 53 03 C7 7E"));  // DISC + P
        QCOMPARE(primary.state(), LinkState::Disconnecting);
        const Actions a2 = secondary.bytesReceived(sentBytes(a1));
        QCOMPARE(toHex(sentBytes(a2)), std::string("7E A0 07 21 03 73 01 40 7E"));  // UA + F
        QCOMPARE(only<Disconnected>(a2).size(), std::size_t{1});
        QCOMPARE(only<Disconnected>(a2)[0].reason, DisconnectReason::ByPeer);
        const Actions a3 = primary.bytesReceived(sentBytes(a2));
        QCOMPARE(only<Disconnected>(a3).size(), std::size_t{1});
        QCOMPARE(only<Disconnected>(a3)[0].reason, DisconnectReason::Requested);
        QCOMPARE(primary.state(), LinkState::Disconnected);
        // DISC to a disconnected secondary is answered with DM, which also ends the primary's
        // disconnection.
        Station other(primaryConfig());
        Station idle(secondaryConfig());
        (void)other.bytesReceived(toClient(Control::ua()));  // ignored: not connecting
        QCOMPARE(other.ignoredFrames(), std::size_t{1});
        QCOMPARE(toHex(sentBytes(idle.bytesReceived(toServer(Control::disc())))),
                 std::string("7E A0 07 21 03 1F 6B E9 7E"));
    }

    void disconnectWaitsForTheFinalFrame() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        wire.responder = respond;
        wire.apply(wire.primary, wire.primary.station.send(pattern(500, 2)));
        wire.apply(wire.primary, wire.primary.station.disconnect());  // while the poll is out
        QCOMPARE(wire.primary.station.state(), LinkState::Connected);
        QVERIFY(wire.run());
        QCOMPARE(wire.primary.disconnects,
                 std::vector<DisconnectReason>{DisconnectReason::Requested});
        QCOMPARE(wire.secondary.disconnects,
                 std::vector<DisconnectReason>{DisconnectReason::ByPeer});
        QCOMPARE(wire.primary.framesSent.back().control, Control::disc());
        QVERIFY(wire.primary.failures.empty());
    }

    void lostUaOfDiscIsRecovered() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        const std::size_t baseS = wire.sentBySecondary;
        wire.line = [&](Role from, std::size_t index, Bytes b) -> std::optional<Bytes> {
            if (from == Role::Secondary && index == baseS) {
                return std::nullopt;
            }
            return b;
        };
        wire.apply(wire.primary, wire.primary.station.disconnect());
        QVERIFY(wire.run());
        // DISC, lost UA, DISC again, DM (the secondary is disconnected by then).
        QCOMPARE(wire.primary.disconnects,
                 std::vector<DisconnectReason>{DisconnectReason::Requested});
        QCOMPARE(wire.secondary.framesSent.back().control, Control::dm());
    }

    void secondaryAnswersDmWhenDisconnected() {
        Station secondary(secondaryConfig());
        const Actions a =
            secondary.bytesReceived(toServer(Control::i(0, 0, true), hex("E6 E6 00 01")));
        QCOMPARE(toHex(sentBytes(a)), std::string("7E A0 07 21 03 1F 6B E9 7E"));
        QVERIFY(only<ApduReceived>(a).empty());
        // Without the poll bit, nothing is said.
        QVERIFY(secondary.bytesReceived(toServer(Control::rr(0, false))).empty());
    }

    void primaryLearnsOfDmDuringTransfer() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        wire.apply(wire.secondary, wire.secondary.station.disconnect());  // e.g. a meter reset
        QCOMPARE(wire.secondary.disconnects,
                 std::vector<DisconnectReason>{DisconnectReason::Requested});
        wire.apply(wire.primary, wire.primary.station.send(pattern(5, 5)));
        QVERIFY(wire.run());
        QCOMPARE(wire.primary.disconnects, std::vector<DisconnectReason>{DisconnectReason::ByPeer});
        QCOMPARE(wire.primary.station.state(), LinkState::Disconnected);
    }

    void inactivityTimeoutDisconnectsTheSecondary() {
        StationConfig config = secondaryConfig();
        config.inactivityTimeout = 5000ms;
        Station secondary(config);
        const Actions a = secondary.bytesReceived(toServer(Control::snrm()));
        const auto timers = only<StartTimer>(a);
        QCOMPARE(timers.size(), std::size_t{1});
        QCOMPARE(timers[0].id, TimerId::Inactivity);
        QCOMPARE(timers[0].duration, std::chrono::milliseconds(5000));
        // Every frame restarts it.
        QCOMPARE(only<StartTimer>(secondary.bytesReceived(toServer(Control::rr(0, true)))).size(),
                 std::size_t{1});
        const Actions expired = secondary.timerExpired(TimerId::Inactivity);
        QCOMPARE(only<Disconnected>(expired).size(), std::size_t{1});
        QCOMPARE(only<Disconnected>(expired)[0].reason, DisconnectReason::InactivityTimeout);
        QVERIFY(sentBytes(expired).empty());  // a secondary never speaks unpolled
        QCOMPARE(secondary.state(), LinkState::Disconnected);
        QCOMPARE(toHex(sentBytes(secondary.bytesReceived(toServer(Control::rr(0, true))))),
                 std::string("7E A0 07 21 03 1F 6B E9 7E"));
    }

    // ------------------------------------------------------------------ frame reject
    void secondaryRejectsUndefinedControlWithFrmr() {
        Station secondary = connectedSecondary();
        // REJ N(R) 0 + P (0x19): not used by IEC 62056-46.
        Actions a = secondary.bytesReceived(toServer(Control::fromByte(0x19)));
        // FRMR + F, information: rejected control 19, V(R) 0 C/R 0 V(S) 0, W.
        QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::frmr(), hex("19 00 01"))));
        QCOMPARE(failureCodes(a), std::vector<HdlcError>{HdlcError::ProtocolError});
        QCOMPARE(secondary.state(), LinkState::FrameReject);
        // Every further poll gets the same FRMR, until SNRM or DISC.
        a = secondary.bytesReceived(toServer(Control::rr(0, true)));
        QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::frmr(), hex("19 00 01"))));
        a = secondary.bytesReceived(toServer(Control::snrm()));
        QCOMPARE(decodeFrame(sentBytes(a))->control, Control::ua());
        QCOMPARE(secondary.state(), LinkState::Connected);
    }

    void secondaryRejectsMalformedCommands() {
        {  // RR with an information field: W + X.
            Station s = connectedSecondary();
            const Actions a = s.bytesReceived(toServer(Control::rr(0, true), hex("01 02")));
            QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::frmr(), hex("11 00 03"))));
        }
        {  // I frame longer than the negotiated 128 bytes: Y.
            Station s = connectedSecondary();
            const Actions a = s.bytesReceived(toServer(Control::i(0, 0, true), Bytes(129, 0xE6)));
            QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::frmr(), hex("10 00 04"))));
        }
        {  // N(R) 3 acknowledges frames never sent: Z. V(R) is 1 after one accepted frame.
            Station s = connectedSecondary();
            (void)s.bytesReceived(toServer(Control::i(0, 0, false), hex("E6 E6 00 01"), true));
            const Actions a = s.bytesReceived(toServer(Control::rr(3, true)));
            QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::frmr(), hex("71 20 08"))));
        }
        {  // UA is a response, not a command: W. Without P the FRMR waits for the next poll.
            Station s = connectedSecondary();
            Actions a = s.bytesReceived(toServer(Control::ua(false)));
            QVERIFY(sentBytes(a).empty());
            QCOMPARE(s.state(), LinkState::FrameReject);
            a = s.bytesReceived(toServer(Control::rr(0, true)));
            QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::frmr(), hex("63 00 01"))));
            // DISC leaves the condition.
            a = s.bytesReceived(toServer(Control::disc()));
            QCOMPARE(decodeFrame(sentBytes(a))->control, Control::ua());
            QCOMPARE(s.state(), LinkState::Disconnected);
        }
    }

    void primaryFailsOnFrmr() {
        Wire wire(primaryConfig(), secondaryConfig());
        QVERIFY(wire.connect());
        wire.line = [](Role from, std::size_t, Bytes b) -> std::optional<Bytes> {
            if (from == Role::Primary && decodeFrame(b)->control.type() == FrameType::I) {
                // The secondary sees an undefined command instead of the I frame.
                return toServer(Control::fromByte(0x1D));  // SREJ + P
            }
            return b;
        };
        wire.apply(wire.primary, wire.primary.station.send(pattern(5, 1)));
        QVERIFY(wire.run());
        QCOMPARE(wire.primary.failures.size(), std::size_t{1});
        QCOMPARE(wire.primary.failures[0].code, HdlcError::FrameRejected);
        QCOMPARE(wire.primary.failures[0].detail, std::string("FRMR 1D 00 01"));
        QCOMPARE(wire.primary.station.state(), LinkState::Disconnected);
        // The primary sent DISC to clear the secondary's frame reject condition.
        QCOMPARE(wire.secondary.station.state(), LinkState::Disconnected);
    }

    void primaryRejectsAcknowledgementOfUnsentFrames() {
        Station primary(primaryConfig());
        (void)primary.connect();
        (void)primary.bytesReceived(toClient(Control::ua()));
        (void)primary.send(hex("01"));
        const Actions a = primary.bytesReceived(toClient(Control::rr(5, true)));
        QCOMPARE(failureCodes(a), std::vector<HdlcError>{HdlcError::ProtocolError});
        QCOMPARE(primary.state(), LinkState::Disconnected);
    }

    // ------------------------------------------------------------------ addressing and misc
    void framesForOtherStationsAreIgnored() {
        Station secondary(secondaryConfig());
        // SNRM to server 2 (05) and to server 1 / physical 0x11 (02 23): not for us.
        QVERIFY(secondary.bytesReceived(frameBytes(Address::server(2), kClient, Control::snrm()))
                    .empty());
        QVERIFY(
            secondary.bytesReceived(frameBytes(Address::server(1, 0x11), kClient, Control::snrm()))
                .empty());
        QCOMPARE(secondary.ignoredFrames(), std::size_t{2});
        QCOMPARE(secondary.state(), LinkState::Disconnected);
        // Connected with client 0x10, frames from client 0x01 are ignored too.
        (void)secondary.bytesReceived(toServer(Control::snrm()));
        QVERIFY(secondary
                    .bytesReceived(frameBytes(kServer, Address::client(0x01), Control::rr(0, true)))
                    .empty());
        // The primary ignores answers from another server.
        Station primary(primaryConfig());
        (void)primary.connect();
        const Actions a =
            primary.bytesReceived(frameBytes(kClient, Address::server(2), Control::ua()));
        QVERIFY(a.empty());
        QCOMPARE(primary.state(), LinkState::Connecting);
        QCOMPARE(primary.ignoredFrames(), std::size_t{1});
    }

    void addressFiltersChooseServersAndClients() {
        StationConfig config = secondaryConfig();
        // Logical device 1 answers physical 0x11, no physical address, or the all-station one;
        // only clients 0x10 and 0x20 may connect.
        config.acceptServer = [](const Address& a) {
            return a.upper == 1 && (a.size == AddressSize::One || a.lower == 0x11 ||
                                    a.lower == kAllStation7 || a.lower == kAllStation14);
        };
        config.acceptClient = [](const Address& c) { return c.upper == 0x10 || c.upper == 0x20; };
        Station secondary(config);
        // 02 25 (physical 0x12) and 05 (logical 2): not us, no answer.
        QVERIFY(
            secondary.bytesReceived(frameBytes(Address::server(1, 0x12), kClient, Control::snrm()))
                .empty());
        QVERIFY(secondary.bytesReceived(frameBytes(Address::server(2), kClient, Control::snrm()))
                    .empty());
        QCOMPARE(secondary.ignoredFrames(), std::size_t{2});
        // SNRM from client 0x30 (61) to 02 23: DM from 02 23 back to 61.
        const Address physical = Address::server(1, 0x11);
        Actions a =
            secondary.bytesReceived(frameBytes(physical, Address::client(0x30), Control::snrm()));
        QCOMPARE(sentBytes(a), frameBytes(Address::client(0x30), physical, Control::dm(true)));
        QCOMPARE(secondary.refusedConnections(), std::size_t{1});
        QCOMPARE(secondary.state(), LinkState::Disconnected);
        // Client 0x20 to the all-station address 00 02 7F FF: UA from the address it used.
        const Address broadcast = Address::server(1, kAllStation14, AddressSize::Four);
        a = secondary.bytesReceived(frameBytes(broadcast, Address::client(0x20), Control::snrm()));
        QCOMPARE(only<Connected>(a).size(), std::size_t{1});
        const auto ua = decodeFrame(sentBytes(a));
        QVERIFY(ua.hasValue());
        QCOMPARE(ua->destination, Address::client(0x20));
        QCOMPARE(ua->source, broadcast);
        QCOMPARE(secondary.peer(), Address::client(0x20));
        // While connected, a refused client's SNRM does not break the link.
        a = secondary.bytesReceived(frameBytes(physical, Address::client(0x30), Control::snrm()));
        QCOMPARE(only<Connected>(a).size(), std::size_t{0});
        QCOMPARE(secondary.state(), LinkState::Connected);
        QCOMPARE(secondary.peer(), Address::client(0x20));
        QCOMPARE(secondary.refusedConnections(), std::size_t{2});
    }

    void noiseIsCountedNotAnswered() {
        Station secondary = connectedSecondary();
        Bytes bad = toServer(Control::rr(0, true));
        bad[bad.size() - 2] ^= 0xFF;  // FCS
        QVERIFY(secondary.bytesReceived(bad).empty());
        QCOMPARE(secondary.badFrames(), std::size_t{1});
    }

    void commandsInTheWrongStateAreRefused() {
        Station primary(primaryConfig());
        QCOMPARE(failureCodes(primary.send(hex("01"))),
                 std::vector<HdlcError>{HdlcError::NotConnected});
        QCOMPARE(failureCodes(primary.disconnect()),
                 std::vector<HdlcError>{HdlcError::InvalidState});
        (void)primary.connect();
        QCOMPARE(failureCodes(primary.connect()), std::vector<HdlcError>{HdlcError::InvalidState});
        Station secondary(secondaryConfig());
        QCOMPARE(failureCodes(secondary.connect()),
                 std::vector<HdlcError>{HdlcError::InvalidState});
        QCOMPARE(failureCodes(secondary.send(hex("01"))),
                 std::vector<HdlcError>{HdlcError::NotConnected});
        StationConfig bad = primaryConfig();
        bad.server = Address{0x200, 0, AddressSize::One};
        Station unencodable(bad);
        QCOMPARE(failureCodes(unencodable.connect()),
                 std::vector<HdlcError>{HdlcError::InvalidAddress});
        QCOMPARE(unencodable.state(), LinkState::Disconnected);
    }

    void staleTimerExpiriesAreIgnored() {
        Station primary(primaryConfig());
        QVERIFY(primary.timerExpired(TimerId::Response).empty());
        QVERIFY(primary.timerExpired(TimerId::Poll).empty());
        (void)primary.connect();
        (void)primary.bytesReceived(toClient(Control::ua()));  // stops the Response timer
        QVERIFY(primary.timerExpired(TimerId::Response).empty());
        QVERIFY(primary.timerExpired(static_cast<TimerId>(9)).empty());
    }

    void missingLlcHeaderIsReported() {
        Station secondary = connectedSecondary();
        const Actions a =
            secondary.bytesReceived(toServer(Control::i(0, 0, true), hex("C0 01 C1")));
        QCOMPARE(failureCodes(a), std::vector<HdlcError>{HdlcError::MissingLlcHeader});
        QVERIFY(only<ApduReceived>(a).empty());
        // Not an APDU to answer: the poll gets RR N(R) 1 at once.
        QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::rr(1, true))));
        // Without LLC configured, the same information is the APDU.
        StationConfig raw = secondaryConfig();
        raw.llc = false;
        Station plain = connectedSecondary(raw);
        const Actions b = plain.bytesReceived(toServer(Control::i(0, 0, true), hex("C0 01 C1")));
        QCOMPARE(only<ApduReceived>(b).size(), std::size_t{1});
        QCOMPARE(toHex(only<ApduReceived>(b)[0].apdu), std::string("C0 01 C1"));
    }

    void oversizeApduIsDroppedAndTheLinkGoesOn() {
        StationConfig s = secondaryConfig();
        s.maxApduSize = 300;
        Wire wire(primaryConfig(), s);
        QVERIFY(wire.connect());
        wire.responder = respond;
        wire.apply(wire.primary, wire.primary.station.send(pattern(600, 1)));
        QVERIFY(wire.run([&] { return !wire.secondary.failures.empty(); }));
        QCOMPARE(wire.secondary.failures[0].code, HdlcError::ApduTooLarge);
        QVERIFY(wire.secondary.apdus.empty());
        // The rest of that APDU is drained; the next request is served normally.
        const Bytes small = pattern(20, 2);
        wire.apply(wire.primary, wire.primary.station.send(small));
        QVERIFY(wire.run([&] { return !wire.primary.apdus.empty(); }));
        QCOMPARE(wire.secondary.apdus, std::vector<Bytes>{small});
        QCOMPARE(wire.primary.apdus[0], *respond(small));
    }

    void frameCutShortIsDroppedAfterTheInterOctetTimeout() {
        Station secondary = connectedSecondary();
        const Bytes rr = toServer(Control::rr(0, true));
        // Half a frame: the inter-octet timer starts.
        Actions a = secondary.bytesReceived(ByteView(rr).first(5));
        QCOMPARE(only<StartTimer>(a).size(), std::size_t{1});
        QCOMPARE(only<StartTimer>(a)[0].id, TimerId::InterOctet);
        QCOMPARE(only<StartTimer>(a)[0].duration, std::chrono::milliseconds(25));
        // Silence: the partial frame is dropped, so the next frame is read on its own.
        QVERIFY(secondary.timerExpired(TimerId::InterOctet).empty());
        QCOMPARE(secondary.badFrames(), std::size_t{1});
        a = secondary.bytesReceived(rr);
        QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::rr(0, true))));
        QVERIFY(only<StartTimer>(a).empty());
        // The rest of a frame arriving in time stops the timer.
        secondary.bytesReceived(ByteView(rr).first(4));
        a = secondary.bytesReceived(ByteView(rr).subspan(4));
        QCOMPARE(only<StopTimer>(a).size(), std::size_t{1});
        QCOMPARE(only<StopTimer>(a)[0].id, TimerId::InterOctet);
        QCOMPARE(toHex(sentBytes(a)), toHex(toClient(Control::rr(0, true))));
    }

    void namesAreStable() {
        QCOMPARE(std::string(nameOf(LinkState::FrameReject)), std::string("frame-reject"));
        QCOMPARE(std::string(nameOf(DisconnectReason::InactivityTimeout)),
                 std::string("inactivity-timeout"));
    }
};

QTEST_GUILESS_MAIN(TestHdlcStation)
#include "tst_hdlc_station.moc"
