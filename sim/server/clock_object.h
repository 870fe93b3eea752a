#pragma once
// Clock (class 8, version 0) of a virtual meter. The time comes from an injectable clock source
// (tests pass a fixed time) plus an offset that SET of attribute 2 and shift_time move; the other
// attributes are kept in a cosem::Clock and checked by it.
//
//   auto now = [] { return std::chrono::sys_seconds{std::chrono::seconds{1774746000}}; };
//   ClockObject clock(now);                          // 0.0.1.0.0.255
//   clock.get(2, std::nullopt, ctx);                 // octet-string(12) local time
//   clock.invoke(6, Data::long16(-30), ctx);         // shift_time by -30 s
//
// Local time = UTC - time_zone - (daylight saving active ? daylight_savings_deviation : 0).
//
// Daylight saving (attributes 5..8): while daylight_savings_enabled, it is active from
// daylight_savings_begin (a local standard time) to daylight_savings_end (a local daylight
// time) of the year the local standard time is in, and the status bit 7 (attribute 4 and the
// time's own status byte) shows it. Begin and end may use wildcards (Blue Book 4.1.6.1):
//   year 0xFFFF           every year (a given year: only that year)
//   day of month 0xFE/0xFD the last / second last day of the month
//   day of week 1..7      with 0xFE: the last such weekday of the month, 0xFD the second last,
//                         0xFF the first, a day d: the first such weekday on or after d
//   hour, minute, second  0xFF = 0
// so the EU rule is begin FFFF 03 FE 07 02 00 00 .., end FFFF 0A FE 07 03 00 00 .. (both 01:00
// UTC). A begin after the end in the year (southern hemisphere) makes daylight saving active
// outside [end, begin). A month that is not 1..12 designates no switch: inactive.

#include <chrono>
#include <functional>
#include <optional>

#include "protocol/cosem/clock.h"
#include "sim/server/cosem_object.h"

namespace omt::sim {

/// Where a virtual meter's time comes from (UTC).
using ClockSource = std::function<std::chrono::sys_seconds()>;

class ClockObject : public CosemObject {
public:
    /// `attributes` gives the logical name and attributes 3..9; its `time` is ignored.
    explicit ClockObject(ClockSource source, cosem::Clock attributes = {});

    std::uint16_t classId() const override { return 8; }
    std::uint8_t version() const override { return 0; }
    std::int8_t attributeCount() const override { return 9; }
    std::int8_t methodCount() const override { return 6; }

    /// Attributes 1..9 as the Blue Book types them; 2 is computed from the source.
    Expected<Data, DataAccessResult> get(
        std::int8_t attributeIndex, const std::optional<dlms::SelectiveAccessDescriptor>& access,
        const RequestContext& context) override;
    /// 2: octet-string(12), a fully specified date-time (deviation not specified = the
    /// time_zone) -> the clock is moved; 3..9 through cosem::Clock::setAttribute. TypeUnmatched
    /// for a wrong type or length, OtherReason for a value out of range; 1: ReadWriteDenied.
    DataAccessResult set(std::int8_t attributeIndex,
                         const std::optional<dlms::SelectiveAccessDescriptor>& access,
                         const Data& value, const RequestContext& context) override;
    /// 1 adjust_to_quarter, 3 adjust_to_minute (integer(0)), 6 shift_time (long -900..900 s).
    /// Methods 2, 4, 5 (measuring period, preset time) are not implemented: OtherReason.
    Expected<std::optional<Data>, ActionResult> invoke(std::int8_t methodIndex,
                                                       const std::optional<Data>& parameters,
                                                       RequestContext& context) override;

    /// The meter's current UTC time (source + offset).
    std::chrono::sys_seconds now() const;
    /// Whether daylight saving is in force at `utc` (see the header).
    bool daylightSavingActiveAt(std::chrono::sys_seconds utc) const;
    /// The instant a daylight_savings_begin / _end value designates in `year` when read as a
    /// local time of deviation `deviation` (UTC = local + deviation); nullopt when it designates
    /// none (another year, month not 1..12, no such day).
    /// Example: FFFF 03 FE 07 02:00, 2026, -60 -> 2026-03-29T01:00:00Z.
    static std::optional<std::chrono::sys_seconds> switchInstant(const dlms::CosemDateTime& when,
                                                                 int year, int deviation);
    const cosem::Clock& attributes() const { return m_clock; }

private:
    std::int16_t currentDeviation() const;
    /// The status with bit 7 as daylight saving is now.
    cosem::ClockStatus currentStatus() const;
    ClockSource m_source;
    cosem::Clock m_clock;
    std::chrono::seconds m_offset{0};
};

}  // namespace omt::sim
