#pragma once
// One line into one virtual meter, sans-I/O: the IEC 62056-21 sign-on of the optical port, the
// HDLC link of IEC 62056-46 (or the DLMS/COSEM TCP wrapper) and the meter's application
// associations, one per client SAP. Bytes, timer expiries and the line closing go in; actions
// come out (send these bytes, set the line, start or stop a timer, drop the line, a trace
// record). It never opens a port, sleeps or prints; sim/host runs it over a pty, TCP or a pipe.
//
//   EndpointConfig config;
//   config.line = LineKind::Optical;
//   config.signOn = meter.signOnOptions();
//   config.serialNumber = 71234567;
//   config.associations = meter.associations();       // 0x10 public, 0x20 reader, 0x01 management
//   MeterEndpoint endpoint(config, meter.directory());
//   perform(endpoint.start());                         // SetLine 300 7E1
//   perform(endpoint.bytesReceived(bytes));            // "/?!\r\n" ... StartTimer Reaction
//   perform(endpoint.timerExpired(EndpointTimer::Reaction));   // identification "/KAM5..."
//
// Line kinds:
// - Optical: sign-on at 300 baud 7E1; mode C readout and programming as ServerSignOn does them;
//   mode E switches to HDLC at the agreed rate, 8N1. When the HDLC link ends (DISC, inactivity,
//   or no SNRM within the HDLC inactivity time after the switch) the line goes back to 300 7E1
//   and waits for the next sign-on.
// - DirectHdlc: HDLC from the start at `directBaud` 8N1 (an electrical port, or TCP).
// - Wrapper: the DLMS/COSEM TCP wrapper; wPorts are SAPs (source = client SAP, destination =
//   the logical device); there is no HDLC. A stream that loses step (bad wrapper header) drops
//   the line.
//
// HDLC addressing, as the meters do it: the upper address is the logical device (1 =
// management); the lower address is the physical address physicalAddressOf(serial) =
// 0x10 + serial % 10000 (0x10..0x271F, so a 4-byte address field unless it is below 0x80), or
// absent (a 1-byte address, as on a point-to-point optical port), or the all-station value
// (0x7F in a 2-byte, 0x3FFF in a 4-byte field). Frames to any other address get no answer at
// all. The client SAP chooses the association; an SNRM from a client SAP without one is
// answered DM. One HDLC connection at a time: a new SNRM ends the previous one. Whenever a link
// ends (DISC, new SNRM, inactivity, line closed) the association it carried is aborted.
//
// Faults (FaultConfig) are applied here, deterministically for a seed: received bytes pass the
// line faults before any engine sees them; sent bytes pass them before they are returned; a
// stall holds every answer back (StartTimer Stall, released on its expiry); dropLineAfter ends
// with CloseLine; refuseNextAssociation answers one AARQ with AARE rejected-transient.
//
// Trace records (when `trace` is set) show the line as the meter sees it: the received bytes
// after the line's faults, the sent bytes as they go on the line, each with description lines
// (trace::TraceDecoder for sign-on and HDLC, describeApdu for wrapper frames), and link events
// (connected, disconnected, refused) with no bytes. Secrets are masked in the bytes with the
// checksums computed again (trace::Redactor): a record may come once its frame is complete,
// always in order; what is held when the line resets comes out then.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/dlms/security/security_context.h"
#include "protocol/hdlc/address.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/hdlc/station.h"
#include "protocol/iec62056_21/server_sign_on.h"
#include "protocol/trace/describe.h"
#include "protocol/trace/redactor.h"
#include "protocol/trace/trace_file.h"
#include "protocol/wrapper/wrapper_codec.h"
#include "sim/endpoint/fault_injector.h"
#include "sim/server/object_directory.h"
#include "sim/server/server_association.h"

namespace omt::sim {

enum class LineKind { Optical, DirectHdlc, Wrapper };
/// "optical", "hdlc", "wrapper".
const char* nameOf(LineKind kind);

/// Timers the endpoint asks its host to run. StartTimer always (re)starts from zero; an expiry
/// of a timer that is not running is ignored.
enum class EndpointTimer : std::uint8_t {
    Reaction,          ///< sign-on: reaction time before an answer
    SignOnInactivity,  ///< sign-on: waiting for the option select / programming command
    LineSwitch,        ///< sign-on: the last message leaving the line before a rate change
    HdlcInactivity,    ///< HDLC: no frame from the client for too long
    InterOctet,        ///< HDLC: a frame started and its next byte is overdue
    ModeEIdle,         ///< optical: switched to HDLC and no SNRM came
    Stall,             ///< faults: held answers are due
};
inline constexpr std::size_t kEndpointTimerCount = 7;
/// "reaction", "sign-on-inactivity", "line-switch", "hdlc-inactivity", "inter-octet",
/// "mode-e-idle", "stall".
const char* nameOf(EndpointTimer timer);

/// The physical (lower HDLC) address of a meter: 0x10 + serial % 10000, in 0x10..0x271F.
/// Example: physicalAddressOf(71234567) == 0x10 + 4567 == 0x11E7.
std::uint16_t physicalAddressOf(std::uint32_t serialNumber);

struct EndpointConfig {
    LineKind line = LineKind::Optical;
    /// Optical: identification, readout, programming mode (its own timers included).
    iec62056_21::ServerOptions signOn;
    /// DirectHdlc: the line's rate, 8N1.
    std::uint32_t directBaud = 9600;
    /// The meter's HDLC capability: maximum information field lengths and windows.
    hdlc::LinkParameters hdlc;
    /// HDLC: the link ends after this long without a frame (also: no SNRM after mode E).
    std::chrono::milliseconds hdlcInactivity{120000};
    /// HDLC: silence within a frame after which the partial frame is dropped; 0 disables it.
    std::chrono::milliseconds interOctetTimeout{25};
    std::uint32_t serialNumber = 0;
    std::uint16_t logicalDevice = hdlc::kManagementLogicalDevice;
    /// HDLC: a one-byte server address (the logical device without a physical address) gets no
    /// answer either: only the physical address and the all-station address do.
    bool requirePhysicalAddress = false;
    /// One per client SAP served; they share the directory given to the endpoint.
    std::vector<AssociationConfig> associations;
    FaultConfig faults;
    /// Sign-on: the reaction time counts from when the received message would have finished
    /// arriving at the current baud (10 bits a character), as on a real line. Lines that deliver
    /// a message at once (a pty, a pipe, TCP) otherwise let the meter answer before a client that
    /// times its own transmission (e.g. the mode E option select at 300 baud: 200 ms) has
    /// switched its rate, and the answer is lost.
    bool reactAfterInputLineTime = true;
    /// Emit EndpointTrace records; with traceKeys, ciphered APDUs are deciphered in them (and
    /// an association with AssociationSecrets supplies the keys in force at each AARQ, so a
    /// trace stays readable after global_key_transfer).
    bool trace = false;
    std::optional<dlms::security::SecurityKeys> traceKeys;
    /// Called before each APDU is handed to an association (e.g. VirtualMeter::advance()).
    std::function<void()> beforeRequest;
    /// Called after each APDU was handled (e.g. VirtualMeter::saveIfChanged()).
    std::function<void()> afterRequest;
};

struct EndpointSend {
    Bytes bytes;
    friend bool operator==(const EndpointSend&, const EndpointSend&) = default;
};
/// The line now runs at `baud` with `framing`; bytes sent before this action go out first.
struct EndpointSetLine {
    std::uint32_t baud = 300;
    iec62056_21::LineFraming framing = iec62056_21::LineFraming::SevenE1;
    friend bool operator==(const EndpointSetLine&, const EndpointSetLine&) = default;
};
struct EndpointStartTimer {
    EndpointTimer id = EndpointTimer::Reaction;
    std::chrono::milliseconds duration{0};
    friend bool operator==(const EndpointStartTimer&, const EndpointStartTimer&) = default;
};
struct EndpointStopTimer {
    EndpointTimer id = EndpointTimer::Reaction;
    friend bool operator==(const EndpointStopTimer&, const EndpointStopTimer&) = default;
};
/// Drop the connection (a TCP client is disconnected; on a pty nothing more can be done). The
/// endpoint has already reset itself as lineClosed() does.
struct EndpointCloseLine {
    std::string reason;
    friend bool operator==(const EndpointCloseLine&, const EndpointCloseLine&) = default;
};
/// A trace record: bytes in one direction with their description, or (no direction) an event.
struct EndpointTrace {
    std::optional<trace::Direction> direction;
    Bytes bytes;
    std::vector<std::string> lines;
};

using EndpointAction = std::variant<EndpointSend, EndpointSetLine, EndpointStartTimer,
                                    EndpointStopTimer, EndpointCloseLine, EndpointTrace>;
using EndpointActions = std::vector<EndpointAction>;

class MeterEndpoint {
public:
    enum class Phase {
        SignOn,   ///< optical: IEC 62056-21
        Hdlc,     ///< HDLC frames (after mode E, or from the start)
        Wrapper,  ///< TCP wrapper frames
    };

    /// `directory` must outlive the endpoint.
    MeterEndpoint(EndpointConfig config, ObjectDirectory& directory);
    ~MeterEndpoint();
    MeterEndpoint(const MeterEndpoint&) = delete;
    MeterEndpoint& operator=(const MeterEndpoint&) = delete;

    /// The line is ready: Optical SetLine 300 7E1, DirectHdlc SetLine directBaud 8N1, Wrapper
    /// nothing. Also resets everything, like lineClosed().
    EndpointActions start();

    /// Bytes from the line, in any pieces. Never fails: what no engine accepts is ignored (or
    /// answered as the protocol says).
    EndpointActions bytesReceived(ByteView bytes);

    /// Timer `id` elapsed. Expiries of timers not running are ignored.
    EndpointActions timerExpired(EndpointTimer id);

    /// The line closed (the client hung up, the TCP connection ended): every association is
    /// aborted, timers stop, the line is back where start() puts it. Calling it twice is harmless.
    EndpointActions lineClosed();

    Phase phase() const { return m_phase; }
    /// The client SAP of the current HDLC connection, if any.
    std::optional<std::uint16_t> connectedClient() const { return m_connectedSap; }
    /// The association of a client SAP (nullptr when the meter has none for it).
    const ServerAssociation* association(std::uint16_t clientSap) const;
    /// The HDLC address this meter answers with a physical address: server(logical, physical).
    hdlc::Address serverAddress() const;
    const FaultInjector& faults() const { return m_faults; }
    /// Asks for the next AARQ to be refused (AARE rejected-transient).
    void refuseNextAssociation() { m_faults.refuseNextAssociation(); }
    const EndpointConfig& config() const { return m_config; }
    /// HDLC station statistics of the current line (nullptr before HDLC).
    const hdlc::Station* station() const { return m_station.get(); }

private:
    void reset();
    void enterSignOn();
    void enterHdlc();
    void leaveHdlc();
    void runSignOn(iec62056_21::ServerActions actions);
    void runStation(hdlc::Actions actions);
    void onWrapperBytes(ByteView bytes);
    std::optional<Bytes> handleApdu(std::uint16_t clientSap, ByteView apdu);
    void abortConnected();
    void send(Bytes bytes);
    void setLine(std::uint32_t baud, iec62056_21::LineFraming framing);
    void startTimer(EndpointTimer id, std::chrono::milliseconds duration);
    void stopTimer(EndpointTimer id);
    void stopTimers(std::initializer_list<EndpointTimer> ids);
    void output(EndpointAction action);
    void note(std::string text);
    void traceBytes(trace::Direction direction, ByteView bytes);
    /// A trace record through the redactor; `lineOutput`: released records go out as line
    /// output (held during a stall like the bytes they show).
    void emitTrace(EndpointTrace record, bool lineOutput = false);
    /// Gives the tracer the keys in force (taken at its next AARQ).
    void refreshTraceKeys();
    EndpointActions take();
    hdlc::StationConfig stationConfig() const;

    EndpointConfig m_config;
    ObjectDirectory& m_directory;
    FaultInjector m_faults;
    Phase m_phase = Phase::SignOn;
    iec62056_21::ServerSignOn m_signOn;
    std::unique_ptr<hdlc::Station> m_station;
    wrapper::WrapperDecoder m_wrapper;
    std::map<std::uint16_t, std::unique_ptr<ServerAssociation>> m_associations;
    std::optional<std::uint16_t> m_connectedSap;
    std::optional<trace::TraceDecoder> m_tracer;
    std::optional<trace::Redactor> m_redactor;  ///< secrets out of the traced bytes
    std::array<bool, kEndpointTimerCount> m_running{};
    std::uint32_t m_lineBaud = 300;                ///< the rate last set
    std::chrono::milliseconds m_inputLineTime{0};  ///< of the bytes being handled (sign-on)
    EndpointActions m_out;
    EndpointActions m_held;  ///< stalled line output (sends, line settings, close)
};

/// "sign-on", "hdlc", "wrapper".
const char* nameOf(MeterEndpoint::Phase phase);

}  // namespace omt::sim
