#pragma once
// HDLC parameter negotiation of IEC 62056-46 (6.4.4.4.3.2): the information field of SNRM and UA.
//
//   81           format identifier
//   80           group identifier (HDLC parameters)
//   LL           group length
//   05 len value maximum information field length, transmit
//   06 len value maximum information field length, receive
//   07 len value window size, transmit
//   08 len value window size, receive           (len 1, 2 or 4; value big-endian)
//
// Each side states its own view (its transmit and its receive). A parameter that is absent
// takes the default (128 bytes, window 1); an empty information field means all defaults.
//
//   encodeLinkParameters({}) -> 81 80 14 05 02 00 80 06 02 00 80 07 04 00 00 00 01 08 04 00 00 00
//   01

#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

inline constexpr std::uint32_t kDefaultMaxInfoLength = 128;
inline constexpr std::uint32_t kDefaultWindowSize = 1;
/// Range of maximum_information_field_length (IEC HDLC setup, class 23: 32..2030). Smaller
/// values are refused when parsed; larger ones are accepted and capped by negotiate().
inline constexpr std::uint32_t kMinInfoLength = 32;
inline constexpr std::uint32_t kMaxInfoLength = 2030;
/// Window sizes are 1..7 (modulo 8 sequence numbers).
inline constexpr std::uint32_t kMaxWindowSize = 7;

/// Link parameters from one station's point of view.
struct LinkParameters {
    std::uint32_t maxInfoTransmit = kDefaultMaxInfoLength;
    std::uint32_t maxInfoReceive = kDefaultMaxInfoLength;
    std::uint32_t windowTransmit = kDefaultWindowSize;
    std::uint32_t windowReceive = kDefaultWindowSize;

    /// True when every value is the default (an SNRM may then carry no information field).
    bool isDefault() const { return *this == LinkParameters{}; }
    friend bool operator==(const LinkParameters&, const LinkParameters&) = default;
};

/// The SNRM/UA information field for `p`, all four parameters present: maximum lengths in 2
/// bytes (4 above 0xFFFF), window sizes in 4 bytes, as in the DLMS UA worked example. Never fails.
Bytes encodeLinkParameters(const LinkParameters& p);

/// Parses an SNRM/UA information field. Empty input gives the defaults; absent parameters keep
/// their default; unknown parameters and groups other than 0x80 are skipped. Errors:
/// BadParameterFormat (format identifier not 0x81, no 0x80 group, a group or parameter length
/// past the end), BadParameterValue (a value length other than 1, 2 or 4, a maximum length below
/// 32, a window outside 1..7). Example: 81 80 06 05 01 40 07 01 03 -> {tx 64, rx 128, wtx 3, wrx
/// 1}.
Expected<LinkParameters, HdlcFailure> decodeLinkParameters(ByteView information);

/// The rule of IEC 62056-46: each station transmits at most what it proposes and what the peer can
/// receive, and receives at most what it can and what the peer will transmit; windows likewise.
/// `own` is this station's proposal or capability, `peer` the peer's stated view; the result is
/// this station's view, maximum lengths capped at 2030. A secondary answers SNRM with
/// negotiate(own, snrmParameters) in its UA; a primary applies negotiate(own, uaParameters).
/// Example: own {tx 512, rx 512, w 7, 7}, peer {tx 256, rx 1024, w 1, 3} -> {512, 256, 3, 1}.
LinkParameters negotiate(const LinkParameters& own, const LinkParameters& peer);

}  // namespace omt::hdlc
