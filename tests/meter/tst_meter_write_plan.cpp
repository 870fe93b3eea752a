// The safe write plan (core/meter/write_plan.h): step order (CT ratio before the Z codes, the
// lock last), destructive and permanent steps, verify and restore lists, the backup file and
// its parser, restoring from a backup without ever un-locking, and the audit CSV.
#include <QFile>
#include <QTest>

#include "meter/write_plan.h"

#include <nlohmann/json.hpp>

using namespace omt;
using namespace omt::meter;
using cosem::ObisCode;
using dlms::Data;

namespace {

constexpr char kZ[] =
    "1-2-26-2-000-01-01-1-000-01-00-002-001-001-000-000-000-000-200-1-1-0-1-000-1-1-04-1";
const ObisCode kRatio{1, 0, 0, 4, 2, 255};
const ObisCode kLock{1, 0, 0, 4, 128, 255};
const ObisCode kZObject{0, 0, 96, 1, 128, 255};
const ObisCode kAutomatic{0, 0, 21, 0, 1, 255};
const ObisCode kLoadProfile{1, 0, 99, 1, 0, 255};

const DeviceProfile& profile() {
    static const DeviceProfile p = [] {
        auto loaded = loadDeviceProfile(MeterFamily::OmnipowerCt, OMT_SOURCE_DIR "/resources");
        if (!loaded) {
            qFatal("profile: %s", loaded.error().detail.c_str());
        }
        return *loaded;
    }();
    return p;
}

Data column(std::uint16_t classId, const ObisCode& obis) {
    return cosem::CaptureObjectDefinition{classId, obis, 2, 0}.toData();
}

std::vector<AttributeValue> meterValues(std::uint16_t factor, bool locked) {
    std::string z = kZ;
    z.replace(z.find("-200-1-"), 7,
              "-" + ct::CtRatio{factor}.z21Code() + "-" + (locked ? "2" : "1") + "-");
    return {
        {1, {0, 0, 96, 1, 0, 255}, 2, Data::octetString(bytesOf("71234567"))},
        {1, {0, 0, 96, 1, 1, 255}, 2, Data::visibleString("68 51 13 5 BD 2 40 1 1 1 XXX")},
        {1, kZObject, 2, Data::visibleString(z)},
        {3, kRatio, 2, Data::longUnsigned(factor)},
        {1, kLock, 2, Data::boolean(locked)},
        {7, kLoadProfile, 4, Data::doubleLongUnsigned(900)},
        {7, kAutomatic, 3,
         Data::array({column(3, {1, 0, 1, 8, 0, 255}), column(1, {0, 0, 96, 1, 0, 255})})},
    };
}

MeterConfiguration meterAt(std::uint16_t factor, bool locked) {
    auto c = MeterConfiguration::fromValues(profile(), meterValues(factor, locked));
    if (!c) {
        qFatal("fromValues: %s", c.error().detail.c_str());
    }
    return *c;
}

/// The CT profile with its "rules" edited by `edit`.
template <class Edit>
DeviceProfile profileWith(Edit edit) {
    auto j = nlohmann::ordered_json::parse(profile().toJson());
    edit(j["rules"]);
    auto p = DeviceProfile::parse(j.dump());
    if (!p) {
        qFatal("profile: %s", p.error().detail.c_str());
    }
    return *p;
}

MeterConfiguration applied(const MeterConfiguration& current, const std::string& body) {
    auto t = ConfigurationTemplate::fromJson(
        R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct")" + body + "}");
    if (!t) {
        qFatal("template: %s", t.error().detail.c_str());
    }
    auto target = t->applyTo(current, profile());
    if (!target) {
        qFatal("applyTo: %s", target.error().detail.c_str());
    }
    return *target;
}

std::vector<std::string> settingsOf(const std::vector<PlannedStep>& steps) {
    std::vector<std::string> out;
    for (const auto& s : steps) {
        out.push_back(s.setting);
    }
    return out;
}

const AttributeValue& setOf(const PlannedStep& step, std::size_t i = 0) {
    return std::get<AttributeValue>(step.writes.at(i));
}

}  // namespace

class TstMeterWritePlan : public QObject {
    Q_OBJECT

private slots:
    void ratioBeforeZCodesAndLockLast();
    void periodChangeIsDestructive();
    void onlyChangesAreWritten();
    void lockedRatioAndUnlockAreRefused();
    void invalidTargetIsRefusedWithEveryProblem();
    void restoreUndoesWhatWasAttemptedNewestFirst();
    void backupFileRoundTrips();
    void backupFileRefusals_data();
    void backupFileRefusals();
    void restoreFromBackupNeverUnlocks();
    void auditCsvIsRfc4180();
    void auditRecordsNameObjectOldAndNew();
    void auditCsvReadsBackWhatAuditLineWrites();
    void auditCsvGoldenFile();
    void auditCsvMalformedRecordsSpoilOnlyTheirLine();
    void issue18_lockWarningSaysWhatTheProfileKnows();
    void issue18_unlockOnlyWhereTheProfileAllowsIt();
    void issue18_z29ChangeClearsTheLoadProfile();
    void issue18_orderFormCodesFromTheProfile();
};

void TstMeterWritePlan::ratioBeforeZCodesAndLockLast() {
    const auto current = meterAt(200, false);
    // Z5 (display configuration, order form) changes too, so the Z codes are a step of their own.
    std::string z = current.software->format();
    z.replace(9, 3, "007");
    z.replace(z.find("-200-1-"), 7, "-300-2-");
    const auto target =
        applied(current, R"(, "software-configuration": ")" + z +
                             R"(", "display-lists": {"automatic": ["1.0.1.8.0.255"]})");
    auto plan = WritePlan::make(profile(), current, target);
    QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
    QCOMPARE(settingsOf(plan->steps),
             (std::vector<std::string>{"ct-ratio", "software-configuration",
                                       "display-list automatic", "ct-lock"}));
    QCOMPARE(plan->reversibleCount(), std::size_t{3});
    QCOMPARE(setOf(plan->steps[0]), (AttributeValue{3, kRatio, 2, Data::longUnsigned(300)}));
    // The Z codes are written with Z22 as the meter has it; the lock comes only at the end.
    const auto& zStep = setOf(plan->steps[1]);
    QCOMPARE(zStep.obis, kZObject);
    QVERIFY(zStep.value.as<std::string>()->find("-300-1-") != std::string::npos);
    QVERIFY(zStep.value.as<std::string>()->find("-007-") != std::string::npos);
    QVERIFY(plan->steps[3].permanent);
    QVERIFY(!plan->steps[0].permanent && !plan->steps[0].destructive);
    QCOMPARE(setOf(plan->steps[3]), (AttributeValue{1, kLock, 2, Data::boolean(true)}));
    QCOMPARE(plan->warnings().size(), std::size_t{1});
    // The shipped profile does not say whether the lock can be undone: the warning says so.
    QVERIFY2(plan->warnings()[0].find("treat the lock as permanent") != std::string::npos,
             plan->warnings()[0].c_str());
    // Verify: everything but the lock; then the lock and the Z codes with Z22 "2".
    QCOMPARE(plan->verify.size(), std::size_t{3});
    QCOMPARE(plan->verifyPermanent.size(), std::size_t{2});
    QCOMPARE(plan->verifyPermanent[0], (AttributeValue{1, kLock, 2, Data::boolean(true)}));
    QVERIFY(plan->verifyPermanent[1].value.as<std::string>()->find("-300-2-") != std::string::npos);
    // The backup holds the old value of each attribute about to change.
    QCOMPARE(plan->backup.size(), std::size_t{4});
    QCOMPARE(*findAttribute(plan->backup, kRatio, 2),
             (AttributeValue{3, kRatio, 2, Data::longUnsigned(200)}));
    QCOMPARE(*findAttribute(plan->backup, kLock, 2),
             (AttributeValue{1, kLock, 2, Data::boolean(false)}));
}

void TstMeterWritePlan::periodChangeIsDestructive() {
    const auto current = meterAt(200, false);
    const auto target = applied(current, R"(, "load-profile-period": 3600)");
    auto plan = WritePlan::make(profile(), current, target);
    QVERIFY(plan.hasValue());
    // Z4 follows the period on the meter: no Z-code write, but it is verified.
    QCOMPARE(settingsOf(plan->steps), std::vector<std::string>{"load-profile-period"});
    QVERIFY(plan->steps[0].destructive);
    QVERIFY(!plan->steps[0].permanent);
    QCOMPARE(setOf(plan->steps[0]),
             (AttributeValue{7, kLoadProfile, 4, Data::doubleLongUnsigned(3600)}));
    QCOMPARE(plan->warnings(),
             std::vector<std::string>{"load-profile-period 900 s -> 3600 s clears the load "
                                      "profile: its logged data are lost"});
    const auto* z = findAttribute(plan->verify, kZObject, 2);
    QVERIFY(z != nullptr);
    QCOMPARE(z->value.as<std::string>()->substr(0, 8), std::string("1-2-26-4"));
}

void TstMeterWritePlan::onlyChangesAreWritten() {
    const auto current = meterAt(200, false);
    auto same = WritePlan::make(profile(), current, current);
    QVERIFY(same.hasValue());
    QVERIFY(same->empty());
    QVERIFY(same->verify.empty() && same->backup.empty() && same->changes.empty());
    // A template restating the meter's own values changes nothing either.
    const auto restated = applied(current, R"(, "ct-ratio": {"factor": 200, "locked": false})");
    QVERIFY(WritePlan::make(profile(), current, restated)->empty());
    // Only the ratio: Z21 follows on the meter, so the Z codes are verified, not written.
    auto ratio =
        WritePlan::make(profile(), current, applied(current, R"(, "ct-ratio": {"factor": 30})"));
    QCOMPARE(settingsOf(ratio->steps), std::vector<std::string>{"ct-ratio"});
    QVERIFY(findAttribute(ratio->verify, kZObject, 2) != nullptr);
    // Load control: switching relay 1 on writes its state alone, not the whole plan; the
    // undo writes it back alone; the verify list still covers the whole plan.
    auto withRelays = current;
    withRelays.loadControl = LoadControlPlan{};
    for (std::uint8_t n = 1; n <= 2; ++n) {
        RelayPlan relay;
        relay.relay = n;
        relay.mode = RelayMode::OnDemand;
        relay.state = false;
        relay.tariffMask = 1;
        withRelays.loadControl->relays.push_back(relay);
    }
    auto relayOn = withRelays;
    relayOn.loadControl->relays[0].state = true;
    auto relay = WritePlan::make(profile(), withRelays, relayOn);
    QVERIFY2(relay.hasValue(), relay ? "" : relay.error().detail.c_str());
    QCOMPARE(settingsOf(relay->steps), std::vector<std::string>{"load-control"});
    const AttributeValue on{1, {0, 1, 96, 3, 129, 255}, 2, Data::boolean(true)};
    QCOMPARE(relay->steps[0].writes, std::vector<WriteStep>{on});
    QCOMPARE(relay->undo[0].writes,
             (std::vector<WriteStep>{AttributeValue{1, on.obis, 2, Data::boolean(false)}}));
    QCOMPARE(relay->verify.size(), std::size_t(6));  // mode, mask and state of both relays
}

void TstMeterWritePlan::lockedRatioAndUnlockAreRefused() {
    const auto locked = meterAt(200, true);
    auto otherRatio = locked;
    otherRatio.ct->factor = 300;
    auto plan = WritePlan::make(profile(), locked, otherRatio);
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().code, PlanError::RatioLocked);
    auto unlocked = locked;
    unlocked.ct->locked = false;
    plan = WritePlan::make(profile(), locked, unlocked);
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().code, PlanError::Irreversible);
    // Z21 moved through the Z codes alone is refused as well.
    auto viaZ = locked;
    (void)viaZ.software->setCode(ZField::Z21, "300");
    plan = WritePlan::make(profile(), locked, viaZ);
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().code, PlanError::RatioLocked);
    // Anything else may still change on a locked meter.
    auto lists = locked;
    lists.displayLists[DisplayListKind::Automatic].pop_back();
    QVERIFY(WritePlan::make(profile(), locked, lists).hasValue());
}

void TstMeterWritePlan::invalidTargetIsRefusedWithEveryProblem() {
    const auto current = meterAt(200, false);
    auto target = current;
    // A billing-period value (F = 1: the previous period) in the automatic list, twice.
    const cosem::CaptureObjectDefinition historical{3, {1, 0, 1, 8, 0, 1}, 2, 0};
    target.displayLists[DisplayListKind::Automatic] = {historical, historical};
    (void)target.software->setCode(ZField::Z2, "9");  // not a listed code
    auto plan = WritePlan::make(profile(), current, target);
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().code, PlanError::InvalidTarget);
    const std::string& d = plan.error().detail;
    QVERIFY2(d.find("software-configuration Z2 \"9\"") != std::string::npos, d.c_str());
    QVERIFY2(d.find("display-list automatic: ") != std::string::npos, d.c_str());
    QVERIFY2(d.find("1.0.1.8.0.1 is historical") != std::string::npos, d.c_str());
    QVERIFY2(d.find("1.0.1.8.0.1 is already in the list") != std::string::npos, d.c_str());
    // Z2; historical at 0 and 1; the duplicate at 1.
    QVERIFY2(std::count(d.begin(), d.end(), ';') == 3, d.c_str());
}

void TstMeterWritePlan::restoreUndoesWhatWasAttemptedNewestFirst() {
    const auto current = meterAt(200, false);
    const auto target = applied(current, R"(, "ct-ratio": {"factor": 300, "locked": true},)"
                                         R"( "load-profile-period": 1800,)"
                                         R"( "display-lists": {"automatic": ["1.0.1.8.0.255"]})");
    auto plan = WritePlan::make(profile(), current, target);
    QVERIFY(plan.hasValue());
    QCOMPARE(settingsOf(plan->steps),
             (std::vector<std::string>{"ct-ratio", "load-profile-period", "display-list automatic",
                                       "ct-lock"}));
    // A failure in step 2: steps 2 and 1 are undone, newest first, with the old values.
    const auto back = plan->restoreFor(2);
    QCOMPARE(settingsOf(back), (std::vector<std::string>{"load-profile-period", "ct-ratio"}));
    QCOMPARE(setOf(back[0]), (AttributeValue{7, kLoadProfile, 4, Data::doubleLongUnsigned(900)}));
    QVERIFY(back[0].destructive);
    QCOMPARE(setOf(back[1]), (AttributeValue{3, kRatio, 2, Data::longUnsigned(200)}));
    // Even after every step, the lock is never part of a restore.
    const auto all = plan->restoreFor(plan->steps.size());
    QCOMPARE(settingsOf(all), (std::vector<std::string>{"display-list automatic",
                                                        "load-profile-period", "ct-ratio"}));
    QVERIFY(plan->restoreFor(0).empty());
}

void TstMeterWritePlan::backupFileRoundTrips() {
    Backup b;
    b.serial = "71234567";
    b.time = std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours{19};
    b.values = {{3, kRatio, 2, Data::longUnsigned(200)}, {1, kLock, 2, Data::boolean(false)}};
    const std::string text = backupJson(b);
    QVERIFY(text.find(R"("format": "omt-backup")") != std::string::npos);
    QVERIFY(text.find(R"("serial": "71234567")") != std::string::npos);
    QVERIFY(text.find(R"("time": "2026-11-21T19:00:00Z")") != std::string::npos);
    // long-unsigned (0x12) 200 = 00 C8; boolean (0x03) false = 00.
    QVERIFY(text.find(R"("axdr": "12 00 C8")") != std::string::npos);
    QVERIFY(text.find(R"("axdr": "03 00")") != std::string::npos);
    auto back = parseBackup(text);
    QVERIFY2(back.hasValue(), back ? "" : back.error().detail.c_str());
    QCOMPARE(*back, b);
}

void TstMeterWritePlan::backupFileRefusals_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    auto doc = [](const QString& attributes, const QString& extra = {}) {
        return QStringLiteral(R"({"format": "omt-backup", "version": 1, "meter": "omnipower-ct",)"
                              R"( "serial": "1", "time": "2026-11-21T19:00:00Z"%1,)"
                              R"( "attributes": [%2]})")
            .arg(extra, attributes);
    };
    const QString ratio =
        QStringLiteral(R"({"class": 3, "obis": "1.0.0.4.2.255", "attribute": 2, "axdr": "%1"})");
    QTest::newRow("truncated a-xdr")
        << doc(ratio.arg(QStringLiteral("12 00"))) << int(DocumentError::BadValue)
        << QStringLiteral("$.attributes[0].axdr: not an A-XDR value");
    QTest::newRow("not hex") << doc(ratio.arg(QStringLiteral("zz"))) << int(DocumentError::BadValue)
                             << QStringLiteral("$.attributes[0].axdr");
    QTest::newRow("unknown field")
        << doc(ratio.arg(QStringLiteral("12 00 C8")), QStringLiteral(R"(, "user": "x")"))
        << int(DocumentError::UnknownField) << QStringLiteral("$.user");
    QTest::newRow("bad obis")
        << doc(QStringLiteral(R"({"class": 3, "obis": "1.0.0", "attribute": 2, "axdr": "00"})"))
        << int(DocumentError::BadValue) << QStringLiteral("$.attributes[0].obis");
    QTest::newRow("future version")
        << QStringLiteral(R"({"format": "omt-backup", "version": 9})")
        << int(DocumentError::FutureVersion) << QStringLiteral("$.version");
    QTest::newRow("bad time")
        << QStringLiteral(R"({"format": "omt-backup", "version": 1, "meter": "omnipower-ct",)"
                          R"( "serial": "1", "time": "2026-02-30T00:00:00Z", "attributes": []})")
        << int(DocumentError::BadValue) << QStringLiteral("$.time");
    QTest::newRow("a template") << QStringLiteral(
                                       R"({"format": "omt-configuration", "version": 1})")
                                << int(DocumentError::WrongFormat) << QStringLiteral("$.format");
}

void TstMeterWritePlan::backupFileRefusals() {
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(QString, detail);
    auto b = parseBackup(text.toStdString());
    QVERIFY(!b.hasValue());
    QCOMPARE(int(b.error().code), code);
    QVERIFY2(QString::fromStdString(b.error().detail).startsWith(detail), b.error().detail.c_str());
}

void TstMeterWritePlan::restoreFromBackupNeverUnlocks() {
    Backup b;
    b.serial = "71234567";
    b.values = {{3, kRatio, 2, Data::longUnsigned(200)},
                {1, kLock, 2, Data::boolean(false)},
                {7, kAutomatic, 3, Data::array({column(3, {1, 0, 1, 8, 0, 255})})}};
    // Unlocked meter at 300: everything comes back.
    auto target = restoreTarget(profile(), meterValues(300, false), b);
    QVERIFY(target.hasValue());
    QVERIFY(target->skipped.empty());
    QCOMPARE(target->configuration.ct->factor, std::uint16_t{200});
    QCOMPARE(target->configuration.displayLists.at(DisplayListKind::Automatic).size(),
             std::size_t{1});
    auto plan = WritePlan::make(profile(), meterAt(300, false), target->configuration);
    QVERIFY(plan.hasValue());
    QCOMPARE(settingsOf(plan->steps),
             (std::vector<std::string>{"ct-ratio", "display-list automatic"}));
    // Locked meter at 300: the ratio and lock stay, the rest comes back, and it is said.
    auto locked = restoreTarget(profile(), meterValues(300, true), b);
    QVERIFY(locked.hasValue());
    QCOMPARE(locked->skipped.size(), std::size_t{1});
    QVERIFY(locked->skipped[0].find("locked") != std::string::npos);
    QCOMPARE(locked->configuration.ct->factor, std::uint16_t{300});
    QVERIFY(locked->configuration.ct->locked);
    auto lockedPlan = WritePlan::make(profile(), meterAt(300, true), locked->configuration);
    QVERIFY2(lockedPlan.hasValue(), lockedPlan ? "" : lockedPlan.error().detail.c_str());
    QCOMPARE(settingsOf(lockedPlan->steps), std::vector<std::string>{"display-list automatic"});
    // Another meter's backup is refused.
    b.serial = "99999999";
    auto other = restoreTarget(profile(), meterValues(300, false), b);
    QVERIFY(!other.hasValue());
    QCOMPARE(other.error().code, ConfigurationError::WrongMeter);
    b.serial = "71234567";
    b.meter = MeterFamily::OmniaEMeter;
    QCOMPARE(restoreTarget(profile(), meterValues(300, false), b).error().code,
             ConfigurationError::WrongMeter);
}

void TstMeterWritePlan::auditCsvIsRfc4180() {
    QCOMPARE(auditHeader(), std::string("time,meter,user,object,old,new,result\r\n"));
    AuditRecord r;
    r.time = std::chrono::sys_days{std::chrono::year{2026} / 1 / 2} + std::chrono::hours{3} +
             std::chrono::minutes{4} + std::chrono::seconds{5};
    r.meterSerial = "71234567";
    r.user = "O'Brien, J";
    r.object = "ct-ratio 3/1.0.0.4.2.255:2";
    r.oldValue = "visible-string \"a\"";
    r.newValue = "line\nbreak";
    r.result = "verified";
    QCOMPARE(auditLine(r),
             std::string("2026-01-02T03:04:05Z,71234567,\"O'Brien, J\",ct-ratio "
                         "3/1.0.0.4.2.255:2,\"visible-string \"\"a\"\"\",\"line\nbreak\","
                         "verified\r\n"));
    QCOMPARE(csvField("plain"), std::string("plain"));
    QCOMPARE(csvField("cr\r"), std::string("\"cr\r\""));
    QCOMPARE(csvField(""), std::string());
}

namespace {

QByteArray readGolden(const char* name) {
    QFile file(QStringLiteral(OMT_SOURCE_DIR "/tests/meter/golden/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

/// One line per row: "line N: ok | field | ..." or "line N: problem | text", CR and LF shown as
/// \r and \n.
std::string dump(const AuditCsv& csv) {
    auto visible = [](const std::string& t) {
        std::string out;
        for (char c : t) {
            out += c == '\r'   ? std::string("\\r")
                   : c == '\n' ? std::string("\\n")
                               : std::string(1, c);
        }
        return out;
    };
    std::string out = std::string("header: ") + (csv.header ? "yes" : "no") + "\n";
    for (const auto& row : csv.rows) {
        out += "line " + std::to_string(row.line) + ": ";
        if (row.ok()) {
            out += "ok";
            for (const auto& f : row.fields) {
                out += " | " + visible(f);
            }
        } else {
            out += nameOf(row.problem);
            if (row.problem == AuditCsvProblem::WrongFieldCount) {
                out += " (" + std::to_string(row.fields.size()) + ")";
            }
            out += " | " + visible(row.text);
        }
        out += "\n";
    }
    return out;
}

}  // namespace

// What auditLine writes, parseAuditCsv reads back field for field (quotes, commas, CR, LF).
void TstMeterWritePlan::auditCsvReadsBackWhatAuditLineWrites() {
    AuditRecord a;
    a.time = std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours{19};
    a.meterSerial = "71234567";
    a.user = "O'Brien, J";
    a.object = "ct-ratio 3/1.0.0.4.2.255:2";
    a.oldValue = "visible-string \"a\"";
    a.newValue = "line\r\nbreak\nand \"more\"";
    a.result = "failed, restored";
    AuditRecord b = a;
    b.user.clear();
    b.oldValue.clear();
    b.result = "verified";
    const auto csv = parseAuditCsv(auditHeader() + auditLine(a) + auditLine(b));
    QVERIFY(csv.header);
    QCOMPARE(csv.rows.size(), std::size_t{2});
    const std::vector<std::string> first = {
        "2026-11-21T19:00:00Z", a.meterSerial, a.user, a.object, a.oldValue, a.newValue, a.result};
    QVERIFY(csv.rows[0].ok());
    QCOMPARE(csv.rows[0].fields, first);
    QCOMPARE(csv.rows[0].line, std::size_t{2});
    QCOMPARE(csv.rows[1].line, std::size_t{5});  // the record above spans lines 2 to 4
    QCOMPARE(csv.rows[1].fields[2], std::string());
    QCOMPARE(csv.rows[1].fields[6], std::string("verified"));
    // No header: every record is one; nothing at all: no rows.
    QVERIFY(!parseAuditCsv(auditLine(b)).header);
    QCOMPARE(parseAuditCsv(auditLine(b)).rows.size(), std::size_t{1});
    QVERIFY(parseAuditCsv("").rows.empty());
    QVERIFY(parseAuditCsv(auditHeader()).rows.empty());
}

// tests/meter/golden/audit.csv (CRLF, as written) read as tests/meter/golden/audit.expected says.
void TstMeterWritePlan::auditCsvGoldenFile() {
    const QByteArray csv = readGolden("audit.csv");
    QVERIFY2(csv.contains("\r\n"), "the golden file lost its CRLF line ends");
    const std::string got = dump(parseAuditCsv(csv.toStdString()));
    const std::string expected = readGolden("audit.expected").toStdString();
    QCOMPARE(QString::fromStdString(got), QString::fromStdString(expected));
}

void TstMeterWritePlan::auditCsvMalformedRecordsSpoilOnlyTheirLine() {
    const std::string good = "2026-01-01T00:00:00Z,1,u,o,a,b,verified\r\n";
    // A quote left open at the end of the file, in the middle, with LF-only line ends.
    for (const std::string& bad : {std::string("2026-01-01T00:00:00Z,1,u,\"o,a,b,x\r\n"),
                                   std::string("\"\r\n"), std::string("x,\"y\"z\n")}) {
        const auto csv = parseAuditCsv(good + bad + good);
        QCOMPARE(csv.rows.size(), std::size_t{3});
        QVERIFY(csv.rows[0].ok());
        QVERIFY2(!csv.rows[1].ok(), bad.c_str());
        QCOMPARE(csv.rows[1].line, std::size_t{2});
        QVERIFY(csv.rows[2].ok());
        QCOMPARE(csv.rows[2].line, std::size_t{3});
        std::string line = bad;  // the text as it stands, without its line break
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        QCOMPARE(csv.rows[1].text, line);
    }
    const auto single = parseAuditCsv("a,b\r\n");
    QCOMPARE(single.rows.size(), std::size_t{1});
    QCOMPARE(single.rows[0].problem, AuditCsvProblem::WrongFieldCount);
    QCOMPARE(single.rows[0].fields.size(), std::size_t{2});
    QCOMPARE(single.rows[0].text, std::string("a,b"));
    // A blank line is no record; a file without a final line break still ends its record.
    const auto blank = parseAuditCsv(good + "\r\n" + good.substr(0, good.size() - 2));
    QCOMPARE(blank.rows.size(), std::size_t{2});
    QVERIFY(blank.rows[1].ok());
    QCOMPARE(blank.rows[1].line, std::size_t{3});
}

void TstMeterWritePlan::auditRecordsNameObjectOldAndNew() {
    const auto current = meterAt(200, false);
    const auto target =
        applied(current, R"(, "ct-ratio": {"factor": 300}, "display-lists": {"automatic":)"
                         R"( ["1.0.1.8.0.255"]})");
    auto plan = WritePlan::make(profile(), current, target);
    QVERIFY(plan.hasValue());
    AuditRecord common;
    common.meterSerial = "71234567";
    common.result = "verified";
    const auto records = auditRecords(plan->steps, plan->backup, common);
    QCOMPARE(records.size(), std::size_t{2});
    QCOMPARE(records[0].object, std::string("ct-ratio 3/1.0.0.4.2.255:2"));
    QCOMPARE(records[0].oldValue, std::string("long-unsigned 200"));
    QCOMPARE(records[0].newValue, std::string("long-unsigned 300"));
    QCOMPARE(records[0].result, std::string("verified"));
    QCOMPARE(records[1].object, std::string("display-list automatic 7/0.0.21.0.1.255:3"));
    QCOMPARE(records[1].oldValue, std::string("[3/1.0.1.8.0.255 1/0.0.96.1.0.255]"));
    QCOMPARE(records[1].newValue, std::string("[3/1.0.1.8.0.255]"));
}

// Issue 18, item 6. CT data sheet, "Z22 Transformer ratio (unlocked / locked): Unlocked 1,
// Locked 2", and nothing more. The tool keeps its caution (the lock is confirmed, last, and never
// undone unless the profile allows it) but says only what it knows.
void TstMeterWritePlan::issue18_lockWarningSaysWhatTheProfileKnows() {
    const auto current = meterAt(200, false);
    const auto target = applied(current, R"(, "ct-ratio": {"locked": true})");
    struct Case {
        CtUnlock rule;
        const char* says;
        bool permanent;
    };
    for (const Case& c :
         {Case{CtUnlock::NotStated,
               "the device profile does not say whether this meter type can be unlocked, and "
               "OpenMeterTool never unlocks it: treat the lock as permanent",
               true},
          Case{CtUnlock::Refused,
               "this meter type does not allow unlocking from the optical port (device "
               "profile), so the ratio cannot be changed from here again",
               true},
          Case{CtUnlock::Allowed,
               "this meter type can be unlocked again from the optical port (device profile)",
               false}}) {
        const auto rules = profileWith([&](auto& r) {
            if (c.rule != CtUnlock::NotStated) {
                r["ct-unlock"] = nameOf(c.rule);
            }
        });
        QCOMPARE(rules.rules().ctUnlock, c.rule);
        auto plan = WritePlan::make(rules, current, target);
        QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
        QCOMPARE(settingsOf(plan->steps), std::vector<std::string>{"ct-lock"});
        QCOMPARE(plan->steps[0].permanent, c.permanent);
        // Always asked for, in the words the profile allows.
        QCOMPARE(plan->warnings(),
                 std::vector<std::string>{"ct-lock locks the CT ratio at 1000/5 A: " +
                                          std::string(c.says)});
        QCOMPARE(plan->restoreFor(1).empty(), c.permanent);
        for (const auto& w : plan->warnings()) {
            QVERIFY(w.find("can never be") == std::string::npos);
        }
    }
}

void TstMeterWritePlan::issue18_unlockOnlyWhereTheProfileAllowsIt() {
    const auto locked = meterAt(200, true);
    auto unlocked = locked;
    unlocked.ct->locked = false;
    (void)unlocked.software->setCode(ZField::Z22, "1");
    auto refused =
        WritePlan::make(profileWith([](auto& r) { r["ct-unlock"] = "refused"; }), locked, unlocked);
    QCOMPARE(refused.error().code, PlanError::Irreversible);
    QCOMPARE(refused.error().detail,
             std::string("ct-lock: the CT ratio is locked, and this meter type does not allow "
                         "unlocking from the optical port (device profile)"));
    auto notStated = WritePlan::make(profile(), locked, unlocked);
    QCOMPARE(notStated.error().code, PlanError::Irreversible);
    QVERIFY2(notStated.error().detail.find("does not say") != std::string::npos,
             notStated.error().detail.c_str());
    // Allowed: unlock first, then the ratio it frees; both undone by a restore.
    const auto allowed = profileWith([](auto& r) { r["ct-unlock"] = "allowed"; });
    auto freed = unlocked;
    freed.ct->factor = 300;
    (void)freed.software->setCode(ZField::Z21, "300");
    auto plan = WritePlan::make(allowed, locked, freed);
    QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
    QCOMPARE(settingsOf(plan->steps), (std::vector<std::string>{"ct-unlock", "ct-ratio"}));
    QCOMPARE(setOf(plan->steps[0]), (AttributeValue{1, kLock, 2, Data::boolean(false)}));
    QCOMPARE(plan->reversibleCount(), std::size_t{2});
    const auto undo = plan->restoreFor(2);
    QCOMPARE(settingsOf(undo), (std::vector<std::string>{"ct-ratio", "ct-unlock"}));
    QCOMPARE(setOf(undo[1]), (AttributeValue{1, kLock, 2, Data::boolean(true)}));
    const auto* z = findAttribute(plan->verify, kZObject, 2);
    QVERIFY(z != nullptr);
    QVERIFY(z->value.as<std::string>()->find("-300-1-") != std::string::npos);
    // A restore with that profile may unlock; with the shipped one it says why not.
    Backup b;
    b.serial = "71234567";
    b.values = {{3, kRatio, 2, Data::longUnsigned(300)}, {1, kLock, 2, Data::boolean(false)}};
    auto back = restoreTarget(allowed, meterValues(200, true), b);
    QVERIFY(back.hasValue());
    QVERIFY(back->skipped.empty());
    QVERIFY(!back->configuration.ct->locked);
    auto kept = restoreTarget(profile(), meterValues(200, true), b);
    QCOMPARE(kept->skipped.size(), std::size_t{1});
    QVERIFY2(kept->skipped[0].find("does not say") != std::string::npos, kept->skipped[0].c_str());
}

// Issue 18, item 8. CT data sheet: "Z29 - Load profile configuration" chooses the energy types,
// and "The number of generated profiles corresponds to the selected energy type" (the depth
// table by energy type): a new Z29 changes what the load profile captures and clears it.
void TstMeterWritePlan::issue18_z29ChangeClearsTheLoadProfile() {
    const auto current = meterAt(200, false);
    std::string z = current.software->format();
    z.replace(z.size() - 4, 2, "02");  // Z29 04 -> 02 (A+/A-)
    const auto target = applied(current, R"(, "software-configuration": ")" + z + "\"");
    auto plan = WritePlan::make(profile(), current, target);
    QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
    QCOMPARE(settingsOf(plan->steps), std::vector<std::string>{"software-configuration"});
    QVERIFY(plan->steps[0].destructive);
    QCOMPARE(plan->warnings(),
             std::vector<std::string>{
                 "software-configuration Z29 04 (A+/A-/R+/R-) -> 02 (A+/A-) changes what the "
                 "load profile captures and clears it: its logged data are lost"});
    // Another code: no warning.
    std::string other = current.software->format();
    other.replace(other.find("-1-000-01-"), 10, "-2-000-01-");  // Z8 1 -> 2
    auto quiet = WritePlan::make(
        profile(), current, applied(current, R"(, "software-configuration": ")" + other + "\""));
    QVERIFY(quiet.hasValue());
    QVERIFY(quiet->warnings().empty());
    QVERIFY(!quiet->steps[0].destructive);
}

// Issue 18, item 5: Z10 and Z26 take only the data sheet's 000 ("Default setup", "No alarms
// enabled"), unless the meter's device profile lists another code (its order form).
void TstMeterWritePlan::issue18_orderFormCodesFromTheProfile() {
    const auto current = meterAt(200, false);
    auto target = current;
    (void)target.software->setCode(ZField::Z26, "007");
    auto refused = WritePlan::make(profile(), current, target);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, PlanError::InvalidTarget);
    QVERIFY2(refused.error().detail.find("software-configuration Z26 \"007\"") != std::string::npos,
             refused.error().detail.c_str());
    const auto listed = profileWith([](auto& r) { r["order-form-codes"] = {{"Z26", {"007"}}}; });
    QCOMPARE(listed.rules().orderFormCodes.at(ZField::Z26), std::vector<std::string>{"007"});
    auto plan = WritePlan::make(listed, current, target);
    QVERIFY2(plan.hasValue(), plan ? "" : plan.error().detail.c_str());
    QCOMPARE(plan->changes.size(), std::size_t{1});
    QCOMPARE(plan->changes[0].after,
             std::string("007 (order-form specific setting (device profile))"));
}

QTEST_APPLESS_MAIN(TstMeterWritePlan)
#include "tst_meter_write_plan.moc"
