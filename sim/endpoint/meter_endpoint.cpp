#include "sim/endpoint/meter_endpoint.h"

#include <cstdio>
#include <utility>

#include "protocol/dlms/apdu/acse.h"
#include "protocol/dlms/apdu/apdu.h"
#include "sim/endpoint/line_timing.h"

namespace omt::sim {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::size_t indexOf(EndpointTimer id) {
    return static_cast<std::size_t>(id);
}

std::string sapText(std::uint16_t sap) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", static_cast<unsigned>(sap));
    return text;
}

/// A wrapper frame's header line and its APDU, deciphered by `tracer` when it has the keys.
std::vector<std::string> describeWrapperFrame(const wrapper::WrapperFrame& frame,
                                              trace::TraceDecoder& tracer,
                                              trace::Direction direction) {
    std::vector<std::string> lines;
    lines.push_back("wrapper wPort " + sapText(frame.sourceWPort) + " -> " +
                    sapText(frame.destinationWPort) + ", " + std::to_string(frame.payload.size()) +
                    " bytes");
    auto apdu = tracer.describeWholeApdu(direction, frame.payload);
    lines.insert(lines.end(), apdu.begin(), apdu.end());
    return lines;
}

}  // namespace

const char* nameOf(LineKind kind) {
    switch (kind) {
        case LineKind::Optical:
            return "optical";
        case LineKind::DirectHdlc:
            return "hdlc";
        case LineKind::Wrapper:
            return "wrapper";
    }
    return "unknown";
}

const char* nameOf(EndpointTimer timer) {
    switch (timer) {
        case EndpointTimer::Reaction:
            return "reaction";
        case EndpointTimer::SignOnInactivity:
            return "sign-on-inactivity";
        case EndpointTimer::LineSwitch:
            return "line-switch";
        case EndpointTimer::HdlcInactivity:
            return "hdlc-inactivity";
        case EndpointTimer::InterOctet:
            return "inter-octet";
        case EndpointTimer::ModeEIdle:
            return "mode-e-idle";
        case EndpointTimer::Stall:
            return "stall";
    }
    return "unknown";
}

const char* nameOf(MeterEndpoint::Phase phase) {
    switch (phase) {
        case MeterEndpoint::Phase::SignOn:
            return "sign-on";
        case MeterEndpoint::Phase::Hdlc:
            return "hdlc";
        case MeterEndpoint::Phase::Wrapper:
            return "wrapper";
    }
    return "unknown";
}

std::uint16_t physicalAddressOf(std::uint32_t serialNumber) {
    return static_cast<std::uint16_t>(0x10 + serialNumber % 10000);
}

MeterEndpoint::MeterEndpoint(EndpointConfig config, ObjectDirectory& directory)
    : m_config(std::move(config)),
      m_directory(directory),
      m_faults(m_config.faults),
      m_signOn(m_config.signOn) {
    for (const AssociationConfig& association : m_config.associations) {
        m_associations[association.clientSap] =
            std::make_unique<ServerAssociation>(association, m_directory);
    }
}

MeterEndpoint::~MeterEndpoint() = default;

const ServerAssociation* MeterEndpoint::association(std::uint16_t clientSap) const {
    auto it = m_associations.find(clientSap);
    return it == m_associations.end() ? nullptr : it->second.get();
}

hdlc::Address MeterEndpoint::serverAddress() const {
    return hdlc::Address::server(m_config.logicalDevice, physicalAddressOf(m_config.serialNumber));
}

hdlc::StationConfig MeterEndpoint::stationConfig() const {
    hdlc::StationConfig c;
    c.role = hdlc::Role::Secondary;
    c.server = serverAddress();
    c.parameters = m_config.hdlc;
    c.inactivityTimeout = m_config.hdlcInactivity;
    c.interOctetTimeout = m_config.interOctetTimeout;
    const std::uint16_t logical = m_config.logicalDevice;
    const std::uint16_t physical = physicalAddressOf(m_config.serialNumber);
    const bool requirePhysical = m_config.requirePhysicalAddress;
    c.acceptServer = [logical, physical, requirePhysical](const hdlc::Address& a) {
        if (a.upper != logical) {
            return false;
        }
        switch (a.size) {
            case hdlc::AddressSize::One:
                return !requirePhysical;
            case hdlc::AddressSize::Two:
                return a.lower == physical || a.lower == hdlc::kAllStation7;
            case hdlc::AddressSize::Four:
                return a.lower == physical || a.lower == hdlc::kAllStation14;
        }
        return false;
    };
    c.acceptClient = [this](const hdlc::Address& a) {
        return a.size == hdlc::AddressSize::One && m_associations.count(a.upper) != 0;
    };
    return c;
}

// ---------------------------------------------------------------------------------------------
// Inputs

EndpointActions MeterEndpoint::start() {
    reset();
    return take();
}

EndpointActions MeterEndpoint::lineClosed() {
    note("line closed");
    reset();
    return take();
}

EndpointActions MeterEndpoint::bytesReceived(ByteView bytes) {
    const std::size_t admitted = m_faults.admit(bytes.size());
    const Bytes arrived = m_faults.apply(FaultDirection::Received, bytes.first(admitted));
    if (!arrived.empty()) {
        switch (m_phase) {
            case Phase::SignOn:
                traceBytes(trace::Direction::ToMeter, arrived);
                if (m_config.reactAfterInputLineTime) {
                    m_inputLineTime = std::chrono::ceil<std::chrono::milliseconds>(
                        transmissionTime(arrived.size(), m_lineBaud));
                }
                runSignOn(m_signOn.bytesReceived(arrived));
                m_inputLineTime = std::chrono::milliseconds{0};
                break;
            case Phase::Hdlc:
                traceBytes(trace::Direction::ToMeter, arrived);
                runStation(m_station->bytesReceived(arrived));
                break;
            case Phase::Wrapper:
                onWrapperBytes(arrived);
                break;
        }
    }
    if (m_faults.lineDropDue()) {
        note("fault: line dropped after " + std::to_string(*m_faults.config().dropLineAfter) +
             " bytes");
        reset();
        m_out.emplace_back(EndpointCloseLine{"fault: drop after bytes"});
    }
    return take();
}

EndpointActions MeterEndpoint::timerExpired(EndpointTimer id) {
    if (indexOf(id) >= m_running.size() || !m_running[indexOf(id)]) {
        return take();  // stopped since, or never started
    }
    m_running[indexOf(id)] = false;
    using iec62056_21::ServerTimerId;
    switch (id) {
        case EndpointTimer::Reaction:
            runSignOn(m_signOn.timerExpired(ServerTimerId::Reaction));
            break;
        case EndpointTimer::SignOnInactivity:
            runSignOn(m_signOn.timerExpired(ServerTimerId::Inactivity));
            break;
        case EndpointTimer::LineSwitch:
            runSignOn(m_signOn.timerExpired(ServerTimerId::LineSwitch));
            break;
        case EndpointTimer::HdlcInactivity:
            if (m_phase == Phase::Hdlc && m_station) {
                runStation(m_station->timerExpired(hdlc::TimerId::Inactivity));
            }
            break;
        case EndpointTimer::InterOctet:
            if (m_phase == Phase::Hdlc && m_station) {
                runStation(m_station->timerExpired(hdlc::TimerId::InterOctet));
            }
            break;
        case EndpointTimer::ModeEIdle:
            if (m_phase == Phase::Hdlc && m_station &&
                m_station->state() == hdlc::LinkState::Disconnected) {
                note("no SNRM after the mode E switch: back to sign-on");
                leaveHdlc();
            }
            break;
        case EndpointTimer::Stall:
            for (auto& action : m_held) {
                m_out.push_back(std::move(action));
            }
            m_held.clear();
            break;
    }
    return take();
}

// ---------------------------------------------------------------------------------------------
// Phases

void MeterEndpoint::reset() {
    for (std::size_t i = 0; i < m_running.size(); ++i) {
        if (m_running[i]) {
            stopTimer(static_cast<EndpointTimer>(i));
        }
    }
    for (auto& [sap, association] : m_associations) {
        association->abort();
    }
    m_connectedSap.reset();
    m_station.reset();
    m_wrapper.reset();
    m_held.clear();
    m_faults.rearm();
    if (m_config.trace) {
        // What the redactor still holds (a frame cut short) goes out as it is, then a new line.
        if (m_redactor) {
            for (auto& done : m_redactor->flush()) {
                m_out.emplace_back(
                    EndpointTrace{done.direction, std::move(done.bytes), std::move(done.lines)});
            }
        }
        m_redactor.emplace(m_config.line == LineKind::Wrapper ? trace::LineFraming::Wrapper
                                                              : trace::LineFraming::Serial);
        for (const auto& association : m_config.associations) {
            if (association.secrets) {
                m_redactor->addSecret(association.secrets->llsPassword());
            }
        }
        if (m_config.traceKeys) {
            m_tracer.emplace(*m_config.traceKeys);
        } else {
            m_tracer.emplace();
        }
    }
    switch (m_config.line) {
        case LineKind::Optical:
            enterSignOn();
            break;
        case LineKind::DirectHdlc:
            setLine(m_config.directBaud, iec62056_21::LineFraming::EightN1);
            enterHdlc();
            break;
        case LineKind::Wrapper:
            m_phase = Phase::Wrapper;
            break;
    }
}

void MeterEndpoint::enterSignOn() {
    m_phase = Phase::SignOn;
    runSignOn(m_signOn.start());
}

void MeterEndpoint::enterHdlc() {
    m_phase = Phase::Hdlc;
    m_station = std::make_unique<hdlc::Station>(stationConfig());
    if (m_config.line == LineKind::Optical && m_config.hdlcInactivity.count() > 0) {
        startTimer(EndpointTimer::ModeEIdle, m_config.hdlcInactivity);
    }
}

void MeterEndpoint::leaveHdlc() {
    stopTimers(
        {EndpointTimer::HdlcInactivity, EndpointTimer::InterOctet, EndpointTimer::ModeEIdle});
    abortConnected();
    if (m_config.line == LineKind::Optical) {
        enterSignOn();
    }
}

void MeterEndpoint::abortConnected() {
    if (m_connectedSap) {
        if (auto it = m_associations.find(*m_connectedSap); it != m_associations.end()) {
            it->second->abort();
        }
        m_connectedSap.reset();
    }
}

void MeterEndpoint::runSignOn(iec62056_21::ServerActions actions) {
    using iec62056_21::ServerTimerId;
    auto timerOf = [](ServerTimerId id) {
        switch (id) {
            case ServerTimerId::Reaction:
                return EndpointTimer::Reaction;
            case ServerTimerId::Inactivity:
                return EndpointTimer::SignOnInactivity;
            case ServerTimerId::LineSwitch:
                return EndpointTimer::LineSwitch;
        }
        return EndpointTimer::Reaction;
    };
    for (auto& action : actions) {
        std::visit(Overloaded{
                       [&](iec62056_21::SendBytes& a) { send(std::move(a.bytes)); },
                       [&](iec62056_21::SetLine& a) { setLine(a.baud, a.framing); },
                       [&](iec62056_21::ServerStartTimer& a) {
                           // A reaction started by received bytes counts from their last character.
                           const auto extra = a.id == ServerTimerId::Reaction
                                                  ? m_inputLineTime
                                                  : std::chrono::milliseconds{0};
                           startTimer(timerOf(a.id), a.duration + extra);
                       },
                       [&](iec62056_21::ServerStopTimer& a) { stopTimer(timerOf(a.id)); },
                       [&](iec62056_21::EnterHdlc& a) {
                           note("mode E: HDLC at " + std::to_string(a.baud) + " baud");
                           enterHdlc();
                       },
                   },
                   action);
    }
}

void MeterEndpoint::runStation(hdlc::Actions actions) {
    auto timerOf = [](hdlc::TimerId id) -> std::optional<EndpointTimer> {
        switch (id) {
            case hdlc::TimerId::Inactivity:
                return EndpointTimer::HdlcInactivity;
            case hdlc::TimerId::InterOctet:
                return EndpointTimer::InterOctet;
            case hdlc::TimerId::Response:
            case hdlc::TimerId::Poll:
                break;  // primary timers, never asked of a secondary
        }
        return std::nullopt;
    };
    for (auto& action : actions) {
        std::visit(Overloaded{
                       [&](hdlc::SendBytes& a) { send(std::move(a.bytes)); },
                       [&](hdlc::StartTimer& a) {
                           if (auto id = timerOf(a.id)) {
                               startTimer(*id, a.duration);
                           }
                       },
                       [&](hdlc::StopTimer& a) {
                           if (auto id = timerOf(a.id)) {
                               stopTimer(*id);
                           }
                       },
                       [&](hdlc::Connected& a) {
                           abortConnected();  // a new SNRM ends the previous connection
                           stopTimer(EndpointTimer::ModeEIdle);
                           m_connectedSap = m_station->peer().upper;
                           note("HDLC connected: client " + sapText(*m_connectedSap) +
                                ", max info " + std::to_string(a.parameters.maxInfoTransmit) + "/" +
                                std::to_string(a.parameters.maxInfoReceive) + ", window " +
                                std::to_string(a.parameters.windowTransmit) + "/" +
                                std::to_string(a.parameters.windowReceive));
                       },
                       [&](hdlc::ApduReceived& a) {
                           if (!m_connectedSap) {
                               return;
                           }
                           if (auto answer = handleApdu(*m_connectedSap, a.apdu)) {
                               runStation(m_station->send(*answer));
                           }
                       },
                       [&](hdlc::Disconnected& a) {
                           note(std::string("HDLC disconnected: ") + hdlc::nameOf(a.reason));
                           leaveHdlc();
                       },
                       [&](hdlc::Failed& a) {
                           note(std::string("HDLC ") + hdlc::nameOf(a.failure.code) + ": " +
                                a.failure.detail);
                       },
                   },
                   action);
        if (m_phase != Phase::Hdlc) {
            break;  // the link ended: what the old station still said no longer applies
        }
    }
}

void MeterEndpoint::onWrapperBytes(ByteView bytes) {
    wrapper::WrapperDecodeResult result = m_wrapper.feed(bytes);
    if (m_config.trace && m_tracer) {
        refreshTraceKeys();
        std::vector<std::string> lines;
        for (const auto& frame : result.frames) {
            auto described = describeWrapperFrame(frame, *m_tracer, trace::Direction::ToMeter);
            lines.insert(lines.end(), described.begin(), described.end());
        }
        emitTrace(
            EndpointTrace{trace::Direction::ToMeter, Bytes(bytes.begin(), bytes.end()), lines});
    }
    for (const auto& frame : result.frames) {
        if (frame.destinationWPort != m_config.logicalDevice) {
            note("wrapper frame for wPort " + sapText(frame.destinationWPort) + " ignored");
            continue;
        }
        auto answer = handleApdu(frame.sourceWPort, frame.payload);
        if (!answer) {
            continue;
        }
        const wrapper::WrapperFrame reply{frame.destinationWPort, frame.sourceWPort,
                                          std::move(*answer)};
        if (auto encoded = wrapper::encodeWrapper(reply)) {
            send(std::move(*encoded));
        } else {
            note(std::string("wrapper answer not sent: ") + wrapper::nameOf(encoded.error().code));
        }
    }
    if (result.failure) {
        note(std::string("wrapper stream out of step: ") + wrapper::nameOf(result.failure->code) +
             ", line dropped");
        reset();
        m_out.emplace_back(EndpointCloseLine{"wrapper stream out of step"});
    }
}

std::optional<Bytes> MeterEndpoint::handleApdu(std::uint16_t clientSap, ByteView apdu) {
    auto it = m_associations.find(clientSap);
    if (it == m_associations.end()) {
        note("no association for client " + sapText(clientSap) + ": APDU ignored");
        return std::nullopt;
    }
    if (!apdu.empty() && apdu.front() == 0x60 && m_faults.takeRefusal()) {
        dlms::Aare aare;
        aare.result = dlms::AssociationResult::RejectedTransient;
        aare.diagnostic = dlms::AcseServiceUserDiagnostic::NoReasonGiven;
        if (auto aarq = dlms::decodeAarq(apdu)) {
            aare.applicationContext = aarq->applicationContext;
        }
        note("fault: association of client " + sapText(clientSap) + " refused");
        auto encoded = dlms::encodeAare(aare);
        if (!encoded) {
            return std::nullopt;
        }
        return std::move(*encoded);
    }
    if (m_config.beforeRequest) {
        m_config.beforeRequest();
    }
    std::optional<Bytes> answer = it->second->handleApdu(apdu);
    if (m_config.afterRequest) {
        m_config.afterRequest();
    }
    return answer;
}

// ---------------------------------------------------------------------------------------------
// Outputs

void MeterEndpoint::send(Bytes bytes) {
    Bytes onLine = m_faults.apply(FaultDirection::Sent, bytes);
    if (onLine.empty()) {
        return;
    }
    const bool stall = m_config.faults.stall.count() > 0;
    if (stall && !m_running[indexOf(EndpointTimer::Stall)]) {
        startTimer(EndpointTimer::Stall, m_config.faults.stall);
    }
    if (m_config.trace) {
        std::vector<std::string> lines;
        if (m_phase == Phase::Wrapper && m_tracer) {
            if (auto frame = wrapper::decodeWrapper(onLine)) {
                lines = describeWrapperFrame(*frame, *m_tracer, trace::Direction::FromMeter);
            }
        } else if (m_tracer) {
            lines = m_tracer->feed(trace::Direction::FromMeter, onLine);
        }
        emitTrace(EndpointTrace{trace::Direction::FromMeter, onLine, std::move(lines)}, true);
    }
    output(EndpointSend{std::move(onLine)});
}

void MeterEndpoint::setLine(std::uint32_t baud, iec62056_21::LineFraming framing) {
    m_lineBaud = baud;
    output(EndpointSetLine{baud, framing});
}

void MeterEndpoint::output(EndpointAction action) {
    if (m_running[indexOf(EndpointTimer::Stall)]) {
        m_held.push_back(std::move(action));  // line output keeps its order behind held answers
    } else {
        m_out.push_back(std::move(action));
    }
}

void MeterEndpoint::startTimer(EndpointTimer id, std::chrono::milliseconds duration) {
    m_running[indexOf(id)] = true;
    m_out.emplace_back(EndpointStartTimer{id, duration});
}

void MeterEndpoint::stopTimer(EndpointTimer id) {
    if (m_running[indexOf(id)]) {
        m_running[indexOf(id)] = false;
        m_out.emplace_back(EndpointStopTimer{id});
    }
}

void MeterEndpoint::stopTimers(std::initializer_list<EndpointTimer> ids) {
    for (EndpointTimer id : ids) {
        stopTimer(id);
    }
}

void MeterEndpoint::note(std::string text) {
    if (m_config.trace) {
        emitTrace(EndpointTrace{std::nullopt, {}, {std::move(text)}});
    }
}

void MeterEndpoint::refreshTraceKeys() {
    if (!m_config.traceKeys || !m_tracer) {
        return;
    }
    // Keys changed by global_key_transfer: the tracer uses them from the next association on.
    for (const auto& association : m_config.associations) {
        if (association.secrets) {
            m_tracer->setKeys(association.secrets->keys());
            return;
        }
    }
}

void MeterEndpoint::traceBytes(trace::Direction direction, ByteView bytes) {
    if (m_config.trace && m_tracer) {
        if (direction == trace::Direction::ToMeter) {
            refreshTraceKeys();
        }
        emitTrace(EndpointTrace{direction, Bytes(bytes.begin(), bytes.end()),
                                m_tracer->feed(direction, bytes)});
    }
}

void MeterEndpoint::emitTrace(EndpointTrace record, bool lineOutput) {
    // Secrets out of the raw bytes, with the frames' checksums computed again (a record may wait
    // until its frame is complete; records keep their order).
    std::vector<trace::TraceRecord> ready;
    if (m_redactor) {
        ready = m_redactor->add(trace::TraceRecord{record.direction, std::move(record.bytes),
                                                   std::nullopt, std::move(record.lines)});
    } else {
        ready.push_back(trace::TraceRecord{record.direction, std::move(record.bytes), std::nullopt,
                                           std::move(record.lines)});
    }
    for (auto& done : ready) {
        EndpointTrace out{done.direction, std::move(done.bytes), std::move(done.lines)};
        if (lineOutput) {
            output(std::move(out));
        } else {
            m_out.emplace_back(std::move(out));
        }
    }
}

EndpointActions MeterEndpoint::take() {
    EndpointActions out = std::move(m_out);
    m_out.clear();
    return out;
}

}  // namespace omt::sim
