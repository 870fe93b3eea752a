#pragma once
// Register monitor (class 21) attribute values: thresholds, monitored_value and actions. The
// value definition is shared with Limiter (class 71).
//
//   auto what = ValueDefinition::fromData(attribute3);   // e.g. {3, 1.0.1.7.0.255, 2}
//   auto thresholds = Thresholds::fromData(attribute2);  // simple values of the monitored type
//   auto actions = RegisterMonitorActions::fromData(attribute4);
//   actions->entries[0].actionUp.scriptSelector;

#include <cstdint>
#include <vector>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// value_definition: structure{class_id long-unsigned, logical_name octet-string(6),
/// attribute_index integer}. Example: {3, 1.0.1.7.0.255, 2} ->
/// 02 03 12 00 03 09 06 01 00 01 07 00 FF 0F 02.
struct ValueDefinition {
    std::uint16_t classId = 0;
    ObisCode logicalName;
    std::int8_t attributeIndex = 0;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength.
    static Expected<ValueDefinition, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("monitored_value"));
    friend bool operator==(const ValueDefinition&, const ValueDefinition&) = default;
};

/// true for a Data that may stand as a threshold: any type but array, structure and
/// compact-array (the Blue Book's CHOICE of simple types).
bool isSimpleValue(const dlms::Data& d);

/// thresholds (attribute 2): array of simple values, kept as Data.
struct Thresholds {
    std::vector<dlms::Data> values;

    dlms::Data toData() const;
    /// Errors: WrongType (not an array, or an element that is not a simple value, path
    /// "thresholds[i]").
    static Expected<Thresholds, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("thresholds"));
    friend bool operator==(const Thresholds&, const Thresholds&) = default;
};

/// action_set: structure{action_up script, action_down script}.
struct ActionSet {
    ScriptReference actionUp;
    ScriptReference actionDown;

    dlms::Data toData() const;
    static Expected<ActionSet, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("action_set"));
    friend bool operator==(const ActionSet&, const ActionSet&) = default;
};

inline constexpr char kRegisterMonitorActionsName[] = "actions";
/// actions (attribute 4): array of action_set, one per threshold.
using RegisterMonitorActions = ArrayOf<ActionSet, kRegisterMonitorActionsName>;

}  // namespace omt::cosem
