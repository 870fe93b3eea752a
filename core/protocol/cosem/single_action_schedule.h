#pragma once
// Single action schedule (class 22) attribute values: executed_script (a ScriptReference, see
// script_table.h), type and execution_time.
//
//   auto when = ExecutionTimes::fromData(attribute4);
//   when->entries[0].time;   // dlms::CosemTime {0, 0, 0, 0}
//   when->entries[0].date;   // dlms::CosemDate, wildcards allowed for types 1, 3 and 5

#include <cstdint>

#include "protocol/common/expected.h"
#include "protocol/cosem/cosem_error.h"
#include "protocol/cosem/script_table.h"
#include "protocol/cosem/view_support.h"
#include "protocol/dlms/axdr/data.h"

namespace omt::cosem {

/// type (attribute 3).
enum class SingleActionType : std::uint8_t {
    SingleWildcardDate = 1,         ///< size 1; wildcards in date allowed
    SameTimeNoWildcards = 2,        ///< size n; all times equal; no wildcards in date
    SameTimeWildcards = 3,          ///< size n; all times equal; wildcards in date allowed
    DifferentTimesNoWildcards = 4,  ///< size n; times may differ; no wildcards in date
    DifferentTimesWildcards = 5,    ///< size n; times may differ; wildcards in date allowed
};
/// Errors: WrongType, UnknownEnum (outside 1..5).
Expected<SingleActionType, CosemFailure> singleActionTypeFromData(
    const dlms::Data& d, const FieldPath& at = FieldPath("type"));

/// execution_time_date: structure{time octet-string(4), date octet-string(5)}.
/// Example: {00:00:00.00, *-*-*} -> 02 02 09 04 00 00 00 00 09 05 FF FF FF FF FF.
struct ExecutionTime {
    dlms::CosemTime time;
    dlms::CosemDate date;

    dlms::Data toData() const;
    /// Errors: WrongType, WrongElementCount, BadLength, BadDateTime.
    static Expected<ExecutionTime, CosemFailure> fromData(
        const dlms::Data& d, const FieldPath& at = FieldPath("execution_time_date"));
    friend bool operator==(const ExecutionTime&, const ExecutionTime&) = default;
};

inline constexpr char kExecutionTimesName[] = "execution_time";
/// execution_time (attribute 4): array of execution_time_date.
using ExecutionTimes = ArrayOf<ExecutionTime, kExecutionTimesName>;

}  // namespace omt::cosem
