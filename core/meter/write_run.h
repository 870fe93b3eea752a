#pragma once
// Carrying out a WritePlan, sans I/O: the one sequence both the CLI (`omt config apply`, blocking)
// and the GUI (asynchronous, over the session's signals) follow, so the two can never disagree on
// what "written safely" means.
//
//   WriteRun run(plan, common);                  // common: serial, user (audit records)
//   while (true) {
//       const WriteRequest r = run.next();
//       if (r.kind == WriteRequest::Kind::Done) break;
//       if (r.kind == WriteRequest::Kind::Write) send(r.write) ok ? run.writeSucceeded()
//                                                              : run.writeFailed("refused ...");
//       else read(r.read) ok ? run.readDone(values) : run.readFailed("no answer ...");
//       log(run.takeAudit());
//   }
//   run.outcome();                                // verified, restored, not restored ...
//
// The sequence (WritePlan's header gives the order of the steps):
//   1. write the reversible steps; the first refused SET/ACTION stops the writing;
//   2. read back plan.verify; any value that differs is a failure;
//   3. write the permanent steps (the CT lock), then read back plan.verifyPermanent;
//   on a failure in 1-3 (except the permanent read-back): write plan.restoreFor(attempted) back,
//   every restore step even when one fails, then read the restored values back.
// An ACTION with a skipWhen condition (the supply switch) is preceded by a Read of that
// attribute in the same phase; when the meter already holds the value the ACTION is skipped.
// Audit records: "verified" for the reversible steps once they verify, "failed, restored" /
// "failed, NOT restored" for the attempted ones after a restore, "refused" for a step the meter
// refused outright, "failed" for a permanent step that failed, "verified" / "written, not
// verified" for the permanent ones.
//
// Texts given to writeFailed()/readFailed() are the caller's words; the runner only carries
// them into the outcome, so the CLI can speak English and the GUI its translated sentences.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "meter/write_plan.h"

namespace omt::meter {

enum class WritePhase : std::uint8_t {
    Writing,             ///< the reversible steps
    Verifying,           ///< reading them back
    WritingPermanent,    ///< the CT lock
    VerifyingPermanent,  ///< reading it back
    Restoring,           ///< writing the old values back
    VerifyingRestore,    ///< reading them back
    Done,
};
/// Stable kebab-case identifier: nameOf(WritePhase::VerifyingRestore) is "verifying-restore".
const char* nameOf(WritePhase phase);

enum class WriteResult : std::uint8_t {
    Verified,     ///< everything written and read back as planned
    Restored,     ///< a failure; the old values were written back and verified
    NotRestored,  ///< a failure, and restoring failed too: the backup must be restored by hand
    NotVerified,  ///< a permanent step was written but does not read back (cannot be undone)
};
/// "verified", "restored", "not-restored", "not-verified".
const char* nameOf(WriteResult result);

/// What to do next.
struct WriteRequest {
    enum class Kind : std::uint8_t { Write, Read, Done };
    Kind kind = Kind::Done;
    WritePhase phase = WritePhase::Done;
    WriteStep write;                   ///< Kind::Write: one SET or ACTION
    std::vector<AttributeValue> read;  ///< Kind::Read: what to read and the values expected
    std::string setting;               ///< Kind::Write: the step's setting ("ct-ratio", ...)
};

/// How it ended (valid once next() is Done).
struct WriteOutcome {
    WriteResult result = WriteResult::Verified;
    /// The step whose write failed (empty when a read-back failed or did not match).
    std::string failedSetting;
    /// The caller's words for the failed write or read ("" when values merely differed).
    std::string failure;
    /// "CLASS/OBIS:ATTR" of every value that did not read back as written.
    std::vector<std::string> mismatched;
    /// The settings written back, newest first.
    std::vector<std::string> restoredSettings;
    /// What went wrong while restoring: "setting: words", or "CLASS/OBIS:ATTR does not hold its
    /// old value", or the read-back failure.
    std::vector<std::string> restoreFailures;
};

class WriteRun {
public:
    /// `common` fills the audit records (serial, user; time from `clock` at each record).
    explicit WriteRun(WritePlan plan, AuditRecord common = {},
                      std::function<std::chrono::sys_seconds()> clock = {});

    /// The next request; Kind::Done once the outcome is known. Stable until a result is given.
    WriteRequest next() const;

    /// Results of the request next() gave. Calls that do not fit the request are ignored.
    void writeSucceeded();
    /// The outcome of the write is unknown (no answer, link lost): it may have happened.
    void writeFailed(std::string why);
    /// The meter refused the write, so it did not happen: a step refused at its first write
    /// is neither restored nor counted as attempted; the audit says "refused".
    void writeRefused(std::string why);
    /// `values` parallel to next().read; nullopt for an attribute that gave no value.
    void readDone(std::span<const std::optional<dlms::Data>> values);
    void readFailed(std::string why);

    bool done() const { return m_phase == WritePhase::Done; }
    WritePhase phase() const { return m_phase; }
    const WriteOutcome& outcome() const { return m_outcome; }
    const WritePlan& plan() const { return m_plan; }

    /// The writes and reads of the forward path done so far and in all, for a progress bar.
    std::size_t progressDone() const { return m_progress; }
    std::size_t progressTotal() const { return m_progressTotal; }

    /// The audit records produced since the last call.
    std::vector<AuditRecord> takeAudit();

private:
    void advanceTo(WritePhase phase);
    void startPhase(WritePhase phase);
    void skipEmpty();
    void startRestore(std::size_t attempted);
    void failWrite(std::string why, bool refused);
    /// The current write's skipWhen, when it still has to be read.
    const AttributeValue* pendingCondition() const;
    void advanceWrite();
    void audit(std::size_t from, std::size_t to, const std::string& result);
    void finishRestore();

    WritePlan m_plan;
    AuditRecord m_common;
    std::function<std::chrono::sys_seconds()> m_clock;
    WritePhase m_phase = WritePhase::Writing;
    std::vector<PlannedStep> m_steps;          ///< the steps of the current write phase
    std::size_t m_step = 0;                    ///< index in m_steps
    std::size_t m_write = 0;                   ///< index in m_steps[m_step].writes
    std::size_t m_offset = 0;                  ///< index of m_steps[0] in the plan (forward phases)
    std::size_t m_attempted = 0;               ///< steps attempted before the restore
    std::optional<std::size_t> m_refusedStep;  ///< a step refused outright, not attempted
    bool m_conditionRead = false;  ///< the current write's skipWhen has been read (and fails)
    std::vector<AttributeValue> m_expected;
    WriteOutcome m_outcome;
    std::vector<AuditRecord> m_audit;
    std::size_t m_progress = 0;
    std::size_t m_progressTotal = 0;
};

/// The last value each SET of `steps` writes: what the meter must hold afterwards.
std::vector<AttributeValue> finalValues(const std::vector<PlannedStep>& steps);

}  // namespace omt::meter
