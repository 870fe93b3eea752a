#include "protocol/iec62056_21/server_sign_on.h"

#include <string>
#include <utility>

namespace omt::iec62056_21 {

namespace {

unsigned timerBit(ServerTimerId id) {
    return 1U << static_cast<unsigned>(id);
}

}  // namespace

const char* nameOf(ServerSignOn::State state) {
    switch (state) {
        case ServerSignOn::State::Idle:
            return "idle";
        case ServerSignOn::State::SendIdentification:
            return "send-identification";
        case ServerSignOn::State::WaitOptionSelect:
            return "wait-option-select";
        case ServerSignOn::State::WaitReaction:
            return "wait-reaction";
        case ServerSignOn::State::SendingReadout:
            return "sending-readout";
        case ServerSignOn::State::Programming:
            return "programming";
        case ServerSignOn::State::SendingConfirm:
            return "sending-confirm";
        case ServerSignOn::State::Hdlc:
            return "hdlc";
    }
    return "unknown";
}

ServerSignOn::ServerSignOn(ServerOptions options)
    : m_options(std::move(options)), m_splitter(kMaxProgrammingMessageSize) {
    auto offered = baudFromCharacter(ProtocolMode::C, m_options.identification.baudCharacter);
    m_offeredBaud = offered ? *offered : kInitialBaud;
}

ServerActions ServerSignOn::start() {
    ServerActions out;
    toIdle(out);
    return out;
}

void ServerSignOn::toIdle(ServerActions& out) {
    stopAllTimers(out);
    m_state = State::Idle;
    m_baud = kInitialBaud;
    m_authorised = false;
    m_splitter.reset();
    m_splitter.setAckFraming(AckFraming::SingleByte);
    out.push_back(SetLine{kInitialBaud, LineFraming::SevenE1});
}

void ServerSignOn::startTimer(ServerActions& out, ServerTimerId id,
                              std::chrono::milliseconds duration) {
    m_runningTimers |= timerBit(id);
    out.push_back(ServerStartTimer{duration, id});
}

void ServerSignOn::stopTimer(ServerActions& out, ServerTimerId id) {
    if ((m_runningTimers & timerBit(id)) != 0) {
        m_runningTimers &= ~timerBit(id);
        out.push_back(ServerStopTimer{id});
    }
}

void ServerSignOn::stopAllTimers(ServerActions& out) {
    for (ServerTimerId id :
         {ServerTimerId::Reaction, ServerTimerId::Inactivity, ServerTimerId::LineSwitch}) {
        stopTimer(out, id);
    }
}

void ServerSignOn::send(ServerActions& out, Bytes bytes) {
    out.push_back(SendBytes{std::move(bytes)});
}

ServerActions ServerSignOn::bytesReceived(ByteView data) {
    ServerActions out;
    switch (m_state) {
        case State::Idle:
        case State::WaitOptionSelect:
        case State::Programming:
            break;
        default:
            // Answering, or the line belongs to HDLC: what arrives now is not for this engine.
            return out;
    }
    auto frames = m_splitter.feed(data);
    for (const auto& frame : frames) {
        if (m_state == State::Programming) {
            onProgrammingFrame(out, frame);
            continue;
        }
        if (m_state != State::Idle && m_state != State::WaitOptionSelect) {
            break;  // answering now: the rest of the chunk is ignored
        }
        if (!frame) {
            continue;
        }
        if (frame->kind == FrameKind::Line) {
            onRequest(out, *frame);
        } else if (frame->kind == FrameKind::OptionSelect && m_state == State::WaitOptionSelect) {
            onOptionSelect(out, *frame);
        }
    }
    return out;
}

void ServerSignOn::onRequest(ServerActions& out, const Frame& frame) {
    auto request = parseRequest(frame.bytes);
    if (!request) {
        return;  // noise, 8-bit bytes, a damaged request: a meter stays silent
    }
    if (!request->deviceAddress.empty() && request->deviceAddress != m_options.deviceAddress) {
        return;  // another meter on the bus
    }
    stopAllTimers(out);
    m_state = State::SendIdentification;
    startTimer(out, ServerTimerId::Reaction, m_options.reactionTime);
}

void ServerSignOn::onOptionSelect(ServerActions& out, const Frame& frame) {
    auto select = parseOptionSelect(frame.bytes);
    if (!select) {
        toIdle(out);
        return;
    }
    auto baud = baudFromCharacter(ProtocolMode::C, select->baudCharacter);
    if (!baud || *baud > m_offeredBaud) {
        toIdle(out);  // a rate above the offered one is refused
        return;
    }
    const bool normal = select->protocolControl == ProtocolControl::Normal ||
                        select->protocolControl == ProtocolControl::Secondary;
    bool accepted = false;
    switch (select->modeControl) {
        case ModeControl::DataReadout:
        case ModeControl::Programming:
            accepted = normal;
            break;
        case ModeControl::BinaryHdlc:
            accepted = select->protocolControl == ProtocolControl::Hdlc &&
                       m_options.identification.offersModeE();
            break;
        default:
            break;
    }
    if (!accepted) {
        toIdle(out);
        return;
    }
    stopAllTimers(out);
    m_selected = *select;
    m_baud = *baud;
    m_state = State::WaitReaction;
    startTimer(out, ServerTimerId::Reaction, m_options.reactionTime);
}

void ServerSignOn::answer(ServerActions& out) {
    out.push_back(SetLine{m_baud, LineFraming::SevenE1});
    switch (m_selected.modeControl) {
        case ModeControl::DataReadout: {
            auto sets = m_options.readout ? m_options.readout() : std::vector<DataSet>{};
            auto readout = encodeReadout(sets, m_options.readoutLimits);
            if (!readout) {
                readout = encodeReadout(std::vector<DataSet>{}, m_options.readoutLimits);
            }
            if (!readout) {
                toIdle(out);
                return;
            }
            const auto duration = transmissionTime(readout->size(), m_baud);
            send(out, std::move(*readout));
            m_state = State::SendingReadout;
            startTimer(out, ServerTimerId::LineSwitch, duration + m_options.lineSwitchMargin);
            return;
        }
        case ModeControl::Programming: {
            auto p0 = encodeProgrammingMessage(CommandMessage::operandRequest(m_options.operand));
            if (!p0) {
                toIdle(out);
                return;
            }
            const auto duration = transmissionTime(p0->size(), m_baud);
            m_lastSent = *p0;
            send(out, std::move(*p0));
            m_state = State::Programming;
            m_authorised = false;
            m_splitter.reset();
            m_splitter.setAckFraming(AckFraming::SingleByte);
            startTimer(out, ServerTimerId::Inactivity, duration + m_options.programmingTimeout);
            return;
        }
        default: {
            auto confirm = encodeOptionSelect(m_selected);
            if (!confirm) {
                toIdle(out);
                return;
            }
            const auto duration = transmissionTime(confirm->size(), m_baud);
            send(out, std::move(*confirm));
            m_state = State::SendingConfirm;
            startTimer(out, ServerTimerId::LineSwitch, duration + m_options.lineSwitchMargin);
            return;
        }
    }
}

void ServerSignOn::sendProgramming(ServerActions& out, const ProgrammingMessage& message) {
    auto bytes = encodeProgrammingMessage(message);
    if (!bytes) {
        bytes = encodeProgrammingMessage(ErrorMessage{"ERR"});
    }
    if (bytes) {
        m_lastSent = *bytes;
        send(out, std::move(*bytes));
    }
}

void ServerSignOn::onProgrammingFrame(ServerActions& out,
                                      const Expected<Frame, Iec21Failure>& frame) {
    if (m_state != State::Programming) {
        return;  // a break earlier in the same chunk ended the session
    }
    startTimer(out, ServerTimerId::Inactivity, m_options.programmingTimeout);
    if (!frame) {
        sendProgramming(out, NegativeAcknowledge{});  // overlong block
        return;
    }
    if (frame->kind == FrameKind::Nak) {
        send(out, m_lastSent);  // the client asks for the last message again
        return;
    }
    if (frame->kind != FrameKind::SohBlock && frame->kind != FrameKind::StxBlock) {
        return;  // stray ACKs and lines are not commands
    }
    auto message = parseProgrammingMessage(frame->bytes);
    if (!message) {
        sendProgramming(out, NegativeAcknowledge{});  // damaged: ask for a repetition
        return;
    }
    if (const auto* command = std::get_if<CommandMessage>(&*message)) {
        onCommand(out, *command);
    }
}

void ServerSignOn::onCommand(ServerActions& out, const CommandMessage& command) {
    const bool locked = m_options.password.has_value() && !m_authorised;
    switch (command.type) {
        case CommandType::Break:
            toIdle(out);
            return;
        case CommandType::Password:
            if (command.identifier != '1') {
                sendProgramming(out, ErrorMessage{"ERR"});
                return;
            }
            if (!m_options.password ||
                command.data.value_or(std::string{}) == "(" + *m_options.password + ")") {
                m_authorised = true;
                sendProgramming(out, Acknowledge{});
            } else {
                m_authorised = false;
                sendProgramming(out, NegativeAcknowledge{});
            }
            return;
        case CommandType::Read:
        case CommandType::Write:
            break;
        default:
            sendProgramming(out, ErrorMessage{"ERR"});
            return;
    }
    if (command.identifier != '1') {
        sendProgramming(out, ErrorMessage{"ERR"});
        return;
    }
    if (locked) {
        sendProgramming(out, ErrorMessage{"ERRPASSWORD"});
        return;
    }
    auto set = command.dataSet(m_options.readoutLimits);
    if (!set || set->values.size() > 1) {
        sendProgramming(out, ErrorMessage{"ERRDATA"});
        return;
    }
    if (command.type == CommandType::Read) {
        if (!m_options.readRegister) {
            sendProgramming(out, ErrorMessage{"ERR"});
            return;
        }
        auto value = m_options.readRegister(set->address);
        if (!value) {
            sendProgramming(out, ErrorMessage{value.error().text});
            return;
        }
        sendProgramming(out, DataMessage{"(" + *value + ")", BlockEnd::Etx});
        return;
    }
    if (!m_options.writeRegister) {
        sendProgramming(out, ErrorMessage{"ERR"});
        return;
    }
    std::string value;
    if (!set->values.empty()) {
        value = set->values.front().value;
        if (set->values.front().unit) {
            value += "*" + *set->values.front().unit;
        }
    }
    if (auto error = m_options.writeRegister(set->address, value)) {
        sendProgramming(out, ErrorMessage{error->text});
        return;
    }
    sendProgramming(out, Acknowledge{});
}

ServerActions ServerSignOn::timerExpired(ServerTimerId id) {
    ServerActions out;
    if ((m_runningTimers & timerBit(id)) == 0) {
        return out;
    }
    m_runningTimers &= ~timerBit(id);
    switch (m_state) {
        case State::SendIdentification: {
            auto ident = encodeIdentification(m_options.identification);
            if (!ident) {
                toIdle(out);  // misconfigured identification: stay silent
                break;
            }
            const auto duration = transmissionTime(ident->size(), kInitialBaud);
            send(out, std::move(*ident));
            m_state = State::WaitOptionSelect;
            m_splitter.reset();
            m_splitter.setAckFraming(AckFraming::OptionSelectLine);
            startTimer(out, ServerTimerId::Inactivity, duration + m_options.optionSelectTimeout);
            break;
        }
        case State::WaitReaction:
            answer(out);
            break;
        case State::SendingConfirm:
            out.push_back(SetLine{m_baud, LineFraming::EightN1});
            out.push_back(EnterHdlc{m_baud});
            m_state = State::Hdlc;
            break;
        case State::WaitOptionSelect:
        case State::SendingReadout:
        case State::Programming:
            toIdle(out);
            break;
        default:
            break;
    }
    return out;
}

}  // namespace omt::iec62056_21
