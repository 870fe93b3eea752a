#include "config_commands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>

#include "app/common/write_records.h"
#include "connection.h"
#include "interrupts.h"
#include "link/session/write_answer.h"
#include "meter/configuration.h"
#include "meter/device_profile.h"
#include "meter/type_number.h"
#include "meter/write_plan.h"
#include "meter/write_run.h"
#include "protocol/dlms/axdr/display.h"
#include "report.h"
#include "value_text.h"
#include "write_guard.h"

namespace omt::app {

namespace {

using cosem::ObisCode;
using dlms::Data;
using dlms::DataAccessResult;
using meter::AttributeValue;
using meter::ConfigurationTemplate;
using meter::MeterConfiguration;
using meter::Setting;
using meter::WritePlan;

const QString kJson = QStringLiteral("json");
const QString kYes = QStringLiteral("yes");
const QString kAudit = QStringLiteral("audit");

constexpr int kOk = 0;
constexpr int kMeterFailure = 1;
constexpr int kBadUsage = 2;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString resourceDir() {
    return resourceDirectory();
}

std::chrono::sys_seconds now() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

Expected<QByteArray, QString> readFile(const QString& path) {
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                   : !file.open(QIODevice::ReadOnly)) {
        return omt::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    constexpr qint64 kMaxFile = 4 * 1024 * 1024;
    QByteArray data = file.read(kMaxFile + 1);
    if (data.size() > kMaxFile) {
        return omt::unexpected(QStringLiteral("%1 is larger than 4 MiB").arg(path));
    }
    return data;
}

QJsonArray jsonLines(const std::vector<std::string>& lines) {
    QJsonArray a;
    for (const auto& l : lines) {
        a.append(qs(l));
    }
    return a;
}

QJsonArray jsonChanges(const std::vector<meter::ConfigurationChange>& changes) {
    QJsonArray a;
    for (const auto& c : changes) {
        a.append(QJsonObject{{QStringLiteral("key"), qs(c.key)},
                             {QStringLiteral("before"), qs(c.before)},
                             {QStringLiteral("after"), qs(c.after)}});
    }
    return a;
}

void printJson(QTextStream& out, const QJsonObject& o) {
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/// What one command run knows about the meter.
struct MeterRead {
    meter::DeviceProfile profile;
    std::vector<AttributeValue> values;
    MeterConfiguration configuration;
};

/// The session and how to report.
struct Context {
    BlockingMeter& meter;
    const QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    bool json = false;
    bool quiet = false;  ///< no progress lines
    /// Opens the connection again after the link was lost: the new session, or why not (unset
    /// when it cannot: an embedded demo meter).
    std::function<Expected<BlockingMeter*, QString>()> reconnect;
};

std::optional<QString> textOf(const Data& d) {
    if (const auto* s = d.as<std::string>()) {
        return qs(*s);
    }
    if (const auto* b = d.as<Bytes>()) {
        return QString::fromLatin1(reinterpret_cast<const char*>(b->data()), qsizetype(b->size()));
    }
    return std::nullopt;
}

/// Reads everything the configuration commands need. Errors as sentences.
Expected<MeterRead, QString> readMeter(BlockingMeter& meter) {
    const ObisCode ldn{0, 0, 42, 0, 0, 255};
    const ObisCode type{0, 0, 96, 1, 1, 255};
    auto identity = meter.get({{1, ldn, 2, std::nullopt}, {1, type, 2, std::nullopt}});
    if (!identity) {
        return omt::unexpected(link::describe(identity.error()));
    }
    std::optional<meter::MeterFamily> family;
    if (identity->items.size() == 2) {
        const auto textAt = [&](std::size_t i) {
            const auto* d = std::get_if<Data>(&identity->items[i].result);
            const auto t = d ? textOf(*d) : std::nullopt;
            return t.value_or(QString()).toStdString();
        };
        family = meter::familyOf(textAt(1), textAt(0));
    }
    if (!family) {
        return omt::unexpected(
            QStringLiteral("this meter does not say which type it is; connect with --auth low "
                           "or high to read its type number"));
    }
    auto profile = meter::loadDeviceProfile(*family, resourceDir().toStdString());
    if (!profile) {
        return omt::unexpected(QStringLiteral("the device profile cannot be used: %1")
                                   .arg(qs(profile.error().detail)));
    }
    std::vector<dlms::AttributeRef> refs;
    for (const auto& a : meter::configurationReadList(*profile)) {
        refs.push_back({a.classId, a.obis, a.attribute, std::nullopt});
    }
    auto got = meter.get(refs);
    if (!got) {
        return omt::unexpected(link::describe(got.error()));
    }
    MeterRead read{*profile, {}, {}};
    for (const auto& item : got->items) {
        if (const auto* d = std::get_if<Data>(&item.result)) {
            read.values.push_back(
                {item.attribute.classId, item.attribute.obis, item.attribute.attribute, *d});
        }
    }
    auto config = MeterConfiguration::fromValues(read.profile, read.values);
    if (!config) {
        return omt::unexpected(qs(config.error().detail));
    }
    read.configuration = *config;
    return read;
}

/// Writes through to a C stream and keeps the last complete line written.
class LastLineDevice : public QIODevice {
public:
    explicit LastLineDevice(std::FILE* to) : m_to(to) { open(QIODevice::WriteOnly); }
    QString lastLine() const { return m_last; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override {
        std::fwrite(data, 1, std::size_t(size), m_to);
        std::fflush(m_to);
        m_pending += QString::fromUtf8(data, size);
        for (qsizetype nl = m_pending.indexOf(QLatin1Char('\n')); nl >= 0;
             nl = m_pending.indexOf(QLatin1Char('\n'))) {
            if (nl > 0) {
                m_last = m_pending.left(nl);
            }
            m_pending.remove(0, nl + 1);
        }
        return size;
    }

private:
    std::FILE* m_to;
    QString m_pending;
    QString m_last;
};

// --- carrying out a plan ----------------------------------------------------------------------

/// Carries out one SET or ACTION: what its answer proves (link::classifyWrite, the same rule as
/// the desktop application's).
link::WriteAnswer writeAnswer(BlockingMeter& meter, const meter::WriteStep& w) {
    if (const auto* set = std::get_if<AttributeValue>(&w)) {
        auto done =
            meter.set({{{set->classId, set->obis, set->attribute, std::nullopt}, set->value}});
        return done ? link::classifyWrite(dlms::Outcome{*done}) : link::classifyWrite(done.error());
    }
    const auto& call = std::get<meter::MethodCall>(w);
    auto done = meter.action({call.classId, call.obis, call.method}, call.parameter);
    return done ? link::classifyWrite(dlms::Outcome{*done}) : link::classifyWrite(done.error());
}

/// Reads the attributes the run asks for and gives it the values (or the failure).
void readFor(meter::WriteRun& run, BlockingMeter& meter,
             const std::vector<AttributeValue>& expected) {
    std::vector<dlms::AttributeRef> refs;
    for (const auto& v : expected) {
        refs.push_back({v.classId, v.obis, v.attribute, std::nullopt});
    }
    auto got = meter.get(refs);
    if (got) {
        link::deliverRead(run, *got);
    } else {
        link::deliverRead(run, got.error());
    }
}

/// What the meter holds of a step after the run, for a person.
QString stepStateText(meter::StepState state) {
    switch (state) {
        case meter::StepState::Untouched:
            return QStringLiteral("old value (not written)");
        case meter::StepState::Refused:
            return QStringLiteral("old value (refused by the meter)");
        case meter::StepState::Written:
            return QStringLiteral("UNKNOWN (written, not read back)");
        case meter::StepState::Unknown:
            return QStringLiteral("UNKNOWN (the answer to the write proves nothing)");
        case meter::StepState::Verified:
            return QStringLiteral("new value (read back)");
        case meter::StepState::Restored:
            return QStringLiteral("old value (written back and read back)");
        case meter::StepState::NotRestored:
            return QStringLiteral("UNKNOWN (not restored)");
    }
    return QStringLiteral("UNKNOWN");
}

/// Waits `ms` while the event loop runs (a second interrupt is seen meanwhile).
void waitWithEvents(std::chrono::milliseconds ms) {
    if (ms.count() <= 0) {
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Writes `target` over `read` safely (see the header). `what` names the operation for the
/// messages ("apply", "restore"); `restoredBackupOf`, the backup file a restore puts back (its
/// journal entries go once it verified).
int carryOut(Context& c, const MeterRead& read, const MeterConfiguration& target,
             const QString& what, const std::vector<std::string>& notes = {},
             const QString& restoredBackupOf = {}) {
    QJsonObject report;
    report[QStringLiteral("operation")] = what;
    report[QStringLiteral("meter")] = qs(read.configuration.serialNumber);
    if (!notes.empty()) {
        report[QStringLiteral("notes")] = jsonLines(notes);
    }
    for (const auto& n : notes) {
        c.err << "omt: " << qs(n) << "\n";
    }
    auto finish = [&](int code, const QString& result, const QString& message) {
        report[QStringLiteral("result")] = result;
        report[QStringLiteral("message")] = message;
        if (c.json) {
            printJson(c.out, report);
        } else {
            (code == kOk ? c.out : c.err) << (code == kOk ? "" : "omt: ") << message << "\n";
        }
        return code;
    };
    auto plan = WritePlan::make(read.profile, read.configuration, target);
    if (!plan) {
        report[QStringLiteral("error")] = QLatin1String(meter::nameOf(plan.error().code));
        return finish(kBadUsage, QStringLiteral("refused"),
                      QStringLiteral("nothing written: %1").arg(qs(plan.error().detail)));
    }
    report[QStringLiteral("changes")] = jsonChanges(plan->changes);
    report[QStringLiteral("warnings")] = jsonLines(plan->warnings());
    if (plan->empty()) {
        if (!restoredBackupOf.isEmpty()) {
            WriteJournal(dataDirectory()).resolveBackup(restoredBackupOf);  // already as backed up
        }
        return finish(kOk, QStringLiteral("unchanged"),
                      QStringLiteral("nothing to write: the meter already holds this "
                                     "configuration"));
    }
    if (!c.json) {
        c.out << "changes:\n";
        for (const auto& ch : plan->changes) {
            c.out << "  " << qs(ch.key) << ": " << qs(ch.before.empty() ? "(none)" : ch.before)
                  << " -> " << qs(ch.after.empty() ? "(none)" : ch.after) << "\n";
        }
        c.out.flush();
    }
    const auto warnings = plan->warnings();
    for (const auto& w : warnings) {
        c.err << "omt: WARNING: " << qs(w) << "\n";
    }
    if (!warnings.empty() && !c.parser.isSet(kYes) &&
        !askYesNo(c.err, QStringLiteral("Go ahead with these steps?"))) {
        return finish(kBadUsage, QStringLiteral("cancelled"),
                      QStringLiteral("nothing written: not confirmed (give --yes to confirm "
                                     "from a script)"));
    }

    // Before the first SET: the backup, the "attempting" audit records and the journal entry.
    // Without any of them nothing is written.
    const QString data = dataDirectory();
    const meter::Backup backup{read.configuration.meter, read.configuration.serialNumber, now(),
                               plan->backup};
    const auto backupPath = saveBackup(data, backup);
    if (!backupPath) {
        return finish(kMeterFailure, QStringLiteral("not-written"),
                      QStringLiteral("nothing written: the backup cannot be saved: %1")
                          .arg(backupPath.error()));
    }
    report[QStringLiteral("backup")] = *backupPath;
    const AuditLog audit(auditPath(c.parser));
    report[QStringLiteral("audit")] = audit.path();
    meter::AuditRecord common;
    common.meterSerial = read.configuration.serialNumber;
    common.user = accountName().toStdString();
    meter::WriteRunOptions options;
    if (!c.reconnect) {
        options.reconnectDelays = {std::chrono::milliseconds{0}};  // nothing to connect again to
    }
    meter::WriteRun run(*plan, common, {}, options);
    if (auto why = audit.append(run.attemptRecords())) {
        return finish(kMeterFailure, QStringLiteral("not-written"),
                      QStringLiteral("nothing written: %1").arg(*why));
    }
    WriteJournal journal(data);
    const auto journalId =
        journal.begin(journalEntryFor(QStringLiteral("omt"), read.configuration.serialNumber,
                                      read.configuration.meter, *plan, *backupPath, audit.path()));
    if (!journalId) {
        audit.append(meter::auditRecords(plan->steps, plan->backup, [&] {
            auto r = common;
            r.time = now();
            r.result = "not written (no journal)";
            return r;
        }()));
        return finish(kMeterFailure, QStringLiteral("not-written"),
                      QStringLiteral("nothing written: the write journal cannot be saved: %1")
                          .arg(journalId.error()));
    }

    // Every record goes to the audit log as it is made; a log that fails midway does not stop a
    // run that must end safely, but it is reported and makes the exit code 1.
    std::optional<QString> auditProblem;
    auto log = [&](const std::vector<meter::AuditRecord>& records) {
        if (auto why = audit.append(records); why && !auditProblem) {
            auditProblem = why;
            c.err << "omt: WARNING: " << *why << "; the write goes on to a safe end\n";
            c.err.flush();
        }
    };
    auto join = [](const std::vector<std::string>& parts,
                   const QString& separator = QStringLiteral(", ")) {
        QStringList l;
        for (const auto& p : parts) {
            l << qs(p);
        }
        return l.join(separator);
    };
    // What the meter holds of each step, in the report and for a person.
    auto describeSteps = [&]() {
        QJsonArray steps;
        QStringList lines;
        for (std::size_t i = 0; i < plan->steps.size(); ++i) {
            const auto state = run.stepStates()[i];
            steps.append(QJsonObject{{QStringLiteral("setting"), qs(plan->steps[i].setting)},
                                     {QStringLiteral("state"), QLatin1String(nameOf(state))}});
            lines
                << QStringLiteral("  %1: %2").arg(qs(plan->steps[i].setting), stepStateText(state));
        }
        report[QStringLiteral("steps")] = steps;
        return lines.join(QLatin1Char('\n'));
    };
    // The journal entry goes once the meter is known to hold the old or the new configuration;
    // otherwise it stays, so the next run says so and offers the backup.
    auto settle = [&]() {
        if (run.outcome().result == meter::WriteResult::NotRestored) {
            const QString detail = qs(run.outcome().failure);
            if (auto why = journal.markNotRestored(*journalId, detail)) {
                c.err << "omt: WARNING: the write journal cannot be updated: " << *why << "\n";
            }
        } else {
            journal.finish(*journalId);
        }
    };

    // Ctrl-C, SIGTERM, SIGHUP: the first stops the writing safely, a second stops at once.
    InterruptWatch interrupts;
    bool onWire = false;
    bool interruptTold = false;
    QObject::connect(&interrupts, &InterruptWatch::interrupted, [&](int count, int signal) {
        if (count < 2) {
            return;  // seen by the loop between two requests
        }
        run.abandon(QStringLiteral("stopped at once by a second %1")
                        .arg(InterruptWatch::nameOf(signal))
                        .toStdString(),
                    onWire);
        log(run.takeAudit());
        settle();
        const QString steps = describeSteps();
        const bool clean = run.outcome().result != meter::WriteResult::NotRestored;
        finish(128 + signal, QStringLiteral("interrupted"),
               clean ? QStringLiteral("%1 stopped at once; nothing had been written, the meter "
                                      "is as before.")
                           .arg(what)
                     : QStringLiteral("%1 stopped at once by %2. The meter may hold part of "
                                      "the write:\n%3\nRestore the backup with `omt config "
                                      "restore %4` (with the same connection options).")
                           .arg(what, InterruptWatch::nameOf(signal), steps, *backupPath));
        c.out.flush();
        c.err.flush();
        std::fflush(nullptr);
        std::_Exit(128 + signal);
    });

    // A lost link is not the end: the meter may hold a half-written configuration, so the tool
    // connects again (with a growing wait) and finishes the run there, which restores it.
    BlockingMeter* meter = &c.meter;
    std::string lastSetting;
    while (!run.done()) {
        if (interrupts.count() > 0 && !interruptTold) {
            interruptTold = true;
            const QString name = InterruptWatch::nameOf(interrupts.lastSignal());
            run.interrupt(QStringLiteral("interrupted by %1").arg(name).toStdString());
            c.err << "omt: " << name
                  << ": stopping safely: nothing more is written, and what was written is put "
                     "back. Interrupt again to stop at once (the meter may then hold part of "
                     "the write).\n";
            c.err.flush();
            log(run.takeAudit());
            continue;
        }
        const meter::WriteRequest r = run.next();
        switch (r.kind) {
            case meter::WriteRequest::Kind::Write: {
                if (!c.quiet && r.setting != lastSetting) {
                    const bool restoring = r.phase == meter::WritePhase::Restoring;
                    c.err << "omt: " << (restoring ? "restoring " : "writing ") << qs(r.setting)
                          << (r.phase == meter::WritePhase::WritingPermanent ? " (permanent)" : "")
                          << "\n";
                    c.err.flush();
                }
                lastSetting = r.setting;
                onWire = true;
                const link::WriteAnswer answer = writeAnswer(*meter, r.write);
                onWire = false;
                if (answer.kind == link::WriteAnswer::Kind::Unknown && !c.quiet) {
                    c.err << "omt: the answer proves nothing (" << answer.why
                          << "): the step counts as written\n";
                }
                link::deliverWrite(run, answer);
                break;
            }
            case meter::WriteRequest::Kind::Read:
                lastSetting.clear();
                onWire = true;
                readFor(run, *meter, r.read);
                onWire = false;
                break;
            case meter::WriteRequest::Kind::Reconnect: {
                lastSetting.clear();
                if (r.attempt == 1) {
                    c.err << "omt: the link to the meter was lost; connecting again to finish "
                             "safely\n";
                }
                meter->close();
                if (!c.reconnect) {
                    run.reconnectFailed("an embedded demo meter cannot be connected again");
                    break;
                }
                const auto seconds = double(r.delay.count()) / 1000.0;
                c.err << "omt: connecting again in " << seconds << " s (attempt " << r.attempt
                      << " of " << r.attempts << ")\n";
                c.err.flush();
                waitWithEvents(r.delay);
                auto again = c.reconnect();
                if (again) {
                    meter = *again;
                    run.reconnected();
                    report[QStringLiteral("reconnected")] = int(run.outcome().reconnects);
                } else {
                    c.err << "omt: " << again.error() << "\n";
                    run.reconnectFailed(again.error().toStdString());
                }
                break;
            }
            case meter::WriteRequest::Kind::Done:
                break;
        }
        log(run.takeAudit());
    }
    log(run.takeAudit());
    settle();

    const meter::WriteOutcome& o = run.outcome();
    QString why = qs(o.failure);
    if (!o.failedSetting.empty()) {
        why = QStringLiteral("%1: %2").arg(qs(o.failedSetting), why);
    } else if (why.isEmpty() && !o.mismatched.empty()) {
        why = QStringLiteral("the meter does not hold what was written for %1")
                  .arg(join(o.mismatched));
    }
    const QString steps = describeSteps();
    if (o.result == meter::WriteResult::Restored || o.result == meter::WriteResult::NotRestored) {
        QJsonArray restored;
        for (const auto& setting : o.restoredSettings) {
            restored.append(qs(setting));
        }
        report[QStringLiteral("restored")] = restored;
    }
    if (o.reconnects > 0) {
        report[QStringLiteral("reconnected")] = int(o.reconnects);
    }
    const int interruptedCode = interrupts.count() > 0 ? 128 + interrupts.lastSignal() : 0;
    const QString auditNote =
        auditProblem ? QStringLiteral(" WARNING: %1.").arg(*auditProblem) : QString();
    if (auditProblem) {
        report[QStringLiteral("audit-problem")] = *auditProblem;
    }
    auto failed = [&](int code) { return interruptedCode ? interruptedCode : code; };
    switch (o.result) {
        case meter::WriteResult::Verified:
            if (!restoredBackupOf.isEmpty()) {
                journal.resolveBackup(restoredBackupOf);
            }
            return finish(auditProblem ? kMeterFailure : kOk, QStringLiteral("verified"),
                          QStringLiteral("written and verified: %1 step(s); backup %2%3")
                              .arg(plan->steps.size())
                              .arg(*backupPath, auditNote));
        case meter::WriteResult::Restored: {
            const bool nothing = std::all_of(
                run.stepStates().begin(), run.stepStates().end(), [](meter::StepState s) {
                    return s == meter::StepState::Untouched || s == meter::StepState::Refused;
                });
            const QString result =
                o.interrupted ? QStringLiteral("interrupted") : QStringLiteral("restored");
            if (nothing) {
                return finish(failed(kMeterFailure), result,
                              QStringLiteral("%1 failed: %2. Nothing had been written; the meter "
                                             "is as before.%3")
                                  .arg(what, why, auditNote));
            }
            return finish(failed(kMeterFailure), result,
                          QStringLiteral("%1 failed: %2. The old values were written back and "
                                         "verified; the meter is as before.%3")
                              .arg(what, why, auditNote));
        }
        case meter::WriteResult::NotRestored:
            return finish(
                failed(kMeterFailure), QStringLiteral("not-restored"),
                QStringLiteral("%1 failed: %2. Restoring failed too (%3). The meter may hold part "
                               "of the write:\n%4\nRestore the backup with `omt config restore "
                               "%5` (with the same connection options).%6")
                    .arg(what, why, join(o.restoreFailures, QStringLiteral("; ")), steps,
                         *backupPath, auditNote));
        case meter::WriteResult::NotVerified:
            break;
    }
    return finish(failed(kMeterFailure), QStringLiteral("not-verified"),
                  QStringLiteral("the permanent step was written but does not verify "
                                 "(%1); it cannot be undone. Backup: %2%3")
                      .arg(o.mismatched.empty() ? qs(o.failure) : join(o.mismatched), *backupPath,
                           auditNote));
}

int applyTemplate(Context& c, const MeterRead& read, const ConfigurationTemplate& t,
                  const QString& what) {
    auto target = t.applyTo(read.configuration, read.profile);
    if (!target) {
        const QString message =
            QStringLiteral("nothing written: %1 (%2)")
                .arg(qs(target.error().detail), QLatin1String(meter::nameOf(target.error().code)));
        if (c.json) {
            printJson(c.out,
                      {{QStringLiteral("operation"), what},
                       {QStringLiteral("result"), QStringLiteral("refused")},
                       {QStringLiteral("error"), QLatin1String(meter::nameOf(target.error().code))},
                       {QStringLiteral("message"), message}});
        } else {
            c.err << "omt: " << message << "\n";
        }
        return kBadUsage;
    }
    return carryOut(c, read, *target, what);
}

/// The template of `meter`'s family with nothing in it.
ConfigurationTemplate emptyTemplate(const MeterRead& read) {
    ConfigurationTemplate t;
    t.meter = read.configuration.meter;
    return t;
}

/// Bad usage found with the meter connected: the sentence, and with --json the object.
int usage(Context& c, const QString& text) {
    const QString command = c.parser.positionalArguments().mid(0, 2).join(QLatin1Char(' '));
    return Report(command, c.json, c.out, c.err).fail(kBadUsage, text);
}

std::optional<meter::DisplayListKind> kindOf(const QString& name) {
    for (const auto& s : meter::displayListSettings()) {
        if (name == QLatin1String(s.key.data(), qsizetype(s.key.size()))) {
            return s.kind;
        }
    }
    if (name == QLatin1String("backup")) {
        return meter::DisplayListKind::BackupPowered;
    }
    return std::nullopt;
}

/// What can be checked of a configuration command's arguments before connecting: the
/// subcommand, the number of arguments, a CT ratio factor's range, display list kinds and
/// OBIS codes, and that the files named can be read.
std::optional<QString> argumentProblem(const QString& command, const QStringList& args) {
    const QString sub = args.value(0);
    auto readable = [](const QString& path) -> std::optional<QString> {
        if (path == QLatin1String("-")) {
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        }
        return std::nullopt;
    };
    if (command == QLatin1String("config")) {
        if (sub == QLatin1String("show")) {
            return args.size() == 1 ? std::nullopt
                                    : std::optional(QStringLiteral("config show takes no file"));
        }
        if (sub == QLatin1String("diff") || sub == QLatin1String("apply") ||
            sub == QLatin1String("restore")) {
            if (args.size() != 2) {
                return QStringLiteral("config %1 takes %2")
                    .arg(sub, sub == QLatin1String("restore") ? QStringLiteral("a backup file")
                                                              : QStringLiteral("a template file"));
            }
            return readable(args[1]);
        }
        if (sub == QLatin1String("backup")) {
            return args.size() <= 2
                       ? std::nullopt
                       : std::optional(QStringLiteral("config backup takes at most one file"));
        }
        if (sub == QLatin1String("set")) {
            if (args.size() != 3) {
                return QStringLiteral(
                    "config set takes SPEC VALUE, e.g. config set "
                    "1.0.0.4.2.255:2 300");
            }
            if (auto spec = parseSpec(args[1], 2); !spec) {
                return spec.error();
            }
            // A typed value is checked now; an untyped one takes the attribute's type.
            if (hasType(args[2])) {
                if (auto value = parseValue(args[2], nullptr); !value) {
                    return value.error();
                }
            }
            return std::nullopt;
        }
        return QStringLiteral(
            "config takes show, diff, apply, set, backup, restore, interrupted "
            "or dismiss");
    }
    if (command == QLatin1String("display-list")) {
        if (sub == QLatin1String("show")) {
            if (args.size() > 2 || (args.size() == 2 && !kindOf(args[1]))) {
                return QStringLiteral(
                    "display-list show takes one of automatic, manual, backup-powered");
            }
            return std::nullopt;
        }
        if (sub == QLatin1String("set")) {
            if (args.size() < 3) {
                return QStringLiteral(
                    "display-list set takes KIND OBIS..., e.g. display-list "
                    "set automatic 1.0.1.8.0.255");
            }
            if (!kindOf(args[1])) {
                return QStringLiteral("'%1' is not automatic, manual or backup-powered")
                    .arg(args[1]);
            }
            for (const auto& a : args.mid(2)) {
                if (!meter::TemplateReading::parse(a.toStdString())) {
                    return QStringLiteral("'%1' is not OBIS or CLASS/OBIS").arg(a);
                }
            }
            return std::nullopt;
        }
        return QStringLiteral("display-list takes show or set");
    }
    if (command == QLatin1String("ct-ratio")) {
        if ((sub == QLatin1String("show") || sub == QLatin1String("lock")) && args.size() == 1) {
            return std::nullopt;
        }
        if (sub == QLatin1String("set") && args.size() == 2) {
            bool ok = false;
            const int n = args[1].toInt(&ok);
            if (!ok || n < meter::ct::kMinFactor || n > meter::ct::kMaxFactor) {
                return QStringLiteral("ct-ratio set takes a ratio factor from %1 to %2, not '%3'")
                    .arg(meter::ct::kMinFactor)
                    .arg(meter::ct::kMaxFactor)
                    .arg(args[1]);
            }
            return std::nullopt;
        }
        return QStringLiteral("ct-ratio takes show, set N or lock");
    }
    // tariff, load-control
    if (sub == QLatin1String("show") && args.size() == 1) {
        return std::nullopt;
    }
    if (sub == QLatin1String("apply") && args.size() == 2) {
        return readable(args[1]);
    }
    return QStringLiteral("%1 takes show or apply FILE").arg(command);
}

// --- commands -------------------------------------------------------------------------------

int showLines(Context& c, const std::vector<std::string>& lines, const QJsonObject& json) {
    if (c.json) {
        printJson(c.out, json);
    } else {
        for (const auto& l : lines) {
            c.out << qs(l) << "\n";
        }
    }
    return kOk;
}

/// The template subset a configuration attribute belongs to; nullopt for what the profile
/// locates but no plan writes (identity, clock, registers, loggers).
std::optional<ConfigurationTemplate::Subsets> subsetOf(const meter::DeviceProfile& profile,
                                                       std::optional<std::uint16_t> classId,
                                                       const ObisCode& obis,
                                                       std::int8_t attribute) {
    ConfigurationTemplate::Subsets only{false, false, false, false, false, false};
    bool found = false;
    for (const auto setting : profile.settings()) {
        const auto* where = profile.find(setting);
        if (where == nullptr || (classId && where->classId != *classId) ||
            std::find(where->objects.begin(), where->objects.end(), obis) == where->objects.end() ||
            std::find(where->attributes.begin(), where->attributes.end(), attribute) ==
                where->attributes.end()) {
            continue;
        }
        switch (setting) {
            case Setting::SoftwareConfiguration:
                only.software = found = true;
                break;
            case Setting::CtRatio:
            case Setting::CtSecondary:
            case Setting::CtLock:
                only.ct = found = true;
                break;
            case Setting::LoadProfile1Period:
                only.loadProfilePeriod = found = true;
                break;
            case Setting::DisplayListAutomatic:
            case Setting::DisplayListManual:
            case Setting::DisplayListBackup:
                only.displayLists = found = true;
                break;
            case Setting::ActivityCalendar:
            case Setting::SpecialDays:
            case Setting::TariffScripts:
                only.tariff = found = true;
                break;
            case Setting::Relay1Mode:
            case Setting::Relay1State:
            case Setting::Relay1TariffMask:
            case Setting::Relay1ScheduleOn:
            case Setting::Relay1ScheduleOff:
            case Setting::Relay2Mode:
            case Setting::Relay2State:
            case Setting::Relay2TariffMask:
            case Setting::Relay2ScheduleOn:
            case Setting::Relay2ScheduleOff:
            case Setting::RelayScripts:
            case Setting::DisconnectControl:
            case Setting::Limiter:
                only.loadControl = found = true;
                break;
            default:
                break;
        }
    }
    if (!found) {
        return std::nullopt;
    }
    return only;
}

/// `config set SPEC VALUE` (and `omt set` of a configuration attribute): one attribute of the
/// configuration written through the safe path, as a template changing only it would be.
int runConfigSet(Context& c, const MeterRead& read, const QStringList& args) {
    auto spec = parseSpec(args.value(1), 2);
    if (!spec) {
        return usage(c, spec.error());
    }
    const auto at = std::find_if(read.values.begin(), read.values.end(), [&](const auto& v) {
        return v.obis == spec->obis && v.attribute == spec->index &&
               (!spec->classId || *spec->classId == v.classId);
    });
    if (at == read.values.end()) {
        return usage(c, QStringLiteral("%1:%2 is not a setting of this meter's configuration "
                                       "(see `omt config show`)")
                            .arg(qs(spec->obis.toString()))
                            .arg(spec->index));
    }
    auto value = parseValue(args.value(2), &at->value);
    if (!value) {
        return usage(c, value.error());
    }
    std::vector<AttributeValue> values = read.values;
    values[std::size_t(at - read.values.begin())].value = *value;
    auto target = MeterConfiguration::fromValues(read.profile, values);
    const std::string address = meter::addressText(at->classId, at->obis, at->attribute);
    if (!target || !target->unreadable.empty()) {
        return usage(c,
                     QStringLiteral("%1 cannot hold %2: %3")
                         .arg(qs(address), args.value(2),
                              target ? qs(target->unreadable.front()) : qs(target.error().detail)));
    }
    // The setting the attribute belongs to, taken whole from the new values and applied as a
    // template of that one setting would be (so the Z21 code follows a new CT ratio, say).
    const auto only = subsetOf(read.profile, at->classId, at->obis, at->attribute);
    if (!only) {
        return usage(c, QStringLiteral("%1 is not a setting omt writes (it is read from the "
                                       "meter: identity, clock, registers)")
                            .arg(qs(address)));
    }
    const auto t = ConfigurationTemplate::of(*target, *only);
    return applyTemplate(c, read, t, QStringLiteral("set"));
}

int runConfig(Context& c, const MeterRead& read, const QStringList& args) {
    const QString sub = args.value(0);
    const auto& orderForm = read.profile.rules().orderFormCodes;
    if (sub == QLatin1String("show")) {
        // A template of everything the meter holds; the Z codes decoded with their meanings
        // (in JSON as "software-configuration-meanings", which a template reader ignores).
        if (c.json) {
            c.out << qs(ConfigurationTemplate::of(read.configuration, {}).toJson(orderForm))
                  << "\n";
            return kOk;
        }
        return showLines(c, read.configuration.describe(orderForm), {});
    }
    if (sub == QLatin1String("diff") || sub == QLatin1String("apply")) {
        if (args.size() != 2) {
            return usage(c, QStringLiteral("config %1 takes a template file").arg(sub));
        }
        auto text = readFile(args[1]);
        if (!text) {
            return usage(c, text.error());
        }
        auto t = ConfigurationTemplate::fromJson(text->toStdString());
        if (!t) {
            return usage(c, QStringLiteral("%1 is refused, nothing written: %2 (%3)")
                                .arg(args[1], qs(t.error().detail),
                                     QLatin1String(meter::nameOf(t.error().code))));
        }
        if (sub == QLatin1String("apply")) {
            return applyTemplate(c, read, *t, QStringLiteral("apply"));
        }
        auto target = t->applyTo(read.configuration, read.profile);
        if (!target) {
            return usage(c, QStringLiteral("%1 does not fit this meter: %2")
                                .arg(args[1], qs(target.error().detail)));
        }
        const auto changes = target->diffFrom(read.configuration, orderForm);
        auto plan = WritePlan::make(read.profile, read.configuration, *target);
        std::vector<std::string> lines;
        for (const auto& ch : changes) {
            lines.push_back(ch.key + ": " + (ch.before.empty() ? "(none)" : ch.before) + " -> " +
                            (ch.after.empty() ? "(none)" : ch.after));
        }
        if (changes.empty()) {
            lines.push_back("no differences");
        }
        if (plan) {
            for (const auto& w : plan->warnings()) {
                lines.push_back("WARNING: " + w);
            }
        } else {
            lines.push_back("cannot be written: " + plan.error().detail);
        }
        QJsonObject json{{QStringLiteral("changes"), jsonChanges(changes)}};
        json[QStringLiteral("warnings")] =
            jsonLines(plan ? plan->warnings() : std::vector<std::string>{});
        if (!plan) {
            json[QStringLiteral("refused")] = qs(plan.error().detail);
        }
        showLines(c, lines, json);
        return plan ? kOk : kBadUsage;
    }
    if (sub == QLatin1String("set")) {
        return runConfigSet(c, read, args);
    }
    if (sub == QLatin1String("backup")) {
        if (args.size() > 2) {
            return usage(c, QStringLiteral("config backup takes at most one file"));
        }
        meter::Backup backup{read.configuration.meter, read.configuration.serialNumber, now(),
                             read.configuration.toValues(read.profile)};
        QString path = args.value(1);
        if (path.isEmpty()) {
            auto saved = saveBackup(dataDirectory(), backup);
            if (!saved) {
                return usage(c, saved.error());
            }
            path = *saved;
        } else if (auto why = writePrivateFile(
                       path, QByteArray::fromStdString(meter::backupJson(backup)))) {
            return usage(c, *why);
        }
        return showLines(c,
                         {"backup of " + std::to_string(backup.values.size()) +
                          " attributes written to " + path.toStdString()},
                         {{QStringLiteral("backup"), path},
                          {QStringLiteral("attributes"), int(backup.values.size())}});
    }
    if (sub == QLatin1String("restore")) {
        if (args.size() != 2) {
            return usage(c, QStringLiteral("config restore takes a backup file"));
        }
        auto text = readFile(args[1]);
        if (!text) {
            return usage(c, text.error());
        }
        auto backup = meter::parseBackup(text->toStdString());
        if (!backup) {
            return usage(c, QStringLiteral("%1 is not a backup, nothing written: %2")
                                .arg(args[1], qs(backup.error().detail)));
        }
        auto target = meter::restoreTarget(read.profile, read.values, *backup);
        if (!target) {
            return usage(c, QStringLiteral("nothing written: %1").arg(qs(target.error().detail)));
        }
        return carryOut(c, read, target->configuration, QStringLiteral("restore"), target->skipped,
                        args[1]);
    }
    return usage(c, QStringLiteral("config takes show, diff, apply, backup, restore, "
                                   "interrupted or dismiss"));
}

int runDisplayList(Context& c, const MeterRead& read, const QStringList& args) {
    const QString sub = args.value(0);
    const auto& lists = read.configuration.displayLists;
    if (sub == QLatin1String("show")) {
        std::optional<meter::DisplayListKind> only;
        if (args.size() > 1) {
            only = kindOf(args[1]);
            if (!only || args.size() > 2) {
                return usage(c, QStringLiteral("display-list show takes one of automatic, "
                                               "manual, backup-powered"));
            }
        }
        std::vector<std::string> lines;
        QJsonObject json;
        for (const auto& s : meter::displayListSettings()) {
            auto it = lists.find(s.kind);
            if (it == lists.end() || (only && *only != s.kind)) {
                continue;
            }
            lines.push_back(std::string(s.key) + ":");
            QJsonArray entries;
            for (const auto& col : it->second) {
                const auto entry = meter::catalogueEntry(col.logicalName);
                const std::string name = entry ? entry->name : cosem::obisName(col.logicalName);
                lines.push_back("  " + col.logicalName.toString() + "  " + name);
                entries.append(QJsonObject{{QStringLiteral("class"), int(col.classId)},
                                           {QStringLiteral("obis"), qs(col.logicalName.toString())},
                                           {QStringLiteral("name"), qs(name)}});
            }
            json[QLatin1String(s.key.data(), qsizetype(s.key.size()))] = entries;
        }
        return showLines(c, lines, json);
    }
    if (sub == QLatin1String("set")) {
        if (args.size() < 3) {
            return usage(c, QStringLiteral("display-list set takes KIND OBIS..., e.g. "
                                           "display-list set automatic 1.0.1.8.0.255"));
        }
        const auto kind = kindOf(args[1]);
        if (!kind) {
            return usage(
                c, QStringLiteral("'%1' is not automatic, manual or backup-powered").arg(args[1]));
        }
        auto t = emptyTemplate(read);
        auto& readings = t.displayLists[*kind];
        for (const auto& a : args.mid(2)) {
            auto one = meter::TemplateReading::parse(a.toStdString());
            if (!one) {
                return usage(c, QStringLiteral("'%1' is not OBIS or CLASS/OBIS").arg(a));
            }
            readings.push_back(*one);
        }
        return applyTemplate(c, read, t, QStringLiteral("display-list set"));
    }
    return usage(c, QStringLiteral("display-list takes show or set"));
}

int runCtRatio(Context& c, const MeterRead& read, const QStringList& args) {
    const QString sub = args.value(0);
    const auto& ct = read.configuration.ct;
    if (!ct) {
        return usage(c, QStringLiteral("this meter has no CT ratio"));
    }
    if (sub == QLatin1String("show")) {
        const meter::ct::CtRatio ratio{ct->factor, ct->secondary};
        // What undoing the lock means is the device profile's to say (issue 18).
        const auto unlock = read.profile.rules().ctUnlock;
        const std::string locked =
            !ct->locked                          ? "no"
            : unlock == meter::CtUnlock::Allowed ? "yes (the device profile allows unlocking)"
            : unlock == meter::CtUnlock::Refused ? "yes (this meter type does not allow unlocking)"
                                                 : "yes (OpenMeterTool does not unlock it)";
        return showLines(c,
                         {"ct-ratio: " + std::to_string(ct->factor) + " (" + ratio.text() + ")",
                          "locked: " + locked},
                         {{QStringLiteral("factor"), int(ct->factor)},
                          {QStringLiteral("secondary"), int(ratio.secondaryAmps())},
                          {QStringLiteral("primary"), int(ratio.primaryAmps())},
                          {QStringLiteral("text"), qs(ratio.text())},
                          {QStringLiteral("locked"), ct->locked}});
    }
    auto t = emptyTemplate(read);
    if (sub == QLatin1String("set") && args.size() == 2) {
        bool ok = false;
        const int n = args[1].toInt(&ok);
        if (!ok || n < meter::ct::kMinFactor || n > meter::ct::kMaxFactor) {
            return usage(c, QStringLiteral("ct-ratio set takes a ratio factor from %1 to %2, not "
                                           "'%3'")
                                .arg(meter::ct::kMinFactor)
                                .arg(meter::ct::kMaxFactor)
                                .arg(args[1]));
        }
        t.ctFactor = std::uint16_t(n);
        return applyTemplate(c, read, t, QStringLiteral("ct-ratio set"));
    }
    if (sub == QLatin1String("lock") && args.size() == 1) {
        t.ctLocked = true;
        return applyTemplate(c, read, t, QStringLiteral("ct-ratio lock"));
    }
    return usage(c, QStringLiteral("ct-ratio takes show, set N or lock"));
}

int runPlan(Context& c, const MeterRead& read, const QString& command, const QStringList& args) {
    const bool tariff = command == QLatin1String("tariff");
    const QString sub = args.value(0);
    const auto& config = read.configuration;
    if (tariff ? !config.tariff : !config.loadControl) {
        return usage(c, tariff ? QStringLiteral("this meter's tariff plan cannot be read")
                               : QStringLiteral("this meter has no relays or supply control "
                                                "switch that can be read"));
    }
    if (sub == QLatin1String("show") && args.size() == 1) {
        if (c.json) {
            c.out << qs(tariff ? config.tariff->toJson() : config.loadControl->toJson()) << "\n";
            return kOk;
        }
        return showLines(c, tariff ? config.tariff->describe() : config.loadControl->describe(),
                         {});
    }
    if (sub == QLatin1String("apply") && args.size() == 2) {
        auto text = readFile(args[1]);
        if (!text) {
            return usage(c, text.error());
        }
        auto t = emptyTemplate(read);
        if (tariff) {
            auto plan = meter::TariffPlan::fromJson(text->toStdString());
            if (!plan) {
                return usage(c, QStringLiteral("%1 is refused, nothing written: %2")
                                    .arg(args[1], qs(plan.error().detail)));
            }
            t.tariff = *plan;
        } else {
            auto plan = meter::LoadControlPlan::fromJson(text->toStdString());
            if (!plan) {
                return usage(c, QStringLiteral("%1 is refused, nothing written: %2")
                                    .arg(args[1], qs(plan.error().detail)));
            }
            t.loadControl = *plan;
        }
        return applyTemplate(c, read, t, command + QStringLiteral(" apply"));
    }
    return usage(c, QStringLiteral("%1 takes show or apply FILE").arg(command));
}

}  // namespace

QString resourceDirectory() {
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         {app + QStringLiteral("/../share/openmetertool"), QStringLiteral(OMT_SOURCE_RESOURCES)}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/profiles"))) {
            return candidate;
        }
    }
    return QStringLiteral(OMT_SOURCE_RESOURCES);
}

void addConfigCommandOptions(QCommandLineParser& p) {
    p.addOption({kJson, QStringLiteral("Machine-readable output: one JSON object on standard "
                                       "output for every outcome, failures included.")});
    p.addOption({kYes, QStringLiteral("Confirm destructive and permanent steps (CT lock, load "
                                      "profile period) without asking.")});
    p.addOption({kAudit,
                 QStringLiteral("Audit log to append to (default "
                                "$XDG_DATA_HOME/OpenMeterTool/audit.csv)."),
                 QStringLiteral("FILE")});
}

bool isConfigCommand(const QString& command) {
    static const QStringList kCommands{QStringLiteral("config"), QStringLiteral("display-list"),
                                       QStringLiteral("ct-ratio"), QStringLiteral("tariff"),
                                       QStringLiteral("load-control")};
    return kCommands.contains(command);
}

bool isConfigurationAttribute(const cosem::ObisCode& obis, std::int8_t attribute) {
    for (const auto family : {meter::MeterFamily::OmnipowerCt, meter::MeterFamily::OmniaEMeter}) {
        auto profile = meter::loadDeviceProfile(family, resourceDir().toStdString());
        if (!profile) {
            continue;
        }
        if (subsetOf(*profile, std::nullopt, obis, attribute)) {
            return true;
        }
    }
    return false;
}

void warnAboutInterruptedWrites(QTextStream& err) {
    const auto scan = WriteJournal(dataDirectory()).interrupted();
    for (const auto& problem : scan.problems) {
        err << "omt: WARNING: a write journal entry cannot be read: " << problem << "\n";
    }
    for (const auto& e : scan.interrupted) {
        const bool notRestored = e.state == meter::JournalEntry::State::NotRestored;
        err << "omt: WARNING: the write to meter " << qs(e.serial.empty() ? "(unknown)" : e.serial)
            << " started " << qs(meter::isoUtc(e.started)) << " by " << qs(e.program)
            << " (process " << e.pid << ") "
            << (notRestored ? QStringLiteral("could not be restored (%1)").arg(qs(e.detail))
                            : QStringLiteral("did not finish"))
            << ": the meter may hold part of it. Put the old values back with `omt config "
               "restore "
            << qs(e.backupFile)
            << "` (and the connection options), or forget it with `omt "
               "config dismiss "
            << qs(e.id) << "`.\n";
    }
    err.flush();
}

namespace {

/// `config interrupted` and `config dismiss ID`: the journal, without a meter.
int runJournal(const QStringList& args, Report& report, QTextStream& out, QTextStream& err) {
    WriteJournal journal(dataDirectory());
    if (args.value(0) == QLatin1String("dismiss")) {
        if (args.size() != 2) {
            return report.fail(kBadUsage, QStringLiteral("config dismiss takes the id `omt config "
                                                         "interrupted` shows"));
        }
        if (!journal.dismiss(args[1])) {
            return report.fail(
                kBadUsage,
                QStringLiteral("no interrupted write %1 in %2").arg(args[1], journal.directory()));
        }
        if (report.json()) {
            return report.finish(kOk, {{QStringLiteral("dismissed"), args[1]}});
        }
        out << "forgot the interrupted write " << args[1] << "\n";
        return kOk;
    }
    if (args.size() != 1) {
        return report.fail(kBadUsage, QStringLiteral("config interrupted takes no argument"));
    }
    const auto scan = journal.interrupted();
    if (report.json()) {
        QJsonArray entries;
        for (const auto& e : scan.interrupted) {
            entries.append(
                QJsonDocument::fromJson(QByteArray::fromStdString(meter::journalJson(e))).object());
        }
        return report.finish(
            kOk, {{QStringLiteral("interrupted"), entries},
                  {QStringLiteral("unreadable"), QJsonArray::fromStringList(scan.problems)}});
    }
    if (scan.interrupted.empty()) {
        out << "no interrupted writes\n";
    }
    for (const auto& e : scan.interrupted) {
        out << qs(e.id) << "\n  meter " << qs(e.serial) << " (" << meter::nameOf(e.meter)
            << "), started " << qs(meter::isoUtc(e.started)) << " by " << qs(e.program) << " on "
            << qs(e.host) << "\n  state " << meter::nameOf(e.state)
            << (e.detail.empty() ? QString() : QStringLiteral(": ") + qs(e.detail))
            << "\n  settings " << qs([&] {
                   std::string joined;
                   for (const auto& setting : e.settings) {
                       joined += (joined.empty() ? "" : ", ") + setting;
                   }
                   return joined;
               }())
            << "\n  backup " << qs(e.backupFile) << "\n";
    }
    for (const auto& problem : scan.problems) {
        err << "omt: cannot be read: " << problem << "\n";
    }
    return kOk;
}

}  // namespace

int runConfigCommand(const QString& command, const QStringList& args,
                     const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    Report report(command + (args.isEmpty() ? QString() : QLatin1Char(' ') + args.first()),
                  parser.isSet(kJson), out, err);
    if (args.isEmpty()) {
        return report.fail(kBadUsage,
                           QStringLiteral("%1 needs a subcommand (see omt --help)").arg(command));
    }
    if (command == QLatin1String("config") &&
        (args[0] == QLatin1String("interrupted") || args[0] == QLatin1String("dismiss"))) {
        return runJournal(args, report, out, err);
    }
    // What the arguments say is checked before connecting.
    if (auto problem = argumentProblem(command, args)) {
        return report.fail(kBadUsage, *problem);
    }
    warnAboutInterruptedWrites(err);
    OpenFailure failure;
    auto open = openMeter(parser, err, false, false, &failure);
    if (!open) {
        return report.failed(failure.exitCode, failure.message);
    }
    BlockingMeter& meter = *open->meter;
    Context c{meter,
              parser,
              out,
              err,
              parser.isSet(kJson),
              parser.isSet(kJson) || parser.isSet(QStringLiteral("quiet")),
              {}};
    // Connections opened again after a lost link (an embedded demo meter never loses it). Their
    // stage lines go to standard error through a device that remembers the last one.
    LastLineDevice reconnectDevice(stderr);
    QTextStream reconnectWords(&reconnectDevice);
    std::vector<std::unique_ptr<OpenMeter>> reopened;
    if (!parser.isSet(QStringLiteral("demo"))) {
        c.reconnect = [&]() -> Expected<BlockingMeter*, QString> {
            // openMeter says why it failed on its stream (which the new session keeps for its
            // stage lines): the last line is the reason here.
            auto again = openMeter(parser, reconnectWords);
            reconnectWords.flush();
            if (!again) {
                QString why = reconnectDevice.lastLine();
                if (why.startsWith(QLatin1String("omt: "))) {
                    why.remove(0, 5);
                }
                return omt::unexpected(why.isEmpty() ? QStringLiteral("no connection") : why);
            }
            reopened.push_back(std::move(again));
            return reopened.back()->meter.get();
        };
    }
    int rc = kOk;
    auto read = readMeter(meter);
    if (!read) {
        rc = report.fail(kMeterFailure, read.error());
    } else if (command == QLatin1String("config")) {
        rc = runConfig(c, *read, args);
    } else if (command == QLatin1String("display-list")) {
        rc = runDisplayList(c, *read, args);
    } else if (command == QLatin1String("ct-ratio")) {
        rc = runCtRatio(c, *read, args);
    } else {
        rc = runPlan(c, *read, command, args);
    }
    out.flush();
    err.flush();
    meter.close();
    for (auto& again : reopened) {
        again->meter->close();
    }
    return rc;
}

}  // namespace omt::app
