// Issue 19: "a secrets scan of every output of a full session finds nothing". A whole session
// against an omt-sim process over a real pseudo-terminal, every part of it traced on both sides
// (`omt --trace`, `omt-sim --trace`): the reader's LLS association with its password, the
// management HLS association with the demo keys, a SET of the reader's password through it, a
// global_key_transfer of a new EK and AK (wrapped under the KEK) through the tool's session, and
// both new secrets in use afterwards. Standard output, standard error and every trace file are
// scanned for every secret, old and new, in ASCII and in hex (any case, with or without spaces,
// and as bytes in each direction's stream): nothing may be found. Every frame in every trace
// checks against what it shows (a checksum over a masked secret would give bits of it away), and
// every trace file is readable by its owner only.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/common/blocking_meter.h"
#include "app/common/credentials.h"
#include "process_run.h"
#include "protocol/dlms/security/key_wrap.h"
#include "protocol/hdlc/deframer.h"
#include "protocol/trace/trace_file.h"

using namespace omt;

namespace {

using Run = ProcessRun;

const char* const kEk = "000102030405060708090A0B0C0D0E0F";
const char* const kAk = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";
const char* const kKek = "202122232425262728292A2B2C2D2E2F";
const char* const kNewEk = "5C1E0FA37B9D2864C0F31AE9D75B8236";
const char* const kNewAk = "E84A7193B2C6D05F1D3C8EA6924B7F10";
const char* const kPassword = "12345678";
const char* const kNewPassword = "Zq9xY2wK";

QString hexOfText(const char* text) {
    return QString::fromLatin1(QByteArray(text).toHex().toUpper());
}

/// "0A0B" -> "0A 0B".
QString spaced(const QString& hex) {
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        out += (i == 0 ? QString() : QStringLiteral(" ")) + hex.mid(i, 2);
    }
    return out;
}

Bytes bytesOfHex(const QString& hex) {
    return *fromHex(hex.toStdString());
}

/// Where each secret may not appear: the names, their ASCII forms, their hex forms.
struct Secret {
    QString name;
    std::optional<QString> ascii;
    QString hex;  // upper case, no spaces
};

}  // namespace

class TstOmtSecrets : public QObject {
    Q_OBJECT

private slots:
    void aFullSessionLeavesNoSecretInAnyOutput();
};

void TstOmtSecrets::aFullSessionLeavesNoSecretInAnyOutput() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString link = dir.filePath(QStringLiteral("meter"));
    const QString simTrace = dir.filePath(QStringLiteral("omt-sim.trace"));
    QStringList traces{simTrace};
    QString outputs;  // every stdout and stderr

    QProcess sim;
    sim.setProcessChannelMode(QProcess::SeparateChannels);
    sim.start(QStringLiteral(OMT_SIM_BINARY),
              {QStringLiteral("--meter"), QStringLiteral("omnipower-ct"), QStringLiteral("--pty"),
               link, QStringLiteral("--state"), dir.filePath(QStringLiteral("state.json")),
               QStringLiteral("--trace"), simTrace});
    QVERIFY(sim.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(link); }, 10000));

    auto keyFile = [&](const QString& name, const char* ek, const char* ak) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        f.write(QStringLiteral("EK = %1\nAK = %2\n")
                    .arg(QLatin1String(ek), QLatin1String(ak))
                    .toLatin1());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    };
    const QString demoKeys = keyFile(QStringLiteral("demo.keys"), kEk, kAk);
    const QString newKeys = keyFile(QStringLiteral("new.keys"), kNewEk, kNewAk);
    int step = 0;
    auto omt = [&](QStringList args, const QString& password, const QString& keys) {
        const QString trace = dir.filePath(QStringLiteral("omt-%1.trace").arg(++step));
        traces << trace;
        args << QStringLiteral("--port") << link << QStringLiteral("--trace") << trace;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OMT_PASSWORD"));
        env.remove(QStringLiteral("OMT_KEY_FILE"));
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("OMT_PASSWORD"), password);
        }
        if (!keys.isEmpty()) {
            env.insert(QStringLiteral("OMT_KEY_FILE"), keys);
        }
        const Run r = runProcess(QStringLiteral(OMT_BINARY), args, env, {}, 120000);
        outputs += r.out + r.err;
        return r;
    };

    // The reader, LLS with its password.
    Run r = omt({QStringLiteral("get"), QStringLiteral("--auth"), QStringLiteral("low"),
                 QStringLiteral("3/1.0.1.8.0.255")},
                QLatin1String(kPassword), {});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The management client, HLS with the demo keys, sets a new reader password.
    r = omt({QStringLiteral("set"), QStringLiteral("--auth"), QStringLiteral("high"),
             QStringLiteral("--yes"), QStringLiteral("15/0.0.40.0.2.255:7"),
             QStringLiteral("hex:") + hexOfText(kNewPassword)},
            {}, demoKeys);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // ... and transfers a new EK and AK wrapped under the KEK, through the tool's session with
    // its trace file (what omt --trace writes).
    {
        const QString trace = dir.filePath(QStringLiteral("session-transfer.trace"));
        traces << trace;
        const auto kek = *dlms::security::Key128::fromHex(kKek);
        const Bytes wrappedEk =
            *dlms::security::wrapKey(kek, *dlms::security::Key128::fromHex(kNewEk));
        const Bytes wrappedAk =
            *dlms::security::wrapKey(kek, *dlms::security::Key128::fromHex(kNewAk));
        link::SessionSettings s;
        s.transport = link::TransportKind::Serial;
        s.port = link;
        s.mode = link::LinkMode::OpticalModeE;
        s.readInvocationCounter = true;
        s.tracePath = trace;
        app::CredentialRequest who;
        who.level = app::AuthLevel::High;
        who.keyFile = demoKeys;
        who.useEnvironment = false;
        who.titleInstance = 2;
        s.client = app::buildClientConfig(who).value();
        app::BlockingMeter meter;
        auto opened = meter.open(s, nullptr);
        QVERIFY2(opened.hasValue(), opened ? "" : qPrintable(link::describe(opened.error())));
        const dlms::Data keys = dlms::Data::array(
            {dlms::Data::structure({dlms::Data::enumValue(0), dlms::Data::octetString(wrappedEk)}),
             dlms::Data::structure(
                 {dlms::Data::enumValue(2), dlms::Data::octetString(wrappedAk)})});
        auto done = meter.action({64, cosem::ObisCode(0, 0, 43, 0, 0, 255), 2}, keys);
        QVERIFY2(done.hasValue(), done ? "" : qPrintable(link::describe(done.error())));
        QCOMPARE(done->result, dlms::ActionResult::Success);
        meter.close();
    }
    // Both new secrets in use: the reader with its new password, the management client with
    // the new keys (the old ones no longer work).
    r = omt({QStringLiteral("identify"), QStringLiteral("--auth"), QStringLiteral("low")},
            QLatin1String(kNewPassword), {});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = omt({QStringLiteral("get"), QStringLiteral("--auth"), QStringLiteral("high"),
             QStringLiteral("1.0.0.4.2.255")},
            {}, newKeys);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = omt({QStringLiteral("identify"), QStringLiteral("--auth"), QStringLiteral("high")}, {},
            demoKeys);
    QCOMPARE(r.code, 1);

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
    outputs += QString::fromUtf8(sim.readAllStandardOutput() + sim.readAllStandardError());

    const auto kek = *dlms::security::Key128::fromHex(kKek);
    const std::vector<Secret> secrets{
        {QStringLiteral("reader password"), QLatin1String(kPassword), hexOfText(kPassword)},
        {QStringLiteral("new reader password"), QLatin1String(kNewPassword),
         hexOfText(kNewPassword)},
        {QStringLiteral("EK"), std::nullopt, QLatin1String(kEk)},
        {QStringLiteral("AK"), std::nullopt, QLatin1String(kAk)},
        {QStringLiteral("KEK"), std::nullopt, QLatin1String(kKek)},
        {QStringLiteral("new EK"), std::nullopt, QLatin1String(kNewEk)},
        {QStringLiteral("new AK"), std::nullopt, QLatin1String(kNewAk)},
        {QStringLiteral("wrapped new EK"), std::nullopt,
         QString::fromStdString(
             toHex(*dlms::security::wrapKey(kek, *dlms::security::Key128::fromHex(kNewEk))))
             .remove(QLatin1Char(' '))},
        {QStringLiteral("wrapped new AK"), std::nullopt,
         QString::fromStdString(
             toHex(*dlms::security::wrapKey(kek, *dlms::security::Key128::fromHex(kNewAk))))
             .remove(QLatin1Char(' '))},
    };

    auto scan = [&](const QString& where, const QString& text) {
        QString squeezed = text;
        squeezed.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const Secret& s : secrets) {
            if (s.ascii) {
                QVERIFY2(!text.contains(*s.ascii),
                         qPrintable(s.name + QStringLiteral(" in ") + where));
            }
            QVERIFY2(!text.contains(spaced(s.hex), Qt::CaseInsensitive),
                     qPrintable(s.name + QStringLiteral(" (hex) in ") + where));
            QVERIFY2(!squeezed.contains(s.hex, Qt::CaseInsensitive),
                     qPrintable(s.name + QStringLiteral(" (hex, spaces removed) in ") + where));
        }
    };
    scan(QStringLiteral("stdout/stderr"), outputs);
    QVERIFY(!outputs.isEmpty());
    for (const QString& path : traces) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.size() > 200, qPrintable(path));
        scan(path, text);
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The bytes of each direction as one stream: no secret across lines, and every frame
        // checks against what it shows.
        const auto lines = trace::parseTrace(text.toStdString());
        QVERIFY2(lines.hasValue(), qPrintable(path));
        for (const auto direction : {trace::Direction::ToMeter, trace::Direction::FromMeter}) {
            Bytes stream;
            for (const auto& line : *lines) {
                if (line.direction == direction) {
                    stream.insert(stream.end(), line.bytes.begin(), line.bytes.end());
                }
            }
            for (const Secret& s : secrets) {
                const QByteArray ascii = s.ascii ? s.ascii->toLatin1() : QByteArray();
                const Bytes needle =
                    s.ascii ? Bytes(ascii.begin(), ascii.end()) : bytesOfHex(s.hex);
                QVERIFY2(std::search(stream.begin(), stream.end(), needle.begin(), needle.end()) ==
                             stream.end(),
                         qPrintable(s.name + QStringLiteral(" in the bytes of ") + path));
            }
            hdlc::Deframer deframer;
            std::size_t frames = 0;
            for (const auto& f : deframer.feed(stream)) {
                // Sessions follow each other in a trace (a closing flag, then the next sign-on):
                // only a checksum that does not match what is shown matters here.
                const bool checksumFails = !f && (f.error().code == hdlc::HdlcError::BadFcs ||
                                                  f.error().code == hdlc::HdlcError::BadHcs);
                QVERIFY2(!checksumFails,
                         qPrintable(path + QStringLiteral(": ") +
                                    QLatin1String(f ? "" : hdlc::nameOf(f.error().code))));
                frames += f ? 1 : 0;
            }
            QVERIFY(frames > 0);
        }
    }
    // The masked things are there, by their length.
    QFile simFile(simTrace);
    QVERIFY(simFile.open(QIODevice::ReadOnly));
    const QString simText = QString::fromUtf8(simFile.readAll());
    QVERIFY(simText.contains(QStringLiteral("calling-authentication-value (8 bytes, not shown)")));
    QVERIFY2(simText.contains(QStringLiteral("value octet-string (8 bytes, not shown)")),
             "the SET of the reader's password, deciphered, by its length");
    QVERIFY(
        simText.contains(QStringLiteral("parameters array{structure{enum 0, octet-string (24 "
                                        "bytes, not shown)}, structure{enum 2, octet-string "
                                        "(24 bytes, not shown)}}")));
}

QTEST_GUILESS_MAIN(TstOmtSecrets)
#include "tst_omt_secrets.moc"
