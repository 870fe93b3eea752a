// omt: the OpenMeterTool command line.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include "config_commands.h"
#include "decode_command.h"
#include "meter_commands.h"
#include "protocol/cosem/obis.h"

namespace {

QtMessageHandler g_previousHandler = nullptr;

int runObis(const QStringList& codes, QTextStream& out, QTextStream& err) {
    int rc = 0;
    for (const QString& text : codes) {
        auto code = omt::cosem::ObisCode::parse(text.toStdString());
        if (!code) {
            err << "'" << text
                << "' is not an OBIS code: " << QString::fromStdString(code.error().detail)
                << " (at character " << code.error().offset + 1 << ")\n";
            rc = 1;
            continue;
        }
        const auto name = omt::cosem::obisName(*code);
        out << QString::fromStdString(code->toString()) << "  "
            << QString::fromStdString(code->toDisplayString()) << "  "
            << (name.empty() ? QStringLiteral("(no standard name)") : QString::fromStdString(name))
            << "\n";
    }
    return rc;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // Without BlueZ, Qt Bluetooth warns on stderr (in the default category); the command says
    // it in its own sentence, so only that warning is dropped.
    g_previousHandler = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (message.contains(QLatin1String("compatible running Bluez"))) {
                return;
            }
            g_previousHandler(type, context, message);
        });
    QCoreApplication::setApplicationName(QStringLiteral("omt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "OpenMeterTool command line.\n\n"
        "Commands:\n"
        "  decode [TRACE|-]   decode a recorded trace: IEC 62056-21, HDLC, xDLMS APDUs\n"
        "  obis CODE...       show OBIS codes in both notations with their names\n"
        "  ports              list the serial ports (optical heads)\n"
        "  scan-bt            list the Bluetooth optical heads nearby\n"
        "  identify           serial number, type number (decoded), firmware, clock\n"
        "  readout            IEC 62056-21 mode C data readout\n"
        "  objects            the association's object list with access rights\n"
        "  get SPEC...        read attributes; SPEC is [CLASS/]OBIS[:ATTR] (ATTR 2 by default)\n"
        "  set SPEC VALUE     write an attribute, then read it back (VALUE: 200, u16:200, ...)\n"
        "  action SPEC:M [V]  invoke method M with an optional TYPE:VALUE parameter\n"
        "  clock [--sync]     the meter's time and drift; --sync sets it\n"
        "  profile OBIS       a load profile or logger as CSV (--last N | --from T --to T,\n"
        "                     --csv FILE)\n"
        "  config show|diff T|apply T|backup [F]|restore F   the whole configuration, templates\n"
        "  display-list show|set KIND OBIS...   ct-ratio show|set N|lock   tariff|load-control\n"
        "                     show|apply FILE (writes: backup, verify, restore; --yes, --json)\n\n"
        "Connection: --demo omnipower-ct|omnia, --port DEV, --bt ADDRESS or --tcp HOST:PORT\n"
        "[--wrapper];\n"
        "--auth none|low|high with $OMT_PASSWORD / $OMT_KEY_FILE."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption keyFile(
        QStringList{QStringLiteral("key-file")},
        QStringLiteral("Keys (EK, AK, DK lines): for --auth high, and to decipher traces; "
                       "also read from $OMT_KEY_FILE."),
        QStringLiteral("FILE"));
    parser.addOption(keyFile);
    omt::app::addMeterCommandOptions(parser);
    omt::app::addConfigCommandOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("the command, see above"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString command = args.first();
    if (command == QLatin1String("decode")) {
        if (args.size() > 2) {
            err << "decode takes one trace file (or - for standard input)\n";
            return 2;
        }
        omt::app::DecodeOptions options;
        options.traceFile = args.size() == 2 ? args.at(1) : QStringLiteral("-");
        options.keyFile =
            parser.isSet(keyFile) ? parser.value(keyFile) : qEnvironmentVariable("OMT_KEY_FILE");
        return omt::app::runDecode(options, out, err);
    }
    if (command == QLatin1String("obis")) {
        if (args.size() < 2) {
            err << "obis needs at least one code, e.g. omt obis 1-0:1.8.0*255\n";
            return 2;
        }
        return runObis(args.mid(1), out, err);
    }
    if (omt::app::isMeterCommand(command)) {
        omt::app::warnAboutInterruptedWrites(err);
        return omt::app::runMeterCommand(command, args.mid(1), parser, out, err);
    }
    if (omt::app::isConfigCommand(command)) {
        return omt::app::runConfigCommand(command, args.mid(1), parser, out, err);
    }
    err << "unknown command '" << command << "' (see omt --help)\n";
    return 2;
}
