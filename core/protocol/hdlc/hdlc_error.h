#pragma once
// Typed errors of the HDLC data link layer (IEC 62056-46): framing, addressing, parameter
// negotiation, segmentation and the link engine. Text for a person is made in ui/ from the code.
//
//   auto frame = omt::hdlc::decodeFrame(bytes);
//   if (!frame && frame.error().code == omt::hdlc::HdlcError::BadFcs) { ... line noise ... }

#include "protocol/common/failure.h"

namespace omt::hdlc {

enum class HdlcError {
    // Framing (codec and deframer)
    MissingFlag,     ///< a frame does not start or end with the 0x7E flag
    BadFormatType,   ///< frame format field is not type 3 (0xA in the top nibble)
    BadLength,       ///< the length in the format field is below the smallest frame (7)
    LengthMismatch,  ///< the length in the format field disagrees with the bytes or the flags
    Truncated,       ///< the input ends before a field that must be there
    AddressTooLong,  ///< an address field without an end mark within 4 bytes
    InvalidAddress,  ///< a 3-byte address field, or an address value that does not fit its size
    BadHcs,          ///< header check sequence mismatch
    BadFcs,          ///< frame check sequence mismatch
    FrameTooLong,    ///< encoding would exceed the 2047 bytes the format field can express
    // Logical link control
    MissingLlcHeader,  ///< information field without the expected E6 E6 00 / E6 E7 00
    // SNRM/UA parameter negotiation
    BadParameterFormat,  ///< not 0x81 0x80, a group or parameter length past the end
    BadParameterValue,   ///< a parameter of the wrong size or out of its range
    // Segmentation
    ApduTooLarge,  ///< a reassembled APDU exceeds the configured bound
    // Link engine (Station)
    NotConnected,       ///< send() while no link is established
    InvalidState,       ///< a command that the current state or role does not allow
    ConnectionRefused,  ///< the secondary answered SNRM with DM
    LinkLost,           ///< no answer after the configured number of retries
    FrameRejected,      ///< the secondary answered with FRMR
    ProtocolError,      ///< the peer broke the procedure (e.g. acknowledged frames never sent)
};

/// Stable kebab-case identifier of an error code ("bad-fcs", "link-lost", ...).
const char* nameOf(HdlcError e);

using HdlcFailure = omt::Failure<HdlcError>;

}  // namespace omt::hdlc
