#include "meter/device_profile.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "meter/json_reader.h"
#include "protocol/cosem/interface_class.h"

namespace omt::meter {

using json = nlohmann::ordered_json;
using nlohmann::ordered_json;

namespace {

constexpr int kFormatVersion = 2;
constexpr char kFormat[] = "omt-device-profile";
constexpr std::size_t kMaxFileSize = 1024 * 1024;

constexpr SettingNeed R = SettingNeed::Required;
constexpr SettingNeed O = SettingNeed::Optional;
constexpr SettingNeed A = SettingNeed::Absent;

// clang-format off
constexpr std::array<SettingSpec, 43> kCatalogue = {{
    {Setting::LogicalDeviceName,      "logical-device-name",      1,  false, R, R},
    {Setting::SerialNumber,           "serial-number",            1,  false, R, R},
    {Setting::TypeNumber,             "type-number",              1,  false, R, R},
    {Setting::SoftwareConfiguration,  "software-configuration",   1,  false, R, A},
    {Setting::FirmwareVersion,        "firmware-version",         1,  false, R, R},
    {Setting::Clock,                  "clock",                    8,  false, R, R},
    {Setting::CtRatio,                "ct-ratio",                 3,  false, R, A},
    {Setting::CtSecondary,            "ct-secondary",             3,  false, R, A},
    {Setting::CtLock,                 "ct-lock",                  1,  false, R, A},
    {Setting::DisplayListAutomatic,   "display-list-automatic",   7,  false, R, R},
    {Setting::DisplayListManual,      "display-list-manual",      7,  false, R, R},
    {Setting::DisplayListBackup,      "display-list-backup",      7,  false, R, A},
    {Setting::LoadProfile1,           "load-profile-1",           7,  false, R, R},
    {Setting::LoadProfile1Period,     "load-profile-1-period",    7,  false, R, R},
    {Setting::LoadProfile2,           "load-profile-2",           7,  false, A, R},
    {Setting::LoadProfile2Period,     "load-profile-2-period",    7,  false, A, R},
    {Setting::AnalysisLogger,         "analysis-logger",          7,  false, R, R},
    {Setting::DebitingLogger,         "debiting-logger",          7,  false, R, R},
    {Setting::DebitingStopDate,       "debiting-stop-date",       22, false, R, R},
    {Setting::EventLog,               "event-log",                7,  false, R, R},
    {Setting::TamperLog,              "tamper-log",               7,  false, R, R},
    {Setting::PowerQualityLog,        "power-quality-log",        7,  false, R, R},
    {Setting::ActivityCalendar,       "activity-calendar",        20, false, R, R},
    {Setting::SpecialDays,            "special-days",             11, false, R, R},
    {Setting::TariffScripts,          "tariff-scripts",           9,  false, R, R},
    {Setting::Relay1Mode,             "relay-1-mode",             1,  false, O, O},
    {Setting::Relay1State,            "relay-1-state",            1,  false, O, O},
    {Setting::Relay1TariffMask,       "relay-1-tariff-mask",      1,  false, O, O},
    {Setting::Relay1ScheduleOn,       "relay-1-schedule-on",      22, false, O, O},
    {Setting::Relay1ScheduleOff,      "relay-1-schedule-off",     22, false, O, O},
    {Setting::Relay2Mode,             "relay-2-mode",             1,  false, O, O},
    {Setting::Relay2State,            "relay-2-state",            1,  false, O, O},
    {Setting::Relay2TariffMask,       "relay-2-tariff-mask",      1,  false, O, O},
    {Setting::Relay2ScheduleOn,       "relay-2-schedule-on",      22, false, O, O},
    {Setting::Relay2ScheduleOff,      "relay-2-schedule-off",     22, false, O, O},
    {Setting::RelayScripts,           "relay-scripts",            9,  false, O, O},
    {Setting::DisconnectControl,      "disconnect-control",       70, false, O, R},
    {Setting::Limiter,                "limiter",                  71, false, O, O},
    {Setting::EnergyRegisters,        "energy-registers",         3,  true,  R, R},
    {Setting::InstantaneousRegisters, "instantaneous-registers",  3,  true,  R, R},
    {Setting::PeakPower,              "peak-power",               4,  false, R, R},
    {Setting::DemandRegister,         "demand-register",          5,  false, O, O},
    {Setting::AlarmRegister,          "alarm-register",           1,  false, O, O},
}};
// clang-format on

constexpr std::array<std::string_view, 9> kLimitKeys = {
    "display-automatic", "display-manual",   "display-backup", "seasons",       "week-profiles",
    "day-profiles",      "switches-per-day", "special-days",   "relay-switches"};

ProfileError profileErrorOf(DocumentError e) {
    switch (e) {
        case DocumentError::Syntax:
            return ProfileError::Syntax;
        case DocumentError::DuplicateKey:
            return ProfileError::DuplicateKey;
        case DocumentError::WrongFormat:
            return ProfileError::WrongFormat;
        case DocumentError::FutureVersion:
            return ProfileError::FutureVersion;
        case DocumentError::UnknownField:
            return ProfileError::UnknownField;
        case DocumentError::MissingField:
            return ProfileError::MissingField;
        case DocumentError::WrongType:
            return ProfileError::WrongType;
        case DocumentError::BadValue:
            return ProfileError::BadValue;
    }
    return ProfileError::Syntax;
}

ProfileFailure fromDocument(const DocumentFailure& f) {
    return ProfileFailure{profileErrorOf(f.code), f.offset, f.detail};
}

ProfileFailure failAt(ProfileError code, const std::string& path, const std::string& reason) {
    return ProfileFailure{code, 0, path + ": " + reason};
}

std::optional<MeterFamily> familyFromName(std::string_view name) {
    for (auto f : {MeterFamily::OmnipowerCt, MeterFamily::OmniaEMeter}) {
        if (name == nameOf(f)) {
            return f;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::string_view, 5> kRuleKeys = {
    "load-profile-periods", "ct-unlock", "analysis-logger-registers",
    "analysis-logger-selective-registers", "order-form-codes"};

/// Reads "rules"; a failure that is no document error is returned through `out`.
void readRules(JsonReader& r, const json& j, MeterFamily family, ProfileRules& rules,
               std::optional<ProfileFailure>& out) {
    const std::string at = "$.rules";
    if (!r.isObject(j, at)) {
        return;
    }
    const bool hasCodes =
        needOf(settingSpec(Setting::SoftwareConfiguration), family) != SettingNeed::Absent;
    const bool hasCt = needOf(settingSpec(Setting::CtLock), family) != SettingNeed::Absent;
    for (const auto& [key, value] : j.items()) {
        const std::string path = jsonMember(at, key);
        if (std::find(kRuleKeys.begin(), kRuleKeys.end(), key) == kRuleKeys.end()) {
            r.fail(DocumentError::UnknownField, path, "unknown rule");
            return;
        }
        if (key == "load-profile-periods") {
            if (!r.isArray(value, path)) {
                return;
            }
            if (value.empty()) {
                r.fail(DocumentError::BadValue, path, "needs at least one period");
                return;
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                const std::string p = jsonElement(path, i);
                const auto seconds =
                    static_cast<std::uint32_t>(r.integerValue(value[i], p, 1, 86400));
                if (!r.ok()) {
                    return;
                }
                if (!rules.loadProfilePeriods.empty() &&
                    seconds <= rules.loadProfilePeriods.back()) {
                    r.fail(DocumentError::BadValue, p, "periods must be ascending, each once");
                    return;
                }
                if (hasCodes && !z4OfPeriod(seconds)) {
                    out = failAt(ProfileError::BadValue, p,
                                 std::to_string(seconds) +
                                     " s has no Z4 code (the meter sets its period with Z4)");
                    return;
                }
                rules.loadProfilePeriods.push_back(seconds);
            }
        } else if (key == "ct-unlock") {
            if (!hasCt) {
                out = failAt(ProfileError::NotForMeter, path,
                             std::string("a ") + nameOf(family) + " has no CT ratio lock");
                return;
            }
            if (!value.is_string()) {
                r.fail(DocumentError::WrongType, path, "expected \"refused\" or \"allowed\"");
                return;
            }
            const auto text = value.get<std::string>();
            if (text == nameOf(CtUnlock::Refused)) {
                rules.ctUnlock = CtUnlock::Refused;
            } else if (text == nameOf(CtUnlock::Allowed)) {
                rules.ctUnlock = CtUnlock::Allowed;
            } else if (text == nameOf(CtUnlock::NotStated)) {
                rules.ctUnlock = CtUnlock::NotStated;
            } else {
                r.fail(DocumentError::BadValue, path,
                       "\"" + text + "\" is not refused, allowed or not-stated");
                return;
            }
        } else if (key == "analysis-logger-registers") {
            rules.analysisLoggerRegisters =
                static_cast<std::size_t>(r.integerValue(value, path, 1, 1000));
        } else if (key == "analysis-logger-selective-registers") {
            rules.analysisLoggerSelectiveRegisters =
                static_cast<std::size_t>(r.integerValue(value, path, 1, 1000));
        } else {
            if (!hasCodes) {
                out = failAt(
                    ProfileError::NotForMeter, path,
                    std::string("a ") + nameOf(family) + " has no software configuration codes");
                return;
            }
            if (!r.isObject(value, path)) {
                return;
            }
            for (const auto& [id, codes] : value.items()) {
                const std::string fieldPath = jsonMember(path, id);
                const auto field = zFieldFromId(id);
                if (!field) {
                    out = failAt(ProfileError::BadValue, fieldPath, "not a Z field");
                    return;
                }
                if (*field == ZField::Z21 || *field == ZField::Z22) {
                    out = failAt(ProfileError::BadValue, fieldPath,
                                 "Z21 and Z22 are the CT ratio and its lock");
                    return;
                }
                if (!r.isArray(codes, fieldPath)) {
                    return;
                }
                auto& list = rules.orderFormCodes[*field];
                for (std::size_t i = 0; i < codes.size(); ++i) {
                    const std::string p = jsonElement(fieldPath, i);
                    const auto& c = codes[i];
                    const std::size_t width = zSpec(*field).width;
                    if (!c.is_string() || c.get<std::string>().size() != width ||
                        !std::all_of(c.get<std::string>().begin(), c.get<std::string>().end(),
                                     [](char d) { return d >= '0' && d <= '9'; })) {
                        out = failAt(ProfileError::BadValue, p,
                                     "expected a code of " + std::to_string(width) + " digits");
                        return;
                    }
                    list.push_back(c.get<std::string>());
                }
            }
        }
        if (!r.ok() || out) {
            return;
        }
    }
    if (rules.analysisLoggerRegisters && rules.analysisLoggerSelectiveRegisters &&
        *rules.analysisLoggerSelectiveRegisters > *rules.analysisLoggerRegisters) {
        out = failAt(ProfileError::BadValue, jsonMember(at, "analysis-logger-selective-registers"),
                     "more than analysis-logger-registers");
    }
}

/// Reads one setting entry; a failure that is no document error is returned through `out`.
std::optional<SettingLocation> readLocation(JsonReader& r, const json& j, const std::string& at,
                                            const SettingSpec& spec,
                                            std::optional<ProfileFailure>& out) {
    if (!r.isObject(j, at)) {
        return std::nullopt;
    }
    r.allowOnly(j, at, {"class", "obis", "attributes"});
    SettingLocation loc;
    loc.classId = static_cast<std::uint16_t>(r.integer(j, at, "class", 0, 0xFFFF));
    const json* obis = r.member(j, at, "obis");
    const json* attributes = r.member(j, at, "attributes");
    if (!r.ok()) {
        return std::nullopt;
    }
    if (loc.classId != spec.classId) {
        out = failAt(ProfileError::WrongClass, jsonMember(at, "class"),
                     "class " + std::to_string(loc.classId) + ", " + std::string(spec.name) +
                         " is held by class " + std::to_string(spec.classId));
        return std::nullopt;
    }
    auto readObis = [&](const json& v, const std::string& path) -> bool {
        if (!v.is_string()) {
            r.fail(DocumentError::WrongType, path, "expected an OBIS code string");
            return false;
        }
        const auto text = v.get<std::string>();
        auto code = cosem::ObisCode::parse(text);
        if (!code) {
            out =
                failAt(ProfileError::BadObis, path,
                       "\"" + text + "\" is not an OBIS code (" + nameOf(code.error().code) + ")");
            return false;
        }
        loc.objects.push_back(*code);
        return true;
    };
    const std::string obisPath = jsonMember(at, "obis");
    if (spec.list) {
        if (!r.isArray(*obis, obisPath)) {
            return std::nullopt;
        }
        if (obis->empty()) {
            r.fail(DocumentError::BadValue, obisPath, "needs at least one object");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < obis->size(); ++i) {
            if (!readObis((*obis)[i], jsonElement(obisPath, i))) {
                return std::nullopt;
            }
        }
    } else if (!readObis(*obis, obisPath)) {
        return std::nullopt;
    }

    const std::string attrPath = jsonMember(at, "attributes");
    if (!r.isArray(*attributes, attrPath)) {
        return std::nullopt;
    }
    if (attributes->empty()) {
        r.fail(DocumentError::BadValue, attrPath, "needs at least one attribute");
        return std::nullopt;
    }
    const cosem::ClassInfo* info = cosem::findClass(loc.classId);
    for (std::size_t i = 0; i < attributes->size(); ++i) {
        const std::string path = jsonElement(attrPath, i);
        const auto index = r.integerValue((*attributes)[i], path, 1, 127);
        if (!r.ok()) {
            return std::nullopt;
        }
        if (info == nullptr || info->findAttribute(static_cast<std::int8_t>(index)) == nullptr) {
            out = failAt(ProfileError::UnknownAttribute, path,
                         "class " + std::to_string(loc.classId) + " has no attribute " +
                             std::to_string(index));
            return std::nullopt;
        }
        loc.attributes.push_back(static_cast<std::int8_t>(index));
    }
    return loc;
}

}  // namespace

std::span<const SettingSpec> settingCatalogue() {
    return kCatalogue;
}

const SettingSpec& settingSpec(Setting setting) {
    return kCatalogue[static_cast<std::size_t>(setting)];
}

std::optional<Setting> settingFromName(std::string_view name) {
    for (const SettingSpec& s : kCatalogue) {
        if (s.name == name) {
            return s.setting;
        }
    }
    return std::nullopt;
}

const char* nameOf(Setting setting) {
    return settingSpec(setting).name.data();
}

SettingNeed needOf(const SettingSpec& spec, MeterFamily family) {
    return family == MeterFamily::OmnipowerCt ? spec.omnipowerCt : spec.omnia;
}

const char* nameOf(ProfileError error) {
    switch (error) {
        case ProfileError::Unreadable:
            return "unreadable";
        case ProfileError::Syntax:
            return "syntax";
        case ProfileError::DuplicateKey:
            return "duplicate-key";
        case ProfileError::WrongFormat:
            return "wrong-format";
        case ProfileError::FutureVersion:
            return "future-version";
        case ProfileError::UnknownField:
            return "unknown-field";
        case ProfileError::MissingField:
            return "missing-field";
        case ProfileError::WrongType:
            return "wrong-type";
        case ProfileError::BadValue:
            return "bad-value";
        case ProfileError::UnknownMeter:
            return "unknown-meter";
        case ProfileError::UnknownSetting:
            return "unknown-setting";
        case ProfileError::BadObis:
            return "bad-obis";
        case ProfileError::WrongClass:
            return "wrong-class";
        case ProfileError::UnknownAttribute:
            return "unknown-attribute";
        case ProfileError::MissingSetting:
            return "missing-setting";
        case ProfileError::NotForMeter:
            return "not-for-meter";
        case ProfileError::DuplicateObject:
            return "duplicate-object";
    }
    return "unknown";
}

omt::Expected<DeviceProfile, ProfileFailure> DeviceProfile::parse(std::string_view text) {
    auto doc = parseStrictJson(text);
    if (!doc) {
        return fromDocument(doc.error());
    }
    const json& j = *doc;
    JsonReader r;
    r.checkVersion(j, "$", kFormat, kFormatVersion);
    r.allowOnly(j, "$",
                {"format", "version", "meter", "description", "limits", "rules", "settings"});
    if (r.failure) {
        return fromDocument(*r.failure);
    }
    if (j.contains("rules") && r.integer(j, "$", "version", 1, kFormatVersion) < 2) {
        r.fail(DocumentError::UnknownField, "$.rules", "rules come with version 2");
    }
    if (r.failure) {
        return fromDocument(*r.failure);
    }
    DeviceProfile profile;
    const std::string meter = r.string(j, "$", "meter");
    profile.m_description = r.optionalString(j, "$", "description", "");
    if (r.failure) {
        return fromDocument(*r.failure);
    }
    const auto family = familyFromName(meter);
    if (!family) {
        return failAt(ProfileError::UnknownMeter, "$.meter",
                      "\"" + meter + "\" is not omnipower-ct or omnia-e-meter");
    }
    profile.m_meter = *family;

    if (const json* limits = r.member(j, "$", "limits", false)) {
        const std::string at = "$.limits";
        if (r.isObject(*limits, at)) {
            for (const auto& [key, value] : limits->items()) {
                if (std::find(kLimitKeys.begin(), kLimitKeys.end(), key) == kLimitKeys.end()) {
                    r.fail(DocumentError::UnknownField, jsonMember(at, key), "unknown limit");
                    break;
                }
                const auto n =
                    static_cast<std::size_t>(r.integerValue(value, jsonMember(at, key), 1, 1000));
                ProfileLimits& l = profile.m_limits;
                if (key == "display-automatic") {
                    l.displayAutomatic = n;
                } else if (key == "display-manual") {
                    l.displayManual = n;
                } else if (key == "display-backup") {
                    if (*family != MeterFamily::OmnipowerCt) {
                        return failAt(ProfileError::NotForMeter, jsonMember(at, key),
                                      "the meter has no backup-powered display list");
                    }
                    l.displayBackup = n;
                } else if (key == "seasons") {
                    l.tariff.seasons = n;
                } else if (key == "week-profiles") {
                    l.tariff.weekProfiles = n;
                } else if (key == "day-profiles") {
                    l.tariff.dayProfiles = n;
                } else if (key == "switches-per-day") {
                    l.tariff.switchesPerDay = n;
                } else if (key == "special-days") {
                    l.tariff.specialDays = n;
                } else {
                    l.relaySwitches = n;
                }
            }
        }
    }
    if (r.failure) {
        return fromDocument(*r.failure);
    }
    if (const json* rules = r.member(j, "$", "rules", false)) {
        std::optional<ProfileFailure> problem;
        readRules(r, *rules, *family, profile.m_rules, problem);
        if (problem) {
            return *problem;
        }
        if (r.failure) {
            return fromDocument(*r.failure);
        }
    }

    profile.m_locations.assign(kCatalogue.size(), std::nullopt);
    const json* settings = r.member(j, "$", "settings");
    if (settings != nullptr) {
        r.isObject(*settings, "$.settings");
    }
    if (r.failure) {
        return fromDocument(*r.failure);
    }
    std::map<std::pair<cosem::ObisCode, std::int8_t>, std::string> claimed;
    for (const auto& [key, value] : settings->items()) {
        const std::string at = jsonMember("$.settings", key);
        const auto setting = settingFromName(key);
        if (!setting) {
            return failAt(ProfileError::UnknownSetting, at, "unknown setting");
        }
        const SettingSpec& spec = settingSpec(*setting);
        if (needOf(spec, *family) == SettingNeed::Absent) {
            return failAt(ProfileError::NotForMeter, at,
                          std::string("a ") + nameOf(*family) + " has no " + key);
        }
        std::optional<ProfileFailure> problem;
        auto loc = readLocation(r, value, at, spec, problem);
        if (problem) {
            return *problem;
        }
        if (r.failure) {
            return fromDocument(*r.failure);
        }
        for (const cosem::ObisCode& obis : loc->objects) {
            for (std::int8_t attribute : loc->attributes) {
                auto [it, fresh] = claimed.emplace(std::make_pair(obis, attribute), key);
                if (!fresh) {
                    return failAt(ProfileError::DuplicateObject, at,
                                  obis.toString() + " attribute " + std::to_string(attribute) +
                                      " is already located by " + it->second);
                }
            }
        }
        profile.m_locations[static_cast<std::size_t>(*setting)] = std::move(*loc);
    }
    for (const SettingSpec& spec : kCatalogue) {
        if (needOf(spec, *family) == SettingNeed::Required &&
            !profile.m_locations[static_cast<std::size_t>(spec.setting)]) {
            return failAt(ProfileError::MissingSetting, jsonMember("$.settings", spec.name),
                          std::string("required for ") + nameOf(*family));
        }
    }
    return profile;
}

omt::Expected<DeviceProfile, ProfileFailure> DeviceProfile::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return ProfileFailure{ProfileError::Unreadable, 0, path + ": cannot be opened"};
    }
    std::string text;
    std::array<char, 4096> buffer{};
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        text.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > kMaxFileSize) {
            return ProfileFailure{ProfileError::Unreadable, 0,
                                  path + ": larger than 1 MiB, not a device profile"};
        }
    }
    if (in.bad()) {
        return ProfileFailure{ProfileError::Unreadable, 0, path + ": read error"};
    }
    return parse(text);
}

const SettingLocation* DeviceProfile::find(Setting setting) const {
    const auto i = static_cast<std::size_t>(setting);
    if (i >= m_locations.size() || !m_locations[i]) {
        return nullptr;
    }
    return &*m_locations[i];
}

std::vector<Setting> DeviceProfile::settings() const {
    std::vector<Setting> out;
    for (const SettingSpec& spec : kCatalogue) {
        if (find(spec.setting) != nullptr) {
            out.push_back(spec.setting);
        }
    }
    return out;
}

std::vector<AttributeAddress> DeviceProfile::readList() const {
    std::vector<AttributeAddress> out;
    for (Setting s : settings()) {
        const SettingLocation& loc = *find(s);
        for (const cosem::ObisCode& obis : loc.objects) {
            for (std::int8_t attribute : loc.attributes) {
                out.push_back(AttributeAddress{loc.classId, obis, attribute});
            }
        }
    }
    return out;
}

TariffObjects DeviceProfile::tariffObjects() const {
    TariffObjects objects;
    if (const auto* l = find(Setting::ActivityCalendar)) {
        objects.activityCalendar = l->objects.front();
    }
    if (const auto* l = find(Setting::SpecialDays)) {
        objects.specialDays = l->objects.front();
    }
    if (const auto* l = find(Setting::TariffScripts)) {
        objects.tariffScripts = l->objects.front();
    }
    return objects;
}

LoadControlObjects DeviceProfile::loadControlObjects() const {
    LoadControlObjects objects;
    auto take = [this](Setting s, cosem::ObisCode& field) {
        if (const auto* l = find(s)) {
            field = l->objects.front();
        }
    };
    take(Setting::Relay1Mode, objects.relays[0].mode);
    take(Setting::Relay1State, objects.relays[0].state);
    take(Setting::Relay1TariffMask, objects.relays[0].tariffMask);
    take(Setting::Relay1ScheduleOn, objects.relays[0].scheduleOn);
    take(Setting::Relay1ScheduleOff, objects.relays[0].scheduleOff);
    take(Setting::Relay2Mode, objects.relays[1].mode);
    take(Setting::Relay2State, objects.relays[1].state);
    take(Setting::Relay2TariffMask, objects.relays[1].tariffMask);
    take(Setting::Relay2ScheduleOn, objects.relays[1].scheduleOn);
    take(Setting::Relay2ScheduleOff, objects.relays[1].scheduleOff);
    take(Setting::RelayScripts, objects.relayScripts);
    take(Setting::DisconnectControl, objects.supplyControl);
    return objects;
}

DisplayRules DeviceProfile::displayRules(bool measuresExport) const {
    DisplayRules rules = m_meter == MeterFamily::OmnipowerCt ? omnipowerCtRules(measuresExport)
                                                             : omniaRules(measuresExport);
    auto apply = [&rules](DisplayListKind kind, const std::optional<std::size_t>& size) {
        auto& slot = rules.maxSizes[static_cast<std::size_t>(kind)];
        if (size && slot) {
            slot = *size;
        }
    };
    apply(DisplayListKind::Automatic, m_limits.displayAutomatic);
    apply(DisplayListKind::Manual, m_limits.displayManual);
    apply(DisplayListKind::BackupPowered, m_limits.displayBackup);
    if (m_limits.displayAutomatic && m_limits.displayManual) {
        rules.provisionalSizes = false;
    }
    return rules;
}

LoadControlCapabilities DeviceProfile::applyLimits(LoadControlCapabilities caps) const {
    caps.maxSwitchesPerRelay = m_limits.relaySwitches;
    return caps;
}

std::string DeviceProfile::toJson() const {
    ordered_json j;
    j["format"] = kFormat;
    j["version"] = kFormatVersion;
    j["meter"] = nameOf(m_meter);
    j["description"] = m_description;
    ordered_json limits = ordered_json::object();
    if (m_limits.displayAutomatic) {
        limits["display-automatic"] = *m_limits.displayAutomatic;
    }
    if (m_limits.displayManual) {
        limits["display-manual"] = *m_limits.displayManual;
    }
    if (m_limits.displayBackup) {
        limits["display-backup"] = *m_limits.displayBackup;
    }
    limits["seasons"] = m_limits.tariff.seasons;
    limits["week-profiles"] = m_limits.tariff.weekProfiles;
    limits["day-profiles"] = m_limits.tariff.dayProfiles;
    limits["switches-per-day"] = m_limits.tariff.switchesPerDay;
    limits["special-days"] = m_limits.tariff.specialDays;
    limits["relay-switches"] = m_limits.relaySwitches;
    j["limits"] = limits;
    ordered_json rules = ordered_json::object();
    if (!m_rules.loadProfilePeriods.empty()) {
        rules["load-profile-periods"] = m_rules.loadProfilePeriods;
    }
    if (m_rules.ctUnlock != CtUnlock::NotStated) {
        rules["ct-unlock"] = nameOf(m_rules.ctUnlock);
    }
    if (m_rules.analysisLoggerRegisters) {
        rules["analysis-logger-registers"] = *m_rules.analysisLoggerRegisters;
    }
    if (m_rules.analysisLoggerSelectiveRegisters) {
        rules["analysis-logger-selective-registers"] = *m_rules.analysisLoggerSelectiveRegisters;
    }
    if (!m_rules.orderFormCodes.empty()) {
        ordered_json codes = ordered_json::object();
        for (const auto& [field, list] : m_rules.orderFormCodes) {
            codes[std::string(zSpec(field).id)] = list;
        }
        rules["order-form-codes"] = codes;
    }
    j["rules"] = rules;
    ordered_json located = ordered_json::object();
    for (Setting s : settings()) {
        const SettingLocation& loc = *find(s);
        ordered_json entry;
        entry["class"] = loc.classId;
        if (settingSpec(s).list) {
            entry["obis"] = ordered_json::array();
            for (const auto& o : loc.objects) {
                entry["obis"].push_back(o.toString());
            }
        } else {
            entry["obis"] = loc.objects.front().toString();
        }
        entry["attributes"] = loc.attributes;
        located[nameOf(s)] = entry;
    }
    j["settings"] = located;
    return j.dump(2) + "\n";
}

bool ProfileRules::offersPeriod(std::uint32_t seconds) const {
    return loadProfilePeriods.empty() ||
           std::find(loadProfilePeriods.begin(), loadProfilePeriods.end(), seconds) !=
               loadProfilePeriods.end();
}

std::string ProfileRules::periodsText() const {
    std::string text;
    for (std::size_t i = 0; i < loadProfilePeriods.size(); ++i) {
        if (i > 0) {
            text += i + 1 == loadProfilePeriods.size() ? " or " : ", ";
        }
        text += std::to_string(loadProfilePeriods[i]);
    }
    return text + " s";
}

const char* nameOf(MismatchKind kind) {
    switch (kind) {
        case MismatchKind::MissingObject:
            return "missing-object";
        case MismatchKind::WrongClass:
            return "wrong-class";
        case MismatchKind::AttributeNotListed:
            return "attribute-not-listed";
    }
    return "unknown";
}

std::vector<ProfileMismatch> DeviceProfile::checkObjectList(const cosem::ObjectList& list) const {
    std::vector<ProfileMismatch> out;
    for (Setting s : settings()) {
        const SettingLocation& loc = *find(s);
        const bool required = needOf(settingSpec(s), m_meter) == SettingNeed::Required;
        const std::string name = nameOf(s);
        for (const cosem::ObisCode& obis : loc.objects) {
            const cosem::ObjectListElement* element = nullptr;
            for (const auto& e : list.entries) {
                if (e.logicalName == obis) {
                    element = &e;
                    break;
                }
            }
            if (element == nullptr) {
                out.push_back({s, obis, MismatchKind::MissingObject, required,
                               name + ": " + obis.toString() + " not in the object list"});
                continue;
            }
            if (element->classId != loc.classId) {
                out.push_back({s, obis, MismatchKind::WrongClass, required,
                               name + ": " + obis.toString() + " is class " +
                                   std::to_string(element->classId) + ", the profile says " +
                                   std::to_string(loc.classId)});
                continue;
            }
            if (element->accessRights.attributeAccess.empty()) {
                continue;
            }
            for (std::int8_t attribute : loc.attributes) {
                if (element->findAttributeAccess(attribute) == nullptr) {
                    out.push_back({s, obis, MismatchKind::AttributeNotListed, required,
                                   name + ": " + obis.toString() + " attribute " +
                                       std::to_string(attribute) + " not in its access rights"});
                }
            }
        }
    }
    return out;
}

omt::Expected<DeviceProfile, ProfileFailure> DeviceProfile::adaptedTo(
    const cosem::ObjectList& list) const {
    DeviceProfile out = *this;
    for (const ProfileMismatch& m : checkObjectList(list)) {
        const std::string at = jsonMember("$.settings", nameOf(m.setting));
        if (m.kind == MismatchKind::WrongClass) {
            return failAt(ProfileError::WrongClass, at, m.detail);
        }
        if (m.kind == MismatchKind::MissingObject) {
            if (m.required) {
                return failAt(ProfileError::MissingSetting, at, m.detail);
            }
            out.m_locations[static_cast<std::size_t>(m.setting)].reset();
        }
    }
    return out;
}

const char* profileFileName(MeterFamily family) {
    return family == MeterFamily::OmnipowerCt ? "omnipower-ct.json" : "omnia.json";
}

omt::Expected<DeviceProfile, ProfileFailure> loadDeviceProfile(MeterFamily family,
                                                               const std::string& resourceDir) {
    auto profile =
        DeviceProfile::load(resourceDir + "/profiles/" + std::string(profileFileName(family)));
    if (!profile) {
        return profile;
    }
    if (profile->meter() != family) {
        return ProfileFailure{ProfileError::BadValue, 0,
                              std::string("$.meter: the profile is for ") +
                                  nameOf(profile->meter()) + ", not " + nameOf(family)};
    }
    return profile;
}

}  // namespace omt::meter
