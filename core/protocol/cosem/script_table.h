#pragma once
// Script table (class 9): scripts and their actions, and the script reference (logical name of
// a script table + script selector) that Activity calendar, Single action schedule, Register
// monitor and Limiter use to name a script.
//
//   auto scripts = Scripts::fromData(attribute2);
//   for (const auto& a : scripts->entries[0].actions) {
//       if (a.serviceId == ScriptService::ExecuteMethod) { ... a.classId, a.logicalName ... }
//   }

#include <cstdint>
#include <vector>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/obis.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// script (reference): structure{script_logical_name octet-string(6), script_selector
/// long-unsigned}. Example: {0.0.10.0.100.255, 1} -> 02 02 09 06 00 00 0A 00 64 FF 12 00 01.
struct ScriptReference {
    ObisCode scriptLogicalName;
    std::uint16_t scriptSelector = 0;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength.
    static Expected<ScriptReference, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("script"));
    friend bool operator==(const ScriptReference&, const ScriptReference&) = default;
};

/// service_id of an action_specification.
enum class ScriptService : std::uint8_t {
    WriteAttribute = 1,
    ExecuteMethod = 2,
};

/// action_specification: structure{service_id enum, class_id long-unsigned, logical_name
/// octet-string(6), index integer, parameter (any Data)}.
struct ScriptAction {
    ScriptService serviceId = ScriptService::WriteAttribute;
    std::uint16_t classId = 0;
    ObisCode logicalName;
    std::int8_t index = 0;  ///< attribute (write) or method (execute) index
    dlms::Data parameter;   ///< the value written, or the method's parameter

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength, UnknownEnum (service_id not 1 or 2).
    static Expected<ScriptAction, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("action_specification"));
    friend bool operator==(const ScriptAction&, const ScriptAction&) = default;
};

/// script: structure{script_identifier long-unsigned, actions array of action_specification}.
struct Script {
    std::uint16_t scriptIdentifier = 0;
    std::vector<ScriptAction> actions;

    dlms::Data toData() const;
    static Expected<Script, CosemFailure> fromData(const dlms::Data& d,
                                                   const FieldPath& at = FieldPath("script"));
    friend bool operator==(const Script&, const Script&) = default;
};

inline constexpr char kScriptsName[] = "scripts";
/// scripts (attribute 2): array of script.
using Scripts = ArrayOf<Script, kScriptsName>;

}  // namespace omt::cosem
