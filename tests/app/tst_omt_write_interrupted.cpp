// The safe write interrupted (issue 19, items 3 and 7): `omt config apply` against omt-sim over a
// real pseudo-terminal at the emulated line rate, with signals at moments of the write window.
//
//   - SIGINT, SIGTERM, SIGHUP: omt stops writing, puts back what it wrote, says so and exits
//     with 128 + the signal; the meter holds the whole old (or, when the write had finished, the
//     whole new) configuration, and the journal keeps nothing.
//   - Two Ctrl-C: omt stops at once and says what the meter may hold; the journal keeps the
//     write, every later run warns about it, and `omt config restore` of its backup repairs the
//     meter and clears it.
//   - SIGKILL: no chance to say anything; the audit log already has the "attempting" records, the
//     journal the write, and the next run says so and names the backup.
//   - An audit log that cannot be written (/dev/full, a directory): nothing is written at all.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "process_run.h"
#include "sim_process.h"

namespace {

/// An omt-sim process serving one OMNIPOWER CT on a pty at DIR/tty, at the line's own pace.
class Sim : public SimProcess {
public:
    explicit Sim(const QString& dir)
        : SimProcess({QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
                      QStringLiteral("--serial"), QStringLiteral("71230007"),
                      QStringLiteral("--line-emulation"), QStringLiteral("--pty"),
                      dir + QStringLiteral("/tty")}) {}
    QString port() const { return pty(); }
};

class Omt {
public:
    explicit Omt(const QTemporaryDir& dir) : m_dir(dir.path()) {
        write(QStringLiteral("keys"),
              "EK = 000102030405060708090A0B0C0D0E0F\nAK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n");
        // The ratio, the automatic and the manual list: three steps, a few seconds of writing at
        // 9600.
        write(QStringLiteral("t.json"),
              R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct",
                  "ct-ratio": {"factor": 300},
                  "display-lists": {"automatic": ["1.0.1.8.0.255", "1.0.2.8.0.255"],
                                    "manual": ["1.0.1.8.0.255", "1.0.2.8.0.255",
                                               "1.0.32.7.0.255"]}})");
    }
    QProcessEnvironment env() const {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("OMT_KEY_FILE"), m_dir + QStringLiteral("/keys"));
        env.remove(QStringLiteral("USER"));  // the audit names the account all the same
        env.remove(QStringLiteral("USERNAME"));
        env.remove(QStringLiteral("LOGNAME"));
        return env;
    }
    QStringList args(const QString& port, QStringList args) const {
        return args << QStringLiteral("--port") << port << QStringLiteral("--auth")
                    << QStringLiteral("high");
    }
    ProcessRun operator()(const QString& port, const QStringList& a) const {
        return runProcess(QStringLiteral(OMT_BINARY), args(port, a), env());
    }
    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }
    QString data(const QString& name) const {
        return path(QStringLiteral("data/OpenMeterTool/") + name);
    }
    QString audit() const {
        QFile f(data(QStringLiteral("audit.csv")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QStringList journal() const {
        return QDir(data(QStringLiteral("journal")))
            .entryList({QStringLiteral("*.json")}, QDir::Files);
    }
    /// The CT ratio and the automatic and manual lists of the meter on `port`.
    QString settings(const QString& port) const {
        const ProcessRun r = (*this)(port, {QStringLiteral("config"), QStringLiteral("show"),
                                            QStringLiteral("--json"), QStringLiteral("--quiet")});
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList parts{QString::number(c.value(QStringLiteral("ct-ratio"))
                                              .toObject()
                                              .value(QStringLiteral("factor"))
                                              .toInt())};
        for (const char* kind : {"automatic", "manual"}) {
            QStringList list;
            for (const auto& v : c.value(QStringLiteral("display-lists"))
                                     .toObject()
                                     .value(QLatin1String(kind))
                                     .toArray()) {
                list << v.toString();
            }
            parts << list.join(QLatin1Char(' '));
        }
        return r.code == 0 ? parts.join(QStringLiteral(" | ")) : QStringLiteral("unreadable");
    }

    /// Starts `config apply t.json` and sends `toSend` (a short pause between them) once it
    /// says it writes, after `delayMs`; returns the finished run, `delivered` false when it
    /// had ended before a signal could be sent.
    ProcessRun interrupted(const QString& port, const QList<int>& toSend, int delayMs,
                           bool* delivered) const {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(OMT_BINARY),
                args(port, {QStringLiteral("config"), QStringLiteral("apply"),
                            path(QStringLiteral("t.json")), QStringLiteral("--yes")}));
        *delivered = true;
        QByteArray err;
        while (!err.contains("omt: writing") && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QTest::qWait(delayMs);
        for (const int s : toSend) {
            // (Never kill(0, ...): that is the whole process group, the test runner too.)
            const qint64 pid = p.processId();
            if (pid > 0 && p.state() == QProcess::Running) {
                ::kill(pid_t(pid), s);
            } else {
                *delivered = false;
            }
            QTest::qWait(30);
        }
        ProcessRun r;
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(err + p.readAllStandardError());
        return r;
    }

private:
    void write(const QString& name, const QByteArray& text) const {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            qFatal("cannot write %s", qPrintable(path(name)));
        }
    }
    QString m_dir;
};

const QString kAfter = QStringLiteral(
    "300 | 3/1.0.1.8.0.255 3/1.0.2.8.0.255 | 3/1.0.1.8.0.255 3/1.0.2.8.0.255 3/1.0.32.7.0.255");

}  // namespace

class TstOmtWriteInterrupted : public QObject {
    Q_OBJECT

private slots:
    void aSignalStopsTheWriteSafely_data();
    void aSignalStopsTheWriteSafely();
    void aSecondCtrlCStopsAtOnceAndTheBackupRepairsIt();
    void aKilledWriteIsFoundByTheNextRun();
    void anAuditLogThatCannotBeWrittenStopsTheWrite();
};

void TstOmtWriteInterrupted::aSignalStopsTheWriteSafely_data() {
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("delayMs");
    // Moments spread over the write window (three SETs and the read-back take about 0.5 s at
    // 9600 baud, from the first "writing" line).
    auto* random = QRandomGenerator::global();
    for (const int s : {SIGINT, SIGTERM, SIGHUP}) {
        for (int i = 0; i < 2; ++i) {
            const int delay = int(random->bounded(300));
            QTest::addRow("signal %d after %d ms", s, delay) << s << delay;
        }
    }
}

void TstOmtWriteInterrupted::aSignalStopsTheWriteSafely() {
    QFETCH(int, signal);
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    Sim sim(dir.path());
    QVERIFY(sim.ready());
    Omt omt(dir);
    const QString before = omt.settings(sim.port());
    QVERIFY2(before != QLatin1String("unreadable") && before != kAfter, qPrintable(before));

    bool delivered = false;
    const ProcessRun r = omt.interrupted(sim.port(), {signal}, delayMs, &delivered);
    QVERIFY2(delivered, "the write was over before the signal: the moment is outside the window");
    const QString now = omt.settings(sim.port());
    const QString what =
        QStringLiteral("exit %1, meter %2\n%3").arg(r.code).arg(now, r.err.right(2000));
    QVERIFY2(now == before || now == kAfter, qPrintable(QStringLiteral("half-written: ") + what));
    if (now == before) {
        QCOMPARE(r.code, 128 + signal);
        QVERIFY2(r.err.contains(QStringLiteral("stopping safely")), qPrintable(what));
        QVERIFY2(r.err.contains(QStringLiteral("the meter is as before")), qPrintable(what));
    } else {
        // The signal came during the last read-back: the write finished, verified.
        QVERIFY2(r.out.contains(QStringLiteral("written and verified")), qPrintable(what));
    }
    QVERIFY2(omt.journal().isEmpty(), qPrintable(omt.journal().join(QLatin1Char(' '))));
    // Every record names the account although $USER is unset (issue 19, item 14).
    QVERIFY2(!omt.audit().contains(QStringLiteral(",,ct-ratio")), qPrintable(omt.audit()));
}

void TstOmtWriteInterrupted::aSecondCtrlCStopsAtOnceAndTheBackupRepairsIt() {
    QTemporaryDir dir;
    Sim sim(dir.path());
    QVERIFY(sim.ready());
    Omt omt(dir);
    const QString before = omt.settings(sim.port());
    // Twice, once the first SET is on its way: omt cannot finish the write or put it back.
    bool delivered = false;
    const ProcessRun r = omt.interrupted(sim.port(), {SIGINT, SIGINT}, 20, &delivered);
    QVERIFY(delivered);
    QCOMPARE(r.code, 128 + SIGINT);
    const QString message = r.err;
    QVERIFY2(message.contains(QStringLiteral("stopped at once")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("ct-ratio: ")), qPrintable(message));
    const QRegularExpression backupOf(QStringLiteral("omt config restore (\\S+)`"));
    QVERIFY2(backupOf.match(message).hasMatch(), qPrintable(message));
    const QString backup = backupOf.match(message).captured(1);
    QVERIFY(QFile::exists(backup));
    QCOMPARE(omt.journal().size(), 1);
    QVERIFY(QFile::permissions(backup) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser));

    // Every later run says so, and restoring the backup repairs the meter and clears it.
    const ProcessRun listed =
        omt(sim.port(), {QStringLiteral("config"), QStringLiteral("interrupted")});
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains(backup) && listed.out.contains(QStringLiteral("not-restored")),
             qPrintable(listed.out));
    const ProcessRun restore = omt(sim.port(), {QStringLiteral("config"), QStringLiteral("restore"),
                                                backup, QStringLiteral("--yes")});
    QVERIFY2(restore.err.contains(QStringLiteral("did not finish")) ||
                 restore.err.contains(QStringLiteral("could not be restored")),
             qPrintable(restore.err));
    QVERIFY2(restore.code == 0, qPrintable(restore.err));
    QCOMPARE(omt.settings(sim.port()), before);
    QVERIFY(omt.journal().isEmpty());
}

void TstOmtWriteInterrupted::aKilledWriteIsFoundByTheNextRun() {
    QTemporaryDir dir;
    Sim sim(dir.path());
    QVERIFY(sim.ready());
    Omt omt(dir);
    const QString before = omt.settings(sim.port());
    bool delivered = false;
    const ProcessRun killed = omt.interrupted(sim.port(), {SIGKILL}, 20, &delivered);
    QVERIFY(delivered);
    QCOMPARE(killed.code, -2);
    // The audit log has the attempt from before the first SET.
    QVERIFY2(omt.audit().contains(QStringLiteral("ct-ratio 3/1.0.0.4.2.255:2,long-unsigned 200,"
                                                 "long-unsigned 300,attempting")),
             qPrintable(omt.audit()));
    QCOMPARE(omt.journal().size(), 1);
    const ProcessRun next = omt(sim.port(), {QStringLiteral("config"), QStringLiteral("show")});
    QCOMPARE(next.code, 0);
    QVERIFY2(next.err.contains(QStringLiteral("did not finish")), qPrintable(next.err));
    const QRegularExpression backupOf(QStringLiteral("omt config restore (\\S+)`"));
    const auto match = backupOf.match(next.err);
    QVERIFY2(match.hasMatch(), qPrintable(next.err));
    const ProcessRun restore = omt(sim.port(), {QStringLiteral("config"), QStringLiteral("restore"),
                                                match.captured(1), QStringLiteral("--yes")});
    // (When the SET had not reached the meter, it holds the backup's values already: nothing
    // is written, and the journal entry goes all the same.)
    QVERIFY2(restore.code == 0, qPrintable(restore.err));
    QCOMPARE(omt.settings(sim.port()), before);
    QVERIFY(omt.journal().isEmpty());
    const ProcessRun clean = omt(sim.port(), {QStringLiteral("config"), QStringLiteral("show")});
    QVERIFY2(!clean.err.contains(QStringLiteral("did not finish")), qPrintable(clean.err));
}

void TstOmtWriteInterrupted::anAuditLogThatCannotBeWrittenStopsTheWrite() {
    QTemporaryDir dir;
    Sim sim(dir.path());
    QVERIFY(sim.ready());
    Omt omt(dir);
    const QString before = omt.settings(sim.port());
    for (const QString& audit : {QStringLiteral("/dev/full"), dir.path()}) {
        const ProcessRun r =
            omt(sim.port(), {QStringLiteral("config"), QStringLiteral("apply"),
                             omt.path(QStringLiteral("t.json")), QStringLiteral("--yes"),
                             QStringLiteral("--audit"), audit});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing written")) &&
                     r.err.contains(QStringLiteral("audit log")),
                 qPrintable(r.err));
        QCOMPARE(omt.settings(sim.port()), before);
        QVERIFY(omt.journal().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstOmtWriteInterrupted)
#include "tst_omt_write_interrupted.moc"
