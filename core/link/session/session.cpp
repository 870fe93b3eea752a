#include "link/session/session.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cctype>
#include <string>

#include "link/serial_transport.h"
#include "link/tcp_transport.h"
#include "link/trace_writer.h"

namespace omt::link {

Q_LOGGING_CATEGORY(lcSession, "omt.link.session", QtInfoMsg)

namespace {

LineSettings lineFor(std::uint32_t baud, iec62056_21::LineFraming framing) {
    if (framing == iec62056_21::LineFraming::EightN1) {
        return LineSettings{static_cast<std::int32_t>(baud), 8, Parity::None, StopBits::One};
    }
    return LineSettings{static_cast<std::int32_t>(baud), 7, Parity::Even, StopBits::One};
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// Sign-on bytes kept to name a meter that offers no mode E (an identification is at most 5 +
/// 16 characters plus enhanced sequences, after a possible echo of the request).
constexpr std::size_t kMaxSignOnBytes = 256;

/// The identification message ("/XXXZ...\r\n") among the received sign-on bytes, if any.
std::optional<iec62056_21::Identification> identificationIn(const Bytes& bytes) {
    std::size_t from = 0;
    while (true) {
        const auto slash = std::find(bytes.begin() + static_cast<std::ptrdiff_t>(from), bytes.end(),
                                     std::uint8_t('/'));
        if (slash == bytes.end()) {
            return std::nullopt;
        }
        const auto lf = std::find(slash, bytes.end(), std::uint8_t('\n'));
        if (lf == bytes.end()) {
            return std::nullopt;
        }
        auto id = iec62056_21::parseIdentification(ByteView(&*slash, std::size_t(lf - slash) + 1));
        if (id) {
            return *id;
        }
        from = std::size_t(slash - bytes.begin()) + 1;  // an echo of "/?!": look further
    }
}

}  // namespace

std::uint16_t physicalAddressOf(std::uint32_t serialNumber) {
    return static_cast<std::uint16_t>(0x10 + serialNumber % 10000);
}

std::vector<hdlc::Address> learningCandidates(const hdlc::Address& configured,
                                              std::optional<std::uint32_t> serialNumber) {
    std::vector<hdlc::Address> out;
    auto add = [&](const hdlc::Address& a) {
        if (a == configured || std::find(out.begin(), out.end(), a) != out.end()) {
            return;
        }
        out.push_back(a);
    };
    add(hdlc::Address::server(hdlc::kManagementLogicalDevice));
    if (serialNumber) {
        add(hdlc::Address::server(hdlc::kManagementLogicalDevice, physicalAddressOf(*serialNumber),
                                  hdlc::AddressSize::Four));
    }
    add(hdlc::Address::server(hdlc::kManagementLogicalDevice, hdlc::kAllStation14,
                              hdlc::AddressSize::Four));
    return out;
}

std::optional<std::uint32_t> serialFromIdentification(const iec62056_21::Identification& id) {
    const std::string& text = id.identification;
    std::size_t digits = 0;
    while (digits < text.size() &&
           std::isdigit(static_cast<unsigned char>(text[text.size() - 1 - digits])) != 0) {
        ++digits;
    }
    if (digits < 6 || digits > 9) {
        return std::nullopt;
    }
    return static_cast<std::uint32_t>(std::stoul(text.substr(text.size() - digits)));
}

std::optional<std::uint32_t> serialFromReadout(const iec62056_21::Readout& readout) {
    for (const char* address : {"C.1.0", "0.0.0", "96.1.0", "0.0.96.1.0.255", "0-0:96.1.0"}) {
        for (const auto& set : readout.dataSets) {
            if (set.address != address || set.values.empty()) {
                continue;
            }
            const std::string& v = set.values.front().value;
            if (v.empty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c));
                })) {
                continue;
            }
            return static_cast<std::uint32_t>(std::stoul(v));
        }
    }
    return std::nullopt;
}

QString addressText(const hdlc::Address& address) {
    if (address.size == hdlc::AddressSize::One) {
        return QStringLiteral("%1/none").arg(address.upper);
    }
    return QStringLiteral("%1/0x%2")
        .arg(address.upper)
        .arg(address.lower, address.size == hdlc::AddressSize::Two ? 2 : 4, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}

QString addressesText(const std::vector<hdlc::Address>& addresses) {
    QStringList parts;
    for (const auto& a : addresses) {
        parts << addressText(a);
    }
    return parts.join(QStringLiteral(", "));
}

const char* nameOf(LinkMode m) {
    switch (m) {
        case LinkMode::OpticalModeE:
            return "optical-mode-e";
        case LinkMode::DirectHdlc:
            return "direct-hdlc";
        case LinkMode::Wrapper:
            return "wrapper";
        case LinkMode::ModeCReadout:
            return "mode-c-readout";
    }
    return "unknown";
}

const char* nameOf(SessionStage s) {
    switch (s) {
        case SessionStage::Opening:
            return "opening";
        case SessionStage::SigningOn:
            return "signing-on";
        case SessionStage::SwitchingBaud:
            return "switching-baud";
        case SessionStage::HdlcConnecting:
            return "hdlc-connecting";
        case SessionStage::HdlcConnected:
            return "hdlc-connected";
        case SessionStage::Associating:
            return "associating";
        case SessionStage::Associated:
            return "associated";
        case SessionStage::Releasing:
            return "releasing";
        case SessionStage::Disconnecting:
            return "disconnecting";
        case SessionStage::Closed:
            return "closed";
    }
    return "unknown";
}

SessionRequest SessionRequest::get(int id, std::vector<dlms::AttributeRef> attributes) {
    SessionRequest r;
    r.id = id;
    r.kind = Kind::Get;
    r.attributes = std::move(attributes);
    return r;
}

SessionRequest SessionRequest::set(int id, std::vector<dlms::SetItem> values) {
    SessionRequest r;
    r.id = id;
    r.kind = Kind::Set;
    r.values = std::move(values);
    return r;
}

SessionRequest SessionRequest::action(int id, dlms::MethodRef method,
                                      std::optional<dlms::Data> parameters) {
    SessionRequest r;
    r.id = id;
    r.kind = Kind::Action;
    r.method = method;
    r.parameters = std::move(parameters);
    return r;
}

Session::Session(SessionSettings settings, std::unique_ptr<Transport> transport)
    : m_settings(std::move(settings)),
      m_transport(std::move(transport)),
      m_client(m_settings.client) {
    for (std::size_t i = 0; i < m_handshakeTimers.size(); ++i) {
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        // The sign-on's times are short minimums (200 ms reaction): a coarse timer would add
        // up to 5 % to each.
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, i] {
            if (m_handshake) {
                runHandshake(m_handshake->timerExpired(static_cast<iec62056_21::TimerId>(i)));
            }
        });
        m_handshakeTimers[i] = timer;
    }
    for (std::size_t i = 0; i < m_stationTimers.size(); ++i) {
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, i] {
            if (m_station) {
                runStation(m_station->timerExpired(static_cast<hdlc::TimerId>(i)));
            }
        });
        m_stationTimers[i] = timer;
    }
    m_apduTimer = new QTimer(this);
    m_apduTimer->setSingleShot(true);
    connect(m_apduTimer, &QTimer::timeout, this, &Session::onApduTimeout);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setTimerType(Qt::PreciseTimer);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::SigningOn && !m_closing) {
            startLink();
        }
    });
    m_releaseTimer = new QTimer(this);
    m_releaseTimer->setSingleShot(true);
    connect(m_releaseTimer, &QTimer::timeout, this, [this] {
        // The release took too long: give up on courtesy and close.
        closeTransport();
    });
}

Session::~Session() {
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

std::size_t Session::retransmissions() const {
    return m_station ? m_station->retransmissions() : 0;
}

void Session::setStage(SessionStage stage) {
    m_stage = stage;
    qCDebug(lcSession) << "stage" << nameOf(stage);
    emit stageChanged(stage, m_info);
}

QString Session::lineDescription() const {
    const QString where = m_settings.transport == TransportKind::Serial || !m_transport
                              ? m_settings.port
                              : m_transport->description();
    const bool optical =
        m_settings.mode == LinkMode::OpticalModeE || m_settings.mode == LinkMode::ModeCReadout;
    if (m_settings.transport == TransportKind::Serial || optical) {
        return QStringLiteral("%1 at %2 baud").arg(where).arg(m_baud);
    }
    return where;
}

// ---------------------------------------------------------------------------------------------
// Transport

void Session::start() {
    if (m_phase != Phase::Idle) {
        return;
    }
    if (!m_settings.tracePath.isEmpty()) {
        m_trace = std::make_unique<TraceWriter>(m_settings.client.keys, traceFraming());
        if (!m_settings.client.password.empty()) {
            m_trace->addSecret(m_settings.client.password);
        }
        if (!m_trace->open(m_settings.tracePath)) {
            qCWarning(lcSession) << "cannot write the trace" << m_settings.tracePath;
            m_trace.reset();
        }
    }
    if (!m_transport) {
        if (m_settings.transport == TransportKind::Tcp) {
            auto tcp = std::make_unique<TcpTransport>(m_settings.host, m_settings.tcpPort);
            tcp->setConnectTimeout(m_settings.connectTimeout);
            m_transport = std::move(tcp);
        } else {
            m_transport = std::make_unique<SerialTransport>(m_settings.port);
        }
    }
    connect(m_transport.get(), &Transport::opened, this, &Session::onOpened);
    connect(m_transport.get(), &Transport::bytesReceived, this, &Session::onBytes);
    connect(m_transport.get(), &Transport::errorOccurred, this, &Session::onTransportError);
    connect(m_transport.get(), &Transport::closed, this, &Session::onTransportClosed);
    m_phase = Phase::Opening;
    setStage(SessionStage::Opening);
    const bool optical =
        m_settings.mode == LinkMode::OpticalModeE || m_settings.mode == LinkMode::ModeCReadout;
    m_baud = optical ? iec62056_21::kInitialBaud : m_settings.hdlcBaud;
    if (!optical && m_settings.transport == TransportKind::Serial) {
        m_info.baud = m_settings.hdlcBaud;  // direct HDLC on a serial line
    }
    m_transport->setLineSettings(
        optical ? LineSettings{} : lineFor(m_settings.hdlcBaud, iec62056_21::LineFraming::EightN1));
    if (m_transport->isOpen()) {
        onOpened();
        return;
    }
    m_transport->open();  // opened() or errorOccurred() follows
}

void Session::onOpened() {
    if (m_phase != Phase::Opening) {
        return;
    }
    switch (m_settings.mode) {
        case LinkMode::OpticalModeE:
        case LinkMode::ModeCReadout: {
            iec62056_21::HandshakeOptions options = m_settings.handshake;
            options.mode = m_settings.mode == LinkMode::OpticalModeE
                               ? iec62056_21::HandshakeMode::ModeEHdlc
                               : iec62056_21::HandshakeMode::Readout;
            options.maxBaud = m_settings.maxBaud;
            m_handshake.emplace(options);
            m_phase = Phase::SigningOn;
            setStage(SessionStage::SigningOn);
            runHandshake(m_handshake->start());
            break;
        }
        case LinkMode::DirectHdlc:
            startLink();
            break;
        case LinkMode::Wrapper:
            onLinkUp();
            break;
    }
}

void Session::onBytes(const QByteArray& data) {
    const ByteView bytes(reinterpret_cast<const std::uint8_t*>(data.constData()),
                         static_cast<std::size_t>(data.size()));
    traceWire(trace::Direction::FromMeter, bytes);
    if (m_phase == Phase::SigningOn && m_handshake) {
        if (m_signOnBytes.size() < kMaxSignOnBytes) {
            m_signOnBytes.insert(m_signOnBytes.end(), bytes.begin(),
                                 bytes.begin() + static_cast<std::ptrdiff_t>(
                                                     std::min(bytes.size(), kMaxSignOnBytes)));
        }
        runHandshake(m_handshake->bytesReceived(bytes));
        return;
    }
    if (m_station) {
        runStation(m_station->bytesReceived(bytes));
        return;
    }
    if (m_settings.mode == LinkMode::Wrapper) {
        auto result = m_wrapperDecoder.feed(bytes);
        for (const auto& frame : result.frames) {
            onApdu(frame.payload);
            if (m_phase == Phase::Closed) {
                return;
            }
        }
        if (result.failure) {
            fatal({SessionError::Kind::ProtocolError,
                   QStringLiteral("wrapper: ") + wrapper::nameOf(result.failure->code)});
        }
    }
}

void Session::onTransportError(const TransportError& error) {
    if (m_phase == Phase::Closed) {
        return;
    }
    if (m_closing) {
        closeTransport();
        return;
    }
    SessionError diagnosis = fromTransportError(error);
    if (diagnosis.kind == SessionError::Kind::NoAnswer ||
        diagnosis.kind == SessionError::Kind::PortError) {
        if (diagnosis.context.isEmpty()) {
            diagnosis.context = lineDescription();
        }
    } else if (diagnosis.kind == SessionError::Kind::PortNotFound ||
               diagnosis.kind == SessionError::Kind::PortInUse ||
               diagnosis.kind == SessionError::Kind::PermissionDenied) {
        // "Port %1 does not exist": the port, not the system's text about it.
        diagnosis.context = m_settings.transport == TransportKind::Serial
                                ? m_settings.port
                                : m_transport->description();
    } else if (diagnosis.kind == SessionError::Kind::ConnectionRefused) {
        // The socket's text ("Connection refused") would read "Nobody accepts connections at
        // Connection refused": the place is what the sentence needs.
        diagnosis.context = lineDescription();
    } else if (diagnosis.kind == SessionError::Kind::HostNotFound &&
               m_settings.transport == TransportKind::Tcp) {
        diagnosis.context = m_settings.host;
    }
    fatal(diagnosis);
}

void Session::onTransportClosed() {
    if (m_phase == Phase::Closed) {
        return;
    }
    if (!m_closing) {
        // Closed under us without an error first.
        emit failed(m_current ? m_current->id : 0,
                    {SessionError::Kind::LinkLost, QStringLiteral("port closed")});
    }
    closeTransport();
}

void Session::writeBytes(ByteView bytes) {
    if (!m_transport || !m_transport->isOpen()) {
        return;
    }
    traceWire(trace::Direction::ToMeter, bytes);
    m_transport->write(bytes);
}

trace::LineFraming Session::traceFraming() const {
    return m_settings.mode == LinkMode::Wrapper ? trace::LineFraming::Wrapper
                                                : trace::LineFraming::Serial;
}

void Session::traceWire(trace::Direction direction, ByteView bytes) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_trace) {
        m_trace->record(direction, bytes, now);
    }
    if (!m_wireRedactor) {
        m_wireRedactor = std::make_unique<trace::Redactor>(traceFraming());
        m_wireRedactor->addSecret(m_settings.client.password);
    }
    trace::TraceRecord record;
    record.direction = direction;
    record.bytes = Bytes(bytes.begin(), bytes.end());
    record.time = now.toMSecsSinceEpoch();
    emitWire(m_wireRedactor->add(std::move(record)));
}

void Session::emitWire(const std::vector<trace::TraceRecord>& records) {
    // The live trace gets the bytes as the trace file has them: secrets masked, the frames'
    // checksums computed over what is shown.
    for (const auto& r : records) {
        if (!r.direction) {
            continue;
        }
        emit wireTraced(WireRecord{
            QDateTime::fromMSecsSinceEpoch(r.time.value_or(0), Qt::UTC),
            *r.direction == trace::Direction::ToMeter,
            QByteArray(reinterpret_cast<const char*>(r.bytes.data()), qsizetype(r.bytes.size()))});
    }
}

// ---------------------------------------------------------------------------------------------
// Engines

void Session::runHandshake(iec62056_21::HandshakeActions actions) {
    for (auto& action : actions) {
        if (m_phase == Phase::Closed) {
            return;
        }
        if (auto* send = std::get_if<iec62056_21::SendBytes>(&action)) {
            writeBytes(send->bytes);
        } else if (auto* line = std::get_if<iec62056_21::SetLine>(&action)) {
            const bool changes = line->baud != m_baud;
            m_baud = line->baud;
            m_info.baud = line->baud;
            if (changes && line->baud != iec62056_21::kInitialBaud) {
                setStage(SessionStage::SwitchingBaud);
            }
            m_transport->setLineSettings(lineFor(line->baud, line->framing));
        } else if (auto* start = std::get_if<iec62056_21::StartTimer>(&action)) {
            m_handshakeTimers[static_cast<std::size_t>(start->id)]->start(start->duration);
        } else if (auto* stop = std::get_if<iec62056_21::StopTimer>(&action)) {
            m_handshakeTimers[static_cast<std::size_t>(stop->id)]->stop();
        } else if (auto* done = std::get_if<iec62056_21::Done>(&action)) {
            m_info.identification = done->result.identification;
            m_info.baud = done->result.baud;
            for (QTimer* t : m_handshakeTimers) {
                t->stop();
            }
            if (m_settings.mode == LinkMode::ModeCReadout) {
                emit readoutReceived(done->result);
                m_closing = true;
                closeTransport();
                return;
            }
            if (m_settings.modeESettleTime.count() > 0) {
                m_settleTimer->start(m_settings.modeESettleTime);
                return;
            }
            startLink();
        } else if (auto* failure = std::get_if<iec62056_21::Failed>(&action)) {
            for (QTimer* t : m_handshakeTimers) {
                t->stop();
            }
            if (failure->failure.code == iec62056_21::Iec21Error::NoResponse) {
                fatal({SessionError::Kind::NoAnswer, lineDescription()});
            } else if (failure->failure.code == iec62056_21::Iec21Error::ModeNotSupported) {
                // The meter identified itself without mode E (or in mode A/B): readout only.
                m_info.identification = identificationIn(m_signOnBytes);
                fatal({SessionError::Kind::ReadoutOnly,
                       m_info.identification
                           ? qs(m_info.identification->manufacturer) + QStringLiteral(" ") +
                                 qs(m_info.identification->identification)
                           : qs(failure->failure.detail)});
            } else {
                fatal({SessionError::Kind::SignOnFailed,
                       QString::fromLatin1(iec62056_21::nameOf(failure->failure.code)) +
                           (failure->failure.detail.empty()
                                ? QString()
                                : QStringLiteral(": ") + qs(failure->failure.detail))});
            }
            return;
        }
    }
}

void Session::startLink() {
    const hdlc::Address configured =
        m_settings.serverPhysical
            ? hdlc::Address::server(m_settings.serverLogical, *m_settings.serverPhysical)
            : hdlc::Address::server(m_settings.serverLogical);
    m_candidates = {configured};
    if (m_settings.learnAddress) {
        std::optional<std::uint32_t> serial = m_settings.serialNumber;
        if (!serial && m_info.identification) {
            serial = serialFromIdentification(*m_info.identification);
        }
        const auto more = learningCandidates(configured, serial);
        m_candidates.insert(m_candidates.end(), more.begin(), more.end());
    }
    m_candidate = 0;
    m_info.addressesTried.clear();
    prepareCounterRead();
    m_phase = Phase::LinkConnecting;
    setStage(SessionStage::HdlcConnecting);
    connectCandidate();
}

void Session::connectCandidate() {
    hdlc::StationConfig config;
    config.role = hdlc::Role::Primary;
    config.client = hdlc::Address::client(activeClientSap());
    config.server = m_candidates[m_candidate];
    config.parameters = m_settings.linkParameters;
    config.responseTimeout = m_settings.hdlcResponseTimeout;
    // The configured address gets the full retries; the SNRM to a learning guess one
    // repetition (a lost SNRM is still recovered, a silent address costs two response times).
    // Once a guess has answered, every frame of its link gets the full retries.
    config.maxRetries = m_settings.hdlcMaxRetries;
    if (m_candidate != 0) {
        config.connectRetries = std::min(m_settings.hdlcMaxRetries, 1U);
    }
    config.maxApduSize = std::max<std::size_t>(m_settings.client.maxReceivePduSize, 0xFFFF);
    for (QTimer* t : m_stationTimers) {
        t->stop();
    }
    m_stationActions.clear();  // what the previous station still wanted is void
    if (m_info.addressesTried.size() <= m_candidate) {  // not again for the HLS client's link
        m_info.addressesTried.push_back(config.server);
    }
    m_station.emplace(config);
    runStation(m_station->connect());
}

void Session::runStation(hdlc::Actions actions) {
    // Actions are carried out in the order the station produced them, also when carrying one
    // out makes the station produce more (an APDU received -> the next request sent): those
    // queue behind the rest of the current list.
    for (auto& action : actions) {
        m_stationActions.push_back(std::move(action));
    }
    if (m_inStation) {
        return;
    }
    m_inStation = true;
    while (!m_stationActions.empty() && m_phase != Phase::Closed) {
        hdlc::Action action = std::move(m_stationActions.front());
        m_stationActions.pop_front();
        runStationAction(action);
    }
    m_stationActions.clear();
    m_inStation = false;
}

void Session::runStationAction(hdlc::Action& action) {
    {
        if (auto* send = std::get_if<hdlc::SendBytes>(&action)) {
            writeBytes(send->bytes);
        } else if (auto* start = std::get_if<hdlc::StartTimer>(&action)) {
            m_stationTimers[static_cast<std::size_t>(start->id)]->start(start->duration);
        } else if (auto* stop = std::get_if<hdlc::StopTimer>(&action)) {
            m_stationTimers[static_cast<std::size_t>(stop->id)]->stop();
        } else if (auto* connected = std::get_if<hdlc::Connected>(&action)) {
            m_info.hdlc = connected->parameters;
            // The meter's own address when the SNRM went to the all-station address.
            m_info.serverAddress = m_station->serverAddress();
            setStage(SessionStage::HdlcConnected);
            onLinkUp();
        } else if (auto* apdu = std::get_if<hdlc::ApduReceived>(&action)) {
            onApdu(apdu->apdu);
        } else if (std::get_if<hdlc::Disconnected>(&action) != nullptr) {
            if (m_closing) {
                closeTransport();
                return;
            }
            fatal({SessionError::Kind::LinkLost, QStringLiteral("disconnected by the meter")});
            return;
        } else if (auto* failed = std::get_if<hdlc::Failed>(&action)) {
            const auto code = failed->failure.code;
            if (m_closing) {
                if (m_station->state() == hdlc::LinkState::Disconnected) {
                    closeTransport();
                    return;
                }
                return;
            }
            if (code == hdlc::HdlcError::LinkLost) {
                if (m_phase == Phase::LinkConnecting) {
                    if (m_candidate + 1 < m_candidates.size()) {
                        ++m_candidate;
                        qCDebug(lcSession)
                            << "no answer at" << addressText(m_info.addressesTried.back())
                            << "trying" << addressText(m_candidates[m_candidate]);
                        connectCandidate();
                        return;
                    }
                    fatal({SessionError::Kind::NoAnswer,
                           m_candidates.size() > 1
                               ? lineDescription() + QStringLiteral(" (tried server ") +
                                     addressesText(m_info.addressesTried) + QStringLiteral(")")
                               : lineDescription()});
                } else {
                    fatal({SessionError::Kind::LinkLost, lineDescription()});
                }
                return;
            }
            if (code == hdlc::HdlcError::ConnectionRefused ||
                code == hdlc::HdlcError::BadParameterFormat ||
                code == hdlc::HdlcError::BadParameterValue) {
                fatal({SessionError::Kind::LinkRefused, QString::fromLatin1(hdlc::nameOf(code))});
                return;
            }
            if (m_station->state() == hdlc::LinkState::Disconnected) {
                fatal({SessionError::Kind::ProtocolError,
                       QStringLiteral("hdlc ") + hdlc::nameOf(code) + QStringLiteral(" ") +
                           qs(failed->failure.detail)});
                return;
            }
            qCDebug(lcSession) << "hdlc" << hdlc::nameOf(code);
        }
    }
}

std::uint16_t Session::activeClientSap() const {
    return m_counterClient ? m_settings.publicClientSap : m_settings.client.clientSap;
}

void Session::prepareCounterRead() {
    if (!m_counterRead && !m_counterClient && m_settings.readInvocationCounter &&
        m_settings.client.authentication == dlms::ClientAuthentication::HighGmac) {
        // The public client goes first (its own link on HDLC), then the HLS client.
        m_counterClient.emplace(dlms::ClientConfig::publicClient(m_settings.publicClientSap));
    }
}

void Session::onLinkUp() {
    prepareCounterRead();
    if (m_counterClient) {
        startCounterRead();
        return;
    }
    startAssociation();
}

void Session::startCounterRead() {
    auto aarq = m_counterClient->associate();
    if (!aarq) {
        counterDone(qs(aarq.error().detail));
        return;
    }
    m_phase = Phase::ReadingCounter;
    sendApdu(*aarq);
}

void Session::onCounterApdu(const Bytes& apdu) {
    const QString object = qs(m_settings.invocationCounterObject.toString());
    auto step = m_counterClient->receive(apdu);
    if (!step) {
        const auto state = m_counterClient->state();
        const QString why = QStringLiteral("the public client could not read %1 (%2)")
                                .arg(object, QLatin1String(dlms::nameOf(step.error().code)));
        if (state == dlms::ClientAssociation::State::Associated) {
            auto rlrq = m_counterClient->release();
            if (rlrq) {
                m_info.invocationCounterNote = why;
                sendApdu(*rlrq);
                return;
            }
        }
        counterDone(why);
        return;
    }
    if (auto* next = std::get_if<dlms::SendNext>(&*step)) {
        sendApdu(next->apdu);
        return;
    }
    auto& outcome = std::get<dlms::Completed>(*step).outcome;
    if (std::holds_alternative<dlms::Associated>(outcome)) {
        auto get = m_counterClient->get({{1, m_settings.invocationCounterObject, 2, std::nullopt}});
        if (!get) {
            counterDone(qs(get.error().detail));
            return;
        }
        sendApdu(*get);
        return;
    }
    if (const auto* got = std::get_if<dlms::GetOutcome>(&outcome)) {
        QString why;
        if (got->items.empty()) {
            why = QStringLiteral("no value for %1").arg(object);
        } else if (auto failure = dlms::itemFailure(got->items.front())) {
            why = QStringLiteral("the meter does not serve %1 (%2)")
                      .arg(object, QLatin1String(dlms::nameOf(*failure)));
        } else {
            const auto& value = std::get<dlms::Data>(got->items.front().result);
            const auto* n = value.as<std::uint64_t>();
            if (n == nullptr || *n >= 0xFFFFFFFFULL) {
                why = QStringLiteral("%1 is not a usable counter").arg(object);
            } else {
                m_info.meterInvocationCounter = static_cast<std::uint32_t>(*n);
            }
        }
        m_info.invocationCounterNote = why;
        auto rlrq = m_counterClient->release();
        if (!rlrq) {
            counterDone(why);
            return;
        }
        sendApdu(*rlrq);
        return;
    }
    counterDone(m_info.invocationCounterNote);  // Released
}

void Session::counterDone(const QString& note) {
    m_counterClient.reset();
    m_counterRead = true;
    m_info.invocationCounterNote = note;
    if (m_info.meterInvocationCounter) {
        // Above the meter's: the meter accepts only counters it has not seen.
        m_settings.client.invocationCounter = std::max<std::uint32_t>(
            m_settings.client.invocationCounter, *m_info.meterInvocationCounter + 1);
        m_info.invocationCounterNote.clear();
    }
    m_info.clientInvocationCounter = m_settings.client.invocationCounter;
    if (!m_info.invocationCounterNote.isEmpty()) {
        qCDebug(lcSession).noquote()
            << m_info.invocationCounterNote << "- using the configured invocation counter"
            << m_settings.client.invocationCounter;
    }
    m_client = dlms::ClientAssociation(m_settings.client);
    if (m_station) {
        m_phase = Phase::LinkConnecting;
        setStage(SessionStage::HdlcConnecting);
        connectCandidate();  // a new SNRM from the HLS client replaces the public client's link
        return;
    }
    startAssociation();
}

void Session::startAssociation() {
    auto aarq = m_client.associate();
    if (!aarq) {
        fatal({SessionError::Kind::ProtocolError, qs(aarq.error().detail)});
        return;
    }
    m_phase = Phase::Associating;
    setStage(SessionStage::Associating);
    sendApdu(*aarq);
}

void Session::sendApdu(const Bytes& apdu) {
    m_apduTimer->start(m_settings.apduTimeout);
    if (m_station) {
        runStation(m_station->send(apdu));
        return;
    }
    auto frame = wrapper::encodeWrapper({activeClientSap(), m_settings.client.serverSap, apdu});
    if (!frame) {
        fatal({SessionError::Kind::ProtocolError, QStringLiteral("apdu too long for the wrapper")});
        return;
    }
    writeBytes(*frame);
}

void Session::onApduTimeout() {
    if (m_closing) {
        closeTransport();
        return;
    }
    if (m_phase == Phase::ReadingCounter) {
        counterDone(QStringLiteral("the public client got no answer"));
        return;
    }
    if (m_phase == Phase::Associating || m_phase == Phase::Ready) {
        // The meter said nothing to a complete request: for an AARQ that usually means the
        // addresses or the association do not exist; for a request, the meter ignores it.
        fatal({SessionError::Kind::NoAnswer, lineDescription()});
    }
}

void Session::onApdu(const Bytes& apdu) {
    m_apduTimer->stop();
    if (m_phase == Phase::ReadingCounter) {
        onCounterApdu(apdu);
        return;
    }
    const auto state = m_client.state();
    if (state == dlms::ClientAssociation::State::NonAssociated ||
        state == dlms::ClientAssociation::State::Associated) {
        qCDebug(lcSession) << "unexpected APDU dropped";
        return;
    }
    auto step = m_client.receive(apdu);
    if (m_phase == Phase::Releasing) {
        if (!step && step.error().code == dlms::ClientError::UnexpectedResponse &&
            m_client.state() == dlms::ClientAssociation::State::Releasing) {
            m_apduTimer->start(m_settings.apduTimeout);  // a late answer; the RLRE follows
            return;
        }
        disconnectLink();
        return;
    }
    if (!step) {
        const SessionError error = diagnose(step.error());
        if (m_phase == Phase::Associating ||
            m_client.state() == dlms::ClientAssociation::State::NonAssociated) {
            if (m_current) {
                failOperation(error);
            }
            fatal(error);
            return;
        }
        failOperation(error);
        startNextOperation();
        return;
    }
    if (auto* next = std::get_if<dlms::SendNext>(&*step)) {
        emitProgress();
        sendApdu(next->apdu);
        return;
    }
    auto& outcome = std::get<dlms::Completed>(*step).outcome;
    if (auto* associated = std::get_if<dlms::Associated>(&outcome)) {
        m_info.conformance = associated->negotiatedConformance;
        m_info.serverMaxPdu = associated->serverMaxReceivePduSize;
        m_phase = Phase::Ready;
        setStage(SessionStage::Associated);
        startNextOperation();
        return;
    }
    completeOperation(std::move(outcome));
    startNextOperation();
}

SessionError Session::diagnose(const dlms::ClientFailure& failure) const {
    using K = SessionError::Kind;
    using E = dlms::ClientError;
    const QString detail = qs(failure.detail);
    const bool hls = m_settings.client.authentication == dlms::ClientAuthentication::HighGmac;
    switch (failure.code) {
        case E::AuthenticationFailure:
            if (m_settings.client.authentication == dlms::ClientAuthentication::Low) {
                return {K::WrongPassword, {}};
            }
            return hls ? SessionError{K::WrongKeys, {}}
                       : SessionError{K::AssociationRejected, detail};
        case E::HlsRejectedByMeter:
            return {K::WrongKeys, {}};
        case E::MeterAuthenticationFailed:
        case E::ResponseAuthenticationFailed:
            return {K::AnswerFailsAuthentication, {}};
        case E::InvocationCounterTooLow:
            return {K::InvocationCounterTooLow, QStringLiteral("meter")};
        case E::MeterInvocationCounterError:
            return {K::InvocationCounterTooLow, QStringLiteral("tool: ") + detail};
        case E::AuthenticationRequired:
        case E::ContextNotSupported:
        case E::AssociationRejected:
        case E::InitiateRejected:
            return {K::AssociationRejected, detail};
        case E::ExceptionResponse:
        case E::ConfirmedServiceError:
        case E::BlockTransferFailed:
            return {K::ServiceError, detail};
        default:
            return {K::ProtocolError, QString::fromLatin1(dlms::nameOf(failure.code)) +
                                          QStringLiteral(": ") + detail};
    }
}

// ---------------------------------------------------------------------------------------------
// Operations

void Session::submit(const SessionRequest& request) {
    if (m_closing || m_phase == Phase::Closed) {
        emit failed(request.id, {SessionError::Kind::NotReady, QStringLiteral("closing")});
        return;
    }
    m_queue.push_back(request);
    if (m_phase == Phase::Ready) {
        startNextOperation();
    }
}

void Session::startNextOperation() {
    if (m_phase != Phase::Ready || m_current || m_closing) {
        return;
    }
    if (m_queue.empty()) {
        if (m_finishPending) {
            teardown();
        }
        return;
    }
    while (!m_queue.empty()) {
        SessionRequest request = std::move(m_queue.front());
        m_queue.pop_front();
        Expected<Bytes, dlms::ClientFailure> first = Bytes{};
        switch (request.kind) {
            case SessionRequest::Kind::Get:
                first = m_client.get(request.attributes);
                break;
            case SessionRequest::Kind::Set:
                first = m_client.set(request.values);
                break;
            case SessionRequest::Kind::Action:
                first = m_client.action(request.method, request.parameters);
                break;
        }
        if (!first) {
            emit failed(request.id, {SessionError::Kind::NotReady, qs(first.error().detail)});
            continue;
        }
        m_current = std::move(request);
        m_opClock.start();
        sendApdu(*first);
        return;
    }
    if (m_finishPending) {
        teardown();
    }
}

void Session::emitProgress() {
    if (!m_current) {
        return;
    }
    const auto& p = m_client.progress();
    SessionProgress progress;
    progress.requestId = m_current->id;
    progress.itemsDone = p.itemsDone;
    progress.itemsTotal = p.itemsTotal;
    progress.bytes = p.bytesReceived;
    if (p.itemsDone > 0 && p.itemsTotal > p.itemsDone) {
        const double perItem =
            static_cast<double>(m_opClock.elapsed()) / 1000.0 / static_cast<double>(p.itemsDone);
        progress.secondsLeft = perItem * static_cast<double>(p.itemsTotal - p.itemsDone);
    }
    emit progressed(progress);
}

void Session::completeOperation(dlms::Outcome outcome) {
    if (!m_current) {
        return;
    }
    OperationResult result;
    result.id = m_current->id;
    if (const auto* get = std::get_if<dlms::GetOutcome>(&outcome)) {
        for (std::size_t i = 0; i < get->items.size(); ++i) {
            if (auto failure = dlms::itemFailure(get->items[i])) {
                result.itemErrors.push_back(
                    {i, fromDataAccessResult(*failure,
                                             qs(dlms::describeItem(get->items[i].attribute)))});
            }
        }
    } else if (const auto* set = std::get_if<dlms::SetOutcome>(&outcome)) {
        for (std::size_t i = 0; i < set->items.size(); ++i) {
            if (set->items[i].result != dlms::DataAccessResult::Success) {
                result.itemErrors.push_back(
                    {i, fromDataAccessResult(set->items[i].result,
                                             qs(dlms::describeItem(set->items[i].attribute)))});
            }
        }
    } else if (const auto* action = std::get_if<dlms::ActionOutcome>(&outcome)) {
        if (action->result != dlms::ActionResult::Success) {
            const QString what = qs(action->method.obis.toString()) + QStringLiteral(" method ") +
                                 QString::number(action->method.method);
            SessionError error{SessionError::Kind::MeterRefused,
                               what + QStringLiteral(": ") + dlms::nameOf(action->result)};
            if (action->result == dlms::ActionResult::ObjectUndefined) {
                error = {SessionError::Kind::ObjectUndefined, what};
            } else if (action->result == dlms::ActionResult::ReadWriteDenied) {
                error = {SessionError::Kind::AccessDenied, what};
            }
            result.itemErrors.push_back({0, error});
        }
    }
    result.outcome = std::move(outcome);
    emitProgress();
    m_current.reset();
    emit operationFinished(result);
}

void Session::failOperation(const SessionError& error) {
    if (!m_current) {
        return;
    }
    const int id = m_current->id;
    m_current.reset();
    emit failed(id, error);
}

// ---------------------------------------------------------------------------------------------
// Ending

void Session::finish() {
    if (m_phase == Phase::Closed || m_closing) {
        return;
    }
    if (m_phase == Phase::Idle) {
        closeTransport();
        return;
    }
    if (m_phase == Phase::Ready && !m_current && m_queue.empty()) {
        teardown();
        return;
    }
    // After the association and the queued work (cancel() stops at once).
    m_finishPending = true;
}

void Session::cancel() {
    if (m_phase == Phase::Closed) {
        return;
    }
    failOperation({SessionError::Kind::Cancelled, {}});
    while (!m_queue.empty()) {
        const int id = m_queue.front().id;
        m_queue.pop_front();
        emit failed(id, {SessionError::Kind::Cancelled, {}});
    }
    if (!m_closing) {
        teardown();
    }
}

void Session::teardown() {
    m_closing = true;
    m_releaseTimer->start(m_settings.releaseTimeout);
    for (QTimer* t : m_handshakeTimers) {
        t->stop();
    }
    const auto state = m_client.state();
    if (state == dlms::ClientAssociation::State::Associated ||
        state == dlms::ClientAssociation::State::Busy) {
        auto rlrq = m_client.release();
        if (rlrq) {
            m_phase = Phase::Releasing;
            setStage(SessionStage::Releasing);
            sendApdu(*rlrq);
            return;
        }
    }
    m_client.abort();
    disconnectLink();
}

void Session::disconnectLink() {
    m_apduTimer->stop();
    m_client.abort();
    if (m_station && m_station->state() != hdlc::LinkState::Disconnected) {
        m_phase = Phase::Disconnecting;
        setStage(SessionStage::Disconnecting);
        runStation(m_station->disconnect());
        return;
    }
    closeTransport();
}

void Session::closeTransport() {
    if (m_phase == Phase::Closed) {
        return;
    }
    m_phase = Phase::Closed;
    m_closing = true;
    m_apduTimer->stop();
    m_releaseTimer->stop();
    m_settleTimer->stop();
    for (QTimer* t : m_handshakeTimers) {
        t->stop();
    }
    for (QTimer* t : m_stationTimers) {
        t->stop();
    }
    m_client.abort();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    const SessionError gone{SessionError::Kind::NotReady, QStringLiteral("session closed")};
    failOperation(gone);
    while (!m_queue.empty()) {
        const int id = m_queue.front().id;
        m_queue.pop_front();
        emit failed(id, gone);
    }
    if (m_trace) {
        m_trace->close();
    }
    if (m_wireRedactor) {
        emitWire(m_wireRedactor->flush());
    }
    setStage(SessionStage::Closed);
    emit closed();
}

void Session::fatal(const SessionError& error) {
    if (m_phase == Phase::Closed) {
        return;
    }
    qCDebug(lcSession) << "fatal" << nameOf(error.kind) << error.context;
    failOperation(error);
    while (!m_queue.empty()) {
        const int id = m_queue.front().id;
        m_queue.pop_front();
        emit failed(id, error);
    }
    emit failed(0, error);
    // Be polite if the link still stands: release what we can, bounded.
    const bool linkUp = m_station ? m_station->state() == hdlc::LinkState::Connected
                                  : (m_transport && m_transport->isOpen());
    if (linkUp && error.kind != SessionError::Kind::LinkLost && !m_closing) {
        m_closing = true;
        m_releaseTimer->start(m_settings.releaseTimeout);
        m_client.abort();
        disconnectLink();
        return;
    }
    closeTransport();
}

}  // namespace omt::link
