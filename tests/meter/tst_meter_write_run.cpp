// The write sequence as a state machine (core/meter/write_run.h): what is written, read back and
// restored in which order, what the audit log says, and how each failure ends.

#include <QTest>

#include "meter/write_run.h"

using namespace omt;
using namespace omt::meter;
using cosem::ObisCode;
using dlms::Data;

namespace {

const ObisCode kRatio{1, 0, 0, 4, 2, 255};
const ObisCode kZ{0, 0, 96, 1, 128, 255};
const ObisCode kList{0, 0, 21, 0, 1, 255};
const ObisCode kLock{1, 0, 0, 4, 128, 255};

AttributeValue value(std::uint16_t classId, ObisCode obis, std::uint64_t v) {
    return {classId, obis, 2, Data::longUnsigned(std::uint16_t(v))};
}

PlannedStep step(std::string setting, std::vector<WriteStep> writes, bool permanent = false) {
    PlannedStep s;
    s.setting = std::move(setting);
    s.writes = std::move(writes);
    s.permanent = permanent;
    return s;
}

/// ct-ratio 200 -> 300, Z codes 1 -> 2, display list 5 -> 6 (old values in the backup and the
/// undo steps), optionally the CT lock false -> true.
WritePlan plan(bool withLock = false) {
    WritePlan p;
    p.steps = {step("ct-ratio", {value(3, kRatio, 300)}),
               step("software-configuration", {value(1, kZ, 2)}),
               step("display-list automatic", {value(7, kList, 6)})};
    p.undo = {step("ct-ratio", {value(3, kRatio, 200)}),
              step("software-configuration", {value(1, kZ, 1)}),
              step("display-list automatic", {value(7, kList, 5)})};
    p.verify = {value(3, kRatio, 300), value(1, kZ, 2), value(7, kList, 6)};
    p.backup = {value(3, kRatio, 200), value(1, kZ, 1), value(7, kList, 5)};
    if (withLock) {
        p.steps.push_back(
            step("ct-lock", {AttributeValue{1, kLock, 2, Data::boolean(true)}}, true));
        p.undo.push_back(step("ct-lock", {}));
        p.verifyPermanent = {AttributeValue{1, kLock, 2, Data::boolean(true)}};
        p.backup.push_back(AttributeValue{1, kLock, 2, Data::boolean(false)});
    }
    return p;
}

AuditRecord common() {
    AuditRecord r;
    r.meterSerial = "71234567";
    r.user = "lab";
    return r;
}

std::chrono::sys_seconds fixedTime() {
    return std::chrono::sys_seconds{std::chrono::seconds{1795000000}};
}

/// The value a SET writes ("" for an ACTION) as "OBIS=N".
std::string written(const WriteRequest& r) {
    const auto* set = std::get_if<AttributeValue>(&r.write);
    if (set == nullptr) {
        return "action";
    }
    const auto* v = set->value.as<std::uint64_t>();
    return set->obis.toString() + "=" + (v ? std::to_string(*v) : std::string("?"));
}

/// The values a read request expects, as a meter holding them would answer.
std::vector<std::optional<Data>> answer(const WriteRequest& r) {
    std::vector<std::optional<Data>> out;
    for (const auto& v : r.read) {
        out.emplace_back(v.value);
    }
    return out;
}

std::vector<std::string> resultsOf(const std::vector<AuditRecord>& records) {
    std::vector<std::string> out;
    for (const auto& r : records) {
        out.push_back(r.object + " -> " + r.result);
    }
    return out;
}

}  // namespace

class TestWriteRun : public QObject {
    Q_OBJECT

private slots:
    void everythingWrittenAndVerified() {
        WriteRun run(plan(), common(), fixedTime);
        QCOMPARE(run.progressTotal(), std::size_t(4));  // 3 writes + 1 read-back
        std::vector<std::string> writes;
        while (run.next().kind == WriteRequest::Kind::Write) {
            QCOMPARE(run.next().phase, WritePhase::Writing);
            writes.push_back(written(run.next()));
            run.writeSucceeded();
        }
        QCOMPARE(writes, (std::vector<std::string>{"1.0.0.4.2.255=300", "0.0.96.1.128.255=2",
                                                   "0.0.21.0.1.255=6"}));
        QVERIFY(run.takeAudit().empty());  // nothing is "verified" before the read-back
        const auto read = run.next();
        QCOMPARE(read.kind, WriteRequest::Kind::Read);
        QCOMPARE(read.phase, WritePhase::Verifying);
        QCOMPARE(read.read.size(), std::size_t(3));
        run.readDone(answer(read));
        QVERIFY(run.done());
        QCOMPARE(run.outcome().result, WriteResult::Verified);
        QCOMPARE(run.progressDone(), run.progressTotal());
        const auto audit = run.takeAudit();
        QCOMPARE(resultsOf(audit), (std::vector<std::string>{
                                       "ct-ratio 3/1.0.0.4.2.255:2 -> verified",
                                       "software-configuration 1/0.0.96.1.128.255:2 -> verified",
                                       "display-list automatic 7/0.0.21.0.1.255:2 -> verified"}));
        QCOMPARE(audit[0].meterSerial, std::string("71234567"));
        QCOMPARE(audit[0].user, std::string("lab"));
        QCOMPARE(audit[0].time, fixedTime());
        QCOMPARE(audit[0].oldValue, std::string("long-unsigned 200"));
        QCOMPARE(audit[0].newValue, std::string("long-unsigned 300"));
        QVERIFY(run.takeAudit().empty());  // taken once
    }

    void aRefusedWriteRestoresTheAttemptedStepsNewestFirst() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();  // ct-ratio
        QCOMPARE(run.next().setting, std::string("software-configuration"));
        run.writeFailed("refused (other-reason)");
        // Restore: step 2 (may have half happened), then step 1; step 3 was never attempted.
        std::vector<std::string> writes;
        while (run.next().kind == WriteRequest::Kind::Write) {
            QCOMPARE(run.next().phase, WritePhase::Restoring);
            writes.push_back(written(run.next()));
            run.writeSucceeded();
        }
        QCOMPARE(writes, (std::vector<std::string>{"0.0.96.1.128.255=1", "1.0.0.4.2.255=200"}));
        const auto read = run.next();
        QCOMPARE(read.phase, WritePhase::VerifyingRestore);
        QCOMPARE(read.read.size(), std::size_t(2));
        run.readDone(answer(read));
        QVERIFY(run.done());
        const auto& o = run.outcome();
        QCOMPARE(o.result, WriteResult::Restored);
        QCOMPARE(o.failedSetting, std::string("software-configuration"));
        QCOMPARE(o.failure, std::string("refused (other-reason)"));
        QCOMPARE(o.restoredSettings,
                 (std::vector<std::string>{"software-configuration", "ct-ratio"}));
        QVERIFY(o.restoreFailures.empty());
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{
                     "ct-ratio 3/1.0.0.4.2.255:2 -> failed, restored",
                     "software-configuration 1/0.0.96.1.128.255:2 -> failed, restored"}));
    }

    void aStepRefusedAtItsFirstWriteIsNotRestored() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();  // ct-ratio
        run.writeRefused("refused (read-write-denied)");
        // Only the ratio is written back: the refused step never happened.
        QCOMPARE(run.next().phase, WritePhase::Restoring);
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.writeSucceeded();
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QCOMPARE(run.outcome().restoredSettings, (std::vector<std::string>{"ct-ratio"}));
        QCOMPARE(
            resultsOf(run.takeAudit()),
            (std::vector<std::string>{"ct-ratio 3/1.0.0.4.2.255:2 -> failed, restored",
                                      "software-configuration 1/0.0.96.1.128.255:2 -> refused"}));
        // Refused at the very first write: nothing to restore, but the refusal is checked:
        // the meter must still show the old value (issue 19, item 1).
        run = WriteRun(plan(), common(), fixedTime);
        run.writeRefused("refused");
        QCOMPARE(run.next().phase, WritePhase::VerifyingRestore);
        QCOMPARE(run.next().read, (std::vector<AttributeValue>{value(3, kRatio, 200)}));
        run.readDone(answer(run.next()));
        QVERIFY(run.done());
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QVERIFY(run.outcome().restoredSettings.empty());
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{"ct-ratio 3/1.0.0.4.2.255:2 -> refused"}));
        // A "refusal" while the meter holds the new value: never reported as before.
        run = WriteRun(plan(), common(), fixedTime);
        run.writeRefused("refused");
        std::vector<std::optional<Data>> changed{Data::longUnsigned(300)};
        run.readDone(changed);
        QCOMPARE(run.outcome().result, WriteResult::NotRestored);
        QCOMPARE(run.stepStates().front(), StepState::NotRestored);
        QCOMPARE(
            resultsOf(run.takeAudit()),
            (std::vector<std::string>{"ct-ratio 3/1.0.0.4.2.255:2 -> refused, but NOT as before"}));
    }

    void aRefusalInsideAStepRestoresThatStep() {
        WritePlan p = plan();
        p.steps[0].writes.push_back(value(3, kRatio, 301));  // a step of two SETs
        WriteRun run(p, common(), fixedTime);
        run.writeSucceeded();
        run.writeRefused("refused");  // the second SET of step 1: its first one happened
        QCOMPARE(run.next().phase, WritePhase::Restoring);
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
    }

    void anActionIsSkippedWhenTheMeterIsAlreadyThere() {
        // The supply switch: disconnect in the plan, reconnect in its undo, each only when the
        // switch (control_state, read just before) is not already in the wanted state.
        const ObisCode sw{0, 0, 96, 3, 10, 255};
        const auto state = [&](std::uint8_t s) {
            return AttributeValue{70, sw, 3, Data::enumValue(s)};
        };
        WritePlan p;
        p.steps = {step("ct-ratio", {value(3, kRatio, 300)}),
                   step("load-control", {MethodCall{70, sw, 1, Data::integer(0), state(0)}}),
                   step("display-list automatic", {value(7, kList, 6)})};
        p.undo = {step("ct-ratio", {value(3, kRatio, 200)}),
                  step("load-control", {MethodCall{70, sw, 2, Data::integer(0), state(1)}}),
                  step("display-list automatic", {value(7, kList, 5)})};
        p.verify = {value(3, kRatio, 300), state(0), value(7, kList, 6)};
        p.backup = {value(3, kRatio, 200), state(1), value(7, kList, 5)};
        WriteRun run(p, common(), fixedTime);
        run.writeSucceeded();  // ratio
        auto r = run.next();
        QCOMPARE(r.kind, WriteRequest::Kind::Read);  // the switch's state first
        QCOMPARE(r.phase, WritePhase::Writing);
        QCOMPARE(r.setting, std::string("load-control"));
        QCOMPARE(r.read, (std::vector<AttributeValue>{state(0)}));
        run.writeSucceeded();  // not what is expected: ignored
        std::vector<std::optional<Data>> connected{Data::enumValue(1)};
        run.readDone(connected);
        QCOMPARE(run.next().kind, WriteRequest::Kind::Write);  // connected: disconnect it
        QCOMPARE(std::get<MethodCall>(run.next().write).method, std::int8_t(1));
        // The ACTION is lost with the link: did it happen? The restore reads the switch again.
        run.writeFailed("no answer");
        r = run.next();
        QCOMPARE(r.kind, WriteRequest::Kind::Read);
        QCOMPARE(r.phase, WritePhase::Restoring);
        QCOMPARE(r.read, (std::vector<AttributeValue>{state(1)}));
        run.readDone(connected);  // the switch never moved: no reconnect is sent
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.writeSucceeded();
        QCOMPARE(run.next().phase, WritePhase::VerifyingRestore);
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);

        // The same, but the switch did open: the restore reconnects it.
        WriteRun moved(p, common(), fixedTime);
        moved.writeSucceeded();
        moved.readDone(connected);
        moved.writeFailed("no answer");
        std::vector<std::optional<Data>> open{Data::enumValue(0)};
        moved.readDone(open);
        QCOMPARE(moved.next().kind, WriteRequest::Kind::Write);
        QCOMPARE(std::get<MethodCall>(moved.next().write).method, std::int8_t(2));
        // A read of the condition that fails sends the ACTION anyway.
        WriteRun unknown(p, common(), fixedTime);
        unknown.writeSucceeded();
        unknown.readFailed("no answer");
        QCOMPARE(unknown.next().kind, WriteRequest::Kind::Write);
        QCOMPARE(unknown.next().phase, WritePhase::Writing);
    }

    void aValueThatDoesNotVerifyRestoresEverything() {
        WriteRun run(plan(), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        auto values = answer(run.next());
        values[2] = Data::longUnsigned(5);  // the list did not take
        run.readDone(values);
        QCOMPARE(run.phase(), WritePhase::Restoring);
        QCOMPARE(run.outcome().mismatched, (std::vector<std::string>{"7/0.0.21.0.1.255:2"}));
        QCOMPARE(written(run.next()), std::string("0.0.21.0.1.255=5"));
        while (run.next().kind == WriteRequest::Kind::Write) {
            run.writeSucceeded();
        }
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QVERIFY(run.outcome().failedSetting.empty());
        QCOMPARE(run.takeAudit().size(), std::size_t(3));
    }

    void aMissingValueInTheReadBackIsAMismatch() {
        WriteRun run(plan(), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        auto values = answer(run.next());
        values[0].reset();  // the meter answered with an access error
        run.readDone(values);
        QCOMPARE(run.outcome().mismatched, (std::vector<std::string>{"3/1.0.0.4.2.255:2"}));
        QCOMPARE(run.phase(), WritePhase::Restoring);
    }

    void aFailedReadBackRestoresToo() {
        WriteRun run(plan(), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        run.readFailed("no answer");
        QCOMPARE(run.phase(), WritePhase::Restoring);
        QCOMPARE(run.outcome().failure, std::string("no answer"));
    }

    void everyRestoreStepIsTriedEvenWhenOneFails() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();
        run.writeSucceeded();
        run.writeFailed("refused");  // display list: restore 3, 2, 1
        QCOMPARE(run.next().setting, std::string("display-list automatic"));
        // An answer that proves nothing: the restore write is sent again, three times in all,
        // then given up (issue 19, item 2).
        run.writeFailed("no proof");
        QCOMPARE(run.next().setting, std::string("display-list automatic"));
        run.writeFailed("no proof");
        QCOMPARE(run.next().setting, std::string("display-list automatic"));
        run.writeFailed("no proof");
        QCOMPARE(run.next().setting, std::string("software-configuration"));
        run.writeSucceeded();
        QCOMPARE(run.next().setting, std::string("ct-ratio"));
        run.writeSucceeded();
        auto values = answer(run.next());  // list, codes, ratio: the list kept the new value
        values[0] = Data::longUnsigned(6);
        run.readDone(values);
        const auto& o = run.outcome();
        QCOMPARE(o.result, WriteResult::NotRestored);
        QCOMPARE(o.restoreFailures,
                 (std::vector<std::string>{"display-list automatic: no proof",
                                           "7/0.0.21.0.1.255:2 does not hold its old value"}));
        // Each step says what it is (issue 19, item 14): only the list was not restored.
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{
                     "ct-ratio 3/1.0.0.4.2.255:2 -> failed, restored",
                     "software-configuration 1/0.0.96.1.128.255:2 -> failed, restored",
                     "display-list automatic 7/0.0.21.0.1.255:2 -> failed, NOT restored"}));
        QCOMPARE(run.stepStates(), (std::vector<StepState>{StepState::Restored, StepState::Restored,
                                                           StepState::NotRestored}));
        // A restore write the meter refuses is not sent again; when the meter shows the old
        // value anyway, the step is back: the read-back is the judge.
        WriteRun refused(plan(), common(), fixedTime);
        refused.writeSucceeded();
        refused.writeFailed("no answer");
        QCOMPARE(refused.next().setting, std::string("software-configuration"));
        refused.writeRefused("read-write-denied");
        QCOMPARE(refused.next().setting, std::string("ct-ratio"));
        refused.writeSucceeded();
        refused.readDone(answer(refused.next()));
        QCOMPARE(refused.outcome().result, WriteResult::Restored);
    }

    void aRestoreThatDoesNotReadBackIsNotRestored() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeFailed("refused");  // ct-ratio: restore it alone
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.writeSucceeded();
        std::vector<std::optional<Data>> values{Data::longUnsigned(300)};
        run.readDone(values);
        QCOMPARE(run.outcome().result, WriteResult::NotRestored);
        QCOMPARE(run.outcome().restoreFailures,
                 (std::vector<std::string>{"3/1.0.0.4.2.255:2 does not hold its old value"}));
        run = WriteRun(plan(), common(), fixedTime);
        run.writeFailed("refused");
        run.writeSucceeded();
        run.readFailed("no answer");  // reading changes nothing: read again, three times in all
        QCOMPARE(run.next().phase, WritePhase::VerifyingRestore);
        run.readFailed("no answer");
        QVERIFY(!run.done());
        run.readFailed("no answer");
        QCOMPARE(run.outcome().result, WriteResult::NotRestored);
        QCOMPARE(run.outcome().restoreFailures, (std::vector<std::string>{"no answer"}));
    }

    void thePermanentStepComesAfterTheVerification() {
        WriteRun run(plan(true), common(), fixedTime);
        QCOMPARE(run.progressTotal(), std::size_t(6));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run.next().phase, WritePhase::Writing);
            run.writeSucceeded();
        }
        QCOMPARE(run.next().read.size(), std::size_t(3));  // the lock is not in it
        run.readDone(answer(run.next()));
        QCOMPARE(run.takeAudit().size(), std::size_t(3));  // reversible steps verified
        QCOMPARE(run.next().phase, WritePhase::WritingPermanent);
        QCOMPARE(run.next().setting, std::string("ct-lock"));
        run.writeSucceeded();
        QCOMPARE(run.next().phase, WritePhase::VerifyingPermanent);
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Verified);
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{"ct-lock 1/1.0.0.4.128.255:2 -> verified"}));
        QCOMPARE(run.progressDone(), std::size_t(6));
    }

    void aRefusedLockRestoresTheReversibleSteps() {
        WriteRun run(plan(true), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        run.readDone(answer(run.next()));
        (void)run.takeAudit();
        run.writeFailed("refused (read-write-denied)");
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{"ct-lock 1/1.0.0.4.128.255:2 -> failed"}));
        QCOMPARE(run.outcome().restoredSettings,
                 (std::vector<std::string>{"display-list automatic", "software-configuration",
                                           "ct-ratio"}));
        while (run.next().kind == WriteRequest::Kind::Write) {
            run.writeSucceeded();
        }
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QCOMPARE(run.outcome().failedSetting, std::string("ct-lock"));
        QCOMPARE(run.takeAudit().size(), std::size_t(3));
    }

    void aLockThatDoesNotReadBackCannotBeUndone() {
        WriteRun run(plan(true), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        run.readDone(answer(run.next()));
        run.writeSucceeded();
        std::vector<std::optional<Data>> values{Data::boolean(false)};
        run.readDone(values);
        QVERIFY(run.done());
        QCOMPARE(run.outcome().result, WriteResult::NotVerified);
        QVERIFY(run.outcome().restoredSettings.empty());  // nothing is undone
        const auto audit = resultsOf(run.takeAudit());
        QCOMPARE(audit.back(), std::string("ct-lock 1/1.0.0.4.128.255:2 -> written, not verified"));
    }

    // Issue 19, item 4: a lost link is asked for again with a growing wait.
    void aLostLinkIsOpenedAgainWithBackOffThenTheRunRestores() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();               // ct-ratio
        run.linkLost("the link was lost");  // software-configuration: sent, no answer
        QVERIFY(run.needsLink());
        auto r = run.next();
        QCOMPARE(r.kind, WriteRequest::Kind::Reconnect);
        QCOMPARE(r.phase, WritePhase::Restoring);
        QCOMPARE(r.attempt, std::size_t(1));
        QCOMPARE(r.attempts, std::size_t(4));
        QCOMPARE(r.delay, std::chrono::milliseconds{1000});
        run.writeSucceeded();  // does not fit a Reconnect: ignored
        run.reconnectFailed("refused");
        QCOMPARE(run.next().delay, std::chrono::milliseconds{2000});
        run.reconnectFailed("refused");
        QCOMPARE(run.next().delay, std::chrono::milliseconds{4000});
        QCOMPARE(run.next().attempt, std::size_t(3));
        run.reconnected();
        QVERIFY(!run.needsLink());
        // The lost step may have happened: it is restored too, then the ratio.
        QCOMPARE(run.next().kind, WriteRequest::Kind::Write);
        QCOMPARE(written(run.next()), std::string("0.0.96.1.128.255=1"));
        run.writeSucceeded();
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.writeSucceeded();
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QCOMPARE(run.outcome().reconnects, std::size_t(1));
        QCOMPARE(run.outcome().failedSetting, std::string("software-configuration"));
        QCOMPARE(run.stepStates(), (std::vector<StepState>{StepState::Restored, StepState::Restored,
                                                           StepState::Untouched}));
    }

    // Issue 19, item 2: a restore write cut by the link is sent again on the new link.
    void aRestoreCutByTheLinkIsSentAgainOnTheNewLink() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();
        run.writeSucceeded();
        run.writeRefused("refused");  // display list refused outright: restore 2 and 1
        QCOMPARE(written(run.next()), std::string("0.0.96.1.128.255=1"));
        run.linkLost("port lost");
        QCOMPARE(run.next().kind, WriteRequest::Kind::Reconnect);
        run.reconnected();
        QCOMPARE(written(run.next()), std::string("0.0.96.1.128.255=1"));  // the same step again
        run.writeSucceeded();
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.linkLost("port lost");
        run.reconnected();
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.writeSucceeded();
        const auto read = run.next();
        QCOMPARE(read.phase, WritePhase::VerifyingRestore);
        run.linkLost("port lost");  // the read-back too is read again
        run.reconnected();
        QCOMPARE(run.next().read, read.read);
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QCOMPARE(run.outcome().reconnects, std::size_t(3));
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{
                     "ct-ratio 3/1.0.0.4.2.255:2 -> failed, restored",
                     "software-configuration 1/0.0.96.1.128.255:2 -> failed, restored",
                     "display-list automatic 7/0.0.21.0.1.255:2 -> refused"}));
    }

    void aReadBackCutByTheLinkIsReadAgainAndVerifies() {
        WriteRun run(plan(), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        run.linkLost("no answer");
        QCOMPARE(run.next().kind, WriteRequest::Kind::Reconnect);
        QCOMPARE(run.next().phase, WritePhase::Verifying);
        run.reconnected();
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Verified);
        QCOMPARE(run.stepStates(), std::vector<StepState>(3, StepState::Verified));
    }

    void aLinkThatNeverComesBackEndsWithWhatTheRunKnows() {
        WriteRunOptions options;
        options.reconnectDelays = {std::chrono::milliseconds{10}, std::chrono::milliseconds{20}};
        WriteRun run(plan(), common(), fixedTime, options);
        run.writeSucceeded();
        run.writeSucceeded();
        run.linkLost("port lost");  // the display list: unknown
        QCOMPARE(run.next().attempts, std::size_t(2));
        run.reconnectFailed("no such port");
        run.reconnectFailed("no such port");
        QVERIFY(run.done());
        const auto& o = run.outcome();
        QCOMPARE(o.result, WriteResult::NotRestored);
        QCOMPARE(o.restoreFailures.back(),
                 std::string("the link could not be opened again (2 attempts): no such port"));
        QCOMPARE(run.stepStates(), std::vector<StepState>(3, StepState::NotRestored));
        // Written and read back, then lost before the restore of a later failure could be read.
        WriteRun verified(plan(), common(), fixedTime, options);
        for (int i = 0; i < 3; ++i) {
            verified.writeSucceeded();
        }
        verified.linkLost("port lost");
        verified.reconnectFailed("x");
        verified.reconnectFailed("x");
        QCOMPARE(verified.outcome().result, WriteResult::NotRestored);
        QCOMPARE(verified.stepStates(), std::vector<StepState>(3, StepState::Written));
        QCOMPARE(resultsOf(verified.takeAudit()).front(),
                 std::string("ct-ratio 3/1.0.0.4.2.255:2 -> written, not verified"));
    }

    void aLineThatKeepsFailingEndsTheRun() {
        WriteRunOptions options;
        options.maxReconnects = 2;
        WriteRun run(plan(), common(), fixedTime, options);
        run.writeSucceeded();
        run.writeFailed("no proof");  // restore 2, 1
        for (int i = 0; i < 2; ++i) {
            run.linkLost("lost");
            run.reconnected();
        }
        run.linkLost("lost");  // a third time: the run ends
        QVERIFY(run.done());
        QCOMPARE(run.outcome().result, WriteResult::NotRestored);
        QCOMPARE(run.outcome().restoreFailures.back(),
                 std::string("the link was lost 3 times: lost"));
    }

    // Issue 19, item 3 and issue 12, item 6: Ctrl-C and Cancel stop the writing and restore.
    void anInterruptRestoresWhatWasAttempted() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();  // ct-ratio
        run.interrupt("cancelled");
        QCOMPARE(run.next().phase, WritePhase::Restoring);
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=200"));
        run.writeSucceeded();
        run.readDone(answer(run.next()));
        QCOMPARE(run.outcome().result, WriteResult::Restored);
        QVERIFY(run.outcome().interrupted);
        QCOMPARE(run.outcome().failure, std::string("cancelled"));
        QCOMPARE(run.stepStates(),
                 (std::vector<StepState>{StepState::Restored, StepState::Untouched,
                                         StepState::Untouched}));
        // Before anything was sent: nothing to restore.
        WriteRun early(plan(), common(), fixedTime);
        early.interrupt("cancelled");
        QVERIFY(early.done());
        QCOMPARE(early.outcome().result, WriteResult::Restored);
        QVERIFY(early.outcome().restoredSettings.empty());
        // While reading back without a permanent step: the run finishes.
        WriteRun late(plan(), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            late.writeSucceeded();
        }
        late.interrupt("cancelled");
        QCOMPARE(late.next().phase, WritePhase::Verifying);
        late.readDone(answer(late.next()));
        QCOMPARE(late.outcome().result, WriteResult::Verified);
        // With the CT lock still to come: it is not written, the rest goes back.
        WriteRun locked(plan(true), common(), fixedTime);
        for (int i = 0; i < 3; ++i) {
            locked.writeSucceeded();
        }
        locked.interrupt("cancelled");
        locked.readDone(answer(locked.next()));
        QCOMPARE(locked.next().phase, WritePhase::Restoring);
        while (locked.next().kind == WriteRequest::Kind::Write) {
            locked.writeSucceeded();
        }
        locked.readDone(answer(locked.next()));
        QCOMPARE(locked.outcome().result, WriteResult::Restored);
        QCOMPARE(locked.stepStates().back(), StepState::Untouched);
    }

    void abandonSaysWhatTheMeterMayHold() {
        WriteRun run(plan(), common(), fixedTime);
        run.writeSucceeded();
        run.abandon("interrupted twice", true);  // the second SET was on the wire
        QVERIFY(run.done());
        QCOMPARE(run.outcome().result, WriteResult::NotRestored);
        QVERIFY(run.outcome().abandoned);
        QCOMPARE(run.stepStates(),
                 (std::vector<StepState>{StepState::NotRestored, StepState::NotRestored,
                                         StepState::Untouched}));
        QCOMPARE(resultsOf(run.takeAudit()),
                 (std::vector<std::string>{
                     "ct-ratio 3/1.0.0.4.2.255:2 -> failed, NOT restored",
                     "software-configuration 1/0.0.96.1.128.255:2 -> failed, NOT restored"}));
        // Between requests before the first write: the meter is as before.
        WriteRun idle(plan(), common(), fixedTime);
        idle.abandon("closing");
        QCOMPARE(idle.outcome().result, WriteResult::Restored);
        QVERIFY(idle.takeAudit().empty());
    }

    void attemptRecordsNameEveryWriteBeforeTheFirst() {
        const WriteRun run(plan(true), common(), fixedTime);
        const auto records = run.attemptRecords();
        QCOMPARE(
            resultsOf(records),
            (std::vector<std::string>{"ct-ratio 3/1.0.0.4.2.255:2 -> attempting",
                                      "software-configuration 1/0.0.96.1.128.255:2 -> attempting",
                                      "display-list automatic 7/0.0.21.0.1.255:2 -> attempting",
                                      "ct-lock 1/1.0.0.4.128.255:2 -> attempting"}));
        QCOMPARE(records[0].oldValue, std::string("long-unsigned 200"));
        QCOMPARE(records[0].newValue, std::string("long-unsigned 300"));
    }

    void resultsThatDoNotFitTheRequestAreIgnored() {
        WriteRun run(plan(), common(), fixedTime);
        std::vector<std::optional<Data>> none;
        run.readDone(none);  // a write is expected
        run.readFailed("x");
        QCOMPARE(run.next().phase, WritePhase::Writing);
        QCOMPARE(written(run.next()), std::string("1.0.0.4.2.255=300"));
        for (int i = 0; i < 3; ++i) {
            run.writeSucceeded();
        }
        run.writeSucceeded();  // a read is expected
        run.writeFailed("x");
        QCOMPARE(run.next().kind, WriteRequest::Kind::Read);
    }

    void anEmptyPlanIsDoneAtOnce() {
        WriteRun run(WritePlan{}, common(), fixedTime);
        QVERIFY(run.done());
        QCOMPARE(run.outcome().result, WriteResult::Verified);
        QVERIFY(run.takeAudit().empty());
    }

    void finalValuesKeepTheLastWriteOfEachAttribute() {
        const std::vector<PlannedStep> steps{
            step("a", {value(3, kRatio, 1), value(1, kZ, 2)}),
            step("b",
                 {value(3, kRatio, 3), MethodCall{20, kList, 1, Data::integer(0), std::nullopt}})};
        const auto v = finalValues(steps);
        QCOMPARE(v.size(), std::size_t(2));
        QCOMPARE(v[0], value(3, kRatio, 3));
        QCOMPARE(v[1], value(1, kZ, 2));
    }

    void namesAreStable() {
        QCOMPARE(std::string(nameOf(WritePhase::VerifyingRestore)),
                 std::string("verifying-restore"));
        QCOMPARE(std::string(nameOf(WriteResult::NotRestored)), std::string("not-restored"));
        QCOMPARE(std::string(nameOf(StepState::NotRestored)), std::string("not-restored"));
        QVERIFY(holdsOldValue(StepState::Refused) && !holdsOldValue(StepState::Unknown));
    }
};

QTEST_APPLESS_MAIN(TestWriteRun)
#include "tst_meter_write_run.moc"
