#pragma once
// Activity calendar (class 20, version 0): the active and passive season / week / day profile
// tables, the activation of the passive calendar (by method or at a date-time), and the lookup
// of the script that is in force at a local time (which tariff applies).
//
//   ActivityCalendarObject calendar(cosem::ObisCode(0, 0, 13, 0, 0, 255), tables);
//   calendar.set(9, std::nullopt, newDayProfiles.toData(), ctx);   // passive day profiles
//   calendar.invoke(1, Data::integer(0), ctx);                    // activate_passive_calendar
//   auto script = calendar.scriptAt(localTime, holidays);         // {0.0.10.0.100.255, 2}
//
// Activation checks the passive calendar is complete: every season's week profile exists and
// every day id of a week profile exists (OtherReason otherwise, nothing changes).

#include <chrono>
#include <optional>

#include "protocol/cosem/activity_calendar.h"
#include "protocol/cosem/script_table.h"
#include "sim/server/attribute_table_object.h"

namespace omt::sim {

class SpecialDaysObject;

/// One calendar: name, seasons, weeks, days.
struct CalendarTables {
    Bytes name;
    cosem::SeasonProfile seasons;
    cosem::WeekProfileTable weeks;
    cosem::DayProfileTable days;
};

class ActivityCalendarObject : public AttributeTableObject {
public:
    /// The active and the passive calendar both start as `tables`; no activation time.
    ActivityCalendarObject(cosem::ObisCode logicalName, const CalendarTables& tables);

    /// Attributes 2..5 active (read-only), 6..9 passive (writable through the views, octet-string
    /// name), 10 activate_passive_calendar_time (octet-string(12) date-time, wildcards allowed
    /// as "not specified").
    /// The script in force at `local` (a fully specified local date-time) by the active tables:
    /// the season with the latest start (month/day, wildcard year) not after the date (wrapping
    /// to the last one of the year), its week profile, the day id of the weekday (or the special
    /// day's), and the day profile's last action starting at or before the time (or the day's
    /// last action when none has started yet). nullopt when the tables do not lead to one.
    std::optional<cosem::ScriptReference> scriptAt(const dlms::CosemDateTime& local,
                                                   const SpecialDaysObject* specialDays) const;
    /// Activates the passive calendar when its activation time (fully specified) is at or before
    /// `now`; true when it did.
    bool activateIfDue(std::chrono::sys_seconds now, std::int16_t deviation);
    /// activate_passive_calendar. Error: OtherReason when the passive calendar is incomplete.
    Expected<void, ActionResult> activate();

protected:
    void attributeChanged(std::int8_t index) override;
    /// Method 1 activate_passive_calendar(integer 0).
    Expected<std::optional<Data>, ActionResult> invokeMethod(std::int8_t methodIndex,
                                                             const std::optional<Data>& parameters,
                                                             RequestContext& context) override;

private:
    struct Active {
        cosem::SeasonProfile seasons;
        cosem::WeekProfileTable weeks;
        cosem::DayProfileTable days;
    };
    /// The active tables, parsed once per change (scriptAt runs for every logged interval).
    const Active* active() const;
    mutable std::optional<Active> m_active;
};

}  // namespace omt::sim
