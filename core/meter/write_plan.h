#pragma once
// The safe write path as a pure model: from the configuration a meter holds and the one wanted,
// the ordered steps to write (only what changes, irreversible steps last), what to read back to
// verify, how to undo a failed write, the backup file kept before writing, and the audit record
// of every write. The CLI (`omt config apply`) and the GUI carry it out over a session.
//
// Order of the steps (each only when it changes):
//   0. ct-unlock                (only where the device profile's rule "ct-unlock" is allowed)
//   1. ct-ratio                 (1.0.0.4.2.255:2; before the Z codes, which hold it as Z21)
//   2. load-profile-period      (destructive: "clears the load profile")
//      load-profile-2-period    (destructive: "clears load profile 2")
//   3. software-configuration   (the Z codes, Z22 kept as the meter has it until step 8;
//                                destructive when Z29 changes what the load profile captures)
//   4. display lists            (automatic, manual, backup-powered)
//   5. tariff                   (TariffPlan::writeSteps: the passive calendar, activation ...)
//   6. load-control             (LoadControlPlan::writeSteps)
//   7. -- verify everything above; on any failure restore and stop --
//   8. ct-lock                  (always with a warning that says what the profile knows; a
//                                permanent step unless the profile allows unlocking)
//   9. -- verify the lock --
// The restore list undoes steps 0..6, newest first; it un-locks only where the profile allows
// it. A step changes only what the target changes: a setting the target leaves as the meter
// holds it is never written.
//
//   auto plan = WritePlan::make(profile, current, target);   // refused: a locked ratio ...
//   for (const auto& w : plan->warnings()) ask(w);            // destructive / permanent steps
//   save(backupJson({family, serial, now, plan->backup}));
//   run(plan->steps); read(plan->verify) ...                  // restoreFor(n) on a failure
//
// Backup file (format "omt-backup", version 1):
//   {"format": "omt-backup", "version": 1, "meter": "omnipower-ct", "serial": "71234567",
//    "time": "2026-11-21T19:00:00Z",
//    "attributes": [{"class": 3, "obis": "1.0.0.4.2.255", "attribute": 2, "axdr": "12 00 C8"}]}
// Audit log: CSV (RFC 4180, CRLF), header "time,meter,user,object,old,new,result".

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "meter/attribute_value.h"
#include "meter/configuration.h"
#include "meter/device_profile.h"
#include "meter/json_reader.h"
#include "protocol/common/expected.h"
#include "protocol/common/failure.h"

namespace omt::meter {

enum class PlanError : std::uint8_t {
    WrongMeter,     ///< current and target are configurations of different meter types
    RatioLocked,    ///< the CT ratio (or Z21) would change while the lock is on
    Irreversible,   ///< the target un-locks the CT ratio, which the profile does not allow
    InvalidTarget,  ///< the target breaks a rule (display list, Z code, plan, ratio range)
    NotLocated,     ///< the target changes a setting the profile does not locate
};
using PlanFailure = omt::Failure<PlanError>;

/// Stable kebab-case identifier: nameOf(PlanError::RatioLocked) is "ratio-locked".
const char* nameOf(PlanError error);

/// One step of a write plan: one setting, in one or more SETs / ACTIONs.
struct PlannedStep {
    std::string setting;  ///< "ct-ratio", "display-list manual", "tariff", ...
    std::vector<WriteStep> writes;
    bool destructive = false;  ///< loses data on the meter (the load profile)
    bool permanent = false;    ///< cannot be undone (the CT lock, unless the profile allows it)
    std::string warning;       ///< to confirm: destructive steps and the CT lock
    friend bool operator==(const PlannedStep&, const PlannedStep&) = default;
};

struct WritePlan {
    /// The steps in safe order; the permanent ones last.
    std::vector<PlannedStep> steps;
    /// What the meter must hold once the non-permanent steps are done.
    std::vector<AttributeValue> verify;
    /// What it must hold once the permanent steps are done too.
    std::vector<AttributeValue> verifyPermanent;
    /// Old value of every attribute about to change: the backup.
    std::vector<AttributeValue> backup;
    /// What changes, in words.
    std::vector<ConfigurationChange> changes;

    bool empty() const { return steps.empty(); }
    /// Number of leading steps that are not permanent.
    std::size_t reversibleCount() const;
    /// The warnings to confirm (destructive steps, the CT lock), in step order.
    std::vector<std::string> warnings() const;
    /// The steps that undo the first `attempted` steps (the last of them may have half
    /// happened), newest first; permanent steps are never undone.
    /// Example: a failure in step 3 -> restoreFor(3) undoes steps 3, 2, 1.
    std::vector<PlannedStep> restoreFor(std::size_t attempted) const;

    /// The plan from `current` (read from the meter) to `target`, by the rules of `profile`.
    /// Errors: WrongMeter, Irreversible (target unlocked, meter locked, and the profile does
    /// not allow unlocking), RatioLocked (Z21 or the ratio changes while locked),
    /// InvalidTarget (detail: every problem found, "; "-separated, e.g. "display-list
    /// automatic: 1.0.1.8.0.101 is historical", a Z code the data sheet and the profile do not
    /// list), NotLocated.
    static omt::Expected<WritePlan, PlanFailure> make(const DeviceProfile& profile,
                                                      const MeterConfiguration& current,
                                                      const MeterConfiguration& target);

    /// Internal: the restore steps of each step, parallel to `steps`.
    std::vector<PlannedStep> undo;
};

/// "CLASS/OBIS:INDEX", e.g. "3/1.0.0.4.2.255:2".
std::string addressText(std::uint16_t classId, const cosem::ObisCode& obis, int index);

/// What a backup file holds.
struct Backup {
    MeterFamily meter = MeterFamily::OmnipowerCt;
    std::string serial;
    std::chrono::sys_seconds time{};
    std::vector<AttributeValue> values;  ///< old values, as read before writing
    friend bool operator==(const Backup&, const Backup&) = default;
};

/// The backup document (format "omt-backup", version 1), 2-space indented.
/// Example: one value 3/1.0.0.4.2.255:2 = long-unsigned 200 -> "axdr": "12 00 C8".
std::string backupJson(const Backup& backup);
/// Reads a backup document. Errors (DocumentError): Syntax, DuplicateKey, WrongFormat,
/// FutureVersion, UnknownField, MissingField, WrongType, BadValue (a bad OBIS code, time, or
/// A-XDR that does not decode: "$.attributes[0].axdr: ...").
omt::Expected<Backup, DocumentFailure> parseBackup(std::string_view text);

/// The configuration to restore from a backup: `currentValues` (read from the meter) with the
/// backup's values in their place, read through `profile`. The CT lock is undone only where
/// the profile allows it: otherwise, when the backup holds an unlocked ratio (or another one)
/// and the meter is locked, the lock and the ratio stay as the meter has them and `skipped`
/// says so.
struct RestoreTarget {
    MeterConfiguration configuration;
    std::vector<std::string> skipped;
};
omt::Expected<RestoreTarget, ConfigurationFailure> restoreTarget(
    const DeviceProfile& profile, std::span<const AttributeValue> currentValues,
    const Backup& backup);

/// One line of the audit log.
struct AuditRecord {
    std::chrono::sys_seconds time{};
    std::string meterSerial;
    std::string user;
    std::string object;    ///< "ct-ratio 3/1.0.0.4.2.255:2"
    std::string oldValue;  ///< as text, "" when unknown
    std::string newValue;
    std::string result;  ///< "verified", "refused: read-write-denied", "restored", ...
    friend bool operator==(const AuditRecord&, const AuditRecord&) = default;
};

/// "time,meter,user,object,old,new,result\r\n".
std::string auditHeader();
/// One CSV record with CRLF: fields with ',', '"', CR or LF are quoted, '"' doubled.
/// Example: {.., object "a,b", ..} -> ...,"a,b",...
std::string auditLine(const AuditRecord& record);
/// RFC 4180 quoting of one field.
std::string csvField(std::string_view field);
/// "2026-11-21T19:00:00Z".
std::string isoUtc(std::chrono::sys_seconds time);
/// The time of isoUtc()'s form, nullopt for anything else (a bad date, another offset).
std::optional<std::chrono::sys_seconds> parseIsoUtc(std::string_view text);

/// Why a line of an audit log is not a record.
enum class AuditCsvProblem : std::uint8_t {
    None,             ///< a record
    QuoteNotClosed,   ///< a quoted field is not closed on its line
    TextAfterQuote,   ///< text between a closing quote and the next ','
    QuoteInField,     ///< a '"' inside a field that is not quoted
    WrongFieldCount,  ///< not 7 fields (the fields read are kept)
    BadTime,          ///< the time is not "YYYY-MM-DDThh:mm:ssZ"
};

/// Stable kebab-case identifier: nameOf(AuditCsvProblem::QuoteNotClosed) is "quote-not-closed".
const char* nameOf(AuditCsvProblem problem);

/// One record of an audit log read back (parseAuditCsv): its fields, or why it is not a record.
struct AuditCsvRow {
    std::size_t line = 0;             ///< the line (1-based) the record starts on
    std::vector<std::string> fields;  ///< time, meter, user, object, old, new, result
    AuditCsvProblem problem = AuditCsvProblem::None;
    std::string text;  ///< the record as it stands in the file, without its line break
    bool ok() const { return problem == AuditCsvProblem::None; }
    friend bool operator==(const AuditCsvRow&, const AuditCsvRow&) = default;
};

/// An audit log read back.
struct AuditCsv {
    bool header = false;            ///< the text starts with auditHeader()'s line
    std::vector<AuditCsvRow> rows;  ///< in file order (oldest first); header lines left out
};

/// Reads the audit log auditHeader() and auditLine() write (RFC 4180: quoted fields may hold
/// ',', '"' doubled, CR and LF; records end with CRLF, a bare LF is accepted too). Every record
/// comes back, a malformed one with its `problem` and its text, and never takes the records
/// after it along: a quote left open, text after a closing quote, a quote inside an unquoted
/// field, a count of fields other than 7, or a time that is not "YYYY-MM-DDThh:mm:ssZ" each
/// spoil the physical line they are on only. Empty lines are no records.
///
///   parseAuditCsv(auditHeader() + auditLine(r)).rows[0].fields[3];   // r.object
///   parseAuditCsv("a,b\r\n").rows[0].problem;   // AuditCsvProblem::WrongFieldCount
AuditCsv parseAuditCsv(std::string_view text);

/// The audit records of a plan's writes: one per SET (object "setting CLASS/OBIS:ATTR", old
/// from `current`'s values) or ACTION ("setting action CLASS/OBIS:m"), all with `result`.
std::vector<AuditRecord> auditRecords(const std::vector<PlannedStep>& steps,
                                      std::span<const AttributeValue> oldValues,
                                      const AuditRecord& common);

}  // namespace omt::meter
