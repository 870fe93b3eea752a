// `omt config` end to end against omt-sim processes over real pseudo-terminals (IEC 62056-21
// sign-on, mode E, HDLC, HLS-GMAC): a template taken from one OMNIA and applied to a second one,
// a write from the wrong role refused and nothing changed, and the line dropped by the meter in
// the middle of a multi-object write: the tool connects again, restores, and the meter (read
// after a restart from its state file) holds its old configuration, as the audit log says.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "process_run.h"
#include "sim_process.h"

namespace {

using Run = ProcessRun;

/// An omt-sim process serving one meter on a pty linked at DIR/NAME.
class Sim : public SimProcess {
public:
    Sim(const QString& dir, const QString& name, QStringList args)
        : SimProcess(args << QStringLiteral("--pty") << dir + QLatin1Char('/') + name) {}
    QString port() const { return pty(); }
};

class Omt {
public:
    explicit Omt(const QTemporaryDir& dir) : m_dir(dir.path()) {
        file(QStringLiteral("keys"),
             "EK = 000102030405060708090A0B0C0D0E0F\n"
             "AK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n");
    }

    /// Runs `omt ARGS --port PORT --auth AUTH` (installer keys from $OMT_KEY_FILE, the
    /// reader's password from $OMT_PASSWORD).
    Run operator()(const QString& port, QStringList args,
                   const QString& auth = QStringLiteral("high")) const {
        args << QStringLiteral("--port") << port << QStringLiteral("--auth") << auth;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir + QStringLiteral("/data"));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.insert(QStringLiteral("OMT_KEY_FILE"), m_dir + QStringLiteral("/keys"));
        env.insert(QStringLiteral("OMT_PASSWORD"), QStringLiteral("12345678"));
        return runProcess(QStringLiteral(OMT_BINARY), args, env);
    }

    QString file(const QString& name, const QByteArray& text) const {
        const QString path = m_dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }
    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }
    QString auditLog() const {
        QFile f(m_dir + QStringLiteral("/data/OpenMeterTool/audit.csv"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    /// `config show --json` of the meter on `port`.
    QJsonObject show(const QString& port) const {
        const Run r = (*this)(port, {QStringLiteral("config"), QStringLiteral("show"),
                                     QStringLiteral("--json"), QStringLiteral("--quiet")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private:
    QString m_dir;
};

/// Offsets of the tool's bytes in a trace (`omt --trace`): where each SET request frame
/// starts and ends, counted over every byte the tool sent.
std::vector<std::pair<qint64, qint64>> setRequestFrames(const QString& tracePath) {
    QFile f(tracePath);
    std::vector<std::pair<qint64, qint64>> out;
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    qint64 sent = 0;
    qint64 frameStart = 0;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const auto fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() > 2 && fields[1] == QLatin1String("TX")) {
            frameStart = sent;
            sent += fields.size() - 2;
        } else if (line.startsWith(QLatin1Char('#')) &&
                   line.contains(QStringLiteral("set-request"))) {
            out.emplace_back(frameStart, sent);
        }
    }
    return out;
}

QJsonArray listOf(const QJsonObject& config, const char* kind) {
    return config.value(QStringLiteral("display-lists"))
        .toObject()
        .value(QLatin1String(kind))
        .toArray();
}

}  // namespace

class TstOmtConfigPty : public QObject {
    Q_OBJECT

private slots:
    void templateOfOneOmniaAppliedToAnother();
    void theReaderCannotWrite();
    void lineDroppedInTheMiddleOfAWriteIsRestored();
    void aMeterBackAfterAMomentIsReached();
};

void TstOmtConfigPty::templateOfOneOmniaAppliedToAnother() {
    QTemporaryDir dir;
    Omt omt(dir);
    const QStringList omnia{QStringLiteral("--meter"), QStringLiteral("omnia")};
    Sim first(dir.path(), QStringLiteral("first"),
              omnia + QStringList{QStringLiteral("--serial"), QStringLiteral("71230001")});
    Sim second(dir.path(), QStringLiteral("second"),
               omnia + QStringList{QStringLiteral("--serial"), QStringLiteral("71230002")});
    QVERIFY(first.ready());
    QVERIFY(second.ready());

    // Configure the first meter: a shorter automatic list and T1 from 07:00 on weekdays.
    QJsonObject wanted = omt.show(first.port());
    QCOMPARE(wanted.value(QStringLiteral("serial")).toString(), QStringLiteral("71230001"));
    QJsonObject lists = wanted.value(QStringLiteral("display-lists")).toObject();
    QJsonArray automatic = lists.value(QStringLiteral("automatic")).toArray();
    QVERIFY(automatic.size() >= 2);
    automatic.removeLast();
    lists[QStringLiteral("automatic")] = automatic;
    wanted[QStringLiteral("display-lists")] = lists;
    QByteArray text = QJsonDocument(wanted).toJson();
    QVERIFY(text.contains("\"06:00\""));
    text.replace("\"06:00\"", "\"07:00\"");
    const Run applied = omt(first.port(), {QStringLiteral("config"), QStringLiteral("apply"),
                                           omt.file(QStringLiteral("first.json"), text)});
    QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
    QVERIFY2(applied.out.contains(QStringLiteral("written and verified")), qPrintable(applied.out));

    // Its configuration as a template, applied to the second meter, with a preview first.
    const QJsonObject firstNow = omt.show(first.port());
    QCOMPARE(listOf(firstNow, "automatic"), automatic);
    const QString templ =
        omt.file(QStringLiteral("template.json"), QJsonDocument(firstNow).toJson());
    const Run preview =
        omt(second.port(), {QStringLiteral("config"), QStringLiteral("diff"), templ});
    QVERIFY2(preview.code == 0, qPrintable(preview.err));
    QVERIFY2(preview.out.contains(QStringLiteral("07:00")), qPrintable(preview.out));
    const Run copied =
        omt(second.port(), {QStringLiteral("config"), QStringLiteral("apply"), templ});
    QVERIFY2(copied.code == 0, qPrintable(copied.out + copied.err));

    // The second meter now holds the first one's configuration; only its identity differs.
    QJsonObject secondNow = omt.show(second.port());
    QCOMPARE(secondNow.value(QStringLiteral("serial")).toString(), QStringLiteral("71230002"));
    for (const char* key : {"software-configuration", "load-profile-period", "display-lists",
                            "tariff", "load-control"}) {
        QVERIFY2(secondNow.value(QLatin1String(key)) == firstNow.value(QLatin1String(key)), key);
    }
    // A second apply has nothing left to do.
    const Run again =
        omt(second.port(), {QStringLiteral("config"), QStringLiteral("apply"), templ});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("nothing to write")), qPrintable(again.out));
}

void TstOmtConfigPty::theReaderCannotWrite() {
    QTemporaryDir dir;
    Omt omt(dir);
    Sim meter(dir.path(), QStringLiteral("meter"),
              {QStringLiteral("--meter"), QStringLiteral("omnia")});
    QVERIFY(meter.ready());
    const QJsonObject before = omt.show(meter.port());
    const Run r = omt(meter.port(),
                      {QStringLiteral("display-list"), QStringLiteral("set"),
                       QStringLiteral("automatic"), QStringLiteral("1.0.1.8.0.255")},
                      QStringLiteral("low"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("read-write-denied")), qPrintable(r.err));
    QCOMPARE(listOf(omt.show(meter.port()), "automatic"), listOf(before, "automatic"));
    QVERIFY2(omt.auditLog().contains(QStringLiteral("display-list automatic")),
             qPrintable(omt.auditLog()));
}

void TstOmtConfigPty::lineDroppedInTheMiddleOfAWriteIsRestored() {
    QTemporaryDir dir;
    Omt omt(dir);
    const QString templ =
        omt.file(QStringLiteral("t.json"),
                 R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct",
            "ct-ratio": {"factor": 300},
            "display-lists": {"automatic": ["1.0.1.8.0.255", "1.0.2.8.0.255"]}})");
    const QStringList ct{QStringLiteral("--meter"), QStringLiteral("omnipower-ct"),
                         QStringLiteral("--serial"), QStringLiteral("71230003")};
    // Where the second SET (the display list) crosses the line, measured on a meter like it.
    qint64 dropAt = 0;
    {
        Sim rehearsal(dir.path(), QStringLiteral("rehearsal"), ct);
        QVERIFY(rehearsal.ready());
        const Run r = omt(rehearsal.port(),
                          {QStringLiteral("config"), QStringLiteral("apply"), templ,
                           QStringLiteral("--trace"), omt.path(QStringLiteral("rehearsal.trace"))});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto sets = setRequestFrames(omt.path(QStringLiteral("rehearsal.trace")));
        QCOMPARE(sets.size(), std::size_t(2));  // the ratio, then the list
        dropAt = (sets[1].first + sets[1].second) / 2;
        QVERIFY(dropAt > sets[0].second);
    }
    const QString state = omt.path(QStringLiteral("state.json"));
    QJsonObject before;
    {
        Sim meter(dir.path(), QStringLiteral("meter"),
                  ct + QStringList{QStringLiteral("--state"), state, QStringLiteral("--drop-after"),
                                   QString::number(dropAt)});
        QVERIFY(meter.ready());
        const Run r = omt(meter.port(), {QStringLiteral("config"), QStringLiteral("apply"), templ,
                                         QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("connecting again")), qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("restored"));
        QCOMPARE(report.value(QStringLiteral("reconnected")).toInt(), 1);
        QVERIFY2(report.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("The old values were written back and verified")),
                 qPrintable(r.out));
        // The ratio had been written; the list was cut off.
        const QString log = omt.auditLog();
        QVERIFY2(log.contains(QStringLiteral("ct-ratio 3/1.0.0.4.2.255:2,long-unsigned 200,"
                                             "long-unsigned 300,\"failed, restored\"")),
                 qPrintable(log));
        QVERIFY2(log.contains(QRegularExpression(
                     QStringLiteral("display-list automatic 7/0.0.21.0.1.255:3,.*\"failed, "
                                    "restored\""))),
                 qPrintable(log));
    }
    // The meter after a restart, from its state file, without the fault: the old configuration.
    Sim meter(dir.path(), QStringLiteral("restarted"),
              ct + QStringList{QStringLiteral("--state"), state});
    QVERIFY(meter.ready());
    const QJsonObject after = omt.show(meter.port());
    QCOMPARE(
        after.value(QStringLiteral("ct-ratio")).toObject().value(QStringLiteral("factor")).toInt(),
        200);
    QCOMPARE(listOf(after, "automatic").size(), 4);
}

// Issue 19, item 4: the meter is gone in the middle of a write and back 0.3 s later (a USB head
// re-enumerating): omt waits, connects again and finishes there, all old or all new, and says so.
void TstOmtConfigPty::aMeterBackAfterAMomentIsReached() {
    QTemporaryDir dir;
    Omt omt(dir);
    const QString templ =
        omt.file(QStringLiteral("t.json"),
                 R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct",
            "ct-ratio": {"factor": 300},
            "display-lists": {"automatic": ["1.0.1.8.0.255", "1.0.2.8.0.255"]}})");
    const QStringList args{QStringLiteral("--meter"),
                           QStringLiteral("omnipower-ct"),
                           QStringLiteral("--serial"),
                           QStringLiteral("71230004"),
                           QStringLiteral("--line-emulation"),
                           QStringLiteral("--state"),
                           omt.path(QStringLiteral("state.json"))};
    auto sim = std::make_unique<Sim>(dir.path(), QStringLiteral("tty"), args);
    QVERIFY(sim->ready());
    const QJsonObject before = omt.show(sim->port());
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), omt.path(QStringLiteral("data")));
    env.insert(QStringLiteral("OMT_KEY_FILE"), omt.path(QStringLiteral("keys")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OMT_BINARY),
            {QStringLiteral("config"), QStringLiteral("apply"), templ, QStringLiteral("--port"),
             sim->port(), QStringLiteral("--auth"), QStringLiteral("high")});
    QByteArray err;
    while (!err.contains("omt: writing display-list") && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(50);
        err += p.readAllStandardError();
    }
    QVERIFY2(p.state() == QProcess::Running, err.constData());
    sim.reset();  // gone (its state saved) ...
    QTest::qWait(300);
    sim = std::make_unique<Sim>(dir.path(), QStringLiteral("tty"), args);  // ... and back
    QVERIFY(sim->ready());
    QVERIFY(p.waitForFinished(120000));
    err += p.readAllStandardError();
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString all = out + QString::fromUtf8(err);
    QVERIFY2(all.contains(QStringLiteral("connecting again in 1 s (attempt 1 of 4)")),
             qPrintable(all));
    const QJsonObject after = omt.show(sim->port());
    const auto ratio = [](const QJsonObject& c) {
        return c.value(QStringLiteral("ct-ratio"))
            .toObject()
            .value(QStringLiteral("factor"))
            .toInt();
    };
    const auto automatic = [](const QJsonObject& c) {
        return c.value(QStringLiteral("display-lists"))
            .toObject()
            .value(QStringLiteral("automatic"));
    };
    if (p.exitCode() == 0) {
        QVERIFY2(out.contains(QStringLiteral("written and verified")), qPrintable(all));
        QCOMPARE(ratio(after), 300);
        QCOMPARE(automatic(after).toArray().size(), 2);
    } else {
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(all.contains(QStringLiteral("the meter is as before")), qPrintable(all));
        QCOMPARE(ratio(after), ratio(before));
        QCOMPARE(automatic(after), automatic(before));
    }
}

QTEST_GUILESS_MAIN(TstOmtConfigPty)
#include "tst_omt_config_pty.moc"
