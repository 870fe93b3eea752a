#include "meter/load_control_plan.h"

#include <algorithm>
#include <set>
#include <utility>

#include "protocol/cosem/single_action_schedule.h"
#include "protocol/cosem/view_support.h"

namespace omt::meter {

using json = nlohmann::ordered_json;
using nlohmann::ordered_json;

namespace {

constexpr std::uint16_t kDataClass = 1;
constexpr std::uint16_t kScheduleClass = 22;
constexpr std::uint16_t kDisconnectClass = 70;
constexpr int kFormatVersion = 1;
constexpr char kFormat[] = "omt-load-control-plan";
constexpr std::int8_t kRemoteDisconnect = 1;
constexpr std::int8_t kRemoteReconnect = 2;

LoadControlFailure failAt(LoadControlError code, const std::string& path,
                          const std::string& reason) {
    return LoadControlFailure{code, 0, path + ": " + reason};
}

int minutesOf(const RelaySwitch& s) {
    return s.hour * 60 + s.minute;
}

std::uint16_t onScript(std::uint8_t relay) {
    return static_cast<std::uint16_t>(2 * relay - 1);
}
std::uint16_t offScript(std::uint8_t relay) {
    return static_cast<std::uint16_t>(2 * relay);
}

dlms::Data scheduleTimes(const RelayPlan& r, bool on) {
    cosem::ExecutionTimes times;
    for (const RelaySwitch& s : r.schedule) {
        if (s.on == on) {
            times.entries.push_back(
                cosem::ExecutionTime{dlms::CosemTime{s.hour, s.minute, 0, 0}, dlms::CosemDate{}});
        }
    }
    return times.toData();
}

std::string maskText(std::uint8_t mask) {
    std::string out;
    for (std::uint8_t t = 1; t <= kMaxTariff; ++t) {
        if ((mask & (1U << (t - 1U))) != 0) {
            out += (out.empty() ? "T" : ", T") + std::to_string(t);
        }
    }
    return out.empty() ? "none" : out;
}

const char* controlStateName(cosem::ControlState s) {
    return nameOf(s);
}

std::optional<cosem::ControlState> controlStateFromName(std::string_view name) {
    for (auto s : {cosem::ControlState::Disconnected, cosem::ControlState::Connected,
                   cosem::ControlState::ReadyForReconnection}) {
        if (name == controlStateName(s)) {
            return s;
        }
    }
    return std::nullopt;
}

LoadControlFailure cosemFailure(const cosem::CosemFailure& f) {
    return LoadControlFailure{LoadControlError::BadCosemValue, 0, f.detail};
}

/// The times of one schedule object; `script` is the selector it must run.
omt::Expected<std::vector<RelaySwitch>, LoadControlFailure> readSchedule(
    std::span<const AttributeValue> values, const cosem::ObisCode& obis,
    const cosem::ObisCode& scripts, std::uint16_t script, bool on) {
    const AttributeValue* executed = findAttribute(values, obis, 2);
    const AttributeValue* times = findAttribute(values, obis, 4);
    if (executed == nullptr || times == nullptr) {
        return failAt(LoadControlError::MissingAttribute, obis.toString(),
                      "attributes 2 and 4 are needed");
    }
    auto ref =
        cosem::ScriptReference::fromData(executed->value, cosem::FieldPath("executed_script"));
    if (!ref) {
        return cosemFailure(ref.error());
    }
    if (ref->scriptLogicalName != scripts || ref->scriptSelector != script) {
        return failAt(LoadControlError::BadCosemValue, obis.toString() + ".executed_script",
                      "runs " + ref->scriptLogicalName.toString() + " script " +
                          std::to_string(ref->scriptSelector) + ", expected " + scripts.toString() +
                          " script " + std::to_string(script));
    }
    auto list = cosem::ExecutionTimes::fromData(times->value);
    if (!list) {
        return cosemFailure(list.error());
    }
    std::vector<RelaySwitch> out;
    for (std::size_t i = 0; i < list->entries.size(); ++i) {
        const cosem::ExecutionTime& e = list->entries[i];
        const std::string at = jsonElement(obis.toString() + ".execution_time", i);
        if (!(e.date == dlms::CosemDate{})) {
            return failAt(LoadControlError::BadCosemValue, at,
                          "only daily times (date *-*-*) can be represented");
        }
        if (e.time.hour > 23 || e.time.minute > 59 ||
            (e.time.second != 0 && e.time.second != 0xFF) ||
            (e.time.hundredths != 0 && e.time.hundredths != 0xFF)) {
            return failAt(LoadControlError::BadCosemValue, at,
                          "only whole minutes can be represented");
        }
        out.push_back(RelaySwitch{e.time.hour, e.time.minute, on});
    }
    return out;
}

}  // namespace

const char* nameOf(RelayMode mode) {
    switch (mode) {
        case RelayMode::OnDemand:
            return "on-demand";
        case RelayMode::Calendar:
            return "calendar";
        case RelayMode::FollowTariff:
            return "follow-tariff";
    }
    return "unknown";
}

std::optional<RelayMode> relayModeFromName(std::string_view name) {
    for (auto m : {RelayMode::OnDemand, RelayMode::Calendar, RelayMode::FollowTariff}) {
        if (name == nameOf(m)) {
            return m;
        }
    }
    return std::nullopt;
}

const char* nameOf(cosem::ControlState state) {
    switch (state) {
        case cosem::ControlState::Disconnected:
            return "disconnected";
        case cosem::ControlState::Connected:
            return "connected";
        case cosem::ControlState::ReadyForReconnection:
            return "ready-for-reconnection";
    }
    return "unknown";
}

const char* nameOf(LoadControlError error) {
    switch (error) {
        case LoadControlError::NoSuchRelay:
            return "no-such-relay";
        case LoadControlError::DuplicateRelay:
            return "duplicate-relay";
        case LoadControlError::StateNotOnDemand:
            return "state-not-on-demand";
        case LoadControlError::ScheduleNotCalendar:
            return "schedule-not-calendar";
        case LoadControlError::EmptySchedule:
            return "empty-schedule";
        case LoadControlError::TooManySwitches:
            return "too-many-switches";
        case LoadControlError::SwitchesNotOrdered:
            return "switches-not-ordered";
        case LoadControlError::SwitchOutOfDay:
            return "switch-out-of-day";
        case LoadControlError::BadTariffMask:
            return "bad-tariff-mask";
        case LoadControlError::NoSupplyControlSwitch:
            return "no-supply-control-switch";
        case LoadControlError::DisconnectNotAllowed:
            return "disconnect-not-allowed";
        case LoadControlError::MissingAttribute:
            return "missing-attribute";
        case LoadControlError::BadCosemValue:
            return "bad-cosem-value";
    }
    return "unknown";
}

std::uint8_t omnipowerOutputs(std::string_view z3, std::string_view z14) {
    if (z14 == "000" || z14.empty()) {
        return 0;
    }
    if (z3 == "26") {
        return 2;
    }
    for (std::string_view one : {"17", "18", "19", "20", "21", "27", "28"}) {
        if (z3 == one) {
            return 1;
        }
    }
    return 0;
}

LoadControlCapabilities capabilitiesOf(const TypeNumber& type,
                                       const SoftwareConfiguration* config) {
    LoadControlCapabilities caps;
    caps.supplyControlSwitch = type.hasBreaker();
    if (type.family() == MeterFamily::OmniaEMeter) {
        caps.relays = static_cast<std::uint8_t>(type.loadControlRelays());
    } else if (config != nullptr) {
        caps.relays = omnipowerOutputs(config->code(ZField::Z3), config->code(ZField::Z14));
    }
    return caps;
}

std::vector<LoadControlFailure> LoadControlPlan::validate(
    const LoadControlCapabilities& caps) const {
    std::vector<LoadControlFailure> out;
    std::set<std::uint8_t> seen;
    for (std::size_t i = 0; i < relays.size(); ++i) {
        const RelayPlan& r = relays[i];
        const std::string at = jsonElement("relays", i);
        if (r.relay < 1 || r.relay > caps.relays) {
            out.push_back(failAt(LoadControlError::NoSuchRelay, at + ".relay",
                                 "relay " + std::to_string(r.relay) +
                                     " does not exist; the meter has " +
                                     std::to_string(caps.relays)));
        }
        if (!seen.insert(r.relay).second) {
            out.push_back(failAt(LoadControlError::DuplicateRelay, at + ".relay",
                                 "relay " + std::to_string(r.relay) + " planned twice"));
        }
        if (r.state && r.mode != RelayMode::OnDemand) {
            out.push_back(failAt(
                LoadControlError::StateNotOnDemand, at + ".state",
                std::string("the state is set by the meter in ") + nameOf(r.mode) + " mode"));
        }
        if (r.mode != RelayMode::Calendar && !r.schedule.empty()) {
            out.push_back(failAt(
                LoadControlError::ScheduleNotCalendar, at + ".schedule",
                std::string("a schedule is used in calendar mode only, not ") + nameOf(r.mode)));
        }
        if (r.mode == RelayMode::Calendar && r.schedule.empty()) {
            out.push_back(failAt(LoadControlError::EmptySchedule, at + ".schedule",
                                 "calendar mode needs switch times"));
        }
        for (bool on : {true, false}) {
            const auto n = static_cast<std::size_t>(std::count_if(
                r.schedule.begin(), r.schedule.end(), [on](const auto& s) { return s.on == on; }));
            if (n > caps.maxSwitchesPerRelay) {
                out.push_back(failAt(LoadControlError::TooManySwitches, at + ".schedule",
                                     std::to_string(n) + (on ? " on" : " off") +
                                         " times, the meter takes at most " +
                                         std::to_string(caps.maxSwitchesPerRelay)));
            }
        }
        for (std::size_t k = 0; k < r.schedule.size(); ++k) {
            const RelaySwitch& s = r.schedule[k];
            const std::string sat = jsonElement(at + ".schedule", k) + ".time";
            if (s.hour > 23 || s.minute > 59) {
                out.push_back(failAt(LoadControlError::SwitchOutOfDay, sat,
                                     std::to_string(s.hour) + ":" + std::to_string(s.minute) +
                                         " is not a time of day"));
            } else if (k > 0 && minutesOf(r.schedule[k - 1]) >= minutesOf(s)) {
                out.push_back(
                    failAt(LoadControlError::SwitchesNotOrdered, sat,
                           formatClockTime(s.hour, s.minute) + " does not follow " +
                               formatClockTime(r.schedule[k - 1].hour, r.schedule[k - 1].minute)));
            }
        }
        if (r.tariffMask > 0x0F) {
            out.push_back(
                failAt(LoadControlError::BadTariffMask, at + ".tariffs",
                       "mask " + std::to_string(r.tariffMask) + " names tariffs above T4"));
        } else if (r.mode == RelayMode::FollowTariff && r.tariffMask == 0) {
            out.push_back(failAt(LoadControlError::BadTariffMask, at + ".tariffs",
                                 "follow-tariff with no tariff: the relay would never be on"));
        }
    }
    if (supplyControl) {
        if (!caps.supplyControlSwitch) {
            out.push_back(failAt(LoadControlError::NoSupplyControlSwitch, "supply_control",
                                 "the meter has no integrated breaker"));
        }
        if (supplyControl->mode == cosem::ControlMode::Mode0 &&
            supplyControl->state != cosem::ControlState::Connected) {
            out.push_back(failAt(LoadControlError::DisconnectNotAllowed, "supply_control.state",
                                 "control mode 0 keeps the supply connected"));
        }
    }
    return out;
}

std::vector<AttributeValue> LoadControlPlan::toCosem(const LoadControlObjects& objects) const {
    std::vector<AttributeValue> out;
    for (const RelayPlan& r : relays) {
        out.push_back(AttributeValue{kDataClass, objects.relay(r.relay).mode, 2,
                                     dlms::Data::enumValue(static_cast<std::uint8_t>(r.mode))});
        out.push_back(AttributeValue{kDataClass, objects.relay(r.relay).tariffMask, 2,
                                     dlms::Data::unsigned8(r.tariffMask)});
        if (r.mode == RelayMode::OnDemand && r.state) {
            out.push_back(AttributeValue{kDataClass, objects.relay(r.relay).state, 2,
                                         dlms::Data::boolean(*r.state)});
        }
        if (r.mode == RelayMode::Calendar) {
            for (bool on : {true, false}) {
                const cosem::ObisCode ln =
                    on ? objects.relay(r.relay).scheduleOn : objects.relay(r.relay).scheduleOff;
                const cosem::ScriptReference script{objects.relayScripts,
                                                    on ? onScript(r.relay) : offScript(r.relay)};
                out.push_back(AttributeValue{kScheduleClass, ln, 2, script.toData()});
                out.push_back(AttributeValue{
                    kScheduleClass, ln, 3,
                    cosem::enumData(cosem::SingleActionType::DifferentTimesWildcards)});
                out.push_back(AttributeValue{kScheduleClass, ln, 4, scheduleTimes(r, on)});
            }
        }
    }
    if (supplyControl) {
        out.push_back(AttributeValue{kDisconnectClass, objects.supplyControl, 4,
                                     cosem::enumData(supplyControl->mode)});
    }
    return out;
}

std::optional<MethodCall> LoadControlPlan::supplyControlAction(const LoadControlObjects& objects,
                                                               cosem::ControlState current) const {
    if (!supplyControl || supplyControl->state == current) {
        return std::nullopt;
    }
    const bool disconnect = supplyControl->state == cosem::ControlState::Disconnected;
    // Skipped when the switch already is where the plan wants it (control_state, attribute 3).
    return MethodCall{kDisconnectClass, objects.supplyControl,
                      disconnect ? kRemoteDisconnect : kRemoteReconnect, dlms::Data::integer(0),
                      AttributeValue{kDisconnectClass, objects.supplyControl, 3,
                                     cosem::enumData(supplyControl->state)}};
}

std::vector<WriteStep> LoadControlPlan::writeSteps(const LoadControlObjects& objects,
                                                   cosem::ControlState currentSupplyState) const {
    std::vector<WriteStep> steps;
    for (AttributeValue& v : toCosem(objects)) {
        steps.emplace_back(std::move(v));
    }
    if (auto action = supplyControlAction(objects, currentSupplyState)) {
        steps.emplace_back(std::move(*action));
    }
    return steps;
}

omt::Expected<LoadControlPlan, LoadControlFailure> LoadControlPlan::fromCosem(
    std::span<const AttributeValue> values, const LoadControlObjects& objects,
    std::uint8_t relayCount, bool withSupplyControl) {
    LoadControlPlan plan;
    auto need =
        [&](const cosem::ObisCode& obis,
            std::int8_t attribute) -> omt::Expected<const AttributeValue*, LoadControlFailure> {
        const AttributeValue* v = findAttribute(values, obis, attribute);
        if (v == nullptr) {
            return failAt(LoadControlError::MissingAttribute, obis.toString(),
                          "attribute " + std::to_string(attribute) + " not given");
        }
        return v;
    };
    for (std::uint8_t n = 1; n <= relayCount; ++n) {
        RelayPlan r;
        r.relay = n;
        auto mode = need(objects.relay(n).mode, 2);
        if (!mode) {
            return std::move(mode).error();
        }
        auto m = cosem::readEnumIn<RelayMode>((*mode)->value, 0, 2,
                                              cosem::FieldPath(objects.relay(n).mode.toString()));
        if (!m) {
            return cosemFailure(m.error());
        }
        r.mode = *m;
        auto mask = need(objects.relay(n).tariffMask, 2);
        if (!mask) {
            return std::move(mask).error();
        }
        auto bits = cosem::readUnsigned8((*mask)->value,
                                         cosem::FieldPath(objects.relay(n).tariffMask.toString()));
        if (!bits) {
            return cosemFailure(bits.error());
        }
        r.tariffMask = *bits;
        if (r.mode == RelayMode::OnDemand) {
            auto state = need(objects.relay(n).state, 2);
            if (!state) {
                return std::move(state).error();
            }
            auto on = cosem::readBoolean((*state)->value,
                                         cosem::FieldPath(objects.relay(n).state.toString()));
            if (!on) {
                return cosemFailure(on.error());
            }
            r.state = *on;
        }
        if (r.mode == RelayMode::Calendar) {
            auto ons = readSchedule(values, objects.relay(n).scheduleOn, objects.relayScripts,
                                    onScript(n), true);
            if (!ons) {
                return std::move(ons).error();
            }
            auto offs = readSchedule(values, objects.relay(n).scheduleOff, objects.relayScripts,
                                     offScript(n), false);
            if (!offs) {
                return std::move(offs).error();
            }
            r.schedule = std::move(*ons);
            r.schedule.insert(r.schedule.end(), offs->begin(), offs->end());
            std::stable_sort(
                r.schedule.begin(), r.schedule.end(),
                [](const auto& a, const auto& b) { return minutesOf(a) < minutesOf(b); });
        }
        plan.relays.push_back(std::move(r));
    }
    if (withSupplyControl) {
        cosem::DisconnectControl breaker;
        breaker.logicalName = objects.supplyControl;
        for (std::int8_t attribute : {std::int8_t{3}, std::int8_t{4}}) {
            auto v = need(objects.supplyControl, attribute);
            if (!v) {
                return std::move(v).error();
            }
            auto set = breaker.setAttribute(attribute, (*v)->value);
            if (!set) {
                return cosemFailure(set.error());
            }
        }
        plan.supplyControl = SupplyControlPlan{breaker.controlState, breaker.controlMode};
    }
    return plan;
}

namespace {

DescribedEntries entriesOf(const LoadControlPlan& p) {
    DescribedEntries out;
    for (const RelayPlan& r : p.relays) {
        std::string text = nameOf(r.mode);
        if (r.state) {
            text += *r.state ? ", on" : ", off";
        }
        for (const RelaySwitch& s : r.schedule) {
            text += std::string(s.on ? ", on " : ", off ") + formatClockTime(s.hour, s.minute);
        }
        text += ", tariffs " + maskText(r.tariffMask);
        out.emplace_back("relay[" + std::to_string(r.relay) + "]", text);
    }
    if (p.supplyControl) {
        out.emplace_back("supply_control",
                         std::string(nameOf(p.supplyControl->state)) + ", control mode " +
                             std::to_string(static_cast<int>(p.supplyControl->mode)));
    }
    return out;
}

}  // namespace

std::vector<std::string> LoadControlPlan::describe() const {
    std::vector<std::string> out;
    for (const auto& [key, text] : entriesOf(*this)) {
        out.push_back(key + ": " + text);
    }
    return out;
}

std::vector<PlanChange> LoadControlPlan::diffFrom(const LoadControlPlan& before) const {
    return diffDescribed(entriesOf(before), entriesOf(*this));
}

std::string LoadControlPlan::toJson() const {
    ordered_json j;
    j["format"] = kFormat;
    j["version"] = kFormatVersion;
    j["relays"] = ordered_json::array();
    for (const RelayPlan& r : relays) {
        ordered_json relay;
        relay["relay"] = r.relay;
        relay["mode"] = nameOf(r.mode);
        if (r.state) {
            relay["state"] = *r.state;
        }
        if (!r.schedule.empty()) {
            relay["schedule"] = ordered_json::array();
            for (const RelaySwitch& s : r.schedule) {
                relay["schedule"].push_back(
                    {{"time", formatClockTime(s.hour, s.minute)}, {"on", s.on}});
            }
        }
        ordered_json tariffs = ordered_json::array();
        for (std::uint8_t t = 1; t <= 8; ++t) {
            if ((r.tariffMask & (1U << (t - 1U))) != 0) {
                tariffs.push_back(t);
            }
        }
        relay["tariffs"] = tariffs;
        j["relays"].push_back(relay);
    }
    if (supplyControl) {
        j["supply_control"] = {{"state", nameOf(supplyControl->state)},
                               {"mode", static_cast<int>(supplyControl->mode)}};
    }
    return j.dump(2) + "\n";
}

omt::Expected<LoadControlPlan, DocumentFailure> LoadControlPlan::fromJson(std::string_view text) {
    auto doc = parseStrictJson(text);
    if (!doc) {
        return std::move(doc).error();
    }
    const json& j = *doc;
    JsonReader r;
    r.checkVersion(j, "$", kFormat, kFormatVersion);
    r.allowOnly(j, "$", {"format", "version", "relays", "supply_control"});
    LoadControlPlan plan;
    if (!r.ok()) {
        return *r.failure;
    }
    forEachElement(
        r, j, "$", "relays",
        [&](const json& e, const std::string& at) {
            r.allowOnly(e, at, {"relay", "mode", "state", "schedule", "tariffs"});
            RelayPlan relay;
            relay.relay = static_cast<std::uint8_t>(r.integer(e, at, "relay", 1, 255));
            const std::string mode = r.string(e, at, "mode");
            if (r.ok()) {
                if (auto m = relayModeFromName(mode)) {
                    relay.mode = *m;
                } else {
                    r.fail(DocumentError::BadValue, jsonMember(at, "mode"),
                           "\"" + mode + "\" is not on-demand, calendar or follow-tariff");
                }
            }
            if (e.contains("state")) {
                relay.state = r.boolean(e, at, "state");
            }
            forEachElement(
                r, e, at, "schedule",
                [&](const json& s, const std::string& sat) {
                    r.allowOnly(s, sat, {"time", "on"});
                    RelaySwitch sw;
                    readClockTime(r, s, sat, "time", sw.hour, sw.minute);
                    sw.on = r.boolean(s, sat, "on");
                    relay.schedule.push_back(sw);
                },
                false);
            if (const json* tariffs = r.member(e, at, "tariffs", false)) {
                const std::string tat = jsonMember(at, "tariffs");
                if (r.isArray(*tariffs, tat)) {
                    for (std::size_t k = 0; k < tariffs->size(); ++k) {
                        const auto t =
                            r.integerValue((*tariffs)[k], jsonElement(tat, k), 1, kMaxTariff);
                        relay.tariffMask =
                            static_cast<std::uint8_t>(relay.tariffMask | (1U << (t - 1)));
                    }
                }
            }
            plan.relays.push_back(std::move(relay));
        },
        false);
    if (const json* s = r.member(j, "$", "supply_control", false)) {
        const std::string at = "$.supply_control";
        if (r.isObject(*s, at)) {
            r.allowOnly(*s, at, {"state", "mode"});
            SupplyControlPlan supply;
            const std::string state = r.string(*s, at, "state");
            if (r.ok()) {
                if (auto st = controlStateFromName(state)) {
                    supply.state = *st;
                } else {
                    r.fail(DocumentError::BadValue, jsonMember(at, "state"),
                           "\"" + state +
                               "\" is not connected, disconnected or ready-for-reconnection");
                }
            }
            supply.mode = static_cast<cosem::ControlMode>(r.integer(*s, at, "mode", 0, 6));
            plan.supplyControl = supply;
        }
    }
    if (r.failure) {
        return *r.failure;
    }
    return plan;
}

}  // namespace omt::meter
