#include "sim/host/in_process_meter.h"

namespace omt::sim {

InProcessMeter::InProcessMeter(std::unique_ptr<link::PipeTransport> meterEnd,
                               EndpointRunner& runner, QObject* parent)
    : QObject(parent), m_transport(std::move(meterEnd)), m_runner(runner) {
    // The runner detaches itself on closed(); reopen and attach again for the next session.
    connect(
        m_transport.get(), &link::Transport::closed, this,
        [this] {
            if (m_transport->open()) {
                m_runner.attach(m_transport.get());
            }
        },
        Qt::QueuedConnection);
    m_transport->open();
    m_runner.attach(m_transport.get());
}

InProcessMeter::~InProcessMeter() {
    if (m_runner.transport() == m_transport.get()) {
        m_runner.detach();
    }
}

}  // namespace omt::sim
