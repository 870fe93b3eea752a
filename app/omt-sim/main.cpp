// omt-sim: serves a virtual Kamstrup meter on a pseudo-terminal and/or a TCP port until SIGINT
// or SIGTERM. Prints one line per endpoint on standard output ("pty /dev/pts/5", "tcp 4059");
// errors go to standard error with exit status 2 (bad options) or 1 (could not start).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

#include "link/trace_writer.h"
#include "meter/type_number.h"
#include "protocol/dlms/security/key_file.h"
#include "sim/host/endpoint_runner.h"
#include "sim/host/pty_transport.h"
#include "sim/host/tcp_meter_server.h"
#include "sim/meters/p1_telegram.h"
#include "sim/meters/virtual_meter.h"
#include "sim/server/clock_object.h"

using namespace omt;
using namespace omt::sim;

namespace {

volatile std::sig_atomic_t g_stop = 0;
void onSignal(int) {
    g_stop = 1;
}

int usageError(const QString& text) {
    std::fprintf(stderr, "omt-sim: %s\n", qPrintable(text));
    return 2;
}

template <class T>
bool parseNumber(const QCommandLineParser& p, const QString& name, T& out, double lo, double hi) {
    if (!p.isSet(name)) {
        return true;
    }
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < lo || v > hi) {
        return false;
    }
    out = static_cast<T>(v);
    return true;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omt-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMT_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A virtual Kamstrup OMNIPOWER CT / OMNIA meter on a pty (IEC 62056-21 + HDLC) and/or TCP "
        "(HDLC or the DLMS/COSEM wrapper)."));
    p.addHelpOption();
    p.addVersionOption();
    const auto opt = [&p](const char* name, const char* help, const char* value = nullptr) {
        if (value == nullptr) {
            p.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help)));
        } else {
            p.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                           QString::fromLatin1(value)));
        }
    };
    opt("meter", "omnipower-ct or omnia", "MODEL");
    opt("serial", "serial number (default 71234567)", "N");
    opt("state", "state file: configuration survives restarts", "FILE");
    opt("pty", "serve on a pty; symlink to it at LINK ('-' for none)", "LINK");
    opt("p1", "OMNIA: the HAN port's DSMR P1 telegrams, every second, on a pty at LINK", "LINK");
    opt("tcp", "serve on TCP port PORT of localhost (0: any free port)", "PORT");
    opt("wrapper", "TCP carries the DLMS/COSEM wrapper instead of HDLC");
    opt("mode", "pty line: optical (IEC 62056-21 sign-on, default) or hdlc", "MODE");
    opt("line-emulation", "every byte takes its time at the line's baud rate");
    opt("turnaround", "with line emulation: delay before each answer", "MS");
    opt("max-info", "HDLC maximum information field length (32..2030)", "N");
    opt("window", "HDLC window size (1..7)", "N");
    opt("seed", "seed of the meter's history and of the faults", "N");
    opt("time-scale", "meter time runs X times faster", "X");
    opt("drop", "probability to drop each byte", "P");
    opt("corrupt", "probability to corrupt each byte", "P");
    opt("stall-ms", "hold every answer back MS milliseconds", "MS");
    opt("drop-after", "drop the line after N received bytes", "N");
    opt("refuse-next-association", "answer the first AARQ with a rejection");
    opt("readout-only", "optical port without mode E: IEC 62056-21 readout only, no DLMS");
    opt("require-physical", "HDLC: answer only the physical (or all-station) address");
    opt("reader-password", "LLS password of the reader (SAP 0x20)", "P");
    opt("key-file", "EK/AK (and KEK) of the management client (SAP 0x01)", "F");
    opt("trace", "append a trace of every line to FILE", "FILE");
    p.process(app);
    if (!p.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("unexpected argument ") + p.positionalArguments().first());
    }

    VirtualMeterOptions meterOptions;
    const auto model = meterModelFromName(p.value(QStringLiteral("meter")).toStdString());
    if (!model) {
        return usageError(QStringLiteral("--meter must be omnipower-ct or omnia"));
    }
    meterOptions.model = *model;
    if (!parseNumber(p, QStringLiteral("serial"), meterOptions.serialNumber, 1, 99999999)) {
        return usageError(QStringLiteral("--serial must be 1..99999999"));
    }
    if (!parseNumber(p, QStringLiteral("seed"), meterOptions.seed, 0, 9.0e15)) {
        return usageError(QStringLiteral("--seed must be a non-negative number"));
    }
    if (!parseNumber(p, QStringLiteral("time-scale"), meterOptions.timeScale, 0.001, 1.0e6)) {
        return usageError(QStringLiteral("--time-scale must be 0.001..1000000"));
    }
    meterOptions.stateFile = p.value(QStringLiteral("state")).toStdString();
    if (p.isSet(QStringLiteral("reader-password"))) {
        meterOptions.secrets.readerPassword =
            bytesOf(p.value(QStringLiteral("reader-password")).toStdString());
    }
    if (p.isSet(QStringLiteral("key-file"))) {
        QFile file(p.value(QStringLiteral("key-file")));
        if (dlms::security::isExposedToOthers(QFile::encodeName(file.fileName()).toStdString())) {
            std::fprintf(stderr,
                         "omt-sim: WARNING: the key file %s can be read or changed by other "
                         "users: chmod 600 it\n",
                         qPrintable(file.fileName()));
        }
        if (!file.open(QIODevice::ReadOnly) || file.size() > 65536) {
            return usageError(QStringLiteral("cannot read key file ") + file.fileName());
        }
        auto keys = dlms::security::parseKeyFileWithKek(file.readAll().toStdString());
        if (!keys) {
            return usageError(QStringLiteral("bad key file: ") +
                              QString::fromLatin1(dlms::security::nameOf(keys.error().code)));
        }
        meterOptions.secrets.keys = keys->keys;
        if (keys->kek) {
            meterOptions.secrets.kek = *keys->kek;
        }
    }

    EndpointConfig base;
    if (!parseNumber(p, QStringLiteral("max-info"), base.hdlc.maxInfoTransmit, 32, 2030) ||
        !parseNumber(p, QStringLiteral("max-info"), base.hdlc.maxInfoReceive, 32, 2030)) {
        return usageError(QStringLiteral("--max-info must be 32..2030"));
    }
    if (!parseNumber(p, QStringLiteral("window"), base.hdlc.windowTransmit, 1, 7) ||
        !parseNumber(p, QStringLiteral("window"), base.hdlc.windowReceive, 1, 7)) {
        return usageError(QStringLiteral("--window must be 1..7"));
    }
    base.faults.seed = meterOptions.seed;
    std::int64_t stallMs = 0;
    std::int64_t dropAfter = -1;
    if (!parseNumber(p, QStringLiteral("drop"), base.faults.dropProbability, 0, 1) ||
        !parseNumber(p, QStringLiteral("corrupt"), base.faults.corruptProbability, 0, 1)) {
        return usageError(QStringLiteral("--drop and --corrupt must be probabilities 0..1"));
    }
    if (!parseNumber(p, QStringLiteral("stall-ms"), stallMs, 0, 600000)) {
        return usageError(QStringLiteral("--stall-ms must be 0..600000"));
    }
    if (!parseNumber(p, QStringLiteral("drop-after"), dropAfter, 1, 1.0e12)) {
        return usageError(QStringLiteral("--drop-after must be a positive number of bytes"));
    }
    base.faults.stall = std::chrono::milliseconds{stallMs};
    if (dropAfter > 0) {
        base.faults.dropLineAfter = static_cast<std::size_t>(dropAfter);
    }
    base.faults.refuseNextAssociation = p.isSet(QStringLiteral("refuse-next-association"));
    RunnerOptions runnerOptions;
    runnerOptions.lineEmulation = p.isSet(QStringLiteral("line-emulation"));
    std::int64_t turnaround = 0;
    if (!parseNumber(p, QStringLiteral("turnaround"), turnaround, 0, 10000)) {
        return usageError(QStringLiteral("--turnaround must be 0..10000"));
    }
    runnerOptions.turnaround = std::chrono::milliseconds{turnaround};
    const QString mode = p.value(QStringLiteral("mode"));
    if (!mode.isEmpty() && mode != QStringLiteral("optical") && mode != QStringLiteral("hdlc")) {
        return usageError(QStringLiteral("--mode must be optical or hdlc"));
    }
    quint16 tcpPort = 0;
    if (!parseNumber(p, QStringLiteral("tcp"), tcpPort, 0, 65535)) {
        return usageError(QStringLiteral("--tcp must be a port number 0..65535"));
    }
    if (!p.isSet(QStringLiteral("pty")) && !p.isSet(QStringLiteral("tcp")) &&
        !p.isSet(QStringLiteral("p1"))) {
        return usageError(QStringLiteral("give --pty LINK, --tcp PORT and/or --p1 LINK"));
    }

    auto meter = VirtualMeter::create(meterOptions);
    if (!meter) {
        std::fprintf(stderr, "omt-sim: %s: %s\n", nameOf(meter.error().code),
                     meter.error().detail.c_str());
        return 1;
    }
    for (const auto& note : (*meter)->notes()) {
        std::fprintf(stderr, "omt-sim: %s\n", note.c_str());
    }
    configureForMeter(base, **meter);
    base.requirePhysicalAddress = p.isSet(QStringLiteral("require-physical"));
    if (p.isSet(QStringLiteral("readout-only"))) {
        // An identification without the "\2" sequence: the meter offers no mode E.
        base.signOn.identification.enhanced.clear();
    }

    std::unique_ptr<QFile> traceFile;
    if (p.isSet(QStringLiteral("trace"))) {
        // The trace shows every request: readable by its owner only (0600).
        traceFile = std::make_unique<QFile>(p.value(QStringLiteral("trace")));
        if (!link::TraceWriter::openPrivate(*traceFile, QIODevice::Append | QIODevice::Text)) {
            std::fprintf(stderr, "omt-sim: cannot write trace %s\n",
                         qPrintable(traceFile->fileName()));
            return 1;
        }
        base.trace = true;
        base.traceKeys = meterOptions.secrets.keys;
    }
    auto writeTrace = [&traceFile](const char* line, const EndpointTrace& record) {
        QByteArray text;
        if (record.direction) {
            // TX: tool to meter, RX: meter to tool (the trace file convention).
            text += record.direction == trace::Direction::ToMeter ? "TX " : "RX ";
            text += QByteArray::fromStdString(toHex(record.bytes)) + '\n';
        }
        for (const auto& l : record.lines) {
            text += QByteArray("# ") + line + ": " + QByteArray::fromStdString(l) + '\n';
        }
        traceFile->write(text);
        traceFile->flush();
    };

    std::vector<std::unique_ptr<QObject>> keep;
    if (p.isSet(QStringLiteral("pty"))) {
        EndpointConfig config = base;
        config.line = mode == QStringLiteral("hdlc") ? LineKind::DirectHdlc : LineKind::Optical;
        auto runner =
            std::make_unique<EndpointRunner>(config, (*meter)->directory(), runnerOptions);
        const QString link = p.value(QStringLiteral("pty"));
        auto pty = std::make_unique<PtyTransport>(link == QStringLiteral("-") ? QString() : link);
        QObject::connect(pty.get(), &link::Transport::errorOccurred,
                         [](const link::TransportError& e) {
                             std::fprintf(stderr, "omt-sim: pty: %s\n", qPrintable(e.detail));
                         });
        if (!pty->open()) {
            return 1;
        }
        QObject::connect(pty.get(), &PtyTransport::hangup, runner.get(),
                         &EndpointRunner::lineClosed);
        if (traceFile) {
            QObject::connect(runner.get(), &EndpointRunner::traced,
                             [writeTrace](const EndpointTrace& r) { writeTrace("pty", r); });
        }
        runner->attach(pty.get());
        std::printf("pty %s\n", qPrintable(pty->slavePath()));
        keep.push_back(std::move(runner));
        keep.push_back(std::move(pty));
    }
    if (p.isSet(QStringLiteral("tcp"))) {
        EndpointConfig config = base;
        config.line = p.isSet(QStringLiteral("wrapper")) ? LineKind::Wrapper : LineKind::DirectHdlc;
        auto runner =
            std::make_unique<EndpointRunner>(config, (*meter)->directory(), runnerOptions);
        auto server = std::make_unique<TcpMeterServer>(*runner);
        if (!server->listen(tcpPort)) {
            std::fprintf(stderr, "omt-sim: tcp: %s\n", qPrintable(server->errorString()));
            return 1;
        }
        if (traceFile) {
            QObject::connect(runner.get(), &EndpointRunner::traced,
                             [writeTrace](const EndpointTrace& r) { writeTrace("tcp", r); });
        }
        std::printf("tcp %u\n", static_cast<unsigned>(server->port()));
        keep.push_back(std::move(server));  // destroyed before its runner
        keep.insert(keep.end() - 1, std::move(runner));
    }
    if (p.isSet(QStringLiteral("p1"))) {
        if ((*meter)->model() != MeterModel::Omnia) {
            return usageError(QStringLiteral("--p1: only the OMNIA e-meter has a HAN port"));
        }
        // X9 of the type number: 1 "DSMR P1 Lite", 2 "DSMR P1".
        auto* typeObject = (*meter)->directory().find(cosem::ObisCode(0, 0, 96, 1, 1, 255));
        P1Variant variant = P1Variant::Full;
        if (typeObject) {
            RequestContext context;
            context.directory = &(*meter)->directory();
            if (auto v = typeObject->get(2, std::nullopt, context)) {
                if (const auto* text = v->as<std::string>()) {
                    if (auto type = meter::TypeNumber::decode(*text);
                        type && type->han().find("Lite") != std::string::npos) {
                        variant = P1Variant::Lite;
                    }
                }
            }
        }
        const QString link = p.value(QStringLiteral("p1"));
        auto han = std::make_unique<PtyTransport>(link == QStringLiteral("-") ? QString() : link);
        if (!han->open()) {
            return 1;
        }
        auto* clock = dynamic_cast<ClockObject*>(
            (*meter)->directory().find(cosem::ObisCode(0, 0, 1, 0, 0, 255)));
        auto* timer = new QTimer(han.get());
        VirtualMeter* m = meter->get();
        PtyTransport* port = han.get();
        QObject::connect(timer, &QTimer::timeout, port, [m, port, clock, variant] {
            if (!clock) {
                return;
            }
            m->advance();
            const auto& attributes = clock->attributes();
            const bool summer = attributes.status.daylightSavingActive();
            const auto deviation = std::chrono::minutes(
                attributes.timeZone - (summer ? attributes.daylightSavingsDeviation : 0));
            const auto local =
                std::chrono::local_seconds{(clock->now() - deviation).time_since_epoch()};
            const std::string serial = std::to_string(m->serialNumber());
            const std::string telegram = buildP1Telegram(m->directory(), variant, local, summer,
                                                         "KAM5OMNIA" + serial, serial);
            port->write(QByteArray::fromStdString(telegram));
        });
        timer->start(1000);
        std::printf("p1 %s\n", qPrintable(han->slavePath()));
        keep.push_back(std::move(han));
    }
    std::fflush(stdout);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stop != 0) {
            QCoreApplication::quit();
        }
    });
    stopPoll.start(100);
    const int status = QCoreApplication::exec();
    while (!keep.empty()) {
        keep.pop_back();  // servers and transports before the runners that serve them
    }
    return status;
}
