#include "protocol/iec62056_21/client_handshake.h"

#include <algorithm>
#include <string>
#include <utility>

#include "protocol/iec62056_21/iec21_detail.h"

namespace omt::iec62056_21 {

namespace {

unsigned timerBit(TimerId id) {
    return 1U << static_cast<unsigned>(id);
}

constexpr std::size_t kOptionSelectBytes = 6;

}  // namespace

std::chrono::milliseconds transmissionTime(std::size_t bytes, std::uint32_t baud) {
    if (baud == 0) {
        return std::chrono::milliseconds{0};
    }
    const std::uint64_t bits = static_cast<std::uint64_t>(bytes) * 10U * 1000U;
    return std::chrono::milliseconds{static_cast<std::int64_t>((bits + baud - 1) / baud)};
}

const char* nameOf(ClientHandshake::State state) {
    switch (state) {
        case ClientHandshake::State::Idle:
            return "idle";
        case ClientHandshake::State::WaitIdentification:
            return "wait-identification";
        case ClientHandshake::State::WaitReaction:
            return "wait-reaction";
        case ClientHandshake::State::WaitLineSwitch:
            return "wait-line-switch";
        case ClientHandshake::State::ReceiveReadout:
            return "receive-readout";
        case ClientHandshake::State::ReceiveOperand:
            return "receive-operand";
        case ClientHandshake::State::WaitModeEConfirm:
            return "wait-mode-e-confirm";
        case ClientHandshake::State::Finished:
            return "finished";
        case ClientHandshake::State::Failed:
            return "failed";
    }
    return "unknown";
}

ClientHandshake::ClientHandshake(HandshakeOptions options)
    : m_options(std::move(options)),
      m_splitter(std::max(m_options.readoutLimits.maxMessageSize, kMaxProgrammingMessageSize)) {}

HandshakeActions ClientHandshake::start() {
    HandshakeActions out;
    if (m_state != State::Idle) {
        return out;
    }
    auto request = encodeRequest(m_options.deviceAddress);
    if (!request) {
        auto f = std::move(request).error();
        fail(out, Iec21Failure{Iec21Error::InvalidOptions, f.offset,
                               std::string("device address: ") + nameOf(f.code)});
        return out;
    }
    if (m_options.maxBaud < kInitialBaud) {
        fail(out, Iec21Failure{Iec21Error::InvalidOptions, 0,
                               "maxBaud " + std::to_string(m_options.maxBaud) + " < 300"});
        return out;
    }
    if (m_options.maxAttempts < 1) {
        fail(out, Iec21Failure{Iec21Error::InvalidOptions, 0, "maxAttempts < 1"});
        return out;
    }
    m_request = std::move(*request);
    m_result.mode = m_options.mode;
    out.push_back(SetLine{kInitialBaud, LineFraming::SevenE1});
    m_state = State::WaitIdentification;
    sendRequest(out);
    return out;
}

void ClientHandshake::sendRequest(HandshakeActions& out) {
    ++m_attempts;
    m_splitter.reset();
    m_splitter.setAckFraming(AckFraming::SingleByte);
    out.push_back(SendBytes{m_request});
    startTimer(out, TimerId::Response,
               m_options.identificationTimeout + transmissionTime(m_request.size(), kInitialBaud));
}

void ClientHandshake::startTimer(HandshakeActions& out, TimerId id,
                                 std::chrono::milliseconds duration) {
    m_runningTimers |= timerBit(id);
    out.push_back(StartTimer{duration, id});
}

void ClientHandshake::stopTimer(HandshakeActions& out, TimerId id) {
    if ((m_runningTimers & timerBit(id)) != 0) {
        m_runningTimers &= ~timerBit(id);
        out.push_back(StopTimer{id});
    }
}

void ClientHandshake::stopAllTimers(HandshakeActions& out) {
    for (TimerId id : {TimerId::Response, TimerId::Reaction, TimerId::LineSwitch}) {
        stopTimer(out, id);
    }
}

void ClientHandshake::fail(HandshakeActions& out, Iec21Failure failure) {
    stopAllTimers(out);
    m_state = State::Failed;
    out.push_back(Failed{std::move(failure)});
}

void ClientHandshake::finish(HandshakeActions& out) {
    stopAllTimers(out);
    m_state = State::Finished;
    out.push_back(Done{m_result});
}

HandshakeActions ClientHandshake::bytesReceived(ByteView data) {
    HandshakeActions out;
    switch (m_state) {
        case State::WaitIdentification:
        case State::ReceiveReadout:
        case State::ReceiveOperand:
        case State::WaitModeEConfirm:
            break;
        default:
            // Nothing is expected now (before the start, during the reaction time and the rate
            // change, after the end): bytes on the line are noise or at the old rate.
            return out;
    }
    auto frames = m_splitter.feed(data);
    for (auto& frame : frames) {
        if (isFinished()) {
            break;
        }
        if (!frame) {
            if (m_state != State::WaitIdentification) {
                fail(out, std::move(frame).error());
            }
            continue;
        }
        onFrame(out, *frame);
    }
    // A message is arriving: give it the inter-character time instead of the response time.
    if (!isFinished() && m_splitter.pending() > 0 &&
        (m_runningTimers & timerBit(TimerId::Response)) != 0) {
        startTimer(out, TimerId::Response,
                   m_state == State::WaitIdentification
                       ? std::max(m_options.interCharacterTimeout, m_options.identificationTimeout)
                       : m_options.interCharacterTimeout);
    }
    return out;
}

void ClientHandshake::onFrame(HandshakeActions& out, const Frame& frame) {
    switch (m_state) {
        case State::WaitIdentification: {
            if (frame.kind != FrameKind::Line) {
                return;
            }
            auto id = parseIdentification(frame.bytes, m_options.maxIdentificationLength);
            if (!id) {
                return;  // an echo of the request or a damaged line: keep waiting
            }
            onIdentification(out, std::move(*id));
            return;
        }
        case State::ReceiveReadout: {
            if (frame.kind != FrameKind::StxBlock) {
                return;
            }
            auto readout = parseReadout(frame.bytes, m_options.readoutLimits);
            if (!readout) {
                fail(out, std::move(readout).error());
                return;
            }
            m_result.readout = std::move(*readout);
            finish(out);
            return;
        }
        case State::ReceiveOperand: {
            if (frame.kind == FrameKind::Nak) {
                fail(out, Iec21Failure{Iec21Error::MeterRefused, 0, "NAK"});
                return;
            }
            if (frame.kind != FrameKind::SohBlock && frame.kind != FrameKind::StxBlock) {
                return;
            }
            auto message = parseProgrammingMessage(frame.bytes);
            if (!message) {
                fail(out, std::move(message).error());
                return;
            }
            if (const auto* error = std::get_if<ErrorMessage>(&*message)) {
                fail(out, Iec21Failure{Iec21Error::MeterRefused, 0, error->text});
                return;
            }
            const auto* command = std::get_if<CommandMessage>(&*message);
            if (command == nullptr || command->type != CommandType::Password ||
                command->identifier != '0') {
                fail(out,
                     Iec21Failure{Iec21Error::UnexpectedMessage, 0, "P0 operand request expected"});
                return;
            }
            m_result.operandRequest = *command;
            finish(out);
            return;
        }
        case State::WaitModeEConfirm: {
            if (frame.kind != FrameKind::OptionSelect) {
                return;
            }
            auto confirm = parseOptionSelect(frame.bytes);
            if (!confirm) {
                fail(out, std::move(confirm).error());
                return;
            }
            if (!(*confirm == m_optionSelect)) {
                fail(out, Iec21Failure{Iec21Error::ModeEConfirmMismatch, 0,
                                       std::string("got V=") +
                                           static_cast<char>(confirm->protocolControl) +
                                           " Z=" + confirm->baudCharacter +
                                           " Y=" + static_cast<char>(confirm->modeControl)});
                return;
            }
            stopTimer(out, TimerId::Response);
            m_result.framing = LineFraming::EightN1;
            out.push_back(SetLine{m_result.baud, LineFraming::EightN1});
            finish(out);
            return;
        }
        default:
            return;
    }
}

void ClientHandshake::onIdentification(HandshakeActions& out, Identification id) {
    stopTimer(out, TimerId::Response);
    const ProtocolMode mode = id.protocolMode();
    m_result.identification = std::move(id);
    const Identification& ident = m_result.identification;
    m_result.protocolMode = mode;

    if (mode != ProtocolMode::C) {
        if (m_options.mode != HandshakeMode::Readout) {
            fail(out, Iec21Failure{Iec21Error::ModeNotSupported, 4,
                                   std::string("protocol mode ") +
                                       (mode == ProtocolMode::A ? "A" : "B") +
                                       " offers data readout only"});
            return;
        }
        if (mode == ProtocolMode::B) {
            auto baud = baudFromCharacter(ProtocolMode::B, ident.baudCharacter);
            if (!baud) {
                auto f = std::move(baud).error();
                f.offset = 4;
                fail(out, std::move(f));
                return;
            }
            if (*baud > m_options.maxBaud) {
                fail(out, Iec21Failure{Iec21Error::UnsupportedBaudRate, 4,
                                       "mode B rate " + std::to_string(*baud) + " above maxBaud " +
                                           std::to_string(m_options.maxBaud)});
                return;
            }
            m_result.baud = *baud;
            out.push_back(SetLine{*baud, LineFraming::SevenE1});
        }
        m_state = State::ReceiveReadout;
        startTimer(out, TimerId::Response, m_options.responseTimeout);
        return;
    }

    if (m_options.mode == HandshakeMode::ModeEHdlc && !ident.offersModeE()) {
        fail(out, Iec21Failure{Iec21Error::ModeNotSupported, 5,
                               "identification has no \\2 (binary mode) sequence"});
        return;
    }
    auto proposed = baudFromCharacter(ProtocolMode::C, ident.baudCharacter);
    if (!proposed) {
        auto f = std::move(proposed).error();
        f.offset = 4;
        fail(out, std::move(f));
        return;
    }
    auto chosen = highestBaudAtMost(ProtocolMode::C, std::min(*proposed, m_options.maxBaud));
    auto z = chosen ? characterFromBaud(ProtocolMode::C, *chosen)
                    : Expected<char, Iec21Failure>(chosen.error());
    if (!z) {
        fail(out, std::move(z).error());
        return;
    }
    m_result.baud = *chosen;
    switch (m_options.mode) {
        case HandshakeMode::Readout:
            m_optionSelect = OptionSelect::modeCReadout(*z);
            break;
        case HandshakeMode::Programming:
            m_optionSelect = OptionSelect::modeCProgramming(*z);
            break;
        case HandshakeMode::ModeEHdlc:
            m_optionSelect = OptionSelect::modeEHdlc(*z);
            m_result.protocolMode = ProtocolMode::E;
            break;
    }
    m_state = State::WaitReaction;
    const bool fast = m_options.useFastReaction && ident.fastReaction();
    startTimer(out, TimerId::Reaction, fast ? m_options.fastReactionTime : m_options.reactionTime);
}

void ClientHandshake::onLineSwitch(HandshakeActions& out) {
    out.push_back(SetLine{m_result.baud, LineFraming::SevenE1});
    m_splitter.reset();
    switch (m_options.mode) {
        case HandshakeMode::Readout:
            m_state = State::ReceiveReadout;
            break;
        case HandshakeMode::Programming:
            m_state = State::ReceiveOperand;
            break;
        case HandshakeMode::ModeEHdlc:
            m_state = State::WaitModeEConfirm;
            m_splitter.setAckFraming(AckFraming::OptionSelectLine);
            break;
    }
    startTimer(out, TimerId::Response, m_options.responseTimeout);
}

HandshakeActions ClientHandshake::timerExpired(TimerId id) {
    HandshakeActions out;
    if (isFinished() || (m_runningTimers & timerBit(id)) == 0) {
        return out;
    }
    m_runningTimers &= ~timerBit(id);
    switch (m_state) {
        case State::WaitIdentification:
            if (m_attempts < m_options.maxAttempts) {
                sendRequest(out);
            } else {
                fail(out, Iec21Failure{Iec21Error::NoResponse, 0,
                                       "no identification after " + std::to_string(m_attempts) +
                                           " requests"});
            }
            break;
        case State::WaitReaction: {
            auto ack = encodeOptionSelect(m_optionSelect);
            if (!ack) {
                fail(out, std::move(ack).error());
                break;
            }
            out.push_back(SendBytes{std::move(*ack)});
            m_state = State::WaitLineSwitch;
            startTimer(
                out, TimerId::LineSwitch,
                transmissionTime(kOptionSelectBytes, kInitialBaud) + m_options.lineSwitchMargin);
            break;
        }
        case State::WaitLineSwitch:
            onLineSwitch(out);
            break;
        case State::ReceiveReadout:
            fail(out, Iec21Failure{Iec21Error::NoResponse, 0, "readout incomplete"});
            break;
        case State::ReceiveOperand:
            fail(out, Iec21Failure{Iec21Error::NoResponse, 0, "no P0 operand request"});
            break;
        case State::WaitModeEConfirm:
            if (m_options.requireModeEConfirm) {
                fail(out, Iec21Failure{Iec21Error::NoResponse, 0, "no mode E switch confirmation"});
            } else {
                m_result.framing = LineFraming::EightN1;
                out.push_back(SetLine{m_result.baud, LineFraming::EightN1});
                finish(out);
            }
            break;
        default:
            break;
    }
    return out;
}

}  // namespace omt::iec62056_21
