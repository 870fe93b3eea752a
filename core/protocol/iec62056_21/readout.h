#pragma once
// Data readout message of IEC 62056-21 and the data sets inside it, byte-exact, both directions:
//
//   STX  data block  "!" CR LF  ETX  BCC
//
//   data block = data lines, each ending CR LF; a line holds one or more data sets
//   data set   = address "(" value ["*" unit] ")" ["(" value ["*" unit] ")"]...
//                e.g. "1.8.0(001234.567*kWh)", "1-0:1.8.0*255(0001.2*kWh)", "F.F(00000000)",
//                     "P.01(2301011200)(00)(15)(1)(1.5)(kW)", and "(0.123)(0.456)" (no address)
//   BCC        = XOR of every byte after STX up to and including ETX
//
// Mode C readouts travel 7E1, so every byte is a 7-bit character: a byte >= 0x80 is refused.
//
//   auto r = parseReadout(frame);                  // frame from FrameSplitter
//   if (r) for (const DataSet& s : r->dataSets) show(s.address, s.values[0].value);
//   Bytes out = *encodeReadout(oneSetPerLine({{"1.8.0", {{"001234.567", "kWh"}}}}));

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/iec62056_21/iec21_error.h"

namespace omt::iec62056_21 {

/// Bounds applied when parsing (and encoding) readouts. Defaults suit real meters: the standard
/// itself allows 16-character addresses and 16-character units.
struct ReadoutLimits {
    std::size_t maxMessageSize = 64 * 1024;  ///< whole message, STX to BCC
    std::size_t maxDataSets = 4096;
    std::size_t maxValuesPerSet = 256;  ///< value groups "(...)" of one data set
    std::size_t maxAddressLength = 16;
    std::size_t maxValueLength = 128;
    std::size_t maxUnitLength = 16;
};

/// One "(value*unit)" group. `unit` is absent for "(value)" and empty for "(value*)".
struct ValueGroup {
    std::string value;
    std::optional<std::string> unit;
    friend bool operator==(const ValueGroup&, const ValueGroup&) = default;
};

/// One data set: its address (possibly empty) and its value groups (at least one).
struct DataSet {
    std::string address;
    std::vector<ValueGroup> values;
    /// Data line (0-based) the set is on. Sets with the same line number next to each other share
    /// a line when encoded; see oneSetPerLine().
    std::size_t line = 0;
    friend bool operator==(const DataSet&, const DataSet&) = default;
};

/// A decoded readout: the data block as received (without "!" CR LF) and its data sets.
struct Readout {
    std::string dataBlock;
    std::vector<DataSet> dataSets;
    friend bool operator==(const Readout&, const Readout&) = default;
};

/// XOR of all bytes of `data` (pass the bytes after STX/SOH up to and including ETX/EOT).
/// Example: computeBcc(bytesOf("!\r\n\x03")) == 0x21 ^ 0x0D ^ 0x0A ^ 0x03 == 0x25.
std::uint8_t computeBcc(ByteView data);

/// Parses one complete readout message STX ... ETX BCC.
/// Errors, checked in this order: Truncated (empty), BadStartCharacter (not STX), MessageTooLarge,
/// Truncated (no ETX, no BCC), TrailingBytes (after BCC), EightBitByte (any byte >= 0x80, BCC
/// included),
/// BccMismatch (detail "expected=0xNN actual=0xNN": computed, received), MissingEndOfData (no
/// "!" CR LF before ETX), then the data block errors of parseDataBlock (offsets in the message).
Expected<Readout, Iec21Failure> parseReadout(ByteView message, const ReadoutLimits& limits = {});

/// Parses a data block: zero or more data lines, each ending CR LF. Line numbers start at 0.
/// Errors: EightBitByte, InvalidCharacter (control characters other than CR LF, STX ...),
/// InvalidAddressCharacter, AddressTooLong, MalformedDataSet (no "(" after an address, missing
/// ")", "(" inside a value, empty line), ValueTooLong, UnitTooLong, TooManyValues,
/// TooManyDataSets, BadEndSequence (CR without LF, a last line without CR LF).
/// Example: parseDataBlock("0.0.0(12345678)\r\n1.8.0(000123.4*kWh)\r\n") -> two sets, lines 0, 1.
Expected<std::vector<DataSet>, Iec21Failure> parseDataBlock(std::string_view block,
                                                            const ReadoutLimits& limits = {});

/// Parses exactly one data set with no line end, as carried by programming-mode messages:
/// "C.1.0(12345678)", "(password)". Errors as parseDataBlock, plus TrailingBytes when more than one
/// data set or a line end follows.
Expected<DataSet, Iec21Failure> parseDataSet(std::string_view text,
                                             const ReadoutLimits& limits = {});

/// Text of one data set, "1.8.0(001234.567*kWh)". Errors: InvalidAddressCharacter,
/// AddressTooLong, InvalidCharacter (structural or control character in a value or unit),
/// ValueTooLong, UnitTooLong, TooManyValues, MalformedDataSet (no value group).
Expected<std::string, Iec21Failure> encodeDataSet(const DataSet& set,
                                                  const ReadoutLimits& limits = {});

/// Data block text for `sets`: a CR LF after each set whose successor is on another line (and
/// after the last one). Errors: those of encodeDataSet, TooManyDataSets.
Expected<std::string, Iec21Failure> encodeDataBlock(const std::vector<DataSet>& sets,
                                                    const ReadoutLimits& limits = {});

/// Whole readout message around an existing data block: STX block "!" CR LF ETX BCC. The block is
/// validated with parseDataBlock first. Errors: those of parseDataBlock, MessageTooLarge.
/// Example: encodeReadout("1.8.0(1*kWh)\r\n") -> 02 "1.8.0(1*kWh)\r\n!\r\n" 03 BCC.
Expected<Bytes, Iec21Failure> encodeReadout(std::string_view dataBlock,
                                            const ReadoutLimits& limits = {});

/// Whole readout message for `sets` (encodeDataBlock, then as above).
Expected<Bytes, Iec21Failure> encodeReadout(const std::vector<DataSet>& sets,
                                            const ReadoutLimits& limits = {});

/// Returns `sets` numbered 0, 1, 2 ...: one data set per line when encoded.
std::vector<DataSet> oneSetPerLine(std::vector<DataSet> sets);

}  // namespace omt::iec62056_21
