#include "protocol/hdlc/station.h"

#include <algorithm>
#include <utility>

#include "protocol/hdlc/llc.h"

namespace omt::hdlc {

namespace {

// FRMR information field, third byte (ISO/IEC 13239 modulo 8).
constexpr std::uint8_t kFrmrW = 0x01;  // control field undefined or not implemented
constexpr std::uint8_t kFrmrX = 0x02;  // information field in a frame that does not permit it
constexpr std::uint8_t kFrmrY = 0x04;  // information field too long
constexpr std::uint8_t kFrmrZ = 0x08;  // invalid N(R)

std::size_t timerIndex(TimerId id) {
    return static_cast<std::size_t>(id);
}

}  // namespace

const char* nameOf(LinkState s) {
    switch (s) {
        case LinkState::Disconnected:
            return "disconnected";
        case LinkState::Connecting:
            return "connecting";
        case LinkState::Connected:
            return "connected";
        case LinkState::Disconnecting:
            return "disconnecting";
        case LinkState::FrameReject:
            return "frame-reject";
    }
    return "unknown";
}

const char* nameOf(DisconnectReason r) {
    switch (r) {
        case DisconnectReason::Requested:
            return "requested";
        case DisconnectReason::ByPeer:
            return "by-peer";
        case DisconnectReason::InactivityTimeout:
            return "inactivity-timeout";
    }
    return "unknown";
}

Station::Station(StationConfig config)
    : m_config(std::move(config)), m_self(m_config.server), m_reassembler(m_config.maxApduSize) {
    m_peer = m_config.client;
}

Actions Station::take() {
    Actions out = std::move(m_out);
    m_out.clear();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Commands

Actions Station::connect() {
    if (!isPrimary() || m_state != LinkState::Disconnected) {
        fail(HdlcError::InvalidState,
             isPrimary() ? "connect while not disconnected" : "connect on a secondary station");
        return take();
    }
    resetLink();
    m_retries = 0;
    m_state = LinkState::Connecting;
    if (!sendUnnumbered(Control::snrm(true), m_config.parameters.isDefault()
                                                 ? Bytes{}
                                                 : encodeLinkParameters(m_config.parameters))) {
        m_state = LinkState::Disconnected;
        return take();
    }
    startTimer(TimerId::Response);
    return take();
}

Actions Station::send(ByteView apdu) {
    if (m_state != LinkState::Connected) {
        fail(HdlcError::NotConnected, "send while " + std::string(nameOf(m_state)));
        return take();
    }
    const Bytes payload = m_config.llc ? addLlcHeader(apdu, isPrimary() ? LlcDirection::Request
                                                                        : LlcDirection::Response)
                                       : Bytes(apdu.begin(), apdu.end());
    const std::size_t segmentSize = std::min<std::size_t>(
        m_params.maxInfoTransmit, maxInformationLength(peerAddress(), localAddress()));
    for (auto& segment : segmentApdu(payload, segmentSize)) {
        m_tx.push_back(std::move(segment));
    }
    if (isPrimary()) {
        ++m_repliesOwed;
        if (!m_awaitingFinal) {
            stopTimer(TimerId::Poll);
            primaryTransmit();
        }
    } else if (m_pollPending) {
        m_pollPending = false;
        sendIBurst(true);
    }
    return take();
}

Actions Station::disconnect() {
    if (m_state == LinkState::Disconnected) {
        fail(HdlcError::InvalidState, "disconnect while disconnected");
        return take();
    }
    if (!isPrimary()) {
        stopAllTimers();
        goDisconnected();
        m_out.emplace_back(Disconnected{DisconnectReason::Requested});
        return take();
    }
    if (m_state == LinkState::Disconnecting || m_disconnectPending) {
        return take();  // already under way
    }
    if (m_state == LinkState::Connected && m_awaitingFinal) {
        m_disconnectPending = true;  // the secondary holds the line; DISC goes when it is back
        return take();
    }
    stopAllTimers();
    sendDisc();
    return take();
}

Actions Station::setBusy(bool busy) {
    m_localBusy = busy;
    if (isPrimary() && !busy && m_state == LinkState::Connected && !m_awaitingFinal) {
        stopTimer(TimerId::Poll);
        primaryTransmit();
    }
    return take();
}

// ---------------------------------------------------------------------------------------------
// Line and timers

Actions Station::bytesReceived(ByteView bytes) {
    const std::size_t framesBefore = m_goodFramesFromPeer;
    for (auto& result : m_deframer.feed(bytes)) {
        if (!result) {
            ++m_badFrames;
            continue;
        }
        onFrame(*result);
    }
    // The secondary is still sending (a frame arriving, or frames before the one with the F
    // bit): a long answer at a low baud rate (a window of 7 frames of 1024 bytes takes 7.5 s at
    // 9600 baud) is not a lost answer. The Response timer measures silence, so it restarts.
    if (isPrimary() && m_awaitingFinal && m_timerRunning[timerIndex(TimerId::Response)] &&
        (m_deframer.inFrame() || m_goodFramesFromPeer != framesBefore)) {
        startTimer(TimerId::Response);
    }
    if (m_deframer.inFrame() && m_config.interOctetTimeout.count() > 0) {
        startTimer(TimerId::InterOctet);
    } else {
        stopTimer(TimerId::InterOctet);
    }
    return take();
}

Actions Station::timerExpired(TimerId id) {
    const std::size_t index = timerIndex(id);
    if (index >= kTimerCount || !m_timerRunning[index]) {
        return take();  // stopped or restarted since: a stale expiry
    }
    m_timerRunning[index] = false;
    switch (id) {
        case TimerId::Response:
            if (!isPrimary()) {
                break;
            }
            if (m_state == LinkState::Connecting || m_state == LinkState::Disconnecting ||
                (m_state == LinkState::Connected && m_awaitingFinal)) {
                const unsigned limit = m_state == LinkState::Connecting
                                           ? m_config.connectRetries.value_or(m_config.maxRetries)
                                           : m_config.maxRetries;
                if (++m_retries > limit) {
                    linkLost(m_state == LinkState::Connecting      ? "no answer to SNRM"
                             : m_state == LinkState::Disconnecting ? "no answer to DISC"
                                                                   : "no answer to poll");
                    break;
                }
                if (m_state == LinkState::Connecting) {
                    sendUnnumbered(Control::snrm(true),
                                   m_config.parameters.isDefault()
                                       ? Bytes{}
                                       : encodeLinkParameters(m_config.parameters));
                } else if (m_state == LinkState::Disconnecting) {
                    sendUnnumbered(Control::disc(true));
                } else {
                    sendSupervisory(true);  // poll to learn N(R); the answer triggers resending
                }
                startTimer(TimerId::Response);
            }
            break;
        case TimerId::Poll:
            if (isPrimary() && m_state == LinkState::Connected && !m_awaitingFinal) {
                if (m_disconnectPending || (!m_peerBusy && m_txSent < m_tx.size())) {
                    primaryTransmit();
                } else {
                    sendPoll();
                }
            }
            break;
        case TimerId::InterOctet:
            if (m_deframer.reset()) {
                ++m_badFrames;  // a frame cut short
            }
            break;
        case TimerId::Inactivity:
            if (!isPrimary() &&
                (m_state == LinkState::Connected || m_state == LinkState::FrameReject)) {
                stopAllTimers();
                goDisconnected();
                m_out.emplace_back(Disconnected{DisconnectReason::InactivityTimeout});
            }
            break;
    }
    return take();
}

void Station::onFrame(const Frame& frame) {
    if (isPrimary()) {
        onFramePrimary(frame);
    } else {
        onFrameSecondary(frame);
    }
}

// ---------------------------------------------------------------------------------------------
// Primary

namespace {

/// A server address whose physical (lower) part is the all-station value.
bool physicalAllStation(const Address& a) {
    return (a.size == AddressSize::Two && a.lower == kAllStation7) ||
           (a.size == AddressSize::Four && a.lower == kAllStation14);
}

}  // namespace

void Station::onFramePrimary(const Frame& frame) {
    // An SNRM to the all-station physical address is answered by the meter from its own
    // address: the UA teaches the link which one it is.
    const bool learning =
        m_state == LinkState::Connecting && frame.control.type() == FrameType::Ua &&
        physicalAllStation(m_config.server) && frame.source.upper == m_config.server.upper &&
        !physicalAllStation(frame.source);
    if (!frame.destination.sameStation(m_config.client) ||
        (!frame.source.sameStation(m_config.server) && !learning)) {
        ++m_ignoredFrames;
        return;
    }
    if (learning) {
        m_config.server = frame.source;
    }
    ++m_goodFramesFromPeer;
    const FrameType type = frame.control.type();
    switch (m_state) {
        case LinkState::Connecting:
            if (type == FrameType::Ua) {
                stopTimer(TimerId::Response);
                auto peer = decodeLinkParameters(frame.information);
                if (!peer) {
                    goDisconnected();
                    m_out.emplace_back(Failed{peer.error()});
                    return;
                }
                resetLink();
                m_retries = 0;  // the SNRM's retries are spent: the next frame has its own
                m_params = negotiate(m_config.parameters, *peer);
                m_state = LinkState::Connected;
                m_out.emplace_back(Connected{m_params});
            } else if (type == FrameType::Dm) {
                stopAllTimers();
                goDisconnected();
                fail(HdlcError::ConnectionRefused, "DM in answer to SNRM");
            } else {
                ++m_ignoredFrames;
            }
            return;
        case LinkState::Disconnecting:
            if (type == FrameType::Ua || type == FrameType::Dm) {
                stopAllTimers();
                goDisconnected();
                m_out.emplace_back(Disconnected{DisconnectReason::Requested});
            } else {
                ++m_ignoredFrames;
            }
            return;
        case LinkState::Connected:
            break;
        case LinkState::Disconnected:
        case LinkState::FrameReject:
            ++m_ignoredFrames;
            return;
    }
    if (!m_awaitingFinal) {
        ++m_ignoredFrames;  // a late answer: the poll has come back already
        return;
    }
    switch (type) {
        case FrameType::I:
        case FrameType::Rr:
        case FrameType::Rnr:
            if (!nrValid(frame.control.nr())) {
                stopAllTimers();
                sendUnnumbered(Control::disc(true));
                goDisconnected();
                fail(HdlcError::ProtocolError, "N(R) acknowledges frames never sent");
                return;
            }
            acknowledge(frame.control.nr());
            if (type == FrameType::I) {
                receiveInformation(frame);
            } else {
                m_peerBusy = type == FrameType::Rnr;
            }
            break;
        case FrameType::Frmr:
            stopAllTimers();
            sendUnnumbered(Control::disc(true));
            goDisconnected();
            fail(HdlcError::FrameRejected, "FRMR " + toHex(frame.information));
            return;
        case FrameType::Dm:
            stopAllTimers();
            goDisconnected();
            m_out.emplace_back(Disconnected{DisconnectReason::ByPeer});
            return;
        default:
            ++m_ignoredFrames;
            return;
    }
    if (frame.control.pollFinal()) {
        onFinal();
    }
}

void Station::onFinal() {
    m_awaitingFinal = false;
    stopTimer(TimerId::Response);
    m_retries = 0;
    rewind();  // whatever the secondary has not acknowledged by now was lost
    primaryTransmit();
}

void Station::primaryTransmit() {
    if (m_disconnectPending) {
        m_disconnectPending = false;
        stopAllTimers();
        sendDisc();
        return;
    }
    if (!m_peerBusy && m_txSent < m_tx.size()) {
        m_retries = 0;  // a new burst: its own retry budget
        sendIBurst(true);
        m_awaitingFinal = true;
        startTimer(TimerId::Response);
        return;
    }
    const bool needMore = m_reassembler.inProgress() || m_sequenceError;
    if (needMore && !m_localBusy) {
        sendPoll();
        return;
    }
    if (needMore || m_repliesOwed > 0 || m_txSent < m_tx.size()) {
        startTimer(TimerId::Poll);  // the secondary is busy or has nothing yet: ask again later
    }
}

void Station::sendPoll() {
    sendSupervisory(true);
    m_awaitingFinal = true;
    startTimer(TimerId::Response);
}

void Station::sendDisc() {
    m_state = LinkState::Disconnecting;
    m_retries = 0;
    m_awaitingFinal = false;
    sendUnnumbered(Control::disc(true));
    startTimer(TimerId::Response);
}

// ---------------------------------------------------------------------------------------------
// Secondary

void Station::onFrameSecondary(const Frame& frame) {
    const bool forUs = m_config.acceptServer ? m_config.acceptServer(frame.destination)
                                             : frame.destination.sameStation(m_config.server);
    if (!forUs) {
        ++m_ignoredFrames;  // another station's frame: a secondary stays silent
        return;
    }
    const FrameType type = frame.control.type();
    if (type == FrameType::Snrm) {
        if (m_config.acceptClient && !m_config.acceptClient(frame.source)) {
            ++m_refusedConnections;  // not a client of this station: DM, the link stays as it is
            sendFrame(Frame{frame.source, frame.destination, Control::dm(true), false, {}});
            return;
        }
        secondaryConnect(frame);
        return;
    }
    if (m_state == LinkState::Disconnected) {
        if (type == FrameType::Disc || frame.control.pollFinal()) {
            sendFrame(Frame{frame.source, frame.destination, Control::dm(true), false, {}});
        } else {
            ++m_ignoredFrames;
        }
        return;
    }
    if (!frame.source.sameStation(m_peer)) {
        ++m_ignoredFrames;  // a client other than the one connected
        return;
    }
    if (m_config.inactivityTimeout.count() > 0) {
        startTimer(TimerId::Inactivity);
    }
    if (type == FrameType::Disc) {
        sendUnnumbered(Control::ua(frame.control.pollFinal()));
        stopAllTimers();
        goDisconnected();
        m_out.emplace_back(Disconnected{DisconnectReason::ByPeer});
        return;
    }
    if (m_state == LinkState::FrameReject) {
        if (frame.control.pollFinal()) {
            sendUnnumbered(Control::frmr(true), m_frmrInfo);
        }
        return;
    }
    std::uint8_t reasons = 0;
    switch (type) {
        case FrameType::I:
            if (frame.information.size() > m_params.maxInfoReceive) {
                reasons = kFrmrY;
            } else if (!nrValid(frame.control.nr())) {
                reasons = kFrmrZ;
            }
            break;
        case FrameType::Rr:
        case FrameType::Rnr:
            if (!frame.information.empty()) {
                reasons = kFrmrW | kFrmrX;
            } else if (!nrValid(frame.control.nr())) {
                reasons = kFrmrZ;
            }
            break;
        case FrameType::Ui:
            if (frame.information.size() > m_params.maxInfoReceive) {
                reasons = kFrmrY;
            }
            break;
        default:  // UA, DM, FRMR are responses, not commands; Unknown is undefined
            reasons = kFrmrW;
            break;
    }
    if (reasons != 0) {
        secondaryReject(frame, reasons);
        return;
    }
    switch (type) {
        case FrameType::I:
            acknowledge(frame.control.nr());
            receiveInformation(frame);
            break;
        case FrameType::Rr:
        case FrameType::Rnr:
            acknowledge(frame.control.nr());
            m_peerBusy = type == FrameType::Rnr;
            break;
        case FrameType::Ui:
            if (!frame.information.empty()) {
                deliverApdu(frame.information, false);
            }
            break;
        default:
            break;
    }
    if (frame.control.pollFinal()) {
        respondToPoll();
    }
}

void Station::secondaryConnect(const Frame& snrm) {
    auto proposal = decodeLinkParameters(snrm.information);
    if (!proposal) {
        sendFrame(Frame{snrm.source, snrm.destination, Control::dm(true), false, {}});
        m_out.emplace_back(Failed{proposal.error()});
        if (m_state != LinkState::Disconnected) {
            stopAllTimers();
            goDisconnected();
            m_out.emplace_back(Disconnected{DisconnectReason::ByPeer});
        }
        return;
    }
    resetLink();
    m_peer = snrm.source;
    m_self = snrm.destination;
    // Answered from the station's own physical address when it fits the field the client used
    // (a two-byte field holds 7 bits); otherwise the all-station value is echoed.
    const std::uint16_t fits = m_self.size == AddressSize::Two ? kAllStation7 : kAllStation14;
    if (physicalAllStation(m_self) && m_config.server.size != AddressSize::One &&
        m_config.server.lower < fits) {
        m_self.lower = m_config.server.lower;
    }
    m_params = negotiate(m_config.parameters, *proposal);
    m_state = LinkState::Connected;
    sendUnnumbered(Control::ua(snrm.control.pollFinal()), encodeLinkParameters(m_params));
    if (m_config.inactivityTimeout.count() > 0) {
        startTimer(TimerId::Inactivity);
    }
    m_out.emplace_back(Connected{m_params});
}

void Station::secondaryReject(const Frame& frame, std::uint8_t reasons) {
    m_frmrInfo = {frame.control.byte(), static_cast<std::uint8_t>((m_vr << 5) | (m_vs << 1)),
                  reasons};
    m_state = LinkState::FrameReject;
    m_pollPending = false;
    fail(HdlcError::ProtocolError, std::string("rejected ") + nameOf(frame.control.type()) +
                                       " frame, FRMR " + toHex(m_frmrInfo));
    if (frame.control.pollFinal()) {
        sendUnnumbered(Control::frmr(true), m_frmrInfo);
    }
}

void Station::respondToPoll() {
    rewind();  // whatever the primary has not acknowledged by now was lost
    const bool completed = std::exchange(m_apduCompleted, false);
    const bool gap = std::exchange(m_sequenceError, false);
    m_pollPending = false;
    if (!gap && !m_peerBusy && !m_tx.empty()) {
        sendIBurst(true);
        return;
    }
    if (!gap && completed && !m_peerBusy) {
        m_pollPending = true;  // hold the poll: the user's response goes out with send()
        return;
    }
    sendSupervisory(true);
}

// ---------------------------------------------------------------------------------------------
// Both roles

void Station::sendIBurst(bool pollFinalOnLast) {
    const std::size_t window = std::max<std::uint32_t>(m_params.windowTransmit, 1);
    while (m_txSent < m_tx.size() && m_txSent < window) {
        const Segment& segment = m_tx[m_txSent];
        const bool last = m_txSent + 1 == m_tx.size() || m_txSent + 1 == window;
        if (m_txSent < m_resend) {
            ++m_retransmissions;
        }
        sendFrame(Frame{peerAddress(), localAddress(),
                        Control::i(m_vs, m_vr, last && pollFinalOnLast), segment.more,
                        segment.information});
        m_vs = (m_vs + 1) & 7U;
        ++m_txSent;
    }
    if (!m_localBusy) {
        m_sequenceError = false;  // the N(R) just sent tells the peer where to resume
    }
}

void Station::sendSupervisory(bool pf) {
    const Control control = m_localBusy ? Control::rnr(m_vr, pf) : Control::rr(m_vr, pf);
    if (!m_localBusy) {
        m_sequenceError = false;
    }
    sendFrame(Frame{peerAddress(), localAddress(), control, false, {}});
}

bool Station::sendUnnumbered(Control control, Bytes information) {
    return sendFrame(Frame{peerAddress(), localAddress(), control, false, std::move(information)});
}

bool Station::sendFrame(const Frame& frame) {
    auto bytes = encodeFrame(frame);
    if (!bytes) {
        m_out.emplace_back(Failed{bytes.error()});
        return false;
    }
    m_out.emplace_back(SendBytes{std::move(*bytes)});
    return true;
}

bool Station::nrValid(unsigned nr) const {
    return ((nr - m_va) & 7U) <= m_txSent;
}

void Station::acknowledge(unsigned nr) {
    const std::size_t n = (nr - m_va) & 7U;
    for (std::size_t i = 0; i < n && !m_tx.empty(); ++i) {
        m_tx.pop_front();
    }
    m_txSent -= std::min(n, m_txSent);
    m_resend -= std::min(n, m_resend);
    m_va = nr & 7U;
}

void Station::rewind() {
    m_resend = std::max(m_resend, m_txSent);
    m_txSent = 0;
    m_vs = m_va;
}

void Station::receiveInformation(const Frame& frame) {
    if (m_localBusy || frame.control.ns() != m_vr) {
        m_sequenceError = true;  // busy, a gap or a duplicate: discard, the N(R) we send says why
        return;
    }
    m_vr = (m_vr + 1) & 7U;
    deliver(frame.information, frame.segmented);
}

void Station::deliver(ByteView information, bool segmented) {
    auto result = m_reassembler.add(information, segmented);
    if (!result) {
        m_out.emplace_back(Failed{result.error()});
        return;
    }
    if (result->has_value()) {
        deliverApdu(std::move(**result), true);
    }
}

void Station::deliverApdu(Bytes apdu, bool confirmed) {
    if (m_config.llc) {
        auto stripped =
            stripLlcHeader(apdu, isPrimary() ? LlcDirection::Response : LlcDirection::Request);
        if (!stripped) {
            m_out.emplace_back(Failed{stripped.error()});
            return;
        }
        apdu = Bytes(stripped->begin(), stripped->end());
    }
    if (confirmed) {
        if (isPrimary()) {
            m_repliesOwed -= std::min<std::size_t>(m_repliesOwed, 1);
        } else {
            m_apduCompleted = true;
        }
    }
    m_out.emplace_back(ApduReceived{std::move(apdu)});
}

void Station::resetLink() {
    m_vs = m_vr = m_va = 0;
    m_tx.clear();
    m_txSent = 0;
    m_resend = 0;
    m_reassembler.reset();
    m_awaitingFinal = false;
    m_disconnectPending = false;
    m_repliesOwed = 0;
    m_peerBusy = false;
    m_sequenceError = false;
    m_apduCompleted = false;
    m_pollPending = false;
    m_frmrInfo.clear();
}

void Station::goDisconnected() {
    m_state = LinkState::Disconnected;
    resetLink();
}

void Station::linkLost(const char* detail) {
    stopAllTimers();
    goDisconnected();
    fail(HdlcError::LinkLost, detail);
}

void Station::fail(HdlcError code, std::string detail) {
    m_out.emplace_back(Failed{HdlcFailure{code, 0, std::move(detail)}});
}

void Station::startTimer(TimerId id) {
    std::chrono::milliseconds duration = m_config.inactivityTimeout;
    switch (id) {
        case TimerId::Response:
            duration = m_config.responseTimeout;
            break;
        case TimerId::Poll:
            duration = m_config.pollInterval;
            break;
        case TimerId::InterOctet:
            duration = m_config.interOctetTimeout;
            break;
        case TimerId::Inactivity:
            break;
    }
    m_timerRunning[timerIndex(id)] = true;
    m_out.emplace_back(StartTimer{id, duration});
}

void Station::stopTimer(TimerId id) {
    if (m_timerRunning[timerIndex(id)]) {
        m_timerRunning[timerIndex(id)] = false;
        m_out.emplace_back(StopTimer{id});
    }
}

void Station::stopAllTimers() {
    // The inter-octet timer belongs to the line, not to the link: it keeps running.
    stopTimer(TimerId::Response);
    stopTimer(TimerId::Poll);
    stopTimer(TimerId::Inactivity);
}

Address Station::localAddress() const {
    return isPrimary() ? m_config.client : m_self;
}

Address Station::peerAddress() const {
    return isPrimary() ? m_config.server : m_peer;
}

}  // namespace omt::hdlc
