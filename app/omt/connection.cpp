#include "connection.h"

#include <QFileInfo>

#include "link/bluetooth_transport.h"
#include "protocol/dlms/security/key_file.h"

namespace omt::app {

namespace {

const QString kPort = QStringLiteral("port");
const QString kTcp = QStringLiteral("tcp");
const QString kWrapper = QStringLiteral("wrapper");
const QString kBt = QStringLiteral("bt");
const QString kBtProfile = QStringLiteral("bt-profile");
const QString kDemo = QStringLiteral("demo");
const QString kDemoState = QStringLiteral("demo-state");
const QString kMode = QStringLiteral("mode");
const QString kBaud = QStringLiteral("baud");
const QString kClient = QStringLiteral("client");
const QString kServer = QStringLiteral("server");
const QString kPhysical = QStringLiteral("physical");
const QString kAuth = QStringLiteral("auth");
const QString kPassword = QStringLiteral("password");
const QString kKeyFile = QStringLiteral("key-file");
const QString kTrace = QStringLiteral("trace");
const QString kQuiet = QStringLiteral("quiet");
const QString kVerbose = QStringLiteral("verbose");

std::optional<unsigned> number(const QString& text, unsigned min, unsigned max) {
    bool ok = false;
    const unsigned v =
        text.startsWith(QLatin1String("0x")) ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    if (!ok || v < min || v > max) {
        return std::nullopt;
    }
    return v;
}

/// "--baud takes a rate from 300 to 115200, not 'abc'".
QString rangeProblem(const QString& option, const QString& what, unsigned min, unsigned max,
                     const QString& given) {
    return QStringLiteral("--%1 takes %2 from %3 to %4, not '%5'")
        .arg(option, what)
        .arg(min)
        .arg(max)
        .arg(given);
}

/// Says once per run what exposes a secret: a key file others may read or change, a password
/// on the command line (every user sees the process list).
void warnAboutSecrets(const QCommandLineParser& p, QTextStream& err) {
    static bool warned = false;
    if (warned) {
        return;
    }
    warned = true;
    if (p.isSet(kPassword)) {
        err << "omt: WARNING: --password is visible to every user of this computer in the "
               "process list; set $OMT_PASSWORD instead\n";
    }
    const QString keyFile =
        p.isSet(kKeyFile) ? p.value(kKeyFile) : qEnvironmentVariable("OMT_KEY_FILE");
    if (!keyFile.isEmpty() &&
        dlms::security::isExposedToOthers(QFile::encodeName(keyFile).toStdString())) {
        err << "omt: WARNING: the key file " << keyFile
            << " can be read or changed by other users: chmod 600 " << keyFile << "\n";
    }
    err.flush();
}

}  // namespace

void addConnectionOptions(QCommandLineParser& p) {
    p.addOption({kPort, QStringLiteral("Optical head or serial port (e.g. /dev/ttyUSB0)."),
                 QStringLiteral("DEV")});
    p.addOption({kTcp, QStringLiteral("Meter behind a TCP/IP module (HDLC, or --wrapper)."),
                 QStringLiteral("HOST:PORT")});
    p.addOption({kWrapper, QStringLiteral("Use the DLMS/COSEM TCP wrapper instead of HDLC.")});
    p.addOption({kBt, QStringLiteral("Bluetooth optical head at ADDRESS (see omt scan-bt)."),
                 QStringLiteral("ADDRESS")});
    p.addOption({kBtProfile, QStringLiteral("Bluetooth: auto (default), rfcomm or ble."),
                 QStringLiteral("PROFILE"), QStringLiteral("auto")});
    p.addOption({kDemo, QStringLiteral("Talk to an embedded virtual meter: omnipower-ct or omnia."),
                 QStringLiteral("MODEL")});
    p.addOption({kDemoState,
                 QStringLiteral("With --demo: keep the demo meter's settings in FILE across runs."),
                 QStringLiteral("FILE")});
    p.addOption({kMode,
                 QStringLiteral("auto (default), e (IEC 62056-21 mode E to HDLC), c (mode C "
                                "readout), hdlc (direct HDLC)."),
                 QStringLiteral("MODE"), QStringLiteral("auto")});
    p.addOption({kBaud,
                 QStringLiteral("Highest rate of the optical head (mode E/C), or the rate of "
                                "direct HDLC (default 9600)."),
                 QStringLiteral("N"), QStringLiteral("9600")});
    p.addOption({kClient,
                 QStringLiteral("Client SAP (default: 0x10 public, 0x20 with --auth low, 0x01 "
                                "with --auth high)."),
                 QStringLiteral("N")});
    p.addOption({kServer, QStringLiteral("Server logical device (default 1)."), QStringLiteral("N"),
                 QStringLiteral("1")});
    p.addOption(
        {kPhysical, QStringLiteral("HDLC physical (lower) server address."), QStringLiteral("N")});
    p.addOption({kAuth, QStringLiteral("none (default), low (LLS password) or high (HLS-GMAC)."),
                 QStringLiteral("LEVEL"), QStringLiteral("none")});
    p.addOption({kPassword,
                 QStringLiteral("LLS password (prefer $OMT_PASSWORD: command lines are visible "
                                "to other users)."),
                 QStringLiteral("P")});
    // --key-file is registered by main (decode uses it too): the EK/AK file for --auth high.
    p.addOption({kTrace, QStringLiteral("Write a communication trace (secrets masked)."),
                 QStringLiteral("FILE")});
    p.addOption({kQuiet, QStringLiteral("Do not report the connection stages.")});
    p.addOption({kVerbose, QStringLiteral("Report what the link settled on: rate, HDLC address "
                                          "(and the ones tried), information field, window.")});
}

QString resolvePortPath(const QString& name) {
    if (name.contains(QLatin1Char('/')) || QFileInfo::exists(QStringLiteral("/dev/") + name) ||
        !QFileInfo::exists(name)) {
        return name;  // a path, or a device name under /dev (QSerialPort's convention)
    }
    return QFileInfo(name).absoluteFilePath();  // a file here: ./NAME (a pty's symlink)
}

std::unique_ptr<OpenMeter> openMeter(const QCommandLineParser& p, QTextStream& err, bool readout,
                                     bool acceptReadoutOnly, OpenFailure* failure) {
    // Problems with the options are found before anything is connected (exit code 2); the
    // meter's or the link's answer comes after (exit code 1).
    auto fail = [&](const QString& text, int code = kExitUsage) {
        err << "omt: " << text << "\n";
        err.flush();
        if (failure != nullptr) {
            *failure = OpenFailure{code, text};
        }
        return std::unique_ptr<OpenMeter>{};
    };
    warnAboutSecrets(p, err);
    const int targets =
        int(p.isSet(kPort)) + int(p.isSet(kTcp)) + int(p.isSet(kDemo)) + int(p.isSet(kBt));
    if (targets != 1) {
        return fail(targets == 0
                        ? QStringLiteral("say where the meter is: --port DEV, --tcp HOST:PORT, "
                                         "--bt ADDRESS or --demo omnipower-ct|omnia")
                        : QStringLiteral("give only one of --port, --tcp, --bt and --demo"));
    }
    auto result = std::make_unique<OpenMeter>();
    link::SessionSettings s;
    std::unique_ptr<link::Transport> transport;

    const auto baud = number(p.value(kBaud), 300, 115200);
    if (!baud) {
        return fail(rangeProblem(kBaud, QStringLiteral("a rate"), 300, 115200, p.value(kBaud)));
    }
    // Optical: the meter's identification proposes the rate; --baud only caps it at what the
    // head can do (19200, the highest of IEC 62056-21, when not given).
    s.maxBaud = p.isSet(kBaud) ? *baud : 19200;
    s.hdlcBaud = *baud;
    const auto server = number(p.value(kServer), 0, 0x3FFF);
    if (!server) {
        return fail(rangeProblem(kServer, QStringLiteral("a logical device address"), 0, 0x3FFF,
                                 p.value(kServer)));
    }
    s.serverLogical = std::uint16_t(*server);
    if (p.isSet(kPhysical)) {
        const auto physical = number(p.value(kPhysical), 0, 0x3FFF);
        if (!physical) {
            return fail(rangeProblem(kPhysical, QStringLiteral("an HDLC physical address"), 0,
                                     0x3FFF, p.value(kPhysical)));
        }
        s.serverPhysical = std::uint16_t(*physical);
    }
    s.tracePath = p.value(kTrace);

    const QString mode = p.value(kMode);
    if (mode != QLatin1String("auto") && mode != QLatin1String("e") && mode != QLatin1String("c") &&
        mode != QLatin1String("hdlc")) {
        return fail(QStringLiteral("--mode is auto, e, c or hdlc, not '%1'").arg(mode));
    }
    if (readout && mode != QLatin1String("auto") && mode != QLatin1String("c")) {
        return fail(QStringLiteral("a data readout needs mode C (--mode c or auto)"));
    }

    // Where the meter is.
    if (p.isSet(kDemo)) {
        const auto model = sim::meterModelFromName(p.value(kDemo).toStdString());
        if (!model) {
            return fail(
                QStringLiteral("--demo is omnipower-ct or omnia, not '%1'").arg(p.value(kDemo)));
        }
        DemoOptions demo;
        demo.model = *model;
        demo.stateFile = p.value(kDemoState).toStdString();
        demo.line =
            mode == QLatin1String("hdlc") ? sim::LineKind::DirectHdlc : sim::LineKind::Optical;
        auto created = DemoMeter::create(demo);
        if (!created) {
            return fail(created.error(), kExitFailed);
        }
        result->demo = std::move(*created);
        for (const auto& note : result->demo->meter().notes()) {
            err << "omt: demo meter: " << QString::fromStdString(note) << "\n";
        }
        transport = result->demo->takeClientTransport();
        s.transport = link::TransportKind::Injected;
        s.mode = mode == QLatin1String("hdlc") ? link::LinkMode::DirectHdlc
                                               : link::LinkMode::OpticalModeE;
    } else if (p.isSet(kBt)) {
        const QString address = p.value(kBt);
        const auto profile = link::profileFromName(p.value(kBtProfile));
        if (!profile) {
            return fail(QStringLiteral("--bt-profile is auto, rfcomm or ble, not '%1'")
                            .arg(p.value(kBtProfile)));
        }
        if (!link::isBluetoothAddress(address)) {
            return fail(QStringLiteral("'%1' is not a Bluetooth address like 00:1A:7D:DA:71:13 "
                                       "(omt scan-bt lists the heads nearby)")
                            .arg(address));
        }
        // The head carries the optical port's bytes; it does its own baud switching or none.
        transport = std::make_unique<link::BluetoothTransport>(address, *profile);
        s.transport = link::TransportKind::Injected;
        s.mode = mode == QLatin1String("hdlc") ? link::LinkMode::DirectHdlc
                                               : link::LinkMode::OpticalModeE;
    } else if (p.isSet(kTcp)) {
        const QString target = p.value(kTcp);
        const int colon = target.lastIndexOf(QLatin1Char(':'));
        const auto port = colon > 0 ? number(target.mid(colon + 1), 1, 65535) : std::nullopt;
        if (colon <= 0) {
            return fail(
                QStringLiteral("--tcp takes HOST:PORT, e.g. 10.0.0.5:4059, not '%1'").arg(target));
        }
        if (!port) {
            return fail(rangeProblem(kTcp, QStringLiteral("HOST:PORT with a port"), 1, 65535,
                                     target.mid(colon + 1)));
        }
        s.transport = link::TransportKind::Tcp;
        s.host = target.left(colon);
        s.tcpPort = std::uint16_t(*port);
        if (mode == QLatin1String("e") || mode == QLatin1String("c")) {
            return fail(
                QStringLiteral("mode E and C are optical port procedures; over TCP use "
                               "HDLC (default) or --wrapper"));
        }
        s.mode = p.isSet(kWrapper) ? link::LinkMode::Wrapper : link::LinkMode::DirectHdlc;
    } else {
        s.transport = link::TransportKind::Serial;
        s.port = resolvePortPath(p.value(kPort));
        s.mode = mode == QLatin1String("hdlc") ? link::LinkMode::DirectHdlc
                                               : link::LinkMode::OpticalModeE;
    }
    if (p.isSet(kWrapper) && !p.isSet(kTcp)) {
        return fail(QStringLiteral("--wrapper is for --tcp"));
    }
    if (readout) {
        s.mode = link::LinkMode::ModeCReadout;
    }

    // Who we are.
    const QString auth = p.value(kAuth);
    CredentialRequest who;
    if (p.isSet(kClient)) {
        const auto client = number(p.value(kClient), 0, 0x7F);
        if (!client) {
            return fail(rangeProblem(kClient, QStringLiteral("a client SAP (e.g. 0x10)"), 0, 0x7F,
                                     p.value(kClient)));
        }
        who.clientSap = std::uint16_t(*client);
    }
    if (auth == QLatin1String("none")) {
        who.level = AuthLevel::None;
    } else if (auth == QLatin1String("low")) {
        who.level = AuthLevel::Low;
        who.password = p.value(kPassword);  // empty: $OMT_PASSWORD
    } else if (auth == QLatin1String("high")) {
        who.level = AuthLevel::High;
        who.keyFile = p.value(kKeyFile);  // empty: $OMT_KEY_FILE
    } else {
        return fail(QStringLiteral("--auth is none, low or high, not '%1'").arg(auth));
    }
    if (result->demo) {
        who.demoSecrets = result->demo->secrets();
    }
    auto client = buildClientConfig(who);
    if (!client) {
        return fail(credentialProblem(client.error()));
    }
    if (client->password.size() > kMaxPasswordLength) {
        return fail(QStringLiteral("the LLS password is %1 bytes long: an LLS password is an "
                                   "octet string of at most %2 bytes, so this one cannot be the "
                                   "meter's (nothing was sent)")
                        .arg(client->password.size())
                        .arg(kMaxPasswordLength));
    }
    s.client = std::move(*client);
    // HLS: start above the meter's invocation counter for this client (read by the public
    // client first); the configured counter when the meter does not serve it.
    s.readInvocationCounter = who.level == AuthLevel::High;

    const bool quiet = p.isSet(kQuiet);
    auto log = [&err, quiet](const QString& stage) {
        if (!quiet) {
            err << "omt: " << stage << "\n";
            err.flush();
        }
    };

    // Learn the HDLC address when the meter answers none of the configured one: it costs
    // nothing while the meter answers.
    s.learnAddress = true;
    const bool verbose = p.isSet(kVerbose);
    auto opened = [&](const link::LinkInfo& info) {
        result->info = info;
        if (!info.invocationCounterNote.isEmpty()) {
            log(QStringLiteral("%1: using the configured invocation counter %2")
                    .arg(info.invocationCounterNote)
                    .arg(info.clientInvocationCounter));
        } else if (info.meterInvocationCounter && verbose) {
            err << "omt: the meter's invocation counter is " << *info.meterInvocationCounter
                << "; the tool continues from " << info.clientInvocationCounter << "\n";
        }
        if (info.addressesTried.size() > 1 && !quiet) {
            log(QStringLiteral("HDLC address learnt: %1").arg(describeAddressing(info)));
        } else if (verbose) {
            err << "omt: " << describeLink(info) << "\n";
            err.flush();
        }
        return std::move(result);
    };

    if (mode != QLatin1String("auto") || s.transport != link::TransportKind::Serial || readout) {
        result->meter = std::make_unique<BlockingMeter>(log);
        auto one = result->meter->open(s, std::move(transport));
        if (!one) {
            return fail(link::describe(one.error()), kExitFailed);
        }
        return opened(*one);
    }

    // --mode auto on a serial port: mode E; a meter that does not answer the sign-on gets
    // direct HDLC; a meter that answers it without mode E offers only a mode C readout; a
    // meter that signs on but answers no HDLC address gets a readout for its serial number
    // (the address derives from it) and mode E again.
    QStringList tried;
    auto attempt = [&](link::LinkMode m) -> Expected<link::LinkInfo, link::SessionError> {
        s.mode = m;
        result->meter = std::make_unique<BlockingMeter>(log);
        auto r = result->meter->open(s, nullptr);
        if (!r) {
            tried << QStringLiteral("%1: %2").arg(QLatin1String(link::nameOf(m)),
                                                  link::describe(r.error()));
        }
        return r;
    };
    auto failAll = [&]() {
        return fail(tried.size() == 1 ? tried.front().section(QStringLiteral(": "), 1)
                                      : QStringLiteral("no way to the meter worked:\n  ") +
                                            tried.join(QStringLiteral("\n  ")),
                    kExitFailed);
    };
    using K = link::SessionError::Kind;
    auto e = attempt(link::LinkMode::OpticalModeE);
    if (e) {
        return opened(*e);
    }
    const link::LinkInfo signOn = result->meter->connection().linkInfo();
    if (e.error().kind == K::ReadoutOnly) {
        // Read what it offers: the readout names the meter for the person.
        log(QStringLiteral("the meter offers no mode E; reading its mode C data readout"));
        auto c = attempt(link::LinkMode::ModeCReadout);
        QString meterName = e.error().context;
        if (c && result->meter->readout() && result->meter->readout()->readout) {
            if (auto serial = link::serialFromReadout(*result->meter->readout()->readout)) {
                meterName += QStringLiteral(", serial number %1").arg(*serial);
            }
        }
        result->meter->close();
        if (acceptReadoutOnly && c && result->meter->readout()) {
            result->readoutOnly = result->meter->readout();
            return result;
        }
        return fail(QStringLiteral("the meter on %1 (%2) offers only an IEC 62056-21 mode C data "
                                   "readout, no DLMS: `omt readout` reads it")
                        .arg(s.port, meterName),
                    kExitFailed);
    }
    if (e.error().kind == K::NoAnswer && signOn.identification) {
        // Signed on, switched, but no HDLC address answered: learn the serial number.
        log(QStringLiteral("no HDLC address answered; reading the serial number (mode C)"));
        auto c = attempt(link::LinkMode::ModeCReadout);
        std::optional<std::uint32_t> serial;
        if (c && result->meter->readout() && result->meter->readout()->readout) {
            serial = link::serialFromReadout(*result->meter->readout()->readout);
        }
        result->meter->close();
        if (!serial) {
            return failAll();
        }
        s.serialNumber = serial;
        log(QStringLiteral("serial number %1: trying mode E with its HDLC address").arg(*serial));
        auto again = attempt(link::LinkMode::OpticalModeE);
        return again ? opened(*again) : failAll();
    }
    if (e.error().kind != K::NoAnswer && e.error().kind != K::SignOnFailed) {
        return failAll();
    }
    log(QStringLiteral("no answer to the IEC 62056-21 sign-on; trying direct HDLC at %1 baud")
            .arg(s.hdlcBaud));
    auto hdlc = attempt(link::LinkMode::DirectHdlc);
    return hdlc ? opened(*hdlc) : failAll();
}

void printReadoutIdentity(const iec62056_21::HandshakeResult& result, QTextStream& out) {
    const auto& id = result.identification;
    out << QStringLiteral("%1:").arg(QStringLiteral("manufacturer"), -20) << " "
        << QString::fromStdString(id.manufacturer) << "\n";
    out << QStringLiteral("%1:").arg(QStringLiteral("identification"), -20) << " "
        << QString::fromStdString(id.identification) << "\n";
    std::optional<std::uint32_t> serial;
    if (result.readout) {
        serial = link::serialFromReadout(*result.readout);
    }
    out << QStringLiteral("%1:").arg(QStringLiteral("serial number"), -20) << " "
        << (serial ? QString::number(*serial) : QStringLiteral("(not in the readout)")) << "\n";
    out << QStringLiteral("%1:").arg(QStringLiteral("protocol"), -20) << " "
        << QStringLiteral("IEC 62056-21 mode C data readout only (no DLMS), %1 baud")
               .arg(result.baud)
        << "\n";
}

QString credentialProblem(const CredentialFailure& f) {
    const QString detail = QString::fromStdString(f.detail);
    switch (f.code) {
        case CredentialError::PasswordMissing:
            return QStringLiteral(
                "--auth low needs the meter's password: set $OMT_PASSWORD (or --password)");
        case CredentialError::KeysMissing:
            return QStringLiteral(
                "--auth high needs the meter's keys: --key-file FILE or $OMT_KEY_FILE (lines "
                "EK=..., AK=...)");
        case CredentialError::KeyFileUnreadable:
            return QStringLiteral("cannot read the key file %1").arg(detail);
        case CredentialError::KeyFileInvalid:
            return QStringLiteral("the key file is not usable: %1").arg(detail);
        case CredentialError::BadClientSap:
            return QStringLiteral("--client takes a SAP 0..127 (%1)").arg(detail);
    }
    return detail;
}

QString describeAddressing(const link::LinkInfo& info) {
    if (!info.serverAddress) {
        return info.addressesTried.empty() ? QStringLiteral("no HDLC")
                                           : QStringLiteral("tried server %1; none answered")
                                                 .arg(link::addressesText(info.addressesTried));
    }
    if (info.addressesTried.size() <= 1) {
        return QStringLiteral("server %1").arg(link::addressText(*info.serverAddress));
    }
    return QStringLiteral("tried server %1; answered at %2")
        .arg(link::addressesText(info.addressesTried), link::addressText(*info.serverAddress));
}

QString describeLink(const link::LinkInfo& info) {
    QStringList parts;
    if (info.identification) {
        parts << QStringLiteral("identification %1 %2")
                     .arg(QString::fromStdString(info.identification->manufacturer),
                          QString::fromStdString(info.identification->identification));
    }
    if (info.baud) {
        parts << QStringLiteral("%1 baud").arg(info.baud);
    }
    if (info.hdlc) {
        parts << QStringLiteral("HDLC %1 (information field %2/%3, window %4/%5)")
                     .arg(describeAddressing(info))
                     .arg(info.hdlc->maxInfoTransmit)
                     .arg(info.hdlc->maxInfoReceive)
                     .arg(info.hdlc->windowTransmit)
                     .arg(info.hdlc->windowReceive);
    }
    if (info.serverMaxPdu) {
        parts << QStringLiteral("meter's PDU size %1").arg(info.serverMaxPdu);
    }
    return QStringLiteral("link: ") + parts.join(QStringLiteral(", "));
}

}  // namespace omt::app
