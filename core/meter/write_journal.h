#pragma once
// The write journal: one small document per configuration write in progress, saved before the
// first SET and removed once the meter is known to hold the old or the new configuration. A
// program that is killed, loses the meter for good or cannot restore leaves its entry behind,
// so the next start of omt or the desktop application says that a write was interrupted and
// offers to restore its backup (issues 12 and 19).
//
// Document (format "omt-write-journal", version 1):
//   {"format": "omt-write-journal", "version": 1, "id": "71234567-20261207T210300123Z-4242",
//    "program": "omt", "pid": 4242, "host": "laptop", "started": "2026-12-07T21:03:00Z",
//    "meter": "omnipower-ct", "serial": "71234567",
//    "backup": "/home/u/.local/share/OpenMeterTool/backups/71234567-....json",
//    "audit": "/home/u/.local/share/OpenMeterTool/audit.csv",
//    "settings": ["ct-ratio", "display-list manual"], "state": "writing", "detail": ""}
// "state" is "writing" while the program runs, "not-restored" once it gave up with the meter
// half-written ("detail" then says why). A document of a newer version is refused (and left
// alone), as is any unknown field.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "meter/configuration.h"
#include "meter/json_reader.h"

namespace omt::meter {

struct JournalEntry {
    enum class State : std::uint8_t {
        Writing,      ///< the program was writing (a dead program: interrupted)
        NotRestored,  ///< the program ended with the meter half-written
    };
    std::string id;       ///< unique: serial, time and process
    std::string program;  ///< "omt", "openmetertool"
    std::int64_t pid = 0;
    std::string host;
    std::chrono::sys_seconds started{};
    MeterFamily meter = MeterFamily::OmnipowerCt;
    std::string serial;
    std::string backupFile;
    std::string auditFile;
    std::vector<std::string> settings;  ///< the plan's steps ("ct-ratio", ...)
    State state = State::Writing;
    std::string detail;  ///< why it could not be restored ("" while writing)
    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

/// "writing", "not-restored".
const char* nameOf(JournalEntry::State state);

/// The journal document of `entry`, 2-space indented.
std::string journalJson(const JournalEntry& entry);
/// Reads a journal document. Errors (DocumentError): Syntax, DuplicateKey, WrongFormat,
/// FutureVersion, UnknownField, MissingField, WrongType, BadValue ("$.started: ...").
omt::Expected<JournalEntry, DocumentFailure> parseJournal(std::string_view text);

}  // namespace omt::meter
