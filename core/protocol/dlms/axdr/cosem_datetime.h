#pragma once
// COSEM date, time and date-time (Blue Book 4.1.6.1): wire bytes, validation, UTC conversion and
// ISO 8601 text. The structs themselves are in data.h.
//
//   auto dt = CosemDateTime::fromBytes(octets);           // 12 bytes of a Clock "time"
//   auto utc = toSysSeconds(*dt);                          // std::chrono::sys_seconds
//   toIsoString(*dt);                                      // "2026-03-29T02:00:00+01:00"
//
// Deviation sign (Blue Book): deviation is the number of minutes to add to local time to get UTC,
// UTC = local + deviation. CET (UTC+01:00) therefore has deviation -60, CEST -120; the ISO
// offset printed is -deviation ("+01:00").
//
// Field ranges accepted by validation (0xFF = not specified wherever it is allowed):
//   year          0..0xFFFE, 0xFFFF
//   month         1..12, 0xFD (daylight saving end), 0xFE (daylight saving begin), 0xFF
//   day of month  1..31, 0xFD (second last day of month), 0xFE (last day of month), 0xFF
//   day of week   1..7 (Monday = 1), 0xFF
//   hour 0..23, minute 0..59, second 0..59, hundredths 0..99, each or 0xFF
//   deviation     -720..720 or 0x8000 (not specified)
//   clock status  any value (bits 4..6 are reserved but not rejected)
// The day of week of a fully specified date is not checked against the date (meters get it
// wrong, and it carries no information then).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "protocol/common/expected.h"
#include "protocol/dlms/axdr/axdr_error.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::dlms {

inline constexpr std::size_t kCosemDateSize = 5;
inline constexpr std::size_t kCosemTimeSize = 4;
inline constexpr std::size_t kCosemDateTimeSize = 12;

inline constexpr std::uint8_t kMonthDstEnd = 0xFD;
inline constexpr std::uint8_t kMonthDstBegin = 0xFE;
inline constexpr std::uint8_t kDaySecondLast = 0xFD;
inline constexpr std::uint8_t kDayLast = 0xFE;

/// Clock status bits (Blue Book 4.1.6.1).
inline constexpr std::uint8_t kClockStatusInvalid = 0x01;
inline constexpr std::uint8_t kClockStatusDoubtful = 0x02;
inline constexpr std::uint8_t kClockStatusDifferentBase = 0x04;
inline constexpr std::uint8_t kClockStatusInvalidStatus = 0x08;
inline constexpr std::uint8_t kClockStatusDaylightSaving = 0x80;

/// Checks every field of a date against the ranges above. Error: BadDateTime with the offset of
/// the field inside the 5 wire bytes (0 year, 2 month, 3 day of month, 4 day of week).
/// Example: {2026, 13, 1, 0xFF} -> BadDateTime at offset 2.
Expected<void, AxdrFailure> validateDate(const CosemDate& d);

/// Checks a time; BadDateTime offsets 0 hour, 1 minute, 2 second, 3 hundredths.
Expected<void, AxdrFailure> validateTime(const CosemTime& t);

/// Checks a date-time; BadDateTime offsets as in the 12 wire bytes (deviation at 9).
Expected<void, AxdrFailure> validateDateTime(const CosemDateTime& dt);

/// true when year, month (1..12) and day (1..31, existing in that month) are all specified.
bool isFullySpecified(const CosemDate& d);
/// true when hour, minute and second are specified (hundredths may be 0xFF).
bool isFullySpecified(const CosemTime& t);

/// The UTC instant of a date-time whose date and time are fully specified and valid and whose
/// deviation is specified. Hundredths are dropped. Error: BadDateTime (detail names the field).
/// Example: 2026-03-29 03:00:00, deviation -120 (CEST) -> 2026-03-29T01:00:00Z.
Expected<std::chrono::sys_seconds, AxdrFailure> toSysSeconds(const CosemDateTime& dt);

/// As above, but a date-time with deviation 0x8000 (not specified) is read with
/// `assumedDeviation` instead (e.g. the meter's configured time zone).
Expected<std::chrono::sys_seconds, AxdrFailure> toSysSeconds(const CosemDateTime& dt,
                                                             std::int16_t assumedDeviation);

/// The date-time showing UTC instant `utc` as local time with `deviation` (local = UTC -
/// deviation), day of week filled in, hundredths 0. Error: BadDateTime when the deviation is
/// outside -720..720 or the local year outside 0..0xFFFE.
/// Example: 2026-03-29T01:00:00Z, -120, kClockStatusDaylightSaving ->
///          07 EA 03 1D 07 03 00 00 00 FF 88 80.
Expected<CosemDateTime, AxdrFailure> fromSysSeconds(std::chrono::sys_seconds utc,
                                                    std::int16_t deviation,
                                                    std::uint8_t clockStatus = 0x00);

/// ISO 8601 calendar date "2026-03-29". Fields not specified and special values are written as
/// wildcards: year "*", month "*" / "DST-end" / "DST-begin", day "*" / "last" / "last-1"
/// (second last). Unless the date is fully specified, a specified day of week is appended in
/// parentheses: "*-03-last(Sun)". Out-of-range values are printed as plain numbers.
std::string toIsoString(const CosemDate& d);

/// "02:00:00", hundredths appended as ".50" when specified and not zero; "*" for a field not
/// specified: "*:30:00".
std::string toIsoString(const CosemTime& t);

/// "<date>T<time><offset>", offset "+01:00" (= -deviation), "Z" for deviation 0, nothing when
/// not specified. The clock status is not part of the text.
/// Example: "2026-03-29T02:00:00+01:00"; "*-DST-begin-last(Sun)T02:00:00".
std::string toIsoString(const CosemDateTime& dt);

}  // namespace omt::dlms
