#pragma once
// Internal helpers of the iec62056_21 module (not part of its API).

#include <cstddef>
#include <cstdint>
#include <string>

#include "protocol/iec62056_21/iec21_error.h"

namespace omt::iec62056_21::detail {

inline std::string hexByte(std::uint8_t b) {
    constexpr const char* kDigits = "0123456789ABCDEF";
    return std::string{'0', 'x', kDigits[b >> 4], kDigits[b & 0x0F]};
}

inline Iec21Failure fail(Iec21Error code, std::size_t offset, std::string detail) {
    return Iec21Failure{code, offset, std::move(detail)};
}

/// 0x20..0x7E.
inline bool isPrintable(std::uint8_t b) {
    return b >= 0x20 && b <= 0x7E;
}

}  // namespace omt::iec62056_21::detail
