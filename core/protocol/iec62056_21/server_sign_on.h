#pragma once
// Sans-I/O sign-on engine of the meter (the server) for IEC 62056-21: the counterpart of
// ClientHandshake, used by the virtual meters.
//
// It never touches a port or a clock: it consumes received bytes and timer expiries and returns
// actions (send these bytes, set the line, start or stop a timer, enter HDLC). The owner performs
// the actions in order.
//
// The sequence (IEC 62056-21 clause 6.4, Annex E for mode E):
//
//   Idle at 300 7E1    "/?addr!\r\n" with an empty or the own address -> StartTimer Reaction
//                      (another address: no answer, as on a bus)
//   reaction elapsed   SendBytes identification, StartTimer Inactivity
//   "ACK V Z Y CR LF"  (Z at most the offered rate, else refused: back to Idle)
//                      StartTimer Reaction (the ACK has left the line, the client switches)
//   reaction elapsed   readout     SetLine Z 7E1, SendBytes STX data ! CR LF ETX BCC,
//                                  StartTimer LineSwitch, then SetLine 300 7E1 and Idle
//                      programming SetLine Z 7E1, SendBytes SOH P0 STX (operand) ETX BCC,
//                                  StartTimer Inactivity; then P1 -> ACK / NAK, R1 -> data or
//                                  error message, W1 -> ACK or error message, B0 -> SetLine 300
//                                  7E1 and Idle; a damaged block -> NAK; the client's NAK ->
//                                  the last message again
//                      mode E      SetLine Z 7E1, SendBytes ACK 2 Z 2 CR LF (the switch
//                                  confirmation), StartTimer LineSwitch, then SetLine Z 8N1 and
//                                  EnterHdlc{Z}
//   Inactivity expiry  SetLine 300 7E1, Idle
//
//   ServerOptions options;
//   options.identification = {"KAM", '5', "2", "MCT"};
//   options.readout = [] { return std::vector<DataSet>{...}; };
//   ServerSignOn meter(options);
//   perform(meter.start());
//   ... perform(meter.bytesReceived(chunk)); perform(meter.timerExpired(ServerTimerId::Reaction));
//
// An expiry for a timer that is not running is ignored.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/iec62056_21/client_handshake.h"
#include "protocol/iec62056_21/frame_splitter.h"
#include "protocol/iec62056_21/programming_message.h"
#include "protocol/iec62056_21/readout.h"
#include "protocol/iec62056_21/sign_on_messages.h"

namespace omt::iec62056_21 {

enum class ServerTimerId {
    Reaction,    ///< the meter's reaction time before it answers
    Inactivity,  ///< no option select / programming command in time: back to idle
    LineSwitch,  ///< the last message leaving the line before the rate or framing changes
};

/// A register provider's refusal; `text` must start with "ERR" (sent as STX (text) ETX BCC).
struct RegisterError {
    std::string text = "ERR";
    friend bool operator==(const RegisterError&, const RegisterError&) = default;
};

struct ServerOptions {
    /// Sent as the identification message; its baud character is the highest rate offered
    /// (mode C table) and an enhanced "2" offers mode E.
    Identification identification{"KAM", '5', "2", "OMT"};
    std::string deviceAddress;  ///< requests with an empty or this address are answered
    std::function<std::vector<DataSet>()> readout;  ///< data readout content; empty: no sets
    std::optional<std::string> password;  ///< P1 password; nullopt: R1/W1 need no password
    std::string operand;                  ///< sent in the P0 operand request "(operand)"
    /// R1: returns the value sent as "(value)", or an error message.
    std::function<Expected<std::string, RegisterError>(const std::string& address)> readRegister;
    /// W1: returns nullopt when written (ACK), or an error message.
    std::function<std::optional<RegisterError>(const std::string& address,
                                               const std::string& value)>
        writeRegister;
    std::chrono::milliseconds reactionTime{200};  ///< before each answer
    /// Waiting for the option select after the identification has left the line.
    std::chrono::milliseconds optionSelectTimeout{1500};
    /// Waiting for the next programming command (the standard's inactivity time).
    std::chrono::milliseconds programmingTimeout{120000};
    std::chrono::milliseconds lineSwitchMargin{10};  ///< added to a message's transmission time
    ReadoutLimits readoutLimits;
};

struct ServerStartTimer {
    std::chrono::milliseconds duration{0};
    ServerTimerId id = ServerTimerId::Reaction;
    friend bool operator==(const ServerStartTimer&, const ServerStartTimer&) = default;
};
struct ServerStopTimer {
    ServerTimerId id = ServerTimerId::Reaction;
    friend bool operator==(const ServerStopTimer&, const ServerStopTimer&) = default;
};
/// The line now carries HDLC frames at `baud`, 8N1; the engine ignores further bytes.
struct EnterHdlc {
    std::uint32_t baud = kInitialBaud;
    friend bool operator==(const EnterHdlc&, const EnterHdlc&) = default;
};

using ServerAction = std::variant<SendBytes, SetLine, ServerStartTimer, ServerStopTimer, EnterHdlc>;
using ServerActions = std::vector<ServerAction>;

class ServerSignOn {
public:
    enum class State {
        Idle,                ///< 300 7E1, waiting for a request
        SendIdentification,  ///< reaction time before the identification
        WaitOptionSelect,    ///< identification sent
        WaitReaction,        ///< option select accepted, reaction time before the answer
        SendingReadout,      ///< readout leaving the line
        Programming,         ///< programming mode, waiting for commands
        SendingConfirm,      ///< mode E switch confirmation leaving the line
        Hdlc,                ///< EnterHdlc was returned
    };

    explicit ServerSignOn(ServerOptions options);

    /// Returns SetLine 300 7E1 and puts the engine in Idle (also from any other state, e.g.
    /// after the HDLC session ended). Example: perform(meter.start());
    ServerActions start();

    /// Feeds bytes from the line; returns the actions they cause (often none). Never fails:
    /// garbage, 8-bit bytes and requests for other addresses are ignored; a refused option
    /// select returns to Idle; a damaged programming block is answered with NAK.
    ServerActions bytesReceived(ByteView data);

    /// Reports that timer `id` expired; an expiry of a timer not running is ignored.
    ServerActions timerExpired(ServerTimerId id);

    State state() const { return m_state; }
    /// Line rate the engine last set.
    std::uint32_t baud() const { return m_baud; }
    /// True after a correct P1 password in the current programming session.
    bool authorised() const { return m_authorised; }

private:
    void toIdle(ServerActions& out);
    void startTimer(ServerActions& out, ServerTimerId id, std::chrono::milliseconds duration);
    void stopTimer(ServerActions& out, ServerTimerId id);
    void stopAllTimers(ServerActions& out);
    void send(ServerActions& out, Bytes bytes);
    void onRequest(ServerActions& out, const Frame& frame);
    void onOptionSelect(ServerActions& out, const Frame& frame);
    void onProgrammingFrame(ServerActions& out, const Expected<Frame, Iec21Failure>& frame);
    void onCommand(ServerActions& out, const CommandMessage& command);
    void answer(ServerActions& out);
    void sendProgramming(ServerActions& out, const ProgrammingMessage& message);

    ServerOptions m_options;
    State m_state = State::Idle;
    FrameSplitter m_splitter;
    unsigned m_runningTimers = 0;
    OptionSelect m_selected;
    std::uint32_t m_baud = kInitialBaud;
    std::uint32_t m_offeredBaud = kInitialBaud;
    bool m_authorised = false;
    Bytes m_lastSent;  ///< last programming mode message, repeated on the client's NAK
};

/// Stable kebab-case name of a state, e.g. "wait-option-select".
const char* nameOf(ServerSignOn::State state);

}  // namespace omt::iec62056_21
