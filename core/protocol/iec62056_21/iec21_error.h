#pragma once
// Typed errors of the IEC 62056-21 (optical port, "IEC 1107") module: framing and syntax of the
// sign-on and readout messages, the programming-mode messages, the frame splitter and the client
// sign-on engine. Text for a person is made in ui/ from the code.
//
//   auto id = omt::iec62056_21::parseIdentification(line);
//   if (!id) log(nameOf(id.error().code), id.error().offset, id.error().detail);

#include <cstdint>

#include "protocol/common/failure.h"

namespace omt::iec62056_21 {

/// Control characters used by the protocol (ISO 646 / ASCII).
inline constexpr std::uint8_t kSoh = 0x01;
inline constexpr std::uint8_t kStx = 0x02;
inline constexpr std::uint8_t kEtx = 0x03;
inline constexpr std::uint8_t kEot = 0x04;
inline constexpr std::uint8_t kAck = 0x06;
inline constexpr std::uint8_t kNak = 0x15;
inline constexpr std::uint8_t kCr = 0x0D;
inline constexpr std::uint8_t kLf = 0x0A;

enum class Iec21Error {
    // Message framing
    Truncated,          ///< the input ends before the message is complete
    BadStartCharacter,  ///< the first byte(s) are not those the message starts with
    BadEndSequence,     ///< the terminator ("!" CR LF, CR LF, ETX ...) is wrong
    TrailingBytes,      ///< bytes follow the end of a complete message
    MessageTooLarge,    ///< the message is longer than the configured maximum
    EightBitByte,       ///< a byte >= 0x80 where only 7-bit characters can occur
    InvalidCharacter,   ///< a control or structural character where it is not allowed
    BccMismatch,        ///< block check character differs; detail "expected=0xNN actual=0xNN"
    // Request / identification / option select
    InvalidAddressCharacter,  ///< device or data set address holds a character not allowed
    AddressTooLong,           ///< device address > 32 or data set address > limit
    InvalidManufacturer,      ///< manufacturer id is not 2 upper case + 1 letter
    InvalidBaudCharacter,     ///< not a baud rate character of that protocol mode
    ReservedBaudCharacter,    ///< a reserved baud rate character (mode C 7-9, mode B G-I)
    NoBaudCharacter,          ///< the mode has no baud rate characters (mode A)
    UnsupportedBaudRate,      ///< a baud rate that has no character in the table
    InvalidEnhancedSequence,  ///< "\" not followed by an enhanced capability character
    InvalidIdentificationCharacter,
    IdentificationTooLong,   ///< more than 16 characters (or the configured maximum)
    InvalidProtocolControl,  ///< V of the option select message is not 0, 1 or 2
    InvalidModeControl,      ///< Y of the option select message is reserved or not a digit
    // Data readout
    MissingEndOfData,  ///< the data block does not end with "!" CR LF before ETX
    MalformedDataSet,  ///< a data set is not address "(" value ["*" unit] ")" ...
    ValueTooLong,
    UnitTooLong,
    TooManyDataSets,
    TooManyValues,
    // Programming mode
    UnknownCommand,    ///< command letter other than P, W, R, E, B
    MalformedCommand,  ///< command identifier not a digit, data where none belongs (B0) ...
    // Frame splitter
    BufferOverflow,  ///< a message grew past the splitter's bound; it was dropped
    // Client sign-on engine
    InvalidOptions,        ///< handshake options cannot work (address, baud limit)
    NoResponse,            ///< the meter did not answer in time (after all retries)
    ModeNotSupported,      ///< the meter's identification does not offer the wanted mode
    UnexpectedMessage,     ///< the meter sent a well-formed message that does not fit
    ModeEConfirmMismatch,  ///< the mode E switch confirmation differs from what was sent
    MeterRefused,          ///< the meter answered NAK or an error message
};

using Iec21Failure = omt::Failure<Iec21Error>;

/// Stable kebab-case identifier of the code, e.g. "bcc-mismatch". Never null.
const char* nameOf(Iec21Error code);

}  // namespace omt::iec62056_21
