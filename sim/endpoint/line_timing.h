#pragma once
// Time a serial line takes to carry bytes, for the line emulation of the virtual meters.
// IEC 62056-21 lines carry 10 bits a character in both framings the meters use: 7E1 (start,
// 7 data, parity, stop) and 8N1 (start, 8 data, stop).
//
//   characterTime(300)              -> 33333 us
//   transmissionTime(100, 9600)     -> 104166 us (100 characters of 10 bits at 9600 bit/s)

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace omt::sim {

inline constexpr int kBitsPerCharacter = 10;

/// One character at `baud`; zero for a baud of zero (an unthrottled line).
constexpr std::chrono::microseconds characterTime(std::uint32_t baud) {
    return baud == 0 ? std::chrono::microseconds{0}
                     : std::chrono::microseconds{std::int64_t{kBitsPerCharacter} * 1'000'000 /
                                                 std::int64_t{baud}};
}

/// `bytes` characters back to back at `baud` (exact to the microsecond, not the sum of rounded
/// character times); zero for a baud of zero.
constexpr std::chrono::microseconds transmissionTime(std::size_t bytes, std::uint32_t baud) {
    return baud == 0
               ? std::chrono::microseconds{0}
               : std::chrono::microseconds{static_cast<std::int64_t>(bytes) * kBitsPerCharacter *
                                           1'000'000 / std::int64_t{baud}};
}

}  // namespace omt::sim
