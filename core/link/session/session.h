#pragma once
// The session worker: drives one Transport with the protocol engines, in the worker thread
// MeterConnection gives it. It owns the transport, the IEC 62056-21 ClientHandshake, the HDLC
// Station (primary), the TCP wrapper decoder and the DLMS ClientAssociation, runs their timers
// as QTimers and carries out their actions. Everything it reports is a value type on a signal.
//
//   opened -> [sign-on 300 7E1 -> ACK 2Z2 -> Z baud 8N1] -> SNRM/UA -> AARQ/AARE [-> HLS 3/4]
//          -> requests (one at a time, queued) -> RLRQ/RLRE -> DISC/UA -> close
//
// Mode C readout stops after the readout. A failure before the association ends the session
// (failed(), then Closed). A failed operation reports failed() and the session carries on
// unless the association or the link is gone. cancel() abandons the running operation and
// releases the link (RLRQ, DISC) within settings.releaseTimeout, then closes the port.
//
// Use it through MeterConnection; tests may drive it directly in one thread.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <array>
#include <deque>
#include <memory>
#include <optional>

#include "link/session/session_types.h"
#include "link/transport.h"
#include "protocol/hdlc/station.h"
#include "protocol/iec62056_21/client_handshake.h"
#include "protocol/trace/redactor.h"
#include "protocol/trace/trace_file.h"
#include "protocol/wrapper/wrapper_codec.h"

namespace omt::link {

class TraceWriter;

class Session : public QObject {
    Q_OBJECT

public:
    /// `transport` may be null: one is created from the settings (serial or TCP) in start().
    Session(SessionSettings settings, std::unique_ptr<Transport> transport);
    ~Session() override;

    /// Opens the transport and goes as far as the association (or the readout).
    void start();
    /// Queues an operation; it runs once associated and the previous ones are done.
    void submit(const SessionRequest& request);
    /// Releases the association and the link, then closes (bounded by releaseTimeout).
    void finish();
    /// Abandons the running and queued operations (failed() with Cancelled for each), then as
    /// finish().
    void cancel();

    SessionStage stage() const { return m_stage; }
    /// HDLC statistics of the link (zero without HDLC).
    std::size_t retransmissions() const;

signals:
    void stageChanged(omt::link::SessionStage stage, const omt::link::LinkInfo& info);
    void progressed(const omt::link::SessionProgress& progress);
    void operationFinished(const omt::link::OperationResult& result);
    /// `requestId` is 0 for a failure of the session itself.
    void failed(int requestId, const omt::link::SessionError& error);
    void readoutReceived(const omt::iec62056_21::HandshakeResult& result);
    /// Every chunk written to or read from the transport (secrets masked), for a live trace.
    void wireTraced(const omt::link::WireRecord& record);
    /// The port is closed and the session is over.
    void closed();

private:
    enum class Phase {
        Idle,
        Opening,
        SigningOn,
        LinkConnecting,
        ReadingCounter,  ///< public association reading the invocation counter (HLS)
        Associating,
        Ready,
        Releasing,
        Disconnecting,
        Closed,
    };

    void setStage(SessionStage stage);
    void onOpened();
    void onBytes(const QByteArray& data);
    void onTransportError(const TransportError& error);
    void onTransportClosed();

    void runHandshake(iec62056_21::HandshakeActions actions);
    void runStation(hdlc::Actions actions);
    void runStationAction(hdlc::Action& action);
    void startLink();
    /// Starts the HDLC station towards m_candidates[m_candidate].
    void connectCandidate();
    void startAssociation();
    /// After the link: the invocation counter first (HLS with readInvocationCounter), or the
    /// association.
    void onLinkUp();
    /// HLS with readInvocationCounter, counter not read yet: the public client is set up.
    void prepareCounterRead();
    void startCounterRead();
    void onCounterApdu(const Bytes& apdu);
    /// The counter is known (or will not be): the HLS client's link and association follow.
    void counterDone(const QString& note);
    std::uint16_t activeClientSap() const;
    void onApdu(const Bytes& apdu);
    void sendApdu(const Bytes& apdu);
    void writeBytes(ByteView bytes);
    void traceWire(trace::Direction direction, ByteView bytes);
    void emitWire(const std::vector<trace::TraceRecord>& records);
    trace::LineFraming traceFraming() const;
    void startNextOperation();
    void completeOperation(dlms::Outcome outcome);
    void failOperation(const SessionError& error);
    void emitProgress();
    void onApduTimeout();

    /// Ends the session: release and disconnect as far as the state allows, then close.
    void teardown();
    void disconnectLink();
    void closeTransport();
    /// A failure that ends the session.
    void fatal(const SessionError& error);

    SessionError diagnose(const dlms::ClientFailure& failure) const;
    QString lineDescription() const;

    SessionSettings m_settings;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<TraceWriter> m_trace;
    std::unique_ptr<trace::Redactor> m_wireRedactor;  ///< the live trace's (wireTraced)
    Phase m_phase = Phase::Idle;
    SessionStage m_stage = SessionStage::Closed;
    LinkInfo m_info;
    std::uint32_t m_baud = 300;

    std::optional<iec62056_21::ClientHandshake> m_handshake;
    std::array<QTimer*, 3> m_handshakeTimers{};
    std::optional<hdlc::Station> m_station;
    Bytes m_signOnBytes;  ///< received during the sign-on, bounded (to name a readout-only meter)
    std::vector<hdlc::Address> m_candidates;  ///< the configured address, then learning's
    std::size_t m_candidate = 0;
    std::array<QTimer*, hdlc::kTimerCount> m_stationTimers{};
    std::deque<hdlc::Action> m_stationActions;
    bool m_inStation = false;
    wrapper::WrapperDecoder m_wrapperDecoder;
    dlms::ClientAssociation m_client;
    std::optional<dlms::ClientAssociation> m_counterClient;  ///< public, while reading the IC
    bool m_counterRead = false;

    QTimer* m_apduTimer = nullptr;
    QTimer* m_releaseTimer = nullptr;
    QTimer* m_settleTimer = nullptr;  ///< mode E: confirmation received, SNRM not yet sent
    std::deque<SessionRequest> m_queue;
    std::optional<SessionRequest> m_current;
    QElapsedTimer m_opClock;
    bool m_closing = false;
    bool m_finishPending = false;
};

}  // namespace omt::link
