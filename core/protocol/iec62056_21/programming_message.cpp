#include "protocol/iec62056_21/programming_message.h"

#include <string_view>

#include "protocol/iec62056_21/iec21_detail.h"

namespace omt::iec62056_21 {

using detail::fail;
using detail::hexByte;
using detail::isPrintable;

namespace {

bool isCommandLetter(std::uint8_t b) {
    return b == 'P' || b == 'W' || b == 'R' || b == 'E' || b == 'B';
}

bool isDigit(std::uint8_t b) {
    return b >= '0' && b <= '9';
}

/// "(ERR...)" with no other bracket: the text between the brackets, else nullopt.
std::optional<std::string> errorText(const std::string& data) {
    if (data.size() < 5 || data.front() != '(' || data.back() != ')' ||
        data.compare(1, 3, "ERR") != 0) {
        return std::nullopt;
    }
    const std::string inner = data.substr(1, data.size() - 2);
    if (inner.find_first_of("()") != std::string::npos) {
        return std::nullopt;
    }
    return inner;
}

Expected<void, Iec21Failure> checkData(const std::string& data, std::size_t base) {
    for (std::size_t i = 0; i < data.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(data[i]);
        if (!isPrintable(b)) {
            return fail(Iec21Error::InvalidCharacter, base + i, hexByte(b));
        }
    }
    return {};
}

Expected<void, Iec21Failure> checkEnd(BlockEnd end, std::size_t offset) {
    if (end != BlockEnd::Etx && end != BlockEnd::Eot) {
        return fail(Iec21Error::MalformedCommand, offset,
                    "end " + hexByte(static_cast<std::uint8_t>(end)));
    }
    return {};
}

Bytes finishBlock(ByteWriter& w, BlockEnd end) {
    w.u8(static_cast<std::uint8_t>(end));
    const std::uint8_t bcc = computeBcc(ByteView(w.data()).subspan(1));
    w.u8(bcc);
    return w.take();
}

}  // namespace

Expected<DataSet, Iec21Failure> CommandMessage::dataSet(const ReadoutLimits& limits) const {
    if (!data) {
        return fail(Iec21Error::MalformedCommand, 0, "command carries no data");
    }
    return parseDataSet(*data, limits);
}

Expected<DataSet, Iec21Failure> DataMessage::dataSet(const ReadoutLimits& limits) const {
    return parseDataSet(data, limits);
}

Expected<ProgrammingMessage, Iec21Failure> parseProgrammingMessage(ByteView m,
                                                                   std::size_t maxSize) {
    if (m.empty()) {
        return fail(Iec21Error::Truncated, 0, "empty");
    }
    const std::uint8_t start = m[0];
    if (start == kAck || start == kNak) {
        if (m.size() != 1) {
            return fail(Iec21Error::TrailingBytes, 1, std::to_string(m.size() - 1) + " bytes");
        }
        if (start == kAck) {
            return ProgrammingMessage{Acknowledge{}};
        }
        return ProgrammingMessage{NegativeAcknowledge{}};
    }
    if (start != kSoh && start != kStx) {
        return fail(Iec21Error::BadStartCharacter, 0, hexByte(start));
    }
    if (m.size() > maxSize) {
        return fail(Iec21Error::MessageTooLarge, maxSize, std::to_string(m.size()) + " bytes");
    }
    std::size_t end = 1;
    while (end < m.size() && m[end] != kEtx && m[end] != kEot) {
        ++end;
    }
    if (end >= m.size()) {
        return fail(Iec21Error::Truncated, m.size(), "ETX or EOT expected");
    }
    if (end + 1 >= m.size()) {
        return fail(Iec21Error::Truncated, m.size(), "BCC expected");
    }
    if (end + 2 != m.size()) {
        return fail(Iec21Error::TrailingBytes, end + 2,
                    std::to_string(m.size() - end - 2) + " bytes");
    }
    for (std::size_t i = 1; i < m.size(); ++i) {
        if (m[i] >= 0x80) {
            return fail(Iec21Error::EightBitByte, i, hexByte(m[i]));
        }
    }
    const std::uint8_t expected = computeBcc(m.subspan(1, end));
    if (expected != m[end + 1]) {
        return fail(Iec21Error::BccMismatch, end + 1,
                    "expected=" + hexByte(expected) + " actual=" + hexByte(m[end + 1]));
    }
    const auto blockEnd = static_cast<BlockEnd>(m[end]);

    std::size_t dataStart = 1;
    CommandMessage command;
    if (start == kSoh) {
        if (!isCommandLetter(m[1])) {
            return fail(Iec21Error::UnknownCommand, 1, hexByte(m[1]));
        }
        command.type = static_cast<CommandType>(m[1]);
        if (end < 3 || !isDigit(m[2])) {
            return fail(Iec21Error::MalformedCommand, 2, "command type identifier digit expected");
        }
        command.identifier = static_cast<char>(m[2]);
        command.end = blockEnd;
        const bool hasData = end > 3;
        if (hasData && m[3] != kStx) {
            return fail(Iec21Error::MalformedCommand, 3, "STX expected, got " + hexByte(m[3]));
        }
        if (command.type == CommandType::Break && hasData) {
            return fail(Iec21Error::MalformedCommand, 3, "break command carries data");
        }
        if (command.type != CommandType::Break && !hasData) {
            return fail(Iec21Error::MalformedCommand, 3, "STX and data expected");
        }
        if (!hasData) {
            return ProgrammingMessage{std::move(command)};
        }
        dataStart = 4;
    }
    std::string data(reinterpret_cast<const char*>(m.data()) + dataStart, end - dataStart);
    if (auto ok = checkData(data, dataStart); !ok) {
        return ok.error();
    }
    if (start == kSoh) {
        command.data = std::move(data);
        return ProgrammingMessage{std::move(command)};
    }
    if (blockEnd == BlockEnd::Etx) {
        if (auto text = errorText(data)) {
            return ProgrammingMessage{ErrorMessage{std::move(*text)}};
        }
    }
    return ProgrammingMessage{DataMessage{std::move(data), blockEnd}};
}

Expected<Bytes, Iec21Failure> encodeProgrammingMessage(const ProgrammingMessage& message) {
    if (std::holds_alternative<Acknowledge>(message)) {
        return Bytes{kAck};
    }
    if (std::holds_alternative<NegativeAcknowledge>(message)) {
        return Bytes{kNak};
    }
    if (const auto* c = std::get_if<CommandMessage>(&message)) {
        const auto letter = static_cast<std::uint8_t>(c->type);
        if (!isCommandLetter(letter)) {
            return fail(Iec21Error::UnknownCommand, 1, hexByte(letter));
        }
        if (!isDigit(static_cast<std::uint8_t>(c->identifier))) {
            return fail(Iec21Error::MalformedCommand, 2,
                        "identifier " + hexByte(static_cast<std::uint8_t>(c->identifier)));
        }
        if ((c->type == CommandType::Break) == c->data.has_value()) {
            return fail(Iec21Error::MalformedCommand, 3,
                        c->data ? "break command carries data" : "command needs data");
        }
        if (c->data) {
            if (auto ok = checkData(*c->data, 4); !ok) {
                return ok.error();
            }
        }
        if (auto ok = checkEnd(c->end, c->data ? 4 + c->data->size() : 3); !ok) {
            return ok.error();
        }
        ByteWriter w(c->data ? c->data->size() + 6 : 5);
        w.u8(kSoh).u8(letter).u8(static_cast<std::uint8_t>(c->identifier));
        if (c->data) {
            w.u8(kStx).bytes(std::string_view{*c->data});
        }
        return finishBlock(w, c->end);
    }
    if (const auto* d = std::get_if<DataMessage>(&message)) {
        if (auto ok = checkData(d->data, 1); !ok) {
            return ok.error();
        }
        if (auto ok = checkEnd(d->end, 1 + d->data.size()); !ok) {
            return ok.error();
        }
        ByteWriter w(d->data.size() + 3);
        w.u8(kStx).bytes(std::string_view{d->data});
        return finishBlock(w, d->end);
    }
    const auto& e = std::get<ErrorMessage>(message);
    if (e.text.compare(0, 3, "ERR") != 0) {
        return fail(Iec21Error::MalformedCommand, 2, "error text must start with ERR");
    }
    if (auto ok = checkData(e.text, 2); !ok) {
        return ok.error();
    }
    if (const auto bracket = e.text.find_first_of("()"); bracket != std::string::npos) {
        return fail(Iec21Error::InvalidCharacter, 2 + bracket, "bracket in error text");
    }
    ByteWriter w(e.text.size() + 5);
    w.u8(kStx).u8('(').bytes(std::string_view{e.text}).u8(')');
    return finishBlock(w, BlockEnd::Etx);
}

}  // namespace omt::iec62056_21
