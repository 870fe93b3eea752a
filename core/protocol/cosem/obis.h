#pragma once
// OBIS codes (IEC 62056-6-1): the six-group identifier A-B:C.D.E*F of every COSEM object.
//
//   auto code = ObisCode::parse("1-0:1.8.0*255");   // or "1.0.1.8.0.255"
//   code->toString();        // "1.0.1.8.0.255"
//   code->toDisplayString(); // "1-0:1.8.0*255"
//   obisName(*code);         // "Active energy import (A+), total"

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

namespace omt::cosem {

enum class ObisError {
    Empty,            ///< no text at all
    BadCharacter,     ///< a character that is neither digit nor separator
    BadSeparator,     ///< separators in the wrong place or mixed forms
    WrongGroupCount,  ///< not six groups (or five/four in the short display forms)
    GroupOutOfRange,  ///< a group value above 255
    WrongLength,      ///< binary form not exactly 6 bytes
};
const char* nameOf(ObisError e);
using ObisFailure = Failure<ObisError>;

/// A logical name: six value groups A..F, each 0..255.
struct ObisCode {
    std::array<std::uint8_t, 6> bytes{};

    constexpr ObisCode() = default;
    constexpr ObisCode(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d,
                       std::uint8_t e, std::uint8_t f)
        : bytes{a, b, c, d, e, f} {}

    constexpr std::uint8_t a() const { return bytes[0]; }
    constexpr std::uint8_t b() const { return bytes[1]; }
    constexpr std::uint8_t c() const { return bytes[2]; }
    constexpr std::uint8_t d() const { return bytes[3]; }
    constexpr std::uint8_t e() const { return bytes[4]; }
    constexpr std::uint8_t f() const { return bytes[5]; }

    /// Parses the forms the tool accepts from people, files and the CLI:
    ///   "1.0.1.8.0.255"   six dotted groups
    ///   "1-0:1.8.0*255"   IEC 62056-6-1 display form
    ///   "1-0:1.8.0.255"   display form with a dot before F
    ///   "1-0:1.8.0"       display form without F: F = 255 (current value)
    /// Surrounding blanks are ignored. Short forms without A-B ("1.8.0") are refused as
    /// WrongGroupCount: the A and B groups cannot be guessed safely.
    /// Errors: Empty, BadCharacter, BadSeparator, WrongGroupCount, GroupOutOfRange, each with the
    /// offset of the offending character.
    static Expected<ObisCode, ObisFailure> parse(std::string_view text);
    /// From the 6-byte octet-string used on the wire; WrongLength otherwise.
    static Expected<ObisCode, ObisFailure> fromBytes(ByteView b);

    /// "1.0.1.8.0.255": the dotted form used in logs, files and the command line.
    std::string toString() const;
    /// "1-0:1.8.0*255": the IEC 62056-6-1 display form.
    std::string toDisplayString() const;
    Bytes toBytes() const { return Bytes(bytes.begin(), bytes.end()); }

    friend constexpr auto operator<=>(const ObisCode&, const ObisCode&) = default;
};

/// A human name for common codes ("Clock", "Active energy import (A+), total"), or an empty
/// string when the code is not in the table. Names are English identifiers for traces and the
/// CLI; the GUI translates its own.
std::string obisName(const ObisCode& code);

}  // namespace omt::cosem
