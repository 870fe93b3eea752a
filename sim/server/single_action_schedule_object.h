#pragma once
// Single action schedule (class 22, version 0): the script to run and the dates and times to
// run it (relay calendars, debiting stop date), with the consistency rules of its type.
//
//   SingleActionScheduleObject relay1(cosem::ObisCode(0, 1, 15, 0, 1, 255),
//                                     {relayScripts, 1}, SingleActionType::DifferentTimesWildcards,
//                                     {{{6, 0, 0, 0}, anyDay}, {{22, 0, 0, 0}, anyDay}});
//   auto due = relay1.dueBetween(before, now);   // execution times passed since `before`
//
// Type rules (Blue Book): type 1 holds exactly one execution time; types 2 and 3 all share one
// time of day; types 2 and 4 allow no wildcard in the date. A SET of execution_time (or type)
// that breaks the rule of the (new) type is OtherReason.

#include <chrono>
#include <vector>

#include "protocol/cosem/script_table.h"
#include "protocol/cosem/single_action_schedule.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class SingleActionScheduleObject : public AttributeTableObject {
public:
    SingleActionScheduleObject(cosem::ObisCode logicalName, cosem::ScriptReference script,
                               cosem::SingleActionType type,
                               std::vector<cosem::ExecutionTime> times);

    /// Attribute 2 executed_script, 3 type, 4 execution_time, all writable through the views.
    cosem::ScriptReference script() const;
    std::vector<cosem::ExecutionTime> executionTimes() const;
    /// How many execution times fall in (from, to] in local time (`deviation` as the clock's:
    /// local = UTC - deviation), counting wildcard dates as every day; the last one's index in
    /// `lastIndex`. Bounded: a span above 7 days counts only its last 7 days.
    int dueBetween(std::chrono::sys_seconds from, std::chrono::sys_seconds to,
                   std::int16_t deviation, std::size_t* lastIndex = nullptr) const;

    /// Whether `times` obey the rules of `type`.
    static bool consistent(cosem::SingleActionType type,
                           const std::vector<cosem::ExecutionTime>& times);
};

}  // namespace omt::sim
