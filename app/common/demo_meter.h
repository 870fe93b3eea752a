#pragma once
// A virtual meter embedded in the tool (the CLI's --demo, the GUI's demo meters): the meter, the
// endpoint that serves it and the in-process pipe whose client end a session talks to. Lives in
// the caller's thread; the session's worker thread reaches it through the thread-safe pipe.
//
//   auto demo = DemoMeter::create(sim::MeterModel::OmnipowerCt);
//   connection.start(settings, (*demo)->takeClientTransport());   // settings.transport = Injected
//
// The demo secrets (reader password, HLS keys) are sim::MeterSecrets::demo(), documented in the
// README.

#include <QString>
#include <memory>
#include <optional>

#include "link/pipe_transport.h"
#include "protocol/common/expected.h"
#include "sim/endpoint/meter_endpoint.h"
#include "sim/meters/virtual_meter.h"

namespace omt::sim {
class EndpointRunner;
class InProcessMeter;
}  // namespace omt::sim

namespace omt::app {

struct DemoOptions {
    sim::MeterModel model = sim::MeterModel::OmnipowerCt;
    sim::LineKind line = sim::LineKind::Optical;  ///< what the demo's optical port speaks
    std::string stateFile;                        ///< empty: the demo forgets on exit
    double timeScale = 1.0;
    /// Every byte takes its time on the wire at the line's baud rate (300 baud sign-on, then the
    /// switched rate), as through a real optical head.
    bool lineEmulation = false;
    /// The meter's HDLC capability (largest information field and window); empty: the
    /// endpoint's default (128 bytes, window 1).
    std::optional<hdlc::LinkParameters> hdlc;
};

class DemoMeter {
public:
    /// Builds the meter and its endpoint. Errors: the meter's (e.g. a corrupt state file), as a
    /// sentence.
    static Expected<std::unique_ptr<DemoMeter>, QString> create(const DemoOptions& options);
    ~DemoMeter();

    /// The client end of a pipe to the meter, for MeterConnection::start. Each call after the
    /// first gives a new line to the same meter (the session of the previous one must be over),
    /// so a connection made again finds what the last one wrote.
    std::unique_ptr<link::Transport> takeClientTransport();

    sim::VirtualMeter& meter() { return *m_meter; }
    /// The demo secrets the meter was built with.
    const sim::MeterSecrets& secrets() const { return m_secrets; }

private:
    DemoMeter() = default;

    sim::MeterSecrets m_secrets;
    std::unique_ptr<sim::VirtualMeter> m_meter;
    std::unique_ptr<sim::EndpointRunner> m_runner;
    std::unique_ptr<sim::InProcessMeter> m_host;
    std::unique_ptr<link::PipeTransport> m_client;
};

}  // namespace omt::app
