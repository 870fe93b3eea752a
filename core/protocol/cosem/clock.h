#pragma once
// Clock (class 8): the clock status flags, the clock base, and the attribute values of a Clock
// object as one typed value with get/set by attribute index (what a server keeps per object).
//
//   Clock clock;                                   // 0.0.1.0.0.255
//   auto ok = clock.setAttribute(3, Data::long16(-60));       // time_zone: CET
//   auto status = clock.attribute(4);              // unsigned, the ClockStatus bits
//   ClockStatus::fromData(*status)->daylightSavingActive();
//
// Wire types (Blue Book): time octet-string(12), time_zone long (minutes, as the date-time
// deviation: -60 for CET), status unsigned, daylight_savings_begin/end octet-string(12) (usually
// with wildcards), daylight_savings_deviation integer (minutes), daylight_savings_enabled
// boolean, clock_base enum.

#include <chrono>
#include <cstdint>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// The clock status bits (attribute 4, and the last byte of a date-time).
class ClockStatus {
public:
    static constexpr std::uint8_t kInvalidValue = 0x01;
    static constexpr std::uint8_t kDoubtfulValue = 0x02;
    static constexpr std::uint8_t kDifferentClockBase = 0x04;
    static constexpr std::uint8_t kInvalidClockStatus = 0x08;
    static constexpr std::uint8_t kReserved = 0x70;  ///< bits 4..6, kept as received
    static constexpr std::uint8_t kDaylightSavingActive = 0x80;

    constexpr ClockStatus() = default;
    constexpr explicit ClockStatus(std::uint8_t bits) : m_bits(bits) {}

    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool invalidValue() const { return (m_bits & kInvalidValue) != 0; }
    constexpr bool doubtfulValue() const { return (m_bits & kDoubtfulValue) != 0; }
    constexpr bool differentClockBase() const { return (m_bits & kDifferentClockBase) != 0; }
    constexpr bool invalidClockStatus() const { return (m_bits & kInvalidClockStatus) != 0; }
    constexpr bool daylightSavingActive() const { return (m_bits & kDaylightSavingActive) != 0; }
    /// Sets or clears the bits of `mask`; returns *this for chaining.
    constexpr ClockStatus& set(std::uint8_t mask, bool on = true) {
        m_bits = static_cast<std::uint8_t>(on ? (m_bits | mask) : (m_bits & ~mask));
        return *this;
    }

    /// unsigned: 11 80 for daylight saving active.
    dlms::Data toData() const;
    /// Error: WrongType (not unsigned). Every bit pattern is accepted.
    static Expected<ClockStatus, CosemFailure> fromData(const dlms::Data& d,
                                                        const FieldPath& at = FieldPath("status"));
    friend constexpr bool operator==(ClockStatus, ClockStatus) = default;

private:
    std::uint8_t m_bits = 0;
};

/// clock_base (attribute 9).
enum class ClockBase : std::uint8_t {
    NotDefined = 0,
    InternalCrystal = 1,
    Mains50Hz = 2,
    Mains60Hz = 3,
    Gps = 4,
    RadioControlled = 5,
};

/// A Clock object's attributes.
struct Clock {
    static constexpr std::int16_t kTimeZoneNotSpecified = static_cast<std::int16_t>(0x8000);

    ObisCode logicalName{0, 0, 1, 0, 0, 255};
    dlms::CosemDateTime time;                   ///< attribute 2 (a server fills it from its clock)
    std::int16_t timeZone = 0;                  ///< attribute 3: -720..720 or kTimeZoneNotSpecified
    ClockStatus status;                         ///< attribute 4
    dlms::CosemDateTime daylightSavingsBegin;   ///< attribute 5
    dlms::CosemDateTime daylightSavingsEnd;     ///< attribute 6
    std::int8_t daylightSavingsDeviation = 60;  ///< attribute 7: -120..120 minutes
    bool daylightSavingsEnabled = false;        ///< attribute 8
    ClockBase clockBase = ClockBase::InternalCrystal;  ///< attribute 9

    /// The Data of attribute `index` (1..9). Error: UnknownAttribute.
    Expected<dlms::Data, CosemFailure> attribute(std::int8_t index) const;
    /// Replaces attribute `index` with `value`; on failure nothing changes. Errors:
    /// UnknownAttribute, WrongType, BadLength, BadDateTime, UnknownEnum (clock_base outside
    /// 0..5), ValueOutOfRange (time_zone outside -720..720 and not 0x8000, deviation outside
    /// -120..120). Paths are the attribute names ("time_zone").
    Expected<void, CosemFailure> setAttribute(std::int8_t index, const dlms::Data& value);

    friend bool operator==(const Clock&, const Clock&) = default;
};

/// A meter's clock as a client reads it: attribute 2 (time) and, when read, 3 (time_zone).
struct ClockReading {
    dlms::CosemDateTime time;      ///< as the meter gave it
    std::int16_t deviation = 0;    ///< minutes (the date-time's own, else the time zone's)
    std::chrono::sys_seconds utc;  ///< the instant it shows
};

/// Reads a clock's time (and time zone, which stands in for a deviation the date-time leaves
/// unspecified). Errors: WrongType (time not an octet-string, time zone not a long), BadLength
/// (not 12 octets), BadDateTime (not a full, valid date-time, or no deviation anywhere).
/// Example: 07 EA 0B 15 06 0E 00 00 00 FF C4 00 (14:00 CET) -> 2026-11-21T13:00:00Z, deviation -60.
Expected<ClockReading, CosemFailure> readClock(const dlms::Data& time,
                                               const dlms::Data* timeZone = nullptr);

/// The time attribute (octet-string) that sets the clock read as `reading` to the instant
/// `utc`, shown in the meter's own deviation with its daylight saving status bit kept.
/// Error: BadDateTime (the local time cannot be expressed).
Expected<dlms::Data, CosemFailure> clockTimeFor(const ClockReading& reading,
                                                std::chrono::sys_seconds utc);

}  // namespace omt::cosem
