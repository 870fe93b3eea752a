#pragma once
// HDLC frame codec of IEC 62056-46, frame format type 3. No byte stuffing: the length in the
// frame format field delimits the frame, the flags only mark its ends.
//
//   7E | format (2) | dest addr (1,2,4) | src addr (1,2,4) | control | [HCS (2) | info] | FCS (2) |
//   7E
//
//   format = 1010 S LLLLLLLLLLL: type 3 (0xA), segmentation bit S, length L of everything
//            between the flags. HCS covers format..control and is present only with an
//            information field; FCS covers format..info. Both are CRC-16/X.25, low byte first.
//
//   Frame snrm{Address::server(1), Address::client(kPublicClient), Control::snrm(), false, {}};
//   encodeFrame(snrm)  -> 7E A0 07 03 21 93 0F 01 7E
//   decodeFrame(fromHex("7E A0 07 03 21 93 0F 01 7E").value())  -> the same Frame

#include <cstddef>
#include <cstdint>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/hdlc/address.h"
#include "protocol/hdlc/control.h"
#include "protocol/hdlc/hdlc_error.h"

namespace omt::hdlc {

inline constexpr std::uint8_t kFlag = 0x7E;
/// Largest value of the 11-bit length in the format field (bytes between the flags).
inline constexpr std::size_t kMaxFrameLength = 2047;
/// Smallest frame between the flags: format 2 + addresses 1 + 1 + control 1 + FCS 2.
inline constexpr std::size_t kMinFrameLength = 7;

/// One decoded frame. An empty `information` means the frame has no information field (and no
/// HCS).
struct Frame {
    Address destination;
    Address source;
    Control control;
    bool segmented = false;  ///< the S bit of the format field: more segments follow
    Bytes information;

    friend bool operator==(const Frame&, const Frame&) = default;
};

/// Bytes between the flags for a frame with these addresses and `infoLength` bytes of
/// information (HCS counted only when infoLength > 0).
/// Example: frameLength(Address::server(1), Address::client(0x10), 0) == 7.
std::size_t frameLength(const Address& destination, const Address& source, std::size_t infoLength);

/// The largest information field that fits a frame with these addresses (2047 - overhead).
/// Example: maxInformationLength(Address::server(1), Address::client(0x10)) == 2038.
std::size_t maxInformationLength(const Address& destination, const Address& source);

/// Encodes a frame with both flags. Errors: InvalidAddress (an address value that does not fit
/// its size), FrameTooLong (more than 2047 bytes between the flags).
Expected<Bytes, HdlcFailure> encodeFrame(const Frame& frame);

/// Decodes exactly one frame given with both flags. Errors (offset into `bytes`): MissingFlag,
/// BadFormatType, BadLength, Truncated, LengthMismatch (length field versus bytes present, or 3
/// bytes after the control field), AddressTooLong, InvalidAddress, BadHcs, BadFcs.
/// Example: 7E A0 07 03 21 93 0F 01 7E -> {dest 03 -> server 1, src 21 -> client 0x10, SNRM+P}.
Expected<Frame, HdlcFailure> decodeFrame(ByteView bytes);

/// Decodes the bytes between the flags (format field first); the same errors except
/// MissingFlag, with offsets into `body`.
Expected<Frame, HdlcFailure> decodeFrameBody(ByteView body);

}  // namespace omt::hdlc
