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
    /// What the tool proposes in SNRM: the largest the standard allows, so the meter's UA
    /// settles on the largest both sides allow.
    hdlc::LinkParameters linkParameters{hdlc::kMaxInfoLength, hdlc::kMaxInfoLength,
                                        hdlc::kMaxWindowSize, hdlc::kMaxWindowSize};
    std::chrono::milliseconds hdlcResponseTimeout{1000};
    unsigned hdlcMaxRetries = 3;
    /// Longest wait for one response APDU (also on the wrapper, which has no link timer).
    std::chrono::milliseconds apduTimeout{10000};
    /// Upper bound of the release on cancel / finish (RLRQ, then DISC), then the port closes.
    std::chrono::milliseconds releaseTimeout{2000};
    std::chrono::milliseconds connectTimeout{5000};  ///< TCP connect
    dlms::ClientConfig client;
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
};

/// One chunk of bytes on the wire, as the live trace shows it: secrets (the LLS password) are
/// already masked, as in the trace file.
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
