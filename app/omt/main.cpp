// omt: the OpenMeterTool command line.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

#include "config_commands.h"
#include "connection.h"
#include "decode_command.h"
#include "meter_commands.h"
#include "protocol/cosem/obis.h"
#include "report.h"

namespace {

QtMessageHandler g_previousHandler = nullptr;

// A code that does not parse is bad usage (exit code 2); the others are still shown.
int runObis(const QStringList& codes, omt::app::Report& report) {
    int rc = omt::app::kExitOk;
    QJsonArray list;
    QStringList problems;
    for (const QString& text : codes) {
        auto code = omt::cosem::ObisCode::parse(text.toStdString());
        if (!code) {
            const QString problem = QStringLiteral("'%1' is not an OBIS code: %2 (at character %3)")
                                        .arg(text, QString::fromStdString(code.error().detail))
                                        .arg(code.error().offset + 1);
            report.err() << "omt: " << problem << "\n";
            problems << problem;
            list.append(
                QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("error"), problem}});
            rc = omt::app::kExitUsage;
            continue;
        }
        const auto name = omt::cosem::obisName(*code);
        list.append(QJsonObject{
            {QStringLiteral("text"), text},
            {QStringLiteral("obis"), QString::fromStdString(code->toString())},
            {QStringLiteral("display"), QString::fromStdString(code->toDisplayString())},
            {QStringLiteral("name"), QString::fromStdString(name)}});
        if (!report.json()) {
            report.out() << QString::fromStdString(code->toString()) << "  "
                         << QString::fromStdString(code->toDisplayString()) << "  "
                         << (name.empty() ? QStringLiteral("(no standard name)")
                                          : QString::fromStdString(name))
                         << "\n";
        }
    }
    QJsonObject json{{QStringLiteral("codes"), list}};
    if (!problems.isEmpty()) {
        json[QStringLiteral("message")] = problems.join(QStringLiteral("; "));
    }
    return report.finish(
        rc, json, rc == omt::app::kExitOk ? QStringLiteral("ok") : QStringLiteral("bad-usage"));
}

// A negative number as an argument ("ct-ratio set -1", "action ... -30") is a value, not an
// option: QCommandLineParser would take "-1" for the unknown option '1'. Such arguments are
// marked before parsing (unless they are the value of the option before them) and unmarked
// after.
const QChar kNegativeMark(0x1F);

QStringList markNegativeNumbers(QCommandLineParser& parser, const QStringList& arguments) {
    static const QRegularExpression negative(QStringLiteral("^-[0-9][0-9.]*$"));
    QStringList marked = arguments;
    for (int i = 1; i < marked.size(); ++i) {
        if (marked[i] == QLatin1String("--")) {
            break;
        }
        if (!negative.match(marked[i]).hasMatch()) {
            continue;
        }
        const QString& previous = marked[i - 1];
        if (previous.startsWith(QLatin1Char('-')) && !previous.contains(QLatin1Char('=')) &&
            !negative.match(previous).hasMatch()) {
            // Does the option before it take a value? Parsing it alone says so.
            if (!parser.parse({marked[0], previous}) && parser.unknownOptionNames().isEmpty()) {
                continue;  // "Missing value after ...": "-1" is that option's value
            }
        }
        marked[i] = kNegativeMark + marked[i];
    }
    return marked;
}

QStringList unmarked(QStringList arguments) {
    for (QString& a : arguments) {
        if (a.startsWith(kNegativeMark)) {
            a.remove(0, 1);
        }
    }
    return arguments;
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
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
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
    // Parsed here rather than by process(), which ends the program with exit code 1 on an
    // unknown option: bad usage is 2.
    if (!parser.parse(markNegativeNumbers(parser, QCoreApplication::arguments()))) {
        omt::app::Report usage(
            QString(), QCoreApplication::arguments().contains(QStringLiteral("--json")), out, err);
        return usage.fail(omt::app::kExitUsage,
                          parser.errorText() + QStringLiteral(" (see omt --help)"));
    }
    if (parser.isSet(help)) {
        parser.showHelp(0);
    }
    if (parser.isSet(version)) {
        parser.showVersion();
    }

    const QStringList args = unmarked(parser.positionalArguments());
    if (args.isEmpty()) {
        err << parser.helpText();
        return omt::app::Report(QString(), parser.isSet(QStringLiteral("json")), out, err)
            .failed(omt::app::kExitUsage, QStringLiteral("no command given (see omt --help)"));
    }
    const QString command = args.first();
    omt::app::Report report(command, parser.isSet(QStringLiteral("json")), out, err);
    if (command == QLatin1String("decode")) {
        if (args.size() > 2) {
            return report.fail(omt::app::kExitUsage,
                               QStringLiteral("decode takes one trace file (or - for standard "
                                              "input)"));
        }
        omt::app::DecodeOptions options;
        options.traceFile = args.size() == 2 ? args.at(1) : QStringLiteral("-");
        options.keyFile =
            parser.isSet(keyFile) ? parser.value(keyFile) : qEnvironmentVariable("OMT_KEY_FILE");
        options.json = report.json();
        return omt::app::runDecode(options, out, err);
    }
    if (command == QLatin1String("obis")) {
        if (args.size() < 2) {
            return report.fail(omt::app::kExitUsage,
                               QStringLiteral("obis needs at least one code, e.g. omt obis "
                                              "1-0:1.8.0*255"));
        }
        return runObis(args.mid(1), report);
    }
    if (omt::app::isMeterCommand(command)) {
        omt::app::warnAboutInterruptedWrites(err);
        return omt::app::runMeterCommand(command, args.mid(1), parser, out, err);
    }
    if (omt::app::isConfigCommand(command)) {
        return omt::app::runConfigCommand(command, args.mid(1), parser, out, err);
    }
    return report.fail(omt::app::kExitUsage,
                       QStringLiteral("unknown command '%1' (see omt --help)").arg(command));
}
