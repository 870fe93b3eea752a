#pragma once
// Device profiles: which COSEM object (class id, OBIS code) and which attributes hold each
// setting of a meter type, read from a JSON file per type (resources/profiles/omnipower-ct.json,
// omnia.json), so a meter whose object list differs is supported by editing a file, not code.
// The files describe the object plan the virtual meters implement (sim/README.md).
//
// Format "omt-device-profile", version 2 (version 1 is read too: it has no "rules"):
//   {"format": "omt-device-profile", "version": 2, "meter": "omnipower-ct",
//    "description": "Kamstrup OMNIPOWER CT, object plan of OpenMeterTool",
//    "limits": {"display-automatic": 16, "display-manual": 30, "display-backup": 8,
//               "seasons": 4, "week-profiles": 4, "day-profiles": 8, "switches-per-day": 8,
//               "special-days": 32, "relay-switches": 8},
//    "rules": {"load-profile-periods": [900, 1800, 3600],     // seconds, what the meter offers
//              "ct-unlock": "refused",                       // or "allowed"; absent: not stated
//              "analysis-logger-registers": 24,              // registers besides the clock
//              "analysis-logger-selective-registers": 24,    // ... when read selectively
//              "order-form-codes": {"Z10": ["123"]}},        // Z codes beyond the data sheet
//    "settings": {
//      "serial-number": {"class": 1, "obis": "0.0.96.1.0.255", "attributes": [2]},
//      "energy-registers": {"class": 3, "obis": ["1.0.1.8.0.255", "1.0.2.8.0.255"],
//                           "attributes": [2, 3]}, ...}}
// "meter" is nameOf(MeterFamily) ("omnipower-ct", "omnia-e-meter"). Every setting name is one of
// settingCatalogue(); its class must be the catalogue's, its attributes defined for the class
// (cosem::findClass), "obis" a list only for the list settings (registers). The catalogue says
// per meter family whether a setting is required, optional or absent (the OMNIA e-meter has no
// software configuration, no CT ratio, no backup-powered list). Limits are optional (the
// defaults are TariffLimits{}, the display rules' sizes and 8 relay switch times). Rules are the
// meter type's own, from its data sheet (or a real meter's order form), each optional: where a
// rule is absent the tool assumes nothing (any period is sent and the meter judges it; a locked
// CT ratio is never unlocked). "ct-unlock" and "order-form-codes" only for a meter with a
// software configuration / CT ratio (NotForMeter otherwise); every load profile period of such a
// meter needs a Z4 code (BadValue otherwise).
//
//   auto profile = loadDeviceProfile(MeterFamily::OmnipowerCt, OMT_SOURCE_DIR "/resources");
//   const SettingLocation* ct = profile->find(Setting::CtRatio);   // class 3, 1.0.0.4.2.255, [2]
//   auto objects = profile->tariffObjects();                      // for TariffPlan::toCosem
//
// Refusals are typed and name the JSON path: "$.settings.ct-ratio.obis: \"1.0.0.4.2\" is not an
// OBIS code", "$.settings.clokc: unknown setting", "$.version: version 2 is newer ...".

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "meter/display_list.h"
#include "meter/load_control_plan.h"
#include "meter/software_config.h"
#include "meter/tariff_plan.h"
#include "meter/type_number.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"
#include "protocol/cosem/association_ln.h"
#include "protocol/cosem/obis.h"

namespace omt::meter {

/// The settings a profile locates.
enum class Setting : std::uint8_t {
    LogicalDeviceName,
    SerialNumber,
    TypeNumber,
    SoftwareConfiguration,
    FirmwareVersion,
    Clock,
    CtRatio,
    CtSecondary,
    CtLock,
    DisplayListAutomatic,
    DisplayListManual,
    DisplayListBackup,
    LoadProfile1,
    LoadProfile1Period,
    LoadProfile2,
    LoadProfile2Period,
    AnalysisLogger,
    DebitingLogger,
    DebitingStopDate,
    EventLog,
    TamperLog,
    PowerQualityLog,
    ActivityCalendar,
    SpecialDays,
    TariffScripts,
    Relay1Mode,
    Relay1State,
    Relay1TariffMask,
    Relay1ScheduleOn,
    Relay1ScheduleOff,
    Relay2Mode,
    Relay2State,
    Relay2TariffMask,
    Relay2ScheduleOn,
    Relay2ScheduleOff,
    RelayScripts,
    DisconnectControl,
    Limiter,
    EnergyRegisters,
    InstantaneousRegisters,
    PeakPower,
    DemandRegister,
    AlarmRegister,  ///< tamper (latched) and power-quality (live) alarm bits
};

/// The meter type's own rules (the profile's "rules"); every one optional.
struct ProfileRules {
    /// The load profile periods the meter offers, seconds, ascending; empty: not stated.
    std::vector<std::uint32_t> loadProfilePeriods;
    /// Whether a locked CT ratio can be unlocked from the optical port.
    CtUnlock ctUnlock = CtUnlock::NotStated;
    /// How many registers (besides the clock) the analysis logger captures at most, and at most
    /// when it is read with selective access (OMNIA: 48 and 36).
    std::optional<std::size_t> analysisLoggerRegisters;
    std::optional<std::size_t> analysisLoggerSelectiveRegisters;
    /// Z codes the data sheet does not list that this meter type takes (its order form).
    OrderFormCodes orderFormCodes;

    /// Whether `seconds` is a period the meter offers (true when the profile states none).
    bool offersPeriod(std::uint32_t seconds) const;
    /// "900, 1800 or 3600 s".
    std::string periodsText() const;
    friend bool operator==(const ProfileRules&, const ProfileRules&) = default;
};

/// Whether a meter family has a setting.
enum class SettingNeed : std::uint8_t { Required, Optional, Absent };

/// Catalogue entry of a setting.
struct SettingSpec {
    Setting setting;
    std::string_view name;  ///< the JSON key, e.g. "ct-ratio"
    std::uint16_t classId;  ///< the interface class the object must have
    bool list;              ///< "obis" is a list of objects (registers)
    SettingNeed omnipowerCt;
    SettingNeed omnia;
};

/// Every setting, in enum order.
std::span<const SettingSpec> settingCatalogue();
/// The catalogue entry of `setting`.
const SettingSpec& settingSpec(Setting setting);
/// The setting named `name` ("serial-number"), nullopt otherwise.
std::optional<Setting> settingFromName(std::string_view name);
/// The JSON key: nameOf(Setting::CtLock) is "ct-lock".
const char* nameOf(Setting setting);
/// Whether `family` requires, may have or never has `setting`.
SettingNeed needOf(const SettingSpec& spec, MeterFamily family);

/// Where a setting lives.
struct SettingLocation {
    std::uint16_t classId = 0;
    std::vector<cosem::ObisCode> objects;  ///< one, or several for a list setting
    std::vector<std::int8_t> attributes;   ///< of each object
    friend bool operator==(const SettingLocation&, const SettingLocation&) = default;
};

/// One attribute to read (the batched read of a whole configuration).
struct AttributeAddress {
    std::uint16_t classId = 0;
    cosem::ObisCode obis;
    std::int8_t attribute = 0;
    friend bool operator==(const AttributeAddress&, const AttributeAddress&) = default;
};

/// Limits a profile may state.
struct ProfileLimits {
    std::optional<std::size_t> displayAutomatic;
    std::optional<std::size_t> displayManual;
    std::optional<std::size_t> displayBackup;
    TariffLimits tariff;
    std::size_t relaySwitches = 8;
    friend bool operator==(const ProfileLimits&, const ProfileLimits&) = default;
};

/// How a meter's object list differs from a profile.
enum class MismatchKind : std::uint8_t {
    MissingObject,       ///< the meter does not list the object
    WrongClass,          ///< the meter lists the logical name with another class id
    AttributeNotListed,  ///< the object's access rights name attributes, but not this one
};

/// Stable kebab-case identifier: nameOf(MismatchKind::WrongClass) is "wrong-class".
const char* nameOf(MismatchKind kind);

/// One difference between a profile and a meter's object list.
struct ProfileMismatch {
    Setting setting;
    cosem::ObisCode obis;
    MismatchKind kind;
    bool required = true;  ///< the meter family requires the setting (false: optional hardware)
    std::string detail;    ///< e.g. "relay-1-mode: 0.1.96.3.128.255 not in the object list"
    friend bool operator==(const ProfileMismatch&, const ProfileMismatch&) = default;
};

enum class ProfileError : std::uint8_t {
    Unreadable,        ///< the file cannot be opened or read, or is larger than 1 MiB
    Syntax,            ///< not JSON
    DuplicateKey,      ///< a key twice in one object
    WrongFormat,       ///< "format" is not "omt-device-profile"
    FutureVersion,     ///< a newer version than this program reads
    UnknownField,      ///< a key the format does not define
    MissingField,      ///< a required key is absent
    WrongType,         ///< a value of the wrong JSON type
    BadValue,          ///< a value out of range
    UnknownMeter,      ///< "meter" is not a known family
    UnknownSetting,    ///< a setting name not in the catalogue
    BadObis,           ///< an OBIS code that does not parse
    WrongClass,        ///< a class id other than the catalogue's for the setting
    UnknownAttribute,  ///< an attribute index the class does not define
    MissingSetting,    ///< a setting the meter family requires is absent
    NotForMeter,       ///< a setting the meter family does not have (CT ratio on OMNIA)
    DuplicateObject,   ///< the same (OBIS, attribute) located by two settings or twice
};
using ProfileFailure = omt::Failure<ProfileError>;

/// Stable kebab-case identifier: nameOf(ProfileError::BadObis) is "bad-obis".
const char* nameOf(ProfileError error);

class DeviceProfile {
public:
    /// Reads a profile document. Errors: every ProfileError but Unreadable, the detail starting
    /// with the JSON path ("$.settings.ct-ratio.class: ...").
    static omt::Expected<DeviceProfile, ProfileFailure> parse(std::string_view json);
    /// Reads the file at `path`. Errors: Unreadable, then as parse().
    static omt::Expected<DeviceProfile, ProfileFailure> load(const std::string& path);

    MeterFamily meter() const { return m_meter; }
    const std::string& description() const { return m_description; }
    const ProfileLimits& limits() const { return m_limits; }
    const ProfileRules& rules() const { return m_rules; }

    /// Where `setting` lives, nullptr when the profile does not have it.
    const SettingLocation* find(Setting setting) const;
    /// The settings the profile has, in catalogue order.
    std::vector<Setting> settings() const;
    /// Every attribute of every setting, in catalogue order: the read list of a whole meter.
    std::vector<AttributeAddress> readList() const;

    /// The tariff objects (activity calendar, special days, tariff script table).
    TariffObjects tariffObjects() const;
    /// The relay and supply control objects (planned addresses for relays the profile lacks).
    LoadControlObjects loadControlObjects() const;
    /// The display rules of the family with the profile's list sizes.
    DisplayRules displayRules(bool measuresExport) const;
    /// The load control capabilities limits: relaySwitches as maxSwitchesPerRelay.
    LoadControlCapabilities applyLimits(LoadControlCapabilities caps) const;

    /// Compares with the object list a meter reports (Association LN attribute 2): each object
    /// the profile locates must be listed with the profile's class id, and each located
    /// attribute named by its access rights when they name any. Empty when they agree.
    /// Example: an OMNIPOWER CT without module outputs lists no relay objects -> MissingObject
    /// mismatches with required == false.
    std::vector<ProfileMismatch> checkObjectList(const cosem::ObjectList& list) const;

    /// This profile without the optional settings whose objects `list` lacks (a meter without
    /// relays, say). Errors: MissingSetting / WrongClass when a required setting's object is
    /// missing or of another class, or an optional one is there with another class (detail:
    /// the mismatch).
    omt::Expected<DeviceProfile, ProfileFailure> adaptedTo(const cosem::ObjectList& list) const;

    /// The document again (format "omt-device-profile", version 2); parse(toJson()) is equal.
    std::string toJson() const;

    friend bool operator==(const DeviceProfile&, const DeviceProfile&) = default;

private:
    MeterFamily m_meter = MeterFamily::OmnipowerCt;
    std::string m_description;
    ProfileLimits m_limits;
    ProfileRules m_rules;
    std::vector<std::optional<SettingLocation>> m_locations;  ///< indexed by Setting
};

/// The file name of a family's profile: "omnipower-ct.json", "omnia.json".
const char* profileFileName(MeterFamily family);
/// Loads `<resourceDir>/profiles/<profileFileName(family)>` and checks that it is for `family`
/// (BadValue "$.meter: ..." otherwise).
omt::Expected<DeviceProfile, ProfileFailure> loadDeviceProfile(MeterFamily family,
                                                               const std::string& resourceDir);

}  // namespace omt::meter
