#include "connection.h"

#include <QFile>

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

std::optional<unsigned> number(const QString& text, unsigned max) {
    bool ok = false;
    const unsigned v =
        text.startsWith(QLatin1String("0x")) ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    if (!ok || v > max) {
        return std::nullopt;
    }
    return v;
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
}

std::unique_ptr<OpenMeter> openMeter(const QCommandLineParser& p, QTextStream& err, bool readout) {
    auto fail = [&](const QString& text) {
        err << "omt: " << text << "\n";
        err.flush();
        return std::unique_ptr<OpenMeter>{};
    };
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

    const auto baud = number(p.value(kBaud), 115200);
    if (!baud || *baud < 300) {
        return fail(QStringLiteral("--baud takes a rate from 300 to 115200"));
    }
    s.maxBaud = *baud;
    s.hdlcBaud = *baud;
    const auto server = number(p.value(kServer), 0x3FFF);
    if (!server) {
        return fail(QStringLiteral("--server takes a logical device address 0..16383"));
    }
    s.serverLogical = std::uint16_t(*server);
    if (p.isSet(kPhysical)) {
        const auto physical = number(p.value(kPhysical), 0x3FFF);
        if (!physical) {
            return fail(QStringLiteral("--physical takes an address 0..16383"));
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
            return fail(created.error());
        }
        result->demo = std::move(*created);
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
        const auto port = colon > 0 ? number(target.mid(colon + 1), 65535) : std::nullopt;
        if (!port || *port == 0) {
            return fail(QStringLiteral("--tcp takes HOST:PORT, e.g. 10.0.0.5:4059"));
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
        s.port = p.value(kPort);
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
    std::optional<unsigned> client;
    if (p.isSet(kClient)) {
        client = number(p.value(kClient), 0x7F);
        if (!client) {
            return fail(QStringLiteral("--client takes a SAP 0..127 (e.g. 0x10)"));
        }
    }
    if (auth == QLatin1String("none")) {
        s.client = dlms::ClientConfig::publicClient(std::uint16_t(client.value_or(0x10)));
    } else if (auth == QLatin1String("low")) {
        QString password =
            p.isSet(kPassword) ? p.value(kPassword) : qEnvironmentVariable("OMT_PASSWORD");
        if (password.isEmpty() && result->demo) {
            const auto& demoPassword = result->demo->secrets().readerPassword;
            password = QString::fromLatin1(reinterpret_cast<const char*>(demoPassword.data()),
                                           qsizetype(demoPassword.size()));
        }
        if (password.isEmpty()) {
            return fail(
                QStringLiteral("--auth low needs the meter's password: set "
                               "$OMT_PASSWORD (or --password)"));
        }
        s.client = dlms::ClientConfig::lowLevel(std::uint16_t(client.value_or(0x20)),
                                                bytesOf(password.toStdString()));
    } else if (auth == QLatin1String("high")) {
        const QString keyPath =
            p.isSet(kKeyFile) ? p.value(kKeyFile) : qEnvironmentVariable("OMT_KEY_FILE");
        dlms::security::SecurityKeys keys;
        if (!keyPath.isEmpty()) {
            QFile file(keyPath);
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(QStringLiteral("cannot read the key file %1: %2")
                                .arg(keyPath, file.errorString()));
            }
            auto parsed = dlms::security::parseKeyFile(file.readAll().toStdString());
            if (!parsed) {
                return fail(QStringLiteral("the key file %1 is not usable: %2 (%3)")
                                .arg(keyPath,
                                     QLatin1String(dlms::security::nameOf(parsed.error().code)),
                                     QString::fromStdString(parsed.error().detail)));
            }
            keys = *parsed;
        } else if (result->demo) {
            keys = result->demo->secrets().keys;
        } else {
            return fail(
                QStringLiteral("--auth high needs the meter's keys: --key-file FILE or "
                               "$OMT_KEY_FILE (lines EK=..., AK=...)"));
        }
        // The tool's own system title: "OMT" and five bytes.
        const auto title = dlms::security::SystemTitle::fromBytes(
            bytesOf(std::string("OMT\x00\x00\x00\x00\x01", 8)));
        s.client =
            dlms::ClientConfig::highLevelGmac(std::uint16_t(client.value_or(0x01)), *title, keys);
    } else {
        return fail(QStringLiteral("--auth is none, low or high, not '%1'").arg(auth));
    }

    const bool quiet = p.isSet(kQuiet);
    auto log = [&err, quiet](const QString& stage) {
        if (!quiet) {
            err << "omt: " << stage << "\n";
            err.flush();
        }
    };

    // --mode auto on a serial port: mode E first, then direct HDLC.
    std::vector<link::LinkMode> attempts{s.mode};
    if (mode == QLatin1String("auto") && s.transport == link::TransportKind::Serial && !readout) {
        attempts.push_back(link::LinkMode::DirectHdlc);
    }
    QStringList tried;
    QString lastError;
    for (std::size_t i = 0; i < attempts.size(); ++i) {
        s.mode = attempts[i];
        result->meter = std::make_unique<BlockingMeter>(log);
        auto opened = result->meter->open(s, std::move(transport));
        if (opened) {
            result->info = *opened;
            return result;
        }
        const auto& e = opened.error();
        lastError = link::describe(e);
        tried << QStringLiteral("%1: %2").arg(QLatin1String(link::nameOf(s.mode)),
                                              link::describe(e));
        const bool tryNext =
            i + 1 < attempts.size() && (e.kind == link::SessionError::Kind::NoAnswer ||
                                        e.kind == link::SessionError::Kind::SignOnFailed);
        if (!tryNext) {
            break;
        }
        log(QStringLiteral("no answer in %1; trying %2")
                .arg(QLatin1String(link::nameOf(s.mode)),
                     QLatin1String(link::nameOf(attempts[i + 1]))));
        result->meter.reset();
    }
    return fail(tried.size() == 1 ? lastError
                                  : QStringLiteral("no way to the meter worked:\n  ") +
                                        tried.join(QStringLiteral("\n  ")));
}

}  // namespace omt::app
