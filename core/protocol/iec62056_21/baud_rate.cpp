#include "protocol/iec62056_21/baud_rate.h"

#include <array>
#include <string>

namespace omt::iec62056_21 {

namespace {

constexpr std::array<std::uint32_t, 7> kModeCRates{300, 600, 1200, 2400, 4800, 9600, 19200};
constexpr std::array<std::uint32_t, 6> kModeBRates{600, 1200, 2400, 4800, 9600, 19200};

Iec21Failure fail(Iec21Error code, std::string detail) {
    return Iec21Failure{code, 0, std::move(detail)};
}

std::string charDetail(char c) {
    return "character 0x" + std::string{"0123456789ABCDEF"[(static_cast<unsigned char>(c) >> 4)],
                                        "0123456789ABCDEF"[static_cast<unsigned char>(c) & 0x0F]};
}

}  // namespace

Expected<std::uint32_t, Iec21Failure> baudFromCharacter(ProtocolMode mode, char c) {
    switch (mode) {
        case ProtocolMode::C:
        case ProtocolMode::E:
            if (c >= '0' && c <= '6') {
                return kModeCRates[static_cast<std::size_t>(c - '0')];
            }
            if (c >= '7' && c <= '9') {
                return fail(Iec21Error::ReservedBaudCharacter, charDetail(c));
            }
            return fail(Iec21Error::InvalidBaudCharacter, charDetail(c));
        case ProtocolMode::B:
            if (c >= 'A' && c <= 'F') {
                return kModeBRates[static_cast<std::size_t>(c - 'A')];
            }
            if (c >= 'G' && c <= 'I') {
                return fail(Iec21Error::ReservedBaudCharacter, charDetail(c));
            }
            return fail(Iec21Error::InvalidBaudCharacter, charDetail(c));
        case ProtocolMode::A:
            break;
    }
    return fail(Iec21Error::NoBaudCharacter, "mode A");
}

Expected<char, Iec21Failure> characterFromBaud(ProtocolMode mode, std::uint32_t baud) {
    switch (mode) {
        case ProtocolMode::C:
        case ProtocolMode::E:
            for (std::size_t i = 0; i < kModeCRates.size(); ++i) {
                if (kModeCRates[i] == baud) {
                    return static_cast<char>('0' + i);
                }
            }
            return fail(Iec21Error::UnsupportedBaudRate, "baud " + std::to_string(baud));
        case ProtocolMode::B:
            for (std::size_t i = 0; i < kModeBRates.size(); ++i) {
                if (kModeBRates[i] == baud) {
                    return static_cast<char>('A' + i);
                }
            }
            return fail(Iec21Error::UnsupportedBaudRate, "baud " + std::to_string(baud));
        case ProtocolMode::A:
            break;
    }
    return fail(Iec21Error::NoBaudCharacter, "mode A");
}

ProtocolMode protocolModeOf(char baudCharacter) {
    if (baudCharacter >= '0' && baudCharacter <= '9') {
        return ProtocolMode::C;
    }
    if (baudCharacter >= 'A' && baudCharacter <= 'I') {
        return ProtocolMode::B;
    }
    return ProtocolMode::A;
}

Expected<std::uint32_t, Iec21Failure> highestBaudAtMost(ProtocolMode mode, std::uint32_t limit) {
    const std::uint32_t* begin = nullptr;
    std::size_t count = 0;
    switch (mode) {
        case ProtocolMode::C:
        case ProtocolMode::E:
            begin = kModeCRates.data();
            count = kModeCRates.size();
            break;
        case ProtocolMode::B:
            begin = kModeBRates.data();
            count = kModeBRates.size();
            break;
        case ProtocolMode::A:
            return fail(Iec21Error::NoBaudCharacter, "mode A");
    }
    for (std::size_t i = count; i > 0; --i) {
        if (begin[i - 1] <= limit) {
            return begin[i - 1];
        }
    }
    return fail(Iec21Error::UnsupportedBaudRate, "limit " + std::to_string(limit));
}

}  // namespace omt::iec62056_21
