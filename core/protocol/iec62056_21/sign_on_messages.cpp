#include "protocol/iec62056_21/sign_on_messages.h"

#include "protocol/iec62056_21/iec21_detail.h"

namespace omt::iec62056_21 {

using detail::fail;
using detail::hexByte;
using detail::isPrintable;

namespace {

bool isDeviceAddressChar(std::uint8_t b) {
    return (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == ' ';
}

bool isUpper(std::uint8_t b) {
    return b >= 'A' && b <= 'Z';
}
bool isLower(std::uint8_t b) {
    return b >= 'a' && b <= 'z';
}

/// Z of an identification and W of an enhanced sequence: printable, no space, not / ! or \.
bool isIdentMarkChar(std::uint8_t b) {
    return b > 0x20 && b <= 0x7E && b != '/' && b != '!' && b != '\\';
}

bool isIdentificationChar(std::uint8_t b) {
    return isPrintable(b) && b != '/' && b != '!';
}

Expected<void, Iec21Failure> checkDeviceAddress(std::string_view address, std::size_t base) {
    for (std::size_t i = 0; i < address.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(address[i]);
        if (!isDeviceAddressChar(b)) {
            return fail(Iec21Error::InvalidAddressCharacter, base + i, hexByte(b));
        }
        if (i >= kMaxDeviceAddressLength) {
            return fail(Iec21Error::AddressTooLong, base + i, "more than 32 characters");
        }
    }
    return {};
}

/// Expects CR LF at `pos` and nothing after it.
Expected<void, Iec21Failure> expectCrLfEnd(ByteView m, std::size_t pos) {
    if (pos >= m.size()) {
        return fail(Iec21Error::Truncated, pos, "CR expected");
    }
    if (m[pos] != kCr) {
        return fail(Iec21Error::BadEndSequence, pos, "CR expected, got " + hexByte(m[pos]));
    }
    if (pos + 1 >= m.size()) {
        return fail(Iec21Error::Truncated, pos + 1, "LF expected");
    }
    if (m[pos + 1] != kLf) {
        return fail(Iec21Error::BadEndSequence, pos + 1, "LF expected, got " + hexByte(m[pos + 1]));
    }
    if (pos + 2 != m.size()) {
        return fail(Iec21Error::TrailingBytes, pos + 2,
                    std::to_string(m.size() - pos - 2) + " bytes");
    }
    return {};
}

Expected<void, Iec21Failure> checkOptionBaud(char z, std::size_t offset) {
    auto baud = baudFromCharacter(ProtocolMode::C, z);
    if (!baud) {
        auto f = baud.error();
        f.offset = offset;
        return f;
    }
    return {};
}

bool validProtocolControl(char v) {
    return v >= '0' && v <= '2';
}
bool validModeControl(char y) {
    return (y >= '0' && y <= '2') || (y >= '6' && y <= '9');
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Request

Expected<Bytes, Iec21Failure> encodeRequest(std::string_view deviceAddress) {
    if (auto ok = checkDeviceAddress(deviceAddress, 2); !ok) {
        return ok.error();
    }
    ByteWriter w(deviceAddress.size() + 5);
    w.bytes(std::string_view{"/?"}).bytes(deviceAddress).bytes(std::string_view{"!\r\n"});
    return w.take();
}

Expected<RequestMessage, Iec21Failure> parseRequest(ByteView m) {
    if (m.empty()) {
        return fail(Iec21Error::Truncated, 0, "empty");
    }
    if (m[0] != '/') {
        return fail(Iec21Error::BadStartCharacter, 0, hexByte(m[0]));
    }
    if (m.size() < 2) {
        return fail(Iec21Error::Truncated, 1, "'?' expected");
    }
    if (m[1] != '?') {
        return fail(Iec21Error::BadStartCharacter, 1, hexByte(m[1]));
    }
    RequestMessage out;
    std::size_t pos = 2;
    while (pos < m.size() && m[pos] != '!') {
        const std::uint8_t b = m[pos];
        if (b == kCr || b == kLf) {
            return fail(Iec21Error::BadEndSequence, pos, "'!' missing before CR LF");
        }
        if (!isDeviceAddressChar(b)) {
            return fail(Iec21Error::InvalidAddressCharacter, pos, hexByte(b));
        }
        if (out.deviceAddress.size() >= kMaxDeviceAddressLength) {
            return fail(Iec21Error::AddressTooLong, pos, "more than 32 characters");
        }
        out.deviceAddress.push_back(static_cast<char>(b));
        ++pos;
    }
    if (pos >= m.size()) {
        return fail(Iec21Error::Truncated, pos, "'!' expected");
    }
    if (auto ok = expectCrLfEnd(m, pos + 1); !ok) {
        return ok.error();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Identification

bool Identification::fastReaction() const {
    return manufacturer.size() == 3 && isLower(static_cast<std::uint8_t>(manufacturer[2]));
}

bool Identification::offersModeE() const {
    return protocolModeOf(baudCharacter) == ProtocolMode::C &&
           enhanced.find('2') != std::string::npos;
}

Expected<Bytes, Iec21Failure> encodeIdentification(const Identification& id,
                                                   std::size_t maxIdentificationLength) {
    const std::string& x = id.manufacturer;
    if (x.size() != 3 || !isUpper(static_cast<std::uint8_t>(x[0])) ||
        !isUpper(static_cast<std::uint8_t>(x[1])) ||
        !(isUpper(static_cast<std::uint8_t>(x[2])) || isLower(static_cast<std::uint8_t>(x[2])))) {
        return fail(Iec21Error::InvalidManufacturer, 1, "'" + x + "'");
    }
    if (!isIdentMarkChar(static_cast<std::uint8_t>(id.baudCharacter))) {
        return fail(Iec21Error::InvalidBaudCharacter, 4,
                    hexByte(static_cast<std::uint8_t>(id.baudCharacter)));
    }
    if (id.enhanced.size() > kMaxEnhancedSequences) {
        return fail(Iec21Error::InvalidEnhancedSequence, 5, "too many sequences");
    }
    std::size_t pos = 5;
    for (char w : id.enhanced) {
        if (!isIdentMarkChar(static_cast<std::uint8_t>(w))) {
            return fail(Iec21Error::InvalidEnhancedSequence, pos + 1,
                        hexByte(static_cast<std::uint8_t>(w)));
        }
        pos += 2;
    }
    if (id.identification.size() > maxIdentificationLength) {
        return fail(Iec21Error::IdentificationTooLong, pos + maxIdentificationLength,
                    std::to_string(id.identification.size()) + " characters");
    }
    for (std::size_t i = 0; i < id.identification.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(id.identification[i]);
        if (!isIdentificationChar(b) || (i == 0 && b == '\\')) {
            return fail(Iec21Error::InvalidIdentificationCharacter, pos + i, hexByte(b));
        }
    }
    ByteWriter w(pos + id.identification.size() + 2);
    w.u8('/').bytes(std::string_view{x}).u8(static_cast<std::uint8_t>(id.baudCharacter));
    for (char c : id.enhanced) {
        w.u8('\\').u8(static_cast<std::uint8_t>(c));
    }
    w.bytes(std::string_view{id.identification}).u8(kCr).u8(kLf);
    return w.take();
}

Expected<Identification, Iec21Failure> parseIdentification(ByteView m,
                                                           std::size_t maxIdentificationLength) {
    if (m.empty()) {
        return fail(Iec21Error::Truncated, 0, "empty");
    }
    if (m[0] != '/') {
        return fail(Iec21Error::BadStartCharacter, 0, hexByte(m[0]));
    }
    Identification id;
    for (std::size_t i = 1; i <= 3; ++i) {
        if (i >= m.size()) {
            return fail(Iec21Error::Truncated, i, "manufacturer letter expected");
        }
        const std::uint8_t b = m[i];
        const bool ok = i < 3 ? isUpper(b) : (isUpper(b) || isLower(b));
        if (!ok) {
            return fail(Iec21Error::InvalidManufacturer, i, hexByte(b));
        }
        id.manufacturer.push_back(static_cast<char>(b));
    }
    if (m.size() <= 4) {
        return fail(Iec21Error::Truncated, 4, "baud rate character expected");
    }
    if (!isIdentMarkChar(m[4])) {
        return fail(Iec21Error::InvalidBaudCharacter, 4, hexByte(m[4]));
    }
    id.baudCharacter = static_cast<char>(m[4]);
    std::size_t pos = 5;
    while (pos < m.size() && m[pos] == '\\') {
        if (pos + 1 >= m.size()) {
            return fail(Iec21Error::Truncated, pos + 1, "enhanced character expected");
        }
        if (!isIdentMarkChar(m[pos + 1])) {
            return fail(Iec21Error::InvalidEnhancedSequence, pos + 1, hexByte(m[pos + 1]));
        }
        if (id.enhanced.size() >= kMaxEnhancedSequences) {
            return fail(Iec21Error::InvalidEnhancedSequence, pos, "too many sequences");
        }
        id.enhanced.push_back(static_cast<char>(m[pos + 1]));
        pos += 2;
    }
    while (pos < m.size() && m[pos] != kCr) {
        const std::uint8_t b = m[pos];
        if (b >= 0x80) {
            return fail(Iec21Error::EightBitByte, pos, hexByte(b));
        }
        if (b == kLf) {
            return fail(Iec21Error::BadEndSequence, pos, "LF without CR");
        }
        if (!isIdentificationChar(b)) {
            return fail(Iec21Error::InvalidIdentificationCharacter, pos, hexByte(b));
        }
        if (id.identification.size() >= maxIdentificationLength) {
            return fail(Iec21Error::IdentificationTooLong, pos,
                        "more than " + std::to_string(maxIdentificationLength) + " characters");
        }
        id.identification.push_back(static_cast<char>(b));
        ++pos;
    }
    if (auto ok = expectCrLfEnd(m, pos); !ok) {
        return ok.error();
    }
    return id;
}

// ---------------------------------------------------------------------------------------------
// Option select

Expected<Bytes, Iec21Failure> encodeOptionSelect(const OptionSelect& message) {
    const char v = static_cast<char>(message.protocolControl);
    const char y = static_cast<char>(message.modeControl);
    if (!validProtocolControl(v)) {
        return fail(Iec21Error::InvalidProtocolControl, 1, hexByte(static_cast<std::uint8_t>(v)));
    }
    if (auto ok = checkOptionBaud(message.baudCharacter, 2); !ok) {
        return ok.error();
    }
    if (!validModeControl(y)) {
        return fail(Iec21Error::InvalidModeControl, 3, hexByte(static_cast<std::uint8_t>(y)));
    }
    return Bytes{kAck,
                 static_cast<std::uint8_t>(v),
                 static_cast<std::uint8_t>(message.baudCharacter),
                 static_cast<std::uint8_t>(y),
                 kCr,
                 kLf};
}

Expected<OptionSelect, Iec21Failure> parseOptionSelect(ByteView m) {
    if (m.empty()) {
        return fail(Iec21Error::Truncated, 0, "empty");
    }
    if (m[0] != kAck) {
        return fail(Iec21Error::BadStartCharacter, 0, hexByte(m[0]));
    }
    if (m.size() < 2) {
        return fail(Iec21Error::Truncated, 1, "protocol control character expected");
    }
    if (!validProtocolControl(static_cast<char>(m[1]))) {
        return fail(Iec21Error::InvalidProtocolControl, 1, hexByte(m[1]));
    }
    if (m.size() < 3) {
        return fail(Iec21Error::Truncated, 2, "baud rate character expected");
    }
    if (auto ok = checkOptionBaud(static_cast<char>(m[2]), 2); !ok) {
        return ok.error();
    }
    if (m.size() < 4) {
        return fail(Iec21Error::Truncated, 3, "mode control character expected");
    }
    if (!validModeControl(static_cast<char>(m[3]))) {
        return fail(Iec21Error::InvalidModeControl, 3, hexByte(m[3]));
    }
    if (auto ok = expectCrLfEnd(m, 4); !ok) {
        return ok.error();
    }
    return OptionSelect{static_cast<ProtocolControl>(m[1]), static_cast<char>(m[2]),
                        static_cast<ModeControl>(m[3])};
}

}  // namespace omt::iec62056_21
