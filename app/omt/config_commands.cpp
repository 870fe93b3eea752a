#include "config_commands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>

#include "connection.h"
#include "meter/configuration.h"
#include "meter/device_profile.h"
#include "meter/type_number.h"
#include "meter/write_plan.h"
#include "meter/write_run.h"
#include "protocol/dlms/axdr/display.h"
#include "report.h"

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

/// Where profiles/*.json are: installed beside the binary, or the source tree in a build.
QString resourceDir() {
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         {app + QStringLiteral("/../share/openmetertool"), QStringLiteral(OMT_SOURCE_RESOURCES)}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/profiles"))) {
            return candidate;
        }
    }
    return QStringLiteral(OMT_SOURCE_RESOURCES);
}

/// $XDG_DATA_HOME/OpenMeterTool (default ~/.local/share/OpenMeterTool).
QString dataDir() {
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return base + QStringLiteral("/OpenMeterTool");
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
    /// Opens the connection again after the link was lost (nullptr when it cannot).
    std::function<BlockingMeter*()> reconnect;
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

// --- carrying out a plan ----------------------------------------------------------------------

/// Why a request failed; `linkLost` when the session itself failed (no answer, link or port
/// gone) rather than the meter refusing.
struct RequestFailure {
    QString why;
    bool linkLost = false;
};

RequestFailure sessionFailure(const link::SessionError& e) {
    using K = link::SessionError::Kind;
    return {link::describe(e), e.kind == K::NoAnswer || e.kind == K::LinkLost ||
                                   e.kind == K::PortError || e.kind == K::NotReady};
}

/// Carries out one SET or ACTION: nothing on success, else why it failed.
std::optional<RequestFailure> runWrite(BlockingMeter& meter, const meter::WriteStep& w) {
    if (const auto* set = std::get_if<AttributeValue>(&w)) {
        auto done =
            meter.set({{{set->classId, set->obis, set->attribute, std::nullopt}, set->value}});
        if (!done) {
            return sessionFailure(done.error());
        }
        if (done->items.empty() || done->items.front().result != DataAccessResult::Success) {
            const auto r =
                done->items.empty() ? DataAccessResult::OtherReason : done->items.front().result;
            return RequestFailure{
                QStringLiteral("the meter refused %1 (%2)")
                    .arg(qs(meter::addressText(set->classId, set->obis, set->attribute)),
                         QLatin1String(dlms::nameOf(r)))};
        }
        return std::nullopt;
    }
    const auto& call = std::get<meter::MethodCall>(w);
    auto done = meter.action({call.classId, call.obis, call.method}, call.parameter);
    if (!done) {
        return sessionFailure(done.error());
    }
    if (done->result != dlms::ActionResult::Success) {
        return RequestFailure{QStringLiteral("the meter refused action %1/%2:m%3 (%4)")
                                  .arg(call.classId)
                                  .arg(qs(call.obis.toString()))
                                  .arg(call.method)
                                  .arg(QLatin1String(dlms::nameOf(done->result)))};
    }
    return std::nullopt;
}

/// Reads the attributes of `expected`: their values (nullopt where the meter gave none), or
/// why the read failed.
Expected<std::vector<std::optional<Data>>, RequestFailure> readBack(
    BlockingMeter& meter, const std::vector<AttributeValue>& expected) {
    std::vector<dlms::AttributeRef> refs;
    for (const auto& v : expected) {
        refs.push_back({v.classId, v.obis, v.attribute, std::nullopt});
    }
    auto got = meter.get(refs);
    if (!got) {
        return omt::unexpected(sessionFailure(got.error()));
    }
    std::vector<std::optional<Data>> values;
    for (const auto& item : got->items) {
        const auto* d = std::get_if<Data>(&item.result);
        values.push_back(d ? std::optional<Data>(*d) : std::nullopt);
    }
    return values;
}

class AuditLog {
public:
    AuditLog(QString path, QTextStream& err) : m_path(std::move(path)), m_err(err) {}
    void append(const std::vector<meter::AuditRecord>& records) {
        if (records.empty()) {
            return;
        }
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        const bool fresh = !file.exists() || file.size() == 0;
        if (!file.open(QIODevice::Append)) {
            m_err << "omt: the audit log " << m_path << " cannot be written: " << file.errorString()
                  << "\n";
            return;
        }
        std::string text = fresh ? meter::auditHeader() : std::string();
        for (const auto& r : records) {
            text += meter::auditLine(r);
        }
        file.write(text.data(), qint64(text.size()));
    }

private:
    QString m_path;
    QTextStream& m_err;
};

/// Asks on standard input; true on "y" / "yes".
bool confirm(QTextStream& err, const QString& question) {
    err << question << " [y/N] ";
    err.flush();
    char line[64] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr) {
        err << "\n";
        return false;
    }
    const QString answer = QString::fromLatin1(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

/// Writes `target` over `read` safely (see the header). `what` names the operation for the
/// messages ("apply", "restore").
int carryOut(Context& c, const MeterRead& read, const MeterConfiguration& target,
             const QString& what, const std::vector<std::string>& notes = {}) {
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
        !confirm(c.err, QStringLiteral("Go ahead with these steps?"))) {
        return finish(kBadUsage, QStringLiteral("cancelled"),
                      QStringLiteral("nothing written: not confirmed (give --yes to confirm "
                                     "from a script)"));
    }

    // The backup, before anything is written.
    meter::Backup backup{read.configuration.meter, read.configuration.serialNumber, now(),
                         plan->backup};
    const QString backupDir = dataDir() + QStringLiteral("/backups");
    const QString serial = read.configuration.serialNumber.empty()
                               ? QStringLiteral("unknown")
                               : qs(read.configuration.serialNumber);
    const QString backupPath =
        backupDir + QStringLiteral("/%1-%2.json")
                        .arg(serial, QDateTime::currentDateTimeUtc().toString(
                                         QStringLiteral("yyyyMMddTHHmmsszzzZ")));
    {
        QDir().mkpath(backupDir);
        QSaveFile file(backupPath);
        const std::string text = meter::backupJson(backup);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 ||
            !file.commit()) {
            return finish(kMeterFailure, QStringLiteral("not-written"),
                          QStringLiteral("nothing written: the backup %1 cannot be saved: %2")
                              .arg(backupPath, file.errorString()));
        }
    }
    report[QStringLiteral("backup")] = backupPath;

    AuditLog audit(
        c.parser.isSet(kAudit) ? c.parser.value(kAudit) : dataDir() + QStringLiteral("/audit.csv"),
        c.err);
    meter::AuditRecord common;
    common.meterSerial = read.configuration.serialNumber;
    common.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).toStdString();
    meter::WriteRun run(*plan, common);
    // A lost link is not the end: the meter may hold a half-written configuration, so the tool
    // connects again (twice at most) and finishes the run there, which restores it.
    BlockingMeter* meter = &c.meter;
    int reconnects = 0;
    auto relink = [&]() {
        if (!c.reconnect || reconnects >= 2) {
            return false;
        }
        ++reconnects;
        c.err << "omt: the link to the meter was lost; connecting again to finish safely\n";
        meter->close();
        BlockingMeter* again = c.reconnect();
        if (again == nullptr) {
            return false;
        }
        meter = again;
        report[QStringLiteral("reconnected")] = reconnects;
        return true;
    };
    std::string lastSetting;
    while (!run.done()) {
        const meter::WriteRequest r = run.next();
        if (r.kind == meter::WriteRequest::Kind::Write) {
            if (!c.quiet && r.setting != lastSetting) {
                const bool restoring = r.phase == meter::WritePhase::Restoring;
                c.err << "omt: " << (restoring ? "restoring " : "writing ") << qs(r.setting)
                      << (r.phase == meter::WritePhase::WritingPermanent ? " (permanent)" : "")
                      << "\n";
            }
            lastSetting = r.setting;
            if (auto failed = runWrite(*meter, r.write)) {
                // A write cut off by the link may have half happened: it fails, and the run
                // restores (over the new link when there is one).
                if (!failed->linkLost) {
                    run.writeRefused(failed->why.toStdString());
                } else {
                    if (relink()) {
                        failed->why += QStringLiteral(" (the link was lost; connected again)");
                    }
                    run.writeFailed(failed->why.toStdString());
                }
            } else {
                run.writeSucceeded();
            }
        } else {
            lastSetting.clear();
            auto values = readBack(*meter, r.read);
            if (!values && values.error().linkLost && relink()) {
                values = readBack(*meter, r.read);  // reading changes nothing: read again
            }
            if (values) {
                run.readDone(*values);
            } else {
                run.readFailed(values.error().why.toStdString());
            }
        }
        audit.append(run.takeAudit());
    }

    const meter::WriteOutcome& o = run.outcome();
    auto join = [](const std::vector<std::string>& parts,
                   const QString& separator = QStringLiteral(", ")) {
        QStringList l;
        for (const auto& p : parts) {
            l << qs(p);
        }
        return l.join(separator);
    };
    QString why = qs(o.failure);
    if (!o.failedSetting.empty()) {
        why = QStringLiteral("%1: %2").arg(qs(o.failedSetting), why);
    } else if (why.isEmpty() && !o.mismatched.empty()) {
        why = QStringLiteral("the meter does not hold what was written for %1")
                  .arg(join(o.mismatched));
    }
    if (o.result == meter::WriteResult::Restored || o.result == meter::WriteResult::NotRestored) {
        QJsonArray restored;
        for (const auto& setting : o.restoredSettings) {
            restored.append(qs(setting));
        }
        report[QStringLiteral("restored")] = restored;
    }
    switch (o.result) {
        case meter::WriteResult::Verified:
            return finish(kOk, QStringLiteral("verified"),
                          QStringLiteral("written and verified: %1 step(s); backup %2")
                              .arg(plan->steps.size())
                              .arg(backupPath));
        case meter::WriteResult::Restored:
            if (o.restoredSettings.empty()) {
                return finish(kMeterFailure, QStringLiteral("restored"),
                              QStringLiteral("%1 failed: %2. Nothing had been written; the meter "
                                             "is as before.")
                                  .arg(what, why));
            }
            return finish(kMeterFailure, QStringLiteral("restored"),
                          QStringLiteral("%1 failed: %2. The old values were written back and "
                                         "verified; the meter is as before.")
                              .arg(what, why));
        case meter::WriteResult::NotRestored:
            return finish(
                kMeterFailure, QStringLiteral("not-restored"),
                QStringLiteral("%1 failed: %2. Restoring failed too (%3): restore the "
                               "backup %4 with `omt config restore %4`.")
                    .arg(what, why, join(o.restoreFailures, QStringLiteral("; ")), backupPath));
        case meter::WriteResult::NotVerified:
            break;
    }
    return finish(kMeterFailure, QStringLiteral("not-verified"),
                  QStringLiteral("the permanent step was written but does not verify "
                                 "(%1); it cannot be undone. Backup: %2")
                      .arg(o.mismatched.empty() ? qs(o.failure) : join(o.mismatched), backupPath));
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
        return QStringLiteral("config takes show, diff, apply, backup or restore");
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

int runConfig(Context& c, const MeterRead& read, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == QLatin1String("show")) {
        if (c.json) {
            c.out << qs(ConfigurationTemplate::of(read.configuration, {}).toJson()) << "\n";
            return kOk;
        }
        return showLines(c, read.configuration.describe(), {});
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
        const auto changes = target->diffFrom(read.configuration);
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
    if (sub == QLatin1String("backup")) {
        if (args.size() > 2) {
            return usage(c, QStringLiteral("config backup takes at most one file"));
        }
        meter::Backup backup{read.configuration.meter, read.configuration.serialNumber, now(),
                             read.configuration.toValues(read.profile)};
        QString path = args.value(1);
        if (path.isEmpty()) {
            QDir().mkpath(dataDir() + QStringLiteral("/backups"));
            path = dataDir() + QStringLiteral("/backups/%1-%2.json")
                                   .arg(qs(read.configuration.serialNumber),
                                        QDateTime::currentDateTimeUtc().toString(
                                            QStringLiteral("yyyyMMddTHHmmssZ")));
        }
        QSaveFile file(path);
        const std::string text = meter::backupJson(backup);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) < 0 ||
            !file.commit()) {
            return usage(c, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
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
        return carryOut(c, read, target->configuration, QStringLiteral("restore"), target->skipped);
    }
    return usage(c, QStringLiteral("config takes show, diff, apply, backup or restore"));
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
        return showLines(c,
                         {"ct-ratio: " + std::to_string(ct->factor) + " (" + ratio.text() + ")",
                          std::string("locked: ") + (ct->locked ? "yes (permanent)" : "no")},
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

int runConfigCommand(const QString& command, const QStringList& args,
                     const QCommandLineParser& parser, QTextStream& out, QTextStream& err) {
    Report report(command + (args.isEmpty() ? QString() : QLatin1Char(' ') + args.first()),
                  parser.isSet(kJson), out, err);
    if (args.isEmpty()) {
        return report.fail(kBadUsage,
                           QStringLiteral("%1 needs a subcommand (see omt --help)").arg(command));
    }
    // What the arguments say is checked before connecting.
    if (auto problem = argumentProblem(command, args)) {
        return report.fail(kBadUsage, *problem);
    }
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
    // Connections opened again after a lost link (an embedded demo meter never loses it).
    std::vector<std::unique_ptr<OpenMeter>> reopened;
    if (!parser.isSet(QStringLiteral("demo"))) {
        c.reconnect = [&]() -> BlockingMeter* {
            auto again = openMeter(parser, err);
            if (!again) {
                return nullptr;
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
