#pragma once
// Limiter (class 71): the monitored value, the thresholds, the minimum durations, the
// emergency profile and the actions, with get/set by attribute index.
//
//   Limiter limiter;                                           // 0.0.17.0.0.255
//   auto r = limiter.setAttribute(4, Data::doubleLongUnsigned(10000));  // threshold_normal
//   auto profile = EmergencyProfile::fromData(attribute8);
//
// Threshold values are kept as Data (their type is that of the monitored value); only simple
// values are accepted (not array, structure or compact-array).

#include <cstdint>
#include <vector>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/register_monitor.h"
#include "protocol/cosem/script_table.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// emergency_profile: structure{emergency_profile_id long-unsigned, emergency_activation_time
/// octet-string(12) date-time, emergency_duration double-long-unsigned (seconds)}.
struct EmergencyProfile {
    std::uint16_t id = 0;
    dlms::CosemDateTime activationTime;
    std::uint32_t duration = 0;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength, BadDateTime.
    static Expected<EmergencyProfile, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("emergency_profile"));
    friend bool operator==(const EmergencyProfile&, const EmergencyProfile&) = default;
};

/// actions: structure{action_over_threshold script, action_under_threshold script}.
struct LimiterActions {
    ScriptReference overThreshold;
    ScriptReference underThreshold;

    dlms::Data toData() const;
    static Expected<LimiterActions, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("actions"));
    friend bool operator==(const LimiterActions&, const LimiterActions&) = default;
};

struct Limiter {
    ObisCode logicalName{0, 0, 17, 0, 0, 255};
    ValueDefinition monitoredValue;                          ///< attribute 2
    dlms::Data thresholdActive;                              ///< attribute 3
    dlms::Data thresholdNormal;                              ///< attribute 4
    dlms::Data thresholdEmergency;                           ///< attribute 5
    std::uint32_t minOverThresholdDuration = 0;              ///< attribute 6, seconds
    std::uint32_t minUnderThresholdDuration = 0;             ///< attribute 7, seconds
    EmergencyProfile emergencyProfile;                       ///< attribute 8
    std::vector<std::uint16_t> emergencyProfileGroupIdList;  ///< attribute 9
    bool emergencyProfileActive = false;                     ///< attribute 10
    LimiterActions actions;                                  ///< attribute 11

    /// The Data of attribute `index` (1..11). Error: UnknownAttribute.
    Expected<dlms::Data, CosemFailure> attribute(std::int8_t index) const;
    /// Replaces attribute `index`; on failure nothing changes. Errors: UnknownAttribute and
    /// those of the attribute's view (WrongType for a threshold that is not a simple value,
    /// "emergency_profile_group_id_list[2]" for a bad group id ...).
    Expected<void, CosemFailure> setAttribute(std::int8_t index, const dlms::Data& value);

    friend bool operator==(const Limiter&, const Limiter&) = default;
};

}  // namespace omt::cosem
