#pragma once
// The text form of a communication trace: one line per chunk of bytes on the wire.
//
//   # comment
//   2026-11-21T10:15:02.120Z TX 7E A0 07 03 21 93 0F 01 7E
//   2026-11-21T10:15:02.310Z RX 7E A0 1E 21 03 73 ...
//
// A line is an optional timestamp (any token that is not a direction), a direction (`TX` or `>`:
// tool to meter; `RX` or `<`: meter to tool) and the bytes in hex (spaces optional). Blank lines
// and lines starting with '#' are ignored. The session writes this form and `omt decode` reads it.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

namespace omt::trace {

enum class Direction { ToMeter, FromMeter };

/// "TX" / "RX".
const char* directionName(Direction d);

struct TraceLine {
    std::string timestamp;  ///< as written, empty when the line has none
    Direction direction = Direction::ToMeter;
    Bytes bytes;
    std::size_t lineNumber = 0;  ///< 1-based line in the text
    friend bool operator==(const TraceLine&, const TraceLine&) = default;
};

enum class TraceError {
    MissingDirection,  ///< no TX/RX/>/< token on a line that has content
    BadHex,            ///< the byte part is not hex
    NoBytes,           ///< a direction with nothing after it
    TooLarge,          ///< the text exceeds the size limit
};
const char* nameOf(TraceError e);
/// `offset` is the 1-based line number for trace errors.
using TraceFailure = Failure<TraceError>;

/// Maximum trace text accepted by parseTrace (64 MiB).
inline constexpr std::size_t kMaxTraceText = 64U * 1024U * 1024U;

/// Parses a whole trace. Errors: the first bad line, with its number in `offset`:
/// MissingDirection, BadHex, NoBytes; TooLarge above kMaxTraceText.
///   auto lines = parseTrace("TX 7E A0 07 03 21 93 0F 01 7E\n");
///   lines->front().bytes.size() == 9
Expected<std::vector<TraceLine>, TraceFailure> parseTrace(std::string_view text);

/// One line of the text form, without the newline: "<timestamp> TX 7E A0 ...".
std::string formatTraceLine(const TraceLine& line);

}  // namespace omt::trace
