#pragma once
// Runs a MeterEndpoint over a link::Transport: bytes from the transport go into the endpoint,
// its actions are carried out (bytes written, line settings applied, QTimers for its timers),
// optionally with line emulation: every byte takes its time at the current baud (10 bits a
// character) and an answer starts only after the turnaround delay.
//
//   EndpointConfig config;
//   configureForMeter(config, *meter);                      // sign-on, SAPs, advance/save hooks
//   EndpointRunner runner(config, meter->directory(), {.lineEmulation = true});
//   runner.attach(&transport);                              // endpoint.start()
//   ... runner.lineClosed();                                // the client went away
//
// One transport at a time; attach() of another one detaches the first. A transport that emits
// closed() is detached (the endpoint resets, lineClosed()). Lives in one thread.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <array>
#include <chrono>
#include <deque>
#include <memory>
#include <variant>

#include "link/transport.h"
#include "sim/endpoint/meter_endpoint.h"

namespace omt::sim {

class VirtualMeter;

struct RunnerOptions {
    bool lineEmulation = false;               ///< pace output at the line's rate
    std::chrono::milliseconds turnaround{0};  ///< before an answer starts (line emulation)
};

/// Fills what a virtual meter provides: the optical identification and readout, the serial
/// number, one association per client SAP, and the request hooks (advance() before each APDU,
/// saveIfChanged() after it; a failed save is logged).
void configureForMeter(EndpointConfig& config, VirtualMeter& meter);

class EndpointRunner : public QObject {
    Q_OBJECT

public:
    EndpointRunner(EndpointConfig config, ObjectDirectory& directory, RunnerOptions options = {},
                   QObject* parent = nullptr);
    ~EndpointRunner() override;

    /// Serves `transport` (not owned; it must be open or about to open): starts the endpoint.
    void attach(link::Transport* transport);
    /// Stops serving the transport: the endpoint resets as on a closed line; pending output
    /// is dropped. Does nothing when no transport is attached.
    void detach();
    /// The client left but the transport stays (a pty hung up): the endpoint resets.
    void lineClosed();

    MeterEndpoint& endpoint() { return *m_endpoint; }
    link::Transport* transport() const { return m_transport; }
    /// Bytes written to the transport so far.
    std::size_t bytesWritten() const { return m_bytesWritten; }

signals:
    /// A trace record of the endpoint (only with EndpointConfig::trace). Connect directly
    /// (same thread): the record type is not registered for queued connections.
    void traced(const omt::sim::EndpointTrace& record);
    /// The endpoint dropped the line (a fault, a wrapper stream out of step): the owner of the
    /// connection should close it if it can.
    void closeRequested(const QString& reason);

private:
    void onBytes(const QByteArray& data);
    void perform(EndpointActions actions);
    void queue(std::variant<Bytes, EndpointSetLine> item);
    void pump();
    void applyLine(const EndpointSetLine& line);

    std::unique_ptr<MeterEndpoint> m_endpoint;
    RunnerOptions m_options;
    QPointer<link::Transport> m_transport;
    std::array<std::unique_ptr<QTimer>, kEndpointTimerCount> m_timers;
    std::deque<std::variant<Bytes, EndpointSetLine>> m_output;
    QTimer m_pumpTimer;
    std::uint32_t m_baud = 300;
    std::chrono::steady_clock::time_point m_lineFreeAt{};
    std::size_t m_bytesWritten = 0;
    std::vector<QMetaObject::Connection> m_connections;
};

}  // namespace omt::sim
