#pragma once
// Sans-I/O HDLC link engine of IEC 62056-46 in normal response mode, as the primary station
// (the client) or the secondary station (the server, e.g. a virtual meter).
//
// Inputs: commands (connect, send, disconnect, setBusy), bytes from the line and timer expiries.
// Outputs: a list of Actions to carry out in order: bytes to write, timers to (re)start or stop,
// and link events (connected, an APDU, disconnected, a typed failure). No I/O, no clock.
//
//   Station client({.role = Role::Primary, .server = Address::server(1, 0x11)});
//   run(client.connect());                          // SendBytes(SNRM), StartTimer(Response)
//   run(client.bytesReceived(ua));                  // StopTimer(Response), Connected{params}
//   run(client.send(aarq));                         // SendBytes(I frames), StartTimer(Response)
//   run(client.bytesReceived(iFrames));             // ..., ApduReceived{aare}
//   run(client.timerExpired(TimerId::Response));    // silence: SendBytes(RR poll), ...
//   run(client.disconnect());                       // SendBytes(DISC) ... Disconnected
//
// Procedure (both roles, modulo 8 sequence numbers, go-back-N):
// - The primary sends up to its window of I frames, the last with the P bit, then waits for the
//   secondary's frames up to the one with the F bit (Response timer). The secondary answers a
//   poll with its queued I frames (up to its window, F on the last) or RR/RNR. A secondary that
//   has just received a complete APDU holds the poll until its user calls send() (the response
//   goes out at once), or answers RR to the next poll.
// - N(R) acknowledges frames; at each poll/final the frames the peer has not acknowledged were
//   lost and are sent again. A frame with an unexpected N(S) (gap or duplicate) is discarded and
//   the answer carries the expected N(R).
// - A primary still owed a reply (one per send()) or part of a segmented APDU polls with RR;
//   when the secondary is not ready (RNR) or has nothing yet, it polls again after pollInterval.
// - On response timeout the primary polls with RR (or repeats SNRM/DISC); after maxRetries
//   unanswered polls it gives Failed{LinkLost}. Each frame has its own maxRetries: the count
//   starts again at the UA, at each final frame and at each new burst of I frames (an SNRM
//   that needed retries leaves the AARQ all of its own).
// - The secondary accepts SNRM from any client (a new SNRM resets the link) and then serves only
//   that client; in disconnected mode it answers DM to DISC and to any poll.
// - The secondary answers invalid frames with FRMR and stays in the frame reject condition until
//   SNRM or DISC; it disconnects after inactivityTimeout without frames.
// - A frame cut short on the line is dropped after interOctetTimeout of silence, so that it
//   cannot swallow the frames that follow it.
// - Frames not addressed to this station (and, for the primary, not from its server) are ignored.
//   A secondary may accept several destination addresses and refuse clients (acceptServer,
//   acceptClient): an SNRM from a refused client is answered DM.
// - With `llc` set, APDUs are sent behind E6 E6 00 (primary) / E6 E7 00 (secondary) and the
//   peer's header is checked and removed.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/hdlc/address.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/hdlc/frame.h"
#include "protocol/hdlc/hdlc_error.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/hdlc/segmentation.h"

namespace omt::hdlc {

enum class Role { Primary, Secondary };

/// Timers a Station asks its driver to run. StartTimer always (re)starts from zero.
enum class TimerId : std::uint8_t {
    Response,    ///< primary: waiting for the frame with the F bit
    Poll,        ///< primary: delay before polling a busy or not yet answering secondary
    Inactivity,  ///< secondary: no frame from the primary for too long
    InterOctet,  ///< both: a frame started and its next byte is overdue; the rest is dropped
};
inline constexpr std::size_t kTimerCount = 4;

enum class LinkState {
    Disconnected,   ///< normal disconnected mode
    Connecting,     ///< primary: SNRM sent
    Connected,      ///< normal response mode, data transfer
    Disconnecting,  ///< primary: DISC sent (or waiting for the poll to come back to send it)
    FrameReject,    ///< secondary: FRMR sent, waiting for SNRM or DISC
};

enum class DisconnectReason {
    Requested,          ///< this station's disconnect() completed (or the secondary dropped)
    ByPeer,             ///< the primary sent DISC, or the secondary answered DM
    InactivityTimeout,  ///< secondary: inactivityTimeout elapsed without a frame
};

const char* nameOf(LinkState s);
const char* nameOf(DisconnectReason r);

struct StationConfig {
    Role role = Role::Primary;
    Address client = Address::client(kPublicClient);             ///< the primary's address
    Address server = Address::server(kManagementLogicalDevice);  ///< the secondary's address
    /// Own proposal (primary, sent in SNRM unless all defaults) or capability (secondary).
    LinkParameters parameters;
    std::chrono::milliseconds responseTimeout{1000};
    std::chrono::milliseconds pollInterval{100};
    std::chrono::milliseconds inactivityTimeout{120000};  ///< secondary; 0 disables it
    /// Silence within a frame after which the partial frame is dropped (IEC HDLC setup
    /// inter_octet_time_out, 25 ms by default); 0 disables it.
    std::chrono::milliseconds interOctetTimeout{25};
    unsigned maxRetries = 3;
    /// Primary: repetitions of the SNRM before Failed{LinkLost}; unset: maxRetries. An address
    /// that is only a guess (address learning) gets few; once it answers, every frame of the
    /// link gets maxRetries.
    std::optional<unsigned> connectRetries;
    std::size_t maxApduSize = kDefaultMaxApduSize;
    bool llc = true;
    /// Secondary: the destination addresses this station answers to. Empty: only `server`
    /// (compared with Address::sameStation). A meter on a shared line may answer its logical
    /// device with its physical address, with no lower address or with the all-station one:
    ///   config.acceptServer = [](const Address& a) { return a.upper == 1; };
    /// Frames to any other address are ignored without an answer.
    std::function<bool(const Address& destination)> acceptServer;
    /// Secondary: the clients that may connect. An SNRM from a client refused here is answered
    /// DM (counted in refusedConnections()) and the current link, if any, is left as it was.
    /// Empty: every client.
    std::function<bool(const Address& client)> acceptClient;
};

struct SendBytes {
    Bytes bytes;
};
struct StartTimer {
    TimerId id;
    std::chrono::milliseconds duration;
};
struct StopTimer {
    TimerId id;
};
struct Connected {
    LinkParameters parameters;  ///< negotiated, from this station's point of view
};
struct ApduReceived {
    Bytes apdu;  ///< reassembled, LLC header removed
};
struct Disconnected {
    DisconnectReason reason;
};
/// An operation or the link failed.
/// - Link down afterwards (state() == Disconnected): LinkLost, ConnectionRefused, FrameRejected,
///   BadParameterFormat/BadParameterValue (an unusable UA to the primary, or an SNRM the
///   secondary refused with DM), ProtocolError at the primary (the secondary acknowledged frames
///   never sent; DISC is sent), InvalidAddress from connect() (unencodable configuration).
/// - Link unchanged: ApduTooLarge and MissingLlcHeader (an incoming APDU dropped), NotConnected
///   and InvalidState (a command refused).
/// - ProtocolError at the secondary: a command it rejected with FRMR; state() == FrameReject
///   until the primary sends SNRM or DISC.
struct Failed {
    HdlcFailure failure;
};

using Action =
    std::variant<SendBytes, StartTimer, StopTimer, Connected, ApduReceived, Disconnected, Failed>;
using Actions = std::vector<Action>;

class Station {
public:
    explicit Station(StationConfig config);

    /// Primary: sends SNRM (with the parameter field unless all parameters are defaults) and
    /// starts the Response timer; Connected or Failed{ConnectionRefused} follow the answer.
    /// Errors (as Failed): InvalidState for a secondary or when not Disconnected, InvalidAddress
    /// for an unencodable configured address.
    Actions connect();

    /// Queues an APDU (segmented to the negotiated maximum, behind the LLC header) and sends
    /// what the procedure allows now. A primary then expects one reply APDU. Errors (as Failed):
    /// NotConnected unless Connected.
    Actions send(ByteView apdu);

    /// Primary: sends DISC (once it holds the poll) and reports Disconnected{Requested} on UA or
    /// DM. Secondary: drops to disconnected mode at once (answering DM to the next poll).
    /// Errors (as Failed): InvalidState when already Disconnected.
    Actions disconnect();

    /// Local receiver busy: while set, polls and answers are RNR and incoming I frames are not
    /// accepted (the peer sends them again). Clearing it lets the next poll/answer be RR.
    Actions setBusy(bool busy);

    /// Bytes from the line, in any pieces. While a frame is incomplete the InterOctet timer runs.
    Actions bytesReceived(ByteView bytes);

    /// A timer started by StartTimer has elapsed. Expiries of timers stopped since are ignored.
    Actions timerExpired(TimerId id);

    LinkState state() const { return m_state; }
    Role role() const { return m_config.role; }
    /// Negotiated parameters of the current (or last) link, this station's point of view.
    const LinkParameters& parameters() const { return m_params; }
    /// Frames received well-formed but ignored (other station, late, unexpected in this state).
    std::size_t ignoredFrames() const { return m_ignoredFrames; }
    /// Frames rejected by the deframer (bad HCS/FCS, line noise).
    std::size_t badFrames() const { return m_badFrames; }
    /// I frames sent again after a loss.
    std::size_t retransmissions() const { return m_retransmissions; }
    /// Secondary: SNRMs answered DM because StationConfig::acceptClient refused the client.
    std::size_t refusedConnections() const { return m_refusedConnections; }
    /// Secondary: the client bound by the last accepted SNRM (the configured client before).
    const Address& peer() const { return m_peer; }

    /// Primary: the server address of the link. After an SNRM to the all-station physical
    /// address it is the address the meter answered the UA from (its own).
    const Address& serverAddress() const { return m_config.server; }

private:
    bool isPrimary() const { return m_config.role == Role::Primary; }
    void onFrame(const Frame& frame);
    void onFramePrimary(const Frame& frame);
    void onFrameSecondary(const Frame& frame);
    void secondaryConnect(const Frame& snrm);
    void secondaryReject(const Frame& frame, std::uint8_t reasons);
    void respondToPoll();
    void onFinal();
    void primaryTransmit();
    void sendPoll();
    void sendIBurst(bool pollFinalOnLast);
    void sendDisc();
    bool sendUnnumbered(Control control, Bytes information = {});
    void sendSupervisory(bool pf);
    bool sendFrame(const Frame& frame);
    Actions take();
    bool nrValid(unsigned nr) const;
    void acknowledge(unsigned nr);
    void rewind();
    void receiveInformation(const Frame& frame);
    void deliver(ByteView information, bool segmented);
    void deliverApdu(Bytes apdu, bool confirmed);
    void resetLink();
    void goDisconnected();
    void linkLost(const char* detail);
    void fail(HdlcError code, std::string detail);
    void startTimer(TimerId id);
    void stopTimer(TimerId id);
    void stopAllTimers();
    Address localAddress() const;
    Address peerAddress() const;

    StationConfig m_config;
    Actions m_out;
    Deframer m_deframer;
    LinkState m_state = LinkState::Disconnected;
    LinkParameters m_params;
    Address m_peer;  // secondary: the client bound by SNRM
    Address m_self;  // secondary: its own address as the client wrote it

    // Sequence state (modulo 8) and the transmit queue: m_tx[0 .. m_txSent) are sent and not
    // yet acknowledged (N(S) from m_va), the rest are still to send.
    unsigned m_vs = 0;
    unsigned m_vr = 0;
    unsigned m_va = 0;
    std::deque<Segment> m_tx;
    std::size_t m_txSent = 0;
    std::size_t m_resend = 0;  // leading frames of m_tx already sent once (for statistics)
    Reassembler m_reassembler;

    bool m_awaitingFinal = false;  // primary: P sent, F not yet received
    bool m_disconnectPending = false;
    unsigned m_retries = 0;
    std::size_t m_repliesOwed = 0;  // primary: APDUs sent whose reply has not come
    bool m_peerBusy = false;
    bool m_localBusy = false;
    bool m_sequenceError = false;  // I frames discarded since the last poll/final
    bool m_apduCompleted = false;  // secondary: an APDU completed since the last poll
    bool m_pollPending = false;    // secondary: a poll held for the user's response
    Bytes m_frmrInfo;              // secondary: the FRMR information field to repeat
    std::array<bool, kTimerCount> m_timerRunning{};

    std::size_t m_ignoredFrames = 0;
    std::size_t m_badFrames = 0;
    std::size_t m_retransmissions = 0;
    std::size_t m_refusedConnections = 0;
    std::size_t m_goodFramesFromPeer = 0;  // primary: frames from the server (Response timer)
};

}  // namespace omt::hdlc
