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
                   std::function<std::chrono::sys_seconds()> clock)
    : m_plan(std::move(plan)), m_common(std::move(common)), m_clock(std::move(clock)) {
    if (!m_clock) {
        m_clock = [] {
            return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        };
    }
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
            r.kind = WriteRequest::Kind::Done;
            break;
    }
    return r;
}

void WriteRun::startPhase(WritePhase phase) {
    m_phase = phase;
    m_conditionRead = false;
    m_step = 0;
    m_write = 0;
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
            for (const auto& s : m_steps) {
                m_outcome.restoredSettings.push_back(s.setting);
            }
            skipEmpty();
            break;
        case WritePhase::Verifying:
            m_expected = m_plan.verify;
            if (m_expected.empty()) {
                audit(0, reversible, "verified");
                startPhase(WritePhase::WritingPermanent);
            }
            break;
        case WritePhase::VerifyingPermanent:
            m_expected = m_plan.verifyPermanent;
            if (m_expected.empty()) {
                audit(reversible, m_plan.steps.size(), "verified");
                m_phase = WritePhase::Done;
            }
            break;
        case WritePhase::VerifyingRestore:
            m_expected = finalValues(m_steps);
            if (m_expected.empty()) {
                finishRestore();
            }
            break;
        case WritePhase::Done:
            break;
    }
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
    if (m_conditionRead) {
        return nullptr;
    }
    const auto* call = std::get_if<MethodCall>(&m_steps[m_step].writes[m_write]);
    return call != nullptr && call->skipWhen ? &*call->skipWhen : nullptr;
}

void WriteRun::writeSucceeded() {
    if (m_phase != WritePhase::Writing && m_phase != WritePhase::WritingPermanent &&
        m_phase != WritePhase::Restoring) {
        return;
    }
    if (pendingCondition() != nullptr) {
        return;  // a read is expected
    }
    advanceWrite();
}

void WriteRun::advanceWrite() {
    if (m_phase != WritePhase::Restoring) {
        ++m_progress;
    }
    m_conditionRead = false;
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
    if ((m_phase == WritePhase::Writing || m_phase == WritePhase::WritingPermanent ||
         m_phase == WritePhase::Restoring) &&
        pendingCondition() != nullptr) {
        return;  // a read is expected
    }
    m_conditionRead = false;
    // A refusal of a step's first write leaves the step untouched.
    const bool untouched = refused && m_write == 0;
    switch (m_phase) {
        case WritePhase::Writing:
            m_outcome.failedSetting = m_steps[m_step].setting;
            m_outcome.failure = std::move(why);
            if (untouched) {
                m_refusedStep = m_offset + m_step;
            }
            startRestore(m_offset + m_step + (untouched ? 0 : 1));
            break;
        case WritePhase::WritingPermanent:
            audit(m_offset + m_step, m_offset + m_step + 1, refused ? "refused" : "failed");
            m_outcome.failedSetting = m_steps[m_step].setting;
            m_outcome.failure = std::move(why);
            startRestore(m_plan.reversibleCount());
            break;
        case WritePhase::Restoring:
            // Every restore step is tried, even after one fails; this one is abandoned.
            m_outcome.restoreFailures.push_back(m_steps[m_step].setting + ": " + why);
            m_write = m_steps[m_step].writes.size();
            skipEmpty();
            break;
        default:
            break;
    }
}

void WriteRun::readDone(std::span<const std::optional<dlms::Data>> values) {
    if (m_phase == WritePhase::Writing || m_phase == WritePhase::WritingPermanent ||
        m_phase == WritePhase::Restoring) {
        const AttributeValue* condition = pendingCondition();
        if (condition == nullptr) {
            return;  // a write is expected
        }
        if (!values.empty() && values[0] && *values[0] == condition->value) {
            advanceWrite();  // already there: the ACTION is not needed
        } else {
            m_conditionRead = true;
        }
        return;
    }
    if (m_phase != WritePhase::Verifying && m_phase != WritePhase::VerifyingPermanent &&
        m_phase != WritePhase::VerifyingRestore) {
        return;
    }
    std::vector<std::string> mismatched;
    for (std::size_t i = 0; i < m_expected.size(); ++i) {
        const auto& e = m_expected[i];
        if (i >= values.size() || !values[i] || !(*values[i] == e.value)) {
            mismatched.push_back(addressText(e.classId, e.obis, e.attribute));
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
            audit(0, reversible, "verified");
            startPhase(WritePhase::WritingPermanent);
            break;
        case WritePhase::VerifyingPermanent:
            if (!mismatched.empty()) {
                m_outcome.result = WriteResult::NotVerified;
                m_outcome.mismatched = std::move(mismatched);
                audit(reversible, m_plan.steps.size(), "written, not verified");
            } else {
                ++m_progress;
                audit(reversible, m_plan.steps.size(), "verified");
            }
            m_phase = WritePhase::Done;
            break;
        case WritePhase::VerifyingRestore:
            for (const auto& m : mismatched) {
                m_outcome.restoreFailures.push_back(m + " does not hold its old value");
            }
            finishRestore();
            break;
        default:
            break;
    }
}

void WriteRun::readFailed(std::string why) {
    if ((m_phase == WritePhase::Writing || m_phase == WritePhase::WritingPermanent ||
         m_phase == WritePhase::Restoring) &&
        pendingCondition() != nullptr) {
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
            audit(m_plan.reversibleCount(), m_plan.steps.size(), "written, not verified");
            m_phase = WritePhase::Done;
            break;
        case WritePhase::VerifyingRestore:
            m_outcome.restoreFailures.push_back(std::move(why));
            finishRestore();
            break;
        default:
            break;
    }
}

void WriteRun::startRestore(std::size_t attempted) {
    m_attempted = std::min(attempted, m_plan.steps.size());
    startPhase(WritePhase::Restoring);
}

void WriteRun::finishRestore() {
    const bool restored = m_outcome.restoreFailures.empty();
    audit(0, m_attempted, restored ? "failed, restored" : "failed, NOT restored");
    if (m_refusedStep) {
        audit(*m_refusedStep, *m_refusedStep + 1, "refused");
    }
    m_outcome.result = restored ? WriteResult::Restored : WriteResult::NotRestored;
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

std::vector<AuditRecord> WriteRun::takeAudit() {
    return std::exchange(m_audit, {});
}

}  // namespace omt::meter
