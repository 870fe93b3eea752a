#pragma once
// CRC-16/X.25, the HDLC frame check sequence of IEC 62056-46 (ISO/IEC 13239): polynomial
// x^16 + x^12 + x^5 + 1 processed bit-reflected (0x8408), initial value 0xFFFF, final XOR 0xFFFF.
// On the wire the 16-bit result is sent least significant byte first.
//
//   crc16X25(bytesOf("123456789"))  == 0x906E   // the catalogue check value
//   crc16X25(fromHex("A0 07 03 21 93")) == 0x010F  -> transmitted as 0F 01

#include <cstdint>

#include "protocol/common/bytes.h"

namespace omt::hdlc {

/// The CRC-16/X.25 of `data` (table driven). Never fails; the CRC of no bytes is 0x0000.
std::uint16_t crc16X25(ByteView data);

/// Appends crc16X25(data of `out` from `from` to its end) to `out`, low byte first, as HCS and FCS
/// are transmitted. Example: for out = A0 07 03 21 93 and from = 0, out becomes A0 07 03 21 93 0F
/// 01.
void appendCrc16X25(Bytes& out, std::size_t from = 0);

}  // namespace omt::hdlc
