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
//
// What an answer proves (the caller classifies it; link::deliverWriteAnswer does for a session):
//   writeSucceeded  the meter confirmed the write;
//   writeRefused    a decoded, authenticated answer with a non-success result: the write did
//                   not happen (a step refused at its first write is not restored; its old
//                   values are read back with the restore, so a refusal is trusted only when
//                   the meter shows them);
//   writeFailed     anything else (an answer that does not authenticate, a malformed answer, a
//                   service error): it may have happened, so the step is restored and verified;
//   linkLost        the link is gone: like writeFailed, and the run asks for the link again.
// The link lost: next() gives Reconnect requests with a growing delay (options.reconnectDelays,
// about 1, 2, 4, 8 s); reconnected() carries on where the run was (a restore write or a read is
// sent again: both are idempotent); reconnectFailed() waits longer, and after the last delay the
// run ends with what it knows. A restore write whose outcome is unknown is sent again (at most
// options.restoreAttempts times) before it is given up.
// interrupt() (Ctrl-C, Cancel): no further forward write is sent; what was attempted is restored.
// abandon() (a second Ctrl-C, the program closing): ends at once with what the run knows.
//
// The restore's read-back is the judge: a step whose restore write was given up but whose old
// values read back is restored.
// Audit records: attemptRecords() ("attempting", every step, written before the first SET so a
// killed program leaves a trace); "verified" for the reversible steps once they verify; after a
// restore "failed, restored" / "failed, NOT restored" per attempted step; "refused" for a step
// the meter refused outright; "failed" for a permanent step that failed; "verified" / "written,
// not verified" for the permanent ones; "written, not verified" for steps written whose
// read-back the lost link prevented.
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

/// What the meter holds of one step of the plan, as far as the run knows.
enum class StepState : std::uint8_t {
    Untouched,    ///< nothing was sent for it
    Refused,      ///< the meter refused its first write: it holds the old value
    Written,      ///< every write confirmed, not read back yet
    Unknown,      ///< a write of it may or may not have happened
    Verified,     ///< read back: the meter holds the new value
    Restored,     ///< written back and read back: the meter holds the old value
    NotRestored,  ///< its restore failed or was not verified: the meter may hold either
};
/// "untouched", "refused", "written", "unknown", "verified", "restored", "not-restored".
const char* nameOf(StepState state);
/// Whether the meter is known to hold the step's old value (Untouched, Refused, Restored).
bool holdsOldValue(StepState state);

/// How patient the run is with a lost link and with unknown restore answers.
struct WriteRunOptions {
    /// Waits before each attempt to open the link again after it was lost (the number of
    /// attempts per loss is their count).
    std::vector<std::chrono::milliseconds> reconnectDelays{
        std::chrono::seconds{1}, std::chrono::seconds{2}, std::chrono::seconds{4},
        std::chrono::seconds{8}};
    /// Links opened again in one run, at most (a line that keeps failing ends the run).
    std::size_t maxReconnects = 6;
    /// Sends of one restore write (or of the restore read-back) whose outcome is unknown.
    std::size_t restoreAttempts = 3;
};

/// What to do next.
struct WriteRequest {
    enum class Kind : std::uint8_t { Write, Read, Reconnect, Done };
    Kind kind = Kind::Done;
    WritePhase phase = WritePhase::Done;
    WriteStep write;                   ///< Kind::Write: one SET or ACTION
    std::vector<AttributeValue> read;  ///< Kind::Read: what to read and the values expected
    std::string setting;               ///< Kind::Write: the step's setting ("ct-ratio", ...)
    /// Kind::Reconnect: wait this long, then open the link again (attempt `attempt` of
    /// `attempts`, counted from 1); report reconnected() or reconnectFailed().
    std::chrono::milliseconds delay{0};
    std::size_t attempt = 0;
    std::size_t attempts = 0;
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
    /// The run was interrupted (interrupt() or abandon()).
    bool interrupted = false;
    /// abandon() ended it before it could finish.
    bool abandoned = false;
    /// Times the link was opened again.
    std::size_t reconnects = 0;
};

class WriteRun {
public:
    /// `common` fills the audit records (serial, user; time from `clock` at each record).
    explicit WriteRun(WritePlan plan, AuditRecord common = {},
                      std::function<std::chrono::sys_seconds()> clock = {},
                      WriteRunOptions options = {});

    /// The next request; Kind::Done once the outcome is known. Stable until a result is given.
    WriteRequest next() const;

    /// Results of the request next() gave. Calls that do not fit the request are ignored.
    void writeSucceeded();
    /// The outcome of the write is unknown (an answer that proves nothing): it may have
    /// happened. The link is still there.
    void writeFailed(std::string why);
    /// The meter refused the write, so it did not happen: a step refused at its first write
    /// is neither restored nor counted as attempted; the audit says "refused".
    void writeRefused(std::string why);
    /// `values` parallel to next().read; nullopt for an attribute that gave no value.
    void readDone(std::span<const std::optional<dlms::Data>> values);
    void readFailed(std::string why);
    /// The request (write or read) failed because the link is gone: a write's outcome is
    /// unknown; next() asks for the link again.
    void linkLost(std::string why);
    /// Results of a Reconnect request.
    void reconnected();
    void reconnectFailed(std::string why);
    /// Stop writing: no further forward write is sent, what was attempted is restored (call it
    /// between requests, not while one is on the wire). `why` becomes the outcome's failure
    /// when there is none yet.
    void interrupt(std::string why);
    /// End now (nothing more can be sent): the outcome says what the meter may hold. With
    /// `requestInFlight`, the write on the wire may have happened.
    void abandon(std::string why, bool requestInFlight = false);

    bool done() const { return m_phase == WritePhase::Done; }
    WritePhase phase() const { return m_phase; }
    const WriteOutcome& outcome() const { return m_outcome; }
    const WritePlan& plan() const { return m_plan; }
    /// What the meter holds of each step of plan().steps.
    const std::vector<StepState>& stepStates() const { return m_states; }
    /// Whether the run is waiting for the link (next() is Reconnect).
    bool needsLink() const { return m_needLink; }

    /// The writes and reads of the forward path done so far and in all, for a progress bar.
    std::size_t progressDone() const { return m_progress; }
    std::size_t progressTotal() const { return m_progressTotal; }

    /// "attempting" records for every write of the plan: written (and checked) before the first
    /// SET, so a run that is killed leaves its trace in the audit log.
    std::vector<AuditRecord> attemptRecords() const;
    /// The audit records produced since the last call.
    std::vector<AuditRecord> takeAudit();

private:
    void startPhase(WritePhase phase);
    void skipEmpty();
    void startRestore(std::size_t attempted);
    void failWrite(std::string why, bool refused);
    /// The current write's skipWhen, when it still has to be read.
    const AttributeValue* pendingCondition() const;
    bool isWritePhase() const;
    /// The current request is a write (a read otherwise), and the link is there.
    bool expectsWrite() const;
    bool expectsRead() const;
    /// The reversible steps read back as written: on to the permanent steps.
    void verifiedReversible();
    void advanceWrite();
    void audit(std::size_t from, std::size_t to, const std::string& result);
    void auditStep(std::size_t index, const std::string& result);
    void finishRestore();
    /// The link cannot be had again: end with what is known.
    void giveUp(const std::string& why);
    void markWritten(std::size_t index, StepState state);

    WritePlan m_plan;
    AuditRecord m_common;
    std::function<std::chrono::sys_seconds()> m_clock;
    WriteRunOptions m_options;
    WritePhase m_phase = WritePhase::Writing;
    std::vector<PlannedStep> m_steps;          ///< the steps of the current write phase
    std::vector<std::size_t> m_restoreOf;      ///< Restoring: plan index of each of m_steps
    std::size_t m_step = 0;                    ///< index in m_steps
    std::size_t m_write = 0;                   ///< index in m_steps[m_step].writes
    std::size_t m_offset = 0;                  ///< index of m_steps[0] in the plan (forward phases)
    std::size_t m_attempted = 0;               ///< steps attempted before the restore
    std::optional<std::size_t> m_refusedStep;  ///< a step refused outright, not attempted
    bool m_conditionRead = false;  ///< the current write's skipWhen has been read (and fails)
    std::vector<AttributeValue> m_expected;
    /// VerifyingRestore: m_expected from here on checks the refused step's old values.
    std::size_t m_refusedCheckFrom = 0;
    std::vector<StepState> m_states;
    WriteOutcome m_outcome;
    std::vector<AuditRecord> m_audit;
    std::size_t m_progress = 0;
    std::size_t m_progressTotal = 0;
    bool m_needLink = false;
    std::size_t m_reconnectAttempt = 0;  ///< attempts since the link was lost
    std::size_t m_tries = 0;             ///< unknown outcomes of the current restore request
    bool m_interrupted = false;
};

/// The last value each SET of `steps` writes: what the meter must hold afterwards.
std::vector<AttributeValue> finalValues(const std::vector<PlannedStep>& steps);

}  // namespace omt::meter
