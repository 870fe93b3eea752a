// `omt config`, `display-list`, `ct-ratio`: the configuration commands run as processes against
// the embedded OMNIPOWER CT demo meter (its settings kept in a state file between runs): JSON
// that parses, a template applied and read back, refusals that write nothing, the CT lock behind
// --yes, automatic restore after a refused write, restore from a backup, and the audit log.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "process_run.h"
#include "protocol/cosem/profile_generic.h"
#include "sim/meters/virtual_meter.h"

namespace {

using Run = ProcessRun;

class Omt {
public:
    explicit Omt(const QTemporaryDir& dir, QString meter = QStringLiteral("omnipower-ct"))
        : m_dir(dir.path()), m_meter(std::move(meter)) {}

    /// Runs `omt ARGS --demo METER --auth high --quiet --demo-state STATE`.
    Run operator()(QStringList args, const QByteArray& input = {}) const {
        args << QStringLiteral("--demo") << m_meter << QStringLiteral("--auth")
             << QStringLiteral("high") << QStringLiteral("--quiet")
             << QStringLiteral("--demo-state") << statePath();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        return runProcess(QStringLiteral(OMT_BINARY), args, env, input, 90000);
    }

    QString file(const QString& name, const QByteArray& text) const {
        const QString path = m_dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    QString dataDir() const { return m_dir + QStringLiteral("/data/OpenMeterTool"); }
    QString statePath() const { return m_dir + QStringLiteral("/meter-state.json"); }

    /// `config show --json` as an object.
    QJsonObject show() const {
        const Run r =
            (*this)({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private:
    QString m_dir;
    QString m_meter;
};

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const auto& e : v.toArray()) {
        out << e.toString();
    }
    return out;
}

const QByteArray kHead = R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct")";

}  // namespace

class TstOmtConfig : public QObject {
    Q_OBJECT

private slots:
    void showJsonIsATemplate();
    void applyChangesDisplayListAndRatioThenShowReflectsIt();
    void refusedTemplatesWriteNothing();
    void ctLockNeedsYes();
    void aRefusedWriteIsRestored();
    void restoreFromABackupFile();
    void setGoesThroughTheSafePathAndEveryWriteIsAudited();
    void issue18_showDecodesTheZCodes();
    void issue18_omniaLoadProfilesAt5And10Minutes();
    void issue18_omniaAnalysisLoggerBeyondSelectiveAccess();
};

void TstOmtConfig::showJsonIsATemplate() {
    QTemporaryDir dir;
    Omt omt(dir);
    const Run r = omt({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString() + r.out));
    const auto o = doc.object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("omt-configuration"));
    QCOMPARE(o.value(QStringLiteral("meter")).toString(), QStringLiteral("omnipower-ct"));
    QCOMPARE(o.value(QStringLiteral("serial")).toString(), QStringLiteral("71234567"));
    QCOMPARE(o.value(QStringLiteral("ct-ratio")).toObject().value(QStringLiteral("factor")).toInt(),
             200);
    QCOMPARE(o.value(QStringLiteral("load-profile-period")).toInt(), 900);
    QVERIFY(
        strings(o.value(QStringLiteral("display-lists")).toObject().value(QStringLiteral("manual")))
            .contains(QStringLiteral("3/1.0.1.8.0.255")));
    QCOMPARE(
        o.value(QStringLiteral("tariff")).toObject().value(QStringLiteral("format")).toString(),
        QStringLiteral("omt-tariff-plan"));
    // What show wrote applies as is: nothing to change.
    const QString path = omt.file(QStringLiteral("same.json"), r.out.toUtf8());
    const Run same = omt({QStringLiteral("config"), QStringLiteral("apply"), path});
    QCOMPARE(same.code, 0);
    QVERIFY2(same.out.contains(QStringLiteral("nothing to write")),
             qPrintable(same.out + same.err));
}

void TstOmtConfig::applyChangesDisplayListAndRatioThenShowReflectsIt() {
    QTemporaryDir dir;
    Omt omt(dir);
    const QString path =
        omt.file(QStringLiteral("t.json"), kHead + R"(, "ct-ratio": {"factor": 300},
                   "display-lists": {"automatic": ["1.0.1.8.0.255", "1.0.2.8.0.255",
                                                   "0.0.96.1.0.255"]}})");
    const Run diff = omt({QStringLiteral("config"), QStringLiteral("diff"), path});
    QCOMPARE(diff.code, 0);
    QVERIFY2(diff.out.contains(QStringLiteral("ct-ratio: 200 (1000/5 A) -> 300 (1500/5 A)")),
             qPrintable(diff.out));
    // diff wrote nothing
    QCOMPARE(omt.show()
                 .value(QStringLiteral("ct-ratio"))
                 .toObject()
                 .value(QStringLiteral("factor"))
                 .toInt(),
             200);

    const Run r =
        omt({QStringLiteral("config"), QStringLiteral("apply"), path, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
    QCOMPARE(report.value(QStringLiteral("changes")).toArray().size(), 3);  // Z21, ratio, list
    QVERIFY(QFile::exists(report.value(QStringLiteral("backup")).toString()));

    const auto after = omt.show();
    QCOMPARE(
        after.value(QStringLiteral("ct-ratio")).toObject().value(QStringLiteral("factor")).toInt(),
        300);
    QCOMPARE(strings(after.value(QStringLiteral("display-lists"))
                         .toObject()
                         .value(QStringLiteral("automatic"))),
             (QStringList{QStringLiteral("3/1.0.1.8.0.255"), QStringLiteral("3/1.0.2.8.0.255"),
                          QStringLiteral("1/0.0.96.1.0.255")}));
    QVERIFY(after.value(QStringLiteral("software-configuration"))
                .toString()
                .contains(QStringLiteral("-300-1-")));
    // The audit log: a header, one "attempting" line per write before the first SET (issue 19,
    // item 3), then one line per write with what became of it.
    QFile audit(omt.dataDir() + QStringLiteral("/audit.csv"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(audit.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("time,meter,user,object,old,new,result"));
    QVERIFY2(lines[1].endsWith(QStringLiteral(",71234567,tester,ct-ratio 3/1.0.0.4.2.255:2,"
                                              "long-unsigned 200,long-unsigned 300,attempting")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].endsWith(QStringLiteral(",attempting")), qPrintable(lines[2]));
    QVERIFY2(lines[3].endsWith(QStringLiteral(",71234567,tester,ct-ratio 3/1.0.0.4.2.255:2,"
                                              "long-unsigned 200,long-unsigned 300,verified")),
             qPrintable(lines[3]));
    // A write that ended verified leaves no journal entry behind.
    QVERIFY(QDir(omt.dataDir() + QStringLiteral("/journal"))
                .entryList(QDir::Files | QDir::NoDotAndDotDot)
                .isEmpty());
}

void TstOmtConfig::refusedTemplatesWriteNothing() {
    QTemporaryDir dir;
    Omt omt(dir);
    const QString unknown = omt.file(QStringLiteral("unknown.json"),
                                     kHead + R"(, "ct-ratio": {"factor": 300}, "colour": "red"})");
    const Run r = omt({QStringLiteral("config"), QStringLiteral("apply"), unknown});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("$.colour: unknown field")), qPrintable(r.err));
    const QString future =
        omt.file(QStringLiteral("future.json"),
                 R"({"format": "omt-configuration", "version": 3, "meter": "omnipower-ct"})");
    QCOMPARE(omt({QStringLiteral("config"), QStringLiteral("apply"), future}).code, 2);
    const QString omnia =
        omt.file(QStringLiteral("omnia.json"),
                 R"({"format": "omt-configuration", "version": 1, "meter": "omnia-e-meter",
            "display-lists": {"manual": ["1.0.1.8.0.255"]}})");
    const Run wrong = omt({QStringLiteral("config"), QStringLiteral("apply"), omnia});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("this meter is omnipower-ct")),
             qPrintable(wrong.err));
    // Nothing was written: no backup, no audit line, the ratio as before.
    QVERIFY(!QFile::exists(omt.dataDir() + QStringLiteral("/audit.csv")));
    QVERIFY(!QDir(omt.dataDir() + QStringLiteral("/backups")).exists());
    QCOMPARE(omt.show()
                 .value(QStringLiteral("ct-ratio"))
                 .toObject()
                 .value(QStringLiteral("factor"))
                 .toInt(),
             200);
}

void TstOmtConfig::ctLockNeedsYes() {
    QTemporaryDir dir;
    Omt omt(dir);
    // No --yes, and "no" on standard input: nothing written.
    const Run no = omt({QStringLiteral("ct-ratio"), QStringLiteral("lock")}, "n\n");
    QCOMPARE(no.code, 2);
    // The warning says what the tool knows (the profile does not say whether it can be undone).
    QVERIFY2(no.err.contains(QStringLiteral("treat the lock as permanent")), qPrintable(no.err));
    QVERIFY(no.err.contains(QStringLiteral("--yes")));
    const Run shown =
        omt({QStringLiteral("ct-ratio"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("locked")),
             QJsonValue(false));
    // With --yes the lock is written, verified, and then for good.
    const Run yes =
        omt({QStringLiteral("ct-ratio"), QStringLiteral("lock"), QStringLiteral("--yes")});
    QCOMPARE(yes.code, 0);
    QVERIFY2(yes.out.contains(QStringLiteral("written and verified")),
             qPrintable(yes.out + yes.err));
    const Run locked =
        omt({QStringLiteral("ct-ratio"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(locked.out.toUtf8()).object().value(QStringLiteral("locked")),
             QJsonValue(true));
    const Run set = omt({QStringLiteral("ct-ratio"), QStringLiteral("set"), QStringLiteral("300")});
    QCOMPARE(set.code, 2);
    QVERIFY2(set.err.contains(QStringLiteral("locked")), qPrintable(set.err));
}

void TstOmtConfig::aRefusedWriteIsRestored() {
    QTemporaryDir dir;
    Omt omt(dir);
    // The ratio is written first; then the meter refuses a display reading it does not have
    // (class 3 object 1.0.99.99.0.255): the ratio must be written back.
    const QString path =
        omt.file(QStringLiteral("bad-reading.json"), kHead + R"(, "ct-ratio": {"factor": 300},
                   "display-lists": {"automatic": ["1.0.1.8.0.255", "3/1.0.99.99.0.255"]}})");
    const Run r = omt({QStringLiteral("config"), QStringLiteral("apply"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the meter refused 7/0.0.21.0.1.255:3")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("written back and verified")));
    QCOMPARE(omt.show()
                 .value(QStringLiteral("ct-ratio"))
                 .toObject()
                 .value(QStringLiteral("factor"))
                 .toInt(),
             200);
    QFile audit(omt.dataDir() + QStringLiteral("/audit.csv"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(audit.readAll());
    QVERIFY2(log.contains(QStringLiteral("ct-ratio 3/1.0.0.4.2.255:2,long-unsigned 200,"
                                         "long-unsigned 300,\"failed, restored\"")),
             qPrintable(log));
}

void TstOmtConfig::restoreFromABackupFile() {
    QTemporaryDir dir;
    Omt omt(dir);
    const QString backup = dir.path() + QStringLiteral("/before.json");
    const Run saved = omt({QStringLiteral("config"), QStringLiteral("backup"), backup});
    QCOMPARE(saved.code, 0);
    QVERIFY(QFile::exists(backup));
    const Run set =
        omt({QStringLiteral("display-list"), QStringLiteral("set"), QStringLiteral("manual"),
             QStringLiteral("1.0.1.8.0.255"), QStringLiteral("1.0.2.8.0.255")});
    QCOMPARE(set.code, 0);
    QCOMPARE(strings(omt.show()
                         .value(QStringLiteral("display-lists"))
                         .toObject()
                         .value(QStringLiteral("manual")))
                 .size(),
             2);
    const Run restored = omt({QStringLiteral("config"), QStringLiteral("restore"), backup});
    QCOMPARE(restored.code, 0);
    QVERIFY2(restored.out.contains(QStringLiteral("written and verified")),
             qPrintable(restored.out + restored.err));
    QCOMPARE(strings(omt.show()
                         .value(QStringLiteral("display-lists"))
                         .toObject()
                         .value(QStringLiteral("manual")))
                 .size(),
             11);
    // A file that is not a backup is refused.
    const QString junk = omt.file(QStringLiteral("junk.json"), "{\"format\": \"omt-backup\"");
    const Run bad = omt({QStringLiteral("config"), QStringLiteral("restore"), junk});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("is not a backup")));
}

// Issue 19, item 6: `omt set` of a configuration attribute goes through the safe path (the
// question before the permanent lock, a backup, the read-back, the audit) and every other SET
// and every ACTION is audited; an ACTION that cannot be taken back is asked for first.
void TstOmtConfig::setGoesThroughTheSafePathAndEveryWriteIsAudited() {
    QTemporaryDir dir;
    Omt omt(dir);
    // The lock is asked for; "n" writes nothing.
    Run r =
        omt({QStringLiteral("set"), QStringLiteral("1.0.0.4.128.255:2"), QStringLiteral("true")},
            "n\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("permanent")) &&
                 r.err.contains(QStringLiteral("not confirmed")),
             qPrintable(r.err));
    QCOMPARE(
        omt.show().value(QStringLiteral("ct-ratio")).toObject().value(QStringLiteral("locked")),
        QJsonValue(false));
    // A ratio written with `omt set`: backed up, read back, audited (its Z21 follows).
    r = omt({QStringLiteral("set"), QStringLiteral("1.0.0.4.2.255:2"), QStringLiteral("300")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("written and verified")), qPrintable(r.out + r.err));
    QCOMPARE(QDir(omt.dataDir() + QStringLiteral("/backups")).entryList(QDir::Files).size(), 1);
    QCOMPARE(
        omt.show().value(QStringLiteral("ct-ratio")).toObject().value(QStringLiteral("factor")),
        QJsonValue(300));
    // An attribute no plan covers: the raw SET, audited (refused here: the serial number).
    r = omt({QStringLiteral("set"), QStringLiteral("0.0.96.1.0.255:2"), QStringLiteral("str:1")});
    QCOMPARE(r.code, 1);
    // An ACTION that cannot be taken back is asked for; a harmless one is only audited.
    r = omt({QStringLiteral("action"), QStringLiteral("1.0.99.1.0.255:1"), QStringLiteral("i8:0")},
            "no\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("clears every entry")), qPrintable(r.err));
    r = omt(
        {QStringLiteral("action"), QStringLiteral("0.0.1.0.0.255:6"), QStringLiteral("i16:-30")});
    QCOMPARE(r.code, 0);
    QFile audit(omt.dataDir() + QStringLiteral("/audit.csv"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(audit.readAll());
    for (const QString& line :
         {QStringLiteral(
              "ct-ratio 3/1.0.0.4.2.255:2,long-unsigned 200,long-unsigned 300,attempting"),
          QStringLiteral("ct-ratio 3/1.0.0.4.2.255:2,long-unsigned 200,long-unsigned 300,verified"),
          QStringLiteral("set 1/0.0.96.1.0.255:2"), QStringLiteral("refused: read-write-denied"),
          QStringLiteral("action 8/0.0.1.0.0.255:m6,,long -30,attempting"),
          QStringLiteral("action 8/0.0.1.0.0.255:m6,,long -30,done")}) {
        QVERIFY2(log.contains(line), qPrintable(line + QStringLiteral("\n") + log));
    }
    QVERIFY(!log.contains(QStringLiteral("1.0.99.1.0.255")));  // not confirmed: not attempted
    QVERIFY(!log.contains(QStringLiteral("ct-lock")));
}

// Issue 18, item 9: `config show` decodes the Z string with the meanings, in text and JSON (CT
// data sheet: "Z4 Integration period / Load profile period ... 15 min. 2").
void TstOmtConfig::issue18_showDecodesTheZCodes() {
    QTemporaryDir dir;
    Omt omt(dir);
    const Run text = omt({QStringLiteral("config"), QStringLiteral("show")});
    QCOMPARE(text.code, 0);
    QVERIFY2(
        text.out.contains(QStringLiteral(
            "software-configuration Z4 Integration period / Load profile period: 2 (15 min.)")),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral(
                 "software-configuration Z3 Primary module configuration: 26 (Load control 1 / "
                 "Load control 2 (I/O 1: output, I/O 2: output))")),
             qPrintable(text.out));
    const auto json = omt.show();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
    const auto meanings = json.value(QStringLiteral("software-configuration-meanings")).toArray();
    QCOMPARE(meanings.size(), 28);
    const auto z4 = meanings.at(3).toObject();
    QCOMPARE(z4.value(QStringLiteral("field")).toString(), QStringLiteral("Z4"));
    QCOMPARE(z4.value(QStringLiteral("code")).toString(), QStringLiteral("2"));
    QCOMPARE(z4.value(QStringLiteral("meaning")).toString(), QStringLiteral("15 min."));
}

// Issue 18, items 1, 3 and 4 through the command line. OMNIA data sheet line 173: "two load
// profile loggers, each configurable to 5, 10, 15, 30 or 60 min. integration periods".
void TstOmtConfig::issue18_omniaLoadProfilesAt5And10Minutes() {
    QTemporaryDir dir;
    Omt omt(dir, QStringLiteral("omnia"));
    const auto before = omt.show();
    QVERIFY(!before.contains(QStringLiteral("software-configuration")));
    QCOMPARE(before.value(QStringLiteral("load-profile-period")).toInt(), 900);
    QCOMPARE(before.value(QStringLiteral("load-profile-2-period")).toInt(), 900);
    const QString five =
        omt.file(QStringLiteral("five.json"),
                 R"({"format": "omt-configuration", "version": 2, "meter": "omnia-e-meter",
            "load-profile-period": 300, "load-profile-2-period": 600})");
    const Run diff = omt({QStringLiteral("config"), QStringLiteral("diff"), five});
    QCOMPARE(diff.code, 0);
    QVERIFY2(diff.out.contains(QStringLiteral("load-profile-period: 900 s -> 300 s")),
             qPrintable(diff.out + diff.err));
    QVERIFY2(diff.out.contains(QStringLiteral("load-profile-2-period: 900 s -> 600 s")),
             qPrintable(diff.out));
    QVERIFY(!diff.out.contains(QStringLiteral("Z4")));
    // Destructive: asked for; with --yes written.
    const Run no = omt({QStringLiteral("config"), QStringLiteral("apply"), five}, "n\n");
    QCOMPARE(no.code, 2);
    QVERIFY2(no.err.contains(QStringLiteral("clears load profile 2")), qPrintable(no.err));
    const Run yes =
        omt({QStringLiteral("config"), QStringLiteral("apply"), five, QStringLiteral("--yes")});
    QCOMPARE(yes.code, 0);
    const auto after = omt.show();
    QCOMPARE(after.value(QStringLiteral("load-profile-period")).toInt(), 300);
    QCOMPARE(after.value(QStringLiteral("load-profile-2-period")).toInt(), 600);
    // A Z-code template is not for the OMNIA: refused, nothing derived from it written.
    const QString z =
        omt.file(QStringLiteral("z.json"),
                 R"({"format": "omt-configuration", "version": 2, "meter": "omnia-e-meter",
            "software-configuration": "1-2-00-2-000-01-02-1-000-01-00-002-001-001-000-000-000-000-001-1-1-0-1-000-1-0-04-1"})");
    const Run refused = omt({QStringLiteral("config"), QStringLiteral("apply"), z});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("software-configuration: this meter has none")),
             qPrintable(refused.err));
    QCOMPARE(omt.show().value(QStringLiteral("load-profile-period")).toInt(), 300);
    const Run text = omt({QStringLiteral("config"), QStringLiteral("show")});
    QVERIFY(!text.out.contains(QStringLiteral("software-configuration")));
    QVERIFY(text.out.contains(QStringLiteral("load-profile-2-period: 600 s")));
}

// Issue 18, item 7. OMNIA data sheet line 187: "up to 48 different registers at a time (36
// registers when using selective access)". An analysis logger of 40 registers is read whole and
// its last entries picked by omt, which says so; the meter would refuse the selective read.
void TstOmtConfig::issue18_omniaAnalysisLoggerBeyondSelectiveAccess() {
    QTemporaryDir dir;
    Omt omt(dir, QStringLiteral("omnia"));
    {
        omt::sim::VirtualMeterOptions options;
        options.model = omt::sim::MeterModel::Omnia;
        options.stateFile = omt.statePath().toStdString();
        auto meter = omt::sim::VirtualMeter::create(options);
        QVERIFY(meter);
        omt::cosem::CaptureObjects columns;
        columns.entries.push_back({8, omt::cosem::ObisCode(0, 0, 1, 0, 0, 255), 2, 0});
        for (const auto& object : (*meter)->directory().objects()) {
            if (object->classId() == 3 && columns.entries.size() < 41) {
                columns.entries.push_back({3, object->logicalName(), 2, 0});
            }
        }
        omt::sim::RequestContext context;
        context.directory = &(*meter)->directory();
        auto* logger = (*meter)->directory().find(omt::cosem::ObisCode(1, 0, 99, 128, 0, 255));
        QVERIFY(logger);
        QCOMPARE(logger->set(3, std::nullopt, columns.toData(), context),
                 omt::dlms::DataAccessResult::Success);
        QVERIFY((*meter)->saveIfChanged().hasValue());
    }
    const Run r = omt({QStringLiteral("profile"), QStringLiteral("1.0.99.128.0.255"),
                       QStringLiteral("--last"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("captures 40 registers; this meter type reads at most "
                                           "36 with selective access")),
             qPrintable(r.err));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);  // the header and the last three hours
    QCOMPARE(lines[1].count(QLatin1Char(',')), 40);
    // The default logger (6 registers) is read selectively as before: no such note.
    QTemporaryDir plain;
    const Run few = Omt(plain, QStringLiteral("omnia"))(
        {QStringLiteral("profile"), QStringLiteral("1.0.99.128.0.255"), QStringLiteral("--last"),
         QStringLiteral("2")});
    QCOMPARE(few.code, 0);
    QVERIFY(!few.err.contains(QStringLiteral("selective access")));
}

QTEST_GUILESS_MAIN(TstOmtConfig)
#include "tst_omt_config.moc"
