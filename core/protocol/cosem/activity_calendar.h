#pragma once
// Activity calendar (class 20) attribute values: season profiles, week profiles and day
// profiles (active and passive sets have the same form).
//
//   auto seasons = SeasonProfile::fromData(attribute3);   // season_profile_active
//   seasons->entries[0].seasonStart;                       // dlms::CosemDateTime (wildcards ok)
//   auto days = DayProfileTable::fromData(attribute5);
//   days->entries[0].daySchedule[1].scriptSelector;         // tariff 2
//
// Names (season_profile_name, week_name, week_profile_name) are octet-strings of any length.

#include <array>
#include <cstdint>
#include <vector>

#include "protocol/common/bytes.h"
#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// season: structure{season_profile_name octet-string, season_start octet-string(12)
/// date-time, week_name octet-string}.
struct Season {
    Bytes name;
    dlms::CosemDateTime start;
    Bytes weekName;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength / BadDateTime (season_start).
    static Expected<Season, CosemFailure> fromData(const dlms::Data& d,
                                                   const FieldPath& at = FieldPath("season"));
    friend bool operator==(const Season&, const Season&) = default;
};

/// week_profile: structure{week_profile_name octet-string, monday .. sunday day_id unsigned}.
struct WeekProfile {
    Bytes name;
    std::array<std::uint8_t, 7> dayIds{};  ///< [0] Monday ... [6] Sunday

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount (not 8 members).
    static Expected<WeekProfile, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("week_profile"));
    friend bool operator==(const WeekProfile&, const WeekProfile&) = default;
};

/// day_profile_action: structure{start_time octet-string(4) time, script_logical_name
/// octet-string(6), script_selector long-unsigned}.
struct DayProfileAction {
    dlms::CosemTime startTime;
    ObisCode scriptLogicalName;
    std::uint16_t scriptSelector = 0;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength, BadDateTime (start_time).
    static Expected<DayProfileAction, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("day_profile_action"));
    friend bool operator==(const DayProfileAction&, const DayProfileAction&) = default;
};

/// day_profile: structure{day_id unsigned, day_schedule array of day_profile_action}.
struct DayProfile {
    std::uint8_t dayId = 0;
    std::vector<DayProfileAction> daySchedule;

    dlms::Data toData() const;
    static Expected<DayProfile, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("day_profile"));
    friend bool operator==(const DayProfile&, const DayProfile&) = default;
};

inline constexpr char kSeasonProfileName[] = "season_profile";
inline constexpr char kWeekProfileTableName[] = "week_profile_table";
inline constexpr char kDayProfileTableName[] = "day_profile_table";
/// season_profile_active / _passive (attributes 3 and 7).
using SeasonProfile = ArrayOf<Season, kSeasonProfileName>;
/// week_profile_table_active / _passive (attributes 4 and 8).
using WeekProfileTable = ArrayOf<WeekProfile, kWeekProfileTableName>;
/// day_profile_table_active / _passive (attributes 5 and 9).
using DayProfileTable = ArrayOf<DayProfile, kDayProfileTableName>;

}  // namespace omt::cosem
