#include "sim/host/endpoint_runner.h"

#include <algorithm>

#include "sim/endpoint/line_timing.h"

namespace omt::sim {

EndpointRunner::EndpointRunner(EndpointConfig config, ObjectDirectory& directory,
                               RunnerOptions options, QObject* parent)
    : QObject(parent),
      m_endpoint(std::make_unique<MeterEndpoint>(std::move(config), directory)),
      m_options(options) {
    for (std::size_t i = 0; i < m_timers.size(); ++i) {
        m_timers[i] = std::make_unique<QTimer>();
        m_timers[i]->setSingleShot(true);
        m_timers[i]->setTimerType(Qt::PreciseTimer);
        const auto id = static_cast<EndpointTimer>(i);
        connect(m_timers[i].get(), &QTimer::timeout, this,
                [this, id] { perform(m_endpoint->timerExpired(id)); });
    }
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &EndpointRunner::pump);
}

EndpointRunner::~EndpointRunner() {
    for (auto& c : m_connections) {
        disconnect(c);
    }
}

void EndpointRunner::attach(link::Transport* transport) {
    if (m_transport) {
        detach();
    }
    m_transport = transport;
    m_connections.push_back(
        connect(transport, &link::Transport::bytesReceived, this, &EndpointRunner::onBytes));
    m_connections.push_back(
        connect(transport, &link::Transport::closed, this, &EndpointRunner::detach));
    perform(m_endpoint->start());
}

void EndpointRunner::detach() {
    if (!m_transport) {
        return;  // already detached (closed() and the owner may both ask)
    }
    for (auto& c : m_connections) {
        disconnect(c);
    }
    m_connections.clear();
    m_output.clear();
    m_pumpTimer.stop();
    perform(m_endpoint->lineClosed());
    m_output.clear();  // nothing goes out on a line that is gone
    m_transport = nullptr;
}

void EndpointRunner::lineClosed() {
    m_output.clear();
    m_pumpTimer.stop();
    perform(m_endpoint->lineClosed());
}

void EndpointRunner::onBytes(const QByteArray& data) {
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(data.constData()),
                         static_cast<std::size_t>(data.size()));
    perform(m_endpoint->bytesReceived(bytes));
}

void EndpointRunner::perform(EndpointActions actions) {
    for (auto& action : actions) {
        if (auto* send = std::get_if<EndpointSend>(&action)) {
            queue(std::move(send->bytes));
        } else if (auto* line = std::get_if<EndpointSetLine>(&action)) {
            queue(*line);
        } else if (auto* start = std::get_if<EndpointStartTimer>(&action)) {
            m_timers[static_cast<std::size_t>(start->id)]->start(start->duration);
        } else if (auto* stop = std::get_if<EndpointStopTimer>(&action)) {
            m_timers[static_cast<std::size_t>(stop->id)]->stop();
        } else if (auto* close = std::get_if<EndpointCloseLine>(&action)) {
            m_output.clear();
            m_pumpTimer.stop();
            emit closeRequested(QString::fromStdString(close->reason));
        } else if (auto* record = std::get_if<EndpointTrace>(&action)) {
            emit traced(*record);
        }
    }
}

void EndpointRunner::queue(std::variant<Bytes, EndpointSetLine> item) {
    const bool idle = m_output.empty() && !m_pumpTimer.isActive();
    m_output.push_back(std::move(item));
    if (!idle) {
        return;
    }
    if (m_options.lineEmulation && m_options.turnaround.count() > 0 &&
        std::holds_alternative<Bytes>(m_output.front())) {
        m_pumpTimer.start(m_options.turnaround);  // the answer starts after the turnaround
        return;
    }
    pump();
}

void EndpointRunner::pump() {
    while (!m_output.empty()) {
        if (auto* line = std::get_if<EndpointSetLine>(&m_output.front())) {
            applyLine(*line);
            m_output.pop_front();
            continue;
        }
        Bytes& bytes = std::get<Bytes>(m_output.front());
        std::size_t n = bytes.size();
        if (m_options.lineEmulation) {
            // About 10 ms of characters at a time, each piece after its transmission time.
            n = std::min<std::size_t>(n, std::max<std::size_t>(1, m_baud / 1000));
        }
        if (m_transport && m_transport->isOpen()) {
            m_transport->write(ByteView(bytes).first(n));
            m_bytesWritten += n;
        }
        bytes.erase(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(n));
        if (bytes.empty()) {
            m_output.pop_front();
        }
        if (m_options.lineEmulation) {
            // The next piece goes when this one has left the line; the schedule is kept in
            // microseconds so that rounding to timer milliseconds does not add up.
            const auto now = std::chrono::steady_clock::now();
            m_lineFreeAt = std::max(m_lineFreeAt, now) + transmissionTime(n, m_baud);
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_lineFreeAt - now);
            m_pumpTimer.start(wait);
            return;
        }
    }
}

void EndpointRunner::applyLine(const EndpointSetLine& line) {
    m_baud = line.baud;
    if (!m_transport) {
        return;
    }
    link::LineSettings settings;
    settings.baud = static_cast<std::int32_t>(line.baud);
    if (line.framing == iec62056_21::LineFraming::EightN1) {
        settings.dataBits = 8;
        settings.parity = link::Parity::None;
    } else {
        settings.dataBits = 7;
        settings.parity = link::Parity::Even;
    }
    settings.stopBits = link::StopBits::One;
    m_transport->setLineSettings(settings);
}

}  // namespace omt::sim
