#include "app/common/demo_meter.h"

#include "sim/host/endpoint_runner.h"
#include "sim/host/in_process_meter.h"

namespace omt::app {

Expected<std::unique_ptr<DemoMeter>, QString> DemoMeter::create(const DemoOptions& options) {
    std::unique_ptr<DemoMeter> demo(new DemoMeter);
    sim::VirtualMeterOptions meterOptions;
    meterOptions.model = options.model;
    meterOptions.stateFile = options.stateFile;
    meterOptions.timeScale = options.timeScale;
    demo->m_secrets = meterOptions.secrets;
    auto meter = sim::VirtualMeter::create(meterOptions);
    if (!meter) {
        return omt::unexpected(QStringLiteral("the demo meter cannot start: %1 (%2)")
                                   .arg(QString::fromLatin1(sim::nameOf(meter.error().code)),
                                        QString::fromStdString(meter.error().detail)));
    }
    demo->m_meter = std::move(*meter);

    sim::EndpointConfig config;
    config.line = options.line;
    sim::configureForMeter(config, *demo->m_meter);
    if (options.hdlc) {
        config.hdlc = *options.hdlc;
    }
    sim::RunnerOptions runner;
    runner.lineEmulation = options.lineEmulation;
    demo->m_runner =
        std::make_unique<sim::EndpointRunner>(config, demo->m_meter->directory(), runner);
    auto [client, meterEnd] = link::PipeTransport::createPair(QStringLiteral("demo"));
    demo->m_client = std::move(client);
    demo->m_host = std::make_unique<sim::InProcessMeter>(std::move(meterEnd), *demo->m_runner);
    return demo;
}

DemoMeter::~DemoMeter() {
    // The endpoint host first (it detaches from the runner), then the runner, then the meter.
    m_host.reset();
    m_runner.reset();
}

std::unique_ptr<link::Transport> DemoMeter::takeClientTransport() {
    if (!m_client) {
        // A new line to the same meter: the endpoint's host of the last one goes first (it
        // detaches from the runner), the runner and the meter stay.
        m_host.reset();
        auto [client, meterEnd] = link::PipeTransport::createPair(QStringLiteral("demo"));
        m_client = std::move(client);
        m_host = std::make_unique<sim::InProcessMeter>(std::move(meterEnd), *m_runner);
    }
    return std::move(m_client);
}

}  // namespace omt::app
