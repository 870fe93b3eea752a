#pragma once
// LLC header of IEC 62056-46 (ISO/IEC 8802-2 style) in front of every APDU carried in I and UI
// frames: destination LSAP, source LSAP, quality.
//
//   E6 E6 00   request  (client -> server)
//   E6 E7 00   response (server -> client)
//
//   addLlcHeader(apdu, LlcDirection::Request)            -> E6 E6 00 <apdu>
//   stripLlcHeader(E6 E7 00 61 ..., LlcDirection::Response) -> view of 61 ...

#include <array>
#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

enum class LlcDirection { Request, Response };

inline constexpr std::array<std::uint8_t, 3> kLlcRequest{0xE6, 0xE6, 0x00};
inline constexpr std::array<std::uint8_t, 3> kLlcResponse{0xE6, 0xE7, 0x00};

/// The three LLC bytes for a direction.
constexpr const std::array<std::uint8_t, 3>& llcHeader(LlcDirection direction) {
    return direction == LlcDirection::Request ? kLlcRequest : kLlcResponse;
}

/// A copy of `apdu` with the LLC header of `direction` in front. Never fails.
/// Example: addLlcHeader(C0 01 ..., Request) == E6 E6 00 C0 01 ...
Bytes addLlcHeader(ByteView apdu, LlcDirection direction);

/// The APDU after the LLC header of `direction` (a view into `information`). Errors:
/// MissingLlcHeader, with the offset of the first byte that differs (or the input length when
/// it is shorter than 3 bytes). Example: stripLlcHeader(E6 E6 00 60 1D ..., Request) -> 60 1D ...;
/// stripLlcHeader(E6 E6 00 ..., Response) -> MissingLlcHeader at offset 1.
Expected<ByteView, HdlcFailure> stripLlcHeader(ByteView information, LlcDirection direction);

}  // namespace omt::hdlc
