// The safe write attacked (issue 19, item 1): `omt config apply` against omt-sim over TCP through
// a man in the middle that tampers with, drops or replays the meter's answers to the SETs. An
// answer that does not authenticate, that never comes or that is an old one proves nothing: the
// step may have happened, so it is restored and read back like one that did. Whatever is done to
// one answer, the meter (read afterwards over a clean connection) holds either the whole old or
// the whole new configuration, and omt says which.
//
// The wrapper carries whole APDUs with no checksum, so a flipped bit reaches the GCM tag check;
// on HDLC the man in the middle recomputes the frame check sequence, as a real one would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "process_run.h"
#include "protocol/hdlc/crc16.h"
#include "sim_process.h"

namespace {

constexpr std::uint8_t kGloSetResponse = 0xCD;

/// What the man in the middle does to the meter's `nth` answers to a SET (counted from 1 over
/// every connection; `count` answers from there on).
struct Attack {
    enum class Kind { Flip, Drop, Replay };
    Kind kind = Kind::Flip;
    int nth = 1;
    int count = 1;
};

/// A TCP proxy between omt and omt-sim, in its own thread, that applies an Attack to the
/// meter's frames (the wrapper's or HDLC's).
class Mitm : public QObject {
public:
    Mitm(quint16 upstream, bool wrapper, Attack attack)
        : m_upstream(upstream), m_wrapper(wrapper), m_attack(attack) {}

    /// Starts listening in `thread`; returns the port.
    quint16 start(QThread& thread) {
        moveToThread(&thread);
        thread.start();
        quint16 port = 0;
        QMetaObject::invokeMethod(
            this,
            [this, &port] {
                m_server = new QTcpServer(this);
                m_server->listen(QHostAddress::LocalHost, 0);
                port = m_server->serverPort();
                connect(m_server, &QTcpServer::newConnection, this, &Mitm::onConnection);
            },
            Qt::BlockingQueuedConnection);
        return port;
    }
    int attacked() const {
        QMutexLocker lock(&m_mutex);
        return m_attacked;
    }

private:
    void onConnection() {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            auto* meter = new QTcpSocket(this);
            meter->connectToHost(QHostAddress::LocalHost, m_upstream);
            auto pending = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, meter, [client, meter, pending] {
                const QByteArray data = client->readAll();
                if (meter->state() == QAbstractSocket::ConnectedState) {
                    meter->write(data);
                } else {
                    *pending += data;
                }
            });
            connect(meter, &QTcpSocket::connected, meter, [meter, pending] {
                meter->write(*pending);
                pending->clear();
            });
            auto buffer = std::make_shared<QByteArray>();
            connect(meter, &QTcpSocket::readyRead, client, [this, client, meter, buffer] {
                *buffer += meter->readAll();
                for (QByteArray frame = takeFrame(*buffer); !frame.isEmpty();
                     frame = takeFrame(*buffer)) {
                    if (auto out = attack(frame)) {
                        client->write(*out);
                    }
                }
            });
            connect(client, &QTcpSocket::disconnected, meter, &QTcpSocket::disconnectFromHost);
            connect(meter, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(meter, &QTcpSocket::disconnected, meter, &QObject::deleteLater);
        }
    }

    /// The next whole frame of `buffer` (removed from it), or nothing yet.
    QByteArray takeFrame(QByteArray& buffer) const {
        if (m_wrapper) {
            if (buffer.size() < 8) {
                return {};
            }
            const int length = (std::uint8_t(buffer[6]) << 8) | std::uint8_t(buffer[7]);
            if (buffer.size() < 8 + length) {
                return {};
            }
            QByteArray frame = buffer.left(8 + length);
            buffer.remove(0, 8 + length);
            return frame;
        }
        // HDLC: 7E, format A0|length (11 bits), ..., 7E.
        while (!buffer.isEmpty() && std::uint8_t(buffer[0]) != 0x7E) {
            buffer.remove(0, 1);
        }
        if (buffer.size() < 3) {
            return {};
        }
        const int length = ((std::uint8_t(buffer[1]) & 0x07) << 8) | std::uint8_t(buffer[2]);
        if (buffer.size() < length + 2) {
            return {};
        }
        QByteArray frame = buffer.left(length + 2);
        buffer.remove(0, length + 2);
        return frame;
    }

    /// Where the APDU starts in `frame` (after the wrapper header, or after HDLC's header, HCS
    /// and LLC header), -1 when it has none.
    int apduAt(const QByteArray& frame) const {
        if (m_wrapper) {
            return 8;
        }
        int at = 3;  // after 7E and the format field
        for (int address = 0; address < 2; ++address) {
            while (at < frame.size() && (std::uint8_t(frame[at]) & 1) == 0) {
                ++at;
            }
            ++at;
        }
        at += 1 + 2 + 3;  // control, HCS, LLC E6 E7 00
        return at < frame.size() - 3 ? at : -1;
    }

    std::optional<QByteArray> attack(QByteArray frame) {
        const int at = apduAt(frame);
        if (at < 0 || at >= frame.size() || std::uint8_t(frame[at]) != kGloSetResponse) {
            if (at >= 0 && at < frame.size()) {
                m_lastAnswer = frame;  // an earlier answer to replay
            }
            return frame;
        }
        const int n = ++m_setAnswers;
        if (n < m_attack.nth || n >= m_attack.nth + m_attack.count) {
            m_lastAnswer = frame;
            return frame;
        }
        {
            QMutexLocker lock(&m_mutex);
            ++m_attacked;
        }
        switch (m_attack.kind) {
            case Attack::Kind::Drop:
                return std::nullopt;
            case Attack::Kind::Replay: {
                QByteArray old = m_lastAnswer;
                m_lastAnswer = frame;
                return old;
            }
            case Attack::Kind::Flip:
                break;
        }
        // One bit of the authentication tag (the APDU's last byte).
        const int last = m_wrapper ? frame.size() - 1 : frame.size() - 4;
        frame[last] = char(std::uint8_t(frame[last]) ^ 0x01);
        if (!m_wrapper) {
            const auto* bytes = reinterpret_cast<const std::uint8_t*>(frame.constData());
            const std::uint16_t fcs =
                omt::hdlc::crc16X25(omt::ByteView(bytes + 1, std::size_t(frame.size() - 4)));
            frame[frame.size() - 3] = char(fcs & 0xFF);
            frame[frame.size() - 2] = char(fcs >> 8);
        }
        return frame;
    }

    quint16 m_upstream;
    bool m_wrapper;
    Attack m_attack;
    QTcpServer* m_server = nullptr;
    int m_setAnswers = 0;
    QByteArray m_lastAnswer;
    mutable QMutex m_mutex;
    int m_attacked = 0;
};

/// omt-sim serving one meter on a free TCP port.
class Sim : public SimProcess {
public:
    explicit Sim(QStringList args)
        : SimProcess(args << QStringLiteral("--tcp") << QStringLiteral("0")) {}
    /// The port from the "tcp PORT" line; 0 when it did not start.
    quint16 port() { return ready() ? tcpPort() : 0; }
};

ProcessRun runOmt(const QTemporaryDir& dir, QStringList args, quint16 port, bool wrapper) {
    args << QStringLiteral("--tcp") << QStringLiteral("127.0.0.1:%1").arg(port)
         << QStringLiteral("--auth") << QStringLiteral("high");
    if (wrapper) {
        args << QStringLiteral("--wrapper");
    }
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("OMT_KEY_FILE"), dir.path() + QStringLiteral("/keys"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    return runProcess(QStringLiteral(OMT_BINARY), args, env);
}

/// The CT ratio factor and the automatic display list, as `config show --json` has them.
QString settingsOf(const QJsonObject& config) {
    QStringList list;
    for (const auto& v : config.value(QStringLiteral("display-lists"))
                             .toObject()
                             .value(QStringLiteral("automatic"))
                             .toArray()) {
        list << v.toString();
    }
    return QStringLiteral("ratio %1, automatic %2")
        .arg(config.value(QStringLiteral("ct-ratio"))
                 .toObject()
                 .value(QStringLiteral("factor"))
                 .toInt())
        .arg(list.join(QLatin1Char(' ')));
}

}  // namespace

class TstOmtWriteAttacked : public QObject {
    Q_OBJECT

private slots:
    void tamperedAnswersNeverLeaveAHalfWrittenMeter_data();
    void tamperedAnswersNeverLeaveAHalfWrittenMeter();
};

void TstOmtWriteAttacked::tamperedAnswersNeverLeaveAHalfWrittenMeter_data() {
    QTest::addColumn<bool>("wrapper");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("nth");
    QTest::addColumn<int>("count");
    using K = Attack::Kind;
    QTest::newRow("wrapper: the ratio's answer flipped") << true << int(K::Flip) << 1 << 1;
    QTest::newRow("wrapper: the list's answer flipped") << true << int(K::Flip) << 2 << 1;
    QTest::newRow("wrapper: the list's and its restore's answers flipped")
        << true << int(K::Flip) << 2 << 2;
    QTest::newRow("wrapper: the ratio's answer dropped") << true << int(K::Drop) << 1 << 1;
    QTest::newRow("wrapper: the list's answer dropped") << true << int(K::Drop) << 2 << 1;
    QTest::newRow("wrapper: an old answer for the ratio's") << true << int(K::Replay) << 1 << 1;
    QTest::newRow("wrapper: the ratio's answer for the list's") << true << int(K::Replay) << 2 << 1;
    QTest::newRow("hdlc: the ratio's answer flipped, FCS made good")
        << false << int(K::Flip) << 1 << 1;
    QTest::newRow("hdlc: the list's answer flipped, FCS made good")
        << false << int(K::Flip) << 2 << 1;
}

void TstOmtWriteAttacked::tamperedAnswersNeverLeaveAHalfWrittenMeter() {
    QFETCH(bool, wrapper);
    QFETCH(int, kind);
    QFETCH(int, nth);
    QFETCH(int, count);
    QTemporaryDir dir;
    QFile keys(dir.path() + QStringLiteral("/keys"));
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.write("EK = 000102030405060708090A0B0C0D0E0F\nAK = D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n");
    keys.close();
    const QString templ = dir.path() + QStringLiteral("/t.json");
    QFile t(templ);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(R"({"format": "omt-configuration", "version": 1, "meter": "omnipower-ct",
        "ct-ratio": {"factor": 300},
        "display-lists": {"automatic": ["1.0.1.8.0.255", "1.0.2.8.0.255"]}})");
    t.close();

    QStringList simArgs{QStringLiteral("--meter"), QStringLiteral("omnipower-ct")};
    if (wrapper) {
        simArgs << QStringLiteral("--wrapper");
    }
    Sim sim(simArgs);
    const quint16 meterPort = sim.port();
    QVERIFY(meterPort != 0);
    const QStringList show{QStringLiteral("config"), QStringLiteral("show"),
                           QStringLiteral("--json"), QStringLiteral("--quiet")};
    const ProcessRun first = runOmt(dir, show, meterPort, wrapper);
    QCOMPARE(first.code, 0);
    const QString before = settingsOf(QJsonDocument::fromJson(first.out.toUtf8()).object());
    const QString after = QStringLiteral("ratio 300, automatic 3/1.0.1.8.0.255 3/1.0.2.8.0.255");
    QVERIFY(before != after);

    QThread thread;
    Mitm mitm(meterPort, wrapper, Attack{Attack::Kind(kind), nth, count});
    const quint16 port = mitm.start(thread);
    const ProcessRun r = runOmt(dir,
                                {QStringLiteral("config"), QStringLiteral("apply"), templ,
                                 QStringLiteral("--json"), QStringLiteral("--yes")},
                                port, wrapper);
    thread.quit();
    thread.wait();
    QVERIFY2(mitm.attacked() >= 1, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString result = report.value(QStringLiteral("result")).toString();
    const QString message = report.value(QStringLiteral("message")).toString();

    // The meter over a clean connection.
    const ProcessRun last = runOmt(dir, show, meterPort, wrapper);
    QCOMPARE(last.code, 0);
    const QString now = settingsOf(QJsonDocument::fromJson(last.out.toUtf8()).object());
    const QString what = QStringLiteral("result %1, meter holds: %2\n%3\n%4")
                             .arg(result, now, message, r.err.right(1500));
    QVERIFY2(now == before || now == after, qPrintable(QStringLiteral("half-written: ") + what));
    if (now == before) {
        QVERIFY2(result == QLatin1String("restored"), qPrintable(what));
        QVERIFY2(message.contains(QStringLiteral("the meter is as before")), qPrintable(what));
        QCOMPARE(r.code, 1);
    } else {
        QVERIFY2(result == QLatin1String("verified"), qPrintable(what));
        QCOMPARE(r.code, 0);
    }
    // Each case here ends restored: the step whose answer proves nothing is written back too.
    QVERIFY2(result == QLatin1String("restored"), qPrintable(what));
    const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    for (const auto& s : steps) {
        const QString state = s.toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(state == QLatin1String("restored") || state == QLatin1String("untouched") ||
                     state == QLatin1String("refused"),
                 qPrintable(what));
    }
}

QTEST_GUILESS_MAIN(TstOmtWriteAttacked)
#include "tst_omt_write_attacked.moc"
