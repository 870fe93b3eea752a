#pragma once
// The value types that cross between the caller's thread and the session worker: the settings
// copied when a connection starts, the requests, the results, the stages and the progress.
// Plain structs (registered as Qt meta types for queued signals); no QObject, no pointers.
//
//   SessionSettings s;
//   s.transport = TransportKind::Tcp;  s.host = "127.0.0.1";  s.tcpPort = 4059;
//   s.mode = LinkMode::Wrapper;
//   s.client = dlms::ClientConfig::lowLevel(0x20, bytesOf("12345678"));
//   SessionRequest r = SessionRequest::get(1, {{3, ObisCode(1, 0, 1, 8, 0, 255), 2}});

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

#include "link/session/session_error.h"
#include "protocol/dlms/client/client_association.h"
#include "protocol/hdlc/address.h"
#include "protocol/hdlc/link_parameters.h"
#include "protocol/iec62056_21/client_handshake.h"

namespace omt::link {

/// How the bytes reach the meter.
enum class TransportKind {
    Serial,    ///< optical head or serial port (`port`)
    Tcp,       ///< `host`:`tcpPort`
    Injected,  ///< a transport handed to MeterConnection::start (in-process pipe, tests)
};

/// The protocol stack on the transport.
enum class LinkMode {
    OpticalModeE,  ///< IEC 62056-21 sign-on at 300 baud, mode E switch, then HDLC at 8N1
    DirectHdlc,    ///< HDLC at once (serial at `hdlcBaud` 8N1, or HDLC over TCP / pipe)
    Wrapper,       ///< DLMS/COSEM TCP wrapper, no HDLC
    ModeCReadout,  ///< IEC 62056-21 mode C data readout, no DLMS
};
/// "optical-mode-e", "direct-hdlc", "wrapper", "mode-c-readout".
const char* nameOf(LinkMode m);

/// Copied into the worker when the connection starts; the caller may change its own copy.
struct SessionSettings {
    TransportKind transport = TransportKind::Serial;
    QString port;  ///< serial port name or path
    QString host;
    std::uint16_t tcpPort = 4059;
    LinkMode mode = LinkMode::OpticalModeE;
    std::uint32_t maxBaud = 9600;   ///< optical head's highest rate (mode E / C)
    std::uint32_t hdlcBaud = 9600;  ///< direct HDLC on a serial line
    /// HDLC: the server's upper (logical device) and optional lower (physical) address; the
    /// client address is client.clientSap.
    std::uint16_t serverLogical = 1;
    std::optional<std::uint16_t> serverPhysical;
    /// HDLC address learning: when the meter answers no SNRM at the address above, try the
    /// management logical device (upper 1) with no lower address, with the lower address
    /// derived from the serial number (physicalAddressOf), and with the all-station lower
    /// address 0x3FFF (IEC 62056-46 reserves it for "all stations"; a meter alone on a
    /// point-to-point optical line answers it). LinkInfo says what was tried and what answered.
    bool learnAddress = false;
    /// The meter's serial number when known (e.g. from a mode C readout), for address
    /// learning; otherwise digits at the end of the IEC 62056-21 identification are used.
    std::optional<std::uint32_t> serialNumber;
    /// What the tool proposes in SNRM: the largest the standard allows, so the meter's UA
    /// settles on the largest both sides allow.
    hdlc::LinkParameters linkParameters{hdlc::kMaxInfoLength, hdlc::kMaxInfoLength,
                                        hdlc::kMaxWindowSize, hdlc::kMaxWindowSize};
    /// Mode E: the pause between the meter's switch confirmation and the first SNRM. The meter
    /// switches its line to HDLC only after the confirmation has left it (plus its own margin,
    /// 10 ms as the tool allows itself); an SNRM sent at once is lost and costs a whole
    /// hdlcResponseTimeout.
    std::chrono::milliseconds modeESettleTime{20};
    std::chrono::milliseconds hdlcResponseTimeout{1000};
    unsigned hdlcMaxRetries = 3;
    /// Longest wait for one response APDU (also on the wrapper, which has no link timer).
    std::chrono::milliseconds apduTimeout{10000};
    /// Upper bound of the release on cancel / finish (RLRQ, then DISC), then the port closes.
    std::chrono::milliseconds releaseTimeout{2000};
    std::chrono::milliseconds connectTimeout{5000};  ///< TCP connect
    dlms::ClientConfig client;
    /// HLS: before the association, read the meter's invocation (frame) counter for this client
    /// through the public client (class 1, `invocationCounterObject`, attribute 2), as the DLMS
    /// UA recommends, and start the client's counter above it. When the meter does not serve
    /// it (or the public client may not read it), client.invocationCounter is used as
    /// configured and LinkInfo::invocationCounterNote says why.
    bool readInvocationCounter = false;
    cosem::ObisCode invocationCounterObject{0, 0, 43, 1, 0, 255};
    std::uint16_t publicClientSap = 0x10;
    iec62056_21::HandshakeOptions handshake;  ///< mode and maxBaud are set from the above
    QString tracePath;                        ///< empty: no trace file
};

/// One operation on the association.
struct SessionRequest {
    enum class Kind { Get, Set, Action };
    int id = 0;
    Kind kind = Kind::Get;
    std::vector<dlms::AttributeRef> attributes;  ///< Get
    std::vector<dlms::SetItem> values;           ///< Set
    dlms::MethodRef method;                      ///< Action
    std::optional<dlms::Data> parameters;        ///< Action

    static SessionRequest get(int id, std::vector<dlms::AttributeRef> attributes);
    static SessionRequest set(int id, std::vector<dlms::SetItem> values);
    static SessionRequest action(int id, dlms::MethodRef method,
                                 std::optional<dlms::Data> parameters = std::nullopt);
};

/// An item of a completed operation the meter refused, diagnosed.
struct ItemError {
    std::size_t index = 0;
    SessionError error;
};

/// The result of a completed operation: the client's outcome (GetOutcome, SetOutcome or
/// ActionOutcome) and a diagnosis of every refused item.
struct OperationResult {
    int id = 0;
    dlms::Outcome outcome;
    std::vector<ItemError> itemErrors;
};

/// Where the session is. Each change is reported once, in this order as far as the mode goes.
enum class SessionStage {
    Opening,         ///< opening the port / connecting
    SigningOn,       ///< IEC 62056-21 request at 300 baud
    SwitchingBaud,   ///< changing the line rate after the identification
    HdlcConnecting,  ///< SNRM sent
    HdlcConnected,   ///< UA received, parameters negotiated
    Associating,     ///< AARQ sent
    Associated,      ///< application association established
    Releasing,       ///< RLRQ sent
    Disconnecting,   ///< DISC sent
    Closed,          ///< port closed; the session is over
};
/// "opening", "signing-on", "switching-baud", ..., "closed".
const char* nameOf(SessionStage s);

struct SessionProgress {
    int requestId = 0;
    std::size_t itemsDone = 0;
    std::size_t itemsTotal = 0;
    std::size_t bytes = 0;    ///< response bytes received for this operation
    double secondsLeft = -1;  ///< estimate; negative when unknown
};

/// What the link settled on, reported with the stages.
struct LinkInfo {
    std::uint32_t baud = 0;                    ///< 0 on TCP / pipe
    std::optional<hdlc::LinkParameters> hdlc;  ///< negotiated, the tool's point of view
    dlms::Conformance conformance;             ///< negotiated
    std::uint16_t serverMaxPdu = 0;
    std::optional<iec62056_21::Identification> identification;
    /// HDLC: the server address that answered the SNRM, and every address tried, in order
    /// (the answering one last). More than one entry: the address was learnt.
    std::optional<hdlc::Address> serverAddress;
    std::vector<hdlc::Address> addressesTried;
    /// HLS with readInvocationCounter: the meter's counter as read, and the counter the client
    /// started from; or why the configured one was used (e.g. "the meter does not serve
    /// 0.0.43.1.0.255 (object-undefined)").
    std::optional<std::uint32_t> meterInvocationCounter;
    std::uint32_t clientInvocationCounter = 0;
    QString invocationCounterNote;
};

/// The lower HDLC address the Kamstrup meters (and the virtual meters) derive from their serial
/// number: 0x10 + serial % 10000. Example: physicalAddressOf(71234567) == 0x11E7.
std::uint16_t physicalAddressOf(std::uint32_t serialNumber);

/// The addresses address learning tries after `configured`, in order, without repeats:
/// 1/none, 1/physicalAddressOf(serial) when a serial is known, 1/0x3FFF (four-byte field).
std::vector<hdlc::Address> learningCandidates(const hdlc::Address& configured,
                                              std::optional<std::uint32_t> serialNumber);

/// A serial number at the end of an identification text (at least 6 digits, e.g. "MCT71234567"
/// gives 71234567), else nullopt.
std::optional<std::uint32_t> serialFromIdentification(const iec62056_21::Identification& id);

/// The serial number in a mode C readout: the value of C.1.0 (or 0.0.0 / 96.1.0 /
/// 0.0.96.1.0.255) when it is all digits, else nullopt.
std::optional<std::uint32_t> serialFromReadout(const iec62056_21::Readout& readout);

/// "1/none", "1/0x11E7", "1/0x3FFF": upper / lower HDLC server address.
QString addressText(const hdlc::Address& address);
/// "1/0x0042, 1/none, 1/0x3FFF": every address tried, for a diagnosis.
QString addressesText(const std::vector<hdlc::Address>& addresses);

/// One chunk of bytes on the wire, as the live trace shows it: secrets are already masked and
/// the frames' checksums computed over what is shown, as in the trace file (trace::Redactor;
/// a chunk comes once its frame is complete).
struct WireRecord {
    QDateTime time;
    bool toMeter = true;
    QByteArray bytes;
};

}  // namespace omt::link

Q_DECLARE_METATYPE(omt::link::WireRecord)
Q_DECLARE_METATYPE(omt::link::SessionRequest)
Q_DECLARE_METATYPE(omt::link::OperationResult)
Q_DECLARE_METATYPE(omt::link::SessionProgress)
Q_DECLARE_METATYPE(omt::link::LinkInfo)
Q_DECLARE_METATYPE(omt::iec62056_21::HandshakeResult)
