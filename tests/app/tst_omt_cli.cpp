// `omt` meter commands, run as processes: exit codes, output a script can rely on, sentences a
// person can act on, and no secret in any output.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "process_run.h"

namespace {

using Run = ProcessRun;

Run omt(const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    return runProcess(QStringLiteral(OMT_BINARY), args, env, {}, 90000);
}

}  // namespace

class TstOmtCli : public QObject {
    Q_OBJECT

private slots:
    void identifyDecodesTheTypeNumber();
    void getScalesAndNamesAttributes();
    void setWritesAndVerifiesOrExplainsTheRefusal();
    void wrongPasswordIsNamedAndSecretsNeverPrinted();
    void profileWritesRfc4180Csv();
    void badUsageExitsTwo();
    void overAPseudoTerminalAndTcpToOmtSim();
    void bluetoothWithoutAdapterSaysSo();
    void autoModeFallsBackToDirectHdlcAndLearnsTheAddress();
    void aReadoutOnlyMeterIsIdentifiedByItsReadout();
    void theMeterAddressIsLearntFromTheAllStationAnswer();
    void invocationCounterReadAndLinkReport();
    void keyFileProblemsAreNamed();
};

void TstOmtCli::identifyDecodesTheTypeNumber() {
    auto r =
        omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("--auth"), QStringLiteral("low"), QStringLiteral("--quiet")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("serial number       : 71234567")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("X1 5: CT meter")));
    QVERIFY(QRegularExpression(QStringLiteral("clock\\s+: \\d{4}-\\d{2}-\\d{2}T"))
                .match(r.out)
                .hasMatch());
    QVERIFY(r.err.isEmpty());
    // The public client sees no type number: said so, not an error.
    auto pub = omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnia"),
                    QStringLiteral("--quiet")});
    QCOMPARE(pub.code, 0);
    QVERIFY(pub.out.contains(QStringLiteral("type number         : (object-undefined)")));
}

void TstOmtCli::getScalesAndNamesAttributes() {
    auto r = omt({QStringLiteral("get"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
                  QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--quiet"),
                  QStringLiteral("1.0.0.4.2.255"), QStringLiteral("3/1.0.1.8.0.255:3"),
                  QStringLiteral("0.0.1.0.0.255:3")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1.0.0.4.2.255:2 value = long-unsigned")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("1.0.1.8.0.255:3 scaler_unit = structure{")));
    QVERIFY(r.out.contains(QStringLiteral("0.0.1.0.0.255:3 time_zone = long -60")));
    // An object the association does not have is named.
    auto missing = omt({QStringLiteral("get"), QStringLiteral("--demo"), QStringLiteral("omnia"),
                        QStringLiteral("--quiet"), QStringLiteral("1.0.0.4.2.255")});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(
                 QStringLiteral("object 1.0.0.4.2.255 is not in this meter's association")),
             qPrintable(missing.err));
}

void TstOmtCli::setWritesAndVerifiesOrExplainsTheRefusal() {
    auto r = omt({QStringLiteral("set"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
                  QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--quiet"),
                  QStringLiteral("1.0.0.4.2.255:2"), QStringLiteral("300")});
    QCOMPARE(r.code, 0);
    // A configuration attribute: written through the safe path (issue 19, item 6).
    QVERIFY2(r.out.contains(QStringLiteral("written and verified")), qPrintable(r.out + r.err));
    auto reader =
        omt({QStringLiteral("set"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("--auth"), QStringLiteral("low"), QStringLiteral("--quiet"),
             QStringLiteral("1.0.0.4.2.255:2"), QStringLiteral("300")});
    QCOMPARE(reader.code, 1);
    QVERIFY(reader.err.contains(QStringLiteral("refused")));
    QVERIFY(reader.err.contains(QStringLiteral("read-write-denied")));
    auto outOfRange =
        omt({QStringLiteral("set"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--quiet"),
             QStringLiteral("1.0.0.4.2.255:2"), QStringLiteral("70000")});
    QCOMPARE(outOfRange.code, 2);
    QVERIFY(
        outOfRange.err.contains(QStringLiteral("70000 does not fit a long-unsigned (0..65535)")));
}

void TstOmtCli::wrongPasswordIsNamedAndSecretsNeverPrinted() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMT_PASSWORD"), QStringLiteral("not-the-password"));
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("t.trace"));
    auto r =
        omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("--auth"), QStringLiteral("low"), QStringLiteral("--trace"), trace},
            env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("wrong password (LLS)")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("not-the-password")));
    QVERIFY(!r.err.contains(QStringLiteral("not-the-password")));
    QFile file(trace);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains("not-the-password"));
    QVERIFY(!text.toLower().contains(QByteArray("not-the-password").toHex()));
}

void TstOmtCli::profileWritesRfc4180Csv() {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("lp.csv"));
    auto r = omt({QStringLiteral("profile"), QStringLiteral("--demo"),
                  QStringLiteral("omnipower-ct"), QStringLiteral("--auth"), QStringLiteral("low"),
                  QStringLiteral("--quiet"), QStringLiteral("1.0.99.1.0.255"),
                  QStringLiteral("--last"), QStringLiteral("8"), QStringLiteral("--csv"), csv});
    QCOMPARE(r.code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const auto lines = text.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 9);  // header + 8 entries
    QVERIFY2(lines[0].startsWith(QStringLiteral("time,1.0.1.29.0.255 [Wh]")), qPrintable(lines[0]));
    const QRegularExpression row(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00[+-]\\d{2}:\\d{2}(,\\d+)+$"));
    for (int i = 1; i < lines.size(); ++i) {
        QVERIFY2(row.match(lines[i]).hasMatch(), qPrintable(lines[i]));
    }
    // --from/--to with --last is refused.
    auto both =
        omt({QStringLiteral("profile"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct"),
             QStringLiteral("1.0.99.1.0.255"), QStringLiteral("--last"), QStringLiteral("2"),
             QStringLiteral("--from"), QStringLiteral("2026-01-01T00:00:00Z")});
    QCOMPARE(both.code, 2);
}

void TstOmtCli::badUsageExitsTwo() {
    QCOMPARE(
        omt({QStringLiteral("get"), QStringLiteral("--demo"), QStringLiteral("omnipower-ct")}).code,
        2);
    auto nowhere = omt({QStringLiteral("identify")});
    QCOMPARE(nowhere.code, 2);
    QVERIFY(nowhere.err.contains(
        QStringLiteral("--port DEV, --tcp HOST:PORT, --bt ADDRESS or --demo")));
    auto badMode = omt({QStringLiteral("identify"), QStringLiteral("--demo"),
                        QStringLiteral("omnia"), QStringLiteral("--mode"), QStringLiteral("x")});
    QVERIFY(badMode.err.contains(QStringLiteral("--mode is auto, e, c or hdlc")));
    auto noKeys =
        omt({QStringLiteral("identify"), QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:1"),
             QStringLiteral("--auth"), QStringLiteral("high")},
            [] {
                auto e = QProcessEnvironment::systemEnvironment();
                e.remove(QStringLiteral("OMT_KEY_FILE"));
                return e;
            }());
    QCOMPARE(noKeys.code, 2);  // a missing credential is bad usage: nothing was connected
    QVERIFY(noKeys.err.contains(QStringLiteral("--key-file")));
}

void TstOmtCli::overAPseudoTerminalAndTcpToOmtSim() {
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("meter-pty"));
    QProcess sim;
    sim.start(QStringLiteral(OMT_SIM_BINARY),
              {QStringLiteral("--meter"), QStringLiteral("omnia"), QStringLiteral("--pty"), link,
               QStringLiteral("--tcp"), QStringLiteral("0")});
    QVERIFY(sim.waitForStarted());
    QString tcpPort;
    for (int i = 0; i < 50 && tcpPort.isEmpty(); ++i) {
        sim.waitForReadyRead(100);
        const auto lines = QString::fromUtf8(sim.readAllStandardOutput()).split('\n');
        for (const auto& l : lines) {
            if (l.startsWith(QStringLiteral("tcp "))) {
                tcpPort = l.mid(4).trimmed();
            }
        }
    }
    QVERIFY(!tcpPort.isEmpty());
    auto pty =
        omt({QStringLiteral("identify"), QStringLiteral("--port"), link, QStringLiteral("--auth"),
             QStringLiteral("low"), QStringLiteral("--password"), QStringLiteral("12345678")});
    QCOMPARE(pty.code, 0);
    QVERIFY(pty.err.contains(QStringLiteral("signing on at 300 baud")));
    QVERIFY(pty.err.contains(QStringLiteral("switching to 9600 baud")));
    QVERIFY(pty.out.contains(QStringLiteral("logical device name : KAMOMNIA")));
    auto tcp =
        omt({QStringLiteral("get"), QStringLiteral("--tcp"), QStringLiteral("127.0.0.1:") + tcpPort,
             QStringLiteral("--quiet"), QStringLiteral("1/0.0.96.1.0.255")});
    QCOMPARE(tcp.code, 0);
    QVERIFY(tcp.out.contains(QStringLiteral("visible-string")));
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TstOmtCli::bluetoothWithoutAdapterSaysSo() {
    // The build machines have no Bluetooth adapter; with one, scan-bt lists heads and exits 0.
    auto scan = omt({QStringLiteral("scan-bt")});
    if (scan.code == 0) {
        QSKIP("this machine has a Bluetooth adapter: the no-adapter path cannot be checked");
    }
    QCOMPARE(scan.code, 1);
    QVERIFY2(scan.err.contains(QStringLiteral("No Bluetooth adapter found")), qPrintable(scan.err));
    QVERIFY(!scan.err.contains(QStringLiteral("Bluez")));  // Qt's own warning is not shown
    auto connect = omt({QStringLiteral("identify"), QStringLiteral("--bt"),
                        QStringLiteral("00:1A:7D:DA:71:13"), QStringLiteral("--quiet")});
    QCOMPARE(connect.code, 1);
    QVERIFY(connect.err.contains(QStringLiteral("No Bluetooth adapter found")));
    auto bad = omt({QStringLiteral("identify"), QStringLiteral("--bt"), QStringLiteral("head-1")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("is not a Bluetooth address")));
}

void TstOmtCli::autoModeFallsBackToDirectHdlcAndLearnsTheAddress() {
    // omt-sim speaking direct HDLC on its pty (no IEC 62056-21 sign-on), serial 71230042 (its
    // physical address 0x10 + 42 = 0x3A); omt is told a wrong physical address 0x99.
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("hdlc-pty"));
    QProcess sim;
    sim.start(QStringLiteral(OMT_SIM_BINARY),
              {QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
               QStringLiteral("--serial"), QStringLiteral("71230042"), QStringLiteral("--pty"),
               link, QStringLiteral("--mode"), QStringLiteral("hdlc")});
    QVERIFY(sim.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(link); }, 5000));
    auto r = omt({QStringLiteral("identify"), QStringLiteral("--port"), link,
                  QStringLiteral("--physical"), QStringLiteral("0x99")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("serial number       : 71230042")), qPrintable(r.out));
    // What it tried, in order: mode E (no answer to the sign-on), then direct HDLC, where the
    // configured address got no answer and the management logical device alone did.
    QVERIFY2(r.err.contains(QStringLiteral("no answer to the IEC 62056-21 sign-on; trying direct "
                                           "HDLC at 9600 baud")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(
        QStringLiteral("HDLC address learnt: tried server 1/0x0099, 1/none; answered at 1/none")));
    // --verbose reports the link in one line, also when nothing had to be learnt.
    auto v = omt({QStringLiteral("get"), QStringLiteral("--port"), link, QStringLiteral("--mode"),
                  QStringLiteral("hdlc"), QStringLiteral("--quiet"), QStringLiteral("--verbose"),
                  QStringLiteral("1/0.0.96.1.0.255")});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.err.contains(QStringLiteral("link: 9600 baud, HDLC server 1/none (information "
                                           "field 128/128, window 1/1)")),
             qPrintable(v.err));
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TstOmtCli::aReadoutOnlyMeterIsIdentifiedByItsReadout() {
    // omt-sim whose optical port offers no mode E (an identification without "\2").
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("readout-pty"));
    QProcess sim;
    sim.start(QStringLiteral(OMT_SIM_BINARY),
              {QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
               QStringLiteral("--serial"), QStringLiteral("71230077"), QStringLiteral("--pty"),
               link, QStringLiteral("--readout-only")});
    QVERIFY(sim.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(link); }, 5000));
    auto r = omt({QStringLiteral("identify"), QStringLiteral("--port"), link});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("serial number       : 71230077")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("mode C data readout only (no DLMS)")),
             qPrintable(r.out));
    // Anything that needs DLMS says what the meter offers and what works instead.
    auto get = omt(
        {QStringLiteral("get"), QStringLiteral("--port"), link, QStringLiteral("1.0.1.8.0.255")});
    QCOMPARE(get.code, 1);
    QVERIFY2(get.err.contains(QStringLiteral("offers only an IEC 62056-21 mode C data readout")),
             qPrintable(get.err));
    QVERIFY(get.err.contains(QStringLiteral("`omt readout` reads it")));
    auto readout = omt({QStringLiteral("readout"), QStringLiteral("--port"), link});
    QCOMPARE(readout.code, 0);
    QVERIFY2(readout.out.contains(QStringLiteral("1.8.0")), qPrintable(readout.out));
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TstOmtCli::theMeterAddressIsLearntFromTheAllStationAnswer() {
    // omt-sim answering only its physical address (0x10 + 42 = 0x3A) and the all-station one;
    // omt is told a wrong one. The all-station SNRM is answered from 0x3A, which omt then uses.
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("physical-pty"));
    QProcess sim;
    sim.start(QStringLiteral(OMT_SIM_BINARY),
              {QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
               QStringLiteral("--serial"), QStringLiteral("71230042"), QStringLiteral("--pty"),
               link, QStringLiteral("--require-physical")});
    QVERIFY(sim.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(link); }, 5000));
    auto r = omt({QStringLiteral("identify"), QStringLiteral("--port"), link,
                  QStringLiteral("--physical"), QStringLiteral("0x99")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("serial number       : 71230042")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("HDLC address learnt: tried server 1/0x0099, 1/none, "
                                           "1/0x3FFF; answered at 1/0x003A")),
             qPrintable(r.err));
    // Told the right address, it connects at once.
    auto direct = omt({QStringLiteral("identify"), QStringLiteral("--port"), link,
                       QStringLiteral("--physical"), QStringLiteral("0x3A")});
    QCOMPARE(direct.code, 0);
    QVERIFY(!direct.err.contains(QStringLiteral("learnt")));
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void TstOmtCli::invocationCounterReadAndLinkReport() {
    // Before HLS, omt reads the meter's record of its invocation counter (0.0.43.1.0.255)
    // through the public client and continues above it. The virtual meter keeps that record
    // across associations and restarts (state file) and refuses a counter it has seen.
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("ic-pty"));
    const QString state = dir.filePath(QStringLiteral("meter.json"));
    const QString keys = dir.filePath(QStringLiteral("demo.keys"));
    {
        QFile file(keys);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "EK = 000102030405060708090A0B0C0D0E0F\n"
            "AK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n");
    }
    const QRegularExpression counterLine(
        QStringLiteral("the meter's invocation counter is (\\d+); the tool continues from (\\d+)"));
    auto session = [&](quint64& meterCounter) {
        QProcess sim;
        sim.start(QStringLiteral(OMT_SIM_BINARY),
                  {QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
                   QStringLiteral("--state"), state, QStringLiteral("--pty"), link});
        if (!sim.waitForStarted() ||
            !QTest::qWaitFor([&] { return QFileInfo::exists(link); }, 5000)) {
            return QStringLiteral("omt-sim did not start");
        }
        auto r =
            omt({QStringLiteral("get"), QStringLiteral("--port"), link, QStringLiteral("--auth"),
                 QStringLiteral("high"), QStringLiteral("--key-file"), keys,
                 QStringLiteral("--verbose"), QStringLiteral("1/0.0.96.1.0.255")});
        sim.terminate();
        sim.waitForFinished(5000);
        if (r.code != 0 || !r.out.contains(QStringLiteral("71234567"))) {
            return QStringLiteral("omt failed: ") + r.err;
        }
        const auto match = counterLine.match(r.err);
        if (!match.hasMatch()) {
            return QStringLiteral("no counter line: ") + r.err;
        }
        meterCounter = match.captured(1).toULongLong();
        if (match.captured(2).toULongLong() != meterCounter + 1) {
            return QStringLiteral("the tool does not continue above the meter: ") + r.err;
        }
        return QString();
    };
    quint64 first = 99;
    quint64 second = 0;
    const QString firstRun = session(first);
    QVERIFY2(firstRun.isEmpty(), qPrintable(firstRun));
    QCOMPARE(first, 0ULL);  // a new meter has accepted no counter yet
    // omt-sim restarted from its state file: the record survived, and omt continues above it
    const QString secondRun = session(second);
    QVERIFY2(secondRun.isEmpty(), qPrintable(secondRun));
    QVERIFY2(second >= 3, qPrintable(QString::number(second)));  // AARQ, proof, GET, RLRQ

    auto v = omt({QStringLiteral("get"), QStringLiteral("--demo"), QStringLiteral("omnia"),
                  QStringLiteral("--quiet"), QStringLiteral("--verbose"),
                  QStringLiteral("1/0.0.96.1.0.255")});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.err.contains(QStringLiteral("link: identification KAM OMNIA, 9600 baud, HDLC "
                                           "server 1/none")),
             qPrintable(v.err));
}

void TstOmtCli::keyFileProblemsAreNamed() {
    QTemporaryDir dir;
    auto missing = omt({QStringLiteral("identify"), QStringLiteral("--demo"),
                        QStringLiteral("omnia"), QStringLiteral("--auth"), QStringLiteral("high"),
                        QStringLiteral("--key-file"), dir.filePath(QStringLiteral("none.keys"))});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("cannot read the key file ")),
             qPrintable(missing.err));
    const QString bad = dir.filePath(QStringLiteral("bad.keys"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("EK=000102030405060708090A0B0C0D0E0F\nAK=D0D1D2D3D4D5D6D7D8D9DADBDCDDDE\n");
    file.close();
    auto invalid =
        omt({QStringLiteral("identify"), QStringLiteral("--demo"), QStringLiteral("omnia"),
             QStringLiteral("--auth"), QStringLiteral("high"), QStringLiteral("--key-file"), bad});
    QCOMPARE(invalid.code, 2);
    QVERIFY2(invalid.err.contains(QStringLiteral("the key file is not usable: ") + bad +
                                  QStringLiteral(" line 2: bad-key")),
             qPrintable(invalid.err));
    // The key material never appears, not even the good line's.
    QVERIFY(!invalid.err.contains(QStringLiteral("000102030405")));
    QVERIFY(!invalid.err.contains(QStringLiteral("D0D1D2")));
}

QTEST_GUILESS_MAIN(TstOmtCli)
#include "tst_omt_cli.moc"
