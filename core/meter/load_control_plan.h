#pragma once
// The load-control plan of a Kamstrup meter: per relay (OMNIA's two load control relays, the
// OMNIPOWER CT's module outputs) the mode (on-demand, calendar, follow-tariff), the state to set
// in on-demand mode, the daily switch schedule of calendar mode and the follow-tariff mask; and
// for an OMNIA with an integrated breaker the supply control switch (disconnect control, class
// 70). Validation against what the meter has, COSEM conversion, diff, words and versioned JSON.
//
// COSEM mapping (object plan; addresses from LoadControlObjects, i.e. the device profile), relay n:
//   0.n.96.3.128.255 class 1 attr 2  mode, enum 0 on-demand, 1 calendar, 2 follow-tariff
//   0.n.96.3.129.255 class 1 attr 2  state, boolean (written in on-demand mode only)
//   0.n.96.3.130.255 class 1 attr 2  follow-tariff mask, unsigned, bit t-1 = on in tariff Tt
//   0.n.15.0.1.255   class 22        switch-on schedule: executed_script {0.0.10.0.106.255, 2n-1}
//   0.n.15.0.2.255   class 22        switch-off schedule: executed_script {0.0.10.0.106.255, 2n}
//     A single action schedule runs one script, so the "on" and "off" times of relay n need one
//     schedule each (the object plan names 0.n.15.0.1.255 only; the second object is ours).
//     Both are type 5 (times may differ, date wildcards) with every date "*-*-*": daily times.
//   0.0.96.3.10.255  class 70        supply control switch: attribute 4 control_mode written,
//     the state reached by remote_disconnect (method 1) or remote_reconnect (method 2).
//
// What a meter has (LoadControlCapabilities): OMNIA, from the type number: FLEX AA/AB give two
// relays, X4 = 1 the supply control switch. OMNIPOWER CT: no relays when Z14 is "000" (load
// control disabled); otherwise as many outputs as Z3 (primary module) assigns to load control
// (our reading of the Z3 table): "26" two, "17", "18".."21", "27", "28" one, any other none.
//
//   auto caps = capabilitiesOf(typeNumber, &config);
//   auto plan = LoadControlPlan::fromJson(text);
//   auto problems = plan->validate(caps);
//   auto values = plan->toCosem(LoadControlObjects{});
//
// JSON (format "omt-load-control-plan", version 1):
//   {"format": "omt-load-control-plan", "version": 1,
//    "relays": [{"relay": 1, "mode": "calendar",
//                "schedule": [{"time": "06:00", "on": true}, {"time": "22:00", "on": false}]},
//               {"relay": 2, "mode": "follow-tariff", "tariffs": [2, 3]},
//               {"relay": 3, ...}],   // refused by validate(): the meter has 2
//    "supply_control": {"state": "connected", "mode": 1}}
// An on-demand relay gives "state": true/false; "tariffs" lists the tariffs of the mask.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "meter/attribute_value.h"
#include "meter/json_reader.h"
#include "meter/software_config.h"
#include "meter/tariff_plan.h"
#include "meter/type_number.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/cosem/disconnect_control.h"
#include "protocol/cosem/obis.h"

namespace omt::meter {

/// Relays of the largest meter (OMNIA: two).
inline constexpr std::uint8_t kMaxRelays = 2;

enum class RelayMode : std::uint8_t { OnDemand = 0, Calendar = 1, FollowTariff = 2 };

/// Stable kebab-case identifier: nameOf(RelayMode::FollowTariff) is "follow-tariff".
const char* nameOf(RelayMode mode);
/// The mode named by nameOf(); nullopt otherwise.
std::optional<RelayMode> relayModeFromName(std::string_view name);
/// "disconnected", "connected", "ready-for-reconnection".
const char* nameOf(cosem::ControlState state);

/// Every day at `hour`:`minute`, switch the relay on or off.
struct RelaySwitch {
    std::uint8_t hour = 0;
    std::uint8_t minute = 0;
    bool on = true;
    friend bool operator==(const RelaySwitch&, const RelaySwitch&) = default;
};

struct RelayPlan {
    std::uint8_t relay = 1;  ///< 1 or 2
    RelayMode mode = RelayMode::OnDemand;
    std::optional<bool> state;          ///< on-demand only: the state to set
    std::vector<RelaySwitch> schedule;  ///< calendar only: strictly ascending times
    std::uint8_t tariffMask = 0;        ///< bit t-1: on while tariff Tt is active (t = 1..4)
    friend bool operator==(const RelayPlan&, const RelayPlan&) = default;
};

/// The supply control switch: the control mode to set and the state to reach.
struct SupplyControlPlan {
    cosem::ControlState state = cosem::ControlState::Connected;
    cosem::ControlMode mode = cosem::ControlMode::Mode1;
    friend bool operator==(const SupplyControlPlan&, const SupplyControlPlan&) = default;
};

/// What a meter offers for load control.
struct LoadControlCapabilities {
    std::uint8_t relays = 0;
    bool supplyControlSwitch = false;
    /// Schedule entries per relay and direction (assumption: the data sheets give none).
    std::size_t maxSwitchesPerRelay = 8;
    friend bool operator==(const LoadControlCapabilities&,
                           const LoadControlCapabilities&) = default;
};

/// The capabilities of a meter (see the file comment). `config` is needed for OMNIPOWER CT
/// (Z3, Z14); without it a CT is taken to have no outputs.
LoadControlCapabilities capabilitiesOf(const TypeNumber& type, const SoftwareConfiguration* config);
/// OMNIPOWER CT outputs given to load control by a Z3 code and a Z14 code.
/// Example: omnipowerOutputs("26", "001") -> 2; omnipowerOutputs("26", "000") -> 0.
std::uint8_t omnipowerOutputs(std::string_view z3, std::string_view z14);

/// The objects of one relay.
struct RelayObjects {
    cosem::ObisCode mode;         ///< 0.n.96.3.128.255
    cosem::ObisCode state;        ///< 0.n.96.3.129.255
    cosem::ObisCode tariffMask;   ///< 0.n.96.3.130.255
    cosem::ObisCode scheduleOn;   ///< 0.n.15.0.1.255
    cosem::ObisCode scheduleOff;  ///< 0.n.15.0.2.255
    /// The object plan's addresses of relay `n`.
    static RelayObjects planned(std::uint8_t n) {
        return {{0, n, 96, 3, 128, 255},
                {0, n, 96, 3, 129, 255},
                {0, n, 96, 3, 130, 255},
                {0, n, 15, 0, 1, 255},
                {0, n, 15, 0, 2, 255}};
    }
};

/// Where the load-control objects are (defaults: the object plan).
struct LoadControlObjects {
    std::array<RelayObjects, kMaxRelays> relays = {RelayObjects::planned(1),
                                                   RelayObjects::planned(2)};
    cosem::ObisCode relayScripts{0, 0, 10, 0, 106, 255};
    cosem::ObisCode supplyControl{0, 0, 96, 3, 10, 255};

    /// The objects of relay `n` (1..kMaxRelays; others fall back to the planned addresses).
    RelayObjects relay(std::uint8_t n) const {
        return n >= 1 && n <= kMaxRelays ? relays[n - 1U] : RelayObjects::planned(n);
    }
};

enum class LoadControlError : std::uint8_t {
    NoSuchRelay,            ///< relay number outside 1..the meter's relays
    DuplicateRelay,         ///< a relay planned twice
    StateNotOnDemand,       ///< a state given for a relay not in on-demand mode
    ScheduleNotCalendar,    ///< a schedule given for a relay not in calendar mode
    EmptySchedule,          ///< calendar mode without any switch time
    TooManySwitches,        ///< more schedule entries than the meter takes
    SwitchesNotOrdered,     ///< schedule times not strictly ascending
    SwitchOutOfDay,         ///< hour above 23 or minute above 59
    BadTariffMask,          ///< mask bits above T4, or follow-tariff with an empty mask
    NoSupplyControlSwitch,  ///< a supply control plan for a meter without breaker
    DisconnectNotAllowed,   ///< control mode 0 (always connected) with a state other than connected
    MissingAttribute,       ///< fromCosem: a value is not among those given
    BadCosemValue,          ///< fromCosem: a value does not decode or cannot be represented
};
using LoadControlFailure = omt::Failure<LoadControlError>;

/// Stable kebab-case identifier: nameOf(LoadControlError::NoSuchRelay) is "no-such-relay".
const char* nameOf(LoadControlError error);

struct LoadControlPlan {
    std::vector<RelayPlan> relays;
    std::optional<SupplyControlPlan> supplyControl;

    /// Every problem for a meter with `caps`; detail "<path>: <reason>", e.g.
    /// "relays[1].schedule[2].time: 06:00 does not follow 22:00".
    std::vector<LoadControlFailure> validate(const LoadControlCapabilities& caps) const;

    /// Attribute values to write, per relay in plan order: mode, mask, then state (on-demand
    /// with a state) or the two schedules (calendar: executed_script, type 5, execution_time);
    /// the supply control switch's control_mode (attribute 4).
    std::vector<AttributeValue> toCosem(const LoadControlObjects& objects) const;
    /// The method to run after writing so that the switch reaches the planned state:
    /// remote_disconnect (1) for Disconnected, remote_reconnect (2) otherwise; nullopt without
    /// a supply control plan or when `current` already is the planned state.
    std::optional<MethodCall> supplyControlAction(const LoadControlObjects& objects,
                                                  cosem::ControlState current) const;

    /// The ordered steps: every value of toCosem() (mode before state, so an on-demand state is
    /// written once the mode allows it), then supplyControlAction(objects, currentSupplyState)
    /// when there is one.
    std::vector<WriteStep> writeSteps(const LoadControlObjects& objects,
                                      cosem::ControlState currentSupplyState) const;

    /// The plan held by `values` (read from a meter) for relays 1..`relays`, and the supply
    /// control switch when `withSupplyControl` (attributes 3 and 4). Per relay the mode and mask
    /// are required, the state is read for on-demand relays, the schedules for calendar ones.
    /// Errors: MissingAttribute, BadCosemValue (wrong type, unknown mode, a schedule that runs
    /// another script, a date that is not "*-*-*", seconds in a time).
    static omt::Expected<LoadControlPlan, LoadControlFailure> fromCosem(
        std::span<const AttributeValue> values, const LoadControlObjects& objects,
        std::uint8_t relays, bool withSupplyControl);

    /// One line per element, e.g. "relay[1]: calendar, on 06:00, off 22:00, tariffs none".
    std::vector<std::string> describe() const;
    /// What changed from `before`, relay by relay.
    std::vector<PlanChange> diffFrom(const LoadControlPlan& before) const;

    /// The JSON document (format "omt-load-control-plan", version 1).
    std::string toJson() const;
    /// Errors: Syntax, DuplicateKey, WrongFormat, FutureVersion, UnknownField, MissingField,
    /// WrongType, BadValue ("$.relays[0].mode: \"sometimes\" is not ...").
    static omt::Expected<LoadControlPlan, DocumentFailure> fromJson(std::string_view text);

    friend bool operator==(const LoadControlPlan&, const LoadControlPlan&) = default;
};

}  // namespace omt::meter
