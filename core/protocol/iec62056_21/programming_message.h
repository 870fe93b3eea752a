#pragma once
// Programming-mode messages of IEC 62056-21 (after ACK 0 Z 1), byte-exact, both directions:
//
//   command         SOH C D STX data-set ETX BCC      e.g. SOH P1 STX (password) ETX BCC
//                                                          SOH R1 STX 1.8.0() ETX BCC
//                                                          SOH W1 STX C.1.0(12345678) ETX BCC
//                   SOH B0 ETX BCC                    break (sign off)
//                   SOH P0 STX (seed) ETX BCC         the meter's operand request after sign-on
//   acknowledge     ACK                               single byte
//   repeat request  NAK                               single byte
//   data message    STX data ETX BCC                  (EOT instead of ETX: partial block)
//   error message   STX (ERRxx) ETX BCC
//
//   BCC = XOR of every byte after the leading SOH or STX up to and including ETX/EOT.
//
//   Bytes pw = *encodeProgrammingMessage(CommandMessage::password("00000000"));
//   auto answer = parseProgrammingMessage(frame);
//   if (answer && std::holds_alternative<ErrorMessage>(*answer)) ...

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/iec62056_21/iec21_error.h"
#include "protocol/iec62056_21/readout.h"

namespace omt::iec62056_21 {

/// Default bound on a programming-mode message (SOH/STX to BCC).
inline constexpr std::size_t kMaxProgrammingMessageSize = 64 * 1024;

/// Command message identifier C.
enum class CommandType : char {
    Password = 'P',  ///< P0 operand request (meter), P1 password, P2 secured password
    Write = 'W',     ///< W1 ASCII write, W2 formatted write, W3/W4 partial block ...
    Read = 'R',      ///< R1 ASCII read, R2 formatted read, R3/R4 partial block ...
    Execute = 'E',   ///< E2 formatted execute ...
    Break = 'B',     ///< B0 complete sign-off (carries no data)
};

/// What ends a block: ETX (complete) or EOT (partial block, more follow).
enum class BlockEnd : std::uint8_t { Etx = kEtx, Eot = kEot };

/// SOH C D [STX data] ETX|EOT BCC. `data` is absent for the break command only.
struct CommandMessage {
    CommandType type = CommandType::Break;
    char identifier = '0';  ///< command type identifier D, '0'..'9'
    std::optional<std::string> data;
    BlockEnd end = BlockEnd::Etx;

    /// SOH P1 STX (password) ETX BCC.
    static CommandMessage password(const std::string& password) {
        return {CommandType::Password, '1', "(" + password + ")", BlockEnd::Etx};
    }
    /// SOH P0 STX (seed) ETX BCC: the meter asks for the password (operand) after sign-on.
    static CommandMessage operandRequest(const std::string& seed) {
        return {CommandType::Password, '0', "(" + seed + ")", BlockEnd::Etx};
    }
    /// SOH R1 STX address(value) ETX BCC.
    static CommandMessage read(const std::string& address, const std::string& value = {}) {
        return {CommandType::Read, '1', address + "(" + value + ")", BlockEnd::Etx};
    }
    /// SOH W1 STX address(value) ETX BCC.
    static CommandMessage write(const std::string& address, const std::string& value) {
        return {CommandType::Write, '1', address + "(" + value + ")", BlockEnd::Etx};
    }
    /// SOH B0 ETX BCC.
    static CommandMessage breakMessage() {
        return {CommandType::Break, '0', std::nullopt, BlockEnd::Etx};
    }

    /// The data parsed as one data set ("C.1.0(12345678)" -> address and value).
    /// Errors: MalformedCommand (no data), those of parseDataSet.
    Expected<DataSet, Iec21Failure> dataSet(const ReadoutLimits& limits = {}) const;

    friend bool operator==(const CommandMessage&, const CommandMessage&) = default;
};

/// STX data ETX|EOT BCC from the meter (answer to a read command).
struct DataMessage {
    std::string data;  ///< e.g. "(001234.567*kWh)" or "1.8.0(001234.567*kWh)"
    BlockEnd end = BlockEnd::Etx;

    /// The data parsed as one data set. Errors: those of parseDataSet.
    Expected<DataSet, Iec21Failure> dataSet(const ReadoutLimits& limits = {}) const;

    friend bool operator==(const DataMessage&, const DataMessage&) = default;
};

/// STX (ERRxx) ETX BCC: the meter's error answer; `text` is what is between the brackets and
/// always begins with "ERR" (the rest is manufacturer specific).
struct ErrorMessage {
    std::string text;
    friend bool operator==(const ErrorMessage&, const ErrorMessage&) = default;
};

/// ACK, acknowledgement.
struct Acknowledge {
    friend bool operator==(const Acknowledge&, const Acknowledge&) = default;
};
/// NAK, negative acknowledgement (repeat request).
struct NegativeAcknowledge {
    friend bool operator==(const NegativeAcknowledge&, const NegativeAcknowledge&) = default;
};

using ProgrammingMessage =
    std::variant<CommandMessage, DataMessage, ErrorMessage, Acknowledge, NegativeAcknowledge>;

/// Parses one complete programming-mode message. A STX message whose data is "(" "ERR"... ")"
/// with no other bracket is an ErrorMessage, any other STX message a DataMessage.
/// Errors, in this order: Truncated (empty), TrailingBytes (after ACK/NAK), BadStartCharacter (not
/// SOH, STX, ACK or NAK), MessageTooLarge, Truncated (no ETX/EOT, no BCC), TrailingBytes (after
/// BCC), EightBitByte, BccMismatch ("expected=0xNN
/// actual=0xNN": computed, received), UnknownCommand (C not P W R E B), MalformedCommand (D not a
/// digit, no STX after D, data on B, no data on another command), InvalidCharacter (a control
/// character in the data). Example: 01 42 30 03 71 -> CommandMessage{Break, '0'}.
Expected<ProgrammingMessage, Iec21Failure> parseProgrammingMessage(
    ByteView message, std::size_t maxSize = kMaxProgrammingMessageSize);

/// Encodes any programming-mode message. Errors: UnknownCommand, MalformedCommand (identifier not
/// a digit, data on B / none on others, error text not starting "ERR", end neither ETX nor EOT),
/// InvalidCharacter (data not printable 7-bit, brackets in an error text).
/// Example: encodeProgrammingMessage(CommandMessage::breakMessage()) -> 01 42 30 03 71.
Expected<Bytes, Iec21Failure> encodeProgrammingMessage(const ProgrammingMessage& message);

}  // namespace omt::iec62056_21
