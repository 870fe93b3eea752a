#pragma once
// The whole configuration of a meter as a device profile locates it: software configuration
// (Z codes), display lists, CT ratio and lock, load profile period, tariff plan and load-control
// plan. Built from the attribute values read from a meter, turned back into the values to
// write, described and compared in words, and written to and read from configuration templates.
//
//   auto current = MeterConfiguration::fromValues(profile, valuesRead);   // what the meter holds
//   auto tmpl = ConfigurationTemplate::fromJson(text);                   // what a file asks for
//   auto target = tmpl->applyTo(*current, profile);                      // the meter afterwards
//   for (const auto& c : target->diffFrom(*current)) ...                 // "ct-ratio: 200 -> 300"
//
// Template (format "omt-configuration", version 2; version 1 documents are read too; unknown
// fields, a newer version and a template for another meter type are refused; every subset is
// optional and a template changes only what it names):
//   {"format": "omt-configuration", "version": 2, "meter": "omnipower-ct",
//    "serial": "71234567", "type-number": "...",          // informative, as `config show` wrote
//    "software-configuration": "1-2-00-2-000-...",        // OMNIPOWER CT only
//    "software-configuration-meanings": [{"field": "Z1", "name": "Decimals in display",
//        "code": "1", "meaning": "7.0 [Default]"}, ...],  // v2, informative: never applied
//    "ct-ratio": {"factor": 200, "locked": false},        // "locked" optional; CT only
//    "load-profile-period": 900,                          // seconds, load profile 1
//    "load-profile-2-period": 300,                        // v2: seconds, load profile 2 (OMNIA)
//    "display-lists": {"automatic": ["1.0.1.8.0.255", "1/0.0.96.1.0.255"], "manual": [...],
//                      "backup-powered": [...]},          // "CLASS/OBIS" or "OBIS"
//    "tariff": { an "omt-tariff-plan" document },
//    "load-control": { an "omt-load-control-plan" document }}
// Version 1 has neither "software-configuration-meanings" nor "load-profile-2-period" (they are
// refused as unknown fields there). toJson() writes version 2.
// A display reading given without its class takes the class the meter lists it with, or the
// class of the profile setting that locates it (UnknownObject otherwise).
//
// Which periods a meter offers is its device profile's rule (ProfileRules::loadProfilePeriods);
// a period it does not offer is refused (BadValue). Dependent fields are kept consistent on a
// meter with Z codes: the CT ratio is Z21 and its lock Z22, the load profile period is Z4
// (2 = 900 s, 3 = 1800 s, 4 = 3600 s). A template that gives both and disagrees is refused
// (Contradiction); one that changes one of them moves the other. A Z code a template does not
// change moves nothing: only a changed Z4 sets the period, a changed Z21 the ratio, a changed Z22
// the lock, so a template that changes one setting changes exactly that setting.

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "meter/attribute_value.h"
#include "meter/ct_ratio.h"
#include "meter/device_profile.h"
#include "meter/display_list.h"
#include "meter/load_control_plan.h"
#include "meter/software_config.h"
#include "meter/tariff_plan.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/cosem/profile_generic.h"

namespace omt::meter {

enum class ConfigurationError : std::uint8_t {
    Syntax,         ///< template: not JSON
    DuplicateKey,   ///< template: a key twice in one object
    WrongFormat,    ///< template: "format" is not "omt-configuration"
    FutureVersion,  ///< template: newer than this program reads
    UnknownField,   ///< template: a key the format does not define
    MissingField,   ///< template: a required key is absent
    WrongType,      ///< template: a value of the wrong JSON type
    BadValue,       ///< template: a value out of range or not a defined name
    WrongMeter,     ///< the template is for another meter type
    NotForMeter,    ///< a subset this meter (its profile, or what was read) does not have
    UnknownObject,  ///< a display reading whose class is neither given nor known
    Contradiction,  ///< CT ratio vs Z21/Z22, or load profile period vs Z4
    BadMeterValue,  ///< fromValues: a value read does not decode
};
using ConfigurationFailure = omt::Failure<ConfigurationError>;

/// Stable kebab-case identifier: nameOf(ConfigurationError::WrongMeter) is "wrong-meter".
const char* nameOf(ConfigurationError error);

/// CT ratio (Z21) and its lock (Z22) as the ratio and lock objects hold them.
struct CtSettings {
    std::uint16_t factor = 1;
    bool locked = false;
    ct::Secondary secondary = ct::Secondary::FiveAmp;  ///< informative: the wiring, not written
    friend bool operator==(const CtSettings&, const CtSettings&) = default;
};

/// Z6 "debiting stop date": the day of the month (01..28) the debiting period ends at 00:00,
/// nullopt for any other code. Example: stopDayOfZ6("15") -> 15.
std::optional<int> stopDayOfZ6(std::string_view code);

/// Z7 "debiting logging interval": how often the debiting period ends (at 00:00 local on the Z6
/// day of a month). `months` 0 is "none (externally controlled)": the period ends only when a
/// tool (or the debiting stop input) ends it; otherwise every `months` months (1, 2, 3, 6, 12),
/// in the months `firstMonth` (1..12), firstMonth + months, ...
struct DebitingInterval {
    int months = 1;
    int firstMonth = 1;
    friend bool operator==(const DebitingInterval&, const DebitingInterval&) = default;

    /// Whether a debiting period ends in calendar month `month` (1..12).
    /// Example: {3, 2} (Z7 "05", every third month from February) ends in 2, 5, 8 and 11.
    bool endsIn(int month) const;
    /// A number that changes exactly when a debiting period ends: on day `stopDay` 00:00 of
    /// every month endsIn() names, as the local date `year`-`month`-`day` passes it. Always 0
    /// for "none". Example, monthly, stop day 1: 2026-03-01 -> n, 2026-02-28 -> n - 1.
    std::int64_t periodIndex(int year, int month, int day, int stopDay) const;
};
/// The interval of a Z7 code "00".."24", nullopt for any other.
/// Example: debitingIntervalOfZ7("07") -> {6, 1} (half-yearly, January and July).
std::optional<DebitingInterval> debitingIntervalOfZ7(std::string_view code);

/// One difference between two configurations, e.g. {"ct-ratio", "200", "300"}.
struct ConfigurationChange {
    std::string key;
    std::string before;  ///< empty when added
    std::string after;   ///< empty when removed
    friend bool operator==(const ConfigurationChange&, const ConfigurationChange&) = default;
};

/// The display list settings in list order.
struct DisplayListSetting {
    DisplayListKind kind;
    Setting setting;
    std::string_view key;  ///< template key: "automatic", "manual", "backup-powered"
};
std::span<const DisplayListSetting> displayListSettings();

/// The attributes to read for a whole configuration through `profile`: serial and type number,
/// software configuration, CT ratio / secondary / lock, display lists, the periods of load
/// profiles 1 and 2, the tariff objects, relays and the supply control switch (those the profile
/// locates).
std::vector<AttributeAddress> configurationReadList(const DeviceProfile& profile);

struct MeterConfiguration {
    MeterFamily meter = MeterFamily::OmnipowerCt;
    std::string serialNumber;  ///< informative
    std::string typeNumber;    ///< informative; decides the display and load-control rules
    std::optional<SoftwareConfiguration> software;
    std::optional<CtSettings> ct;
    std::optional<std::uint32_t> loadProfilePeriod;   ///< seconds, load profile 1
    std::optional<std::uint32_t> loadProfile2Period;  ///< seconds, load profile 2 (OMNIA)
    std::map<DisplayListKind, std::vector<cosem::CaptureObjectDefinition>> displayLists;
    std::optional<TariffPlan> tariff;
    std::optional<LoadControlPlan> loadControl;
    /// Settings the profile locates but that could not be read or decoded, in words
    /// ("tariff: missing 20/0.0.13.0.0.255:3").
    std::vector<std::string> unreadable;

    /// The configuration held by `values` (as read with configurationReadList()). A setting
    /// whose values are absent is left out; one whose value does not decode is left out and
    /// named in `unreadable`. Never fails on meter data; the Expected is for future strictness.
    /// Example: values {3/1.0.0.4.2.255:2 = long-unsigned 200, 1/1.0.0.4.128.255:2 = false}
    /// -> ct == CtSettings{200, false, FiveAmp}.
    static omt::Expected<MeterConfiguration, ConfigurationFailure> fromValues(
        const DeviceProfile& profile, std::span<const AttributeValue> values);

    /// The attribute values that hold this configuration (what fromValues() reads back): per
    /// setting the profile locates and this configuration has.
    std::vector<AttributeValue> toValues(const DeviceProfile& profile) const;

    /// One line per setting, e.g. "ct-ratio: 200 (1000/5 A), unlocked"; the Z codes as the
    /// string and then one line per field with its name and meaning
    /// ("software-configuration Z4 Integration period / Load profile period: 2 (15 min.)"),
    /// codes the profile lists (`orderForm`) as order-form settings.
    std::vector<std::string> describe(const OrderFormCodes& orderForm = {}) const;
    /// What changed from `before`, setting by setting (Z fields, list entries, plan elements).
    std::vector<ConfigurationChange> diffFrom(const MeterConfiguration& before,
                                              const OrderFormCodes& orderForm = {}) const;

    friend bool operator==(const MeterConfiguration&, const MeterConfiguration&) = default;
};

/// A display reading of a template: the class is optional.
struct TemplateReading {
    std::optional<std::uint16_t> classId;
    cosem::ObisCode obis;
    /// Reads "CLASS/OBIS" or "OBIS" ("3/1.0.1.8.0.255", "1-0:1.8.0*255"); nullopt otherwise.
    static std::optional<TemplateReading> parse(std::string_view text);
    friend bool operator==(const TemplateReading&, const TemplateReading&) = default;
};

/// A configuration template: the subsets it names (see the file comment).
struct ConfigurationTemplate {
    MeterFamily meter = MeterFamily::OmnipowerCt;
    std::string serialNumber;  ///< informative, never applied
    std::string typeNumber;    ///< informative, never applied
    std::optional<SoftwareConfiguration> software;
    std::optional<std::uint16_t> ctFactor;
    std::optional<bool> ctLocked;
    std::optional<std::uint32_t> loadProfilePeriod;
    std::optional<std::uint32_t> loadProfile2Period;
    std::map<DisplayListKind, std::vector<TemplateReading>> displayLists;
    std::optional<TariffPlan> tariff;
    std::optional<LoadControlPlan> loadControl;

    /// Which subsets of a configuration a template holds.
    struct Subsets {
        bool software = true;
        bool ct = true;
        bool loadProfilePeriod = true;  ///< both load profiles' periods
        bool displayLists = true;
        bool tariff = true;
        bool loadControl = true;
    };

    /// The template of everything `config` holds (or the `subsets` of it), readings with class.
    static ConfigurationTemplate of(const MeterConfiguration& config, Subsets subsets);

    /// Reads a template of version 1 or 2. Errors: Syntax .. BadValue with the JSON path in the
    /// detail ("$.ct-ratio.factor: 601 is not in 1..600", "$.colour: unknown field",
    /// "$.load-profile-2-period: unknown field" in a version 1 document); the tariff and
    /// load-control documents are checked as their own formats ("$.tariff.active...").
    static omt::Expected<ConfigurationTemplate, ConfigurationFailure> fromJson(
        std::string_view text);
    /// The JSON document (version 2), 2-space indented; fromJson(toJson()) is equal. The Z
    /// codes come with their meanings ("software-configuration-meanings", informative; codes
    /// `orderForm` lists as order-form settings).
    std::string toJson(const OrderFormCodes& orderForm = {}) const;

    /// `current` with this template's subsets applied. Errors: WrongMeter (the template is for
    /// another meter type), NotForMeter (a subset the meter lacks: ct-ratio or Z codes on OMNIA,
    /// load profile 2 on the CT, a display list the profile does not locate), BadValue (a
    /// period the profile's rules do not offer), UnknownObject, Contradiction (Z21 vs
    /// ct-ratio, Z22 vs the lock, Z4 vs the period). Meaning (list rules, plan rules, the lock)
    /// is checked by the write plan. Example: {"ct-ratio": {"factor": 300}} on a meter at 200 ->
    /// ct.factor 300 and Z21 "300".
    omt::Expected<MeterConfiguration, ConfigurationFailure> applyTo(
        const MeterConfiguration& current, const DeviceProfile& profile) const;

    friend bool operator==(const ConfigurationTemplate&, const ConfigurationTemplate&) = default;
};

}  // namespace omt::meter
