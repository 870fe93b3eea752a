#include "meter/write_run.h"

#include <algorithm>
#include <utility>

namespace omt::meter {

const char* nameOf(WritePhase phase) {
    switch (phase) {
        case WritePhase::Writing:
            return "writing";
        case WritePhase::Verifying:
            return "verifying";
        case WritePhase::WritingPermanent:
            return "writing-permanent";
        case WritePhase::VerifyingPermanent:
            return "verifying-permanent";
        case WritePhase::Restoring:
            return "restoring";
        case WritePhase::VerifyingRestore:
            return "verifying-restore";
        case WritePhase::Done:
            return "done";
    }
    return "unknown";
}

const char* nameOf(WriteResult result) {
    switch (result) {
        case WriteResult::Verified:
            return "verified";
        case WriteResult::Restored:
            return "restored";
        case WriteResult::NotRestored:
            return "not-restored";
        case WriteResult::NotVerified:
            return "not-verified";
    }
    return "unknown";
}

const char* nameOf(StepState state) {
    switch (state) {
        case StepState::Untouched:
            return "untouched";
        case StepState::Refused:
            return "refused";
        case StepState::Written:
            return "written";
        case StepState::Unknown:
            return "unknown";
        case StepState::Verified:
            return "verified";
        case StepState::Restored:
            return "restored";
        case StepState::NotRestored:
            return "not-restored";
    }
    return "unknown";
}

bool holdsOldValue(StepState state) {
    return state == StepState::Untouched || state == StepState::Refused ||
           state == StepState::Restored;
}

std::vector<AttributeValue> finalValues(const std::vector<PlannedStep>& steps) {
    std::vector<AttributeValue> out;
    for (const auto& s : steps) {
        for (const auto& w : s.writes) {
            if (const auto* set = std::get_if<AttributeValue>(&w)) {
                auto it = std::find_if(out.begin(), out.end(), [&](const AttributeValue& v) {
                    return v.classId == set->classId && v.obis == set->obis &&
                           v.attribute == set->attribute;
                });
                if (it != out.end()) {
                    *it = *set;
                } else {
                    out.push_back(*set);
                }
            }
        }
    }
    return out;
}

WriteRun::WriteRun(WritePlan plan, AuditRecord common,
                   std::function<std::chrono::sys_seconds()> clock, WriteRunOptions options)
    : m_plan(std::move(plan)),
      m_common(std::move(common)),
      m_clock(std::move(clock)),
      m_options(std::move(options)) {
    if (!m_clock) {
        m_clock = [] {
            return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        };
    }
    if (m_options.reconnectDelays.empty()) {
        m_options.reconnectDelays.push_back(std::chrono::milliseconds{0});
    }
    m_options.restoreAttempts = std::max<std::size_t>(1, m_options.restoreAttempts);
    m_states.assign(m_plan.steps.size(), StepState::Untouched);
    for (const auto& s : m_plan.steps) {
        m_progressTotal += s.writes.size();
    }
    m_progressTotal += m_plan.verify.empty() ? 0 : 1;
    m_progressTotal += m_plan.verifyPermanent.empty() ? 0 : 1;
    startPhase(WritePhase::Writing);
}

WriteRequest WriteRun::next() const {
    WriteRequest r;
    r.phase = m_phase;
    if (m_phase == WritePhase::Done) {
        r.kind = WriteRequest::Kind::Done;
        return r;
    }
    if (m_needLink) {
        const auto& delays = m_options.reconnectDelays;
        r.kind = WriteRequest::Kind::Reconnect;
        r.delay = delays[std::min(m_reconnectAttempt, delays.size() - 1)];
        r.attempt = m_reconnectAttempt + 1;
        r.attempts = delays.size();
        if (m_phase == WritePhase::Writing || m_phase == WritePhase::WritingPermanent ||
            m_phase == WritePhase::Restoring) {
            r.setting = m_steps[m_step].setting;
        }
        return r;
    }
    switch (m_phase) {
        case WritePhase::Writing:
        case WritePhase::WritingPermanent:
        case WritePhase::Restoring:
            r.setting = m_steps[m_step].setting;
            if (const AttributeValue* condition = pendingCondition()) {
                r.kind = WriteRequest::Kind::Read;
                r.read = {*condition};
                break;
            }
            r.kind = WriteRequest::Kind::Write;
            r.write = m_steps[m_step].writes[m_write];
            break;
        case WritePhase::Verifying:
        case WritePhase::VerifyingPermanent:
        case WritePhase::VerifyingRestore:
            r.kind = WriteRequest::Kind::Read;
            r.read = m_expected;
            break;
        case WritePhase::Done:
            break;
    }
    return r;
}

void WriteRun::startPhase(WritePhase phase) {
    m_phase = phase;
    m_conditionRead = false;
    m_step = 0;
    m_write = 0;
    m_tries = 0;
    const std::size_t reversible = m_plan.reversibleCount();
    switch (phase) {
        case WritePhase::Writing:
            m_offset = 0;
            m_steps.assign(m_plan.steps.begin(), m_plan.steps.begin() + std::ptrdiff_t(reversible));
            skipEmpty();
            break;
        case WritePhase::WritingPermanent:
            m_offset = reversible;
            m_steps.assign(m_plan.steps.begin() + std::ptrdiff_t(reversible), m_plan.steps.end());
            skipEmpty();
            break;
        case WritePhase::Restoring:
            m_offset = 0;
            m_steps = m_plan.restoreFor(m_attempted);
            // The plan index each restore step undoes (restoreFor's order: newest first).
            m_restoreOf.clear();
            for (std::size_t i = m_attempted; i-- > 0;) {
                if (!m_plan.steps[i].permanent && i < m_plan.undo.size() &&
                    !m_plan.undo[i].writes.empty()) {
                    m_restoreOf.push_back(i);
                } else if (!m_plan.steps[i].permanent) {
                    // Nothing to write back: the run cannot vouch for it.
                    m_states[i] = StepState::NotRestored;
                }
            }
            for (const auto& s : m_steps) {
                m_outcome.restoredSettings.push_back(s.setting);
            }
            skipEmpty();
            break;
        case WritePhase::Verifying:
            m_expected = m_plan.verify;
            if (m_expected.empty()) {
                verifiedReversible();
            }
            break;
        case WritePhase::VerifyingPermanent:
            m_expected = m_plan.verifyPermanent;
            if (m_expected.empty()) {
                for (std::size_t i = reversible; i < m_plan.steps.size(); ++i) {
                    m_states[i] = StepState::Verified;
                }
                audit(reversible, m_plan.steps.size(), "verified");
                m_phase = WritePhase::Done;
            }
            break;
        case WritePhase::VerifyingRestore:
            m_expected = finalValues(m_steps);
            // A step the meter refused outright is read too: its refusal is trusted only once
            // the meter shows the old value.
            m_refusedCheckFrom = m_expected.size();
            if (m_refusedStep && *m_refusedStep < m_plan.undo.size()) {
                for (const auto& old : finalValues({m_plan.undo[*m_refusedStep]})) {
                    if (std::none_of(m_expected.begin(), m_expected.end(),
                                     [&](const AttributeValue& e) {
                                         return e.classId == old.classId && e.obis == old.obis &&
                                                e.attribute == old.attribute;
                                     })) {
                        m_expected.push_back(old);
                    }
                }
            }
            if (m_expected.empty()) {
                finishRestore();
            }
            break;
        case WritePhase::Done:
            break;
    }
}

void WriteRun::verifiedReversible() {
    const std::size_t reversible = m_plan.reversibleCount();
    for (std::size_t i = 0; i < reversible; ++i) {
        m_states[i] = StepState::Verified;
    }
    audit(0, reversible, "verified");
    if (m_interrupted && reversible < m_plan.steps.size()) {
        // Interrupted before the permanent step: it is not written, the rest goes back.
        startRestore(reversible);
        return;
    }
    startPhase(WritePhase::WritingPermanent);
}

void WriteRun::skipEmpty() {
    while (m_step < m_steps.size() && m_write >= m_steps[m_step].writes.size()) {
        ++m_step;
        m_write = 0;
    }
    if (m_step < m_steps.size()) {
        return;
    }
    switch (m_phase) {
        case WritePhase::Writing:
            startPhase(WritePhase::Verifying);
            break;
        case WritePhase::WritingPermanent:
            startPhase(WritePhase::VerifyingPermanent);
            break;
        case WritePhase::Restoring:
            startPhase(WritePhase::VerifyingRestore);
            break;
        default:
            break;
    }
}

const AttributeValue* WriteRun::pendingCondition() const {
    if (m_conditionRead || m_step >= m_steps.size()) {
        return nullptr;
    }
    const auto* call = std::get_if<MethodCall>(&m_steps[m_step].writes[m_write]);
    return call != nullptr && call->skipWhen ? &*call->skipWhen : nullptr;
}

bool WriteRun::isWritePhase() const {
    return m_phase == WritePhase::Writing || m_phase == WritePhase::WritingPermanent ||
           m_phase == WritePhase::Restoring;
}

bool WriteRun::expectsWrite() const {
    return !m_needLink && isWritePhase() && pendingCondition() == nullptr;
}

bool WriteRun::expectsRead() const {
    return !m_needLink && m_phase != WritePhase::Done && !expectsWrite();
}

void WriteRun::markWritten(std::size_t index, StepState state) {
    if (index >= m_states.size()) {
        return;
    }
    auto& s = m_states[index];
    if (state == StepState::Unknown || s == StepState::Untouched) {
        s = state;
    }
}

void WriteRun::writeSucceeded() {
    if (!expectsWrite()) {
        return;
    }
    if (m_phase != WritePhase::Restoring) {
        markWritten(m_offset + m_step, StepState::Written);
    }
    advanceWrite();
}

void WriteRun::advanceWrite() {
    if (m_phase != WritePhase::Restoring) {
        ++m_progress;
    }
    m_conditionRead = false;
    m_tries = 0;
    ++m_write;
    skipEmpty();
}

void WriteRun::writeFailed(std::string why) {
    failWrite(std::move(why), false);
}

void WriteRun::writeRefused(std::string why) {
    failWrite(std::move(why), true);
}

void WriteRun::failWrite(std::string why, bool refused) {
    if (!expectsWrite()) {
        return;
    }
    m_conditionRead = false;
    // A refusal of a step's first write leaves the step untouched.
    const bool untouched = refused && m_write == 0;
    const std::size_t index = m_offset + m_step;
    switch (m_phase) {
        case WritePhase::Writing:
            m_outcome.failedSetting = m_steps[m_step].setting;
            m_outcome.failure = std::move(why);
            if (untouched) {
                m_refusedStep = index;
                m_states[index] = StepState::Refused;
            } else if (!refused) {
                markWritten(index, StepState::Unknown);
            }
            startRestore(index + (untouched ? 0 : 1));
            break;
        case WritePhase::WritingPermanent:
            m_states[index] = untouched ? StepState::Refused : StepState::Unknown;
            audit(index, index + 1, refused ? "refused" : "failed");
            m_outcome.failedSetting = m_steps[m_step].setting;
            m_outcome.failure = std::move(why);
            startRestore(m_plan.reversibleCount());
            break;
        case WritePhase::Restoring:
            // A write the meter refused will not take on a second try; one whose outcome is
            // unknown is sent again (SETs are idempotent), a few times at most. Every restore
            // step is tried, even after one is given up.
            if (!refused && ++m_tries < m_options.restoreAttempts) {
                return;
            }
            m_outcome.restoreFailures.push_back(m_steps[m_step].setting + ": " + why);
            m_states[m_restoreOf[m_step]] = StepState::NotRestored;
            m_tries = 0;
            m_write = m_steps[m_step].writes.size();
            skipEmpty();
            break;
        default:
            break;
    }
}

void WriteRun::readDone(std::span<const std::optional<dlms::Data>> values) {
    if (!expectsRead()) {
        return;
    }
    if (isWritePhase()) {
        const AttributeValue* condition = pendingCondition();
        if (!values.empty() && values[0] && *values[0] == condition->value) {
            advanceWrite();  // already there: the ACTION is not needed
        } else {
            m_conditionRead = true;
        }
        return;
    }
    std::vector<std::string> mismatched;
    std::vector<std::size_t> mismatchedAt;
    for (std::size_t i = 0; i < m_expected.size(); ++i) {
        const auto& e = m_expected[i];
        if (i >= values.size() || !values[i] || !(*values[i] == e.value)) {
            mismatched.push_back(addressText(e.classId, e.obis, e.attribute));
            mismatchedAt.push_back(i);
        }
    }
    const std::size_t reversible = m_plan.reversibleCount();
    switch (m_phase) {
        case WritePhase::Verifying:
            if (!mismatched.empty()) {
                m_outcome.mismatched = std::move(mismatched);
                startRestore(reversible);
                return;
            }
            ++m_progress;
            verifiedReversible();
            break;
        case WritePhase::VerifyingPermanent:
            if (!mismatched.empty()) {
                m_outcome.result = WriteResult::NotVerified;
                m_outcome.mismatched = std::move(mismatched);
                for (std::size_t i = reversible; i < m_plan.steps.size(); ++i) {
                    m_states[i] = StepState::Unknown;
                }
                audit(reversible, m_plan.steps.size(), "written, not verified");
            } else {
                ++m_progress;
                for (std::size_t i = reversible; i < m_plan.steps.size(); ++i) {
                    m_states[i] = StepState::Verified;
                }
                audit(reversible, m_plan.steps.size(), "verified");
            }
            m_phase = WritePhase::Done;
            break;
        case WritePhase::VerifyingRestore: {
            // Each value that does not hold its old value belongs to the restore step that
            // wrote it last; the others are back, even those whose restore write was given up
            // (the meter shows the old value, which is what counts).
            std::vector<bool> failed(m_steps.size(), false);
            bool refusedHolds = true;
            for (const std::size_t at : mismatchedAt) {
                if (at >= m_refusedCheckFrom) {
                    refusedHolds = false;
                    continue;
                }
                const auto& e = m_expected[at];
                for (std::size_t j = m_steps.size(); j-- > 0;) {
                    const auto& writes = m_steps[j].writes;
                    if (std::any_of(writes.begin(), writes.end(), [&](const WriteStep& w) {
                            const auto* set = std::get_if<AttributeValue>(&w);
                            return set != nullptr && set->classId == e.classId &&
                                   set->obis == e.obis && set->attribute == e.attribute;
                        })) {
                        failed[j] = true;
                        break;
                    }
                }
            }
            for (std::size_t j = 0; j < m_steps.size(); ++j) {
                const auto& writes = m_steps[j].writes;
                const bool readable = std::any_of(
                    writes.begin(), writes.end(),
                    [](const WriteStep& w) { return std::holds_alternative<AttributeValue>(w); });
                auto& state = m_states[m_restoreOf[j]];
                if (failed[j]) {
                    state = StepState::NotRestored;
                } else if (readable || state != StepState::NotRestored) {
                    state = StepState::Restored;
                }
            }
            if (!refusedHolds) {
                m_states[*m_refusedStep] = StepState::NotRestored;
            }
            for (const auto& m : mismatched) {
                m_outcome.restoreFailures.push_back(m + " does not hold its old value");
            }
            finishRestore();
            break;
        }
        default:
            break;
    }
}

void WriteRun::readFailed(std::string why) {
    if (!expectsRead()) {
        return;
    }
    if (isWritePhase()) {
        m_conditionRead = true;  // not known: the ACTION is sent (and fails if the link did)
        return;
    }
    switch (m_phase) {
        case WritePhase::Verifying:
            m_outcome.failure = std::move(why);
            startRestore(m_plan.reversibleCount());
            break;
        case WritePhase::VerifyingPermanent:
            m_outcome.result = WriteResult::NotVerified;
            m_outcome.failure = std::move(why);
            for (std::size_t i = m_plan.reversibleCount(); i < m_plan.steps.size(); ++i) {
                m_states[i] = StepState::Unknown;
            }
            audit(m_plan.reversibleCount(), m_plan.steps.size(), "written, not verified");
            m_phase = WritePhase::Done;
            break;
        case WritePhase::VerifyingRestore:
            // Reading changes nothing: read again, a few times.
            if (++m_tries < m_options.restoreAttempts) {
                return;
            }
            m_outcome.restoreFailures.push_back(std::move(why));
            for (const std::size_t i : m_restoreOf) {
                m_states[i] = StepState::NotRestored;
            }
            finishRestore();
            break;
        default:
            break;
    }
}

void WriteRun::linkLost(std::string why) {
    if (m_needLink || m_phase == WritePhase::Done) {
        return;
    }
    if (m_outcome.reconnects >= m_options.maxReconnects) {
        // The line keeps failing: a write lost here counts as unknown, then the run ends.
        if (expectsWrite() && m_phase != WritePhase::Restoring) {
            failWrite(why, false);
        }
        if (m_phase != WritePhase::Done) {
            giveUp("the link was lost " + std::to_string(m_outcome.reconnects + 1) +
                   " times: " + why);
        }
        return;
    }
    if (expectsWrite()) {
        switch (m_phase) {
            case WritePhase::Writing:
            case WritePhase::WritingPermanent:
                failWrite(std::move(why), false);  // it may have happened: restore
                break;
            case WritePhase::Restoring:
                m_conditionRead = false;  // sent again on the new link
                break;
            default:
                break;
        }
    } else {
        m_conditionRead = false;  // a read: read again on the new link
    }
    m_needLink = m_phase != WritePhase::Done;
    m_reconnectAttempt = 0;
}

void WriteRun::reconnected() {
    if (!m_needLink) {
        return;
    }
    m_needLink = false;
    m_reconnectAttempt = 0;
    ++m_outcome.reconnects;
}

void WriteRun::reconnectFailed(std::string why) {
    if (!m_needLink) {
        return;
    }
    if (++m_reconnectAttempt < m_options.reconnectDelays.size()) {
        return;
    }
    giveUp("the link could not be opened again (" + std::to_string(m_reconnectAttempt) +
           " attempts): " + why);
}

void WriteRun::giveUp(const std::string& why) {
    m_needLink = false;
    const std::size_t reversible = m_plan.reversibleCount();
    switch (m_phase) {
        case WritePhase::Writing:
            // A condition read was lost: the current step was not sent.
            if (m_outcome.failure.empty()) {
                m_outcome.failure = why;
            }
            m_attempted = m_offset + m_step;
            m_restoreOf.clear();
            for (std::size_t i = 0; i < m_attempted; ++i) {
                m_states[i] = StepState::NotRestored;
            }
            if (m_attempted > 0) {
                m_outcome.restoreFailures.push_back(why);
            }
            finishRestore();
            break;
        case WritePhase::Verifying:
            // Everything was written; nothing could be read back or restored.
            if (m_outcome.failure.empty()) {
                m_outcome.failure = why;
            }
            audit(0, reversible, "written, not verified");
            m_outcome.result = WriteResult::NotRestored;
            m_phase = WritePhase::Done;
            break;
        case WritePhase::WritingPermanent:
        case WritePhase::VerifyingPermanent:
            if (m_outcome.failure.empty()) {
                m_outcome.failure = why;
            }
            for (std::size_t i = reversible; i < m_plan.steps.size(); ++i) {
                m_states[i] = StepState::Unknown;
            }
            audit(reversible, m_plan.steps.size(), "written, not verified");
            m_outcome.result = WriteResult::NotVerified;
            m_phase = WritePhase::Done;
            break;
        case WritePhase::Restoring:
            for (std::size_t j = m_step; j < m_steps.size(); ++j) {
                m_states[m_restoreOf[j]] = StepState::NotRestored;
            }
            [[fallthrough]];
        case WritePhase::VerifyingRestore:
            for (const std::size_t i : m_restoreOf) {
                if (m_states[i] != StepState::NotRestored) {
                    m_states[i] = StepState::NotRestored;  // written back, never read back
                }
            }
            m_outcome.restoreFailures.push_back(why);
            finishRestore();
            break;
        case WritePhase::Done:
            break;
    }
}

void WriteRun::interrupt(std::string why) {
    if (m_phase == WritePhase::Done) {
        return;
    }
    m_interrupted = true;
    m_outcome.interrupted = true;
    if (m_outcome.failure.empty()) {
        m_outcome.failure = std::move(why);
    }
    if (m_needLink) {
        return;  // the restore it is already heading for goes on once the link is back
    }
    switch (m_phase) {
        case WritePhase::Writing:
            // The current step counts as attempted once one of its writes was sent.
            startRestore(m_offset + m_step + (m_write > 0 ? 1 : 0));
            break;
        case WritePhase::WritingPermanent:
            if (m_write == 0) {
                startRestore(m_plan.reversibleCount());
            }
            break;
        default:
            break;  // verifying: it finishes (and restores instead of the permanent step)
    }
}

void WriteRun::abandon(std::string why, bool requestInFlight) {
    if (m_phase == WritePhase::Done) {
        return;
    }
    m_outcome.interrupted = true;
    m_outcome.abandoned = true;
    if (m_outcome.failure.empty()) {
        m_outcome.failure = why;
    }
    if (requestInFlight && expectsWrite() && m_phase != WritePhase::Restoring) {
        markWritten(m_offset + m_step, StepState::Unknown);
    }
    // Whatever was written and not verified or restored may be on the meter.
    bool anything = false;
    for (auto& state : m_states) {
        const bool restoring =
            m_phase == WritePhase::Restoring || m_phase == WritePhase::VerifyingRestore;
        if (state == StepState::Written || state == StepState::Unknown ||
            (restoring && state == StepState::Verified)) {
            state = StepState::NotRestored;
        }
        anything = anything || state == StepState::NotRestored;
    }
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        if (m_states[i] == StepState::NotRestored) {
            auditStep(i, "failed, NOT restored");
        } else if (m_states[i] == StepState::Restored) {
            auditStep(i, "failed, restored");
        }
    }
    if (anything) {
        m_outcome.restoreFailures.push_back(why);
        m_outcome.result = WriteResult::NotRestored;
    } else {
        const bool all = std::all_of(m_states.begin(), m_states.end(),
                                     [](StepState s) { return s == StepState::Verified; });
        m_outcome.result = all ? WriteResult::Verified : WriteResult::Restored;
    }
    m_needLink = false;
    m_phase = WritePhase::Done;
}

void WriteRun::startRestore(std::size_t attempted) {
    m_attempted = std::min(attempted, m_plan.steps.size());
    startPhase(WritePhase::Restoring);
}

void WriteRun::finishRestore() {
    bool restored = true;
    for (std::size_t i = 0; i < m_attempted; ++i) {
        const bool back = m_states[i] == StepState::Restored;
        restored = restored && back;
        auditStep(i, back ? "failed, restored" : "failed, NOT restored");
    }
    if (m_refusedStep) {
        const bool holds = m_states[*m_refusedStep] == StepState::Refused;
        restored = restored && holds;
        auditStep(*m_refusedStep, holds ? "refused" : "refused, but NOT as before");
    }
    m_outcome.result = restored ? WriteResult::Restored : WriteResult::NotRestored;
    m_needLink = false;
    m_phase = WritePhase::Done;
}

void WriteRun::audit(std::size_t from, std::size_t to, const std::string& result) {
    to = std::min(to, m_plan.steps.size());
    if (from >= to) {
        return;
    }
    std::vector<PlannedStep> part(m_plan.steps.begin() + std::ptrdiff_t(from),
                                  m_plan.steps.begin() + std::ptrdiff_t(to));
    AuditRecord common = m_common;
    common.time = m_clock();
    common.result = result;
    for (auto& r : auditRecords(part, m_plan.backup, common)) {
        m_audit.push_back(std::move(r));
    }
}

void WriteRun::auditStep(std::size_t index, const std::string& result) {
    audit(index, index + 1, result);
}

std::vector<AuditRecord> WriteRun::attemptRecords() const {
    AuditRecord common = m_common;
    common.time = m_clock();
    common.result = "attempting";
    return auditRecords(m_plan.steps, m_plan.backup, common);
}

std::vector<AuditRecord> WriteRun::takeAudit() {
    return std::exchange(m_audit, {});
}

}  // namespace omt::meter
