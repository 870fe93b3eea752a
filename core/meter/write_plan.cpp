#include "meter/write_plan.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "meter/type_number.h"
#include "protocol/dlms/axdr/axdr.h"
#include "protocol/dlms/axdr/display.h"

namespace omt::meter {

namespace {

using cosem::ObisCode;
using dlms::Data;
using Json = nlohmann::ordered_json;

/// A value for the audit log, whole (never cut): a display list as its readings, anything else as
/// A-XDR text.
std::string valueText(const Data& d) {
    if (d.type() == dlms::DataType::Array) {
        if (auto columns = cosem::CaptureObjects::fromData(d)) {
            std::string text = "[";
            for (const auto& c : columns->entries) {
                text += (text.size() > 1 ? " " : "") + std::to_string(c.classId) + "/" +
                        c.logicalName.toString();
            }
            return text + "]";
        }
    }
    return dlms::toDisplayString(d);
}

/// The entries of a list as the display rules see them.
std::vector<DisplayEntry> entriesOf(const std::vector<cosem::CaptureObjectDefinition>& list) {
    std::vector<DisplayEntry> entries;
    for (const auto& c : list) {
        if (auto known = catalogueEntry(c.logicalName)) {
            entries.push_back(*known);
            continue;
        }
        DisplayEntry e;
        e.code = c.logicalName;
        e.name = c.logicalName.toString();
        e.historical = c.logicalName.f() <= 99 || c.classId == 7;
        entries.push_back(e);
    }
    return entries;
}

std::string ctSummary(const CtSettings& ct) {
    return ct::CtRatio{ct.factor, ct.secondary}.text();
}

/// What locking means, as far as the device profile says.
std::string lockConsequence(CtUnlock rule) {
    switch (rule) {
        case CtUnlock::Refused:
            return "this meter type does not allow unlocking from the optical port (device "
                   "profile), so the ratio cannot be changed from here again";
        case CtUnlock::Allowed:
            return "this meter type can be unlocked again from the optical port (device profile)";
        case CtUnlock::NotStated:
            break;
    }
    return "the device profile does not say whether this meter type can be unlocked, and "
           "OpenMeterTool never unlocks it: treat the lock as permanent";
}

/// The plan with the Z13 code of `other`: tariff plans compare without it (Z13 is a Z code).
TariffPlan withControlOf(TariffPlan plan, const TariffPlan& other) {
    plan.tariffControlCode = other.tariffControlCode;
    return plan;
}

}  // namespace

std::string addressText(std::uint16_t classId, const cosem::ObisCode& obis, int index) {
    return std::to_string(classId) + "/" + obis.toString() + ":" + std::to_string(index);
}

const char* nameOf(PlanError error) {
    switch (error) {
        case PlanError::WrongMeter:
            return "wrong-meter";
        case PlanError::RatioLocked:
            return "ratio-locked";
        case PlanError::Irreversible:
            return "irreversible";
        case PlanError::InvalidTarget:
            return "invalid-target";
        case PlanError::NotLocated:
            return "not-located";
    }
    return "unknown";
}

std::size_t WritePlan::reversibleCount() const {
    std::size_t n = 0;
    while (n < steps.size() && !steps[n].permanent) {
        ++n;
    }
    return n;
}

std::vector<std::string> WritePlan::warnings() const {
    std::vector<std::string> out;
    for (const auto& s : steps) {
        if (!s.warning.empty()) {
            out.push_back(s.warning);
        }
    }
    return out;
}

std::vector<PlannedStep> WritePlan::restoreFor(std::size_t attempted) const {
    std::vector<PlannedStep> out;
    for (std::size_t i = std::min(attempted, steps.size()); i-- > 0;) {
        if (!steps[i].permanent && i < undo.size() && !undo[i].writes.empty()) {
            out.push_back(undo[i]);
        }
    }
    return out;
}

omt::Expected<WritePlan, PlanFailure> WritePlan::make(const DeviceProfile& profile,
                                                      const MeterConfiguration& current,
                                                      const MeterConfiguration& target) {
    using E = PlanError;
    auto refuse = [](E code, std::string detail) {
        return omt::unexpected(PlanFailure{code, 0, std::move(detail)});
    };
    if (current.meter != target.meter || current.meter != profile.meter()) {
        return refuse(E::WrongMeter, std::string("a configuration of ") + nameOf(target.meter) +
                                         " cannot be written to " + nameOf(current.meter));
    }
    // The lock rules first: they are refusals whatever else the target says. Whether a locked
    // ratio can be unlocked is the device profile's rule (the data sheet does not say).
    const CtUnlock unlockRule = profile.rules().ctUnlock;
    const bool unlocking = current.ct && target.ct && current.ct->locked && !target.ct->locked;
    if (unlocking && unlockRule != CtUnlock::Allowed) {
        return refuse(E::Irreversible,
                      "ct-lock: the CT ratio is locked, and " + ctUnlockRefusal(unlockRule));
    }
    if (current.ct && target.ct && current.ct->locked && !unlocking &&
        target.ct->factor != current.ct->factor) {
        return refuse(E::RatioLocked, "ct-ratio: the CT ratio is locked at " +
                                          ctSummary(*current.ct) + "; it cannot become " +
                                          ctSummary(*target.ct));
    }
    if (current.software && target.software) {
        for (const auto& v : checkOpticalWrite(*current.software, *target.software, unlockRule)) {
            return refuse(
                v.issue == ConfigIssue::LockIrreversible ? E::Irreversible : E::RatioLocked,
                std::string("software-configuration ") + std::string(zSpec(v.field).id) + ": " +
                    v.reason);
        }
    }

    // What the target must satisfy (only where it changes: a meter may hold odd values).
    auto type = TypeNumber::decode(target.typeNumber);
    std::vector<std::string> problems;
    if (current.software && target.software && type) {
        const Variant variant = type->variant() == 2 ? Variant::Two : Variant::One;
        for (const auto& v : target.software->validate(variant, profile.rules().orderFormCodes)) {
            if (current.software->code(v.field) != target.software->code(v.field)) {
                problems.push_back("software-configuration " + std::string(zSpec(v.field).id) +
                                   " \"" + v.code + "\": " + v.reason);
            }
        }
    }
    const bool measuresExport = type ? type->energyTypes().activeExport : true;
    const DisplayRules rules = profile.displayRules(measuresExport);
    for (const auto& list : displayListSettings()) {
        auto t = target.displayLists.find(list.kind);
        auto c = current.displayLists.find(list.kind);
        if (t == target.displayLists.end() ||
            (c != current.displayLists.end() && c->second == t->second)) {
            continue;
        }
        for (const auto& f : validate(list.kind, entriesOf(t->second), rules)) {
            problems.push_back("display-list " + std::string(list.key) + ": " + f.detail);
        }
    }
    if (target.tariff &&
        (!current.tariff || withControlOf(*target.tariff, *current.tariff) != *current.tariff)) {
        for (const auto& f : target.tariff->validate(profile.limits().tariff)) {
            problems.push_back("tariff " + f.detail);
        }
    }
    if (target.loadControl && target.loadControl != current.loadControl) {
        LoadControlCapabilities caps;
        if (type) {
            caps = profile.applyLimits(
                capabilitiesOf(*type, target.software ? &*target.software : nullptr));
        } else if (current.loadControl) {
            caps.relays = static_cast<std::uint8_t>(current.loadControl->relays.size());
            caps.supplyControlSwitch = current.loadControl->supplyControl.has_value();
        }
        for (const auto& f : target.loadControl->validate(caps)) {
            problems.push_back("load-control " + f.detail);
        }
    }
    if (!problems.empty()) {
        std::string detail;
        for (const auto& p : problems) {
            detail += (detail.empty() ? "" : "; ") + p;
        }
        return refuse(E::InvalidTarget, detail);
    }

    WritePlan plan;
    plan.changes = target.diffFrom(current, profile.rules().orderFormCodes);
    std::optional<PlanFailure> missing;
    auto at = [&](Setting s, std::int8_t attribute, Data value) -> AttributeValue {
        const SettingLocation* where = profile.find(s);
        if (where == nullptr || where->objects.empty()) {
            if (!missing) {
                missing = PlanFailure{E::NotLocated, 0,
                                      std::string(nameOf(s)) +
                                          ": the device profile does not "
                                          "locate this setting"};
            }
            return {};
        }
        return {where->classId, where->objects.front(), attribute, std::move(value)};
    };
    auto addStep = [&plan](PlannedStep forward, PlannedStep back) {
        plan.steps.push_back(std::move(forward));
        plan.undo.push_back(std::move(back));
    };
    auto single = [&](const std::string& setting, Setting s, std::int8_t attribute,
                      const Data& oldValue, const Data& newValue) {
        const AttributeValue now = at(s, attribute, newValue);
        const AttributeValue before = at(s, attribute, oldValue);
        plan.verify.push_back(now);
        plan.backup.push_back(before);
        addStep({setting, {now}, false, false, {}}, {setting, {before}, false, false, {}});
    };

    // 0. Unlocking (only where the profile allows it), before the ratio it frees.
    if (unlocking) {
        single("ct-unlock", Setting::CtLock, 2, Data::boolean(true), Data::boolean(false));
    }
    // 1. CT ratio.
    const bool ratioChanges = current.ct && target.ct && current.ct->factor != target.ct->factor;
    if (ratioChanges) {
        single("ct-ratio", Setting::CtRatio, 2, Data::longUnsigned(current.ct->factor),
               Data::longUnsigned(target.ct->factor));
    }
    // 2. Load profile periods: each clears its profile.
    const auto period = [&](const char* setting, Setting s, const char* what,
                            const std::optional<std::uint32_t>& before,
                            const std::optional<std::uint32_t>& after) {
        if (!before || !after || *before == *after) {
            return false;
        }
        single(setting, s, 4, Data::doubleLongUnsigned(*before), Data::doubleLongUnsigned(*after));
        plan.steps.back().destructive = true;
        plan.steps.back().warning = std::string(setting) + " " + std::to_string(*before) +
                                    " s -> " + std::to_string(*after) + " s clears " + what +
                                    ": its logged data are lost";
        plan.undo.back().destructive = true;
        return true;
    };
    const bool periodChanges =
        period("load-profile-period", Setting::LoadProfile1Period, "the load profile",
               current.loadProfilePeriod, target.loadProfilePeriod);
    period("load-profile-2-period", Setting::LoadProfile2Period, "load profile 2",
           current.loadProfile2Period, target.loadProfile2Period);
    // 3. The Z codes, with the lock as the meter has it until the lock step.
    const bool locking = current.ct && target.ct && target.ct->locked && !current.ct->locked;
    const bool lockPermanent = unlockRule != CtUnlock::Allowed;
    if (current.software && target.software) {
        SoftwareConfiguration stage = *target.software;
        SoftwareConfiguration afterEarlier = *current.software;
        (void)stage.setCode(ZField::Z22, unlocking ? "1" : current.software->code(ZField::Z22));
        if (unlocking) {
            (void)afterEarlier.setCode(ZField::Z22, "1");
        }
        if (ratioChanges) {
            (void)afterEarlier.setCode(ZField::Z21, stage.code(ZField::Z21));
        }
        if (periodChanges) {
            (void)afterEarlier.setCode(ZField::Z4, stage.code(ZField::Z4));
        }
        const Data oldText = Data::visibleString(current.software->format());
        const Data newText = Data::visibleString(stage.format());
        if (!(stage == afterEarlier)) {
            single("software-configuration", Setting::SoftwareConfiguration, 2, oldText, newText);
            // Z29 chooses what the load profile captures: a new choice clears it.
            const auto z29Before = current.software->code(ZField::Z29);
            const auto z29After = stage.code(ZField::Z29);
            if (z29Before != z29After) {
                plan.steps.back().destructive = true;
                plan.undo.back().destructive = true;
                plan.steps.back().warning =
                    "software-configuration Z29 " + std::string(z29Before) + " (" +
                    meaningOf(ZField::Z29, z29Before) + ") -> " + std::string(z29After) + " (" +
                    meaningOf(ZField::Z29, z29After) +
                    ") changes what the load profile captures and clears it: its logged data "
                    "are lost";
            }
        } else if (unlocking || ratioChanges || periodChanges) {
            // No write of its own, but the earlier steps move Z22 / Z21 / Z4: verify them too.
            plan.verify.push_back(at(Setting::SoftwareConfiguration, 2, newText));
            plan.backup.push_back(at(Setting::SoftwareConfiguration, 2, oldText));
        }
        if (locking) {
            const AttributeValue locked = at(Setting::SoftwareConfiguration, 2,
                                             Data::visibleString(target.software->format()));
            if (lockPermanent) {
                plan.verifyPermanent.push_back(locked);
            } else {
                // the lock is an ordinary last step: verified with the others
                for (auto& v : plan.verify) {
                    if (v.obis == locked.obis && v.attribute == locked.attribute) {
                        v = locked;
                    }
                }
                if (std::none_of(plan.verify.begin(), plan.verify.end(),
                                 [&](const AttributeValue& v) { return v.obis == locked.obis; })) {
                    plan.verify.push_back(locked);
                    plan.backup.push_back(at(Setting::SoftwareConfiguration, 2, oldText));
                }
            }
        }
    }
    // 4. Display lists.
    for (const auto& list : displayListSettings()) {
        auto t = target.displayLists.find(list.kind);
        auto c = current.displayLists.find(list.kind);
        if (t == target.displayLists.end() || c == current.displayLists.end() ||
            t->second == c->second) {
            continue;
        }
        auto data = [](const std::vector<cosem::CaptureObjectDefinition>& columns) {
            std::vector<Data> items;
            for (const auto& column : columns) {
                items.push_back(column.toData());
            }
            return Data::array(std::move(items));
        };
        single("display-list " + std::string(list.key), list.setting, 3, data(c->second),
               data(t->second));
    }
    // 5. Tariff plan.
    if (target.tariff && current.tariff &&
        withControlOf(*target.tariff, *current.tariff) != *current.tariff) {
        if (profile.find(Setting::ActivityCalendar) == nullptr) {
            return refuse(E::NotLocated, "tariff: the device profile has no activity calendar");
        }
        const TariffObjects objects = profile.tariffObjects();
        PlannedStep step{
            "tariff", target.tariff->writeSteps(objects, &*current.tariff), false, false, {}};
        PlannedStep undo{"tariff", current.tariff->writeSteps(objects, nullptr), false, false, {}};
        for (auto& v : target.tariff->toCosem(objects)) {
            plan.verify.push_back(std::move(v));
        }
        for (auto& v : current.tariff->toCosem(objects)) {
            plan.backup.push_back(std::move(v));
        }
        if (!step.writes.empty()) {
            addStep(std::move(step), std::move(undo));
        }
    }
    // 6. Load control.
    if (target.loadControl && current.loadControl && target.loadControl != current.loadControl) {
        const LoadControlObjects objects = profile.loadControlObjects();
        const auto stateOf = [](const LoadControlPlan& p) {
            return p.supplyControl ? p.supplyControl->state : cosem::ControlState::Connected;
        };
        PlannedStep step{"load-control",
                         target.loadControl->writeSteps(objects, stateOf(*current.loadControl)),
                         false,
                         false,
                         {}};
        PlannedStep undo{"load-control",
                         current.loadControl->writeSteps(objects, stateOf(*target.loadControl)),
                         false,
                         false,
                         {}};
        // Only what changes: a SET of the value the meter already holds is left out (in
        // order, so a relay's mode still comes before its state).
        const auto before = current.loadControl->toCosem(objects);
        const auto after = target.loadControl->toCosem(objects);
        const auto unchanged = [](const std::vector<AttributeValue>& held) {
            return [&held](const WriteStep& w) {
                const auto* set = std::get_if<AttributeValue>(&w);
                return set != nullptr && std::find(held.begin(), held.end(), *set) != held.end();
            };
        };
        std::erase_if(step.writes, unchanged(before));
        std::erase_if(undo.writes, unchanged(after));
        for (const auto& v : after) {
            plan.verify.push_back(v);
        }
        for (const auto& v : before) {
            plan.backup.push_back(v);
        }
        addStep(std::move(step), std::move(undo));
    }
    // 8. The lock, last of all, asked for in every case.
    if (locking) {
        const AttributeValue lock = at(Setting::CtLock, 2, Data::boolean(true));
        plan.backup.push_back(at(Setting::CtLock, 2, Data::boolean(false)));
        PlannedStep step{"ct-lock", {lock}, false, lockPermanent, {}};
        step.warning = "ct-lock locks the CT ratio at " + ctSummary(*target.ct) + ": " +
                       lockConsequence(unlockRule);
        PlannedStep undo{"ct-lock", {}, false, lockPermanent, {}};
        if (lockPermanent) {
            plan.verifyPermanent.insert(plan.verifyPermanent.begin(), lock);
        } else {
            plan.verify.push_back(lock);
            undo.writes.push_back(at(Setting::CtLock, 2, Data::boolean(false)));
        }
        addStep(std::move(step), std::move(undo));
    }
    if (missing) {
        return omt::unexpected(*missing);
    }
    return plan;
}

// ---------------------------------------------------------------------------------------------

std::string backupJson(const Backup& backup) {
    Json doc;
    doc["format"] = "omt-backup";
    doc["version"] = 1;
    doc["meter"] = nameOf(backup.meter);
    doc["serial"] = backup.serial;
    doc["time"] = isoUtc(backup.time);
    Json attributes = Json::array();
    for (const auto& v : backup.values) {
        Json a;
        a["class"] = v.classId;
        a["obis"] = v.obis.toString();
        a["attribute"] = v.attribute;
        auto encoded = dlms::encode(v.value);
        a["axdr"] = encoded ? toHex(*encoded) : std::string();
        attributes.push_back(a);
    }
    doc["attributes"] = attributes;
    return doc.dump(2) + "\n";
}

omt::Expected<Backup, DocumentFailure> parseBackup(std::string_view text) {
    auto parsed = parseStrictJson(text);
    if (!parsed) {
        return omt::unexpected(parsed.error());
    }
    const Json& doc = *parsed;
    JsonReader r;
    Backup b;
    if (!r.isObject(doc, "$")) {
        return omt::unexpected(*r.failure);
    }
    r.checkVersion(doc, "$", "omt-backup", 1);
    r.allowOnly(doc, "$", {"format", "version", "meter", "serial", "time", "attributes"});
    const std::string meterName = r.string(doc, "$", "meter");
    if (r.ok()) {
        if (meterName == nameOf(MeterFamily::OmnipowerCt)) {
            b.meter = MeterFamily::OmnipowerCt;
        } else if (meterName == nameOf(MeterFamily::OmniaEMeter)) {
            b.meter = MeterFamily::OmniaEMeter;
        } else {
            r.fail(DocumentError::BadValue, "$.meter", "\"" + meterName + "\" is not a meter type");
        }
    }
    b.serial = r.string(doc, "$", "serial");
    const std::string time = r.string(doc, "$", "time");
    if (r.ok()) {
        if (auto t = parseIsoUtc(time)) {
            b.time = *t;
        } else {
            r.fail(DocumentError::BadValue, "$.time",
                   "\"" + time + "\" is not a UTC time like 2026-11-21T19:00:00Z");
        }
    }
    forEachElement(r, doc, "$", "attributes", [&](const Json& a, const std::string& path) {
        r.allowOnly(a, path, {"class", "obis", "attribute", "axdr"});
        AttributeValue v;
        v.classId = static_cast<std::uint16_t>(r.integer(a, path, "class", 0, 0xFFFF));
        const std::string obis = r.string(a, path, "obis");
        v.attribute = static_cast<std::int8_t>(r.integer(a, path, "attribute", 1, 127));
        const std::string hex = r.string(a, path, "axdr");
        if (!r.ok()) {
            return;
        }
        auto code = ObisCode::parse(obis);
        if (!code) {
            r.fail(DocumentError::BadValue, jsonMember(path, "obis"),
                   "\"" + obis + "\" is not an OBIS code");
            return;
        }
        v.obis = *code;
        auto bytes = fromHex(hex);
        auto value = bytes ? dlms::decodeAll(*bytes)
                           : omt::unexpected(dlms::AxdrFailure{dlms::AxdrError::Truncated, 0,
                                                               "not hexadecimal"});
        if (!value) {
            r.fail(DocumentError::BadValue, jsonMember(path, "axdr"),
                   "not an A-XDR value: " + value.error().detail);
            return;
        }
        v.value = *value;
        b.values.push_back(std::move(v));
    });
    if (r.failure) {
        return omt::unexpected(*r.failure);
    }
    return b;
}

omt::Expected<RestoreTarget, ConfigurationFailure> restoreTarget(
    const DeviceProfile& profile, std::span<const AttributeValue> currentValues,
    const Backup& backup) {
    auto current = MeterConfiguration::fromValues(profile, currentValues);
    if (!current) {
        return omt::unexpected(current.error());
    }
    if (backup.meter != profile.meter()) {
        return omt::unexpected(ConfigurationFailure{ConfigurationError::WrongMeter, 0,
                                                    std::string("the backup is of a ") +
                                                        nameOf(backup.meter) + ", this meter is " +
                                                        nameOf(profile.meter())});
    }
    if (!backup.serial.empty() && !current->serialNumber.empty() &&
        backup.serial != current->serialNumber) {
        return omt::unexpected(ConfigurationFailure{ConfigurationError::WrongMeter, 0,
                                                    "the backup is of meter " + backup.serial +
                                                        ", this is meter " +
                                                        current->serialNumber});
    }
    std::vector<AttributeValue> merged(currentValues.begin(), currentValues.end());
    for (const auto& v : backup.values) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const AttributeValue& m) {
            return m.obis == v.obis && m.attribute == v.attribute;
        });
        if (it != merged.end()) {
            *it = v;
        } else {
            merged.push_back(v);
        }
    }
    auto wanted = MeterConfiguration::fromValues(profile, merged);
    if (!wanted) {
        return omt::unexpected(wanted.error());
    }
    RestoreTarget out{*wanted, {}};
    auto& target = out.configuration;
    const CtUnlock rule = profile.rules().ctUnlock;
    const bool unlockAllowed = rule == CtUnlock::Allowed && target.ct && !target.ct->locked;
    if (current->ct && target.ct && current->ct->locked && !unlockAllowed &&
        (!target.ct->locked || target.ct->factor != current->ct->factor)) {
        out.skipped.push_back("ct-ratio: the meter is locked at " + ctSummary(*current->ct) +
                              "; the backup's " + ctSummary(*target.ct) +
                              (target.ct->locked ? "" : " (unlocked)") + " cannot be restored" +
                              (target.ct->locked || rule == CtUnlock::Allowed
                                   ? std::string()
                                   : ": " + ctUnlockRefusal(rule)));
        target.ct = current->ct;
        if (target.software && current->software) {
            (void)target.software->setCode(ZField::Z21, current->software->code(ZField::Z21));
            (void)target.software->setCode(ZField::Z22, current->software->code(ZField::Z22));
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

std::string csvField(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(field);
    }
    std::string out = "\"";
    for (char c : field) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string isoUtc(std::chrono::sys_seconds time) {
    const auto days = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date{days};
    const std::chrono::hh_mm_ss clock{time - days};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(clock.hours().count()),
                  int(clock.minutes().count()), int(clock.seconds().count()));
    return text;
}

std::optional<std::chrono::sys_seconds> parseIsoUtc(std::string_view text) {
    int y = 0;
    unsigned mo = 0;
    unsigned d = 0;
    unsigned h = 0;
    unsigned mi = 0;
    unsigned s = 0;
    char z = 0;
    if (text.size() != 20 ||
        std::sscanf(std::string(text).c_str(), "%4d-%2u-%2uT%2u:%2u:%2u%c", &y, &mo, &d, &h, &mi,
                    &s, &z) != 7 ||
        z != 'Z' || h > 23 || mi > 59 || s > 59) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{mo},
                                           std::chrono::day{d}};
    if (!date.ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days{date} + std::chrono::hours{h} + std::chrono::minutes{mi} +
           std::chrono::seconds{s};
}

std::string auditHeader() {
    return "time,meter,user,object,old,new,result\r\n";
}

std::string auditLine(const AuditRecord& r) {
    return csvField(isoUtc(r.time)) + "," + csvField(r.meterSerial) + "," + csvField(r.user) + "," +
           csvField(r.object) + "," + csvField(r.oldValue) + "," + csvField(r.newValue) + "," +
           csvField(r.result) + "\r\n";
}

namespace {

constexpr std::size_t kAuditFields = 7;

bool isAuditTime(std::string_view t) {
    static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
    if (t.size() != kShape.size()) {
        return false;
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool digit = t[i] >= '0' && t[i] <= '9';
        if (kShape[i] == 'd' ? !digit : t[i] != kShape[i]) {
            return false;
        }
    }
    return true;
}

/// Reads audit CSV records one at a time from `text`.
class AuditCsvReader {
public:
    explicit AuditCsvReader(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_at >= m_text.size(); }

    /// The next record; nullopt for an empty line (skipped).
    std::optional<AuditCsvRow> next() {
        AuditCsvRow row;
        row.line = m_line;
        const std::size_t start = m_at;
        const std::size_t startLine = m_line;
        if (lineBreakAt(m_at) > 0) {
            skipLineBreak();
            return std::nullopt;
        }
        // The first quoted field that runs over a line break: when the record turns out wrong,
        // that quote was most likely left open, and the record ends with its line.
        std::optional<std::size_t> multiLine;
        constexpr auto kNotClosed = AuditCsvProblem::QuoteNotClosed;
        while (true) {
            std::string field;
            if (peek() == '"') {
                const std::size_t open = m_at++;
                bool closed = false;
                while (!atEnd()) {
                    const char c = m_text[m_at++];
                    if (c == '"') {
                        if (peek() == '"') {
                            field += '"';
                            ++m_at;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == '\n') {
                        ++m_line;
                        multiLine = multiLine.value_or(open);
                    }
                    field += c;
                }
                if (!closed) {
                    return spoiled(start, startLine, open, kNotClosed);
                }
                if (!atEnd() && peek() != ',' && lineBreakAt(m_at) == 0) {
                    return multiLine
                               ? spoiled(start, startLine, *multiLine, kNotClosed)
                               : spoiled(start, startLine, m_at, AuditCsvProblem::TextAfterQuote);
                }
            } else {
                while (!atEnd() && peek() != ',' && lineBreakAt(m_at) == 0) {
                    if (peek() == '"') {
                        return multiLine
                                   ? spoiled(start, startLine, *multiLine, kNotClosed)
                                   : spoiled(start, startLine, m_at, AuditCsvProblem::QuoteInField);
                    }
                    field += m_text[m_at++];
                }
            }
            row.fields.push_back(std::move(field));
            if (!atEnd() && peek() == ',') {
                ++m_at;
                continue;
            }
            break;
        }
        if (row.fields.size() != kAuditFields && multiLine) {
            return spoiled(start, startLine, *multiLine, kNotClosed);
        }
        row.text = std::string(m_text.substr(start, m_at - start));
        skipLineBreak();
        if (row.fields.size() != kAuditFields) {
            row.problem = AuditCsvProblem::WrongFieldCount;
        } else if (!isAuditTime(row.fields[0]) && !isHeader(row)) {
            row.problem = AuditCsvProblem::BadTime;
        }
        return row;
    }

    static bool isHeader(const AuditCsvRow& row) {
        static const std::vector<std::string> kHeader = {"time", "meter", "user",  "object",
                                                         "old",  "new",   "result"};
        return row.fields == kHeader;
    }

private:
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }

    /// The length of the line break at `at`: 2 for CRLF, 1 for LF, 0 for none.
    std::size_t lineBreakAt(std::size_t at) const {
        if (at < m_text.size() && m_text[at] == '\n') {
            return 1;
        }
        if (at + 1 < m_text.size() && m_text[at] == '\r' && m_text[at + 1] == '\n') {
            return 2;
        }
        return 0;
    }

    void skipLineBreak() {
        if (const std::size_t n = lineBreakAt(m_at); n > 0) {
            m_at += n;
            ++m_line;
        }
    }

    /// A malformed record: it ends with the physical line the problem at `at` is on, so the
    /// records after it are read as they are.
    AuditCsvRow spoiled(std::size_t start, std::size_t startLine, std::size_t at,
                        AuditCsvProblem problem) {
        // The line break ending the line `at` is on; a quote left open swallows nothing.
        std::size_t end = at;
        while (end < m_text.size() && lineBreakAt(end) == 0) {
            ++end;
        }
        // Lines counted while reading a quoted field that turned out spoiled are read again.
        m_line = startLine;
        for (std::size_t i = start; i < end; ++i) {
            if (m_text[i] == '\n') {
                ++m_line;
            }
        }
        AuditCsvRow row;
        row.line = startLine;
        row.problem = problem;
        row.text = std::string(m_text.substr(start, end - start));
        m_at = end;
        skipLineBreak();
        return row;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    std::size_t m_line = 1;
};

}  // namespace

const char* nameOf(AuditCsvProblem problem) {
    switch (problem) {
        case AuditCsvProblem::None:
            return "none";
        case AuditCsvProblem::QuoteNotClosed:
            return "quote-not-closed";
        case AuditCsvProblem::TextAfterQuote:
            return "text-after-quote";
        case AuditCsvProblem::QuoteInField:
            return "quote-in-field";
        case AuditCsvProblem::WrongFieldCount:
            return "wrong-field-count";
        case AuditCsvProblem::BadTime:
            return "bad-time";
    }
    return "unknown";
}

AuditCsv parseAuditCsv(std::string_view text) {
    AuditCsv out;
    AuditCsvReader reader(text);
    bool first = true;
    while (!reader.atEnd()) {
        auto row = reader.next();
        if (!row) {
            continue;
        }
        if (row->ok() && AuditCsvReader::isHeader(*row)) {
            out.header = out.header || first;
            first = false;
            continue;
        }
        first = false;
        out.rows.push_back(std::move(*row));
    }
    return out;
}

std::vector<AuditRecord> auditRecords(const std::vector<PlannedStep>& steps,
                                      std::span<const AttributeValue> oldValues,
                                      const AuditRecord& common) {
    std::vector<AuditRecord> out;
    for (const auto& step : steps) {
        for (const auto& w : step.writes) {
            AuditRecord r = common;
            if (const auto* set = std::get_if<AttributeValue>(&w)) {
                r.object =
                    step.setting + " " + addressText(set->classId, set->obis, set->attribute);
                const AttributeValue* old = findAttribute(oldValues, set->obis, set->attribute);
                r.oldValue = old != nullptr ? valueText(old->value) : std::string();
                r.newValue = valueText(set->value);
            } else {
                const auto& call = std::get<MethodCall>(w);
                r.object = step.setting + " action " + std::to_string(call.classId) + "/" +
                           call.obis.toString() + ":m" + std::to_string(call.method);
                r.oldValue.clear();
                r.newValue = valueText(call.parameter);
            }
            out.push_back(std::move(r));
        }
    }
    return out;
}

}  // namespace omt::meter
