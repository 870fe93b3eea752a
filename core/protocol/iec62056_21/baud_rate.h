#pragma once
// Baud rate characters of IEC 62056-21. The identification message proposes a rate with one
// character Z whose meaning depends on the protocol mode:
//
//   mode C and E:  '0'=300 '1'=600 '2'=1200 '3'=2400 '4'=4800 '5'=9600 '6'=19200, '7'..'9' reserved
//   mode B:        'A'=600 'B'=1200 'C'=2400 'D'=4800 'E'=9600 'F'=19200, 'G'..'I' reserved
//   mode A:        no baud rate semantic, the exchange stays at 300 baud
//
//   baudFromCharacter(ProtocolMode::C, '5')  -> 9600
//   characterFromBaud(ProtocolMode::B, 2400) -> 'C'
//   protocolModeOf('5')                      -> ProtocolMode::C

#include <cstdint>

#include "protocol/common/expected.h"
#include "protocol/iec62056_21/iec21_error.h"

namespace omt::iec62056_21 {

/// Protocol modes of the standard that a sign-on can end in (mode D, push-button only, is not).
enum class ProtocolMode { A, B, C, E };

/// The fixed rate at which every sign-on starts (and the whole of mode A runs).
inline constexpr std::uint32_t kInitialBaud = 300;

/// Baud rate meant by character `c` in `mode`. Mode E uses the mode C table.
/// Errors: ReservedBaudCharacter ('7'..'9' in C/E, 'G'..'I' in B), InvalidBaudCharacter (any
/// other character outside the table), NoBaudCharacter (mode A).
/// Example: baudFromCharacter(ProtocolMode::E, '6') == 19200.
Expected<std::uint32_t, Iec21Failure> baudFromCharacter(ProtocolMode mode, char c);

/// Character that stands for `baud` in `mode`.
/// Errors: UnsupportedBaudRate (not in the table, e.g. 300 in mode B, 38400), NoBaudCharacter
/// (mode A). Example: characterFromBaud(ProtocolMode::C, 300) == '0'.
Expected<char, Iec21Failure> characterFromBaud(ProtocolMode mode, std::uint32_t baud);

/// The mode an identification's baud character implies: '0'..'9' mode C (E when the meter also
/// sends the "\2" enhanced sequence, decided by the caller), 'A'..'I' mode B, anything else A.
ProtocolMode protocolModeOf(char baudCharacter);

/// The highest rate of the mode's table that is <= `limit`; for mode C/E at least 300 exists when
/// limit >= 300. Errors: UnsupportedBaudRate (no rate of the table fits), NoBaudCharacter (mode A).
/// Example: highestBaudAtMost(ProtocolMode::C, 10000) == 9600.
Expected<std::uint32_t, Iec21Failure> highestBaudAtMost(ProtocolMode mode, std::uint32_t limit);

}  // namespace omt::iec62056_21
