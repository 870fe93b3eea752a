#include "meter/configuration.h"

#include <algorithm>
#include <array>
#include <utility>

#include <nlohmann/json.hpp>

#include "meter/json_reader.h"
#include "meter/type_number.h"

namespace omt::meter {

namespace {

using cosem::CaptureObjectDefinition;
using cosem::ObisCode;
using dlms::Data;
using Json = nlohmann::ordered_json;

/// The newest template version this program reads and the one it writes.
constexpr int kTemplateVersion = 2;

constexpr std::array<DisplayListSetting, 3> kDisplayLists = {{
    {DisplayListKind::Automatic, Setting::DisplayListAutomatic, "automatic"},
    {DisplayListKind::Manual, Setting::DisplayListManual, "manual"},
    {DisplayListKind::BackupPowered, Setting::DisplayListBackup, "backup-powered"},
}};

ConfigurationFailure fail(ConfigurationError code, std::string detail) {
    return ConfigurationFailure{code, 0, std::move(detail)};
}

/// A nested document's failure as a template failure: its path is re-rooted at `at`.
ConfigurationFailure fromDocument(const DocumentFailure& f, const std::string& at) {
    ConfigurationError code = ConfigurationError::BadValue;
    switch (f.code) {
        case DocumentError::Syntax:
            code = ConfigurationError::Syntax;
            break;
        case DocumentError::DuplicateKey:
            code = ConfigurationError::DuplicateKey;
            break;
        case DocumentError::WrongFormat:
            code = ConfigurationError::WrongFormat;
            break;
        case DocumentError::FutureVersion:
            code = ConfigurationError::FutureVersion;
            break;
        case DocumentError::UnknownField:
            code = ConfigurationError::UnknownField;
            break;
        case DocumentError::MissingField:
            code = ConfigurationError::MissingField;
            break;
        case DocumentError::WrongType:
            code = ConfigurationError::WrongType;
            break;
        case DocumentError::BadValue:
            code = ConfigurationError::BadValue;
            break;
    }
    std::string detail = f.detail;
    if (!at.empty() && detail.starts_with("$")) {
        detail = at + detail.substr(1);
    }
    return ConfigurationFailure{code, at.empty() ? f.offset : 0, detail};
}

const Data* valueOf(const DeviceProfile& profile, std::span<const AttributeValue> values,
                    Setting setting, std::int8_t attribute) {
    const SettingLocation* where = profile.find(setting);
    if (where == nullptr || where->objects.empty()) {
        return nullptr;
    }
    const AttributeValue* v = findAttribute(values, where->objects.front(), attribute);
    return v != nullptr ? &v->value : nullptr;
}

std::optional<std::string> textOf(const Data& d) {
    if (const auto* s = d.as<std::string>()) {
        return *s;
    }
    if (const auto* b = d.as<Bytes>()) {
        return std::string(b->begin(), b->end());
    }
    return std::nullopt;
}

std::optional<std::uint64_t> unsignedOf(const Data& d) {
    if (const auto* u = d.as<std::uint64_t>()) {
        return *u;
    }
    if (const auto* i = d.as<std::int64_t>(); i != nullptr && *i >= 0) {
        return static_cast<std::uint64_t>(*i);
    }
    return std::nullopt;
}

std::string listText(const std::vector<CaptureObjectDefinition>& list) {
    std::string text;
    for (const auto& c : list) {
        text += (text.empty() ? "" : ", ") + c.logicalName.toString();
    }
    return text.empty() ? "(empty)" : text;
}

std::string ctText(const CtSettings& ct) {
    const ct::CtRatio ratio{ct.factor, ct.secondary};
    return std::to_string(ct.factor) + " (" + ratio.text() + ")";
}

}  // namespace

std::optional<TemplateReading> TemplateReading::parse(std::string_view text) {
    TemplateReading reading;
    const auto slash = text.find('/');
    if (slash != std::string_view::npos) {
        const std::string_view cls = text.substr(0, slash);
        if (cls.empty() || cls.size() > 5 ||
            !std::all_of(cls.begin(), cls.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return std::nullopt;
        }
        const unsigned long id = std::stoul(std::string(cls));
        if (id > 0xFFFF) {
            return std::nullopt;
        }
        reading.classId = static_cast<std::uint16_t>(id);
        text = text.substr(slash + 1);
    }
    auto code = ObisCode::parse(text);
    if (!code) {
        return std::nullopt;
    }
    reading.obis = *code;
    return reading;
}

namespace {

std::optional<MeterFamily> familyFromName(std::string_view name) {
    for (MeterFamily f : {MeterFamily::OmnipowerCt, MeterFamily::OmniaEMeter}) {
        if (name == nameOf(f)) {
            return f;
        }
    }
    return std::nullopt;
}

}  // namespace

const char* nameOf(ConfigurationError error) {
    switch (error) {
        case ConfigurationError::Syntax:
            return "syntax";
        case ConfigurationError::DuplicateKey:
            return "duplicate-key";
        case ConfigurationError::WrongFormat:
            return "wrong-format";
        case ConfigurationError::FutureVersion:
            return "future-version";
        case ConfigurationError::UnknownField:
            return "unknown-field";
        case ConfigurationError::MissingField:
            return "missing-field";
        case ConfigurationError::WrongType:
            return "wrong-type";
        case ConfigurationError::BadValue:
            return "bad-value";
        case ConfigurationError::WrongMeter:
            return "wrong-meter";
        case ConfigurationError::NotForMeter:
            return "not-for-meter";
        case ConfigurationError::UnknownObject:
            return "unknown-object";
        case ConfigurationError::Contradiction:
            return "contradiction";
        case ConfigurationError::BadMeterValue:
            return "bad-meter-value";
    }
    return "unknown";
}

bool DebitingInterval::endsIn(int month) const {
    if (months <= 0 || month < 1 || month > 12) {
        return false;
    }
    return ((month - firstMonth) % months + months) % months == 0;
}

std::int64_t DebitingInterval::periodIndex(int year, int month, int day, int stopDay) const {
    if (months <= 0) {
        return 0;
    }
    // months since year 0 of the "debiting month" (which starts on the stop day), counted from
    // the first month of the cycle; floor division keeps the index monotonic
    const std::int64_t debitingMonth =
        std::int64_t{year} * 12 + (month - 1) - (day < stopDay ? 1 : 0) - (firstMonth - 1);
    const std::int64_t n = months;
    return debitingMonth >= 0 ? debitingMonth / n : -((-debitingMonth + n - 1) / n);
}

namespace {

/// The number of a two-digit code "00".."99", nullopt for anything else.
std::optional<int> twoDigitCode(std::string_view code) {
    if (code.size() != 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') {
        return std::nullopt;
    }
    return (code[0] - '0') * 10 + (code[1] - '0');
}

}  // namespace

std::optional<int> stopDayOfZ6(std::string_view code) {
    const auto day = twoDigitCode(code);
    return day && *day >= 1 && *day <= 28 ? day : std::nullopt;
}

std::optional<DebitingInterval> debitingIntervalOfZ7(std::string_view code) {
    const auto number = twoDigitCode(code);
    if (!number) {
        return std::nullopt;
    }
    const int z = *number;
    if (z == 0) {
        return DebitingInterval{0, 1};
    }
    if (z == 1) {
        return DebitingInterval{1, 1};
    }
    if (z <= 3) {
        return DebitingInterval{2, z - 1};  // 02 January, 03 February
    }
    if (z <= 6) {
        return DebitingInterval{3, z - 3};  // 04 January .. 06 March
    }
    if (z <= 12) {
        return DebitingInterval{6, z - 6};  // 07 January .. 12 June
    }
    if (z <= 24) {
        return DebitingInterval{12, z - 12};  // 13 January .. 24 December
    }
    return std::nullopt;
}

std::span<const DisplayListSetting> displayListSettings() {
    return kDisplayLists;
}

std::vector<AttributeAddress> configurationReadList(const DeviceProfile& profile) {
    static constexpr Setting kSettings[] = {
        Setting::SerialNumber,
        Setting::TypeNumber,
        Setting::SoftwareConfiguration,
        Setting::CtRatio,
        Setting::CtSecondary,
        Setting::CtLock,
        Setting::LoadProfile1Period,
        Setting::LoadProfile2Period,
        Setting::DisplayListAutomatic,
        Setting::DisplayListManual,
        Setting::DisplayListBackup,
        Setting::ActivityCalendar,
        Setting::SpecialDays,
        Setting::TariffScripts,
        Setting::Relay1Mode,
        Setting::Relay1State,
        Setting::Relay1TariffMask,
        Setting::Relay1ScheduleOn,
        Setting::Relay1ScheduleOff,
        Setting::Relay2Mode,
        Setting::Relay2State,
        Setting::Relay2TariffMask,
        Setting::Relay2ScheduleOn,
        Setting::Relay2ScheduleOff,
        Setting::DisconnectControl,
    };
    std::vector<AttributeAddress> out;
    for (Setting s : kSettings) {
        const SettingLocation* where = profile.find(s);
        if (where == nullptr) {
            continue;
        }
        for (const auto& obis : where->objects) {
            for (std::int8_t attribute : where->attributes) {
                // The ratio registers' scaler_unit is no setting.
                if ((s == Setting::CtRatio || s == Setting::CtSecondary) && attribute != 2) {
                    continue;
                }
                out.push_back({where->classId, obis, attribute});
            }
        }
    }
    return out;
}

omt::Expected<MeterConfiguration, ConfigurationFailure> MeterConfiguration::fromValues(
    const DeviceProfile& profile, std::span<const AttributeValue> values) {
    MeterConfiguration c;
    c.meter = profile.meter();
    auto unreadable = [&](Setting s, const std::string& why) {
        c.unreadable.push_back(std::string(nameOf(s)) + ": " + why);
    };
    if (const Data* d = valueOf(profile, values, Setting::SerialNumber, 2)) {
        c.serialNumber = textOf(*d).value_or(std::to_string(unsignedOf(*d).value_or(0)));
    }
    if (const Data* d = valueOf(profile, values, Setting::TypeNumber, 2)) {
        c.typeNumber = textOf(*d).value_or("");
    }
    if (const Data* d = valueOf(profile, values, Setting::SoftwareConfiguration, 2)) {
        auto text = textOf(*d);
        auto parsed = text ? SoftwareConfiguration::parse(*text)
                           : omt::unexpected(ConfigFailure{ConfigError::Empty, 0, "not a string"});
        if (parsed) {
            c.software = *parsed;
        } else {
            unreadable(Setting::SoftwareConfiguration, parsed.error().detail);
        }
    }
    if (const Data* d = valueOf(profile, values, Setting::CtRatio, 2)) {
        const auto factor = unsignedOf(*d);
        if (factor && *factor >= ct::kMinFactor && *factor <= ct::kMaxFactor) {
            CtSettings ct;
            ct.factor = static_cast<std::uint16_t>(*factor);
            if (const Data* lock = valueOf(profile, values, Setting::CtLock, 2)) {
                const auto* on = lock->as<bool>();
                ct.locked = on != nullptr && *on;
            } else if (c.software) {
                ct.locked = c.software->code(ZField::Z22) == "2";
            }
            if (const Data* sec = valueOf(profile, values, Setting::CtSecondary, 2)) {
                ct.secondary = unsignedOf(*sec).value_or(5) == 1 ? ct::Secondary::OneAmp
                                                                 : ct::Secondary::FiveAmp;
            }
            c.ct = ct;
        } else {
            unreadable(Setting::CtRatio, "not a factor 1..600");
        }
    }
    for (auto [setting, period] : {std::pair{Setting::LoadProfile1Period, &c.loadProfilePeriod},
                                   std::pair{Setting::LoadProfile2Period, &c.loadProfile2Period}}) {
        if (const Data* d = valueOf(profile, values, setting, 4)) {
            if (auto seconds = unsignedOf(*d); seconds && *seconds > 0 && *seconds <= 0xFFFFFFFFU) {
                *period = static_cast<std::uint32_t>(*seconds);
            } else {
                unreadable(setting, "not a period in seconds");
            }
        }
    }
    for (const auto& list : kDisplayLists) {
        if (const Data* d = valueOf(profile, values, list.setting, 3)) {
            auto columns = cosem::CaptureObjects::fromData(*d);
            if (columns) {
                c.displayLists[list.kind] = columns->entries;
            } else {
                unreadable(list.setting, columns.error().detail);
            }
        }
    }
    if (profile.find(Setting::ActivityCalendar) != nullptr &&
        valueOf(profile, values, Setting::ActivityCalendar, 2) != nullptr) {
        auto plan = TariffPlan::fromCosem(values, profile.tariffObjects(),
                                          c.software ? c.software->code(ZField::Z13) : "");
        if (plan) {
            c.tariff = *plan;
        } else {
            unreadable(Setting::ActivityCalendar, plan.error().detail);
        }
    }
    std::uint8_t relays = 0;
    for (Setting mode : {Setting::Relay1Mode, Setting::Relay2Mode}) {
        if (valueOf(profile, values, mode, 2) == nullptr) {
            break;
        }
        ++relays;
    }
    const bool supply = valueOf(profile, values, Setting::DisconnectControl, 3) != nullptr &&
                        valueOf(profile, values, Setting::DisconnectControl, 4) != nullptr;
    if (relays > 0 || supply) {
        auto plan =
            LoadControlPlan::fromCosem(values, profile.loadControlObjects(), relays, supply);
        if (plan) {
            c.loadControl = *plan;
        } else {
            unreadable(Setting::Relay1Mode, plan.error().detail);
        }
    }
    return c;
}

std::vector<AttributeValue> MeterConfiguration::toValues(const DeviceProfile& profile) const {
    std::vector<AttributeValue> out;
    auto add = [&](Setting s, std::int8_t attribute, Data value) {
        const SettingLocation* where = profile.find(s);
        if (where != nullptr && !where->objects.empty()) {
            out.push_back({where->classId, where->objects.front(), attribute, std::move(value)});
        }
    };
    if (software) {
        add(Setting::SoftwareConfiguration, 2, Data::visibleString(software->format()));
    }
    if (ct) {
        add(Setting::CtRatio, 2, Data::longUnsigned(ct->factor));
        add(Setting::CtLock, 2, Data::boolean(ct->locked));
    }
    if (loadProfilePeriod) {
        add(Setting::LoadProfile1Period, 4, Data::doubleLongUnsigned(*loadProfilePeriod));
    }
    if (loadProfile2Period) {
        add(Setting::LoadProfile2Period, 4, Data::doubleLongUnsigned(*loadProfile2Period));
    }
    for (const auto& list : kDisplayLists) {
        auto it = displayLists.find(list.kind);
        if (it == displayLists.end()) {
            continue;
        }
        std::vector<Data> columns;
        for (const auto& column : it->second) {
            columns.push_back(column.toData());
        }
        add(list.setting, 3, Data::array(std::move(columns)));
    }
    if (tariff) {
        for (auto& v : tariff->toCosem(profile.tariffObjects())) {
            out.push_back(std::move(v));
        }
    }
    if (loadControl) {
        for (auto& v : loadControl->toCosem(profile.loadControlObjects())) {
            out.push_back(std::move(v));
        }
    }
    return out;
}

std::vector<std::string> MeterConfiguration::describe(const OrderFormCodes& orderForm) const {
    std::vector<std::string> lines;
    lines.push_back(std::string("meter: ") + nameOf(meter));
    if (!serialNumber.empty()) {
        lines.push_back("serial-number: " + serialNumber);
    }
    if (!typeNumber.empty()) {
        lines.push_back("type-number: " + typeNumber);
    }
    if (software) {
        lines.push_back("software-configuration: " + software->format());
        for (const auto& f : software->describe(orderForm)) {
            lines.push_back("software-configuration " + std::string(f.id) + " " +
                            std::string(f.name) + ": " + f.code + " (" + f.meaning + ")");
        }
    }
    if (ct) {
        lines.push_back("ct-ratio: " + ctText(*ct) + (ct->locked ? ", locked" : ", unlocked"));
    }
    if (loadProfilePeriod) {
        lines.push_back("load-profile-period: " + std::to_string(*loadProfilePeriod) + " s");
    }
    if (loadProfile2Period) {
        lines.push_back("load-profile-2-period: " + std::to_string(*loadProfile2Period) + " s");
    }
    for (const auto& list : kDisplayLists) {
        if (auto it = displayLists.find(list.kind); it != displayLists.end()) {
            lines.push_back("display-list " + std::string(list.key) + ": " + listText(it->second));
        }
    }
    if (tariff) {
        for (const auto& line : tariff->describe()) {
            lines.push_back("tariff " + line);
        }
    }
    if (loadControl) {
        for (const auto& line : loadControl->describe()) {
            lines.push_back("load-control " + line);
        }
    }
    for (const auto& u : unreadable) {
        lines.push_back("unreadable " + u);
    }
    return lines;
}

std::vector<ConfigurationChange> MeterConfiguration::diffFrom(
    const MeterConfiguration& before, const OrderFormCodes& orderForm) const {
    std::vector<ConfigurationChange> out;
    if (software && before.software) {
        for (const auto& f : software->diffFrom(*before.software, orderForm)) {
            out.push_back({"software-configuration " + std::string(zSpec(f.field).id),
                           f.oldCode + " (" + f.oldMeaning + ")",
                           f.newCode + " (" + f.newMeaning + ")"});
        }
    } else if (software || before.software) {
        out.push_back({"software-configuration", before.software ? before.software->format() : "",
                       software ? software->format() : ""});
    }
    if (ct != before.ct) {
        if (ct && before.ct) {
            if (ct->factor != before.ct->factor) {
                out.push_back({"ct-ratio", ctText(*before.ct), ctText(*ct)});
            }
            if (ct->locked != before.ct->locked) {
                out.push_back({"ct-lock", before.ct->locked ? "locked" : "unlocked",
                               ct->locked ? "locked" : "unlocked"});
            }
        } else {
            out.push_back({"ct-ratio", before.ct ? ctText(*before.ct) : "", ct ? ctText(*ct) : ""});
        }
    }
    auto periodText = [](const std::optional<std::uint32_t>& p) {
        return p ? std::to_string(*p) + " s" : std::string();
    };
    if (loadProfilePeriod != before.loadProfilePeriod) {
        out.push_back({"load-profile-period", periodText(before.loadProfilePeriod),
                       periodText(loadProfilePeriod)});
    }
    if (loadProfile2Period != before.loadProfile2Period) {
        out.push_back({"load-profile-2-period", periodText(before.loadProfile2Period),
                       periodText(loadProfile2Period)});
    }
    for (const auto& list : kDisplayLists) {
        auto a = displayLists.find(list.kind);
        auto b = before.displayLists.find(list.kind);
        const bool hasA = a != displayLists.end();
        const bool hasB = b != before.displayLists.end();
        if (hasA != hasB || (hasA && a->second != b->second)) {
            out.push_back({"display-list " + std::string(list.key), hasB ? listText(b->second) : "",
                           hasA ? listText(a->second) : ""});
        }
    }
    auto plans = [&out](const std::string& prefix, const std::vector<PlanChange>& changes) {
        for (const auto& c : changes) {
            out.push_back({prefix + c.key, c.before, c.after});
        }
    };
    if (tariff && before.tariff) {
        plans("tariff ", tariff->diffFrom(*before.tariff));
    } else if (tariff || before.tariff) {
        out.push_back({"tariff", before.tariff ? "plan" : "", tariff ? "plan" : ""});
    }
    if (loadControl && before.loadControl) {
        plans("load-control ", loadControl->diffFrom(*before.loadControl));
    } else if (loadControl || before.loadControl) {
        out.push_back(
            {"load-control", before.loadControl ? "plan" : "", loadControl ? "plan" : ""});
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

ConfigurationTemplate ConfigurationTemplate::of(const MeterConfiguration& config, Subsets subsets) {
    ConfigurationTemplate t;
    t.meter = config.meter;
    t.serialNumber = config.serialNumber;
    t.typeNumber = config.typeNumber;
    if (subsets.software) {
        t.software = config.software;
    }
    if (subsets.ct && config.ct) {
        t.ctFactor = config.ct->factor;
        t.ctLocked = config.ct->locked;
    }
    if (subsets.loadProfilePeriod) {
        t.loadProfilePeriod = config.loadProfilePeriod;
        t.loadProfile2Period = config.loadProfile2Period;
    }
    if (subsets.displayLists) {
        for (const auto& [kind, list] : config.displayLists) {
            auto& readings = t.displayLists[kind];
            for (const auto& c : list) {
                readings.push_back({c.classId, c.logicalName});
            }
        }
    }
    if (subsets.tariff) {
        t.tariff = config.tariff;
    }
    if (subsets.loadControl) {
        t.loadControl = config.loadControl;
    }
    return t;
}

std::string ConfigurationTemplate::toJson(const OrderFormCodes& orderForm) const {
    Json doc;
    doc["format"] = "omt-configuration";
    doc["version"] = kTemplateVersion;
    doc["meter"] = nameOf(meter);
    if (!serialNumber.empty()) {
        doc["serial"] = serialNumber;
    }
    if (!typeNumber.empty()) {
        doc["type-number"] = typeNumber;
    }
    if (software) {
        doc["software-configuration"] = software->format();
        Json meanings = Json::array();
        for (const auto& f : software->describe(orderForm)) {
            meanings.push_back({{"field", std::string(f.id)},
                                {"name", std::string(f.name)},
                                {"code", f.code},
                                {"meaning", f.meaning}});
        }
        doc["software-configuration-meanings"] = meanings;
    }
    if (ctFactor || ctLocked) {
        Json ct = Json::object();
        if (ctFactor) {
            ct["factor"] = *ctFactor;
        }
        if (ctLocked) {
            ct["locked"] = *ctLocked;
        }
        doc["ct-ratio"] = ct;
    }
    if (loadProfilePeriod) {
        doc["load-profile-period"] = *loadProfilePeriod;
    }
    if (loadProfile2Period) {
        doc["load-profile-2-period"] = *loadProfile2Period;
    }
    if (!displayLists.empty()) {
        Json lists = Json::object();
        for (const auto& list : kDisplayLists) {
            auto it = displayLists.find(list.kind);
            if (it == displayLists.end()) {
                continue;
            }
            Json readings = Json::array();
            for (const auto& r : it->second) {
                readings.push_back(r.classId ? std::to_string(*r.classId) + "/" + r.obis.toString()
                                             : r.obis.toString());
            }
            lists[std::string(list.key)] = readings;
        }
        doc["display-lists"] = lists;
    }
    // The nested plans are their own documents: parse their text back (they always parse).
    if (tariff) {
        doc["tariff"] = Json::parse(tariff->toJson(), nullptr, false);
    }
    if (loadControl) {
        doc["load-control"] = Json::parse(loadControl->toJson(), nullptr, false);
    }
    return doc.dump(2);
}

omt::Expected<ConfigurationTemplate, ConfigurationFailure> ConfigurationTemplate::fromJson(
    std::string_view text) {
    auto parsed = parseStrictJson(text);
    if (!parsed) {
        return omt::unexpected(fromDocument(parsed.error(), ""));
    }
    const Json& doc = *parsed;
    JsonReader r;
    ConfigurationTemplate t;
    if (!r.isObject(doc, "$")) {
        return omt::unexpected(fromDocument(*r.failure, ""));
    }
    r.checkVersion(doc, "$", "omt-configuration", kTemplateVersion);
    if (!r.ok()) {
        return omt::unexpected(fromDocument(*r.failure, ""));
    }
    const bool version1 = r.integer(doc, "$", "version", 1, kTemplateVersion) == 1;
    if (version1) {
        r.allowOnly(
            doc, "$",
            {"format", "version", "meter", "serial", "type-number", "software-configuration",
             "ct-ratio", "load-profile-period", "display-lists", "tariff", "load-control"});
    } else {
        r.allowOnly(
            doc, "$",
            {"format", "version", "meter", "serial", "type-number", "software-configuration",
             "software-configuration-meanings", "ct-ratio", "load-profile-period",
             "load-profile-2-period", "display-lists", "tariff", "load-control"});
    }
    const std::string meterName = r.string(doc, "$", "meter");
    if (r.ok()) {
        if (auto family = familyFromName(meterName)) {
            t.meter = *family;
        } else {
            r.fail(DocumentError::BadValue, "$.meter",
                   "\"" + meterName + "\" is not omnipower-ct or omnia-e-meter");
        }
    }
    t.serialNumber = r.optionalString(doc, "$", "serial", "");
    t.typeNumber = r.optionalString(doc, "$", "type-number", "");
    if (r.member(doc, "$", "software-configuration", false) != nullptr) {
        const std::string z = r.string(doc, "$", "software-configuration");
        if (r.ok()) {
            auto config = SoftwareConfiguration::parse(z);
            if (config) {
                t.software = *config;
            } else {
                r.fail(DocumentError::BadValue, "$.software-configuration",
                       "\"" + z + "\" is not a configuration string: " + config.error().detail);
            }
        }
    }
    if (const Json* ct = r.member(doc, "$", "ct-ratio", false); ct != nullptr && r.ok()) {
        if (r.isObject(*ct, "$.ct-ratio")) {
            r.allowOnly(*ct, "$.ct-ratio", {"factor", "locked"});
            if (r.member(*ct, "$.ct-ratio", "factor", false) != nullptr) {
                t.ctFactor = static_cast<std::uint16_t>(
                    r.integer(*ct, "$.ct-ratio", "factor", ct::kMinFactor, ct::kMaxFactor));
            }
            if (r.member(*ct, "$.ct-ratio", "locked", false) != nullptr) {
                t.ctLocked = r.boolean(*ct, "$.ct-ratio", "locked");
            }
            if (r.ok() && !t.ctFactor && !t.ctLocked) {
                r.fail(DocumentError::MissingField, "$.ct-ratio", "give factor, locked or both");
            }
        }
    }
    if (const Json* meanings = r.member(doc, "$", "software-configuration-meanings", false);
        meanings != nullptr && r.ok()) {
        // informative (what `config show` decoded): never applied, only its shape is checked
        if (r.isArray(*meanings, "$.software-configuration-meanings") &&
            r.member(doc, "$", "software-configuration", false) == nullptr) {
            r.fail(DocumentError::MissingField, "$.software-configuration",
                   "the meanings come with the configuration string");
        }
    }
    if (r.member(doc, "$", "load-profile-period", false) != nullptr && r.ok()) {
        t.loadProfilePeriod =
            static_cast<std::uint32_t>(r.integer(doc, "$", "load-profile-period", 60, 86400));
    }
    if (r.member(doc, "$", "load-profile-2-period", false) != nullptr && r.ok()) {
        t.loadProfile2Period =
            static_cast<std::uint32_t>(r.integer(doc, "$", "load-profile-2-period", 60, 86400));
    }
    if (const Json* lists = r.member(doc, "$", "display-lists", false);
        lists != nullptr && r.ok() && r.isObject(*lists, "$.display-lists")) {
        r.allowOnly(*lists, "$.display-lists", {"automatic", "manual", "backup-powered"});
        for (const auto& list : kDisplayLists) {
            const std::string path = jsonMember("$.display-lists", list.key);
            const Json* readings = r.member(*lists, "$.display-lists", list.key, false);
            if (readings == nullptr || !r.ok() || !r.isArray(*readings, path)) {
                continue;
            }
            auto& out = t.displayLists[list.kind];
            for (std::size_t i = 0; i < readings->size() && r.ok(); ++i) {
                const Json& item = (*readings)[i];
                const std::string at = jsonElement(path, i);
                if (!item.is_string()) {
                    r.fail(DocumentError::WrongType, at, "expected a string \"CLASS/OBIS\"");
                    break;
                }
                auto reading = TemplateReading::parse(item.get<std::string>());
                if (!reading) {
                    r.fail(DocumentError::BadValue, at,
                           "\"" + item.get<std::string>() + "\" is not OBIS or CLASS/OBIS");
                    break;
                }
                out.push_back(*reading);
            }
        }
    }
    if (r.failure) {
        return omt::unexpected(fromDocument(*r.failure, ""));
    }
    if (const auto it = doc.find("tariff"); it != doc.end()) {
        auto plan = TariffPlan::fromJson(it->dump());
        if (!plan) {
            return omt::unexpected(fromDocument(plan.error(), "$.tariff"));
        }
        t.tariff = *plan;
    }
    if (const auto it = doc.find("load-control"); it != doc.end()) {
        auto plan = LoadControlPlan::fromJson(it->dump());
        if (!plan) {
            return omt::unexpected(fromDocument(plan.error(), "$.load-control"));
        }
        t.loadControl = *plan;
    }
    return t;
}

omt::Expected<MeterConfiguration, ConfigurationFailure> ConfigurationTemplate::applyTo(
    const MeterConfiguration& current, const DeviceProfile& profile) const {
    using E = ConfigurationError;
    if (meter != current.meter) {
        return omt::unexpected(fail(E::WrongMeter, std::string("the template is for ") +
                                                       nameOf(meter) + ", this meter is " +
                                                       nameOf(current.meter)));
    }
    MeterConfiguration target = current;
    if (software) {
        if (profile.find(Setting::SoftwareConfiguration) == nullptr || !current.software) {
            return omt::unexpected(fail(E::NotForMeter,
                                        "software-configuration: this meter has none (or it could "
                                        "not be read)"));
        }
        target.software = *software;
    }
    if ((ctFactor || ctLocked) && (profile.find(Setting::CtRatio) == nullptr || !current.ct)) {
        return omt::unexpected(
            fail(E::NotForMeter, "ct-ratio: this meter has no CT ratio (or it could not be read)"));
    }
    // A Z code the template does not change moves nothing (the meter may hold a period or a
    // ratio its Z codes do not say): only a changed Z21, Z22 or Z4 sets what it holds.
    const auto changedInTemplate = [&](ZField field) {
        return software && current.software &&
               software->code(field) != current.software->code(field);
    };
    if (target.ct) {
        std::uint16_t factor = current.ct->factor;
        bool locked = current.ct->locked;
        if (changedInTemplate(ZField::Z21)) {
            auto ratio = ctRatioOf(software->code(ZField::Z21));
            if (!ratio) {
                return omt::unexpected(
                    fail(E::BadValue, "software-configuration: Z21 \"" +
                                          std::string(software->code(ZField::Z21)) +
                                          "\" is not a ratio 001..600"));
            }
            factor = static_cast<std::uint16_t>(ratio->factor);
        }
        if (changedInTemplate(ZField::Z22)) {
            locked = software->code(ZField::Z22) == "2";
        }
        if (ctFactor) {
            const auto named = software ? ctRatioOf(software->code(ZField::Z21)) : std::nullopt;
            if (software && (!named || named->factor != *ctFactor)) {
                return omt::unexpected(
                    fail(E::Contradiction, "ct-ratio factor " + std::to_string(*ctFactor) +
                                               " but software-configuration Z21 \"" +
                                               std::string(software->code(ZField::Z21)) + "\""));
            }
            factor = *ctFactor;
        }
        if (ctLocked) {
            if (software && *ctLocked != (software->code(ZField::Z22) == "2")) {
                return omt::unexpected(
                    fail(E::Contradiction, std::string("ct-ratio locked ") +
                                               (*ctLocked ? "true" : "false") +
                                               " but software-configuration Z22 \"" +
                                               std::string(software->code(ZField::Z22)) + "\""));
            }
            locked = *ctLocked;
        }
        target.ct->factor = factor;
        target.ct->locked = locked;
        if (target.software && factor != current.ct->factor) {
            (void)target.software->setCode(ZField::Z21, ct::CtRatio{factor}.z21Code());
        }
        if (target.software && locked != current.ct->locked) {
            (void)target.software->setCode(ZField::Z22, locked ? "2" : "1");
        }
    }
    const ProfileRules& rules = profile.rules();
    const auto notOffered = [&](const std::string& key, std::uint32_t seconds) {
        return fail(E::BadValue, key + ": " + std::to_string(seconds) +
                                     " s is not a period this meter offers (" +
                                     rules.periodsText() + ")");
    };
    if (loadProfilePeriod) {
        if (profile.find(Setting::LoadProfile1Period) == nullptr || !current.loadProfilePeriod) {
            return omt::unexpected(fail(E::NotForMeter,
                                        "load-profile-period: this meter has no "
                                        "load profile period to set"));
        }
        if (!rules.offersPeriod(*loadProfilePeriod)) {
            return omt::unexpected(notOffered("load-profile-period", *loadProfilePeriod));
        }
        if (target.software) {
            // on a meter with Z codes the period is Z4
            const auto z4 = z4OfPeriod(*loadProfilePeriod);
            if (!z4) {
                return omt::unexpected(
                    fail(E::BadValue, "load-profile-period: " + std::to_string(*loadProfilePeriod) +
                                          " s has no Z4 code (900, 1800 or 3600 s)"));
            }
            if (software && software->code(ZField::Z4) != *z4) {
                return omt::unexpected(fail(
                    E::Contradiction, "load-profile-period " + std::to_string(*loadProfilePeriod) +
                                          " s but software-configuration Z4 \"" +
                                          std::string(software->code(ZField::Z4)) + "\""));
            }
            if (*loadProfilePeriod != *current.loadProfilePeriod) {
                (void)target.software->setCode(ZField::Z4, *z4);
            }
        }
        target.loadProfilePeriod = *loadProfilePeriod;
    } else if (changedInTemplate(ZField::Z4) && target.loadProfilePeriod) {
        if (auto period = periodOfZ4(software->code(ZField::Z4))) {
            target.loadProfilePeriod = *period;
        }
    }
    if (loadProfile2Period) {
        if (profile.find(Setting::LoadProfile2Period) == nullptr || !current.loadProfile2Period) {
            return omt::unexpected(fail(E::NotForMeter,
                                        "load-profile-2-period: this meter has no second "
                                        "load profile (or its period could not be read)"));
        }
        if (!rules.offersPeriod(*loadProfile2Period)) {
            return omt::unexpected(notOffered("load-profile-2-period", *loadProfile2Period));
        }
        target.loadProfile2Period = *loadProfile2Period;
    }
    for (const auto& [kind, readings] : displayLists) {
        const auto* setting =
            std::find_if(kDisplayLists.begin(), kDisplayLists.end(),
                         [kind = kind](const DisplayListSetting& s) { return s.kind == kind; });
        if (profile.find(setting->setting) == nullptr ||
            current.displayLists.find(kind) == current.displayLists.end()) {
            return omt::unexpected(fail(
                E::NotForMeter,
                "display-lists." + std::string(setting->key) + ": this meter has no such list"));
        }
        std::vector<CaptureObjectDefinition> list;
        for (const auto& reading : readings) {
            std::optional<std::uint16_t> classId = reading.classId;
            for (const auto& [k, columns] : current.displayLists) {
                for (const auto& c : columns) {
                    if (!classId && c.logicalName == reading.obis) {
                        classId = c.classId;
                    }
                }
            }
            for (Setting s : profile.settings()) {
                const SettingLocation* where = profile.find(s);
                if (!classId && where != nullptr &&
                    std::find(where->objects.begin(), where->objects.end(), reading.obis) !=
                        where->objects.end()) {
                    classId = where->classId;
                }
            }
            if (!classId) {
                return omt::unexpected(
                    fail(E::UnknownObject, "display-lists." + std::string(setting->key) + ": " +
                                               reading.obis.toString() +
                                               " is not a reading this meter is known to have "
                                               "(give CLASS/OBIS)"));
            }
            list.push_back({*classId, reading.obis, 2, 0});
        }
        target.displayLists[kind] = std::move(list);
    }
    if (tariff) {
        if (profile.find(Setting::ActivityCalendar) == nullptr || !current.tariff) {
            return omt::unexpected(fail(E::NotForMeter,
                                        "tariff: this meter has no tariff plan (or it could not "
                                        "be read)"));
        }
        TariffPlan plan = *tariff;
        if (target.software) {
            const std::string z13(target.software->code(ZField::Z13));
            if (plan.tariffControlCode.empty()) {
                plan.tariffControlCode = z13;
            } else if (plan.tariffControlCode != z13) {
                if (software) {
                    return omt::unexpected(fail(
                        E::Contradiction, "tariff tariff_control \"" + plan.tariffControlCode +
                                              "\" but software-configuration Z13 \"" + z13 + "\""));
                }
                if (!target.software->setCode(ZField::Z13, plan.tariffControlCode)) {
                    return omt::unexpected(fail(E::BadValue, "tariff tariff_control \"" +
                                                                 plan.tariffControlCode +
                                                                 "\" is not a Z13 code"));
                }
            }
        } else {
            plan.tariffControlCode.clear();
        }
        target.tariff = plan;
    }
    if (loadControl) {
        if (!current.loadControl) {
            return omt::unexpected(fail(E::NotForMeter,
                                        "load-control: this meter has no relays or supply control "
                                        "switch (or they could not be read)"));
        }
        target.loadControl = *loadControl;
    }
    return target;
}

}  // namespace omt::meter
