#include "meter/write_journal.h"

#include "meter/write_plan.h"

namespace omt::meter {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kFormat = "omt-write-journal";
constexpr int kVersion = 1;

}  // namespace

const char* nameOf(JournalEntry::State state) {
    switch (state) {
        case JournalEntry::State::Writing:
            return "writing";
        case JournalEntry::State::NotRestored:
            return "not-restored";
    }
    return "writing";
}

std::string journalJson(const JournalEntry& e) {
    Json doc;
    doc["format"] = kFormat;
    doc["version"] = kVersion;
    doc["id"] = e.id;
    doc["program"] = e.program;
    doc["pid"] = e.pid;
    doc["host"] = e.host;
    doc["started"] = isoUtc(e.started);
    doc["meter"] = nameOf(e.meter);
    doc["serial"] = e.serial;
    doc["backup"] = e.backupFile;
    doc["audit"] = e.auditFile;
    doc["settings"] = e.settings;
    doc["state"] = nameOf(e.state);
    doc["detail"] = e.detail;
    return doc.dump(2) + "\n";
}

omt::Expected<JournalEntry, DocumentFailure> parseJournal(std::string_view text) {
    auto parsed = parseStrictJson(text);
    if (!parsed) {
        return omt::unexpected(parsed.error());
    }
    const Json& doc = *parsed;
    JsonReader r;
    JournalEntry e;
    if (!r.isObject(doc, "$")) {
        return omt::unexpected(*r.failure);
    }
    r.checkVersion(doc, "$", kFormat, kVersion);
    r.allowOnly(doc, "$",
                {"format", "version", "id", "program", "pid", "host", "started", "meter", "serial",
                 "backup", "audit", "settings", "state", "detail"});
    e.id = r.string(doc, "$", "id");
    if (r.ok() && e.id.empty()) {
        r.fail(DocumentError::BadValue, "$.id", "empty");
    }
    e.program = r.string(doc, "$", "program");
    e.pid = r.integer(doc, "$", "pid", 0, std::int64_t(1) << 40);
    e.host = r.string(doc, "$", "host");
    const std::string started = r.string(doc, "$", "started");
    if (r.ok()) {
        if (auto t = parseIsoUtc(started)) {
            e.started = *t;
        } else {
            r.fail(DocumentError::BadValue, "$.started",
                   "\"" + started + "\" is not a UTC time like 2026-11-21T19:00:00Z");
        }
    }
    const std::string meterName = r.string(doc, "$", "meter");
    if (r.ok()) {
        if (meterName == nameOf(MeterFamily::OmnipowerCt)) {
            e.meter = MeterFamily::OmnipowerCt;
        } else if (meterName == nameOf(MeterFamily::OmniaEMeter)) {
            e.meter = MeterFamily::OmniaEMeter;
        } else {
            r.fail(DocumentError::BadValue, "$.meter", "\"" + meterName + "\" is not a meter type");
        }
    }
    e.serial = r.string(doc, "$", "serial");
    e.backupFile = r.string(doc, "$", "backup");
    e.auditFile = r.string(doc, "$", "audit");
    if (const Json* settings = r.member(doc, "$", "settings");
        settings && r.isArray(*settings, "$.settings")) {
        for (std::size_t i = 0; i < settings->size() && r.ok(); ++i) {
            const Json& s = (*settings)[i];
            if (!s.is_string()) {
                r.fail(DocumentError::WrongType, "$.settings[" + std::to_string(i) + "]",
                       "expected a string");
                break;
            }
            e.settings.push_back(s.get<std::string>());
        }
    }
    const std::string state = r.string(doc, "$", "state");
    if (r.ok()) {
        if (state == nameOf(JournalEntry::State::Writing)) {
            e.state = JournalEntry::State::Writing;
        } else if (state == nameOf(JournalEntry::State::NotRestored)) {
            e.state = JournalEntry::State::NotRestored;
        } else {
            r.fail(DocumentError::BadValue, "$.state",
                   "\"" + state + "\" is not writing or not-restored");
        }
    }
    e.detail = r.string(doc, "$", "detail");
    if (!r.ok()) {
        return omt::unexpected(*r.failure);
    }
    return e;
}

}  // namespace omt::meter
