#pragma once
// Sans-I/O sign-on engine of the hand-held unit (HHU, the client) for IEC 62056-21.
//
// It never touches a port or a clock: it returns actions (send these bytes, set the line, start
// or stop a timer, done, failed) and consumes received bytes and timer expiries. The session that
// owns it performs the actions in order.
//
// The sequence (IEC 62056-21 clause 6.4, Annex E for mode E):
//
//   start()            SetLine 300 7E1, SendBytes "/?addr!\r\n", StartTimer Response
//   identification     StopTimer Response
//     mode C/E         StartTimer Reaction (200 ms, or 20 ms when the 3rd manufacturer letter is
//                      lower case), then SendBytes ACK V Z Y CR LF at 300 baud with
//                      Z = min(proposed, maxBaud), StartTimer LineSwitch (time the ACK takes at
//                      300 baud + margin), then SetLine Z 7E1, StartTimer Response
//       readout        collect STX ... ETX BCC, verify it           -> Done{readout}
//       programming    collect SOH P0 STX (seed) ETX BCC           -> Done{operandRequest}
//       mode E (HDLC)  collect the switch confirmation ACK 2 Z 2 CR LF (sent by the meter at the
//                      new rate, still 7E1), then SetLine Z 8N1     -> Done
//     mode B           SetLine Z 7E1 at once, collect the readout (readout only)
//     mode A           collect the readout at 300 baud (readout only)
//   no identification  the request is sent again, up to maxAttempts times, then Failed NoResponse
//
//   HandshakeOptions options;
//   options.mode = HandshakeMode::ModeEHdlc;
//   options.maxBaud = 9600;
//   ClientHandshake hs(options);
//   perform(hs.start());
//   ... perform(hs.bytesReceived(chunk)); perform(hs.timerExpired(TimerId::Reaction)); ...
//
// Starting a timer whose id is already running restarts it. An expiry for a timer that is not
// running (stopped, or already restarted with a new expiry pending) must not be delivered; if it
// is, it is ignored.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/iec62056_21/baud_rate.h"
#include "protocol/iec62056_21/frame_splitter.h"
#include "protocol/iec62056_21/iec21_error.h"
#include "protocol/iec62056_21/programming_message.h"
#include "protocol/iec62056_21/readout.h"
#include "protocol/iec62056_21/sign_on_messages.h"

namespace omt::iec62056_21 {

/// What the client wants after sign-on.
enum class HandshakeMode {
    Readout,      ///< data readout (ACK 0 Z 0 in mode C; modes A and B too)
    Programming,  ///< programming mode (ACK 0 Z 1), ends with the meter's P0 operand request
    ModeEHdlc,    ///< binary mode (ACK 2 Z 2), ends on the HDLC line at 8N1
};

/// Character framing of the line: 7 data bits even parity (the protocol's text modes) or 8N1
/// (HDLC after mode E).
enum class LineFraming { SevenE1, EightN1 };

enum class TimerId {
    Response,    ///< waiting for the meter (identification, readout, operand, confirmation)
    Reaction,    ///< the minimum reaction time before the option select message is sent
    LineSwitch,  ///< the option select message leaving the line before the rate changes
};

struct HandshakeOptions {
    std::string deviceAddress;  ///< empty: whichever meter is at the optical port
    HandshakeMode mode = HandshakeMode::Readout;
    std::uint32_t maxBaud = 19200;  ///< highest rate the optical head supports
    int maxAttempts = 3;            ///< request messages sent before giving up
    /// Waiting for the identification after the request has left the line (the meter's maximum
    /// reaction time is 1500 ms); restarted while an identification is arriving.
    std::chrono::milliseconds identificationTimeout{1500};
    std::chrono::milliseconds reactionTime{200};      ///< minimum reaction time of the standard
    std::chrono::milliseconds fastReactionTime{20};   ///< allowed with a lower case 3rd letter
    bool useFastReaction = true;                      ///< honour the lower case 3rd letter
    std::chrono::milliseconds lineSwitchMargin{10};   ///< added to the ACK transmission time
    std::chrono::milliseconds responseTimeout{2000};  ///< first byte after the rate change
    std::chrono::milliseconds interCharacterTimeout{1500};  ///< gap inside a message (ta)
    bool requireModeEConfirm = true;  ///< false: go to 8N1 when no switch confirmation arrives
    std::size_t maxIdentificationLength = kMaxIdentificationLength;
    ReadoutLimits readoutLimits;
};

struct HandshakeResult {
    Identification identification;
    ProtocolMode protocolMode = ProtocolMode::C;  ///< A, B, C, or E for binary mode
    HandshakeMode mode = HandshakeMode::Readout;
    std::uint32_t baud = kInitialBaud;  ///< the line's rate now
    LineFraming framing = LineFraming::SevenE1;
    std::optional<Readout> readout;                ///< HandshakeMode::Readout
    std::optional<CommandMessage> operandRequest;  ///< HandshakeMode::Programming (P0)
    friend bool operator==(const HandshakeResult&, const HandshakeResult&) = default;
};

struct SendBytes {
    Bytes bytes;
    friend bool operator==(const SendBytes&, const SendBytes&) = default;
};
struct SetLine {
    std::uint32_t baud = kInitialBaud;
    LineFraming framing = LineFraming::SevenE1;
    friend bool operator==(const SetLine&, const SetLine&) = default;
};
struct StartTimer {
    std::chrono::milliseconds duration{0};
    TimerId id = TimerId::Response;
    friend bool operator==(const StartTimer&, const StartTimer&) = default;
};
struct StopTimer {
    TimerId id = TimerId::Response;
    friend bool operator==(const StopTimer&, const StopTimer&) = default;
};
struct Done {
    HandshakeResult result;
    friend bool operator==(const Done&, const Done&) = default;
};
struct Failed {
    Iec21Failure failure;
    friend bool operator==(const Failed&, const Failed&) = default;
};

using HandshakeAction = std::variant<SendBytes, SetLine, StartTimer, StopTimer, Done, Failed>;
using HandshakeActions = std::vector<HandshakeAction>;

/// Time `bytes` characters take on the line at `baud` with 10 bits per character (7E1 and 8N1
/// both have start + 8 + stop), rounded up. Example: transmissionTime(6, 300) == 200 ms.
std::chrono::milliseconds transmissionTime(std::size_t bytes, std::uint32_t baud);

class ClientHandshake {
public:
    enum class State {
        Idle,
        WaitIdentification,
        WaitReaction,
        WaitLineSwitch,
        ReceiveReadout,
        ReceiveOperand,
        WaitModeEConfirm,
        Finished,  ///< Done was returned
        Failed,    ///< Failed was returned
    };

    explicit ClientHandshake(HandshakeOptions options);

    /// Begins the sign-on: SetLine 300 7E1, SendBytes request, StartTimer Response. Returns
    /// Failed InvalidOptions (address not encodable, maxBaud < 300, maxAttempts < 1) instead.
    /// Calling it again after the start returns nothing.
    HandshakeActions start();

    /// Feeds bytes from the line. Returns the actions they cause (often none). Garbage and lines
    /// that are not an identification (an echo of the request, noise) are skipped. Failures:
    /// ModeNotSupported, ReservedBaudCharacter / InvalidBaudCharacter (meter's Z), the readout's
    /// parse errors (BccMismatch, EightBitByte, ...), BufferOverflow, MeterRefused (NAK or error
    /// message instead of P0), UnexpectedMessage, ModeEConfirmMismatch.
    HandshakeActions bytesReceived(ByteView data);

    /// Reports that timer `id` expired. Failures: NoResponse.
    HandshakeActions timerExpired(TimerId id);

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished || m_state == State::Failed; }
    /// Request messages sent so far.
    int attempts() const { return m_attempts; }

private:
    void sendRequest(HandshakeActions& out);
    void startTimer(HandshakeActions& out, TimerId id, std::chrono::milliseconds duration);
    void stopTimer(HandshakeActions& out, TimerId id);
    void stopAllTimers(HandshakeActions& out);
    void fail(HandshakeActions& out, Iec21Failure failure);
    void finish(HandshakeActions& out);
    void onFrame(HandshakeActions& out, const Frame& frame);
    void onIdentification(HandshakeActions& out, Identification id);
    void onLineSwitch(HandshakeActions& out);

    HandshakeOptions m_options;
    State m_state = State::Idle;
    FrameSplitter m_splitter;
    Bytes m_request;
    int m_attempts = 0;
    unsigned m_runningTimers = 0;  ///< bit per TimerId
    OptionSelect m_optionSelect;
    HandshakeResult m_result;
};

/// Stable kebab-case name of a state, e.g. "wait-identification".
const char* nameOf(ClientHandshake::State state);

}  // namespace omt::iec62056_21
