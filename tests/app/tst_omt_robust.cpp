// Issue 19 ("The safe write, attacked and interrupted"): `omt` and `omt-sim` as processes, used
// wrongly and cut off. Bad usage is exit code 2, found before anything is connected, and the
// sentence names the option and what it takes; --json is JSON for every outcome; a write-only
// secret that was written is reported so; --port NAME also finds ./NAME; a client killed on the
// pty or one that gave up in the TCP backlog does not stop the virtual meter; a noisy line to a
// learnt address gets the full retries per frame; secrets exposed on the command line or in a
// key file that others can read are warned about.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "process_run.h"
#include "sim_process.h"

namespace {

using Run = ProcessRun;

QProcessEnvironment cleanEnvironment() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMT_PASSWORD"));
    env.remove(QStringLiteral("OMT_KEY_FILE"));
    return env;
}

Run omt(const QStringList& args, const QProcessEnvironment& env = cleanEnvironment(),
        const QString& workingDirectory = {}) {
    return runProcess(QStringLiteral(OMT_BINARY), args, env, {}, 120000, workingDirectory);
}

QJsonObject jsonOf(const Run& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

/// An omt-sim process; its "pty PATH" and "tcp PORT" lines are read by ready().
class Sim : public SimProcess {
public:
    explicit Sim(QStringList args) : SimProcess(std::move(args)) {}
    QString tcpPortText() const { return QString::number(tcpPort()); }
};

}  // namespace

class TstOmtRobust : public QObject {
    Q_OBJECT

private slots:
    void badUsageIsExitCodeTwoBeforeConnecting_data();
    void badUsageIsExitCodeTwoBeforeConnecting();
    void everyOutcomeIsJsonUnderJson();
    void aWrittenWriteOnlySecretIsReportedWritten();
    void portNameWithoutSlashIsAlsoAFileHere();
    void aKilledClientLeavesThePtyUsable();
    void aClientThatGaveUpInTheBacklogDoesNotStopTheServer();
    void aNoisyLineToALearntAddressKeepsItsRetries();
    void exposedSecretsAreWarnedAbout();
};

void TstOmtRobust::badUsageIsExitCodeTwoBeforeConnecting_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    // Nothing listens at 127.0.0.1:1: a connection attempt would be another sentence.
    const QStringList tcp{QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:1")};
    auto row = [&](const char* name, QStringList args, const char* says) {
        QTest::newRow(name) << args << QString::fromUtf8(says);
    };
    row("--baud abc", QStringList{"identify", "--baud", "abc"} + tcp,
        "--baud takes a rate from 300 to 115200, not 'abc'");
    row("--client 999", QStringList{"identify", "--client", "999"} + tcp,
        "--client takes a client SAP (e.g. 0x10) from 0 to 127, not '999'");
    row("--server 99999", QStringList{"identify", "--server", "99999"} + tcp,
        "--server takes a logical device address from 0 to 16383, not '99999'");
    row("--physical -1", QStringList{"identify", "--physical", "-1"} + tcp,
        "--physical takes an HDLC physical address from 0 to 16383, not '-1'");
    row("--mode bogus", QStringList{"identify", "--mode", "bogus"} + tcp,
        "--mode is auto, e, c or hdlc, not 'bogus'");
    row("--auth bogus", QStringList{"identify", "--auth", "bogus"} + tcp,
        "--auth is none, low or high, not 'bogus'");
    row("--tcp port 99999", QStringList{"identify", "--tcp", "127.0.0.1:99999"},
        "--tcp takes HOST:PORT with a port from 1 to 65535, not '99999'");
    row("--last 0", QStringList{"profile", "1.0.99.1.0.255", "--last", "0"} + tcp,
        "--last takes a number of entries from 1 to 4294967295, not '0'");
    row("unknown option", QStringList{"identify", "--bogus"} + tcp, "Unknown option 'bogus'");
    row("no meter given", QStringList{"identify"}, "say where the meter is");
    row("obis 256", QStringList{"obis", "1.0.1.8.0.256"}, "is not an OBIS code");
    // A negative number is a value, not an option.
    row("ct-ratio set -1", QStringList{"ct-ratio", "set", "-1"} + tcp,
        "ct-ratio set takes a ratio factor from 1 to 600, not '-1'");
    // A VALUE without a type where none can be taken from the meter: refused at once.
    row("action untyped", QStringList{"action", "0.0.1.0.0.255:6", "-30"} + tcp,
        "give the type of '-30'");
    row("set secret untyped", QStringList{"set", "15/0.0.40.0.2.255:7", "87654321"} + tcp,
        "is a secret the meter does not give back");
    row("set bad typed value", QStringList{"set", "1.0.0.4.2.255:2", "u16:70000"} + tcp,
        "70000 does not fit a long-unsigned (0..65535)");
    row("identify takes no arguments", QStringList{"identify", "extra"} + tcp,
        "identify takes no arguments, not 'extra'");
}

void TstOmtRobust::badUsageIsExitCodeTwoBeforeConnecting() {
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = omt(args);
    QVERIFY2(r.code == 2, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Nobody accepts")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("opening the connection")));
}

void TstOmtRobust::everyOutcomeIsJsonUnderJson() {
    QTemporaryDir dir;
    // A value read.
    Run r = omt({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("--demo"),
                 QStringLiteral("omnipower-ct"), QStringLiteral("--quiet"),
                 QStringLiteral("1/0.0.96.1.0.255")});
    QCOMPARE(r.code, 0);
    QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QStringLiteral("command")).toString(), QStringLiteral("get"));
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    QCOMPARE(
        o.value(QStringLiteral("values")).toArray().at(0).toObject().value(QStringLiteral("value")),
        QJsonValue(QStringLiteral("visible-string \"71234567\"")));
    // The connection fails.
    r = omt({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("--tcp"),
             QStringLiteral("127.0.0.1:1"), QStringLiteral("1/0.0.96.1.0.255")});
    QCOMPARE(r.code, 1);
    o = jsonOf(r);
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(o.value(QStringLiteral("exit")).toInt(), 1);
    QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("127.0.0.1:1")),
             qPrintable(r.out));
    // Bad usage, of a meter command and of a configuration command.
    for (const QStringList& args :
         {QStringList{"identify", "--json", "--baud", "abc", "--demo", "omnia"},
          QStringList{"config", "show", "--json", "--baud", "abc", "--demo", "omnia"},
          QStringList{"ct-ratio", "set", "-1", "--json", "--demo", "omnipower-ct"},
          QStringList{"obis", "--json", "1.0.1.8.0.256"}, QStringList{"nonsense", "--json"},
          QStringList{"--json"}}) {
        r = omt(args);
        QCOMPARE(r.code, 2);
        o = jsonOf(r);
        QVERIFY2(o.value(QStringLiteral("result")).toString() == QStringLiteral("bad-usage"),
                 qPrintable(args.join(' ') + QStringLiteral(": ") + r.out));
        QCOMPARE(o.value(QStringLiteral("exit")).toInt(), 2);
    }
    // A configuration command whose connection fails.
    r = omt({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json"),
             QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:1")});
    QCOMPARE(r.code, 1);
    QCOMPARE(jsonOf(r).value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    // The meter refuses: JSON with the reason.
    r = omt({QStringLiteral("set"), QStringLiteral("--json"), QStringLiteral("--demo"),
             QStringLiteral("omnipower-ct"), QStringLiteral("--auth"), QStringLiteral("low"),
             QStringLiteral("--quiet"), QStringLiteral("1.0.0.4.2.255:2"), QStringLiteral("300")});
    QCOMPARE(r.code, 1);
    o = jsonOf(r);
    // (A configuration attribute: the safe path's report names the meter's result.)
    QVERIFY2(
        o.value(QStringLiteral("message")).toString().contains(QStringLiteral("read-write-denied")),
        qPrintable(r.out));
    // Commands that need no meter.
    r = omt({QStringLiteral("obis"), QStringLiteral("--json"), QStringLiteral("1-0:1.8.0*255")});
    QCOMPARE(r.code, 0);
    QCOMPARE(jsonOf(r)
                 .value(QStringLiteral("codes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("obis")),
             QJsonValue(QStringLiteral("1.0.1.8.0.255")));
    r = omt({QStringLiteral("decode"), QStringLiteral("--json"),
             QStringLiteral(OMT_SOURCE_DIR "/resources/samples/lls-session.trace")});
    QCOMPARE(r.code, 0);
    QVERIFY(jsonOf(r).value(QStringLiteral("records")).toArray().size() > 10);
    r = omt({QStringLiteral("decode"), QStringLiteral("--json"), dir.filePath("none.trace")});
    QCOMPARE(r.code, 2);
    QCOMPARE(jsonOf(r).value(QStringLiteral("result")).toString(), QStringLiteral("bad-usage"));
}

void TstOmtRobust::aWrittenWriteOnlySecretIsReportedWritten() {
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("demo.json"));
    const Run r =
        omt({QStringLiteral("set"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("--demo-state"), state, QStringLiteral("--auth"),
             QStringLiteral("high"), QStringLiteral("--quiet"), QStringLiteral("--yes"),
             QStringLiteral("15/0.0.40.0.2.255:7"), QStringLiteral("hex:3837363534333231")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("0.0.40.0.2.255:7 written; the meter does not give it "
                                           "back to verify")),
             qPrintable(r.out));
    QVERIFY(!r.err.contains(QStringLiteral("no value")));
    QVERIFY(!(r.out + r.err).contains(QStringLiteral("3837363534333231")));
    QVERIFY(!(r.out + r.err).contains(QStringLiteral("38 37 36")));
    // It was written: the reader now gets in with the new password only.
    auto env = cleanEnvironment();
    env.insert(QStringLiteral("OMT_PASSWORD"), QStringLiteral("87654321"));
    const Run reader =
        omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("--demo-state"), state, QStringLiteral("--auth"), QStringLiteral("low"),
             QStringLiteral("--quiet")},
            env);
    QVERIFY2(reader.code == 0, qPrintable(reader.err));
    // Under --json: result written-not-readable.
    const Run json =
        omt({QStringLiteral("set"), QStringLiteral("--json"), QStringLiteral("--demo"),
             QStringLiteral("omnipower-ct"), QStringLiteral("--auth"), QStringLiteral("high"),
             QStringLiteral("--quiet"), QStringLiteral("--yes"),
             QStringLiteral("15/0.0.40.0.2.255:7"), QStringLiteral("hex:6162636465666768")});
    QCOMPARE(json.code, 0);
    QCOMPARE(jsonOf(json).value(QStringLiteral("result")).toString(),
             QStringLiteral("written-not-readable"));
    QVERIFY(!json.out.contains(QStringLiteral("6162636465666768")));
    QVERIFY(!json.out.contains(QStringLiteral("abcdefgh")));
}

void TstOmtRobust::portNameWithoutSlashIsAlsoAFileHere() {
    QTemporaryDir dir;
    Sim sim({QStringLiteral("--meter"), QStringLiteral("omnia"), QStringLiteral("--pty"),
             dir.filePath(QStringLiteral("meter-here"))});
    QVERIFY(sim.ready(1));
    const Run r = omt({QStringLiteral("identify"), QStringLiteral("--port"),
                       QStringLiteral("meter-here"), QStringLiteral("--quiet")},
                      cleanEnvironment(), dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("serial number       : 71234567")));
    // A name that is neither /dev/NAME nor a file here is named in the sentence.
    const Run missing = omt({QStringLiteral("identify"), QStringLiteral("--port"),
                             QStringLiteral("no-such-port"), QStringLiteral("--quiet")},
                            cleanEnvironment(), dir.path());
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("Port no-such-port does not exist.")),
             qPrintable(missing.err));
}

void TstOmtRobust::aKilledClientLeavesThePtyUsable() {
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("meter"));
    // With line emulation the sign-on at 300 baud takes a while: the client is killed in it,
    // after it set the line to 300 7E1.
    Sim sim({QStringLiteral("--meter"), QStringLiteral("omnipower-ct"), QStringLiteral("--pty"),
             link, QStringLiteral("--line-emulation")});
    QVERIFY(sim.ready(1));
    auto env = cleanEnvironment();
    env.insert(QStringLiteral("OMT_PASSWORD"), QStringLiteral("12345678"));
    QProcess victim;
    victim.setProcessEnvironment(env);
    victim.start(QStringLiteral(OMT_BINARY),
                 {QStringLiteral("identify"), QStringLiteral("--port"), link,
                  QStringLiteral("--auth"), QStringLiteral("low")});
    QVERIFY(victim.waitForStarted());
    QByteArray said;
    QVERIFY(QTest::qWaitFor(
        [&] {
            said += victim.readAllStandardError();
            return said.contains("signing on at 300 baud");
        },
        10000));
    QTest::qWait(300);
    victim.kill();  // SIGKILL: nothing is restored
    QVERIFY(victim.waitForFinished(5000));
    QTest::qWait(300);
    const Run next =
        omt({QStringLiteral("identify"), QStringLiteral("--port"), link, QStringLiteral("--auth"),
             QStringLiteral("low"), QStringLiteral("--quiet")},
            env);
    QVERIFY2(next.code == 0, qPrintable(next.err));
    QVERIFY(!next.err.contains(QStringLiteral("Invalid argument")));
    QVERIFY(next.out.contains(QStringLiteral("serial number       : 71234567")));
}

void TstOmtRobust::aClientThatGaveUpInTheBacklogDoesNotStopTheServer() {
    Sim sim({QStringLiteral("--meter"), QStringLiteral("omnia"), QStringLiteral("--tcp"),
             QStringLiteral("0")});
    QVERIFY(sim.ready(1));
    const QString port = sim.tcpPortText();
    QVERIFY(!port.isEmpty());
    // One client is served (it holds the line), another waits and gives up.
    QTcpSocket holder;
    holder.connectToHost(QStringLiteral("127.0.0.1"), port.toUShort());
    QVERIFY(holder.waitForConnected(3000));
    QTest::qWait(200);
    QTcpSocket quitter;
    quitter.connectToHost(QStringLiteral("127.0.0.1"), port.toUShort());
    QVERIFY(quitter.waitForConnected(3000));
    QTest::qWait(200);
    quitter.abort();
    QTest::qWait(200);
    holder.disconnectFromHost();
    QTest::qWait(200);
    // The third is served.
    const Run r =
        omt({QStringLiteral("get"), QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:") + port,
             QStringLiteral("--quiet"), QStringLiteral("1/0.0.96.1.0.255")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("71234567")));
}

void TstOmtRobust::aNoisyLineToALearntAddressKeepsItsRetries() {
    // 1 % of the bytes corrupted (seed 4), a meter that answers only its physical address: the
    // address is learnt (the all-station SNRM needs its repetition) and then every frame needs
    // its own retries. Before the fix the retries were charged across frames and the learnt
    // link had one for all: the link was lost. Deterministic for the seed.
    Sim sim({QStringLiteral("--meter"), QStringLiteral("omnipower-ct"), QStringLiteral("--tcp"),
             QStringLiteral("0"), QStringLiteral("--require-physical"), QStringLiteral("--corrupt"),
             QStringLiteral("0.01"), QStringLiteral("--seed"), QStringLiteral("4")});
    QVERIFY(sim.ready(1));
    auto env = cleanEnvironment();
    env.insert(QStringLiteral("OMT_PASSWORD"), QStringLiteral("12345678"));
    const Run r = omt({QStringLiteral("identify"), QStringLiteral("--tcp"),
                       QStringLiteral("127.0.0.1:") + sim.tcpPortText(), QStringLiteral("--auth"),
                       QStringLiteral("low")},
                      env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("HDLC address learnt")));
}

void TstOmtRobust::exposedSecretsAreWarnedAbout() {
    QTemporaryDir dir;
    const QString keys = dir.filePath(QStringLiteral("keys"));
    QFile file(keys);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("EK = 000102030405060708090A0B0C0D0E0F\nAK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QString warning = QStringLiteral(
                                "omt: WARNING: the key file %1 can be read or changed "
                                "by other users: chmod 600 %1")
                                .arg(keys);
    // --key-file and $OMT_KEY_FILE alike; the run goes on.
    Run r = omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnia"),
                 QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--key-file"),
                 keys, QStringLiteral("--quiet")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err.count(warning), 1);
    auto env = cleanEnvironment();
    env.insert(QStringLiteral("OMT_KEY_FILE"), keys);
    r = omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnia"),
             QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--quiet")},
            env);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err.count(warning), 1);
    // omt-sim says it too, and serves.
    {
        QProcess sim;
        sim.start(QStringLiteral(OMT_SIM_BINARY),
                  {QStringLiteral("--meter"), QStringLiteral("omnia"), QStringLiteral("--tcp"),
                   QStringLiteral("0"), QStringLiteral("--key-file"), keys});
        QVERIFY(sim.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] {
                sim.waitForReadyRead(50);
                return sim.canReadLine();
            },
            10000));
        QVERIFY(sim.readLine().startsWith("tcp "));
        sim.terminate();
        QVERIFY(sim.waitForFinished(10000));
        const QString simErr = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(simErr.contains(QStringLiteral("omt-sim: WARNING: the key file %1 can be read or "
                                                "changed by other users")
                                     .arg(keys)),
                 qPrintable(simErr));
    }
    // Private: nothing said.
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    r = omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnia"),
             QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--quiet")},
            env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // A password on the command line: every user sees it in the process list.
    r = omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnia"),
             QStringLiteral("--auth"), QStringLiteral("low"), QStringLiteral("--password"),
             QStringLiteral("12345678"), QStringLiteral("--quiet")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("omt: WARNING: --password is visible to every user of "
                                           "this computer in the process list; set "
                                           "$OMT_PASSWORD instead")),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);  // one line
    QVERIFY(!r.err.contains(QStringLiteral("12345678")));
    // An over-long password is refused before connecting, with a sentence.
    env = cleanEnvironment();
    env.insert(QStringLiteral("OMT_PASSWORD"), QString(100000, QLatin1Char('x')));
    r = omt({QStringLiteral("identify"), QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:1"),
             QStringLiteral("--auth"), QStringLiteral("low")},
            env);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("the LLS password is 100000 bytes long: an LLS password "
                                           "is an octet string of at most 64 bytes")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("opening the connection")));
    QVERIFY(!r.err.contains(QStringLiteral("xxxxxxxx")));
}

QTEST_GUILESS_MAIN(TstOmtRobust)
#include "tst_omt_robust.moc"
